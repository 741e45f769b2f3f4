using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesam.Domain.Bestallningar;

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
