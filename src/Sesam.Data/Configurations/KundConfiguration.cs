using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesam.Domain.Organisation;

namespace Sesam.Data.Configurations;

public class KundConfiguration : IEntityTypeConfiguration<Kund>
{
    public void Configure(EntityTypeBuilder<Kund> builder)
    {
        builder.Property(x => x.Kundnummer).HasMaxLength(20);
        builder.HasIndex(x => x.Kundnummer).IsUnique();
    }
}
