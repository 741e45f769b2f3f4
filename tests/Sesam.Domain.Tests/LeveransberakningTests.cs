using Sesam.Domain.Gemensamt;
using Sesam.Domain.Katalog;

namespace Sesam.Domain.Tests;

public class LeveransberakningTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    // Skärtorsdag: långfredag, the weekend and annandag påsk are skipped.
    [InlineData("2027-03-25", 7, "2027-04-07")]
    // The day before midsommarafton: midsommarafton and the weekend are skipped.
    [InlineData("2027-06-24", 18, "2027-07-21")]
    // Lillejulafton: jul, nyår and trettondedag jul are skipped.
    [InlineData("2026-12-23", 7, "2027-01-08")]
    // Ordered on a Saturday: counting starts on Monday.
    [InlineData("2026-11-21", 1, "2026-11-23")]
    // Kristi himmelsfärds dag 2026 is Thursday 14 May.
    [InlineData("2026-05-13", 1, "2026-05-15")]
    public void Arbetsdagar_hoppar_over_helger_och_svenska_helgdagar(string fran, int dagar, string vantat) =>
        Assert.Equal(D(vantat), Arbetsdagskalender.LaggTillArbetsdagar(D(fran), dagar));

    [Fact]
    public void Helgdagarna_2027_ar_de_svenska()
    {
        var helg = Arbetsdagskalender.Helgdagar(2027);
        Assert.Contains(D("2027-03-26"), helg);
        Assert.Contains(D("2027-03-29"), helg);
        Assert.Contains(D("2027-06-25"), helg);
        Assert.Contains(D("2027-06-26"), helg);
        Assert.Contains(D("2027-11-06"), helg);
        Assert.DoesNotContain(D("2027-03-25"), helg);
    }

    [Fact]
    public void I_centrallagret_levereras_som_lagerhallen_artikel()
    {
        var besked = Leveransberakning.OmBestalldIdag(Leveranstidsklass.Over17, Artikelstatus.Aktiv, true, 3, D("2027-03-25"));
        Assert.Equal(D("2027-04-07"), besked.Datum);
        Assert.False(besked.Tidigast);
    }

    [Fact]
    public void Utan_lagersaldo_kops_in_inom_leveranstiden()
    {
        var inom17 = Leveransberakning.OmBestalldIdag(Leveranstidsklass.Inom17, Artikelstatus.Aktiv, true, 0, D("2026-12-23"));
        Assert.Equal(Arbetsdagskalender.LaggTillArbetsdagar(D("2026-12-23"), 17), inom17.Datum);
        Assert.False(inom17.Tidigast);
        var over17 = Leveransberakning.OmBestalldIdag(Leveranstidsklass.Over17, Artikelstatus.Aktiv, true, 0, D("2027-06-24"));
        Assert.Equal(D("2027-07-21"), over17.Datum);
        Assert.True(over17.Tidigast);
        Assert.Contains("tidigast", over17.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Utgatt_eller_utgaende_utan_saldo_och_ej_bestallningsbar_ger_inget_datum()
    {
        var utgatt = Leveransberakning.OmBestalldIdag(Leveranstidsklass.Inom7, Artikelstatus.Utgatt, true, 0, D("2026-11-23"));
        Assert.Null(utgatt.Datum);
        Assert.Contains("utgått", utgatt.Text, StringComparison.Ordinal);
        var utgattILager = Leveransberakning.OmBestalldIdag(Leveranstidsklass.Inom7, Artikelstatus.Utgatt, true, 1, D("2026-11-23"));
        Assert.Equal(D("2026-12-02"), utgattILager.Datum);
        var utgaende = Leveransberakning.OmBestalldIdag(Leveranstidsklass.Inom7, Artikelstatus.Utgaende, true, 0, D("2026-11-23"));
        Assert.Null(utgaende.Datum);
        Assert.Equal("Artikeln är utgående och finns inte i lager. Den kan inte köpas in.", utgaende.Text);
        Assert.Equal(D("2026-12-02"), Leveransberakning.OmBestalldIdag(Leveranstidsklass.Inom7, Artikelstatus.Utgaende, true, 1, D("2026-11-23")).Datum);
        var ej = Leveransberakning.OmBestalldIdag(Leveranstidsklass.Inom7, Artikelstatus.Aktiv, false, 10, D("2026-11-23"));
        Assert.Null(ej.Datum);
        Assert.Equal("Artikeln kan inte beställas via Sesam.", ej.Text);
    }

    [Theory]
    [InlineData("2026-11-22T22:59:00Z", "2026-11-22")]
    [InlineData("2026-11-22T23:00:00Z", "2026-11-23")]
    [InlineData("2026-06-30T21:59:00Z", "2026-06-30")]
    [InlineData("2026-06-30T22:00:00Z", "2026-07-01")]
    public void Idag_ar_svensk_tid(string utc, string vantat) =>
        Assert.Equal(D(vantat), Svensktid.Idag(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)));
}
