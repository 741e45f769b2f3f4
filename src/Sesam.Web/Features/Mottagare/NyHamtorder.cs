using Microsoft.AspNetCore.Mvc;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;
using static Sesam.Web.Features.Mottagare.Mottagarbild;

namespace Sesam.Web.Features.Mottagare;

using Sesam.Domain.Gemensamt;
using Sesam.Domain.Hamtordrar;

/// <summary>
/// "Registrera/skapa → Hämtorder": devices the mottagare no longer uses go back to Hjälpmedel. One page instead of the
/// original's four steps: hämtorderorsak, the devices (those already on an open hämtorder are left out), hämtadress,
/// contact and önskad åtgärd. <see cref="SkapaHamtorder"/> creates it.
/// </summary>
public sealed class NyHamtorder(AktuellAnvandare aktuell, Pdl pdl, Hjalpmedelsfragan fragan) : IAnvandningsfall
{
    public sealed class Formular
    {
        /// <summary>The mottagare, from the route.</summary>
        public int Id { get; set; }
        public Hamtplats? Hamtplats { get; set; }
        public Adresskalla? Adresskalla { get; set; }
        public string? CareOf { get; set; }
        public string? Gatuadress { get; set; }
        public string? Postnummer { get; set; }
        public string? Postort { get; set; }
        public string? Portkod { get; set; }
        public string? Instruktioner { get; set; }
        public string? Kontaktperson { get; set; }
        public string? Telefon { get; set; }
        public string? Mobiltelefon { get; set; }
        public string? Kontakttelefon { get; set; }
        /// <summary>The tjänsteställe the page was shown for: a switch in another tab must not move the hämtorder silently.</summary>
        public int? Tjanstestalle { get; set; }
        public Hamtorderatgard? Atgard { get; set; }
        public string? Kommentar { get; set; }
        public int[] Individ { get; set; } = [];
        public int[] Rad { get; set; } = [];
    }

    /// <summary>A device that can go on the hämtorder, with the individmärkta komponenter that follow it.</summary>
    public sealed record Hamtbart(Hjalpmedel Hjalpmedel, IReadOnlyList<string> FoljerMed);

    public sealed record Modell(
        Huvud Mottagare, int TjanstestalleId, string Tjanstestalle, Adress TjanstestalletsAdress, IReadOnlyList<Hamtbart> Hjalpmedel, int PaOppenHamtorder,
        IReadOnlyList<OppenHamtorder> OppnaHamtordrar, Formular Formular, IReadOnlyDictionary<string, string> Fel);

    public async Task<IActionResult> VisaAsync(Controller controller, int id, CancellationToken ct)
    {
        var huvud = await fragan.HuvudAsync(id, ct);
        if (huvud is null)
        {
            return controller.NotFound();
        }
        var anvandare = await aktuell.HamtaAsync(ct);
        var tjanstestalle = await aktuell.TjanstestalleAsync(ct);
        var formular = new Formular { Kontaktperson = anvandare.Namn, Kontakttelefon = anvandare.Telefon ?? tjanstestalle.Telefon };
        await pdl.LoggaAsync("Läsning", "Hämtorder: mottagarens hjälpmedel visade för val.", id, ct);
        return controller.View("Hamtorder", await ModellAsync(huvud, formular, new Dictionary<string, string>(), ct));
    }

    /// <summary>The page again with the messages <paramref name="fel"/> (by field) and everything the user entered.</summary>
    /// <remarks>The status code is the command pipeline's (422 for a broken rule, 409 for a concurrent change).</remarks>
    public async Task<IActionResult> VisaMedFelAsync(Controller controller, Formular formular, IReadOnlyDictionary<string, string> fel, CancellationToken ct) =>
        controller.View("Hamtorder", await ModellAsync((await fragan.HuvudAsync(formular.Id, ct))!, formular, fel, ct));

    private async Task<Modell> ModellAsync(Huvud huvud, Formular formular, IReadOnlyDictionary<string, string> fel, CancellationToken ct)
    {
        var tjanstestalle = await aktuell.TjanstestalleAsync(ct);
        var (hamtas, alla) = await fragan.HjalpmedelAsync(huvud.Id, Filter.Inget, ct);
        var foljerMed = await fragan.FoljerMedAsync(huvud.Id, alla, hamtas, ct);
        var hamtbara = alla.Where(h => !h.PaHamtorder)
            .Select(h => new Hamtbart(h, h.IndividId is { } i ? foljerMed[i].ToList() : []))
            .ToList();
        formular.Tjanstestalle ??= tjanstestalle.Id;
        return new Modell(huvud, tjanstestalle.Id, tjanstestalle.Visningsnamn, tjanstestalle.Adress, hamtbara, alla.Count(h => h.PaHamtorder),
            hamtas.Hamtordrar, formular, fel);
    }
}
