using Microsoft.Playwright;
using Sesam.Data;
using Sesam.Web.Tests.Infrastruktur;

namespace Sesam.Web.Tests;

/// <summary>Lagerpåfyllnad in Chromium: the sömnmottagning refills its förråd with masker by hand, the rehabmottagning
/// from its beställningsmall; a new mall is edited with +, × and searches without losing what was typed.</summary>
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

    [Fact]
    public async Task Rehabmottagningen_fyller_pa_fran_sin_bestallningsmall()
    {
        await using var webblasare = await Webblasare.OppnaInloggadAsync(app.Adress, DemoData.ForskrivareHsaId);
        var sida = webblasare.Sida;

        await sida.GotoAsync("/artiklar");
        await sida.GetByRole(AriaRole.Link, new() { Name = "Beställningsmallar" }).ClickAsync();
        await sida.GetByRole(AriaRole.Link, new() { Name = "Rollatortillbehör" }).ClickAsync();
        await Assertions.Expect(sida.Locator("tr[data-artikel='16640'] [data-testid=ogiltig]")).ToContainTextAsync("har utgått");
        await sida.GetByRole(AriaRole.Button, new() { Name = "Lagerpåfyllnad" }).ClickAsync();
        await sida.GetByLabel("Antal 72481 Korg till Rollator Futura").FillAsync("5");
        await sida.GetByRole(AriaRole.Button, new() { Name = "Beställ 72481 Korg till Rollator Futura" }).ClickAsync();
        await Assertions.Expect(sida.Locator("tr[data-artikel='72481'] [data-testid=tillagd]")).ToHaveTextAsync("✓ Tillagd");

        await sida.GetByTestId("pagaende-lagerpafyllnad").ClickAsync();
        await Assertions.Expect(sida.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Pågående lagerpåfyllnad");
        await sida.GetByRole(AriaRole.Link, new() { Name = "Slutför beställning" }).ClickAsync();
        await Assertions.Expect(sida.GetByLabel("Samleverans önskas (allt levereras samtidigt när alla artiklar finns tillgängliga)")).ToBeCheckedAsync();
        await sida.GetByRole(AriaRole.Button, new() { Name = "Nästa" }).ClickAsync();
        await sida.GetByRole(AriaRole.Button, new() { Name = "Skicka beställning" }).ClickAsync();
        await Assertions.Expect(sida.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Beställningen är skickad");
    }

    [Fact]
    public async Task Plus_kryss_och_sok_i_mallen_behaller_det_som_inte_ar_sparat_och_enter_sparar()
    {
        await using var webblasare = await Webblasare.OppnaInloggadAsync(app.Adress, DemoData.ForskrivareHsaId);
        var sida = webblasare.Sida;

        await sida.GotoAsync("/bestallningsmallar");
        await sida.GetByLabel("Namn").FillAsync("Mall i webbläsaren");
        await sida.GetByRole(AriaRole.Button, new() { Name = "Skapa ny mall" }).ClickAsync();
        await sida.GetByLabel("Sök artikel").FillAsync("Rollator Futura");
        await sida.GetByRole(AriaRole.Button, new() { Name = "Sök", Exact = true }).ClickAsync();
        await sida.GetByRole(AriaRole.Button, new() { Name = "Lägg till 72481 Korg till Rollator Futura i mallen" }).ClickAsync();
        await sida.GetByLabel("Antal 72481 Korg till Rollator Futura").FillAsync("7");
        await sida.GetByRole(AriaRole.Button, new() { Name = "Lägg till 72480 Mjuksits till Rollator Futura i mallen" }).ClickAsync();
        await Assertions.Expect(sida.GetByTestId("meddelande")).ToContainTextAsync("Artikel 72480 Mjuksits till Rollator Futura är tillagd");
        await Assertions.Expect(sida.GetByLabel("Antal 72481 Korg till Rollator Futura")).ToHaveValueAsync("7");

        await sida.GetByLabel("Antal 72480 Mjuksits till Rollator Futura").FillAsync("3");
        await sida.GetByRole(AriaRole.Button, new() { Name = "Ta bort 72481 ur mallen" }).ClickAsync();
        await Assertions.Expect(sida.GetByTestId("meddelande")).ToHaveTextAsync("Artikel 72481 är borttagen ur mallen.");
        await Assertions.Expect(sida.GetByLabel("Antal 72480 Mjuksits till Rollator Futura")).ToHaveValueAsync("3");

        // A search, by Enter in its box or by its button, keeps what was typed and saves nothing.
        await sida.GetByLabel("Beskrivning").FillAsync("Skrivet före sökningen");
        await sida.GetByLabel("Sök artikel").FillAsync("korg");
        await sida.GetByLabel("Sök artikel").PressAsync("Enter");
        await Assertions.Expect(sida.GetByRole(AriaRole.Button, new() { Name = "Lägg till 72481 Korg till Rollator Futura i mallen" })).ToBeVisibleAsync();
        await Assertions.Expect(sida.GetByTestId("meddelande")).ToHaveCountAsync(0);
        await sida.GetByLabel("Antal 72480 Mjuksits till Rollator Futura").FillAsync("4");
        await sida.GetByLabel("Sök artikel").FillAsync("Rollator Futura");
        await sida.GetByRole(AriaRole.Button, new() { Name = "Sök", Exact = true }).ClickAsync();
        await Assertions.Expect(sida.GetByRole(AriaRole.Button, new() { Name = "Lägg till 72481 Korg till Rollator Futura i mallen" })).ToBeVisibleAsync();
        await Assertions.Expect(sida.GetByLabel("Sök artikel")).ToHaveValueAsync("Rollator Futura");
        await Assertions.Expect(sida.GetByLabel("Antal 72480 Mjuksits till Rollator Futura")).ToHaveValueAsync("4");
        await Assertions.Expect(sida.GetByLabel("Beskrivning")).ToHaveValueAsync("Skrivet före sökningen");

        // Enter in the antal field saves; it must not click the first row's ×.
        await sida.GetByLabel("Antal 72480 Mjuksits till Rollator Futura").PressAsync("Enter");
        await Assertions.Expect(sida.GetByTestId("meddelande")).ToHaveTextAsync("Ändringarna är sparade.");
        await sida.ReloadAsync();
        await Assertions.Expect(sida.GetByLabel("Antal 72480 Mjuksits till Rollator Futura")).ToHaveValueAsync("4");
        await Assertions.Expect(sida.GetByLabel("Beskrivning")).ToHaveValueAsync("Skrivet före sökningen");
    }
}
