using Sesam.Tools;
using Sesam.Tools.Benchmark;

// Operator and developer commands: sesam-tools <kommando> [argument]. Each command lives in its own class.
var kommandon = new Dictionary<string, Func<string[], Task<int>>>(StringComparer.OrdinalIgnoreCase)
{
    ["verifiera-logg"] = VerifieraLogg.KorAsync,
    ["skapa-skaldata"] = SkapaSkaldata.KorAsync,
    ["benchmark"] = BenchmarkKommando.KorAsync,
};

if (args.Length == 0 || !kommandon.TryGetValue(args[0], out var kommando))
{
    Console.Error.WriteLine("Användning: sesam-tools <kommando> [argument]");
    Console.Error.WriteLine("Kommandon: " + string.Join(", ", kommandon.Keys.Order()));
    return 2;
}
return await kommando(args[1..]);
