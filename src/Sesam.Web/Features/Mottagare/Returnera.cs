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
/// Carries out the retur of <see cref="NyRetur"/>'s page: the mottagare is loaded, the retur created through the domain.
/// Saving it may create the förråd's saldo row of an artikel that a concurrent retur or receipt creates first (unique
/// per lager and artikel): a concurrent change like another user's retur or hämtorder of the same device. Each message
/// goes to the part of the page it concerns.
/// </summary>
public sealed class Returnera(SesamDbContext db, AktuellAnvandare aktuell, TimeProvider klocka, Aterlamningsval val, NyRetur sida)
    : Kommando<NyRetur.Formular, Aterlamningsval.Borjan>
{
    // Per request, filled by UtforAsync for VisaFormularAsync and Klart: the messages by part of the page (all the
    // checks before the change are shown at once), the part a later refusal belongs to, and the retur made.
    private readonly Dictionary<string, string> _fel = [];
    private string _falt = "retur";
    private Retur? _retur;

    public override string Objektnamn => "Returen";

    public override string Samtidighetsmeddelande => Aterlamningsval.AndradesNyss("Returen");

    public override Task<Aterlamningsval.Borjan?> LaddaAsync(NyRetur.Formular formular, CancellationToken ct) =>
        val.BorjaAsync(formular.Id, formular.Tjanstestalle, ct);

    public override async Task UtforAsync(Aterlamningsval.Borjan borjan, NyRetur.Formular formular, CancellationToken ct)
    {
        var (mottagare, tjanstestalle, bytt) = borjan;
        if (bytt)
        {
            _fel["retur"] = $"Du arbetar nu i {tjanstestalle.Visningsnamn}, inte i tjänstestället som sidan visades för, och returen går till dess förråd. Kontrollera valet och returnera igen.";
            formular.Tjanstestalle = tjanstestalle.Id;
        }
        // Skrota means the device comes back to be scrapped: ticked alone, it is returned too.
        var (valda, rader, saknas) = await val.ValdaAsync(formular.Id, [.. formular.Individ.Union(formular.SkrotaIndivid)], [.. formular.Rad.Union(formular.SkrotaRad)], ct);
        if (saknas)
        {
            _fel["hjalpmedel"] = "Något av de valda hjälpmedlen finns inte längre hos mottagaren. Listan nedan är uppdaterad; kontrollera valet och returnera igen.";
        }
        var upptagna = await val.UpptagnaAsync([.. valda.Select(v => v.Individ.Id)], [.. rader.Select(r => r.Id)], ct);
        if (upptagna.Count > 0)
        {
            _fel["hjalpmedel"] = $"Finns på en öppen hämtorder och hämtas av Hjälpmedel: {string.Join(", ", upptagna)}. Returen är inte gjord; kontrollera valet och returnera igen.";
        }
        if (_fel.Count > 0)
        {
            throw new DomainException(_fel.Values.First());
        }
        _retur = await GenomforAsync(mottagare, tjanstestalle, formular, valda, rader, ct);
        db.Returer.Add(_retur);
        val.GorAnsprak(valda, rader);
        // What the save may still refuse is another user's change of the chosen devices.
        _falt = "hjalpmedel";
    }

    public override bool ArSamtidigtSkapad(DbUpdateException fel) =>
        db.ChangeTracker.Entries<Lagersaldo>().Any(e => e.State == EntityState.Added);

    public override Pdlpost Pdl(Aterlamningsval.Borjan borjan, NyRetur.Formular formular)
    {
        var (tillbaka, skrotade) = Antal(Gjord);
        return new("Registrering", $"Retur till lager {Gjord.Lager.Nummer}: {tillbaka} hjälpmedel tillbaka, {skrotade} skrotade.", formular.Id);
    }

    public override IActionResult Klart(Controller controller, Aterlamningsval.Borjan borjan, NyRetur.Formular formular)
    {
        var (tillbaka, skrotade) = Antal(Gjord);
        controller.TempData["Meddelande"] = "Retur är genomförd."
            + (tillbaka > 0 ? $" {tillbaka} hjälpmedel finns åter i {Gjord.Lager.Visningsnamn} och kan förskrivas igen." : "")
            + (skrotade > 0 ? $" {skrotade} hjälpmedel {(skrotade == 1 ? "är skrotat" : "är skrotade")}." : "");
        return controller.Redirect($"/mottagare/{formular.Id}?flik=aterlamnat");
    }

    public override Task<IActionResult> VisaFormularAsync(Controller controller, NyRetur.Formular formular, string fel, CancellationToken ct)
    {
        if (_fel.Count == 0)
        {
            _fel[_falt] = fel;
        }
        return sida.VisaMedFelAsync(controller, formular, _fel, ct);
    }

    private Retur Gjord => _retur ?? throw new InvalidOperationException("Returen gjordes inte.");

    private static (int Tillbaka, int Skrotade) Antal(Retur retur) =>
        (retur.Rader.Where(r => !r.Skrotad).Sum(r => r.Antal), retur.Rader.Where(r => r.Skrotad).Sum(r => r.Antal));

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
