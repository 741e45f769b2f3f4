using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesam.Domain.Mottagare;

namespace Sesam.Data.Configurations;

public class MottagareConfiguration : IEntityTypeConfiguration<Mottagare>
{
    public void Configure(EntityTypeBuilder<Mottagare> builder)
    {
        builder.ToTable("Mottagare");
        builder.Property(x => x.Personnummer)
            .HasConversion(p => p!.Varde, s => Personnummer.FranLagrat(s))
            .HasMaxLength(12);
        builder.HasIndex(x => x.Personnummer).IsUnique();
        builder.Property(x => x.Kundnummer).HasMaxLength(20);
        builder.HasIndex(x => x.Kundnummer);
        builder.Property(x => x.Fornamn).HasMaxLength(60);
        builder.Property(x => x.Efternamn).HasMaxLength(60);
        builder.Property(x => x.Namn).HasMaxLength(130);
        builder.Property(x => x.Telefon).HasMaxLength(30);
        builder.Property(x => x.Hemregion).HasMaxLength(60);
        builder.OwnsOne(x => x.Adress, AdressMapping.Map);
        builder.HasOne(x => x.Kund).WithMany().HasForeignKey(x => x.KundId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Baskoder).WithOne().HasForeignKey(x => x.MottagareId);
        builder.Navigation(x => x.Baskoder).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
