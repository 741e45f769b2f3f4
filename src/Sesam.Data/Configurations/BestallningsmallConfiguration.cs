using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesam.Domain.Bestallningar;

namespace Sesam.Data.Configurations;

public class BestallningsmallConfiguration : IEntityTypeConfiguration<Bestallningsmall>
{
    public void Configure(EntityTypeBuilder<Bestallningsmall> builder)
    {
        builder.ToTable("Bestallningsmallar");
        builder.Property(x => x.Namn).HasMaxLength(Bestallningsmall.MaxNamn);
        builder.Property(x => x.Beskrivning).HasMaxLength(Bestallningsmall.MaxBeskrivning);
        builder.Property(x => x.AndradAvHsaId).HasMaxLength(64);
        builder.Property(x => x.Version).IsConcurrencyToken();
        // Unique: a double click on "Skapa ny mall" must not leave a copy that only the administrator can remove.
        builder.HasIndex(x => new { x.TjanstestalleId, x.Namn }).IsUnique();
        builder.HasOne(x => x.Tjanstestalle).WithMany().HasForeignKey(x => x.TjanstestalleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.MottagandeLager).WithMany().HasForeignKey(x => x.MottagandeLagerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Rader).WithOne().HasForeignKey(x => x.BestallningsmallId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(x => x.Rader).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
