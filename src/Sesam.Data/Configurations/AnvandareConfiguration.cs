using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesam.Domain.Organisation;

namespace Sesam.Data.Configurations;

public class AnvandareConfiguration : IEntityTypeConfiguration<Anvandare>
{
    public void Configure(EntityTypeBuilder<Anvandare> builder)
    {
        builder.ToTable("Anvandare");
        builder.Property(x => x.HsaId).HasMaxLength(40);
        builder.HasIndex(x => x.HsaId).IsUnique();
        builder.Property(x => x.Fornamn).HasMaxLength(60);
        builder.Property(x => x.Efternamn).HasMaxLength(60);
        builder.Property(x => x.Titel).HasMaxLength(50);
        builder.Property(x => x.Forskrivarkod).HasMaxLength(20);
        builder.Property(x => x.Telefon).HasMaxLength(30);
        builder.Property(x => x.Epost).HasMaxLength(100);
        builder.Ignore(x => x.Namn);
        builder.HasOne(x => x.StandardTjanstestalle).WithMany().HasForeignKey(x => x.StandardTjanstestalleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Tjanstestallen).WithOne(x => x.Anvandare).HasForeignKey(x => x.AnvandareId);
        builder.Navigation(x => x.Tjanstestallen).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(x => x.Forskrivare).WithOne(x => x.Bestallare).HasForeignKey(x => x.BestallareId);
        builder.Navigation(x => x.Forskrivare).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
