using Sesam.Domain.Organisation;
using Sesam.Web.Infrastructure;

namespace Sesam.Web.Features.Mottagare;

/// <summary>
/// Who may see patient data. Patients are region-wide, as in webSesam: anyone who prescribes, orders or delivers
/// may look up any patient, and every read is PDL-logged. A user who is only Admin manages the system and has no
/// care relation to patients, so sees none.
/// </summary>
public static class Patientbehorighet
{
    public static bool KanSePatienter(AktuellAnvandare anvandare) =>
        anvandare.ArForskrivareEllerBestallare || anvandare.Har(Roll.Logistik);
}

