using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Hamtordrar;

namespace Sesam.Data.Configurations;

public class HamtorderConfiguration : IEntityTypeConfiguration<Hamtorder>
{
    public void Configure(EntityTypeBuilder<Hamtorder> builder)
    {
        builder.ToTable("Hamtordrar");
        builder.Property(x => x.Hamtordernummer).HasMaxLength(12);
        builder.HasIndex(x => x.Hamtordernummer).IsUnique();
        builder.HasIndex(x => new { x.TjanstestalleId, x.Registrerad });
        builder.HasIndex(x => new { x.MottagareId, x.Status });
        builder.HasIndex(x => new { x.RegistreradAvHsaId, x.Registrerad });
        builder.Property(x => x.RegistreradAvHsaId).HasMaxLength(64);
        builder.Property(x => x.RegistreradAvNamn).HasMaxLength(130);
        builder.Property(x => x.Portkod).HasMaxLength(Hamtorder.MaxPortkod);
        builder.Property(x => x.Instruktioner).HasMaxLength(Hamtorder.MaxInstruktioner);
        builder.Property(x => x.Kontaktperson).HasMaxLength(100);
        builder.Property(x => x.Telefon).HasMaxLength(Telefonnummer.MaxLangd);
        builder.Property(x => x.Mobiltelefon).HasMaxLength(Telefonnummer.MaxLangd);
        builder.Property(x => x.Kontakttelefon).HasMaxLength(Telefonnummer.MaxLangd);
        builder.Property(x => x.Kommentar).HasMaxLength(Hamtorder.MaxKommentar);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.OwnsOne(x => x.Hamtadress, AdressMapping.Map);
        builder.Navigation(x => x.Hamtadress).IsRequired();
        builder.HasOne(x => x.Mottagare).WithMany().HasForeignKey(x => x.MottagareId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Tjanstestalle).WithMany().HasForeignKey(x => x.TjanstestalleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Rader).WithOne().HasForeignKey(x => x.HamtorderId);
        builder.Navigation(x => x.Rader).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
