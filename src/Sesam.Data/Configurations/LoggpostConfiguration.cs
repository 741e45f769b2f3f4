using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesam.Domain.Audit;

namespace Sesam.Data.Configurations;

/// <summary>
/// On SQLite the table is in the log's own file (<see cref="SqliteLoggfil"/>): a SQLite migration that changes it must
/// name that file (<c>logg."Logg"</c>), as the Initial migration's InitialSql does, because EF's generated SQL would act on the
/// main file.
/// </summary>
public class LoggpostConfiguration : IEntityTypeConfiguration<Loggpost>
{
    public void Configure(EntityTypeBuilder<Loggpost> builder)
    {
        builder.ToTable("Logg");
        builder.HasIndex(x => x.Lopnummer).IsUnique();
        builder.HasIndex(x => new { x.MottagareId, x.Tidpunkt });
        builder.HasIndex(x => new { x.HsaId, x.Tidpunkt });
        builder.Property(x => x.HsaId).HasMaxLength(40);
        builder.Property(x => x.Handling).HasMaxLength(60);
        builder.Property(x => x.Beskrivning).HasMaxLength(1000);
        builder.Property(x => x.ForegaendeHash).HasMaxLength(64);
        builder.Property(x => x.Hash).HasMaxLength(64);
    }
}
