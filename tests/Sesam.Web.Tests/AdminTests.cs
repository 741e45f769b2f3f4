using System.Net;
using Sesam.Data;
using Sesam.Web.Features.Gemensamt;
using Sesam.Web.Tests.Infrastruktur;

namespace Sesam.Web.Tests;

public abstract class AdminTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : SesamAppFactory
{
    [Fact]
    public async Task Menyn_Admin_leder_till_adminsidan_med_varje_avsnitt()
    {
        var klient = app.Klient(DemoData.AdminHsaId);
        var start = await Html.LasAsync(await klient.GetAsync("/"));
        Assert.Contains(start.QuerySelectorAll("nav a"), a => a.TextContent.Trim() == "Admin" && a.GetAttribute("href") == "/admin");

        var sida = await Html.LasAsync(await klient.GetAsync("/admin"));
        Assert.Equal("Admin", sida.QuerySelector("h1")?.TextContent);
        var avsnitt = sida.QuerySelectorAll("main h2 a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Contains(("Loggutdrag", "/admin/logg"), avsnitt);
    }

    [Fact]
    public async Task Adminsidan_ar_bara_for_Admin()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Klient(DemoData.LogistikHsaId).GetAsync("/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Klient(DemoData.ForskrivareHsaId).GetAsync("/admin")).StatusCode);
    }
}

public sealed class AdminTestsSqlite(SqliteApp app) : AdminTests<SqliteApp>(app);

public sealed class AdminTestsPostgres(PostgresApp app) : AdminTests<PostgresApp>(app);

public sealed class AdminloggTests
{
    [Fact]
    public void En_andring_namner_bara_falten_som_andrades_fore_och_efter()
    {
        var post = Adminlogg.Andrad("Användare SE2321000016-1001", ("Roller", "Förskrivare", "Förskrivare, Beställare"), ("E-post", "a@example.se", "a@example.se"), ("Telefon", null, "046-1"));
        Assert.Equal(Adminlogg.Handling, post.Handling);
        Assert.Equal("Användare SE2321000016-1001: Roller: Förskrivare → Förskrivare, Beställare; Telefon: (tomt) → 046-1", post.Beskrivning);
        Assert.Null(post.MottagareId);
    }

    [Fact]
    public void Ett_skapat_objekt_namner_sina_varden()
    {
        Assert.Equal("Förråd 4730 skapad: Namn: Förråd Hörsel; Typ: (tomt)", Adminlogg.Skapad("Förråd 4730", ("Namn", "Förråd Hörsel"), ("Typ", null)).Beskrivning);
        Assert.Equal("Användare SE1: inaktiverad", Adminlogg.Handelse("Användare SE1", "inaktiverad").Beskrivning);
    }
}
