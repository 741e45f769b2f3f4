using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Features.Gemensamt;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Behorighet;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Individ;

using Sesam.Domain.Bestallningar;
using Sesam.Domain.Individer;
using Sesam.Domain.Mottagare;
using Sesam.Domain.Organisation;

/// <summary>
/// The individkort, shown to anyone: a device label must be traceable from any unit. The forms that change it are
/// offered to those the <see cref="Policy.Forradsobjekt"/> policy lets change it; the order that delivered it is shown
/// only to those who may see that order; who holds a delivered individ only to users who may see patients, and that
/// read is PDL-logged.
/// </summary>
public sealed class Individkort(SesamDbContext db, AktuellAnvandare aktuell, Pdl pdl, IAuthorizationService behorighet) : IAnvandningsfall
{
    public sealed record Komponent(string Artikelnummer, string Benamning, int Antal, string? Individnummer);

    /// <param name="UtfordAv">The user's name; the HSA-ID only for one no user account has (e.g. an import).</param>
    public sealed record Handelse(DateTime Tidpunkt, string Typ, string Beskrivning, string? UtfordAv);

    public sealed record Mottagarinfo(int Id, string Namn, Mottagartyp Typ, bool Skyddad);

    public sealed record Orderinfo(int BestallningId, string? Ordernummer, DateTime? Skickad, Orderstatus Status, Radstatus Radstatus, string Forskrivare, string Tjanstestalle);

    /// <summary>What the card's forms show: the individ's values, or what the user typed in a refused change.</summary>
    public sealed record Formular(string? Placering = null, string? NyttIndividnummer = null, bool Bekraftat = false, string? Textinformation = null,
        RegistreraAktivitet.Aktivitetsformular? Aktivitet = null);

    public sealed record Aktivitetsrad(DateOnly Datum, Aktivitetstyp Typ, string? Beskrivning, string UtfordAv);

    public sealed record Kortmodell(
        Individ Individ,
        string Flik,
        bool KanAndra,
        string? EjLeveransbar,
        bool KanSeMottagare,
        Mottagarinfo? Mottagare,
        Orderinfo? Order,
        IReadOnlyList<Komponent> Komponenter,
        IReadOnlyList<Handelse> Historik,
        IReadOnlyList<string> TidigareNummer,
        Formular Formular,
        IReadOnlyDictionary<string, string> Fel,
        string? Meddelande,
        int KomponenterPaVag,
        IReadOnlyList<Aktivitetsrad> Aktiviteter,
        bool KanRegistreraAktivitet);

    /// <summary>The card; an earlier individnummer leads to the individ that has it now.</summary>
    public async Task<IActionResult> KorAsync(Controller controller, string nummer, string? flik, CancellationToken ct)
    {
        var individ = await LasAsync(nummer, ct);
        if (individ is null)
        {
            var nuvarande = await db.Individer.AsNoTracking()
                .Where(i => i.Historik.Any(h => h.TidigareIndividnummer == nummer))
                .Select(i => i.Individnummer)
                .FirstOrDefaultAsync(ct);
            return nuvarande is null ? controller.NotFound() : controller.Redirect($"/individ/{Uri.EscapeDataString(nuvarande)}");
        }
        return await VisaAsync(controller, individ, flik, new Formular(individ.Placering, Textinformation: individ.Textinformation), new Dictionary<string, string>(), ct);
    }

    /// <summary>The card again after a refused change: the individ as it is now, the form as typed, and why.</summary>
    public async Task<IActionResult> VisaIgenAsync(Controller controller, string nummer, string flik, Formular formular, IReadOnlyDictionary<string, string> fel, CancellationToken ct)
    {
        var individ = await LasAsync(nummer, ct) ?? throw new InvalidOperationException("Individen som just skulle ändras går inte att läsa.");
        return await VisaAsync(controller, individ, flik, formular, fel, ct);
    }

    private Task<Individ?> LasAsync(string nummer, CancellationToken ct) =>
        db.Individer.AsNoTracking().Include(i => i.Artikel).ThenInclude(a => a.Leverantor).Include(i => i.Lager)
            .SingleOrDefaultAsync(i => i.Individnummer == nummer, ct);

    private async Task<IActionResult> VisaAsync(Controller controller, Individ individ, string? flik, Formular formular, IReadOnlyDictionary<string, string> fel, CancellationToken ct)
    {
        var visadFlik = flik is "komponenter" or "aktiviteter" or "textinformation" or "aktuellstatus" ? flik : "individinformation";
        var kanSeMottagare = Patientbehorighet.KanSePatienter(aktuell);
        Mottagarinfo? mottagare = null;
        if (individ.MottagareId is { } mottagareId && kanSeMottagare)
        {
            mottagare = await db.Mottagare.AsNoTracking().Where(m => m.Id == mottagareId)
                .Select(m => new Mottagarinfo(m.Id, m.Namn, m.Typ, m.SkyddadIdentitet))
                .SingleAsync(ct);
            if (mottagare.Typ == Mottagartyp.Patient)
            {
                await pdl.LoggaAsync("Läsning", $"Individkort {individ.Individnummer}: aktuell mottagare visad.", mottagareId, ct);
            }
        }
        var order = await aktuell.Avgransa(db.Orderrader.AsNoTracking(), r => r.Bestallning.TjanstestalleId)
            .Where(r => r.IndividId == individ.Id && r.Bestallning.Status != Orderstatus.Pagaende)
            .OrderByDescending(r => r.Bestallning.Skickad)
            .Select(r => new Orderinfo(r.BestallningId, r.Bestallning.Ordernummer, r.Bestallning.Skickad, r.Bestallning.Status, r.Status,
                r.Bestallning.Forskrivare.Fornamn + " " + r.Bestallning.Forskrivare.Efternamn, r.Bestallning.Tjanstestalle.Namn))
            .FirstOrDefaultAsync(ct);
        var komponenter = await db.Set<IndividKomponent>().AsNoTracking()
            .Where(k => k.IndividId == individ.Id)
            .OrderBy(k => k.Artikel.Artikelnummer)
            .Select(k => new Komponent(k.Artikel.Artikelnummer, k.Artikel.Benamning, k.Antal, k.KomponentIndivid != null ? k.KomponentIndivid.Individnummer : null))
            .ToListAsync(ct);
        var historik = await db.Set<IndividHandelse>().AsNoTracking()
            .Where(h => h.IndividId == individ.Id)
            .OrderByDescending(h => h.Tidpunkt).ThenByDescending(h => h.Id)
            // Users are never deleted, only made inactive, so the name is found for every event a user did.
            .Select(h => new Handelse(h.Tidpunkt, h.Typ, h.Beskrivning,
                db.Anvandare.Where(a => a.HsaId == h.HsaId).Select(a => a.Fornamn + " " + a.Efternamn).FirstOrDefault() ?? h.HsaId))
            .ToListAsync(ct);
        var tidigare = await db.Set<IndividHandelse>().AsNoTracking()
            .Where(h => h.IndividId == individ.Id && h.TidigareIndividnummer != null)
            .OrderBy(h => h.Tidpunkt)
            .Select(h => h.TidigareIndividnummer!)
            .ToListAsync(ct);
        if (fel.Count > 0 && controller.Response.StatusCode < StatusCodes.Status400BadRequest)
        {
            controller.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        // Komplettera levererad individ: components ordered for it and not yet delivered.
        var paVag = individ.Status == Individstatus.Levererad
            ? await aktuell.OrderraderPaVag().CountAsync(r => r.KompletterarIndividId == individ.Id, ct)
            : 0;
        var aktiviteter = await db.Set<Aktivitet>().AsNoTracking()
            .Where(a => a.IndividId == individ.Id)
            .OrderByDescending(a => a.Datum).ThenByDescending(a => a.Id)
            .Select(a => new Aktivitetsrad(a.Datum, a.Typ, a.Beskrivning, a.UtfordAvNamn))
            .ToListAsync(ct);
        var kanAndra = (await behorighet.AuthorizeAsync(controller.User, new Forradsresurs(individ.LagerId), Policy.Forradsobjekt)).Succeeded;
        return controller.View("Kort", new Kortmodell(
            individ, visadFlik, kanAndra, individ.VarforEjLeveransbar(await aktuell.AktivtForradAsync(ct)), kanSeMottagare, mottagare, order,
            komponenter, historik, tidigare, formular, fel, controller.TempData["Meddelande"] as string, paVag, aktiviteter, aktuell.Har(Roll.Logistik)));
    }
}
