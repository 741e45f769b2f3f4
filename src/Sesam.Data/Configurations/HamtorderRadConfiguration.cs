using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesam.Domain.Hamtordrar;

namespace Sesam.Data.Configurations;

public class HamtorderRadConfiguration : IEntityTypeConfiguration<HamtorderRad>
{
    public void Configure(EntityTypeBuilder<HamtorderRad> builder)
    {
        builder.ToTable("Hamtorderrader");
        builder.HasOne(x => x.Artikel).WithMany().HasForeignKey(x => x.ArtikelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Individ).WithMany().HasForeignKey(x => x.IndividId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Orderrad).WithMany().HasForeignKey(x => x.OrderradId).OnDelete(DeleteBehavior.Restrict);
        // A device is on at most one open hämtorder, also when two users create one at the same moment. The same
        // partial indexes answer "is it on an open hämtorder" for the patient view.
        builder.HasIndex(x => x.IndividId).IsUnique().HasFilter("\"Oppen\"").HasDatabaseName("IX_Hamtorderrader_OppenIndivid");
        builder.HasIndex(x => x.OrderradId).IsUnique().HasFilter("\"Oppen\"").HasDatabaseName("IX_Hamtorderrader_OppenOrderrad");
    }
}
