using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Artiklar;

using Sesam.Domain.Katalog;
using Sesam.Domain.Organisation;

/// <summary>Reading the catalogue for Sök artikel, artikelinfo and the Sortimentskatalog: stock only for the lager the user may see.</summary>
public sealed class Artikelvy(SesamDbContext db, AktuellAnvandare aktuell, ArtikelSok sok, TimeProvider klocka) : IAnvandningsfall
{
    private const string Bas = ArtiklarController.Bas;
    private const string KatalogBas = ArtiklarController.KatalogBas;

    public sealed record LagerVal(int Id, string Nummer, string Namn, Lagertyp Typ)
    {
        public string Visningsnamn => $"{Nummer} {Namn}";
    }

    /// <summary>The hit table of a search or a catalogue code.</summary>
    public sealed record Traffar(ArtikelSokResultat Resultat, Sokparametrar Parametrar, string Bas, LagerVal? Lager);

    public sealed record SokModell(
        Sokparametrar Parametrar,
        string? Fel,
        Traffar? Traffar,
        IReadOnlyList<LagerVal> Lager,
        IReadOnlyList<Alternativ> Leverantorer,
        Alternativ? Produkt);

    public sealed record IsoNiva(string Kod, string Benamning);

    public sealed record KatalogModell(
        IsoNiva? Kod,
        IReadOnlyList<IsoNiva> Sokvag,
        IReadOnlyList<IsoNiva> Underkoder,
        Traffar? Traffar,
        IReadOnlyList<LagerVal> Lager);

    public sealed record PrisRad(Debiteringsform Debiteringsform, decimal Belopp, DateOnly GallerFran, bool Aktuellt);

    public sealed record KomponentRad(string Artikelnummer, string Benamning, Artikeltyp Artikeltyp, int Antal, bool Standard);

    /// <param name="Individlank">The Lagersaldo page listing this artikel's individer in the lager, when the user may
    /// open it: the available number links there ("klicka på siffran under tillgängligt saldo").</param>
    public sealed record LagerRad(LagerVal Lager, int Saldo, int Reserverat, int? MinNiva, int? Pafyllnadsantal, string? Individlank)
    {
        public int Tillgangligt => Saldo - Reserverat;
    }

    public sealed record ArtikelModell(
        ArtikelDetaljer Artikel,
        IReadOnlyList<PrisRad> Priser,
        IReadOnlyList<KomponentRad> Komponenter,
        IReadOnlyList<ArtikelDokumentRad> Dokument,
        IReadOnlyList<LagerRad> Lager,
        Leveransbesked Leverans,
        DateOnly Idag);

    public sealed record ArtikelDetaljer(
        int Id,
        string Artikelnummer,
        string Benamning,
        string Enhet,
        Artikeltyp Artikeltyp,
        string IsoKod,
        string? IsoBenamning,
        string? Leverantor,
        string? LeverantorensArtikelnummer,
        string? Produkt,
        bool Sortiment,
        Artikelstatus Status,
        bool Individmarkt,
        Leveranstidsklass Leveranstid,
        bool Bestallningsbar,
        Debiteringsform Debiteringsform,
        decimal? Patientavgift,
        bool PatientavgiftNittioDagar,
        int? FuIntervallManader,
        string? ErsattningArtikelnummer,
        string? ErsattningBenamning);

    public sealed record ArtikelDokumentRad(string Titel, string Adress);

    /// <param name="sokt">Whether a search box was sent: sent empty it is a search too short; not sent it is just the page.</param>
    public async Task<SokModell> SokAsync(Sokparametrar p, bool sokt, CancellationToken ct)
    {
        var (lager, valt) = await LagerAsync(p.Lager, ct);
        var produkt = p.Produkt is { } produktId
            ? await db.Produkter.AsNoTracking().Where(x => x.Id == produktId).Select(x => new Alternativ(x.Id, x.Namn)).SingleOrDefaultAsync(ct)
            : null;
        var fel = sokt ? ArtikelSok.Kontrollera(p.Sok) : null;
        var traffar = sokt && fel is null
            ? new Traffar(await sok.SokAsync(p.Villkor(valt?.Id, null), ct), p, Bas, valt)
            : null;
        // After the search, which has made sure of the catalogue version the list comes from.
        var leverantorer = await sok.LeverantorerAsync(ct);
        return new SokModell(p, fel, traffar, lager, leverantorer, produkt);
    }

    public async Task<KatalogModell> KatalogAsync(CancellationToken ct)
    {
        var klasser = await db.IsoKoder.AsNoTracking().Where(k => k.ForalderKod == null).OrderBy(k => k.Kod)
            .Select(k => new IsoNiva(k.Kod, k.Benamning)).ToListAsync(ct);
        return new KatalogModell(null, [], klasser, null, []);
    }

    /// <summary>A code of the catalogue with its path and subcodes, and at the finest level its artiklar; null for no such code.</summary>
    public async Task<KatalogModell?> KatalogkodAsync(string kod, Sokparametrar p, CancellationToken ct)
    {
        var foraldrar = Enumerable.Range(1, kod.Length / 2).Select(n => kod[..(n * 2)]).ToList();
        var koder = await db.IsoKoder.AsNoTracking().Where(k => foraldrar.Contains(k.Kod) || k.ForalderKod == kod)
            .OrderBy(k => k.Kod).Select(k => new { k.Kod, k.Benamning, k.ForalderKod }).ToListAsync(ct);
        var aktuell = koder.SingleOrDefault(k => k.Kod == kod);
        if (aktuell is null)
        {
            return null;
        }
        var sokvag = koder.Where(k => foraldrar.Contains(k.Kod)).Select(k => new IsoNiva(k.Kod, k.Benamning)).ToList();
        var underkoder = koder.Where(k => k.ForalderKod == kod).Select(k => new IsoNiva(k.Kod, k.Benamning)).ToList();
        Traffar? traffar = null;
        IReadOnlyList<LagerVal> lager = [];
        if (kod.Length == 6)
        {
            (lager, var valt) = await LagerAsync(p.Lager, ct);
            var bas = $"{KatalogBas}/{kod}";
            traffar = new Traffar(await sok.SokAsync(p.Villkor(valt?.Id, kod) with { Termer = [], LeverantorId = null, ProduktId = null }, ct), p, bas, valt);
        }
        return new KatalogModell(new IsoNiva(aktuell.Kod, aktuell.Benamning), sokvag, underkoder, traffar, lager);
    }

    /// <summary>Artikelinfo: the artikel with its prices, components, documents and stock; null for no such artikel.</summary>
    public async Task<ArtikelModell?> ArtikelAsync(string artikelnummer, CancellationToken ct)
    {
        // The tabs' collections are read by their own indexed queries: joined into one query they made the page
        // about a hundred times slower on SQLite with 100 000 artiklar.
        var artikel = await db.Artiklar.AsNoTracking().Where(a => a.Artikelnummer == artikelnummer)
            .Select(a => new ArtikelDetaljer(
                a.Id, a.Artikelnummer, a.Benamning, a.Enhet, a.Artikeltyp, a.IsoKodKod, a.IsoKod == null ? null : a.IsoKod.Benamning,
                a.Leverantor == null ? null : a.Leverantor.Namn, a.LeverantorensArtikelnummer, a.Produkt == null ? null : a.Produkt.Namn,
                a.Sortiment, a.Status, a.Individmarkt, a.Leveranstid, a.Bestallningsbar, a.Debiteringsform, a.Patientavgift,
                a.PatientavgiftNittioDagar, a.FuIntervallManader,
                a.Ersattningsartikel == null ? null : a.Ersattningsartikel.Artikelnummer,
                a.Ersattningsartikel == null ? null : a.Ersattningsartikel.Benamning))
            .SingleOrDefaultAsync(ct);
        if (artikel is null)
        {
            return null;
        }
        var artikelId = artikel.Id;
        var idag = Sesam.Domain.Gemensamt.Svensktid.Idag(klocka.GetUtcNow());
        var priser = await db.Set<ArtikelPris>().AsNoTracking().Where(x => x.ArtikelId == artikelId)
            .Select(x => new { x.Debiteringsform, x.Belopp, x.GallerFran }).ToListAsync(ct);
        var aktuella = priser.Where(x => x.GallerFran <= idag).GroupBy(x => x.Debiteringsform)
            .Select(g => (g.Key, g.Max(x => x.GallerFran))).ToHashSet();
        var prisrader = priser
            .OrderBy(x => x.Debiteringsform).ThenByDescending(x => x.GallerFran)
            .Select(x => new PrisRad(x.Debiteringsform, x.Belopp, x.GallerFran, aktuella.Contains((x.Debiteringsform, x.GallerFran))))
            .ToList();
        var komponenter = await db.Set<ArtikelKomponent>().AsNoTracking().Where(k => k.ArtikelId == artikelId)
            .OrderByDescending(k => k.Standard).ThenBy(k => k.Komponent.Sorteringsnamn)
            .Select(k => new KomponentRad(k.Komponent.Artikelnummer, k.Komponent.Benamning, k.Komponent.Artikeltyp, k.Antal, k.Standard))
            .ToListAsync(ct);
        var dokument = (await db.ArtikelDokument.AsNoTracking().Where(d => d.ArtikelId == artikelId)
                .Select(d => new ArtikelDokumentRad(d.Titel, d.Adress)).ToListAsync(ct))
            .OrderBy(d => Sok.Sorteringsnyckel(d.Titel), StringComparer.Ordinal)
            .ToList();
        var lagerrader = (await (
                from l in SynligaLager()
                join s in db.Lagersaldon.Where(s => s.ArtikelId == artikelId) on l.Id equals s.LagerId into saldon
                from s in saldon.DefaultIfEmpty()
                orderby l.Typ descending, l.Nummer
                select new
                {
                    Lager = new LagerVal(l.Id, l.Nummer, l.Namn, l.Typ),
                    Saldo = s == null ? 0 : s.Saldo,
                    Reserverat = s == null ? 0 : s.Reserverat,
                    MinNiva = s == null ? null : s.MinNiva,
                    Pafyllnadsantal = s == null ? null : s.Pafyllnadsantal,
                })
                .ToListAsync(ct))
            .Select(r => new LagerRad(r.Lager, r.Saldo, r.Reserverat, r.MinNiva, r.Pafyllnadsantal, null))
            // Lagersaldo shows the user's own förråd; the central lager only to those who see every lager.
            .Select(r => artikel.Individmarkt && r.Tillgangligt > 0 && (r.Lager.Typ == Lagertyp.EgetForrad || aktuell.SerAllaTjanstestallen)
                ? r with { Individlank = $"/lager?lager={r.Lager.Id}&flik=individer&artikel={Uri.EscapeDataString(artikel.Artikelnummer)}" }
                : r)
            .ToList();
        var icentral = lagerrader.Where(r => r.Lager.Typ == Lagertyp.Centrallager).Sum(r => r.Tillgangligt);
        var leverans = Leveransberakning.OmBestalldIdag(artikel.Leveranstid, artikel.Status, artikel.Bestallningsbar, icentral, idag);
        return new ArtikelModell(artikel, prisrader, komponenter, dokument, lagerrader, leverans, idag);
    }

    /// <summary>
    /// The lager the user may see stock of: the central lager and the active tjänsteställe's eget förråd (every lager
    /// for Logistik and Admin).
    /// </summary>
    private IQueryable<Lager> SynligaLager() => aktuell.AvgransaLager(db.Lager.AsNoTracking(), l => l.Id);

    /// <summary>
    /// The lager the user may see (<see cref="SynligaLager"/>) and the one chosen: <paramref name="onskat"/> when it is
    /// among them, else the active tjänsteställe's förråd, else the central lager.
    /// </summary>
    private async Task<(IReadOnlyList<LagerVal> Lager, LagerVal? Valt)> LagerAsync(string? onskat, CancellationToken ct)
    {
        var aktivt = aktuell.TjanstestalleId;
        var tjanstestallen = db.Tjanstestallen;
        var rader = await SynligaLager()
            .OrderByDescending(l => l.Typ).ThenBy(l => l.Nummer)
            .Select(l => new { Lager = new LagerVal(l.Id, l.Nummer, l.Namn, l.Typ), Eget = tjanstestallen.Any(t => t.Id == aktivt && t.ForradId == l.Id) })
            .ToListAsync(ct);
        var lager = rader.Select(r => r.Lager).ToList();
        var valt = lager.FirstOrDefault(l => l.Nummer == onskat)
            ?? rader.FirstOrDefault(r => r.Eget)?.Lager
            ?? lager.FirstOrDefault(l => l.Typ == Lagertyp.Centrallager);
        return (lager, valt);
    }
}
