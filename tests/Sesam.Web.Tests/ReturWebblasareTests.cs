using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Sesam.Data;
using Sesam.Web.Tests.Infrastruktur;

namespace Sesam.Web.Tests;

/// <summary>Retur in Chromium: the sömnmottagning takes Tolvan's befuktare back into its förråd; the CPAP, owned by
/// Hjälpmedel, can only go back by hämtorder.</summary>
public sealed class ReturWebblasareTests(KestrelApp app) : IClassFixture<KestrelApp>
{
    [Fact]
    public async Task Befuktaren_lamnas_tillbaka_till_somnmottagningens_forrad()
    {
        await using var webblasare = await Webblasare.OppnaInloggadAsync(app.Adress, DemoData.SomnForskrivareHsaId);
        var sida = webblasare.Sida;

        await sida.GotoAsync("/mottagare");
        await sida.GetByLabel("Personnummer").FillAsync(DemoData.PatientTolvan);
        await sida.GetByTestId("sok-patient").GetByRole(AriaRole.Button, new() { Name = "Sök" }).ClickAsync();
        await sida.GetByTestId("skapa-retur").ClickAsync();
        await Assertions.Expect(sida.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Retur från patient");
        await Assertions.Expect(sida.GetByTestId("retur-till-lager")).ToHaveTextAsync("4720 Förråd Sömnmottagningen Malmö");
        await Assertions.Expect(sida.Locator("tr[data-artikel='40110'] [data-testid=via-hamtorder]")).ToBeVisibleAsync();

        await sida.Locator("tr[data-artikel='40111']").GetByRole(AriaRole.Checkbox, new() { Name = "Retur" }).CheckAsync();
        await sida.GetByRole(AriaRole.Button, new() { Name = "Returnera artiklar" }).ClickAsync();

        await Assertions.Expect(sida).ToHaveURLAsync(new Regex(@"/mottagare/\d+\?flik=aterlamnat$"));
        await Assertions.Expect(sida.GetByTestId("meddelande")).ToHaveTextAsync("Retur är genomförd. 1 hjälpmedel finns åter i 4720 Förråd Sömnmottagningen Malmö och kan förskrivas igen.");
        await Assertions.Expect(sida.GetByTestId("aterlamnat").Locator("tbody tr", new() { HasText = "40111" })).ToHaveCountAsync(1);
    }
}
