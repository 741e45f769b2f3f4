namespace Sesam.Web.Features.Gemensamt;

/// <summary>Switches a page can set in ViewData for the shared layout.</summary>
public static class Sidlayout
{
    /// <summary>True leaves out the user's name, tjänsteställe, messages and menu, which are read from the database.</summary>
    public const string UtanSidhuvud = "Sesam.UtanSidhuvud";
}
