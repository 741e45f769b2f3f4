namespace Sesam.Domain;

/// <summary>Dates as users in Sweden see them: "today" changes at midnight Swedish time, not UTC.</summary>
public static class Svensktid
{
    private static readonly TimeZoneInfo Zon = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    public static DateOnly Idag(DateTimeOffset nu) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(nu, Zon).DateTime);
}
