using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Sesam.Data;

namespace Sesam.Web.Tests.Infrastruktur;

/// <summary>
/// The app on a real Kestrel port (a browser cannot reach the in-memory test server), for Playwright tests.
/// The browser logs in like the HTTP tests: every request carries the test-login header of a demo user.
/// </summary>
public sealed class KestrelApp() : SesamAppFactory(Databasleverantor.Sqlite)
{
    private string? _adress;

    /// <summary>The app's base address, starting Kestrel on a free loopback port the first time.</summary>
    public string Adress
    {
        get
        {
            if (_adress is null)
            {
                UseKestrel(0);
                StartServer();
                _adress = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            }
            return _adress;
        }
    }
}

/// <summary>
/// Headless Debian Chromium (no browser download): <c>/usr/bin/chromium --no-sandbox</c>, as the tests run as root,
/// without background traffic. Log in either by the test-login header (<see cref="InloggadAsync"/>, with
/// <see cref="KestrelApp"/>) or by a real SITHS client certificate (<see cref="MedCertifikatAsync"/>, with a
/// <see cref="KorandeApp"/> on HTTPS).
/// </summary>
public static class Webblasare
{
    public const string Chromium = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> StartaAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return (playwright, browser);
    }

    /// <summary>A fresh Chromium with one page logged in as the demo user <paramref name="hsaId"/>; disposing closes both.</summary>
    public static async Task<InloggadSida> OppnaInloggadAsync(string adress, string hsaId)
    {
        var (playwright, browser) = await StartaAsync();
        try
        {
            var kontext = await InloggadAsync(browser, adress, hsaId);
            var sida = await kontext.NewPageAsync();
            return new InloggadSida(playwright, browser, sida, await Tillganglighet.BevakaAsync(sida));
        }
        catch
        {
            await browser.DisposeAsync();
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>A browser context logged in as the demo user <paramref name="hsaId"/>.</summary>
    public static Task<IBrowserContext> InloggadAsync(IBrowser browser, string adress, string hsaId) =>
        browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = adress,
            AcceptDownloads = true,
            Locale = "sv-SE",
            ExtraHTTPHeaders = new Dictionary<string, string> { [TestInloggning.HsaIdHuvud] = hsaId },
        });

    /// <summary>A browser context that presents the client certificate in <paramref name="pfxFil"/> (PKCS#12, empty
    /// password) to <paramref name="adress"/>, and accepts that server's test certificate.</summary>
    public static Task<IBrowserContext> MedCertifikatAsync(IBrowser browser, Uri adress, string pfxFil) =>
        browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = adress.ToString(),
            Locale = "sv-SE",
            IgnoreHTTPSErrors = true,
            ClientCertificates = [new ClientCertificate { Origin = adress.GetLeftPart(UriPartial.Authority), PfxPath = pfxFil, Passphrase = "" }],
        });
}

/// <summary>A page of its own browser, see <see cref="Webblasare.OppnaInloggadAsync"/>. Every state of the page is
/// checked by axe (<see cref="Tillganglighet"/>); disposing fails the test on any violation found.</summary>
public sealed class InloggadSida(IPlaywright playwright, IBrowser browser, IPage sida, Tillganglighet tillganglighet) : IAsyncDisposable
{
    public IPage Sida => sida;

    public Tillganglighet Tillganglighet => tillganglighet;

    public async ValueTask DisposeAsync()
    {
        try
        {
            await tillganglighet.KontrolleraAsync();
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }
}
