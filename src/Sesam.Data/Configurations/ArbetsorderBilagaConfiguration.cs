using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesam.Domain.Arbetsordrar;

namespace Sesam.Data.Configurations;

public class ArbetsorderBilagaConfiguration : IEntityTypeConfiguration<ArbetsorderBilaga>
{
    public void Configure(EntityTypeBuilder<ArbetsorderBilaga> builder)
    {
        builder.ToTable("ArbetsorderBilagor");
        BilagaMapping.Map(builder);
    }
}
