using System.Globalization;
using Sesam.Domain.Audit;
using Sesam.Domain.Gemensamt;

namespace Sesam.Data;

/// <summary>
/// Where the PDL log's key and checkpoints are, from configuration (Pdl:…). Outside Development both are required:
/// without the key the log cannot be verified, and without checkpoints deleting its newest entries goes unnoticed.
/// </summary>
public sealed record Pdlinstallningar(Loggnyckel Nyckel, string Kontrollpunkter, int KontrollpunktEfterPoster, TimeSpan KontrollpunktEfterTid)
{
    public const string NyckelNamn = "Pdl:Nyckel";
    public const string NyckelFilNamn = "Pdl:NyckelFil";
    public const string KontrollpunkterNamn = "Pdl:Kontrollpunkter";
    public const string EfterPosterNamn = "Pdl:KontrollpunktEfterPoster";
    public const string EfterSekunderNamn = "Pdl:KontrollpunktEfterSekunder";

    /// <summary>Development's key: public, so a development log proves nothing, but it verifies across restarts.</summary>
    public const string Utvecklingsnyckel = "U2VzYW1zIHV0dmVja2xpbmdzbnlja2VsLCBpbmdlbiBoZW1saWdoZXQ=";

    public const string Utvecklingskontrollpunkter = "sesam-kontrollpunkter.txt";

    public static Pdlinstallningar Las(Func<string, string?> varde, bool utveckling)
    {
        string? Satt(string namn) => varde(namn) is { Length: > 0 } v ? v : null;

        var text = (Satt(NyckelNamn), Satt(NyckelFilNamn)) switch
        {
            ({ } nyckel, null) => nyckel,
            (null, { } fil) => File.Exists(fil)
                ? File.ReadAllText(fil)
                : throw new InvalidOperationException($"{NyckelFilNamn}: nyckelfilen {fil} finns inte."),
            (null, null) when utveckling => Utvecklingsnyckel,
            (null, null) => throw new InvalidOperationException(
                $"Granskningsloggen behöver en nyckel: ange {NyckelFilNamn} (en fil med nyckeln i base64) eller {NyckelNamn}. " +
                "Skapa den med openssl rand -base64 32 och förvara den utanför databasen; utan den går loggen inte att verifiera."),
            _ => throw new InvalidOperationException($"Ange antingen {NyckelNamn} eller {NyckelFilNamn}, inte båda."),
        };
        Loggnyckel loggnyckel;
        try
        {
            loggnyckel = Loggnyckel.FranBase64(text);
        }
        catch (DomainException e)
        {
            throw new InvalidOperationException($"{(Satt(NyckelNamn) is null ? NyckelFilNamn : NyckelNamn)}: {e.Message}", e);
        }

        var kontrollpunkter = Satt(KontrollpunkterNamn) ?? (utveckling ? Utvecklingskontrollpunkter : throw new InvalidOperationException(
            $"Granskningsloggen behöver en fil för kontrollpunkter: ange {KontrollpunkterNamn}, en fil utanför databasen som databasens " +
            "användare inte kan skriva i. Utan kontrollpunkter märks det inte om loggens senaste poster tas bort."));
        return new Pdlinstallningar(loggnyckel, kontrollpunkter,
            Positivt(Satt(EfterPosterNamn), EfterPosterNamn, 1000),
            TimeSpan.FromSeconds(Positivt(Satt(EfterSekunderNamn), EfterSekunderNamn, 60)));
    }

    private static int Positivt(string? text, string namn, int standard) =>
        text is null ? standard
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var tal) && tal > 0 ? tal
        : throw new InvalidOperationException($"{namn} måste vara ett positivt heltal, inte '{text}'.");
}
