namespace Sesam.Web.Features.Admin;

/// <summary>The sections under the main menu's Admin, in the order they are shown on /admin and in its sub-menu.</summary>
public static class Adminmeny
{
    public sealed record Post(string Text, string Url, string Beskrivning);

    public static IReadOnlyList<Post> Poster { get; } =
    [
        new("Loggutdrag", "/admin/logg", "Granskningsloggen enligt patientdatalagen per patient eller användare, även alla administrativa ändringar."),
    ];
}
