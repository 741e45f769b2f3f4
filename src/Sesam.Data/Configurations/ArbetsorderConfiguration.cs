using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesam.Domain.Arbetsordrar;
using Sesam.Domain.Gemensamt;

namespace Sesam.Data.Configurations;

public class ArbetsorderConfiguration : IEntityTypeConfiguration<Arbetsorder>
{
    public void Configure(EntityTypeBuilder<Arbetsorder> builder)
    {
        builder.ToTable("Arbetsordrar");
        builder.Property(x => x.Arbetsordernummer).HasMaxLength(12);
        builder.HasIndex(x => x.Arbetsordernummer).IsUnique();
        builder.HasIndex(x => new { x.TjanstestalleId, x.Registrerad });
        builder.HasIndex(x => new { x.RegistreradAvId, x.Status });
        builder.HasIndex(x => x.IndividId);
        builder.HasIndex(x => new { x.MottagareId, x.Status });
        // A delivery waits for its open arbetsorder: Logistik looks them up by order row.
        builder.HasIndex(x => x.OrderradId).HasFilter("\"OrderradId\" IS NOT NULL");
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.Property(x => x.RegistreradAvNamn).HasMaxLength(130);
        builder.Property(x => x.Felbeskrivning).HasMaxLength(Arbetsorder.MaxFelbeskrivning);
        builder.Property(x => x.Kommentar).HasMaxLength(Arbetsorder.MaxKommentar);
        builder.Property(x => x.Atgard).HasMaxLength(Arbetsorder.MaxAtgard);
        builder.Property(x => x.AvslutadAv).HasMaxLength(130);
        builder.Property(x => x.Kontakttelefon).HasMaxLength(Telefonnummer.MaxLangd);
        builder.Ignore(x => x.ArOppen);
        builder.OwnsOne(x => x.Adress, AdressMapping.Map);
        builder.Navigation(x => x.Adress).IsRequired();
        builder.HasOne(x => x.Tjanstestalle).WithMany().HasForeignKey(x => x.TjanstestalleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.RegistreradAv).WithMany().HasForeignKey(x => x.RegistreradAvId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Mottagare).WithMany().HasForeignKey(x => x.MottagareId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Artikel).WithMany().HasForeignKey(x => x.ArtikelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Individ).WithMany().HasForeignKey(x => x.IndividId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Orderrad).WithMany().HasForeignKey(x => x.OrderradId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Bilagor).WithOne().HasForeignKey(x => x.ArbetsorderId);
        builder.Navigation(x => x.Bilagor).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
