using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesam.Domain.Katalog;

namespace Sesam.Data.Configurations;

public class LeverantorConfiguration : IEntityTypeConfiguration<Leverantor>
{
    public void Configure(EntityTypeBuilder<Leverantor> builder) => builder.HasIndex(x => x.Namn).IsUnique();
}
