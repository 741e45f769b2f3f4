namespace Sesam.Domain.Individer;

public enum Sokmatchning
{
    /// <summary>The number contains the text anywhere (a partial number, or <c>*12*</c>).</summary>
    Innehaller = 1,
    /// <summary><c>123*</c>.</summary>
    BorjarMed = 2,
    /// <summary><c>*123</c>.</summary>
    SlutarMed = 3,
}

/// <summary>
/// A search for individer by individnummer or serienummer. Labels wear out, so a part of the number is enough:
/// without <c>*</c> the text may occur anywhere; <c>*</c> first and/or last anchors the other end.
/// </summary>
public sealed record Individsokning(string Text, Sokmatchning Matchning)
{
    public const int MinstaLangd = 3;
    public const char EscapeTecken = '\\';

    public static bool TryTolka(string? monster, out Individsokning sokning, out string fel)
    {
        sokning = null!;
        var m = monster?.Trim() ?? "";
        var forst = m.StartsWith('*');
        var sist = m.Length > 1 && m.EndsWith('*');
        var text = m.Trim('*');
        if (text.Contains('*', StringComparison.Ordinal))
        {
            fel = "Tecknet * kan bara stå först eller sist i söktexten, t.ex. 123*, *123 eller *12*.";
            return false;
        }
        if (text.Length < MinstaLangd)
        {
            fel = $"Ange minst {MinstaLangd} tecken av individnumret eller serienumret (utöver *).";
            return false;
        }
        fel = "";
        sokning = new Individsokning(text, (forst, sist) switch
        {
            (false, true) => Sokmatchning.BorjarMed,
            (true, false) => Sokmatchning.SlutarMed,
            _ => Sokmatchning.Innehaller,
        });
        return true;
    }

    /// <summary>The SQL LIKE pattern, with %, _ and the escape character itself escaped by <see cref="EscapeTecken"/>.</summary>
    public string LikeMonster
    {
        get
        {
            var t = Text.Replace(@"\", @"\\", StringComparison.Ordinal)
                .Replace("%", @"\%", StringComparison.Ordinal)
                .Replace("_", @"\_", StringComparison.Ordinal);
            return Matchning switch
            {
                Sokmatchning.BorjarMed => t + "%",
                Sokmatchning.SlutarMed => "%" + t,
                _ => "%" + t + "%",
            };
        }
    }

    /// <summary>
    /// For <c>123*</c> with no letters in the text: the range [Fran, Till) in ordinal (C) order that holds every number
    /// starting with the text, so an ordinary index can find them. Letters are left out because the search ignores
    /// case and a range cannot.
    /// </summary>
    public (string Fran, string Till)? Prefixintervall =>
        Matchning == Sokmatchning.BorjarMed && !Text.Any(char.IsLetter) && Text[^1] < char.MaxValue
            ? (Text, Text[..^1] + (char)(Text[^1] + 1))
            : null;

    public bool Matchar(string? nummer) => nummer is not null && Matchning switch
    {
        Sokmatchning.BorjarMed => nummer.StartsWith(Text, StringComparison.OrdinalIgnoreCase),
        Sokmatchning.SlutarMed => nummer.EndsWith(Text, StringComparison.OrdinalIgnoreCase),
        _ => nummer.Contains(Text, StringComparison.OrdinalIgnoreCase),
    };
}
