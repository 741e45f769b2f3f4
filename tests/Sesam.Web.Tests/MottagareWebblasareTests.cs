using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Sesam.Data;
using Sesam.Web.Tests.Infrastruktur;

namespace Sesam.Web.Tests;

/// <summary>Mottagare/Patient in Chromium: find the patient by personnummer, expand a device's komponenter and open the
/// order a device came on by clicking its row.</summary>
public sealed class MottagareWebblasareTests(KestrelApp app) : IClassFixture<KestrelApp>
{
    [Fact]
    public async Task Hitta_patienten_och_visa_komponenterna_for_ett_hjalpmedel()
    {
        // Cecilia works in Sömnmottagningen, whose order brought Tolvan's CPAP.
        await using var webblasare = await Webblasare.OppnaInloggadAsync(app.Adress, DemoData.SomnForskrivareHsaId);
        var sida = webblasare.Sida;

        await sida.GotoAsync("/mottagare");
        await sida.GetByLabel("Personnummer").FillAsync(DemoData.PatientTolvan);
        await sida.GetByTestId("sok-patient").GetByRole(AriaRole.Button, new() { Name = "Sök" }).ClickAsync();
        await Assertions.Expect(sida.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Tolvan Tolvansson");
        Assert.DoesNotContain(DemoData.PatientTolvan, sida.Url, StringComparison.Ordinal);

        var sang = sida.Locator("tr[data-artikel='75178']");
        await Assertions.Expect(sang.GetByTestId("komponentlista")).ToHaveCountAsync(0);
        await sang.GetByText("5 komponenter").ClickAsync();
        await Assertions.Expect(sang.Locator("[data-testid=komponentlista] li")).ToHaveCountAsync(5);
        // Expanding did not leave the page: the expander is not a click on the row.
        Assert.DoesNotContain("/bestallning/", sida.Url, StringComparison.Ordinal);

        // A click anywhere else on a row opens the order it came on.
        var slang = sida.Locator("tr[data-artikel='40110']");
        var order = await slang.Locator("a[href^='/bestallning/']").GetAttributeAsync("href");
        await slang.Locator("td").Nth(1).ClickAsync();
        await Assertions.Expect(sida).ToHaveURLAsync(new Regex(Regex.Escape(order!) + "$"));
        await Assertions.Expect(sida.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Beställning");
    }
}
