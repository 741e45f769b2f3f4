using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesam.Domain.Individer;

namespace Sesam.Data.Configurations;

public class IndividKomponentConfiguration : IEntityTypeConfiguration<IndividKomponent>
{
    public void Configure(EntityTypeBuilder<IndividKomponent> builder)
    {
        builder.ToTable("IndividKomponenter");
        builder.HasOne(x => x.Artikel).WithMany().HasForeignKey(x => x.ArtikelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.KomponentIndivid).WithMany().HasForeignKey(x => x.KomponentIndividId).OnDelete(DeleteBehavior.Restrict);
    }
}
