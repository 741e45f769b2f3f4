using System.Globalization;
using Sesam.Domain.Gemensamt;

namespace Sesam.Domain.Mottagare;

/// <summary>
/// A Swedish personnummer or samordningsnummer with century: 12 digits, a valid date (day + 60 for
/// samordningsnummer) that is not in the future, and a Luhn check digit over the last ten digits.
/// An instance is always valid; <see cref="ToString"/> masks nothing, so never log it.
/// </summary>
public sealed class Personnummer : IEquatable<Personnummer>
{
    private Personnummer(string varde) => Varde = varde;

    /// <summary>The 12 digits, e.g. "191212121212".</summary>
    public string Varde { get; }

    public bool ArSamordningsnummer => int.Parse(Varde.AsSpan(6, 2), CultureInfo.InvariantCulture) > 60;

    public DateOnly Fodelsedatum
    {
        get
        {
            var dag = int.Parse(Varde.AsSpan(6, 2), CultureInfo.InvariantCulture);
            return new DateOnly(
                int.Parse(Varde.AsSpan(0, 4), CultureInfo.InvariantCulture),
                int.Parse(Varde.AsSpan(4, 2), CultureInfo.InvariantCulture),
                dag > 60 ? dag - 60 : dag);
        }
    }

    /// <summary>Formatted as ÅÅÅÅMMDD-NNNN.</summary>
    public string Formaterat => $"{Varde[..8]}-{Varde[8..]}";

    public int AlderVid(DateOnly dag)
    {
        var fodd = Fodelsedatum;
        var alder = dag.Year - fodd.Year;
        return fodd.AddYears(alder) > dag ? alder - 1 : alder;
    }

    public static Personnummer Parse(string? text, DateOnly idag) =>
        TryParse(text, idag, out var pnr, out var fel) ? pnr : throw new DomainException(fel);

    public static bool TryParse(string? text, DateOnly idag, out Personnummer personnummer, out string fel)
    {
        personnummer = null!;
        fel = Kontrollera(text, idag, out var siffror) ?? "";
        if (fel.Length > 0)
        {
            return false;
        }
        personnummer = new Personnummer(siffror);
        return true;
    }

    /// <summary>Rebuilds a value that was validated before it was stored.</summary>
    public static Personnummer FranLagrat(string varde) => new(varde);

    private static string? Kontrollera(string? text, DateOnly idag, out string siffror)
    {
        siffror = "";
        if (string.IsNullOrWhiteSpace(text))
        {
            return "Ange personnummer.";
        }
        var rensat = text.Trim();
        // The separator of ÅÅÅÅMMDD-NNNN, or of the ten-digit ÅÅMMDD-NNNN so that it gets the "12 siffror" message.
        if ((rensat.Length == 13 && rensat[8] is '-' or '+') || (rensat.Length == 11 && rensat[6] is '-' or '+'))
        {
            rensat = rensat.Remove(rensat.Length - 5, 1);
        }
        if (!rensat.All(char.IsAsciiDigit))
        {
            return "Personnumret får bara innehålla siffror (ÅÅÅÅMMDDNNNN).";
        }
        if (rensat.Length == 10)
        {
            return "Ange personnumret med 12 siffror, inklusive sekel (ÅÅÅÅMMDDNNNN).";
        }
        if (rensat.Length != 12)
        {
            return "Personnumret ska ha 12 siffror (ÅÅÅÅMMDDNNNN).";
        }
        var ar = int.Parse(rensat.AsSpan(0, 4), CultureInfo.InvariantCulture);
        var manad = int.Parse(rensat.AsSpan(4, 2), CultureInfo.InvariantCulture);
        var dag = int.Parse(rensat.AsSpan(6, 2), CultureInfo.InvariantCulture);
        if (dag > 60)
        {
            dag -= 60;
        }
        if (ar < 1880 || manad is < 1 or > 12 || dag < 1 || dag > DateTime.DaysInMonth(ar, manad))
        {
            return "Personnumret innehåller inget giltigt datum.";
        }
        if (new DateOnly(ar, manad, dag) > idag)
        {
            return "Personnumret har ett födelsedatum i framtiden.";
        }
        if (!LuhnOk(rensat.AsSpan(2)))
        {
            return "Kontrollsiffran stämmer inte. Kontrollera personnumret.";
        }
        siffror = rensat;
        return null;
    }

    private static bool LuhnOk(ReadOnlySpan<char> tioSiffror)
    {
        var summa = 0;
        for (var i = 0; i < tioSiffror.Length; i++)
        {
            var v = (tioSiffror[i] - '0') * (i % 2 == 0 ? 2 : 1);
            summa += v > 9 ? v - 9 : v;
        }
        return summa % 10 == 0;
    }

    /// <summary>The check digit that makes the first nine of the ten digits valid; used by test data generators.</summary>
    public static int Kontrollsiffra(ReadOnlySpan<char> nioSiffror)
    {
        var summa = 0;
        for (var i = 0; i < 9; i++)
        {
            var v = (nioSiffror[i] - '0') * (i % 2 == 0 ? 2 : 1);
            summa += v > 9 ? v - 9 : v;
        }
        return (10 - (summa % 10)) % 10;
    }

    public bool Equals(Personnummer? other) => other is not null && other.Varde == Varde;

    public override bool Equals(object? obj) => Equals(obj as Personnummer);

    public override int GetHashCode() => Varde.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Formaterat;
}
