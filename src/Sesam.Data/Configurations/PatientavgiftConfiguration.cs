using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesam.Domain.Bestallningar;

namespace Sesam.Data.Configurations;

public class PatientavgiftConfiguration : IEntityTypeConfiguration<Patientavgift>
{
    public void Configure(EntityTypeBuilder<Patientavgift> builder)
    {
        builder.ToTable("Patientavgifter");
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.Ignore(x => x.StatusText);
        builder.HasIndex(x => new { x.MottagareId, x.Status });
        // Logistik's invoicing: the due fees among all that are "Ska faktureras", and a day's invoiced ones.
        builder.HasIndex(x => new { x.Status, x.FakturerbarFran });
        builder.HasIndex(x => x.FaktureradDatum);
        builder.HasIndex(x => x.OrderradId).IsUnique();
        builder.HasOne(x => x.Mottagare).WithMany().HasForeignKey(x => x.MottagareId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Orderrad).WithMany().HasForeignKey(x => x.OrderradId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Artikel).WithMany().HasForeignKey(x => x.ArtikelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Individ).WithMany().HasForeignKey(x => x.IndividId).OnDelete(DeleteBehavior.Restrict);
    }
}
