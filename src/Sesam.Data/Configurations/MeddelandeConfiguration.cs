using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesam.Domain.Meddelanden;
using Sesam.Domain.Organisation;

namespace Sesam.Data.Configurations;

public class MeddelandeConfiguration : IEntityTypeConfiguration<Meddelande>
{
    public void Configure(EntityTypeBuilder<Meddelande> builder)
    {
        builder.ToTable("Meddelanden");
        builder.HasIndex(x => new { x.AnvandareId, x.Ankom });
        // Every page's header counts the user's unread messages.
        builder.HasIndex(x => x.AnvandareId, "IX_Meddelanden_Olasta").HasFilter("\"Last\" IS NULL");
        builder.Property(x => x.Avsandare).HasMaxLength(64);
        builder.Property(x => x.Rubrik).HasMaxLength(200);
        builder.Property(x => x.Text).HasMaxLength(2000);
        builder.Property(x => x.Lank).HasMaxLength(200);
        builder.HasOne<Anvandare>().WithMany().HasForeignKey(x => x.AnvandareId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(x => x.ArLast);
    }
}
