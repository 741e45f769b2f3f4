using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesam.Domain.Organisation;

namespace Sesam.Data.Configurations;

public class InloggningssessionConfiguration : IEntityTypeConfiguration<Inloggningssession>
{
    public void Configure(EntityTypeBuilder<Inloggningssession> builder)
    {
        builder.ToTable("Inloggningssessioner");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Ignore(x => x.ArAktiv);
        builder.HasOne<Anvandare>().WithMany().HasForeignKey(x => x.AnvandareId).OnDelete(DeleteBehavior.Cascade);
    }
}
