using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesam.Domain.Organisation;

namespace Sesam.Data.Configurations;

public class AnvandarTjanstestalleConfiguration : IEntityTypeConfiguration<AnvandarTjanstestalle>
{
    public void Configure(EntityTypeBuilder<AnvandarTjanstestalle> builder)
    {
        builder.HasKey(x => new { x.AnvandareId, x.TjanstestalleId });
        builder.HasOne(x => x.Tjanstestalle).WithMany().HasForeignKey(x => x.TjanstestalleId);
    }
}
