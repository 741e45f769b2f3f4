using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesam.Domain.Individer;

namespace Sesam.Data.Configurations;

public class AktivitetConfiguration : IEntityTypeConfiguration<Aktivitet>
{
    public void Configure(EntityTypeBuilder<Aktivitet> builder)
    {
        builder.ToTable("Aktiviteter");
        builder.HasIndex(x => new { x.IndividId, x.Datum });
        builder.Property(x => x.Beskrivning).HasMaxLength(Aktivitet.MaxBeskrivning);
        builder.Property(x => x.UtfordAvHsaId).HasMaxLength(64);
        builder.Property(x => x.UtfordAvNamn).HasMaxLength(130);
    }
}
