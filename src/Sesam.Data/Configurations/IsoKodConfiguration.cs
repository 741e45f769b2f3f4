using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesam.Domain.Katalog;

namespace Sesam.Data.Configurations;

public class IsoKodConfiguration : IEntityTypeConfiguration<IsoKod>
{
    public void Configure(EntityTypeBuilder<IsoKod> builder)
    {
        builder.ToTable("IsoKoder");
        builder.HasKey(x => x.Kod);
        builder.Property(x => x.Kod).HasMaxLength(6);
        builder.Property(x => x.ForalderKod).HasMaxLength(6);
        builder.HasIndex(x => x.ForalderKod);
        builder.Ignore(x => x.Niva);
    }
}
