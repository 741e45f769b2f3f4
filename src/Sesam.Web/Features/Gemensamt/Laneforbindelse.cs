using System.Globalization;
using Sesam.Web.Pdf;

namespace Sesam.Web.Features.Gemensamt;

/// <summary>A låneförbindelse template: the heading, the terms the patient signs, and optionally Bilaga 1.</summary>
public sealed record Laneforbindelsemall(string Kod, string Namn, IReadOnlyList<string> Villkor, IReadOnlyList<string> Bilaga1);

public sealed record LanatHjalpmedel(string Artikelnummer, string Benamning, string? Individnummer, string? Serienummer);

/// <summary>
/// The låneförbindelse form (partial _Laneforbindelseval): the template under "Välj" and the devices to tick, each a
/// checkbox named <see cref="Alternativ.Falt"/> with its id; a missing tick is reported under <see cref="Felnyckel"/>.
/// </summary>
public sealed record LaneforbindelseVal(string Action, string Mall, IReadOnlyList<LaneforbindelseVal.Alternativ> Hjalpmedel, string Felnyckel, string Stang)
{
    public sealed record Alternativ(string Falt, int Id, string Text, bool Vald);
}

/// <summary>A förskrivare named on the blankett, with the tjänsteställe the devices were prescribed from.</summary>
public sealed record LaneforbindelseForskrivare(string Namn, string? Forskrivarkod, string Tjanstestalle, string TjanstestalletsAdress, string? TjanstestalletsTelefon);

/// <summary>What a låneförbindelse names. <see cref="Forskrivare"/>: the förskrivare of the orders the devices came on,
/// each once.</summary>
public sealed record Laneforbindelseuppgifter(string Region, string Patient, string? Personnummer, string? Adress, bool SkyddadIdentitet,
    IReadOnlyList<LaneforbindelseForskrivare> Forskrivare, string? Ordernummer, DateOnly Datum, IReadOnlyList<LanatHjalpmedel> Hjalpmedel);

/// <summary>
/// The låneförbindelse / ansvarsblankett the patient signs when borrowing devices owned by Hjälpmedel: made after
/// sending an order (its devices preselected) and later from the patient (Mottagare → Registrera/skapa).
/// </summary>
public static class Laneforbindelse
{
    public const string IngetHjalpmedel = "Välj minst ett hjälpmedel.";

    public const string IngenMall = "Välj en blankett.";

    private const string CpapIsoKod = "040303";

    /// <summary>The region whose Hjälpmedelsverksamhet lends the devices, as printed on the blankett.</summary>
    public static string Region(IConfiguration konfiguration) => konfiguration["Sesam:Region"] ?? "Region Skåne";

    /// <summary>The template offered first: the CPAP ansvarsblankett when a CPAP is among the devices.</summary>
    public static string Forval(IEnumerable<string> isoKoder) => isoKoder.Contains(CpapIsoKod) ? "cpap" : "lan";

    public static IReadOnlyList<Laneforbindelsemall> Mallar { get; } =
    [
        new("cpap", "CPAP - Ansvarsblankett",
        [
            "Jag har tagit emot CPAP-utrustningen nedan för behandling i hemmet. Utrustningen ägs av Hjälpmedelsverksamheten och lånas ut så länge jag har behov av behandlingen.",
            "Jag förbinder mig att använda utrustningen enligt ordinationen och instruktionerna, sköta den enligt skötselanvisningen och byta filter och mask enligt anvisning.",
            "För CPAP tas en egenavgift ut. Avgiften faktureras tidigast 90 dagar efter utlämnandet. Lämnas utrustningen tillbaka inom 90 dagar tas avgiften bort.",
            "Fel eller skador ska genast anmälas till förskrivande enhet. Utrustningen får inte lånas ut till någon annan.",
            "När behovet upphör ska utrustningen med tillbehör återlämnas till förskrivande enhet. Förlorad eller skadad utrustning kan bli ersättningsskyldig.",
        ],
        []),
        new("lan", "Låneförbindelse",
        [
            "Jag har tagit emot hjälpmedlen nedan som lån. Hjälpmedlen ägs av Hjälpmedelsverksamheten och lånas ut så länge behovet finns.",
            "Jag har tagit del av reglerna och anvisningarna i Bilaga 1 och förbinder mig att följa dem.",
        ],
        [
            "Hjälpmedlet är ett personligt lån och får inte överlåtas, säljas eller lånas ut till någon annan.",
            "Hjälpmedlet ska användas på avsett sätt och skötas enligt bruksanvisningen. Den som lånar ansvarar för daglig skötsel och rengöring.",
            "Fel, skador och förlust ska snarast anmälas till förskrivaren. Reparationer och justeringar görs bara av Hjälpmedelsverksamheten eller den den anvisar.",
            "Vid flytt ska förskrivaren underrättas. Hjälpmedlet får inte tas med utomlands utan förskrivarens medgivande.",
            "När behovet upphör ska hjälpmedlet återlämnas rengjort, med alla tillbehör. Hämtning kan beställas via förskrivaren.",
            "Ett hjälpmedel som skadats genom vårdslöshet eller förlorats kan låntagaren bli ersättningsskyldig för.",
        ]),
    ];

    public static Laneforbindelsemall? Mall(string? kod) => Mallar.FirstOrDefault(m => m.Kod == kod);

    public static byte[] Skapa(Laneforbindelsemall mall, Laneforbindelseuppgifter u)
    {
        using var pdf = new PdfRapport(mall.Namn, $"{mall.Namn} – {u.Region}");
        pdf.Rubrik(mall.Namn);
        pdf.Stycke($"{u.Region} – Hjälpmedelsverksamheten", fet: true);
        pdf.Uppgifter([
            ("Patient", u.Patient),
            ("Personnummer", u.Personnummer ?? "–"),
            ("Adress", SkyddadIdentitet.Visa(u.SkyddadIdentitet, u.Adress)),
            ("Datum", u.Datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            .. u.Forskrivare.SelectMany(f => new[]
            {
                ("Förskrivare", f.Forskrivarkod is null ? f.Namn : $"{f.Namn} ({f.Forskrivarkod})"),
                ("Tjänsteställe", $"{f.Tjanstestalle}\n{f.TjanstestalletsAdress}" + (f.TjanstestalletsTelefon is null ? "" : $"\nTel {f.TjanstestalletsTelefon}")),
            }),
            ("Ordernummer", u.Ordernummer ?? "–"),
        ]);
        pdf.Tabell(["Artikelnummer", "Benämning", "Individnummer", "Serienummer"],
            u.Hjalpmedel.Select(h => (IReadOnlyList<string>)[h.Artikelnummer, h.Benamning, h.Individnummer ?? "–", h.Serienummer ?? "–"]));
        pdf.Rubrik("Villkor", 12);
        foreach (var villkor in mall.Villkor)
        {
            pdf.Stycke(villkor);
        }
        pdf.Underskrifter("Patientens/låntagarens underskrift", "Namnförtydligande", "Datum");
        pdf.Underskrifter("Förskrivarens underskrift", "Namnförtydligande", "Datum");
        if (mall.Bilaga1.Count > 0)
        {
            pdf.Rubrik("Bilaga 1 – Regler och anvisningar", 12);
            for (var i = 0; i < mall.Bilaga1.Count; i++)
            {
                pdf.Stycke($"{i + 1}. {mall.Bilaga1[i]}");
            }
        }
        return pdf.Spara();
    }
}
