using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesam.Domain.Returer;

namespace Sesam.Data.Configurations;

public class ReturConfiguration : IEntityTypeConfiguration<Retur>
{
    public void Configure(EntityTypeBuilder<Retur> builder)
    {
        builder.ToTable("Returer");
        builder.HasIndex(x => new { x.MottagareId, x.Registrerad });
        builder.Property(x => x.RegistreradAvHsaId).HasMaxLength(64);
        builder.Property(x => x.RegistreradAvNamn).HasMaxLength(130);
        builder.HasOne(x => x.Mottagare).WithMany().HasForeignKey(x => x.MottagareId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Tjanstestalle).WithMany().HasForeignKey(x => x.TjanstestalleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Lager).WithMany().HasForeignKey(x => x.LagerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Rader).WithOne().HasForeignKey(x => x.ReturId);
        builder.Navigation(x => x.Rader).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
