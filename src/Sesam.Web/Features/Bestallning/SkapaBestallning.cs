using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain.Gemensamt;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Bestallning;

using Sesam.Domain.Bestallningar;
using Sesam.Domain.Mottagare;
using Sesam.Domain.Organisation;

/// <summary>
/// "Skapa ny beställning": the cart, a pågående beställning for the patient in the chosen förskrivare's name. Started
/// from the individkort ("Förskriva individ från eget förråd", <see cref="Formular.Individnummer"/> from the route), the
/// individ is the cart's first row. An order for another of the user's tjänsteställen makes that one the active
/// tjänsteställe: the user works in one at a time, and the cart's förråd and the sent order are that unit's.
/// </summary>
public sealed class SkapaBestallning(SesamDbContext db, AktuellAnvandare aktuell, TimeProvider klocka, Bestallningsstart start)
    : Skapakommando<SkapaBestallning.Formular, Bestallning>
{
    /// <param name="Artikel">From the artikel page's "Beställ": the artikel to offer in the new cart.</param>
    /// <param name="Individnummer">From the route of "Förskriva individ från eget förråd".</param>
    public sealed record Formular(string? Personnummer, int? ForskrivareId, int? TjanstestalleId, string? Artikel, string? Individnummer);

    public sealed class Validator : AbstractValidator<Formular>
    {
        public Validator(SesamDbContext db, AktuellAnvandare aktuell, TimeProvider klocka)
        {
            RuleFor(f => f.Personnummer).CustomAsync(async (text, kontext, ct) =>
            {
                if (!Personnummer.TryParse(text, Svensktid.Idag(klocka.GetUtcNow()), out var personnummer, out var fel))
                {
                    kontext.AddFailure(fel);
                }
                else if (!await db.Mottagare.AnyAsync(m => m.Personnummer == personnummer, ct))
                {
                    kontext.AddFailure("Det finns ingen patient med det personnumret i Sesam.");
                }
            });
            RuleFor(f => f.ForskrivareId).CustomAsync(async (id, kontext, ct) =>
            {
                var anvandare = await aktuell.HamtaAsync(ct);
                if (Forskrivare(anvandare, id) is null)
                {
                    kontext.AddFailure(anvandare.Har(Roll.Forskrivare)
                        ? "Välj förskrivare."
                        : "Som beställare registrerar du beställningen i namnet på en förskrivare som är kopplad till dig. Välj förskrivare.");
                }
            });
            RuleFor(f => f.TjanstestalleId).MustAsync(async (id, ct) => Tjanstestalle(await aktuell.HamtaAsync(ct), id) is not null)
                .WithMessage("Välj ett av dina tjänsteställen.");
        }
    }

    public override async Task<Bestallning> SkapaAsync(Formular formular, CancellationToken ct)
    {
        var idag = Svensktid.Idag(klocka.GetUtcNow());
        var anvandare = await aktuell.HamtaAsync(ct);
        var personnummer = Personnummer.Parse(formular.Personnummer, idag);
        var mottagare = await db.Mottagare.SingleAsync(m => m.Personnummer == personnummer, ct);
        var bestallning = Bestallning.NyForskrivning(mottagare, Forskrivare(anvandare, formular.ForskrivareId)!, anvandare,
            Tjanstestalle(anvandare, formular.TjanstestalleId)!, klocka.GetUtcNow().UtcDateTime);
        if (formular.Individnummer is { } individnummer)
        {
            var individ = await db.Individer.Include(i => i.Artikel).ThenInclude(a => a.Priser).Include(i => i.Lager)
                .SingleOrDefaultAsync(i => i.Individnummer == individnummer, ct)
                ?? throw new DomainException($"Det finns ingen individ {individnummer}.");
            if (individ.VarforEjLeveransbar(await aktuell.AktivtForradAsync(ct)) is { } hinder)
            {
                throw new DomainException(hinder);
            }
            if (bestallning.Tjanstestalle.ForradId != individ.LagerId)
            {
                throw new DomainException($"Individen finns i förrådet för {(await aktuell.TjanstestalleAsync(ct)).Visningsnamn}. Välj det tjänstestället.");
            }
            var rad = bestallning.LaggTillRad(individ.Artikel, 1, Leveranskalla.EgetForrad, individ.Lager!, individ.Agare, individ.Artikel.PrisVid(individ.Agare, idag));
            rad.AngeIndivid(individ);
        }
        db.Bestallningar.Add(bestallning);
        // The user now works in the order's tjänsteställe, which the PDL entry written after the save names.
        await aktuell.ArbetaIAsync(bestallning.TjanstestalleId, ct);
        return bestallning;
    }

    public override string Objektnamn => "Beställningen";

    public override Pdlpost Pdl(Bestallning bestallning, Formular formular) =>
        new("Beställning skapad", formular.Individnummer is { } individnummer
            ? $"Patient vald som mottagare; pågående beställning {bestallning.Id} skapad för individ {individnummer}."
            : $"Patient vald som mottagare; pågående beställning {bestallning.Id} skapad.", bestallning.MottagareId);

    public override IActionResult Klart(Controller controller, Bestallning bestallning, Formular formular)
    {
        if (formular.Individnummer is not null)
        {
            return controller.Redirect($"/bestallning/{bestallning.Id}/rad/{bestallning.Rader.Single().Id}");
        }
        return controller.Redirect(string.IsNullOrWhiteSpace(formular.Artikel)
            ? $"/bestallning/{bestallning.Id}"
            : $"/bestallning/{bestallning.Id}?artikel={Uri.EscapeDataString(formular.Artikel.Trim())}");
    }

    /// <summary>The start page again; a broken domain rule is shown beside the individ, or else beside the förskrivare.</summary>
    public override async Task<IActionResult> VisaFormularAsync(Controller controller, Formular formular, string fel, CancellationToken ct)
    {
        IndividVy? individ = null;
        if (formular.Individnummer is { } individnummer && (individ = await start.IndividAsync(individnummer, ct)) is null)
        {
            return controller.NotFound();
        }
        if (controller.ModelState.ErrorCount == 0)
        {
            controller.ModelState.AddModelError(individ is null ? nameof(Formular.ForskrivareId) : "individ", fel);
        }
        var form = new NyForm { Personnummer = formular.Personnummer, ForskrivareId = formular.ForskrivareId, TjanstestalleId = formular.TjanstestalleId, Artikel = formular.Artikel };
        return await start.VisaAsync(controller, form, individ, ct);
    }

    private static Anvandare? Forskrivare(Anvandare anvandare, int? id)
    {
        var forskrivare = anvandare.Id == id ? anvandare : anvandare.Forskrivare.Select(k => k.Forskrivare).FirstOrDefault(f => f.Id == id);
        return forskrivare is not null && anvandare.KanBestallaIForskrivarensNamn(forskrivare) ? forskrivare : null;
    }

    private static Tjanstestalle? Tjanstestalle(Anvandare anvandare, int? id) =>
        anvandare.Tjanstestallen.Select(t => t.Tjanstestalle).FirstOrDefault(t => t.Id == id);
}
