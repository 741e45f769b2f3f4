using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Logistik;

using Sesam.Domain.Arbetsordrar;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Individer;
using Sesam.Domain.Organisation;

/// <summary>One order as Logistik handles it: its rows with stock, planned dates, individer to pick and följesedlar.
/// Every showing is PDL-logged, since it names the patient.</summary>
public sealed class Logistikordervy(SesamDbContext db, Pdl pdl) : IAnvandningsfall
{
    public sealed record Radvy(int Id, int Radnummer, string Artikelnummer, string Benamning, bool Individmarkt, int Antal,
        IReadOnlyList<string> Komponenter, string Lager, int Tillgangligt, DateOnly? Planerat, Radstatus Status, string? Individ,
        IReadOnlyList<string> Forslag, int? Foljesedel, DateOnly? Levererad, bool Plockas, string? VantarPaArbetsorder);

    /// <summary>A row's new delivery date as typed.</summary>
    public sealed record Leveransdatumformular(int RadId, string? Datum, bool Restnoterad);

    public sealed record Ordermodell(
        int Id, string Ordernummer, Ordertyp Typ, Orderstatus Status, int Version, string Tjanstestalle, int? MottagareId, string? Mottagare, string? Identitet,
        bool Skyddad, string? MottagandeLager, string Forskrivare, string RegistreradAv, DateTime Skickad, bool Samleverans, bool InkopFinns,
        Leveransuppgifter? Leverans, IReadOnlyList<Radvy> Rader, int Foljesedlar, string? Meddelande, string? Fel,
        IReadOnlyDictionary<int, string> ValdaIndivider, Leveransdatumformular? Leveransdatum = null)
    {
        public bool HarRestnoterade => Rader.Any(r => r.Status == Radstatus.Restnoterad);
    }

    public async Task<IActionResult> VisaAsync(Controller controller, int id, CancellationToken ct) =>
        await VisaAsync(controller, await ModellAsync(id, controller.TempData["Meddelande"] as string, null, new Dictionary<int, string>(), ct), ct);

    /// <summary>The order page again after a refused step, with <paramref name="fel"/> and what the user chose or typed.</summary>
    public async Task<IActionResult> VisaMedFelAsync(Controller controller, int id, string fel, IReadOnlyDictionary<int, string> valda,
        Leveransdatumformular? leveransdatum, CancellationToken ct) =>
        await VisaAsync(controller, await ModellAsync(id, null, fel, valda, ct) is { } modell ? modell with { Leveransdatum = leveransdatum } : null, ct);

    private async Task<IActionResult> VisaAsync(Controller controller, Ordermodell? modell, CancellationToken ct)
    {
        if (modell is null)
        {
            return controller.NotFound();
        }
        await pdl.LoggaAsync("Läsning", $"Beställning {modell.Ordernummer} visad för Logistik.", modell.MottagareId, ct);
        return controller.View("Order", modell);
    }

    /// <summary>The order with id <paramref name="id"/> once sent, or null.</summary>
    public async Task<Ordermodell?> ModellAsync(int id, string? meddelande, string? fel, IReadOnlyDictionary<int, string> valda, CancellationToken ct)
    {
        var b = await db.Bestallningar.AsNoTracking()
            .Where(x => x.Id == id && x.Status != Orderstatus.Pagaende)
            .Select(x => new
            {
                x.Id,
                x.Ordernummer,
                x.Ordertyp,
                x.Status,
                x.Version,
                Tjanstestalle = x.Tjanstestalle.Kod + " " + x.Tjanstestalle.Namn,
                x.MottagareId,
                Mottagare = x.Mottagare != null ? x.Mottagare.Namn : null,
                Personnummer = x.Mottagare != null ? x.Mottagare.Personnummer : null,
                Kundnummer = x.Mottagare != null ? x.Mottagare.Kundnummer : null,
                Skyddad = x.Mottagare != null && x.Mottagare.SkyddadIdentitet,
                MottagandeLager = x.MottagandeLager != null ? x.MottagandeLager.Nummer + " " + x.MottagandeLager.Namn : null,
                Forskrivare = x.Forskrivare.Fornamn + " " + x.Forskrivare.Efternamn,
                RegistreradAv = x.RegistreradAv.Fornamn + " " + x.RegistreradAv.Efternamn,
                x.Skickad,
                x.Samleverans,
                x.InkopFinns,
                x.Leverans,
                x.Foljesedlar,
            })
            .SingleOrDefaultAsync(ct);
        if (b is null)
        {
            return null;
        }
        var rader = await db.Orderrader.AsNoTracking()
            .Where(r => r.BestallningId == id)
            .OrderBy(r => r.Radnummer)
            .Select(r => new
            {
                r.Id,
                r.Radnummer,
                r.ArtikelId,
                r.Artikel.Artikelnummer,
                r.Artikel.Benamning,
                r.Artikel.Individmarkt,
                r.Antal,
                Komponenter = r.Komponenter.OrderBy(k => k.Artikel.Artikelnummer).Select(k => k.Artikel.Artikelnummer + " " + k.Artikel.Benamning + " (" + k.Antal + ")").ToList(),
                r.KallLagerId,
                Lager = r.KallLager.Nummer + " " + r.KallLager.Namn,
                Tillgangligt = db.Lagersaldon.Where(s => s.LagerId == r.KallLagerId && s.ArtikelId == r.ArtikelId).Select(s => s.Saldo - s.Reserverat).FirstOrDefault(),
                r.PlaneratLeveransdatum,
                r.Status,
                r.Leveranskalla,
                Individ = r.Individ != null ? r.Individ.Individnummer : null,
                r.Foljesedel,
                r.LevereradDatum,
                Arbetsorder = db.Arbetsordrar.Where(a => a.OrderradId == r.Id && a.Status == Arbetsorderstatus.Registrerad).Select(a => a.Arbetsordernummer).FirstOrDefault(),
            })
            .ToListAsync(ct);
        // Suggestions for the individ to pick: available ones of the artikel in the row's lager, placering first.
        var forslag = new Dictionary<(int, int), List<string>>();
        if (b.Status == Orderstatus.ForPlockning)
        {
            foreach (var grupp in rader.Where(r => r.Individmarkt && r.Status == Radstatus.Registrerad).GroupBy(r => (r.ArtikelId, r.KallLagerId)))
            {
                var (artikelId, lagerId) = grupp.Key;
                forslag[grupp.Key] = await db.Individer.AsNoTracking()
                    .Where(i => i.ArtikelId == artikelId && i.LagerId == lagerId && i.Status == Individstatus.PaLager && i.Lagerstatus == Lagerstatus.Tillganglig)
                    .OrderBy(i => i.Individnummer).Take(20).Select(i => i.Individnummer).ToListAsync(ct);
            }
        }
        var radvyer = rader.Select(r => new Radvy(r.Id, r.Radnummer, r.Artikelnummer, r.Benamning, r.Individmarkt, r.Antal, r.Komponenter, r.Lager,
            r.Tillgangligt, r.PlaneratLeveransdatum, r.Status, r.Individ, forslag.GetValueOrDefault((r.ArtikelId, r.KallLagerId)) ?? [],
            r.Foljesedel, r.LevereradDatum, r.Status == Radstatus.Registrerad && r.Leveranskalla == Leveranskalla.Hjalpmedelsverksamhet, r.Arbetsorder)).ToList();
        return new Ordermodell(b.Id, b.Ordernummer!, b.Ordertyp, b.Status, b.Version, b.Tjanstestalle, b.MottagareId, b.Mottagare,
            b.Personnummer?.Formaterat ?? b.Kundnummer, b.Skyddad, b.MottagandeLager, b.Forskrivare, b.RegistreradAv, b.Skickad!.Value,
            b.Samleverans, b.InkopFinns, b.Leverans, radvyer, b.Foljesedlar, meddelande, fel, valda);
    }
}
