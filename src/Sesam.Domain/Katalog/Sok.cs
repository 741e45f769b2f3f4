using System.Text;

namespace Sesam.Domain.Katalog;

/// <summary>
/// The normalised text that artikel search matches against. Both the stored text and the search terms go
/// through <see cref="Normalisera"/> in .NET, so matching is case-insensitive for å, ä and ö on every
/// database, also where the database's own lower() only knows ASCII (SQLite).
/// </summary>
public static class Sok
{
    public const int MaxLangd = 700;

    public static string Normalisera(string text)
    {
        var ut = new StringBuilder(text.Length);
        foreach (var del in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (ut.Length > 0)
            {
                ut.Append(' ');
            }
            ut.Append(del.ToLowerInvariant());
        }
        return ut.ToString();
    }

    /// <summary>The terms of a search box: normalised, whitespace-separated, each one required.</summary>
    public static IReadOnlyList<string> Termer(string? sok) =>
        string.IsNullOrWhiteSpace(sok) ? [] : Normalisera(sok).Split(' ').Distinct().ToList();

    /// <summary>
    /// A key that sorts in Swedish alphabetical order under plain code-point comparison (both databases'
    /// "C" ordering): case-insensitive, and å, ä, ö after z in that order instead of ä before å.
    /// </summary>
    public static string Sorteringsnyckel(string text)
    {
        var nyckel = text.Trim().ToLowerInvariant().ToCharArray();
        for (var i = 0; i < nyckel.Length; i++)
        {
            nyckel[i] = nyckel[i] switch
            {
                'å' => '{',
                'ä' or 'æ' => '|',
                'ö' or 'ø' => '}',
                var c => c,
            };
        }
        return new string(nyckel);
    }
}
