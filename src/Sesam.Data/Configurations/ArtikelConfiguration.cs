using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesam.Domain.Katalog;

namespace Sesam.Data.Configurations;

public class ArtikelConfiguration : IEntityTypeConfiguration<Artikel>
{
    public void Configure(EntityTypeBuilder<Artikel> builder)
    {
        builder.ToTable("Artiklar");
        builder.Property(x => x.Artikelnummer).HasMaxLength(10);
        builder.HasIndex(x => x.Artikelnummer).IsUnique();
        builder.Property(x => x.Benamning).HasMaxLength(Artikel.MaxBenamning);
        builder.Property(x => x.Enhet).HasMaxLength(10);
        builder.Property(x => x.IsoKodKod).HasMaxLength(6);
        builder.Property(x => x.LeverantorensArtikelnummer).HasMaxLength(40);
        builder.HasIndex(x => x.LeverantorensArtikelnummer);
        builder.HasIndex(x => x.IsoKodKod);
        builder.HasOne(x => x.IsoKod).WithMany().HasForeignKey(x => x.IsoKodKod).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Leverantor).WithMany().HasForeignKey(x => x.LeverantorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Produkt).WithMany().HasForeignKey(x => x.ProduktId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Ersattningsartikel).WithMany().HasForeignKey(x => x.ErsattningsartikelId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(x => x.HarPatientavgift);
        // Partial-text search uses provider-specific indexes over Soktext, created in each provider's migration
        // (pg_trgm GIN on PostgreSQL, an FTS5 trigram table kept in step by triggers on SQLite).
        builder.Property(x => x.Soktext).HasMaxLength(Sok.MaxLangd);
        // No index on Sorteringsnamn: every listing is filtered first (search terms, ISO-kod), and with an index
        // PostgreSQL chose to walk it in order for "LIMIT 100", reading tens of thousands of rows for common terms.
        builder.Property(x => x.Sorteringsnamn).HasMaxLength(Artikel.MaxBenamning);
        builder.HasMany(x => x.Dokument).WithOne().HasForeignKey(x => x.ArtikelId);
        builder.Navigation(x => x.Dokument).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(x => x.Priser).WithOne().HasForeignKey(x => x.ArtikelId);
        builder.Navigation(x => x.Priser).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(x => x.Komponenter).WithOne().HasForeignKey(x => x.ArtikelId);
        builder.Navigation(x => x.Komponenter).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
