using Sesam.Data;

namespace Sesam.Web.Tests.Infrastruktur;

/// <summary>The PDL log's key file and checkpoint file for one test app or database, in the temp folder.</summary>
public sealed class TestPdl : IDisposable
{
    /// <summary>32 bytes; tests' logs prove nothing, so the key need not be secret.</summary>
    public const string Nyckel = "VGVzdG5ueWNrZWwgZsO2ciBTZXNhbXMgUERMLWxvZ2c=";

    public TestPdl()
    {
        var namn = Guid.NewGuid().ToString("N");
        Nyckelfil = Path.Combine(Path.GetTempPath(), $"sesam-pdl-nyckel-{namn}.txt");
        Kontrollpunkter = Path.Combine(Path.GetTempPath(), $"sesam-kontrollpunkter-{namn}.txt");
        File.WriteAllText(Nyckelfil, Nyckel + "\n");
    }

    public string Nyckelfil { get; }

    public string Kontrollpunkter { get; }

    public IReadOnlyDictionary<string, string> Installningar => new Dictionary<string, string>
    {
        [Pdlinstallningar.NyckelFilNamn] = Nyckelfil,
        [Pdlinstallningar.KontrollpunkterNamn] = Kontrollpunkter,
    };

    public Pdlinstallningar Las() => Pdlinstallningar.Las(k => Installningar.GetValueOrDefault(k), utveckling: false);

    /// <summary>verifiera-logg's arguments for this key and checkpoint file.</summary>
    public string[] Argument => ["--nyckelfil", Nyckelfil, "--kontrollpunkter", Kontrollpunkter];

    public void Dispose()
    {
        File.Delete(Nyckelfil);
        File.Delete(Kontrollpunkter);
    }
}
