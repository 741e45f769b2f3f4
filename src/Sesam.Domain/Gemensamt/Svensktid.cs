using System.Globalization;

namespace Sesam.Domain.Gemensamt;

/// <summary>
/// Swedish time. Instants are stored in UTC; users read them in Swedish time, and "today" (for delivery dates and
/// fees) changes at midnight in Sweden, whatever time zone the server runs in.
/// </summary>
public static class Svensktid
{
    private static readonly TimeZoneInfo Zon = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    public static DateOnly Idag(DateTimeOffset nu) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(nu, Zon).DateTime);

    /// <summary>The Swedish calendar date of a stored UTC instant: 2026-11-22 23:30 UTC is Monday 2026-11-23.</summary>
    public static DateOnly Datum(DateTime utc) => DateOnly.FromDateTime(FranUtc(utc));

    public static DateTime FranUtc(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zon);

    /// <summary>Where a Swedish calendar day begins, in UTC: for filtering stored instants by a period of dates.</summary>
    public static DateTime DagensBorjanUtc(DateOnly dag) =>
        TimeZoneInfo.ConvertTimeToUtc(dag.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Zon);

    /// <summary>The UTC instant of a Swedish date and time of day, e.g. when a user says an event happened.</summary>
    public static DateTime TillUtc(DateOnly dag, TimeOnly tid)
    {
        var lokal = dag.ToDateTime(tid, DateTimeKind.Unspecified);
        // The hour skipped when summer time begins (02:00–03:00 on the last Sunday in March) does not exist: a clock
        // that showed it was an hour behind, so the same moment is an hour later.
        return TimeZoneInfo.ConvertTimeToUtc(Zon.IsInvalidTime(lokal) ? lokal.AddHours(1) : lokal, Zon);
    }

    /// <summary>"2026-11-22 14:05" in Swedish time.</summary>
    public static string Visa(DateTime utc) => FranUtc(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Visa(DateTime? utc) => utc is { } t ? Visa(t) : "–";
}
