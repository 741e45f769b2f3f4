using Sesam.Data;
using Sesam.Web.Tests.Infrastruktur;

namespace Sesam.Web.Tests;

/// <summary>The axe hook of the browser tests reports what it finds: rule, element and page.</summary>
public sealed class TillganglighetTests(KestrelApp app) : IClassFixture<KestrelApp>
{
    [Fact]
    public async Task En_sida_med_brister_underkanns_med_regel_element_och_sida()
    {
        var (playwright, browser) = await Webblasare.StartaAsync();
        using var _ = playwright;
        await using var __ = browser;
        var sida = await (await Webblasare.InloggadAsync(browser, app.Adress, DemoData.ForskrivareHsaId)).NewPageAsync();
        await sida.RouteAsync("**/brist", r => r.FulfillAsync(new()
        {
            ContentType = "text/html",
            Body = """<!DOCTYPE html><html lang="sv"><head><title>Brist</title></head><body><main><h1>Brist</h1><img src="/x.png" id="utan-alt"></main></body></html>""",
        }));
        var tillganglighet = await Tillganglighet.BevakaAsync(sida);

        await sida.GotoAsync("/brist");

        var fel = await Assert.ThrowsAnyAsync<Exception>(tillganglighet.KontrolleraAsync);
        Assert.Contains("/brist: image-alt", fel.Message, StringComparison.Ordinal);
        Assert.Contains("#utan-alt", fel.Message, StringComparison.Ordinal);
    }
}
