using Microsoft.Playwright;
using Sesam.Data;
using Sesam.Web.Tests.Infrastruktur;

namespace Sesam.Web.Tests;

/// <summary>Sök artikel and the individ search in Chromium: a click anywhere on a hit row opens its card.</summary>
public sealed class SokWebblasareTests(KestrelApp app) : IClassFixture<KestrelApp>
{
    [Fact]
    public async Task Ett_klick_pa_traffraden_oppnar_artikelinfo_och_individkortet()
    {
        await using var webblasare = await Webblasare.OppnaInloggadAsync(app.Adress, DemoData.ForskrivareHsaId);
        var sida = webblasare.Sida;

        await sida.GotoAsync("/artiklar?sok=futura");
        await sida.Locator("tr[data-artikel='19961'] td").Nth(1).ClickAsync();
        await sida.WaitForURLAsync("**/artiklar/19961");
        await Assertions.Expect(sida.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Rollator Dolomite Futura 600");

        await sida.GotoAsync("/individ?sok=1438*");
        await sida.Locator("tr[data-individ='1438560'] td").Nth(3).ClickAsync();
        await sida.WaitForURLAsync("**/individ/1438560");
        await Assertions.Expect(sida.GetByTestId("lagerstatus")).ToHaveTextAsync("Ej i lager");
    }
}
