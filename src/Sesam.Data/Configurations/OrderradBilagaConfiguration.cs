using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;

namespace Sesam.Data.Configurations;

public class OrderradBilagaConfiguration : IEntityTypeConfiguration<OrderradBilaga>
{
    public void Configure(EntityTypeBuilder<OrderradBilaga> builder)
    {
        builder.ToTable("OrderradBilagor");
        builder.Property(x => x.Filnamn).HasMaxLength(Bilagefil.MaxFilnamn);
        builder.Property(x => x.Innehallstyp).HasMaxLength(100);
        builder.Property(x => x.Innehall).HasMaxLength(Bilagefil.MaxStorlek);
        builder.HasIndex(x => x.OrderradId);
        builder.HasOne(x => x.Orderrad).WithMany().HasForeignKey(x => x.OrderradId).OnDelete(DeleteBehavior.Cascade);
    }
}
