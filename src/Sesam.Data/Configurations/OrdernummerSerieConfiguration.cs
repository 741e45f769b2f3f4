using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sesam.Data.Configurations;

public class OrdernummerSerieConfiguration : IEntityTypeConfiguration<OrdernummerSerie>
{
    public void Configure(EntityTypeBuilder<OrdernummerSerie> builder)
    {
        builder.ToTable("OrdernummerSerier");
        builder.HasKey(x => x.Period);
        builder.Property(x => x.Period).HasMaxLength(4);
    }
}
