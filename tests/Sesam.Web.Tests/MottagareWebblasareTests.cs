using Microsoft.Playwright;
using Sesam.Data;
using Sesam.Web.Tests.Infrastruktur;

namespace Sesam.Web.Tests;

/// <summary>Mottagare/Patient in Chromium: find the patient by personnummer and expand a device's komponenter.</summary>
public sealed class MottagareWebblasareTests(KestrelApp app) : IClassFixture<KestrelApp>
{
    [Fact]
    public async Task Hitta_patienten_och_visa_komponenterna_for_ett_hjalpmedel()
    {
        await using var webblasare = await Webblasare.OppnaInloggadAsync(app.Adress, DemoData.ForskrivareHsaId);
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
    }
}
