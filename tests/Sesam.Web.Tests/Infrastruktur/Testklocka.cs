using Microsoft.Extensions.Time.Testing;
using Sesam.Domain.Gemensamt;

namespace Sesam.Web.Tests.Infrastruktur;

/// <summary>
/// The suite's clock. Every app under test runs on a <see cref="FakeTimeProvider"/> that starts at <see cref="Start"/>,
/// and the template database's demo data is seeded at that same instant, so what a test sees never depends on the
/// hour or the day the suite runs. A test that needs another instant sets the app's clock, or seeds a database of its
/// own at that instant (<see cref="FastKlockaApp"/>).
/// </summary>
public static class Testklocka
{
    /// <summary>Wednesday 2026-11-18 10:00 in Sweden: a working day, far from midnight and from summer time changes.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 18, 9, 0, 0, TimeSpan.Zero);

    public static FakeTimeProvider Ny(DateTimeOffset start) => new(start);

    /// <summary>Sesam's today on this clock: the Swedish date, whatever zone the machine runs in.</summary>
    public static DateOnly Idag(this TimeProvider klocka) => Svensktid.Idag(klocka.GetUtcNow());

    /// <summary>The clock's instant as Sesam stores it (UTC).</summary>
    public static DateTime Nu(this TimeProvider klocka) => klocka.GetUtcNow().UtcDateTime;

    /// <summary>Sets the clock to 10:00 Swedish time on <paramref name="dag"/>, earlier or later than now.</summary>
    public static void Stall(this FakeTimeProvider klocka, DateOnly dag) =>
        klocka.AdjustTime(new DateTimeOffset(Svensktid.TillUtc(dag, new TimeOnly(10, 0)), TimeSpan.Zero));
}
