using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesam.Domain.Gemensamt;
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

public class BaskodConfiguration : IEntityTypeConfiguration<Baskod>
{
    public void Configure(EntityTypeBuilder<Baskod> builder)
    {
        builder.Property(x => x.Kod).HasMaxLength(20);
        builder.HasIndex(x => x.Kod).IsUnique();
    }
}

public class LagerConfiguration : IEntityTypeConfiguration<Lager>
{
    public void Configure(EntityTypeBuilder<Lager> builder)
    {
        builder.ToTable("Lager");
        builder.Property(x => x.Nummer).HasMaxLength(20);
        builder.HasIndex(x => x.Nummer).IsUnique();
    }
}

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

public class AnvandarTjanstestalleConfiguration : IEntityTypeConfiguration<AnvandarTjanstestalle>
{
    public void Configure(EntityTypeBuilder<AnvandarTjanstestalle> builder)
    {
        builder.HasKey(x => new { x.AnvandareId, x.TjanstestalleId });
        builder.HasOne(x => x.Tjanstestalle).WithMany().HasForeignKey(x => x.TjanstestalleId);
    }
}

public class BestallarKopplingConfiguration : IEntityTypeConfiguration<BestallarKoppling>
{
    public void Configure(EntityTypeBuilder<BestallarKoppling> builder)
    {
        builder.HasKey(x => new { x.BestallareId, x.ForskrivareId });
        builder.HasOne(x => x.Forskrivare).WithMany().HasForeignKey(x => x.ForskrivareId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal static class AdressMapping
{
    public static void Map<T>(OwnedNavigationBuilder<T, Adress> a) where T : class
    {
        a.Property(x => x.Gatuadress).HasMaxLength(Adress.MaxLangd);
        a.Property(x => x.Postnummer).HasMaxLength(6);
        a.Property(x => x.Postort).HasMaxLength(Adress.MaxLangd);
        a.Property(x => x.CareOf).HasMaxLength(Adress.MaxLangd);
    }
}
