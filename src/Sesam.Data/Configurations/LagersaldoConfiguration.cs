using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesam.Domain.Lagerhallning;

namespace Sesam.Data.Configurations;

public class LagersaldoConfiguration : IEntityTypeConfiguration<Lagersaldo>
{
    public void Configure(EntityTypeBuilder<Lagersaldo> builder)
    {
        builder.ToTable("Lagersaldon");
        builder.HasIndex(x => new { x.LagerId, x.ArtikelId }).IsUnique();
        builder.HasIndex(x => x.ArtikelId);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.Ignore(x => x.Tillgangligt);
        builder.Ignore(x => x.HarAutomatiskPafyllnad);
        builder.Ignore(x => x.BehoverPafyllnad);
        builder.HasOne(x => x.Lager).WithMany().HasForeignKey(x => x.LagerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Artikel).WithMany().HasForeignKey(x => x.ArtikelId).OnDelete(DeleteBehavior.Restrict);
    }
}
