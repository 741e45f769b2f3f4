using Sesam.Data;

namespace Sesam.Web.Infrastructure;

/// <summary>
/// The PDL audit log from a request: who (HSA-id) in which tjänsteställe saw or did what with which patient.
/// Call it for every read of patient data and every change. Never put personnummer or names in the text.
/// </summary>
public sealed class Pdl(Granskningslogg logg, AktuellAnvandare aktuell)
{
    public Task LoggaAsync(string handling, string beskrivning, int? mottagareId, CancellationToken ct = default) =>
        logg.SkrivAsync(aktuell.HsaId, aktuell.TjanstestalleId == 0 ? null : aktuell.TjanstestalleId, mottagareId, handling, beskrivning, ct);
}
