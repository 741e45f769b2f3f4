using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Bestallning;

using Sesam.Domain.Bestallningar;
using Sesam.Domain.Individer;
using Sesam.Domain.Organisation;

/// <summary>
/// "Skapa ny beställning" (step 1): the user's pågående beställningar, the form for a new one (patient, förskrivare,
/// tjänsteställe), the lagerpåfyllnad of a förråd, and, from the individkort, the individ to förskriva from eget förråd.
/// </summary>
public sealed class Bestallningsstart(SesamDbContext db, AktuellAnvandare aktuell, Pdl pdl) : IAnvandningsfall
{
    public async Task<IActionResult> VisaAsync(Controller controller, NyForm form, IndividVy? individ, CancellationToken ct)
    {
        var anvandare = await aktuell.HamtaAsync(ct);
        var pagaende = await db.Bestallningar.AsNoTracking()
            .Where(b => b.RegistreradAvId == anvandare.Id && b.Status == Orderstatus.Pagaende)
            .OrderByDescending(b => b.Skapad)
            .Select(b => new PagaendeVy(b.Id,
                b.Mottagare != null ? b.Mottagare.Namn : b.MottagandeLager != null ? "Lagerpåfyllnad till " + b.MottagandeLager.Nummer + " " + b.MottagandeLager.Namn : "",
                b.Skapad, b.Rader.Count))
            .ToListAsync(ct);
        if (pagaende.Count > 0)
        {
            await pdl.LoggaAsync("Beställning läst", $"Lista över {pagaende.Count} pågående beställningar visad.", null, ct);
        }
        var forskrivare = ForskrivarVal(anvandare);
        form.ForskrivareId ??= forskrivare.FirstOrDefault()?.Id;
        form.TjanstestalleId ??= aktuell.TjanstestalleId;
        var forrad = anvandare.Tjanstestallen.Where(t => t.Tjanstestalle.ForradId is not null)
            .Select(t => new Val(t.TjanstestalleId, $"{t.Tjanstestalle.Visningsnamn} – till {t.Tjanstestalle.Forrad!.Visningsnamn}"))
            .OrderBy(v => v.Text).ToList();
        var tjanstestallen = anvandare.Tjanstestallen.Select(t => new Val(t.TjanstestalleId, t.Tjanstestalle.Visningsnamn)).OrderBy(v => v.Text).ToList();
        return controller.View("Index", new StartModell(pagaende, form, forskrivare, tjanstestallen, individ, forrad));
    }

    /// <summary>The individ of "Förskriva individ från eget förråd" as the start page shows it, with why it cannot be
    /// chosen (null when it can); null when there is no such individ.</summary>
    public async Task<IndividVy?> IndividAsync(string individnummer, CancellationToken ct)
    {
        var individ = await db.Individer.AsNoTracking()
            .Where(i => i.Individnummer == individnummer)
            .Select(i => new { i.Individnummer, i.Artikel.Artikelnummer, i.Artikel.Benamning, i.Status, i.Lagerstatus, i.LagerId, Lager = i.Lager != null ? i.Lager.Nummer + " " + i.Lager.Namn : null })
            .SingleOrDefaultAsync(ct);
        if (individ is null)
        {
            return null;
        }
        var forrad = await aktuell.AktivtForradAsync(ct);
        string? hinder = null;
        if (individ.Status != Individstatus.PaLager)
        {
            hinder = $"Individ {individ.Individnummer} är inte på lager (status {individ.Status.Text()}) och kan inte levereras.";
        }
        else if (individ.Lagerstatus != Lagerstatus.Tillganglig)
        {
            hinder = $"Individ {individ.Individnummer} är inte tillgänglig (lagerstatus {individ.Lagerstatus.Text()}).";
        }
        else if (individ.LagerId is not { } lagerId || !forrad.Contains(lagerId))
        {
            hinder = $"Individ {individ.Individnummer} finns inte i förrådet för tjänstestället du arbetar i ({(await aktuell.TjanstestalleAsync(ct)).Visningsnamn}).";
        }
        var status = individ.Status == Individstatus.PaLager ? $"{individ.Status.Text()} – {individ.Lagerstatus.Text()}" : individ.Status.Text();
        return new IndividVy(individ.Individnummer, individ.Artikelnummer, individ.Benamning, status, individ.Lager, hinder);
    }

    /// <summary>Förskrivare: yourself; a beställare only the förskrivare linked to them.</summary>
    private static List<Val> ForskrivarVal(Anvandare anvandare)
    {
        var val = new List<Val>();
        if (anvandare.Har(Roll.Forskrivare))
        {
            val.Add(new Val(anvandare.Id, Forskrivartext(anvandare)));
        }
        val.AddRange(anvandare.Forskrivare.Where(k => anvandare.KanBestallaIForskrivarensNamn(k.Forskrivare))
            .Select(k => new Val(k.ForskrivareId, Forskrivartext(k.Forskrivare))));
        return val;
    }

    private static string Forskrivartext(Anvandare a) => a.Forskrivarkod is null ? a.Namn : $"{a.Forskrivarkod} {a.Namn}";
}
