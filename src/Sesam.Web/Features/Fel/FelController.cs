using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Sesam.Web.Features.Fel;

/// <summary>Swedish error pages. Details of an exception go to the log under the request id, never to the page.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class FelController : Controller
{
    public sealed record Modell(int Statuskod, string Rubrik, string Text, string? RequestId);

    [Route("/fel")]
    public IActionResult Index() =>
        Visa(500, "Något gick fel", "Ett oväntat fel inträffade. Det du redan har sparat finns kvar. Försök igen, och kontakta supporten om felet kvarstår.");

    [Route("/fel/behorighet")]
    public IActionResult Behorighet() =>
        Visa(403, "Du saknar behörighet", "Du har inte behörighet till den här sidan eller uppgiften.");

    [Route("/fel/{kod:int}")]
    public IActionResult Status(int kod) => kod switch
    {
        404 => Visa(404, "Sidan finns inte", "Sidan du söker finns inte. Kontrollera adressen eller gå tillbaka till startsidan."),
        403 => Behorighet(),
        429 => Visa(429, "För många försök", "Du har försökt logga in för många gånger i rad. Vänta en minut och försök sedan igen."),
        400 => Visa(400, "Felaktig begäran", "Begäran kunde inte hanteras. Ladda om sidan och försök igen."),
        _ => Visa(kod, "Något gick fel", "Begäran kunde inte hanteras. Försök igen."),
    };

    private ViewResult Visa(int kod, string rubrik, string text)
    {
        Response.StatusCode = kod;
        return View("Index", new Modell(kod, rubrik, text, Activity.Current?.Id ?? HttpContext.TraceIdentifier));
    }
}
