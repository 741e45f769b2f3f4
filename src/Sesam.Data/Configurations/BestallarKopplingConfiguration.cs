using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesam.Domain.Organisation;

namespace Sesam.Data.Configurations;

public class BestallarKopplingConfiguration : IEntityTypeConfiguration<BestallarKoppling>
{
    public void Configure(EntityTypeBuilder<BestallarKoppling> builder)
    {
        builder.HasKey(x => new { x.BestallareId, x.ForskrivareId });
        builder.HasOne(x => x.Forskrivare).WithMany().HasForeignKey(x => x.ForskrivareId).OnDelete(DeleteBehavior.Restrict);
    }
}
