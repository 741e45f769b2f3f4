using Sesam.Domain.Organisation;
using Sesam.Web.Infrastructure;

namespace Sesam.Web.Features.Gemensamt;

/// <summary>
/// The main menu of the manuals. An entry without a URL is a part of Sesam not built yet: it is shown
/// greyed out, so users see where it will be, instead of a link that leads nowhere. An entry with a rule is shown
/// only to the users it lets in, so nobody is offered a page that answers 403.
/// </summary>
public static class Meny
{
    public sealed record Post(string Text, string? Url, Func<AktuellAnvandare, bool>? Visas = null);

    public static IReadOnlyList<Post> Poster { get; } =
    [
        new("Startsida", "/"),
        new("Beställning", "/bestallning"),
        new("Mottagare", "/mottagare", Patientbehorighet.KanSePatienter),
        new("Artiklar", "/artiklar"),
        new("Individ", "/individ"),
        new("Lager", "/lager"),
        new("Hämtorder", "/hamtorder", Patientbehorighet.KanSePatienter),
        new("Arbetsorder", "/arbetsorder", Patientbehorighet.KanSePatienter),
        new("Mer…", "/bestallning/sok"),
        new("Min sida", "/min-sida"),
        new("Logistik", "/logistik", a => a.Har(Roll.Logistik)),
        new("Admin", "/admin", a => a.Har(Roll.Admin)),
    ];

    public static IEnumerable<Post> For(AktuellAnvandare anvandare) => Poster.Where(p => p.Visas is null || p.Visas(anvandare));
}
