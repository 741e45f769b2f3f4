using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Features.Gemensamt;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Mottagare;

using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Lagerhallning;
using Sesam.Domain.Mottagare;
using Sesam.Domain.Organisation;
using Sesam.Domain.Returer;

/// <summary>
/// Carries out the retur of <see cref="NyRetur"/>'s page. Not a <see cref="Kommando{TFormular, TObjekt}"/>: it creates
/// a retur, and saving it may create the förråd's saldo row of an artikel that a concurrent retur or receipt creates
/// first (unique per lager and artikel), a plain <see cref="DbUpdateException"/> that only this use case can tell from
/// a fault; each message goes to the part of the page it concerns.
/// </summary>
public sealed class Returnera(SesamDbContext db, AktuellAnvandare aktuell, Pdl pdl, TimeProvider klocka, Aterlamningsval val, NyRetur sida)
    : IAnvandningsfall
{
    public async Task<IActionResult> KorAsync(Controller controller, int id, NyRetur.Formular formular, CancellationToken ct)
    {
        controller.ModelState.Clear();
        if (await val.BorjaAsync(id, formular.Tjanstestalle, ct) is not (var mottagare, var tjanstestalle, var bytt))
        {
            return controller.NotFound();
        }
        var fel = new Dictionary<string, string>();
        if (bytt)
        {
            fel["retur"] = $"Du arbetar nu i {tjanstestalle.Visningsnamn}, inte i tjänstestället som sidan visades för, och returen går till dess förråd. Kontrollera valet och returnera igen.";
            formular.Tjanstestalle = tjanstestalle.Id;
        }
        // Skrota means the device comes back to be scrapped: ticked alone, it is returned too.
        var (valda, rader, saknas) = await val.ValdaAsync(id, [.. formular.Individ.Union(formular.SkrotaIndivid)], [.. formular.Rad.Union(formular.SkrotaRad)], ct);
        if (saknas)
        {
            fel["hjalpmedel"] = "Något av de valda hjälpmedlen finns inte längre hos mottagaren. Listan nedan är uppdaterad; kontrollera valet och returnera igen.";
        }
        var upptagna = await val.UpptagnaAsync([.. valda.Select(v => v.Individ.Id)], [.. rader.Select(r => r.Id)], ct);
        if (upptagna.Count > 0)
        {
            fel["hjalpmedel"] = $"Finns på en öppen hämtorder och hämtas av Hjälpmedel: {string.Join(", ", upptagna)}. Returen är inte gjord; kontrollera valet och returnera igen.";
        }
        if (fel.Count > 0)
        {
            return await sida.VisaMedFelAsync(controller, id, formular, fel, ct);
        }
        Retur retur;
        try
        {
            retur = await GenomforAsync(mottagare, tjanstestalle, formular, valda, rader, ct);
        }
        catch (DomainException ex)
        {
            fel["retur"] = ex.Message;
            return await sida.VisaMedFelAsync(controller, id, formular, fel, ct);
        }
        db.Returer.Add(retur);
        val.GorAnsprak(valda, rader);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || db.ChangeTracker.Entries<Lagersaldo>().Any(e => e.State == EntityState.Added))
        {
            // Another user changed one of the devices (a retur, a hämtorder) or created the same saldo row first: nothing was saved.
            db.ChangeTracker.Clear();
            fel["hjalpmedel"] = Aterlamningsval.AndradesNyss("Returen");
            return await sida.VisaMedFelAsync(controller, id, formular, fel, ct);
        }
        var skrotade = retur.Rader.Where(r => r.Skrotad).Sum(r => r.Antal);
        var tillbaka = retur.Rader.Where(r => !r.Skrotad).Sum(r => r.Antal);
        await pdl.LoggaAsync("Registrering", $"Retur till lager {retur.Lager.Nummer}: {tillbaka} hjälpmedel tillbaka, {skrotade} skrotade.", id, ct);
        controller.TempData["Meddelande"] = "Retur är genomförd."
            + (tillbaka > 0 ? $" {tillbaka} hjälpmedel finns åter i {retur.Lager.Visningsnamn} och kan förskrivas igen." : "")
            + (skrotade > 0 ? $" {skrotade} hjälpmedel {(skrotade == 1 ? "är skrotat" : "är skrotade")}." : "");
        return controller.Redirect($"/mottagare/{id}?flik=aterlamnat");
    }

    /// <summary>Reads what the retur changes besides the devices (the förråd's saldon, the patient fees, the
    /// huvudhjälpmedel a returned komponent leaves) and lets the domain carry it out.</summary>
    private async Task<Retur> GenomforAsync(Mottagare mottagare, Tjanstestalle tjanstestalle, NyRetur.Formular formular, List<Aterlamningsval.ValdIndivid> valda,
        List<Orderrad> rader, CancellationToken ct)
    {
        var individer = valda.SelectMany(v => v.Komponenter.Prepend(v.Individ)).Select(i => i.Id).ToList();
        var orderrader = rader.Select(r => r.Id).ToList();
        var avgifter = await Aterlamning.AvgifterAsync(db, individer, orderrader, ct);
        var huvudhjalpmedel = await Aterlamning.HuvudhjalpmedelAsync(db, individer, ct);
        var artiklar = valda.SelectMany(v => v.Komponenter.Prepend(v.Individ)).Select(i => i.ArtikelId).Concat(rader.Select(r => r.ArtikelId)).Distinct().ToList();
        var lagerId = tjanstestalle.ForradId;
        var saldon = await db.Lagersaldon.Where(s => s.LagerId == lagerId && artiklar.Contains(s.ArtikelId)).ToListAsync(ct);
        return Retur.Genomfor(mottagare, tjanstestalle, await aktuell.HamtaAsync(ct), klocka.GetUtcNow().UtcDateTime,
            [.. valda.Select(v => new ReturIndivid(v.Individ, formular.SkrotaIndivid.Contains(v.Individ.Id),
                [.. v.Komponenter.Select(k => (k, formular.SkrotaIndivid.Contains(k.Id)))]))],
            [.. rader.Select(r => new ReturOrderrad(r, formular.SkrotaRad.Contains(r.Id)))],
            Saldouppslag.HamtaEllerSkapa(db, saldon), avgifter, huvudhjalpmedel);
    }
}
