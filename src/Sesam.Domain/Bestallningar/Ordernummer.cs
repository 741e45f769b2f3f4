using System.Globalization;

namespace Sesam.Domain.Bestallningar;

/// <summary>
/// Order number: two-digit ISO year, two-digit ISO week, then a running number within that week
/// (at least four digits), e.g. 21388086. The running number comes from an atomic counter per week.
/// </summary>
public static class Ordernummer
{
    public static string Period(DateOnly datum)
    {
        var dt = datum.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(dt) % 100:00}{ISOWeek.GetWeekOfYear(dt):00}");
    }

    public static string Skapa(DateOnly datum, long lopnummer)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lopnummer, 1);
        return string.Create(CultureInfo.InvariantCulture, $"{Period(datum)}{lopnummer:0000}");
    }

    public static bool ArGiltigt(string? text) =>
        text is { Length: >= 8 and <= 12 } && text.All(char.IsAsciiDigit)
        && int.Parse(text.AsSpan(2, 2), CultureInfo.InvariantCulture) is >= 1 and <= 53;
}
