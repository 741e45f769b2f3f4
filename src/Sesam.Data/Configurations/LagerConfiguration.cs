using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesam.Domain.Organisation;

namespace Sesam.Data.Configurations;

public class LagerConfiguration : IEntityTypeConfiguration<Lager>
{
    public void Configure(EntityTypeBuilder<Lager> builder)
    {
        builder.ToTable("Lager");
        builder.Property(x => x.Nummer).HasMaxLength(20);
        builder.HasIndex(x => x.Nummer).IsUnique();
    }
}
