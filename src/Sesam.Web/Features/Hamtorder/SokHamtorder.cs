using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Features.Gemensamt;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Hamtorder;

using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Hamtordrar;
using Sesam.Domain.Mottagare;
using Sesam.Domain.Organisation;

/// <summary>
/// "Sök hämtorder" (VGR's Dina uppgifter): hämtordrar of the tjänsteställe the user works in (Logistik every unit's),
/// by number, beställare, mottagare, kund, period and status. As the VGR manual says, a complete personnummer as
/// mottagare lists the patient's hämtordrar of every unit, and a complete hämtordernummer opens another unit's
/// hämtorder read-only (<see cref="Hamtordervy"/>). The list names no patient.
/// </summary>
public sealed class SokHamtorder(SesamDbContext db, AktuellAnvandare aktuell, Pdl pdl, TimeProvider klocka) : IAnvandningsfall
{
    /// <param name="Bestallare">Användar-id (HSA-id) of the one who registered the hämtordrar.</param>
    /// <param name="Mottagarnummer">A patient's complete personnummer or a vårdenhet's kundnummer, as typed; posted, never in an address.</param>
    /// <param name="Kund">The kundnummer of the kund of the tjänsteställe whose hämtordrar are wanted.</param>
    public sealed record Sokfilter(string? Sok, int Dagar, Hamtorderstatus? Status, bool Mina, int? Mottagare = null, string? Bestallare = null,
        string? Mottagarnummer = null, string? Kund = null)
    {
        /// <summary>"Du måste ange minst ett sökbegrepp": the period and the status only narrow a search, as Inkludera stängda in the manual.</summary>
        public bool HarSokbegrepp => !string.IsNullOrEmpty(Sok) || Mina || Mottagare is not null || Bestallare is not null || Mottagarnummer is not null
            || Kund is not null;
    }

    public sealed record Listrad(string Hamtordernummer, DateTime Registrerad, Hamtorderstatus Status, Hamtplats Hamtplats, Hamtorderatgard Atgard, int Antal, string RegistreradAv, string Tjanstestalle);

    /// <param name="Mottagare">The name of the mottagare the list is limited to, from the patient view.</param>
    /// <param name="Fel">Why the hämtordernummer cannot be searched.</param>
    /// <param name="Bestallarfel">Why the beställare cannot be searched.</param>
    /// <param name="Mottagarfel">Why the mottagare cannot be searched.</param>
    /// <param name="AllaTjanstestallen">The list holds every unit's hämtordrar of the patient whose complete personnummer was given.</param>
    /// <param name="Kundfel">Why the kund cannot be searched.</param>
    /// <param name="Sokbegreppfel">The form was sent without any search term.</param>
    public sealed record Sokmodell(Sokfilter Filter, IReadOnlyList<Listrad> Traffar, string? Fel, bool FlerTraffar = false, string? Mottagare = null,
        string? Bestallarfel = null, string? Mottagarfel = null, bool AllaTjanstestallen = false, string? Kundfel = null, string? Sokbegreppfel = null)
    {
        public bool HarFel => Fel is not null || Bestallarfel is not null || Mottagarfel is not null || Kundfel is not null || Sokbegreppfel is not null;
    }

    public const string IngetSokbegrepp = "Du måste ange minst ett sökbegrepp.";

    public const int MaxTraffar = 500;

    /// <summary>The periods of "Registrerad" in the search, in days; 0 is every hämtorder.</summary>
    public static readonly IReadOnlyList<(int Dagar, string Text)> Perioder =
        [(30, "Senaste 30 dagarna"), (90, "Senaste 3 månaderna"), (365, "Senaste året"), (0, "Alla")];

    /// <param name="inskickad">The form was sent, so it must hold a search term; a link lists the unit's hämtordrar without one.</param>
    public async Task<IActionResult> SokAsync(Controller controller, string? sok, int? dagar, Hamtorderstatus? status, bool mina, int? mottagare,
        string? bestallare, string? mottagarnummer, string? kund, bool inskickad, CancellationToken ct)
    {
        var filter = new Sokfilter(sok?.Trim(), Perioder.Any(p => p.Dagar == dagar) ? dagar!.Value : 90, status, mina, mottagare,
            Ifyllt(bestallare), Ifyllt(mottagarnummer), Ifyllt(kund));
        if (inskickad && !filter.HarSokbegrepp)
        {
            controller.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return controller.View("Index", new Sokmodell(filter, [], null, Sokbegreppfel: IngetSokbegrepp));
        }
        // "Mottagarens hämtordrar" from the patient view: by the mottagare's id, never a personnummer in the address.
        string? mottagarnamn = null;
        if (mottagare is { } mottagareId)
        {
            mottagarnamn = await db.Mottagare.Where(m => m.Id == mottagareId).Select(m => m.Namn).SingleOrDefaultAsync(ct);
            if (mottagarnamn is null)
            {
                return controller.NotFound();
            }
            await pdl.LoggaAsync("Läsning", "Mottagarens hämtordrar listade.", mottagareId, ct);
        }
        // A whole number opens the hämtorder, another unit's too: its address opens it read-only (and PDL-logged) for
        // anyone who may see patients, so the search does not deny it. The start of one (at least three digits) lists
        // those of the unit it begins, of any date.
        var borjan = filter.Sok is { Length: >= 3 } s0 && s0.All(char.IsAsciiDigit) && !Ordernummer.ArGiltigt(s0) ? s0 : null;
        if (!string.IsNullOrEmpty(filter.Sok) && borjan is null)
        {
            if (!Ordernummer.ArGiltigt(filter.Sok))
            {
                controller.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return controller.View("Index", new Sokmodell(filter, [], "Ange hämtordernumret eller början av det, minst 3 siffror."));
            }
            if (await db.Hamtordrar.AnyAsync(h => h.Hamtordernummer == filter.Sok, ct))
            {
                return controller.Redirect($"/hamtorder/{filter.Sok}");
            }
            controller.Response.StatusCode = StatusCodes.Status404NotFound;
            return controller.View("Index", new Sokmodell(filter, [], $"Det finns ingen hämtorder {filter.Sok}."));
        }
        string? bestallarfel = null;
        string? bestallarHsaId = null;
        if (filter.Bestallare is { } anvandarid)
        {
            bestallarHsaId = (await Anvandaruppslag.HittaAsync(db, anvandarid, ct))?.HsaId;
            if (bestallarHsaId is null)
            {
                bestallarfel = Anvandaruppslag.Okand(anvandarid);
            }
        }
        var (sokt, mottagarfel) = filter.Mottagarnummer is { } text ? await MottagareAsync(text, ct) : (null, null);
        // "När man anger ett komplett personnummer i mottagarfältet visas hämtordrar även för andra kunder än den kund du
        // är knuten till." A vårdenhet's kundnummer stays with the unit.
        var allaTjanstestallen = sokt is { Patient: true };
        var kundfel = filter.Kund is { } kundnummer ? await KundfelAsync(kundnummer, allaTjanstestallen, ct) : null;
        if (bestallarfel is not null || mottagarfel is not null || kundfel is not null)
        {
            controller.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return controller.View("Index", new Sokmodell(filter, [], null, Mottagare: mottagarnamn, Bestallarfel: bestallarfel, Mottagarfel: mottagarfel, Kundfel: kundfel));
        }
        var fraga = allaTjanstestallen ? db.Hamtordrar.AsNoTracking() : aktuell.Avgransa(db.Hamtordrar.AsNoTracking(), h => h.TjanstestalleId);
        if (sokt is { } m0)
        {
            fraga = fraga.Where(h => h.MottagareId == m0.Id);
            await pdl.LoggaAsync("Läsning", allaTjanstestallen
                ? "Mottagarens hämtordrar sökta med hela personnumret, alla tjänsteställen."
                : "Mottagarens hämtordrar sökta med kundnummer.", m0.Id, ct);
        }
        if (borjan is not null)
        {
            fraga = fraga.Where(h => h.Hamtordernummer.StartsWith(borjan));
        }
        else if (filter.Dagar > 0)
        {
            var fran = klocka.GetUtcNow().UtcDateTime.AddDays(-filter.Dagar);
            fraga = fraga.Where(h => h.Registrerad >= fran);
        }
        if (filter.Status is { } s)
        {
            fraga = fraga.Where(h => h.Status == s);
        }
        if (filter.Mottagare is { } m)
        {
            fraga = fraga.Where(h => h.MottagareId == m);
        }
        if (filter.Mina)
        {
            var hsaId = aktuell.HsaId;
            fraga = fraga.Where(h => h.RegistreradAvHsaId == hsaId);
        }
        if (bestallarHsaId is not null)
        {
            fraga = fraga.Where(h => h.RegistreradAvHsaId == bestallarHsaId);
        }
        if (filter.Kund is { } k)
        {
            fraga = fraga.Where(h => h.Tjanstestalle.Kund.Kundnummer == k);
        }
        var traffar = await fraga
            .OrderByDescending(h => h.Registrerad).ThenByDescending(h => h.Id)
            .Take(MaxTraffar + 1)
            .Select(h => new Listrad(h.Hamtordernummer, h.Registrerad, h.Status, h.Hamtplats, h.Atgard, h.Rader.Count(r => !r.Komponent), h.RegistreradAvNamn,
                h.Tjanstestalle.Kod + " " + h.Tjanstestalle.Namn))
            .ToListAsync(ct);
        return controller.View("Index", new Sokmodell(filter, traffar.Take(MaxTraffar).ToList(), null, traffar.Count > MaxTraffar, mottagarnamn,
            AllaTjanstestallen: allaTjanstestallen));
    }

    private static string? Ifyllt(string? falt) => string.IsNullOrWhiteSpace(falt) ? null : falt.Trim();

    /// <summary>Why the kund typed in the search cannot narrow it, or null. Logistik sees every unit's hämtordrar, so any kund.</summary>
    private async Task<string?> KundfelAsync(string kundnummer, bool allaTjanstestallen, CancellationToken ct)
    {
        if (aktuell.SerAllaTjanstestallen)
        {
            return await db.Kunder.AnyAsync(k => k.Kundnummer == kundnummer, ct) ? null : $"Det finns ingen kund med kundnummer {kundnummer}.";
        }
        var (id, aktivt) = (aktuell.Id, aktuell.TjanstestalleId);
        var egna = await db.Anvandare.AsNoTracking().Where(a => a.Id == id).SelectMany(a => a.Tjanstestallen)
            .Select(t => new EgenKund(t.Tjanstestalle.Kod + " " + t.Tjanstestalle.Namn, t.Tjanstestalle.Kund.Kundnummer, t.TjanstestalleId == aktivt))
            .ToListAsync(ct);
        return Kundsok.Hinder(kundnummer, egna, allaTjanstestallen);
    }

    /// <summary>The mottagare typed in the search: a patient by complete personnummer, or a vårdenhet by kundnummer.</summary>
    private async Task<((int Id, bool Patient)? Mottagare, string? Fel)> MottagareAsync(string text, CancellationToken ct)
    {
        var vardenhet = await db.Mottagare.AsNoTracking().Where(m => m.Typ == Mottagartyp.Vardenhet && m.Kundnummer == text)
            .Select(m => (int?)m.Id).FirstOrDefaultAsync(ct);
        if (vardenhet is { } enhet)
        {
            return ((enhet, false), null);
        }
        if (!Personnummer.TryParse(text, Svensktid.Idag(klocka.GetUtcNow()), out var pnr, out var fel))
        {
            // Shorter than any personnummer: meant as a kundnummer.
            return (null, text.Length < 10
                ? $"Det finns ingen vårdenhet med kundnummer {text}. Ange vårdenhetens kundnummer eller patientens hela personnummer (ÅÅÅÅMMDDNNNN)."
                : fel);
        }
        var patient = await db.Mottagare.AsNoTracking().Where(m => m.Personnummer == pnr).Select(m => (int?)m.Id).FirstOrDefaultAsync(ct);
        return patient is { } id ? ((id, true), null) : (null, "Det finns ingen patient med det personnumret i Sesam.");
    }
}
