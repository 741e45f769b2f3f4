using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesam.Domain.Individer;

namespace Sesam.Data.Configurations;

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
