using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesam.Domain.Arbetsordrar;

namespace Sesam.Data.Configurations;

public class FelrapportConfiguration : IEntityTypeConfiguration<Felrapport>
{
    public void Configure(EntityTypeBuilder<Felrapport> builder)
    {
        builder.ToTable("Felrapporter");
        builder.Property(x => x.Felrapportnummer).HasMaxLength(12);
        builder.HasIndex(x => x.Felrapportnummer).IsUnique();
        builder.HasIndex(x => new { x.TjanstestalleId, x.Registrerad });
        builder.HasIndex(x => new { x.RegistreradAvId, x.Status });
        builder.HasIndex(x => x.Status);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.Property(x => x.RegistreradAvNamn).HasMaxLength(130);
        builder.Property(x => x.Handelsetyp).HasMaxLength(100);
        builder.Property(x => x.Beskrivning).HasMaxLength(Felrapport.MaxBeskrivning);
        builder.Property(x => x.Kommentar).HasMaxLength(Felrapport.MaxKommentar);
        builder.Property(x => x.Svar).HasMaxLength(Felrapport.MaxSvar);
        builder.HasOne(x => x.Tjanstestalle).WithMany().HasForeignKey(x => x.TjanstestalleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.RegistreradAv).WithMany().HasForeignKey(x => x.RegistreradAvId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Mottagare).WithMany().HasForeignKey(x => x.MottagareId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Artikel).WithMany().HasForeignKey(x => x.ArtikelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Individ).WithMany().HasForeignKey(x => x.IndividId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Bestallning).WithMany().HasForeignKey(x => x.BestallningId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Hamtorder).WithMany().HasForeignKey(x => x.HamtorderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Arbetsorder).WithMany().HasForeignKey(x => x.ArbetsorderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Bilagor).WithOne().HasForeignKey(x => x.FelrapportId);
        builder.Navigation(x => x.Bilagor).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
