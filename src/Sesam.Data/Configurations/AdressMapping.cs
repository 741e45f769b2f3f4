using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sesam.Domain.Gemensamt;

namespace Sesam.Data.Configurations;

internal static class AdressMapping
{
    public static void Map<T>(OwnedNavigationBuilder<T, Adress> a) where T : class
    {
        a.Property(x => x.Gatuadress).HasMaxLength(Adress.MaxLangd);
        a.Property(x => x.Postnummer).HasMaxLength(6);
        a.Property(x => x.Postort).HasMaxLength(Adress.MaxLangd);
        a.Property(x => x.CareOf).HasMaxLength(Adress.MaxLangd);
    }
}
