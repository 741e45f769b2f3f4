using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesam.Domain.Organisation;

namespace Sesam.Data.Configurations;

public class BaskodConfiguration : IEntityTypeConfiguration<Baskod>
{
    public void Configure(EntityTypeBuilder<Baskod> builder)
    {
        builder.Property(x => x.Kod).HasMaxLength(20);
        builder.HasIndex(x => x.Kod).IsUnique();
    }
}
