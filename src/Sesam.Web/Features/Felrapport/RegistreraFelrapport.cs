using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Features.Gemensamt;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Felrapport;

using Sesam.Domain.Arbetsordrar;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Individer;
using Sesam.Domain.Katalog;

/// <summary>
/// "Registrera felrapport" for the active tjänsteställe: what it concerns (mottagare, artikel, individ, and the order,
/// hämtorder or arbetsorder it came from) must exist and be the unit's; the felrapport's own rules are its
/// constructor's.
/// </summary>
public sealed class RegistreraFelrapport(SesamDbContext db, AktuellAnvandare aktuell, TimeProvider klocka, NyFelrapport ny)
    : Skapakommando<RegistreraFelrapport.Formular, Felrapport>
{
    public sealed class Formular
    {
        public Felrapportkategori? Kategori { get; set; }
        public string? Handelsetyp { get; set; }
        public string? Datum { get; set; }
        public string? Tid { get; set; }
        public string? Beskrivning { get; set; }
        public string? Kommentar { get; set; }
        public bool? Ersattningsvara { get; set; }
        public bool? Kreditering { get; set; }
        /// <summary>Personnummer of a patient or kundnummer of a vårdenhet.</summary>
        public string? Mottagare { get; set; }
        public string? Artikelnummer { get; set; }
        public string? Individnummer { get; set; }
        public int? BestallningId { get; set; }
        public string? Hamtordernummer { get; set; }
        public string? Arbetsordernummer { get; set; }

        /// <summary>When the event happened or was found, in Swedish time; null when the date or time cannot be read.</summary>
        public (DateOnly Datum, TimeOnly Tid)? Handelsetid() =>
            DateOnly.TryParseExact(Datum?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum)
            && TimeOnly.TryParseExact(Tid?.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var tid)
                ? (datum, tid)
                : null;
    }

    public sealed class Validator : AbstractValidator<Formular>
    {
        public Validator() =>
            RuleFor(f => f.Handelsetid()).NotNull().OverridePropertyName(nameof(Formular.Datum))
                .WithMessage("Ange när händelsen inträffade eller upptäcktes: datum (ÅÅÅÅ-MM-DD) och tid (TT:MM).");
    }

    public override string Objektnamn => "Felrapporten";

    public override async Task<Felrapport> SkapaAsync(Formular formular, CancellationToken ct)
    {
        var anvandare = await aktuell.HamtaAsync(ct);
        var tjanstestalle = anvandare.Tjanstestallen.Select(t => t.Tjanstestalle).Single(t => t.Id == aktuell.TjanstestalleId);
        var nu = klocka.GetUtcNow().UtcDateTime;
        var (datum, tid) = formular.Handelsetid() ?? throw new InvalidOperationException("Validatorn släppte igenom en oläslig tidpunkt.");
        var koppling = await KopplingAsync(formular, ct);
        var felrapport = new Felrapport(tjanstestalle, anvandare,
            new Felrapportuppgifter(formular.Kategori ?? 0, formular.Handelsetyp, Svensktid.TillUtc(datum, tid), formular.Beskrivning, formular.Kommentar,
                formular.Ersattningsvara, formular.Kreditering),
            koppling, nu);
        felrapport.Numrera(await Ordernummergenerator.NastaAsync(db, Svensktid.Datum(nu), ct));
        db.Felrapporter.Add(felrapport);
        return felrapport;
    }

    public override Pdlpost Pdl(Felrapport felrapport, Formular formular) =>
        new("Ändring", $"Felrapport {felrapport.Felrapportnummer} registrerad.", felrapport.MottagareId);

    public override IActionResult Klart(Controller controller, Felrapport felrapport, Formular formular)
    {
        controller.TempData["Meddelande"] = $"Felrapport {felrapport.Felrapportnummer} är skickad till Hjälpmedelscentralen.";
        return controller.Redirect($"/felrapport/{felrapport.Felrapportnummer}");
    }

    public override async Task<IActionResult> VisaFormularAsync(Controller controller, Formular formular, string fel, CancellationToken ct) =>
        controller.View("Ny", await ny.ModellAsync(formular, fel, ct));

    /// <summary>What the felrapport concerns: each given item must exist and be visible to the user's tjänsteställe.</summary>
    private async Task<Felrapportkoppling> KopplingAsync(Formular formular, CancellationToken ct)
    {
        var mottagare = await Mottagaruppslag.HittaAsync(db, formular.Mottagare, Svensktid.Idag(klocka.GetUtcNow()), ct);
        Artikel? artikel = null;
        if (!string.IsNullOrWhiteSpace(formular.Artikelnummer))
        {
            artikel = await db.Artiklar.SingleOrDefaultAsync(a => a.Artikelnummer == formular.Artikelnummer.Trim(), ct)
                ?? throw new DomainException($"Det finns ingen artikel {formular.Artikelnummer.Trim()}.");
        }
        Individ? individ = null;
        if (!string.IsNullOrWhiteSpace(formular.Individnummer))
        {
            individ = await db.Individer.Include(i => i.Artikel).SingleOrDefaultAsync(i => i.Individnummer == formular.Individnummer.Trim(), ct)
                ?? throw new DomainException($"Det finns ingen individ {formular.Individnummer.Trim()}.");
            if (mottagare is not null && individ.MottagareId is { } hos && hos != mottagare.Id)
            {
                throw new DomainException($"Individ {individ.Individnummer} är inte levererad till den angivna mottagaren.");
            }
        }
        var bestallning = formular.BestallningId is { } bestallningId
            ? await aktuell.Avgransa(db.Bestallningar, b => b.TjanstestalleId).SingleOrDefaultAsync(b => b.Id == bestallningId && b.Status != Orderstatus.Pagaende, ct)
                ?? throw new DomainException("Beställningen finns inte för tjänstestället du arbetar i.")
            : null;
        var hamtorder = string.IsNullOrWhiteSpace(formular.Hamtordernummer)
            ? null
            : await aktuell.Avgransa(db.Hamtordrar, h => h.TjanstestalleId).SingleOrDefaultAsync(h => h.Hamtordernummer == formular.Hamtordernummer, ct)
                ?? throw new DomainException($"Hämtorder {formular.Hamtordernummer} finns inte för tjänstestället du arbetar i.");
        var arbetsorder = string.IsNullOrWhiteSpace(formular.Arbetsordernummer)
            ? null
            : await aktuell.Avgransa(db.Arbetsordrar, a => a.TjanstestalleId).SingleOrDefaultAsync(a => a.Arbetsordernummer == formular.Arbetsordernummer, ct)
                ?? throw new DomainException($"Arbetsorder {formular.Arbetsordernummer} finns inte för tjänstestället du arbetar i.");
        // What the context brings: the mottagare of the order, the hämtorder or the arbetsorder, the arbetsorder's artikel.
        var kontextensMottagare = bestallning?.MottagareId ?? hamtorder?.MottagareId ?? arbetsorder?.MottagareId ?? individ?.MottagareId;
        mottagare ??= kontextensMottagare is { } mottagareId ? await db.Mottagare.SingleAsync(m => m.Id == mottagareId, ct) : null;
        artikel ??= arbetsorder is not null ? await db.Artiklar.SingleAsync(a => a.Id == arbetsorder.ArtikelId, ct) : null;
        return new Felrapportkoppling(mottagare, artikel, individ, bestallning, hamtorder, arbetsorder);
    }
}
