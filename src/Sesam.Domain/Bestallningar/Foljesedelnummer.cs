using System.Globalization;

namespace Sesam.Domain.Bestallningar;

/// <summary>
/// A följesedel's number as printed and typed: the order's number, a hyphen and which of the order's utleveranser it
/// is, e.g. 21388086-2 (see <see cref="Bestallning.Foljesedlar"/>).
/// </summary>
public static class Foljesedelnummer
{
    public const int MaxLangd = 17;

    public static string Skapa(string ordernummer, int foljesedel) =>
        string.Create(CultureInfo.InvariantCulture, $"{ordernummer}-{foljesedel}");

    /// <summary>The order number and the följesedel's place in it; null for anything that cannot be a följesedel number.</summary>
    public static (string Ordernummer, int Foljesedel)? Tolka(string? text)
    {
        var bindestreck = text?.LastIndexOf('-') ?? -1;
        if (bindestreck < 0)
        {
            return null;
        }
        var ordernummer = text![..bindestreck];
        var lopnummer = text[(bindestreck + 1)..];
        if (!Ordernummer.ArGiltigt(ordernummer) || lopnummer.Length is < 1 or > 4 || !lopnummer.All(char.IsAsciiDigit))
        {
            return null;
        }
        var foljesedel = int.Parse(lopnummer, CultureInfo.InvariantCulture);
        return foljesedel < 1 ? null : (ordernummer, foljesedel);
    }
}
