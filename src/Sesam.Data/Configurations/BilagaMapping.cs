using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesam.Domain.Gemensamt;

namespace Sesam.Data.Configurations;

internal static class BilagaMapping
{
    public static void Map<T>(EntityTypeBuilder<T> builder) where T : Bilaga
    {
        builder.Property(x => x.Filnamn).HasMaxLength(Bilagefil.MaxFilnamn);
        builder.Property(x => x.Innehallstyp).HasMaxLength(100);
        builder.Property(x => x.Innehall).HasMaxLength(Bilagefil.MaxStorlek);
    }
}
