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
        rapport.Tabell(["Artikel", "Benämning", "Saldo"],
            Enumerable.Range(1, 120).Select(i => (IReadOnlyList<string>)[$"{70000 + i}", $"Sänggrind Line std alu folie bök, pår nr {i}", $"{i}"]));
        rapport.Underskrifter("Patientens underskrift", "Förskrivarens underskrift");
        var pdf = rapport.Spara();
        var text = await PdfText.ExtraheraAsync(pdf);
        // Wider than the page at 16 points: the heading wraps instead of running past the margin.
        Assert.Contains("Lagersaldorapport för Förråd", text, StringComparison.Ordinal);
        Assert.Contains("Rehabmottagningen Lund", text, StringComparison.Ordinal);
        Assert.Contains("Sänggrind Line std alu folie bök, pår nr 120", text, StringComparison.Ordinal);
        Assert.Contains("Patientens underskrift", text, StringComparison.Ordinal);
        Assert.Matches(@"Sida 1 av [2-9]", text);
        await PdfText.AssertIngaOverlappAsync("Rapporten", pdf);
    }

    [Fact]
    public async Task Kolumner_rubriker_och_underskrifter_far_plats_aven_med_langa_varden()
    {
        using var rapport = new PdfRapport("Lagersaldorapport", $"Lagersaldorapport – 4711 Förråd {new string('x', 120)}");
        rapport.Rubrik($"Lagersaldorapport – {new string('W', 60)}");
        rapport.Uppgifter([("Telefon på hämtadressen och ytterligare upplysningar", new string('M', 80)), ("Lager", "4711 Förråd Rehabmottagningen Lund")]);
        rapport.Tabell(["Artikel", "Benämning", "Artikeltyp", "Saldo", "Reserverat", "Tillgängligt", "Min nivå"],
            Enumerable.Range(1, 30).Select(i => (IReadOnlyList<string>)[$"99999{i:00000}", $"Specialanpassningsutrustningskomponentbeteckningen {i} med en lång beskrivning", "Huvudhjälpmedel", "1200", "1100", "100", "–"]));
        rapport.Tabell(["Individnummer", "Serienummer", "Artikel", "Benämning", "Lagerstatus", "Placering"],
            Enumerable.Range(1, 5).Select(i => (IReadOnlyList<string>)[$"{i:00000000000000000000}", new string('W', 40), "7248100000", "Korg till Rollator Futura", "Ej rekonditionerad", "Hylla A2, bakre förrådsrummet"]));
        rapport.Underskrifter("Patientens/låntagarens underskrift", "Namnförtydligande", "Datum");
        rapport.Underskrifter("Förskrivarens underskrift och förskrivarkod", "Namnförtydligande med titel och tjänsteställe", "Datum och ort");
        await PdfText.AssertIngaOverlappAsync("Rapporten", rapport.Spara());
    }
}
