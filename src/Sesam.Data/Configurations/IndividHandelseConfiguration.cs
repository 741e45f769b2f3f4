using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesam.Domain.Individer;

namespace Sesam.Data.Configurations;

public class IndividHandelseConfiguration : IEntityTypeConfiguration<IndividHandelse>
{
    public void Configure(EntityTypeBuilder<IndividHandelse> builder)
    {
        builder.ToTable("IndividHandelser");
        builder.Property(x => x.Typ).HasMaxLength(50);
        builder.Property(x => x.Beskrivning).HasMaxLength(500);
        builder.Property(x => x.HsaId).HasMaxLength(40);
        builder.Property(x => x.TidigareIndividnummer).HasMaxLength(20);
        builder.HasIndex(x => x.TidigareIndividnummer);
    }
}
