using Sesam.Domain;

namespace Sesam.Web.Features.Shared;

/// <summary>
/// The main menu of the manuals. An entry without a URL is a part of Sesam not built yet: it is shown
/// greyed out, so users see where it will be, instead of a link that leads nowhere.
/// </summary>
public static class Meny
{
    public sealed record Post(string Text, string? Url, Roll? KravRoll = null);

    public static IReadOnlyList<Post> Poster { get; } =
    [
        new("Startsida", "/"),
        new("Beställning", "/bestallning"),
        new("Mottagare", "/mottagare"),
        new("Artiklar", "/artiklar"),
        new("Individ", "/individ"),
        new("Lager", "/lager"),
        new("Mer…", null),
        new("Min sida", "/min-sida"),
        new("Logistik", null, Roll.Logistik),
        new("Admin", "/admin/logg", Roll.Admin),
    ];
}
