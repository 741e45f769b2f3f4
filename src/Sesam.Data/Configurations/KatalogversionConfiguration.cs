using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sesam.Data.Configurations;

public class KatalogversionConfiguration : IEntityTypeConfiguration<Katalogversion>
{
    public void Configure(EntityTypeBuilder<Katalogversion> builder)
    {
        builder.ToTable("Katalogversion");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasData(new Katalogversion { Id = Katalogversion.RadId, Version = 0 });
    }
}
