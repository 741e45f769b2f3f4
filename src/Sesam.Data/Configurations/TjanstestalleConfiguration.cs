using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesam.Domain.Organisation;

namespace Sesam.Data.Configurations;

public class TjanstestalleConfiguration : IEntityTypeConfiguration<Tjanstestalle>
{
    public void Configure(EntityTypeBuilder<Tjanstestalle> builder)
    {
        builder.Property(x => x.Kod).HasMaxLength(20);
        builder.HasIndex(x => x.Kod).IsUnique();
        builder.Property(x => x.Telefon).HasMaxLength(30);
        builder.OwnsOne(x => x.Adress, AdressMapping.Map);
        builder.Navigation(x => x.Adress).IsRequired();
        builder.HasOne(x => x.Kund).WithMany().HasForeignKey(x => x.KundId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Forrad).WithMany().HasForeignKey(x => x.ForradId).OnDelete(DeleteBehavior.Restrict);
    }
}
