using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Katalog;
using Sesam.Domain.Organisation;
using Sesam.Web.Features.Artiklar;
using Sesam.Web.Features.Bestallning;
using Sesam.Web.Features.Gemensamt;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Bestallningsmallar;

/// <summary>
/// Reading beställningsmallar for their pages (the list, a mall, its edit page), always scoped to what the user may see:
/// the active tjänsteställe's mallar, every unit's for Logistik and Admin.
/// </summary>
public sealed class Bestallningsmallvy(SesamDbContext db, AktuellAnvandare aktuell, ArtikelSok artikelSok) : IAnvandningsfall
{
    public sealed record Listrad(int Id, string Namn, string? Beskrivning, string Tjanstestalle, string Lager, int Artiklar, DateTime Andrad);

    public sealed record IndexModell(IReadOnlyList<Listrad> Mallar, bool KanSkapa, IReadOnlyList<Val> Tjanstestallen, Nyformular Formular, string? Fel);

    public sealed class Nyformular
    {
        public string? Namn { get; set; }
        public string? Beskrivning { get; set; }
        public int? TjanstestalleId { get; set; }
    }

    /// <param name="Hinder">Why the row cannot be ordered now ("Ogiltiga artiklar"), or null.</param>
    public sealed record Mallrad(int Id, string Artikelnummer, string Benamning, Artikelstatus Status, int Antal, int Tillgangligt, string? Hinder, bool Tillagd);

    /// <param name="KanBestalla">May the user refill the förråd from this mall (förskrivare or beställare of its tjänsteställe)?</param>
    public sealed record Mallhuvud(int Id, string Namn, string? Beskrivning, string Tjanstestalle, int LagerId, string Lager, DateTime Andrad, int Version,
        bool KanAndra, bool KanBestalla);

    public sealed record VisaModell(Mallhuvud Mall, IReadOnlyList<Mallrad> Rader, int? Lagerpafyllnad, string? Meddelande, string? Fel);

    public class Redigeringsformular
    {
        public string? Namn { get; set; }
        public string? Beskrivning { get; set; }
        public int Version { get; set; }
        /// <summary>Each row's antal as typed, by row id ("Antal[id]"): by position, one emptied field would shift the rest.</summary>
        public Dictionary<int, string?> Antal { get; set; } = [];
    }

    public sealed record RedigeraModell(Mallhuvud Mall, IReadOnlyList<Mallrad> Rader, Redigeringsformular Formular, string? Sok, IReadOnlyList<ArtikelTraff> Traffar,
        string? Meddelande, IReadOnlyDictionary<string, string> Fel, bool KanTaBort);

    public IQueryable<Bestallningsmall> Avgransade() => aktuell.Avgransa(db.Bestallningsmallar, m => m.TjanstestalleId);

    public static string NamnetFinns(string? namn, string tjanstestalle) =>
        $"Det finns redan en beställningsmall som heter {namn?.Trim()} på {tjanstestalle}. Välj ett annat namn.";

    public static bool KanBestalla(Anvandare anvandare, Tjanstestalle tjanstestalle) =>
        anvandare.ArForskrivareEllerBestallare && anvandare.ArKoppladTill(tjanstestalle);

    public async Task<Mallhuvud?> HuvudAsync(int id, CancellationToken ct)
    {
        var mall = await Avgransade().AsNoTracking().Include(m => m.Tjanstestalle).Include(m => m.MottagandeLager).SingleOrDefaultAsync(m => m.Id == id, ct);
        if (mall is null)
        {
            return null;
        }
        var anvandare = await aktuell.HamtaAsync(ct);
        return new Mallhuvud(mall.Id, mall.Namn, mall.Beskrivning, mall.Tjanstestalle.Visningsnamn, mall.MottagandeLagerId, mall.MottagandeLager.Visningsnamn,
            mall.Andrad, mall.Version, Bestallningsmall.FarAndra(anvandare, mall.Tjanstestalle), KanBestalla(anvandare, mall.Tjanstestalle));
    }

    public async Task<Redigeringsformular> FormularAsync(Mallhuvud mall, CancellationToken ct) => new()
    {
        Namn = mall.Namn,
        Beskrivning = mall.Beskrivning,
        Version = mall.Version,
        Antal = (await RaderAsync(mall.Id, null, ct)).ToDictionary(r => r.Id, r => (string?)r.Antal.ToString(CultureInfo.InvariantCulture)),
    };

    /// <summary>The mall's rows with the central availability, why a row cannot be ordered, and whether it is already in
    /// <paramref name="lagerpafyllnad"/>.</summary>
    private async Task<List<Mallrad>> RaderAsync(int id, int? lagerpafyllnad, CancellationToken ct)
    {
        var central = await db.Lager.Centralt().Select(l => l.Id).FirstAsync(ct);
        // DbSets held in locals, as in ArtikelSok: reached through the context inside the expression they cost a compile per execution.
        var saldon = db.Lagersaldon;
        var orderrader = db.Orderrader;
        var rader = await db.Set<Bestallningsmallrad>().AsNoTracking()
            .Where(r => r.BestallningsmallId == id)
            .OrderBy(r => r.Artikel.Artikelnummer)
            .Select(r => new
            {
                r.Id,
                r.Artikel,
                r.Antal,
                Tillgangligt = saldon.Where(s => s.LagerId == central && s.ArtikelId == r.ArtikelId).Sum(s => s.Saldo - s.Reserverat),
                Tillagd = lagerpafyllnad != null && orderrader.Any(o => o.BestallningId == lagerpafyllnad && o.ArtikelId == r.ArtikelId),
            })
            .ToListAsync(ct);
        return rader.Select(r => new Mallrad(r.Id, r.Artikel.Artikelnummer, r.Artikel.Benamning, r.Artikel.Status, r.Antal, r.Tillgangligt,
            r.Artikel.KanBestallas(r.Tillgangligt), r.Tillagd)).ToList();
    }

    public async Task<VisaModell> VisaVyAsync(Mallhuvud mall, string? meddelande, string? fel, CancellationToken ct)
    {
        var pagaende = await Lagerpafyllnader.PagaendeAsync(db, aktuell.Id, mall.LagerId, ct);
        return new VisaModell(mall, await RaderAsync(mall.Id, pagaende, ct), pagaende, meddelande, fel);
    }

    public async Task<RedigeraModell> RedigeraVyAsync(Mallhuvud mall, Redigeringsformular formular, string? sok, IReadOnlyDictionary<string, string> fel,
        string? meddelande, CancellationToken ct)
    {
        IReadOnlyList<ArtikelTraff> traffar = [];
        var allaFel = new Dictionary<string, string>(fel);
        if (sok is not null)
        {
            if (ArtikelSok.Kontrollera(sok) is { } sokfel)
            {
                allaFel["sok"] = sokfel;
            }
            else
            {
                var central = await db.Lager.Centralt().Select(l => l.Id).FirstAsync(ct);
                traffar = (await artikelSok.SokAsync(new ArtikelSokVillkor { Termer = Sok.Termer(sok), TillganglighetLagerId = central, PerSida = 50 }, ct)).Traffar;
            }
        }
        var anvandare = await aktuell.HamtaAsync(ct);
        return new RedigeraModell(mall, await RaderAsync(mall.Id, null, ct), formular, sok, traffar, meddelande, allaFel,
            anvandare.Har(Roll.Admin));
    }

    public async Task<IndexModell> IndexVyAsync(Nyformular formular, string? fel, CancellationToken ct)
    {
        var anvandare = await aktuell.HamtaAsync(ct);
        var mallar = await Avgransade().AsNoTracking()
            .OrderBy(m => m.Tjanstestalle.Kod).ThenBy(m => m.Namn)
            .Select(m => new Listrad(m.Id, m.Namn, m.Beskrivning, m.Tjanstestalle.Kod + " " + m.Tjanstestalle.Namn,
                m.MottagandeLager.Nummer + " " + m.MottagandeLager.Namn, m.Rader.Count, m.Andrad))
            .ToListAsync(ct);
        // The administrator creates mallar for any tjänsteställe with a förråd; everyone else for the active one.
        var tjanstestallen = anvandare.Har(Roll.Admin)
            ? await db.Tjanstestallen.AsNoTracking().Where(t => t.ForradId != null).OrderBy(t => t.Kod)
                .Select(t => new Val(t.Id, t.Kod + " " + t.Namn)).ToListAsync(ct)
            : [];
        var aktivt = await aktuell.TjanstestalleAsync(ct);
        formular.TjanstestalleId ??= aktuell.TjanstestalleId;
        return new IndexModell(mallar, Bestallningsmall.FarAndra(anvandare, aktivt) && (aktivt.ForradId is not null || anvandare.Har(Roll.Admin)),
            tjanstestallen, formular, fel);
    }
}
