using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesam.Domain.Katalog;

namespace Sesam.Data.Configurations;

public class ArtikelPrisConfiguration : IEntityTypeConfiguration<ArtikelPris>
{
    public void Configure(EntityTypeBuilder<ArtikelPris> builder)
    {
        builder.ToTable("ArtikelPriser");
        builder.HasIndex(x => new { x.ArtikelId, x.Debiteringsform, x.GallerFran }).IsUnique();
    }
}
