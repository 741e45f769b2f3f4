using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Katalog;

namespace Sesam.Data.Configurations;

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
