using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Sesam.Data;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Individer;
using Sesam.Web.Tests.Infrastruktur;

namespace Sesam.Web.Tests;

/// <summary>"Förskriva individ från eget förråd" with a CPAP in Chromium, ending with the ansvarsblankett PDF.</summary>
public sealed class BestallningWebblasareTests(KestrelApp app) : IClassFixture<KestrelApp>
{
    [Fact]
    public async Task Forskriva_cpap_individ_fran_eget_forrad_och_ladda_ner_ansvarsblanketten()
    {
        await using var webblasare = await Webblasare.OppnaInloggadAsync(app.Adress, DemoData.SomnForskrivareHsaId);
        var sida = webblasare.Sida;

        await sida.GotoAsync("/bestallning/individ/2100503");
        await Assertions.Expect(sida.GetByTestId("individ")).ToContainTextAsync("CPAP AirSense 10 AutoSet");
        await sida.GetByLabel("Mottagare – personnummer (12 siffror)").FillAsync(DemoData.PatientLilleSkutt);
        await sida.GetByRole(AriaRole.Button, new() { Name = "Leverera individen" }).ClickAsync();

        await Assertions.Expect(sida.GetByTestId("patientavgiftfraga")).ToBeVisibleAsync();
        await sida.GetByLabel("JA", new() { Exact = true }).CheckAsync();
        await sida.GetByRole(AriaRole.Button, new() { Name = "Fortsätt" }).ClickAsync();

        await Assertions.Expect(sida.GetByTestId("patientavgift")).ToContainTextAsync("JA");
        await sida.GetByRole(AriaRole.Link, new() { Name = "Slutför beställning" }).ClickAsync();
        await sida.GetByRole(AriaRole.Button, new() { Name = "Nästa" }).ClickAsync();
        await sida.GetByRole(AriaRole.Button, new() { Name = "Skicka beställning" }).ClickAsync();

        var ordernummer = await sida.GetByTestId("ordernummer").TextContentAsync();
        Assert.True(Ordernummer.ArGiltigt(ordernummer), ordernummer);
        await sida.GetByRole(AriaRole.Link, new() { Name = "Låneförbindelse" }).ClickAsync();
        await Assertions.Expect(sida.GetByLabel("Välj")).ToHaveValueAsync("cpap");
        var nedladdning = await sida.RunAndWaitForDownloadAsync(() => sida.GetByRole(AriaRole.Button, new() { Name = "Skapa pdf" }).ClickAsync());
        var fil = await nedladdning.PathAsync();
        var text = await PdfText.ExtraheraAsync(await File.ReadAllBytesAsync(fil));

        foreach (var forvantat in new[] { "CPAP - Ansvarsblankett", "Region Skåne", "Lille Skutt", "Cecilia Carlsson", "Sömnmottagningen Malmö",
            "40110", "2100503", ordernummer!, "Patientens/låntagarens underskrift" })
        {
            Assert.Contains(forvantat, text, StringComparison.Ordinal);
        }
        await using var db = app.Databas();
        Assert.Equal(Individstatus.Levererad, await db.Individer.Where(i => i.Individnummer == "2100503").Select(i => i.Status).SingleAsync());
    }
}
