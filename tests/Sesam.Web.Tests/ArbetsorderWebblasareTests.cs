using Microsoft.Playwright;
using Sesam.Data;
using Sesam.Web.Tests.Infrastruktur;

namespace Sesam.Web.Tests;

/// <summary>Arbetsorder in Chromium: Anna registers one from Lille Skutt's bed's individkort, Lars (Logistik) finds it
/// among the open ones and avslutar it, and Anna reads the message.</summary>
public sealed class ArbetsorderWebblasareTests(KestrelApp app) : IClassFixture<KestrelApp>
{
    [Fact]
    public async Task Forskrivaren_registrerar_arbetsorder_fran_individkortet_och_logistik_avslutar_den()
    {
        string nummer;
        await using (var webblasare = await Webblasare.OppnaInloggadAsync(app.Adress, DemoData.ForskrivareHsaId))
        {
            var sida = webblasare.Sida;
            await sida.GotoAsync("/individ/1449334");
            await sida.GetByTestId("ny-arbetsorder").ClickAsync();
            await Assertions.Expect(sida.GetByLabel("Mottagare – personnummer eller kundnummer")).ToHaveValueAsync("200303030308");
            await sida.GetByLabel("Typ av åtgärd").SelectOptionAsync(new SelectOptionValue { Label = "Reparation" });
            await sida.GetByLabel("Utföres på plats").CheckAsync();
            await sida.GetByLabel("Felbeskrivning/Information").FillAsync("Grinden går inte att fälla ner.");
            await sida.GetByRole(AriaRole.Button, new() { Name = "Verkställ" }).ClickAsync();
            // The phone number is missing: the message says so and what was typed is kept.
            await Assertions.Expect(sida.GetByTestId("fel")).ToContainTextAsync("Ange ett telefonnummer");
            await Assertions.Expect(sida.GetByLabel("Felbeskrivning/Information")).ToHaveValueAsync("Grinden går inte att fälla ner.");
            await sida.GetByLabel("Telefon på adressen").FillAsync("046-17 00 00");
            await sida.GetByRole(AriaRole.Button, new() { Name = "Verkställ" }).ClickAsync();
            await Assertions.Expect(sida.GetByTestId("meddelande")).ToContainTextAsync("är registrerad");
            nummer = (await sida.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).Split(' ')[1];
        }

        await using (var webblasare = await Webblasare.OppnaInloggadAsync(app.Adress, DemoData.LogistikHsaId))
        {
            var sida = webblasare.Sida;
            await sida.GotoAsync("/");
            await sida.GetByRole(AriaRole.Link, new() { Name = "Arbetsorder", Exact = true }).ClickAsync();
            await sida.GetByTestId($"ao-{nummer}").GetByRole(AriaRole.Link).ClickAsync();
            await sida.GetByLabel("Utförd åtgärd").FillAsync("Grindens spärr bytt.");
            await sida.GetByRole(AriaRole.Button, new() { Name = "Avsluta arbetsorder" }).ClickAsync();
            await Assertions.Expect(sida.GetByTestId("status")).ToHaveTextAsync("Avslutad");
        }

        await using (var webblasare = await Webblasare.OppnaInloggadAsync(app.Adress, DemoData.ForskrivareHsaId))
        {
            var sida = webblasare.Sida;
            await sida.GotoAsync("/");
            await sida.GetByTestId("meddelanden-lank").ClickAsync();
            await sida.GetByTestId("meddelanden").Locator("tbody tr").Filter(new() { HasText = $"Arbetsorder {nummer} är avslutad." }).GetByRole(AriaRole.Link).ClickAsync();
            await Assertions.Expect(sida.GetByTestId("text")).ToContainTextAsync("Grindens spärr bytt.");
        }
    }
}
