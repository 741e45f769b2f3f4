using Sesam.Web.Pdf;
using Sesam.Web.Tests.Infrastruktur;

namespace Sesam.Web.Tests;

public sealed class PdfRapportTests
{
    [Fact]
    public async Task Svenska_tecken_tabeller_och_sidbrytning_blir_ratt()
    {
        using var rapport = new PdfRapport("Lagersaldorapport", "Sesam – Region Skåne");
        rapport.Rubrik("Lagersaldorapport för Förråd Rehabmottagningen Lund");
        rapport.Uppgifter([("Tjänsteställe", "4711 Rehabmottagningen Lund"), ("Utskriven", "2026-11-22")]);
        rapport.Tabell(["Artikel", "Benämning", "Saldo"], [1, 4, 1],
            Enumerable.Range(1, 120).Select(i => (IReadOnlyList<string>)[$"{70000 + i}", $"Sänggrind Line std alu folie bök, pår nr {i}", $"{i}"]));
        rapport.Underskrifter("Patientens underskrift", "Förskrivarens underskrift");
        var text = await PdfText.ExtraheraAsync(rapport.Spara());
        Assert.Contains("Lagersaldorapport för Förråd Rehabmottagningen Lund", text, StringComparison.Ordinal);
        Assert.Contains("Sänggrind Line std alu folie bök, pår nr 120", text, StringComparison.Ordinal);
        Assert.Contains("Patientens underskrift", text, StringComparison.Ordinal);
        Assert.Matches(@"Sida 1 av [2-9]", text);
    }
}
