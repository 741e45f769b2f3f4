using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Sesam.Data;
using Sesam.Web.Tests.Infrastruktur;

namespace Sesam.Web.Tests;

/// <summary>Hämtorder in Chromium: from the patient's devices, pick the bed up at the school (another address, whose
/// fields appear once chosen), see the confirmation and the "Ja" in the patient's Hämtorder column.</summary>
public sealed class HamtorderWebblasareTests(KestrelApp app) : IClassFixture<KestrelApp>
{
    [Fact]
    public async Task Skapa_hamtorder_for_en_sang_som_hamtas_pa_skolan()
    {
        await using var webblasare = await Webblasare.OppnaInloggadAsync(app.Adress, DemoData.ForskrivareHsaId);
        var sida = webblasare.Sida;

        await sida.GotoAsync("/mottagare");
        await sida.GetByLabel("Personnummer").FillAsync(DemoData.PatientLilleSkutt);
        await sida.GetByTestId("sok-patient").GetByRole(AriaRole.Button, new() { Name = "Sök" }).ClickAsync();
        await Assertions.Expect(sida.Locator("tr[data-artikel='75178'] td").Last).ToHaveTextAsync("Nej");
        await sida.GetByTestId("skapa-hamtorder").ClickAsync();
        await Assertions.Expect(sida.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Skapa hämtorder");

        await sida.GetByLabel("Hämtas på mottagning/enhet").CheckAsync();
        await Assertions.Expect(sida.Locator("#adresskalla-Tjanstestallet")).ToBeCheckedAsync();
        // The orsak decides which address is chosen, until the user has chosen one it allows.
        await sida.GetByLabel("Hämtas hos patient/skola").CheckAsync();
        await Assertions.Expect(sida.Locator("#adresskalla-Mottagaren")).ToBeCheckedAsync();
        // The header box ticks every row; untick all but the bed again.
        await sida.GetByLabel("Välj alla hjälpmedel").CheckAsync();
        await Assertions.Expect(sida.Locator("[data-testid=hamtbara] tbody input[type=checkbox]:not(:checked)")).ToHaveCountAsync(0);
        await sida.GetByLabel("Välj alla hjälpmedel").UncheckAsync();
        await sida.Locator("tr[data-artikel='75178']").GetByRole(AriaRole.Checkbox).CheckAsync();
        await Assertions.Expect(sida.GetByLabel("Gatuadress")).ToBeHiddenAsync();
        await sida.GetByLabel("Annan adress, t.ex. skolan").CheckAsync();
        await sida.GetByLabel("Gatuadress").FillAsync("Skolgatan 7");
        await sida.GetByLabel("Postnr").FillAsync("54630");
        await sida.GetByLabel("Postort").FillAsync("Karlsborg");
        await sida.GetByLabel("Instruktioner").FillAsync("Fråga efter vaktmästaren");
        await sida.GetByLabel("Skickas till centrallager med post").CheckAsync();
        await sida.GetByLabel("Hämtas hos patient/skola").CheckAsync();
        await Assertions.Expect(sida.Locator("#adresskalla-Annan")).ToBeCheckedAsync();
        await sida.GetByLabel("Behovet upphört").CheckAsync();
        await sida.GetByRole(AriaRole.Button, new() { Name = "Skapa hämtorder" }).ClickAsync();

        await Assertions.Expect(sida).ToHaveURLAsync(new Regex(@"/hamtorder/\d{8,12}$"));
        await Assertions.Expect(sida.GetByTestId("meddelande")).ToContainTextAsync("är skapad");
        await Assertions.Expect(sida.GetByTestId("hamtadress")).ToContainTextAsync("Annan adress: Skolgatan 7, 546 30 Karlsborg");
        await Assertions.Expect(sida.GetByTestId("rader").Locator("tbody tr")).ToHaveCountAsync(1);

        await sida.GetByRole(AriaRole.Link, new() { Name = "Till mottagaren" }).ClickAsync();
        await Assertions.Expect(sida.Locator("tr[data-artikel='75178'] td").Last).ToHaveTextAsync("Ja");
        // The demo data already has Lille Skutt's rollator on one.
        await Assertions.Expect(sida.GetByTestId("oppen-hamtorder")).ToContainTextAsync("Det finns öppna hämtordrar");
    }
}
