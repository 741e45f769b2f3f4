using Sesam.Domain.Gemensamt;

namespace Sesam.Domain.Katalog;

/// <summary>What a user is told about delivery when ordering today: a date, or why there is none.</summary>
public sealed record Leveransbesked(DateOnly? Datum, bool Tidigast, string Text);

/// <summary>
/// The estimated delivery date of an artikel ordered today from the Hjälpmedelsverksamhet, counted in
/// Swedish working days (<see cref="Arbetsdagskalender"/>). What is available in the central lager goes
/// out as a lagerhållen artikel; anything else must first be bought in, within the artikel's leveranstid. Only an
/// Aktiv artikel is bought in: Utgående and Utgått ones are delivered from stock or not at all.
/// </summary>
public static class Leveransberakning
{
    /// <summary>Working days for stock artiklar ("7 = lagerhållna artiklar, leverans inom 7 vardagar").</summary>
    public const int LagerhallenArbetsdagar = 7;

    public static Leveransbesked OmBestalldIdag(
        Leveranstidsklass klass, Artikelstatus status, bool bestallningsbar, int tillgangligtICentrallager, DateOnly idag)
    {
        if (!bestallningsbar)
        {
            return new Leveransbesked(null, false, "Artikeln kan inte beställas via Sesam.");
        }
        if (tillgangligtICentrallager > 0)
        {
            var datum = Arbetsdagskalender.LaggTillArbetsdagar(idag, LagerhallenArbetsdagar);
            return new Leveransbesked(datum, false, $"Finns i lager: leverans senast {datum:yyyy-MM-dd} ({LagerhallenArbetsdagar} arbetsdagar).");
        }
        if (status != Artikelstatus.Aktiv)
        {
            return new Leveransbesked(null, false, status == Artikelstatus.Utgatt
                ? "Artikeln har utgått och finns inte i lager. Den kan inte köpas in."
                : "Artikeln är utgående och finns inte i lager. Den kan inte köpas in.");
        }
        var inkop = Arbetsdagskalender.LaggTillArbetsdagar(idag, (int)klass);
        return klass == Leveranstidsklass.Over17
            ? new Leveransbesked(inkop, true, $"Köps in från leverantören: leverans tidigast {inkop:yyyy-MM-dd} (över 17 arbetsdagar).")
            : new Leveransbesked(inkop, false, $"Köps in från leverantören: leverans senast {inkop:yyyy-MM-dd} ({(int)klass} arbetsdagar).");
    }
}
