using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesam.Domain.Mottagare;

namespace Sesam.Data.Configurations;

public class MottagarBaskodConfiguration : IEntityTypeConfiguration<MottagarBaskod>
{
    public void Configure(EntityTypeBuilder<MottagarBaskod> builder)
    {
        builder.ToTable("MottagarBaskoder");
        builder.HasOne(x => x.Baskod).WithMany().HasForeignKey(x => x.BaskodId).OnDelete(DeleteBehavior.Restrict);
    }
}
