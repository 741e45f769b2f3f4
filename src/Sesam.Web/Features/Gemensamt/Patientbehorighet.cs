using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Behorighet;

namespace Sesam.Web.Features.Gemensamt;

/// <summary>
/// Whether to offer patient pages (a menu entry, a link): the routes themselves declare <see cref="Policy.SerPatienter"/>,
/// and this reads the same roles, so the offer and the access cannot drift apart.
/// </summary>
public static class Patientbehorighet
{
    public static bool KanSePatienter(AktuellAnvandare anvandare) => Policy.Patientroller.Any(anvandare.Har);
}
