using System.Buffers;
using System.Globalization;

namespace Sesam.Tools.Benchmark;

/// <summary>
/// One kind of request the benchmark repeats. <see cref="KorAsync"/> performs one operation with the client's
/// logged-in HttpClient and returns null on success or a short description of the error (e.g. "404").
/// To add a scenario, write a small class and list it in <see cref="Scenarier.Alla"/>.
/// </summary>
public interface IBenchmarkscenario
{
    string Namn { get; }

    /// <summary>Search scenarios must reach a share of the trivial page's throughput.</summary>
    bool ArSokning { get; }

    Task<string?> KorAsync(HttpClient klient, Random slump, CancellationToken ct);

    /// <summary>A throughput target (operations per second) instead of the latency target, for heavy operations.</summary>
    double? MalPerSekund => null;

    /// <summary>The p95 latency target in milliseconds.</summary>
    double MalP95Ms => BenchmarkKommando.MalP95Ms;

    /// <summary>How many of the clients run the scenario; null for all of them.</summary>
    int? Klienter => null;

    /// <summary>Prepares what the operations consume (e.g. carts to send), before the warm-up.</summary>
    Task ForberedAsync(IReadOnlyList<HttpClient> klienter, double sekunder, string hsaId, CancellationToken ct) => Task.CompletedTask;

    /// <summary>Checks the database afterwards, prints the figures and returns what is wrong.</summary>
    Task<IReadOnlyList<string>> KontrolleraAsync(TextWriter ut, CancellationToken ct) => Task.FromResult<IReadOnlyList<string>>([]);
}

/// <summary>A scenario that GETs one page and expects 200.</summary>
public abstract class Sidscenario(Scenariodata data) : IBenchmarkscenario
{
    protected Scenariodata Data { get; } = data;

    public abstract string Namn { get; }

    public virtual bool ArSokning => false;

    protected abstract string Url(Random slump);

    /// <summary>
    /// Reads the whole page, as a browser must before it shows it, but into one reused buffer: the client shares the
    /// app's two cores, and buffering each page in a growing MemoryStream cost it 0.15 ms of CPU per 100 kB patient
    /// page (0.57 against 0.42 ms), CPU the app then lacked.
    /// </summary>
    public async Task<string?> KorAsync(HttpClient klient, Random slump, CancellationToken ct)
    {
        using var svar = await klient.GetAsync(Url(slump), HttpCompletionOption.ResponseHeadersRead, ct);
        await using var strom = await svar.Content.ReadAsStreamAsync(ct);
        var buffert = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            while (await strom.ReadAsync(buffert, ct) > 0)
            {
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffert);
        }
        return svar.StatusCode == System.Net.HttpStatusCode.OK ? null : ((int)svar.StatusCode).ToString(CultureInfo.InvariantCulture);
    }

    protected static T Valj<T>(IReadOnlyList<T> lista, Random slump) =>
        lista.Count > 0 ? lista[slump.Next(lista.Count)] : throw new InvalidOperationException("Databasen saknar data för scenariot.");
}

/// <summary>The ceiling: the cheapest real page of the same app (layout, login and all).</summary>
public sealed class TrivialSida(Scenariodata data) : Sidscenario(data)
{
    public const string Scenarionamn = "om";

    public override string Namn => Scenarionamn;

    protected override string Url(Random slump) => "/om";
}

public sealed class Artikelsok(Scenariodata data) : Sidscenario(data)
{
    public override string Namn => "artikelsok";

    public override bool ArSokning => true;

    protected override string Url(Random slump) => "/artiklar?sok=" + Uri.EscapeDataString(Valj(Data.Sokfragor, slump));
}

public sealed class Artikelinfo(Scenariodata data) : Sidscenario(data)
{
    public override string Namn => "artikelinfo";

    protected override string Url(Random slump) => "/artiklar/" + Valj(Data.Artikelnummer, slump);
}

public sealed class Individsok(Scenariodata data) : Sidscenario(data)
{
    public override string Namn => "individsok";

    public override bool ArSokning => true;

    protected override string Url(Random slump) => "/individ?sok=" + Uri.EscapeDataString(Valj(Data.Individmonster, slump));
}

public sealed class Patientvy(Scenariodata data) : Sidscenario(data)
{
    public override string Namn => "patientvy";

    protected override string Url(Random slump) =>
        "/mottagare/" + (Data.PatientId ?? throw new InvalidOperationException("Databasen saknar patient med levererade hjälpmedel.")).ToString(CultureInfo.InvariantCulture);
}

public static class Scenarier
{
    public static IReadOnlyList<IBenchmarkscenario> Alla(Scenariodata data) =>
    [
        new TrivialSida(data),
        new Artikelsok(data),
        new Artikelinfo(data),
        new Individsok(data),
        new Patientvy(data),
        new Bestallningsscenario(data),
        new Laneforbindelsescenario(data),
    ];
}
