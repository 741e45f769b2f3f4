using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesam.Domain.Katalog;

namespace Sesam.Data.Configurations;

public class ProduktConfiguration : IEntityTypeConfiguration<Produkt>
{
    public void Configure(EntityTypeBuilder<Produkt> builder) => builder.HasIndex(x => x.Namn).IsUnique();
}
