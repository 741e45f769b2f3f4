using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesam.Domain.Audit;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Katalog;

namespace Sesam.Data.Configurations;

public class BestallningConfiguration : IEntityTypeConfiguration<Bestallning>
{
    public void Configure(EntityTypeBuilder<Bestallning> builder)
    {
        builder.ToTable("Bestallningar");
        builder.Property(x => x.Ordernummer).HasMaxLength(12);
        builder.HasIndex(x => x.Ordernummer).IsUnique();
        builder.HasIndex(x => x.SkickaNyckel).IsUnique();
        builder.HasIndex(x => new { x.TjanstestalleId, x.Skickad });
        // Logistik's queue: the few orders not yet delivered among the many that are.
        builder.HasIndex(x => new { x.Status, x.Skickad });
        builder.HasIndex(x => new { x.RegistreradAvId, x.Status });
        // One pågående lagerpåfyllnad per user and förråd: a second is continued, never started beside it, also when two
        // clicks arrive at once. (Status 0 = Pågående, Ordertyp 2 = Lagerpåfyllnad.)
        builder.HasIndex(x => new { x.RegistreradAvId, x.MottagandeLagerId }).IsUnique()
            .HasFilter("\"Status\" = 0 AND \"Ordertyp\" = 2").HasDatabaseName("IX_Bestallningar_PagaendeLagerpafyllnad");
        builder.HasIndex(x => new { x.MottagareId, x.Status });
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.Ignore(x => x.ArUttagUrEgetForrad);
        builder.Ignore(x => x.HarCentralLeverans);
        builder.Ignore(x => x.AttPlocka);
        builder.Ignore(x => x.AttKvittera);
        builder.HasOne(x => x.Mottagare).WithMany().HasForeignKey(x => x.MottagareId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Forskrivare).WithMany().HasForeignKey(x => x.ForskrivareId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.RegistreradAv).WithMany().HasForeignKey(x => x.RegistreradAvId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Tjanstestalle).WithMany().HasForeignKey(x => x.TjanstestalleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.MottagandeLager).WithMany().HasForeignKey(x => x.MottagandeLagerId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsOne(x => x.Leverans, l =>
        {
            l.Property(x => x.Kontaktperson).HasMaxLength(100);
            l.Property(x => x.Kontakttelefon).HasMaxLength(30);
            l.Property(x => x.OvrigInformation).HasMaxLength(Leveransuppgifter.MaxOvrigInformation);
            l.OwnsOne(x => x.Adress, AdressMapping.Map);
            l.Navigation(x => x.Adress).IsRequired();
        });
        builder.HasMany(x => x.Rader).WithOne(x => x.Bestallning).HasForeignKey(x => x.BestallningId);
        builder.Navigation(x => x.Rader).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public class OrderradConfiguration : IEntityTypeConfiguration<Orderrad>
{
    public void Configure(EntityTypeBuilder<Orderrad> builder)
    {
        builder.ToTable("Orderrader");
        builder.Property(x => x.Kommentar).HasMaxLength(Orderrad.MaxKommentar);
        builder.HasIndex(x => new { x.BestallningId, x.Radnummer }).IsUnique();
        builder.HasIndex(x => x.ArtikelId);
        builder.HasIndex(x => x.IndividId);
        builder.Ignore(x => x.Radsumma);
        builder.HasOne(x => x.Artikel).WithMany().HasForeignKey(x => x.ArtikelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.KallLager).WithMany().HasForeignKey(x => x.KallLagerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Individ).WithMany().HasForeignKey(x => x.IndividId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.KompletterarIndivid).WithMany().HasForeignKey(x => x.KompletterarIndividId).OnDelete(DeleteBehavior.Restrict);
        // Almost every orderrad completes no individ. Indexed with the NULLs, SQLite's statistics call the index useless
        // and it finds "Komponenter på väg" by reading the unit's whole order history (seconds on a region's data).
        builder.HasIndex(x => x.KompletterarIndividId).HasFilter("\"KompletterarIndividId\" IS NOT NULL");
        builder.HasOne<Artikel>().WithMany().HasForeignKey(x => x.ErsatterArtikelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Komponenter).WithOne().HasForeignKey(x => x.OrderradId);
        builder.Navigation(x => x.Komponenter).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public class OrderradKomponentConfiguration : IEntityTypeConfiguration<OrderradKomponent>
{
    public void Configure(EntityTypeBuilder<OrderradKomponent> builder)
    {
        builder.ToTable("OrderradKomponenter");
        builder.HasOne(x => x.Artikel).WithMany().HasForeignKey(x => x.ArtikelId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class PatientavgiftConfiguration : IEntityTypeConfiguration<Patientavgift>
{
    public void Configure(EntityTypeBuilder<Patientavgift> builder)
    {
        builder.ToTable("Patientavgifter");
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.Ignore(x => x.StatusText);
        builder.HasIndex(x => new { x.MottagareId, x.Status });
        // Logistik's invoicing: the due fees among all that are "Ska faktureras", and a day's invoiced ones.
        builder.HasIndex(x => new { x.Status, x.FakturerbarFran });
        builder.HasIndex(x => x.FaktureradDatum);
        builder.HasIndex(x => x.OrderradId).IsUnique();
        builder.HasOne(x => x.Mottagare).WithMany().HasForeignKey(x => x.MottagareId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Orderrad).WithMany().HasForeignKey(x => x.OrderradId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Artikel).WithMany().HasForeignKey(x => x.ArtikelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Individ).WithMany().HasForeignKey(x => x.IndividId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>
/// On SQLite the table is in the log's own file (<see cref="SqliteLoggfil"/>): a SQLite migration that changes it must
/// name that file (<c>logg."Logg"</c>), as LoggIEgenFil does, because EF's generated SQL would act on the main file.
/// </summary>
public class LoggpostConfiguration : IEntityTypeConfiguration<Loggpost>
{
    public void Configure(EntityTypeBuilder<Loggpost> builder)
    {
        builder.ToTable("Logg");
        builder.HasIndex(x => x.Lopnummer).IsUnique();
        builder.HasIndex(x => new { x.MottagareId, x.Tidpunkt });
        builder.HasIndex(x => new { x.HsaId, x.Tidpunkt });
        builder.Property(x => x.HsaId).HasMaxLength(40);
        builder.Property(x => x.Handling).HasMaxLength(60);
        builder.Property(x => x.Beskrivning).HasMaxLength(1000);
        builder.Property(x => x.ForegaendeHash).HasMaxLength(64);
        builder.Property(x => x.Hash).HasMaxLength(64);
    }
}

public class OrdernummerSerieConfiguration : IEntityTypeConfiguration<OrdernummerSerie>
{
    public void Configure(EntityTypeBuilder<OrdernummerSerie> builder)
    {
        builder.ToTable("OrdernummerSerier");
        builder.HasKey(x => x.Period);
        builder.Property(x => x.Period).HasMaxLength(4);
    }
}

public class OrderradBilagaConfiguration : IEntityTypeConfiguration<OrderradBilaga>
{
    public void Configure(EntityTypeBuilder<OrderradBilaga> builder)
    {
        builder.ToTable("OrderradBilagor");
        builder.Property(x => x.Filnamn).HasMaxLength(Bilagefil.MaxFilnamn);
        builder.Property(x => x.Innehallstyp).HasMaxLength(100);
        builder.Property(x => x.Innehall).HasMaxLength(Bilagefil.MaxStorlek);
        builder.HasIndex(x => x.OrderradId);
        builder.HasOne(x => x.Orderrad).WithMany().HasForeignKey(x => x.OrderradId).OnDelete(DeleteBehavior.Cascade);
    }
}
