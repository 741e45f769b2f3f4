using AngleSharp;
using AngleSharp.Dom;

namespace Sesam.Web.Tests.Infrastruktur;

public static class Html
{
    public static async Task<IDocument> LasAsync(HttpResponseMessage svar)
    {
        var text = await svar.Content.ReadAsStringAsync();
        var kontext = BrowsingContext.New(Configuration.Default);
        return await kontext.OpenAsync(r => r.Content(text));
    }

    /// <summary>The antiforgery token of the first form on the page, for posting like a browser does.</summary>
    public static string Token(IDocument dokument) =>
        dokument.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value")
        ?? throw new InvalidOperationException("Sidan har ingen antiforgery-token.");
}
