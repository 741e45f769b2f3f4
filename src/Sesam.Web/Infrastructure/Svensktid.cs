namespace Sesam.Web.Infrastructure;

/// <summary>Instants are stored in UTC; users read them in Swedish time, whatever time zone the server runs in.</summary>
public static class Svensktid
{
    private static readonly TimeZoneInfo Zon = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    public static DateTime FranUtc(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zon);

    /// <summary>"2026-11-22 14:05" in Swedish time.</summary>
    public static string Visa(DateTime utc) => FranUtc(utc).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public static string Visa(DateTime? utc) => utc is { } t ? Visa(t) : "–";

    /// <summary>Today's date in Sweden, for business dates (delivery dates, fees).</summary>
    public static DateOnly Idag(TimeProvider klocka) => DateOnly.FromDateTime(FranUtc(klocka.GetUtcNow().UtcDateTime));
}
