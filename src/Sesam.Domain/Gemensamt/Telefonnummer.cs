namespace Sesam.Domain.Gemensamt;

public static class Telefonnummer
{
    public const int MaxLangd = 30;

    /// <summary>A phone number as entered, trimmed; null when empty. Digits, spaces, +, - and parentheses only.</summary>
    public static string? Normalisera(string? telefon)
    {
        var t = telefon?.Trim();
        if (string.IsNullOrEmpty(t))
        {
            return null;
        }
        if (t.Length > MaxLangd || !t.All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '+' or '(' or ')') || !t.Any(char.IsAsciiDigit))
        {
            throw new DomainException($"Telefonnumret får bara innehålla siffror, mellanslag, +, - och parenteser (högst {MaxLangd} tecken).");
        }
        return t;
    }
}
