using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesam.Domain.Katalog;

namespace Sesam.Data.Configurations;

public class ArtikelDokumentConfiguration : IEntityTypeConfiguration<ArtikelDokument>
{
    public void Configure(EntityTypeBuilder<ArtikelDokument> builder)
    {
        builder.ToTable("ArtikelDokument");
        builder.Property(x => x.Titel).HasMaxLength(ArtikelDokument.MaxTitel);
        builder.Property(x => x.Adress).HasMaxLength(ArtikelDokument.MaxAdress);
        builder.HasIndex(x => x.ArtikelId);
    }
}
