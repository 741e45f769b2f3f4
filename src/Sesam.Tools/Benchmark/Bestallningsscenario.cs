using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Katalog;
using Sesam.Domain.Lagerhallning;
using Sesam.Domain.Mottagare;
using Sesam.Domain.Organisation;

namespace Sesam.Tools.Benchmark;

/// <summary>
/// "Skicka beställning" of carts with three rows taken from the unit's eget förråd (stock is drawn in the same
/// transaction). The carts are prepared in the database beforehand, so the measured operation is exactly the send:
/// POST /bestallning/{id}/skicka. Afterwards every order number must be unique and every saldo exact.
/// Target: at least 200 orders per second.
/// </summary>
public sealed class Bestallningsscenario(Scenariodata data) : IBenchmarkscenario
{
    public const string Scenarionamn = "bestallning";
    public const double MalOrderPerSekund = 200;
    private const int RaderPerOrder = 3;
    private const int Artikelurval = 60;
    private const int StartSaldo = 1_000_000;

    private readonly ConcurrentQueue<int> _varukorgar = new();
    private readonly ConcurrentDictionary<HttpClient, string> _tokens = new();
    private List<int> _forberedda = [];
    private Dictionary<int, int> _saldoFore = [];
    private int _forradId;

    public string Namn => Scenarionamn;

    public bool ArSokning => false;

    public double? MalPerSekund => MalOrderPerSekund;

    public async Task ForberedAsync(IReadOnlyList<HttpClient> klienter, double sekunder, string hsaId, CancellationToken ct)
    {
        var databas = data.Databas ?? throw new InvalidOperationException("Scenariot bestallning behöver databasen (--provider/--connection).");
        // Enough carts for five times the target rate over warm-up and measurement: running out would end the
        // measurement early and hide how far above the target the app is.
        var antal = (int)Math.Ceiling(MalOrderPerSekund * 5 * (sekunder + BenchmarkKommando.Uppvarmning(sekunder)));
        await using var db = new SesamDbContext(databas.Options());
        var anvandare = await db.Anvandare.Include(a => a.Tjanstestallen).ThenInclude(t => t.Tjanstestalle).SingleAsync(a => a.HsaId == hsaId, ct);
        var tjanstestalle = anvandare.Tjanstestallen.Select(t => t.Tjanstestalle).First(t => t.ForradId != null);
        var forrad = await db.Lager.SingleAsync(l => l.Id == tjanstestalle.ForradId, ct);
        _forradId = forrad.Id;
        var patient = await db.Mottagare.Where(m => m.Typ == Mottagartyp.Patient).OrderBy(m => m.Id).FirstAsync(ct);
        var artiklar = await db.Artiklar.Where(a => !a.Individmarkt && a.Bestallningsbar && a.Status == Artikelstatus.Aktiv)
            .OrderBy(a => a.Id).Take(Artikelurval).ToListAsync(ct);
        var artikelIds = artiklar.Select(a => a.Id).ToList();
        var saldon = await db.Lagersaldon.Where(s => s.LagerId == forrad.Id && artikelIds.Contains(s.ArtikelId)).ToListAsync(ct);
        foreach (var artikel in artiklar.Where(a => saldon.All(s => s.ArtikelId != a.Id)))
        {
            var saldo = new Lagersaldo(forrad, artikel);
            saldon.Add(saldo);
            db.Add(saldo);
        }
        // Plenty of stock: the benchmark measures sending, not the negative-stock warning.
        saldon.ForEach(s => s.TaEmot(StartSaldo));
        await db.SaveChangesAsync(ct);
        _saldoFore = saldon.ToDictionary(s => s.ArtikelId, s => s.Saldo);

        var slump = new Random(7);
        var varukorgar = new List<Bestallning>();
        for (var i = 0; i < antal; i++)
        {
            var b = Bestallning.NyForskrivning(patient, anvandare, anvandare, tjanstestalle, DateTime.UtcNow);
            foreach (var artikel in artiklar.OrderBy(_ => slump.Next()).Take(RaderPerOrder))
            {
                b.LaggTillRad(artikel, slump.Next(1, 3), Leveranskalla.EgetForrad, forrad, artikel.Debiteringsform, null);
            }
            varukorgar.Add(b);
        }
        foreach (var del in varukorgar.Chunk(1000))
        {
            db.AddRange(del);
            await db.SaveChangesAsync(ct);
        }
        _forberedda = varukorgar.Select(b => b.Id).ToList();
        _forberedda.ForEach(_varukorgar.Enqueue);

        foreach (var klient in klienter)
        {
            var sida = await klient.GetStringAsync(new Uri("/bestallning", UriKind.Relative), ct);
            _tokens[klient] = BenchmarkKommando.Antiforgerytoken(sida)
                ?? throw new InvalidOperationException("Sidan /bestallning saknar antiforgery-token.");
        }
    }

    public async Task<string?> KorAsync(HttpClient klient, Random slump, CancellationToken ct)
    {
        if (!_varukorgar.TryDequeue(out var id))
        {
            return "slut på förberedda varukorgar";
        }
        using var svar = await klient.PostAsync(new Uri($"/bestallning/{id}/skicka", UriKind.Relative), new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", _tokens[klient]),
            new("skickaNyckel", Guid.NewGuid().ToString()),
            new("negativtSaldoBekraftat", "true"),
        ]), ct);
        return svar.StatusCode == HttpStatusCode.Redirect && svar.Headers.Location?.OriginalString.EndsWith("/skickad", StringComparison.Ordinal) == true
            ? null
            : ((int)svar.StatusCode).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Every sent cart got its own order number, and each saldo went down by exactly what the sent rows drew.</summary>
    public async Task<IReadOnlyList<string>> KontrolleraAsync(TextWriter ut, CancellationToken ct)
    {
        await using var db = new SesamDbContext(data.Databas!.Options());
        var ids = _forberedda;
        var skickade = await db.Bestallningar.AsNoTracking().Where(b => ids.Contains(b.Id) && b.Status != Orderstatus.Pagaende)
            .Select(b => b.Ordernummer).ToListAsync(ct);
        var unika = skickade.Distinct().Count();
        var dragna = (await db.Orderrader.AsNoTracking().Where(r => ids.Contains(r.BestallningId) && r.Bestallning.Status != Orderstatus.Pagaende)
                .Select(r => new { r.ArtikelId, r.Antal }).ToListAsync(ct))
            .GroupBy(r => r.ArtikelId).ToDictionary(g => g.Key, g => g.Sum(r => r.Antal));
        var artikelIds = _saldoFore.Keys.ToList();
        var efter = await db.Lagersaldon.AsNoTracking().Where(s => s.LagerId == _forradId && artikelIds.Contains(s.ArtikelId))
            .ToDictionaryAsync(s => s.ArtikelId, s => s.Saldo, ct);
        var felSaldon = _saldoFore.Count(f => efter[f.Key] != f.Value - dragna.GetValueOrDefault(f.Key));
        ut.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  bestallning: {skickade.Count} ordrar skickade med {RaderPerOrder} rader var, {unika} unika ordernummer, {dragna.Values.Sum()} enheter dragna ur {_saldoFore.Count} saldon, {felSaldon} saldon fel."));
        var brister = new List<string>();
        if (unika != skickade.Count || skickade.Any(n => n is null))
        {
            brister.Add("ordernummer inte unika");
        }
        if (felSaldon > 0)
        {
            brister.Add("lagersaldo inte exakt");
        }
        return brister;
    }
}
