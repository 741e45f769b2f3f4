using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Katalog;
using Sesam.Domain.Lagerhallning;
using Sesam.Domain.Organisation;

namespace Sesam.Domain.Tests;

/// <summary>
/// The order date is the Swedish calendar date: an order sent just after midnight in Sweden belongs to the new day
/// and its ISO week, although the UTC date is still the day before.
/// </summary>
public sealed class OrderdatumTests
{
    /// <summary>Sunday 2026-11-22 23:30 UTC is Monday 2026-11-23 00:30 in Stockholm (CET), ISO week 48.</summary>
    private static readonly TimeProvider MandagNattVinter = new FastKlocka(new DateTimeOffset(2026, 11, 22, 23, 30, 0, TimeSpan.Zero));

    private static readonly DateOnly Mandag = new(2026, 11, 23);

    private sealed class FastKlocka(DateTimeOffset nu) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => nu;
    }

    private static DateTime Nu(TimeProvider klocka) => klocka.GetUtcNow().UtcDateTime;

    private static Bestallning Varukorg(out Artikel artikel, Leveranskalla kalla)
    {
        var tjanstestalle = Testdata.Tjanstestalle();
        var forskrivare = Testdata.Forskrivare(tjanstestalle);
        artikel = Testdata.Artikel();
        artikel.AngePatientavgift(500m, nittioDagarsRegel: true);
        var b = Bestallning.NyForskrivning(Testdata.Patient(), forskrivare, forskrivare, tjanstestalle, Nu(MandagNattVinter).AddMinutes(-10));
        var rad = b.LaggTillRad(artikel, 1, kalla, kalla == Leveranskalla.EgetForrad ? Testdata.Forrad() : Testdata.Central(), Debiteringsform.Hyra, 400m);
        rad.SvaraPatientavgift(true);
        if (kalla == Leveranskalla.Hjalpmedelsverksamhet)
        {
            b.AngeLeverans(Testdata.Leverans(), null, Mandag);
        }
        return b;
    }

    [Fact]
    public void Orderdatum_ar_det_svenska_datumet_och_ger_veckan_i_ordernumret()
    {
        var nu = Nu(MandagNattVinter);
        Assert.Equal(new DateOnly(2026, 11, 22), DateOnly.FromDateTime(nu));
        Assert.Equal(Mandag, Bestallning.Orderdatum(nu));
        Assert.Equal(Svensktid.Idag(MandagNattVinter.GetUtcNow()), Bestallning.Orderdatum(nu));
        Assert.Equal("26480001", Ordernummer.Skapa(Bestallning.Orderdatum(nu), 1));
    }

    [Fact]
    public void Sommartid_ger_ocksa_den_nya_dagens_vecka()
    {
        // Sunday 2026-06-28 22:30 UTC is Monday 2026-06-29 00:30 in Stockholm (CEST), ISO week 27.
        var nu = new DateTime(2026, 6, 28, 22, 30, 0, DateTimeKind.Utc);
        Assert.Equal(new DateOnly(2026, 6, 29), Bestallning.Orderdatum(nu));
        Assert.Equal("2627", Ordernummer.Period(Bestallning.Orderdatum(nu)));
    }

    [Fact]
    public void Central_bestallning_strax_efter_midnatt_planeras_fran_den_svenska_dagen()
    {
        var b = Varukorg(out var artikel, Leveranskalla.Hjalpmedelsverksamhet);

        b.Skicka("26480001", Guid.NewGuid(), Nu(MandagNattVinter));

        var rad = b.Rader.Single();
        Assert.Equal(Arbetsdagskalender.LaggTillArbetsdagar(Mandag, (int)artikel.Leveranstid), rad.PlaneratLeveransdatum);
        Assert.NotEqual(Arbetsdagskalender.LaggTillArbetsdagar(new DateOnly(2026, 11, 22), (int)artikel.Leveranstid), rad.PlaneratLeveransdatum);
    }

    [Fact]
    public void Ordernummer_fran_utc_datumets_vecka_nekas()
    {
        var b = Varukorg(out _, Leveranskalla.Hjalpmedelsverksamhet);

        var fel = Assert.Throws<DomainException>(() => b.Skicka("26470001", Guid.NewGuid(), Nu(MandagNattVinter)));

        Assert.Contains("hör inte till beställningsdagens vecka", fel.Message, StringComparison.Ordinal);
        Assert.Equal(Orderstatus.Pagaende, b.Status);
    }

    [Fact]
    public void Uttag_strax_efter_midnatt_levereras_och_avgiftsberaknas_pa_den_svenska_dagen()
    {
        var b = Varukorg(out _, Leveranskalla.EgetForrad);

        var avgift = Assert.Single(b.SkickaMedUttag("26480001", Guid.NewGuid(), Nu(MandagNattVinter), null, (l, a) => new Lagersaldo(l, a, 5), false));

        Assert.Equal(Mandag, b.Rader.Single().LevereradDatum);
        Assert.Equal(Mandag, avgift.LevereradDatum);
        Assert.Equal(Mandag.AddDays(90), avgift.FakturerbarFran);
    }
}
