using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Sesam.Data;
using Sesam.Tools;
using Sesam.Tools.Benchmark;
using Sesam.Tools.Skaldata;
using Sesam.Web.Tests.Infrastruktur;

namespace Sesam.Web.Tests;

/// <summary>
/// The app on a real loopback port in Development (with the real cookie login and test-user picker, no test
/// authentication scheme), over small scale data: what scripts/benchmark.sh runs, in miniature.
/// </summary>
public abstract class BenchmarkApp : SesamAppFactory
{
    protected BenchmarkApp(Databasleverantor leverantor) : base(leverantor) => UseKestrel(0);

    private Task<Uri>? _start;

    public Task<Uri> StartaAsync() => _start ??= Starta();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", Leverantor.ToString());
        builder.UseSetting("ConnectionStrings:Sesam", ConnectionString);
        builder.UseSetting("Database:Migrate", "false");
        builder.UseSetting("Database:SeedDemoData", "false");
        AnvandPdl(builder);
    }

    private async Task<Uri> Starta()
    {
        await SkapaSkaldata.SkapaAsync(new Databasargument(Leverantor, AgaresConnectionString), SkaldataApp.Parametrar, TextWriter.Null, Klocka);
        StartServer();
        var adress = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(adress.Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
    }
}

public sealed class BenchmarkSqliteApp() : BenchmarkApp(Databasleverantor.Sqlite);

public sealed class BenchmarkPostgresApp() : BenchmarkApp(Databasleverantor.Postgres);

public abstract class BenchmarkTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : BenchmarkApp
{
    [Fact]
    public async Task Benchmarken_loggar_in_mater_varje_scenario_och_redovisar_saknade_sidor_som_fel()
    {
        var url = await app.StartaAsync();
        var data = await Scenariodata.LasAsync(new Databasargument(app.Leverantor, app.ConnectionString), seed: 42);
        Assert.Equal(Skalparametrar.HjalpmedelForStorPatient, data.PatientensHjalpmedel);
        Assert.NotEmpty(data.Artikelnummer);
        Assert.All(data.Individmonster, m => Assert.EndsWith("*", m, StringComparison.Ordinal));

        using var ut = new StringWriter();
        var resultat = await BenchmarkKommando.KorAsync(new Benchmarkinstallning(url, 2, 1, null, DemoData.ForskrivareHsaId), data, ut);

        Assert.Equal(["om", "artikelsok", "artikelinfo", "individsok", "patientvy", "bestallning", "laneforbindelse"], resultat.Select(r => r.Namn));
        var bestallning = resultat.Single(r => r.Namn == Bestallningsscenario.Scenarionamn);
        Assert.True(bestallning.Antal > 0);
        Assert.Empty(bestallning.Fel);
        Assert.Empty(bestallning.Brister);
        Assert.Equal(Bestallningsscenario.MalOrderPerSekund, bestallning.MalPerSekund);
        var pdf = resultat.Single(r => r.Namn == Laneforbindelsescenario.Scenarionamn);
        Assert.True(pdf.Antal > 0);
        Assert.Empty(pdf.Fel);
        Assert.Empty(pdf.Brister);
        Assert.Equal(1, pdf.Klienter);
        Assert.Equal(Laneforbindelsescenario.MalMs, pdf.MalP95Ms);
        var om = resultat[0];
        Assert.True(om.Antal > 0);
        Assert.Empty(om.Fel);
        Assert.NotNull(om.P95);
        var text = ut.ToString();
        Assert.Contains("p95 ms", text, StringComparison.Ordinal);
        // Whatever the app answers for each scenario's first URL shape is what the benchmark must report.
        using var klient = new HttpClient { BaseAddress = url };
        Assert.Contains(" unika ordernummer", text, StringComparison.Ordinal);
        Assert.Contains("0 saldon fel", text, StringComparison.Ordinal);
        foreach (var r in resultat.Skip(1).Where(r => r.Namn is not Bestallningsscenario.Scenarionamn and not Laneforbindelsescenario.Scenarionamn))
        {
            Assert.True(r.Antal > 0, r.Namn);
            var sida = r.Namn switch
            {
                "artikelsok" => "/artiklar?sok=rollator",
                "artikelinfo" => $"/artiklar/{data.Artikelnummer[0]}",
                "individsok" => $"/individ?sok={Uri.EscapeDataString(data.Individmonster[0])}",
                _ => $"/mottagare/{data.PatientId}",
            };
            if ((await klient.GetAsync(sida)).StatusCode == HttpStatusCode.NotFound)
            {
                Assert.Equal(r.Antal, r.Fel.GetValueOrDefault("404"));
                Assert.False(r.Godkand);
                Assert.Contains($"{r.Namn}: fel 404", text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Benchmarken_vagrar_annat_an_loopback()
    {
        var data = new Scenariodata(["rollator"], ["100000"], ["300*"], 1, 1);
        await Assert.ThrowsAsync<ArgumentException>(() =>
            BenchmarkKommando.KorAsync(new Benchmarkinstallning(new Uri("http://example.com/"), 1, 1, null, DemoData.ForskrivareHsaId), data, TextWriter.Null));
    }
}

public sealed class BenchmarkTestsSqlite(BenchmarkSqliteApp app) : BenchmarkTests<BenchmarkSqliteApp>(app);

public sealed class BenchmarkTestsPostgres(BenchmarkPostgresApp app) : BenchmarkTests<BenchmarkPostgresApp>(app);
