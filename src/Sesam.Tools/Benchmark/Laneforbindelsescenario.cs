using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain.Bestallningar;

namespace Sesam.Tools.Benchmark;

/// <summary>
/// "Skapa pdf" of the låneförbindelse for a sent order of the user's tjänsteställe, with every device of the order
/// ticked: POST /bestallning/{id}/laneforbindelse, expecting a PDF. One client at a time, since the target is the time
/// to generate one (under 50 ms), not throughput.
/// </summary>
public sealed partial class Laneforbindelsescenario(Scenariodata data) : IBenchmarkscenario
{
    public const string Scenarionamn = "laneforbindelse";
    public const double MalMs = 50;

    private List<KeyValuePair<string, string>> _falt = [];
    private string _url = "";

    public string Namn => Scenarionamn;

    public bool ArSokning => false;

    public int? Klienter => 1;

    public double MalP95Ms => MalMs;

    public async Task ForberedAsync(IReadOnlyList<HttpClient> klienter, double sekunder, string hsaId, CancellationToken ct)
    {
        var databas = data.Databas ?? throw new InvalidOperationException("Scenariot laneforbindelse behöver databasen (--provider/--connection).");
        await using var db = new SesamDbContext(databas.Options());
        var tjanstestalle = await db.Anvandare.Where(a => a.HsaId == hsaId).Select(a => a.StandardTjanstestalleId).SingleAsync(ct);
        // The order with the most devices (up to a page's worth) makes the heaviest realistic blankett.
        var order = await db.Bestallningar.AsNoTracking()
            .Where(b => b.TjanstestalleId == tjanstestalle && b.MottagareId != null && b.Status != Orderstatus.Pagaende && b.Status != Orderstatus.Makulerad)
            .Select(b => new { b.Id, Rader = b.Rader.Count })
            .Where(b => b.Rader <= 10)
            .OrderByDescending(b => b.Rader).ThenBy(b => b.Id)
            .FirstOrDefaultAsync(ct)
            ?? throw new InvalidOperationException("Databasen saknar en skickad beställning med mottagare för tjänstestället.");
        _url = $"/bestallning/{order.Id}/laneforbindelse";
        var sida = await klienter[0].GetStringAsync(new Uri(_url, UriKind.Relative), ct);
        var token = BenchmarkKommando.Antiforgerytoken(sida) ?? throw new InvalidOperationException($"{_url} saknar antiforgery-token.");
        _falt = [new("__RequestVerificationToken", token), new("mall", "lan")];
        _falt.AddRange(Rad().Matches(sida).Select(m => new KeyValuePair<string, string>("rad", m.Groups[1].Value)));
    }

    public async Task<string?> KorAsync(HttpClient klient, Random slump, CancellationToken ct)
    {
        using var svar = await klient.PostAsync(new Uri(_url, UriKind.Relative), new FormUrlEncodedContent(_falt), ct);
        var pdf = await svar.Content.ReadAsByteArrayAsync(ct);
        return svar.StatusCode == HttpStatusCode.OK && svar.Content.Headers.ContentType?.MediaType == "application/pdf" && pdf.AsSpan().StartsWith("%PDF"u8)
            ? null
            : ((int)svar.StatusCode).ToString(CultureInfo.InvariantCulture);
    }

    public Task<IReadOnlyList<string>> KontrolleraAsync(TextWriter ut, CancellationToken ct)
    {
        ut.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  laneforbindelse: POST {_url} med {_falt.Count(f => f.Key == "rad")} hjälpmedel, en klient i taget."));
        return Task.FromResult<IReadOnlyList<string>>(_falt.Any(f => f.Key == "rad") ? [] : ["inga hjälpmedel att skriva ut"]);
    }

    [GeneratedRegex("<input[^>]*name=\"rad\"[^>]*value=\"(\\d+)\"")]
    private static partial Regex Rad();
}
