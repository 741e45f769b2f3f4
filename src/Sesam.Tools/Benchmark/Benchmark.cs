using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Sesam.Data;

namespace Sesam.Tools.Benchmark;

/// <summary>
/// sesam-tools benchmark --url http://127.0.0.1:PORT [--klienter 16] [--sekunder 20] [--scenario namn,...] [--provider P --connection CS]:
/// logs every client in through the Development test-user picker, then runs each scenario with all clients at once for
/// a bounded time and prints latency percentiles, throughput and a verdict against the targets.
/// </summary>
public static partial class BenchmarkKommando
{
    public const double MalP95Ms = 30;
    public const double MalSokandel = 0.30;
    private const double UppvarmningSekunder = 10;

    /// <summary>
    /// How long each scenario runs unmeasured before it is measured. A freshly started app runs each page's code
    /// unoptimised first and recompiles what is hot in the background (tiered JIT); under the benchmark's load that
    /// took a core's tenth to quarter for 20 s into a scenario on 2 cores (measured per thread, docs/prestanda.md). A
    /// region's server has long since compiled its pages, so the figures are of the warm app.
    /// </summary>
    public static double Uppvarmning(double sekunder) => Math.Min(UppvarmningSekunder, sekunder);

    /// <summary>A hard cap per client and phase, on top of the time limit, so a loop can never run away.</summary>
    private const int MaxPerKlient = 250_000;

    public static async Task<int> KorAsync(string[] args)
    {
        string? Varde(string namn)
        {
            var i = Array.IndexOf(args, namn);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }
        if (Varde("--url") is not { } url || !Uri.TryCreate(url, UriKind.Absolute, out var bas))
        {
            Console.Error.WriteLine("Användning: sesam-tools benchmark --url http://127.0.0.1:PORT [--klienter 16] [--sekunder 20] [--scenario namn,...] [--provider P --connection CS]");
            return 2;
        }
        var installning = new Benchmarkinstallning(
            bas,
            int.Parse(Varde("--klienter") ?? "16", CultureInfo.InvariantCulture),
            double.Parse(Varde("--sekunder") ?? "20", CultureInfo.InvariantCulture),
            Varde("--scenario")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Varde("--hsaid") ?? DemoData.ForskrivareHsaId);
        var data = await Scenariodata.LasAsync(Databasargument.Tolka(args), seed: 42);
        var resultat = await KorAsync(installning, data, Console.Out);
        return resultat.All(r => r.Godkand) ? 0 : 1;
    }

    public static async Task<IReadOnlyList<Scenarioresultat>> KorAsync(Benchmarkinstallning installning, Scenariodata data, TextWriter ut)
    {
        if (!ArLoopback(installning.Url))
        {
            throw new ArgumentException("Benchmarken körs bara mot den egna maskinen (127.0.0.1, ::1 eller localhost).");
        }
        if (installning.Klienter is < 1 or > 256 || installning.Sekunder is <= 0 or > 600)
        {
            throw new ArgumentException("Ange 1–256 klienter och 1–600 sekunder.");
        }
        var alla = Scenarier.Alla(data);
        var okanda = installning.Scenarier?.Where(n => alla.All(s => s.Namn != n)).ToList() ?? [];
        if (okanda.Count > 0)
        {
            throw new ArgumentException($"Okänt scenario: {string.Join(", ", okanda)}. Finns: {string.Join(", ", alla.Select(s => s.Namn))}.");
        }
        // The trivial page always runs first: it is the ceiling the search throughput is measured against.
        var valda = alla.Where(s => s.Namn == TrivialSida.Scenarionamn || installning.Scenarier is null || installning.Scenarier.Contains(s.Namn)).ToList();

        var klienter = new List<HttpClient>();
        try
        {
            for (var i = 0; i < installning.Klienter; i++)
            {
                klienter.Add(await LoggaInAsync(installning.Url, installning.HsaId));
            }
            ut.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Benchmark mot {installning.Url}: {installning.Klienter} klienter, {installning.Sekunder:0.#} s per scenario; patient {data.PatientId} med {data.PatientensHjalpmedel} levererade hjälpmedel."));
            var resultat = new List<Scenarioresultat>();
            foreach (var scenario in valda)
            {
                await scenario.ForberedAsync(klienter, installning.Sekunder, installning.HsaId, CancellationToken.None);
                var deltagare = klienter.Take(scenario.Klienter ?? klienter.Count).ToList();
                await KorFasAsync(scenario, deltagare, TimeSpan.FromSeconds(Uppvarmning(installning.Sekunder)));
                var matning = await KorFasAsync(scenario, deltagare, TimeSpan.FromSeconds(installning.Sekunder));
                var kontroll = await scenario.KontrolleraAsync(ut, CancellationToken.None);
                resultat.Add(matning with { MalPerSekund = scenario.MalPerSekund, MalP95Ms = scenario.MalP95Ms, Klienter = deltagare.Count, Brister = kontroll });
            }
            var tak = resultat.First(r => r.Namn == TrivialSida.Scenarionamn).PerSekund;
            resultat = resultat.Select(r => r with { Godkand = Bedom(r, tak).Count == 0 }).ToList();
            Skriv(resultat, tak, ut);
            return resultat;
        }
        finally
        {
            klienter.ForEach(k => k.Dispose());
        }
    }

    private static bool ArLoopback(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    /// <summary>Logs one client in as the app's own login page does: GET the picker, POST the HSA-id with the antiforgery token.</summary>
    private static async Task<HttpClient> LoggaInAsync(Uri bas, string hsaId)
    {
        var klient = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), UseCookies = true, AllowAutoRedirect = false })
        {
            BaseAddress = bas,
            Timeout = TimeSpan.FromSeconds(10),
        };
        try
        {
            var sida = await klient.GetStringAsync("/dev/inloggning");
            var token = Antiforgerytoken(sida)
                ?? throw new InvalidOperationException("Testinloggningen saknar antiforgery-token. Körs appen i Development?");
            using var svar = await klient.PostAsync("/dev/inloggning", new FormUrlEncodedContent(
            [
                new("hsaId", hsaId),
                new("returnUrl", ""),
                new("__RequestVerificationToken", token),
            ]));
            using var kontroll = await klient.GetAsync(new Uri("/om", UriKind.Relative));
            if (svar.StatusCode != HttpStatusCode.Redirect || kontroll.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"Inloggningen som {hsaId} misslyckades (svar {(int)svar.StatusCode}, /om {(int)kontroll.StatusCode}).");
            }
            return klient;
        }
        catch
        {
            klient.Dispose();
            throw;
        }
    }

    private static async Task<Scenarioresultat> KorFasAsync(IBenchmarkscenario scenario, List<HttpClient> klienter, TimeSpan tid)
    {
        using var stopp = new CancellationTokenSource(tid + TimeSpan.FromSeconds(15));
        var klocka = Stopwatch.StartNew();
        var uppgifter = klienter.Select((klient, index) => Task.Run(async () =>
        {
            var slump = new Random(1000 + index);
            var tider = new List<double>();
            var fel = new Dictionary<string, int>(StringComparer.Ordinal);
            while (klocka.Elapsed < tid && tider.Count + fel.Values.Sum() < MaxPerKlient)
            {
                var start = Stopwatch.GetTimestamp();
                string? utfall;
                try
                {
                    utfall = await scenario.KorAsync(klient, slump, stopp.Token);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException)
                {
                    utfall = e is TaskCanceledException ? "tidsgräns" : e.GetType().Name;
                }
                var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                if (utfall is null)
                {
                    tider.Add(ms);
                }
                else
                {
                    fel[utfall] = fel.GetValueOrDefault(utfall) + 1;
                }
            }
            return (tider, fel);
        })).ToList();
        var delar = await Task.WhenAll(uppgifter);
        var sekunder = klocka.Elapsed.TotalSeconds;
        var alla = delar.SelectMany(d => d.tider).Order().ToArray();
        var felPerTyp = delar.SelectMany(d => d.fel).GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.Sum(f => f.Value), StringComparer.Ordinal);
        var antal = alla.Length + felPerTyp.Values.Sum();
        return new Scenarioresultat(scenario.Namn, scenario.ArSokning, antal, felPerTyp, Percentil(alla, 50), Percentil(alla, 95), Percentil(alla, 99), antal / sekunder, Godkand: false);
    }

    private static double? Percentil(double[] sorterade, double p) =>
        sorterade.Length == 0 ? null : sorterade[Math.Clamp((int)Math.Ceiling(p / 100 * sorterade.Length) - 1, 0, sorterade.Length - 1)];

    /// <summary>The targets a scenario misses: errors, p95 over 30 ms, or (for searches) under 30 % of the trivial page's throughput.</summary>
    public static List<string> Bedom(Scenarioresultat r, double tak)
    {
        var brister = new List<string>();
        if (r.Fel.Count > 0)
        {
            brister.Add("fel");
        }
        if (r.MalPerSekund is { } mal)
        {
            if (r.PerSekund < mal)
            {
                brister.Add(string.Create(CultureInfo.InvariantCulture, $"under {mal:0} per sekund"));
            }
        }
        else if (r.P95 is not { } p95 || p95 > r.MalP95Ms)
        {
            brister.Add(string.Create(CultureInfo.InvariantCulture, $"p95 > {r.MalP95Ms:0} ms"));
        }
        brister.AddRange(r.Brister);
        if (r.ArSokning && r.PerSekund < MalSokandel * tak)
        {
            brister.Add(string.Create(CultureInfo.InvariantCulture, $"under {MalSokandel:P0} av trivialsidans förfr/s"));
        }
        return brister;
    }

    private static void Skriv(List<Scenarioresultat> resultat, double tak, TextWriter ut)
    {
        static string Ms(double? v) => v is { } x ? x.ToString("0.0", CultureInfo.InvariantCulture) : "–";
        ut.WriteLine();
        ut.WriteLine("Scenario        Klienter  Förfrågningar      Fel   p50 ms   p95 ms   p99 ms    förfr/s  Bedömning");
        foreach (var r in resultat)
        {
            var brister = Bedom(r, tak);
            var andel = r.ArSokning && tak > 0 ? string.Create(CultureInfo.InvariantCulture, $" ({r.PerSekund / tak:P0} av taket)") : "";
            ut.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Namn,-16}{r.Klienter,8}{r.Antal,15}{r.Fel.Values.Sum(),9}{Ms(r.P50),9}{Ms(r.P95),9}{Ms(r.P99),9}{r.PerSekund,11:0.0}  {(brister.Count == 0 ? "OK" : "EJ OK: " + string.Join(", ", brister))}{andel}"));
        }
        foreach (var r in resultat.Where(r => r.Fel.Count > 0))
        {
            ut.WriteLine($"  {r.Namn}: fel {string.Join(", ", r.Fel.Select(f => $"{f.Key} × {f.Value}"))}");
        }
        ut.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Mål: p95 ≤ {MalP95Ms:0} ms för varje scenario ({Laneforbindelsescenario.Scenarionamn}: {Laneforbindelsescenario.MalMs:0} ms, en pdf i taget), inga fel, sökningar ≥ {MalSokandel:P0} av trivialsidans ({TrivialSida.Scenarionamn}) förfrågningar per sekund; {Bestallningsscenario.Scenarionamn}: ≥ {Bestallningsscenario.MalOrderPerSekund:0} skickade ordrar per sekund, unika ordernummer och exakt lagersaldo."));
    }

    /// <summary>The antiforgery token of the first form on a page, as a form field value; null when there is none.</summary>
    public static string? Antiforgerytoken(string sida) =>
        Token().Match(sida) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

public sealed record Benchmarkinstallning(Uri Url, int Klienter, double Sekunder, IReadOnlyList<string>? Scenarier, string HsaId);

public sealed record Scenarioresultat(string Namn, bool ArSokning, int Antal, IReadOnlyDictionary<string, int> Fel, double? P50, double? P95, double? P99, double PerSekund, bool Godkand)
{
    /// <summary>A throughput target replacing the latency target (see <see cref="IBenchmarkscenario.MalPerSekund"/>).</summary>
    public double? MalPerSekund { get; init; }

    public double MalP95Ms { get; init; } = BenchmarkKommando.MalP95Ms;

    /// <summary>How many clients ran the scenario at once.</summary>
    public int Klienter { get; init; }

    /// <summary>What the scenario's own check afterwards found wrong.</summary>
    public IReadOnlyList<string> Brister { get; init; } = [];
}
