using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesam.Domain.Bestallningar;

namespace Sesam.Data.Configurations;

public class BestallningsmallradConfiguration : IEntityTypeConfiguration<Bestallningsmallrad>
{
    public void Configure(EntityTypeBuilder<Bestallningsmallrad> builder)
    {
        builder.ToTable("Bestallningsmallrader");
        builder.HasOne(x => x.Artikel).WithMany().HasForeignKey(x => x.ArtikelId).OnDelete(DeleteBehavior.Restrict);
        // One row per artikel: a second add would make the mall ambiguous about the antal.
        builder.HasIndex(x => new { x.BestallningsmallId, x.ArtikelId }).IsUnique();
    }
}
