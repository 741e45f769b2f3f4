using Microsoft.Playwright;
using Sesam.Data;
using Sesam.Web.Tests.Infrastruktur;

namespace Sesam.Web.Tests;

/// <summary>Lagerpåfyllnad in Chromium: the sömnmottagning refills its förråd with masker and sends the order.</summary>
public sealed class LagerpafyllnadWebblasareTests(KestrelApp app) : IClassFixture<KestrelApp>
{
    [Fact]
    public async Task Somnmottagningen_fyller_pa_sitt_forrad()
    {
        await using var webblasare = await Webblasare.OppnaInloggadAsync(app.Adress, DemoData.SomnForskrivareHsaId);
        var sida = webblasare.Sida;

        await sida.GotoAsync("/bestallning");
        await Assertions.Expect(sida.GetByLabel("Tjänsteställe och mottagande lager")).ToContainTextAsync("till 4720 Förråd Sömnmottagningen Malmö");
        await sida.GetByRole(AriaRole.Button, new() { Name = "Skapa lagerpåfyllnad" }).ClickAsync();
        await Assertions.Expect(sida.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Pågående lagerpåfyllnad");
        await Assertions.Expect(sida.GetByTestId("lagerpafyllnad-leverans")).ToHaveTextAsync("Från Hjälpmedelsverksamhet till 4720 Förråd Sömnmottagningen Malmö");

        await sida.GetByLabel("Artikelnummer", new() { Exact = true }).FillAsync("40120");
        await sida.GetByLabel("Antal", new() { Exact = true }).FillAsync("5");
        await sida.GetByRole(AriaRole.Button, new() { Name = "Fortsätt" }).ClickAsync();
        // The förråd refills this mask automatically at its min level: the cart warns before it is sent.
        await Assertions.Expect(sida.GetByTestId("automatisk-pafyllnad")).ToContainTextAsync("automatisk lagerpåfyllnad av 40120");
        await sida.GetByRole(AriaRole.Link, new() { Name = "Slutför beställning" }).ClickAsync();
        await Assertions.Expect(sida.GetByTestId("leverans-enhet")).ToContainTextAsync("Leverans till mottagning/enhet");
        await sida.GetByRole(AriaRole.Button, new() { Name = "Nästa" }).ClickAsync();
        await sida.GetByRole(AriaRole.Button, new() { Name = "Skicka beställning" }).ClickAsync();
        await Assertions.Expect(sida.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Beställningen är skickad");
    }
}
