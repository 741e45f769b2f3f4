using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Sesam.Data;
using Sesam.Web.Tests.Infrastruktur;

namespace Sesam.Web.Tests;

/// <summary>Sök artikel, the individ search and the individkort in Chromium.</summary>
public sealed class ArtikelOchIndividWebblasareTests(KestrelApp app) : IClassFixture<KestrelApp>
{
    [Fact]
    public async Task Ett_klick_pa_traffraden_oppnar_artikelinfo_och_individkortet()
    {
        await using var webblasare = await Webblasare.OppnaInloggadAsync(app.Adress, DemoData.ForskrivareHsaId);
        var sida = webblasare.Sida;

        await sida.GotoAsync("/artiklar?sok=futura");
        await sida.Locator("tr[data-artikel='19961'] td").Nth(1).ClickAsync();
        await Assertions.Expect(sida).ToHaveURLAsync(new Regex("/artiklar/19961$"));
        await Assertions.Expect(sida.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Rollator Dolomite Futura 600");

        await sida.GotoAsync("/individ?sok=1438*");
        await sida.Locator("tr[data-individ='1438560'] td").Nth(3).ClickAsync();
        await Assertions.Expect(sida).ToHaveURLAsync(new Regex("/individ/1438560$"));
        await Assertions.Expect(sida.GetByTestId("lagerstatus")).ToHaveTextAsync("Ej i lager");
    }

    [Fact]
    public async Task Byte_av_individnummer_visar_faltet_forst_nar_rutan_ar_ikryssad()
    {
        await using var webblasare = await Webblasare.OppnaInloggadAsync(app.Adress, DemoData.ForskrivareHsaId);
        var sida = webblasare.Sida;

        await sida.GotoAsync("/individ/1948101");
        var nytt = sida.GetByLabel("Nytt individnummer");
        await Assertions.Expect(nytt).ToBeHiddenAsync();
        await sida.GetByLabel("Jag bekräftar att detta är den individ som ska byta nummer").CheckAsync();
        await Assertions.Expect(nytt).ToBeVisibleAsync();
        await nytt.FillAsync("1948199");
        await sida.GetByRole(AriaRole.Button, new() { Name = "Fortsätt" }).ClickAsync();
        await Assertions.Expect(sida).ToHaveURLAsync(new Regex(@"/individ/1948199(\?|$)"));
        await Assertions.Expect(sida.GetByTestId("meddelande")).ToContainTextAsync("ändrat från 1948101 till 1948199");
    }
}
