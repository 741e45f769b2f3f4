using Microsoft.AspNetCore.Mvc;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;
using static Sesam.Web.Features.Mottagare.Mottagarbild;

namespace Sesam.Web.Features.Mottagare;

using Sesam.Domain.Returer;

/// <summary>
/// "Registrera/skapa → Retur": devices the mottagare hands back at the unit go into the tjänsteställe's own förråd at
/// once ("Retur till lager"), or are scrapped ("Skrota") when they cannot be used again. A huvudhjälpmedel owned by
/// Hjälpmedel is shown but cannot be chosen: it goes back with a hämtorder. Devices on an open hämtorder are left out.
/// <see cref="Returnera"/> carries it out.
/// </summary>
public sealed class NyRetur(AktuellAnvandare aktuell, Pdl pdl, Hjalpmedelsfragan fragan) : IAnvandningsfall
{
    public sealed class Formular
    {
        /// <summary>The mottagare, from the route.</summary>
        public int Id { get; set; }
        /// <summary>The tjänsteställe the page was shown for: its förråd is where the devices go.</summary>
        public int? Tjanstestalle { get; set; }
        public int[] Individ { get; set; } = [];
        public int[] Rad { get; set; } = [];
        public int[] SkrotaIndivid { get; set; } = [];
        public int[] SkrotaRad { get; set; } = [];
    }

    /// <summary>A device the mottagare holds, whether a retur may take it, and the individmärkta komponenter that follow it.</summary>
    public sealed record Returbart(Hjalpmedel Hjalpmedel, bool KanReturneras, IReadOnlyList<string> FoljerMed);

    public sealed record Modell(
        Huvud Mottagare, int TjanstestalleId, string Tjanstestalle, string? Lager, IReadOnlyList<Returbart> Hjalpmedel, int PaOppenHamtorder,
        IReadOnlyList<OppenHamtorder> OppnaHamtordrar, Formular Formular, IReadOnlyDictionary<string, string> Fel);

    public async Task<IActionResult> VisaAsync(Controller controller, int id, CancellationToken ct)
    {
        var huvud = await fragan.HuvudAsync(id, ct);
        if (huvud is null)
        {
            return controller.NotFound();
        }
        await pdl.LoggaAsync("Läsning", "Retur: mottagarens hjälpmedel visade för val.", id, ct);
        return controller.View("Retur", await ModellAsync(huvud, new Formular(), new Dictionary<string, string>(), ct));
    }

    /// <summary>The page again with the messages <paramref name="fel"/> (by field) and what the user ticked.</summary>
    /// <remarks>The status code is the command pipeline's (422 for a broken rule, 409 for a concurrent change).</remarks>
    public async Task<IActionResult> VisaMedFelAsync(Controller controller, Formular formular, IReadOnlyDictionary<string, string> fel, CancellationToken ct) =>
        controller.View("Retur", await ModellAsync((await fragan.HuvudAsync(formular.Id, ct))!, formular, fel, ct));

    private async Task<Modell> ModellAsync(Huvud huvud, Formular formular, IReadOnlyDictionary<string, string> fel, CancellationToken ct)
    {
        var tjanstestalle = await aktuell.TjanstestalleAsync(ct);
        var (hamtas, alla) = await fragan.HjalpmedelAsync(huvud.Id, Filter.Inget, ct);
        var foljerMed = await fragan.FoljerMedAsync(huvud.Id, alla, hamtas, ct);
        var returbara = alla.Where(h => !h.PaHamtorder)
            .Select(h => new Returbart(h, Retur.KanReturneras(h.Artikeltyp, h.Agare), h.IndividId is { } i ? foljerMed[i].ToList() : []))
            .ToList();
        formular.Tjanstestalle ??= tjanstestalle.Id;
        return new Modell(huvud, tjanstestalle.Id, tjanstestalle.Visningsnamn, tjanstestalle.Forrad?.Visningsnamn, returbara, alla.Count(h => h.PaHamtorder),
            hamtas.Hamtordrar, formular, fel);
    }
}
