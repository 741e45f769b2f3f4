using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesam.Domain.Bestallningar;

namespace Sesam.Data.Configurations;

public class OrderradKomponentConfiguration : IEntityTypeConfiguration<OrderradKomponent>
{
    public void Configure(EntityTypeBuilder<OrderradKomponent> builder)
    {
        builder.ToTable("OrderradKomponenter");
        builder.HasOne(x => x.Artikel).WithMany().HasForeignKey(x => x.ArtikelId).OnDelete(DeleteBehavior.Restrict);
    }
}
