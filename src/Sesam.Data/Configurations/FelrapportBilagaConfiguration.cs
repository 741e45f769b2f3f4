using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesam.Domain.Arbetsordrar;

namespace Sesam.Data.Configurations;

public class FelrapportBilagaConfiguration : IEntityTypeConfiguration<FelrapportBilaga>
{
    public void Configure(EntityTypeBuilder<FelrapportBilaga> builder)
    {
        builder.ToTable("FelrapportBilagor");
        BilagaMapping.Map(builder);
    }
}
