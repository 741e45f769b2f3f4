using Microsoft.Playwright;
using Sesam.Data;
using Sesam.Web.Tests.Infrastruktur;

namespace Sesam.Web.Tests;

/// <summary>Chromium logs in with a SITHS client certificate over real TLS, sees the start page, and logs out.</summary>
public sealed class SithsWebblasareTests(SithsTlsMiljo miljo) : IClassFixture<SithsTlsMiljo>
{
    [Fact]
    public async Task Chromium_loggar_in_med_certifikat_och_avslutar()
    {
        var katalog = Directory.CreateTempSubdirectory("sesam-pw-").FullName;
        try
        {
            using var certifikat = miljo.Ca.Klient(DemoData.LogistikHsaId, "Lars Lindqvist");
            var pfx = TestCertifikat.SparaPfx(certifikat, Path.Combine(katalog, $"{DemoData.LogistikHsaId}.p12"));
            var (playwright, browser) = await Webblasare.StartaAsync();
            using var _ = playwright;
            await using var __ = browser;
            var kontext = await Webblasare.MedCertifikatAsync(browser, miljo.App.Adress, pfx);
            var sida = await kontext.NewPageAsync();
            var tillganglighet = await Tillganglighet.BevakaAsync(sida);

            await sida.GotoAsync("/");

            await Assertions.Expect(sida.GetByTestId("anvandarnamn")).ToHaveTextAsync("Lars Lindqvist");
            await Assertions.Expect(sida.GetByRole(AriaRole.Heading, new() { Name = "Välkommen, Lars Lindqvist" })).ToBeVisibleAsync();
            await sida.GetByRole(AriaRole.Button, new() { Name = "Avsluta" }).ClickAsync();
            await Assertions.Expect(sida.GetByRole(AriaRole.Heading, new() { Name = "Du är utloggad" })).ToBeVisibleAsync();
            Assert.DoesNotContain(await kontext.CookiesAsync(), c => c.Name == "sesam");
            await tillganglighet.KontrolleraAsync();
        }
        finally
        {
            Directory.Delete(katalog, recursive: true);
        }
    }
}
