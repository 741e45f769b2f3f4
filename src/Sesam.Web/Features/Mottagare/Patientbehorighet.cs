using Sesam.Domain;
using Sesam.Web.Infrastructure;

namespace Sesam.Web.Features.Mottagarvy;

/// <summary>
/// Who may see patient data. Patients are region-wide, as in webSesam: anyone who prescribes, orders or delivers
/// may look up any patient, and every read is PDL-logged. A user who is only Admin manages the system and has no
/// care relation to patients, so sees none.
/// </summary>
public static class Patientbehorighet
{
    public static bool KanSePatienter(AktuellAnvandare anvandare) =>
        anvandare.Har(Roll.Forskrivare) || anvandare.Har(Roll.Bestallare) || anvandare.Har(Roll.Logistik);
}

/// <summary>
/// Skyddad identitet: the address and phone number of a protected patient are never shown or printed.
/// One place for the rule, so that the shared presentation can replace it without touching the screens.
/// </summary>
public static class SkyddadIdentitet
{
    public const string Dold = "Skyddad identitet – uppgiften visas inte";

    public static string Visa(bool skyddad, string? varde) => skyddad ? Dold : string.IsNullOrEmpty(varde) ? "–" : varde;
}
