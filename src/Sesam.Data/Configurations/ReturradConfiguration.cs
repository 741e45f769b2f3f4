using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesam.Domain.Returer;

namespace Sesam.Data.Configurations;

public class ReturradConfiguration : IEntityTypeConfiguration<Returrad>
{
    public void Configure(EntityTypeBuilder<Returrad> builder)
    {
        builder.ToTable("Returrader");
        builder.HasOne(x => x.Artikel).WithMany().HasForeignKey(x => x.ArtikelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Individ).WithMany().HasForeignKey(x => x.IndividId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Orderrad).WithMany().HasForeignKey(x => x.OrderradId).OnDelete(DeleteBehavior.Restrict);
    }
}
