using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Individer;
using Sesam.Tools.Skaldata;

namespace Sesam.Tools.Benchmark;

/// <summary>
/// What the scenarios ask for, read from the database the app runs on (not from a file, so it always matches):
/// artikelnummer, individnummer patterns with a wildcard, the patient with the most delivered devices, and search
/// terms from the scale generator's vocabulary mixed with leverantörens artikelnummer and artikelnummer prefixes.
/// </summary>
public sealed record Scenariodata(IReadOnlyList<string> Sokfragor, IReadOnlyList<string> Artikelnummer, IReadOnlyList<string> Individmonster, int? PatientId, int PatientensHjalpmedel,
    Databasargument? Databas = null)
{
    private const int Urval = 500;

    public static async Task<Scenariodata> LasAsync(Databasargument databas, int seed)
    {
        await using var db = new SesamDbContext(databas.Options());
        var slump = new Random(seed);
        var artiklar = await db.Artiklar.AsNoTracking().OrderBy(a => a.Id)
            .Select(a => new { a.Artikelnummer, a.LeverantorensArtikelnummer }).ToListAsync();
        var valda = Enumerable.Range(0, Math.Min(Urval, artiklar.Count)).Select(_ => artiklar[slump.Next(artiklar.Count)]).ToList();
        var individnummer = await db.Individer.AsNoTracking().OrderBy(i => i.Id).Select(i => i.Individnummer).ToListAsync();
        var monster = Enumerable.Range(0, Math.Min(Urval, individnummer.Count))
            .Select(_ => individnummer[slump.Next(individnummer.Count)])
            .Select(n => n.Length > 5 ? n[..5] + "*" : n + "*")
            .ToList();
        var patient = await db.Individer.AsNoTracking()
            .Where(i => i.Status == Individstatus.Levererad && i.MottagareId != null)
            .GroupBy(i => i.MottagareId)
            .Select(g => new { Id = g.Key, Antal = g.Count() })
            .OrderByDescending(g => g.Antal).ThenBy(g => g.Id)
            .FirstOrDefaultAsync();
        var hjalpmedel = patient is null ? 0 : await db.Orderrader.CountAsync(r => r.Bestallning.MottagareId == patient.Id && r.Status == Radstatus.Levererad);
        var sokfragor = Ordforrad.Sokord
            .Concat(valda.Take(20).Where(a => a.LeverantorensArtikelnummer is { Length: >= 4 }).Select(a => a.LeverantorensArtikelnummer![..4]))
            .Concat(valda.Skip(20).Take(20).Select(a => a.Artikelnummer[..4]))
            .ToList();
        return new Scenariodata(sokfragor, valda.Select(a => a.Artikelnummer).ToList(), monster, patient?.Id, hjalpmedel, databas);
    }
}
