using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.RateLimiting;
using Sesam.Data;
using Sesam.Web.Infrastructure;

namespace Sesam.Web.Features.Fel;

/// <summary>Swedish error pages. Details of an exception go to the log under the request id, never to the page.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class FelController : Controller
{
    public sealed record Modell(int Statuskod, string Rubrik, string Text, string? RequestId);

    [Route("/fel")]
    public IActionResult Index() =>
        Databasfel.ArOnadbar(HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error)
            ? Visa(503, "Databasen kan inte nås", "Sesam kan inte nå databasen just nu. Det du redan har sparat finns kvar, men det du gjorde nyss kan ha gått förlorat. Försök igen om en stund, och kontakta supporten om felet kvarstår.")
            : Visa(500, "Något gick fel", "Ett oväntat fel inträffade. Det du redan har sparat finns kvar. Försök igen, och kontakta supporten om felet kvarstår.");

    [Route("/fel/behorighet")]
    public IActionResult Behorighet() =>
        Visa(403, "Du saknar behörighet", "Du har inte behörighet till den här sidan eller uppgiften.");

    // The status is read from the route rather than bound: binding would read the failed request's form again, and
    // a form that could not be read is one reason to be here.
    [Route("/fel/{kod:int}")]
    public IActionResult Status() => int.Parse((string)RouteData.Values["kod"]!, System.Globalization.CultureInfo.InvariantCulture) switch
    {
        404 => Visa(404, "Sidan finns inte", "Sidan du söker finns inte. Kontrollera adressen eller gå tillbaka till startsidan."),
        403 => Behorighet(),
        429 when BegransadAv(Nummeruppslag.Policy) => Visa(429, "För många uppslag", "Du har slagit upp många nummer på kort tid. Vänta en minut och försök sedan igen."),
        429 => Visa(429, "För många försök", "Du har försökt logga in för många gånger i rad. Vänta en minut och försök sedan igen."),
        400 => Visa(400, "Felaktig begäran", "Begäran kunde inte hanteras. Ladda om sidan och försök igen."),
        413 => Visa(413, "För stor begäran", "Det du skickade är större än Sesam tar emot. Inget har sparats."),
        var kod => Visa(kod, "Något gick fel", "Begäran kunde inte hanteras. Försök igen."),
    };

    /// <summary>Whether the request this page is shown for was refused by the rate limit <paramref name="policy"/>.</summary>
    private bool BegransadAv(string policy) =>
        HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.Endpoint?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == policy;

    private ViewResult Visa(int kod, string rubrik, string text) => Sida(HttpContext, kod, rubrik, text);

    /// <summary>The error page as a result, for filters that refuse a request before its action runs.</summary>
    public static ViewResult Sida(HttpContext http, int kod, string rubrik, string text) => new()
    {
        ViewName = "/Features/Fel/Index.cshtml",
        StatusCode = kod,
        ViewData = new ViewDataDictionary<Modell>(http.RequestServices.GetRequiredService<IModelMetadataProvider>(), new ModelStateDictionary())
        {
            Model = new Modell(kod, rubrik, text, Activity.Current?.Id ?? http.TraceIdentifier),
        },
    };
}
