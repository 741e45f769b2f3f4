using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesam.Domain.Individer;
using Sesam.Domain.Lagerhallning;

namespace Sesam.Data.Configurations;

public class LagersaldoConfiguration : IEntityTypeConfiguration<Lagersaldo>
{
    public void Configure(EntityTypeBuilder<Lagersaldo> builder)
    {
        builder.ToTable("Lagersaldon");
        builder.HasIndex(x => new { x.LagerId, x.ArtikelId }).IsUnique();
        builder.HasIndex(x => x.ArtikelId);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.Ignore(x => x.Tillgangligt);
        builder.Ignore(x => x.HarAutomatiskPafyllnad);
        builder.Ignore(x => x.BehoverPafyllnad);
        builder.HasOne(x => x.Lager).WithMany().HasForeignKey(x => x.LagerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Artikel).WithMany().HasForeignKey(x => x.ArtikelId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class IndividConfiguration : IEntityTypeConfiguration<Individ>
{
    public void Configure(EntityTypeBuilder<Individ> builder)
    {
        builder.ToTable("Individer");
        builder.Property(x => x.Individnummer).HasMaxLength(20);
        builder.HasIndex(x => x.Individnummer).IsUnique();
        builder.Property(x => x.Serienummer).HasMaxLength(40);
        builder.HasIndex(x => x.Serienummer);
        builder.Property(x => x.Placering).HasMaxLength(50);
        builder.Property(x => x.Textinformation).HasMaxLength(Individ.MaxText);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.HasIndex(x => new { x.MottagareId, x.LevereradDatum });
        builder.HasIndex(x => new { x.LagerId, x.Status });
        builder.HasIndex(x => x.ArtikelId);
        builder.HasOne(x => x.Artikel).WithMany().HasForeignKey(x => x.ArtikelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Lager).WithMany().HasForeignKey(x => x.LagerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Mottagare).WithMany().HasForeignKey(x => x.MottagareId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Komponenter).WithOne().HasForeignKey(x => x.IndividId);
        builder.Navigation(x => x.Komponenter).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(x => x.Historik).WithOne().HasForeignKey(x => x.IndividId);
        builder.Navigation(x => x.Historik).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(x => x.Aktiviteter).WithOne().HasForeignKey(x => x.IndividId);
        builder.Navigation(x => x.Aktiviteter).UsePropertyAccessMode(PropertyAccessMode.Field);
        // Logistik's FU list: the few individer with a schedule, by when their next FU is due.
        builder.HasIndex(x => x.NastaFu).HasFilter("\"NastaFu\" IS NOT NULL");
    }
}

public class AktivitetConfiguration : IEntityTypeConfiguration<Aktivitet>
{
    public void Configure(EntityTypeBuilder<Aktivitet> builder)
    {
        builder.ToTable("Aktiviteter");
        builder.HasIndex(x => new { x.IndividId, x.Datum });
        builder.Property(x => x.Beskrivning).HasMaxLength(Aktivitet.MaxBeskrivning);
        builder.Property(x => x.UtfordAvHsaId).HasMaxLength(64);
        builder.Property(x => x.UtfordAvNamn).HasMaxLength(130);
    }
}

public class IndividKomponentConfiguration : IEntityTypeConfiguration<IndividKomponent>
{
    public void Configure(EntityTypeBuilder<IndividKomponent> builder)
    {
        builder.ToTable("IndividKomponenter");
        builder.HasOne(x => x.Artikel).WithMany().HasForeignKey(x => x.ArtikelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.KomponentIndivid).WithMany().HasForeignKey(x => x.KomponentIndividId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class IndividHandelseConfiguration : IEntityTypeConfiguration<IndividHandelse>
{
    public void Configure(EntityTypeBuilder<IndividHandelse> builder)
    {
        builder.ToTable("IndividHandelser");
        builder.Property(x => x.Typ).HasMaxLength(50);
        builder.Property(x => x.Beskrivning).HasMaxLength(500);
        builder.Property(x => x.HsaId).HasMaxLength(40);
        builder.Property(x => x.TidigareIndividnummer).HasMaxLength(20);
        builder.HasIndex(x => x.TidigareIndividnummer);
    }
}
