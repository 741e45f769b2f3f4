using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesam.Domain.Katalog;

namespace Sesam.Data.Configurations;

public class ArtikelKomponentConfiguration : IEntityTypeConfiguration<ArtikelKomponent>
{
    public void Configure(EntityTypeBuilder<ArtikelKomponent> builder)
    {
        builder.ToTable("ArtikelKomponenter");
        builder.HasOne(x => x.Komponent).WithMany().HasForeignKey(x => x.KomponentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => new { x.ArtikelId, x.KomponentId }).IsUnique();
    }
}
