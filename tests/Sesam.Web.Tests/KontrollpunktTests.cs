using Sesam.Data;
using Sesam.Domain.Audit;
using Sesam.Web.Tests.Infrastruktur;
using Microsoft.Extensions.DependencyInjection;

namespace Sesam.Web.Tests;

/// <summary>When the PDL log's checkpoints are written, and the configuration of its key and checkpoint file.</summary>
public sealed class KontrollpunktTests : IAsyncLifetime, IDisposable
{
    private readonly TestPdl _pdl = new();
    private string _cs = "";

    public async Task InitializeAsync() => _cs = await TestDatabas.NySqliteAsync();

    public Task DisposeAsync() => TestDatabas.TaBortAsync(Databasleverantor.Sqlite, _cs);

    public void Dispose() => _pdl.Dispose();

    [Fact]
    public async Task En_kontrollpunkt_behovs_efter_angivet_antal_poster_och_skrivs_en_gang_per_huvud()
    {
        using var logg = new Granskningslogg(TestDatabas.Options(Databasleverantor.Sqlite, _cs), TimeProvider.System,
            _pdl.Las() with { KontrollpunktEfterPoster = 3, KontrollpunktEfterTid = TimeSpan.FromHours(1) });
        using var stopp = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var vantan = logg.VantaPaKontrollpunktAsync(stopp.Token);

        await Skriv(logg, 2);
        Assert.False(vantan.IsCompleted);
        await Skriv(logg, 1);
        await vantan;

        var punkt = await logg.ForankraAsync();
        Assert.Equal(3, punkt?.Lopnummer);
        Assert.Null(await logg.ForankraAsync());
        var rad = Assert.Single(File.ReadAllLines(_pdl.Kontrollpunkter));
        Assert.Equal(punkt, Kontrollpunkt.Tolka(rad));
        Assert.True(Kontrollpunkt.Tolka(rad)!.ArAkta(_pdl.Las().Nyckel));
    }

    [Fact]
    public async Task En_kontrollpunkt_behovs_efter_angiven_tid()
    {
        using var logg = new Granskningslogg(TestDatabas.Options(Databasleverantor.Sqlite, _cs), TimeProvider.System,
            _pdl.Las() with { KontrollpunktEfterTid = TimeSpan.FromMilliseconds(50) });
        using var stopp = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        await logg.VantaPaKontrollpunktAsync(stopp.Token);

        Assert.False(stopp.IsCancellationRequested);
    }

    [Fact]
    public async Task Appen_skriver_en_kontrollpunkt_nar_den_stannar()
    {
        var app = new SqliteApp();
        await ((IAsyncLifetime)app).InitializeAsync();
        try
        {
            await app.Services.GetRequiredService<Granskningslogg>().SkrivAsync(DemoData.ForskrivareHsaId, null, null, "Läsning", "Före stopp.");
            Assert.Empty(File.ReadAllLines(app.Pdl.Kontrollpunkter));

            await app.DisposeAsync();

            Assert.Equal(1, Kontrollpunkt.Tolka(Assert.Single(File.ReadAllLines(app.Pdl.Kontrollpunkter)))?.Lopnummer);
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }

    [Fact]
    public void Produktion_startar_inte_utan_nyckel_eller_kontrollpunktsfil()
    {
        var utanNyckel = Assert.Throws<InvalidOperationException>(() => SesamApp.Bygg(["--environment=Production"]));
        Assert.Contains("Pdl:NyckelFil", utanNyckel.Message, StringComparison.Ordinal);

        var utanFil = Assert.Throws<InvalidOperationException>(() => SesamApp.Bygg(["--environment=Production", $"--Pdl:NyckelFil={_pdl.Nyckelfil}"]));
        Assert.Contains("Pdl:Kontrollpunkter", utanFil.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Installningarna_tolkas_och_fel_ger_tydliga_meddelanden()
    {
        var utveckling = Pdlinstallningar.Las(_ => null, utveckling: true);
        Assert.Equal(Pdlinstallningar.Utvecklingskontrollpunkter, utveckling.Kontrollpunkter);
        Assert.Equal((1000, TimeSpan.FromMinutes(1)), (utveckling.KontrollpunktEfterPoster, utveckling.KontrollpunktEfterTid));

        string Fel(Dictionary<string, string> varden) =>
            Assert.Throws<InvalidOperationException>(() => Pdlinstallningar.Las(k => varden.GetValueOrDefault(k), utveckling: false)).Message;
        Assert.Contains("minst 32 byte", Fel(new() { ["Pdl:Nyckel"] = Convert.ToBase64String(new byte[16]), ["Pdl:Kontrollpunkter"] = "k.txt" }), StringComparison.Ordinal);
        Assert.Contains("inte båda", Fel(new() { ["Pdl:Nyckel"] = TestPdl.Nyckel, ["Pdl:NyckelFil"] = _pdl.Nyckelfil }), StringComparison.Ordinal);
        Assert.Contains("finns inte", Fel(new() { ["Pdl:NyckelFil"] = _pdl.Nyckelfil + ".saknas" }), StringComparison.Ordinal);
        Assert.Contains("positivt heltal", Fel(new() { ["Pdl:Nyckel"] = TestPdl.Nyckel, ["Pdl:Kontrollpunkter"] = "k.txt", ["Pdl:KontrollpunktEfterPoster"] = "0" }), StringComparison.Ordinal);
    }

    private static async Task Skriv(Granskningslogg logg, int antal)
    {
        for (var i = 0; i < antal; i++)
        {
            await logg.SkrivAsync(DemoData.ForskrivareHsaId, null, null, "Läsning", $"Kontrollpunktstest {i}.");
        }
    }
}
