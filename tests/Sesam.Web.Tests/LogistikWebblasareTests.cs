using Microsoft.Playwright;
using Sesam.Data;
using Sesam.Web.Tests.Infrastruktur;

namespace Sesam.Web.Tests;

/// <summary>Logistik and the unit in Chromium: Lars picks and delivers the gåstativ Anna ordered for Tolvan, and Anna
/// finds it delivered under Mer… → Sök; Anna is told of a delivery to her förråd and kvitterar it.</summary>
public sealed class LogistikWebblasareTests(KestrelApp app) : IClassFixture<KestrelApp>
{
    [Fact]
    public async Task Logistik_plockar_och_utlevererar_och_forskrivaren_hittar_bestallningen()
    {
        string nummer;
        await using (var webblasare = await Webblasare.OppnaInloggadAsync(app.Adress, DemoData.LogistikHsaId))
        {
            var sida = webblasare.Sida;
            await sida.GotoAsync("/");
            await sida.GetByRole(AriaRole.Link, new() { Name = "Logistik", Exact = true }).ClickAsync();
            await Assertions.Expect(sida.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Inkommande beställningar");
            var forsta = sida.GetByTestId("ordrar").Locator("tbody tr").First.GetByRole(AriaRole.Link);
            nummer = await forsta.InnerTextAsync();
            await forsta.ClickAsync();
            await Assertions.Expect(sida.GetByTestId("status")).ToHaveTextAsync("Registrerad");
            await Assertions.Expect(sida.GetByTestId("rader")).ToContainTextAsync("20410");

            await sida.GetByRole(AriaRole.Button, new() { Name = "Starta plockning" }).ClickAsync();
            await Assertions.Expect(sida.GetByTestId("status")).ToHaveTextAsync("För plockning");
            await Assertions.Expect(sida.GetByTestId("plocklista")).ToBeVisibleAsync();
            await sida.GetByRole(AriaRole.Button, new() { Name = "Återrapportera plockning" }).ClickAsync();
            await Assertions.Expect(sida.GetByTestId("status")).ToHaveTextAsync("Plockad");
            await sida.GetByRole(AriaRole.Button, new() { Name = "Utleverera" }).ClickAsync();
            await Assertions.Expect(sida.GetByTestId("meddelande")).ToHaveTextAsync($"Beställning {nummer} är utlevererad på följesedel {nummer}-1.");
            await Assertions.Expect(sida.GetByRole(AriaRole.Link, new() { Name = $"Följesedel {nummer}-1" })).ToBeVisibleAsync();
        }

        await using (var webblasare = await Webblasare.OppnaInloggadAsync(app.Adress, DemoData.ForskrivareHsaId))
        {
            var sida = webblasare.Sida;
            await sida.GotoAsync("/");
            await sida.GetByRole(AriaRole.Link, new() { Name = "Mer…" }).ClickAsync();
            await sida.GetByLabel("Status").SelectOptionAsync(new SelectOptionValue { Label = "Utlevererad" });
            await sida.GetByRole(AriaRole.Button, new() { Name = "Sök", Exact = true }).ClickAsync();
            await Assertions.Expect(sida.GetByTestId($"order-{nummer}")).ToContainTextAsync("Förskrivning via Hjälpmedelsverksamheten");
            await sida.GetByTestId($"order-{nummer}").GetByRole(AriaRole.Link).ClickAsync();
            await Assertions.Expect(sida.GetByTestId("status")).ToHaveTextAsync("Utlevererad");
            await Assertions.Expect(sida.GetByTestId("rader")).ToContainTextAsync("Levererad");
        }
    }

    [Fact]
    public async Task Forskrivaren_far_meddelande_och_kvitterar_leveransen_till_forradet()
    {
        await using var webblasare = await Webblasare.OppnaInloggadAsync(app.Adress, DemoData.ForskrivareHsaId);
        var sida = webblasare.Sida;
        await sida.GotoAsync("/");
        await Assertions.Expect(sida.GetByTestId("olasta")).ToBeVisibleAsync();
        await sida.GetByTestId("meddelanden-lank").ClickAsync();
        await sida.GetByTestId("meddelanden").Locator("tbody tr").Filter(new() { HasText = "är utlevererad" }).GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(sida.GetByTestId("text")).ToContainTextAsync("Kvittera den när den har kommit");
        await sida.GetByTestId("lank").ClickAsync();

        await Assertions.Expect(sida.GetByTestId("kvittera")).ToContainTextAsync("72481");
        await sida.GetByRole(AriaRole.Button, new() { Name = "Kvittera" }).ClickAsync();
        await Assertions.Expect(sida.GetByTestId("meddelande")).ToHaveTextAsync("Leveransen är kvitterad. Artiklarna finns nu i 4711 Förråd Rehabmottagningen Lund.");
        await sida.GetByRole(AriaRole.Link, new() { Name = "Min sida" }).ClickAsync();
        await Assertions.Expect(sida.GetByTestId("att-gora")).ToContainTextAsync("Inga leveranser att kvittera");
    }
}
