using System.Globalization;

namespace Sesam.Domain.Audit;

/// <summary>
/// One entry of the PDL audit log (who saw or did what with whose data). Append-only: every entry carries the
/// hash of the previous one, so altering or deleting a row breaks the chain and <see cref="Loggkedja"/> finds it;
/// deleting the newest rows leaves a valid chain, which is what <see cref="Kontrollpunkt"/>s are for. The hash is
/// keyed (HMAC-SHA256 with a <see cref="Loggnyckel"/> the database does not hold), so a chain rewritten and
/// recomputed by someone without the key does not verify.
/// </summary>
public class Loggpost
{
    private Loggpost() { HsaId = ""; Handling = ""; Beskrivning = ""; ForegaendeHash = ""; Hash = ""; }

    public Loggpost(long lopnummer, DateTime tidpunkt, string hsaId, int? tjanstestalleId, int? mottagareId, string handling, string beskrivning, string foregaendeHash, Loggnyckel nyckel)
    {
        Lopnummer = lopnummer;
        Tidpunkt = DateTime.SpecifyKind(new DateTime(tidpunkt.Ticks - (tidpunkt.Ticks % TimeSpan.TicksPerMillisecond), tidpunkt.Kind), DateTimeKind.Utc);
        HsaId = hsaId;
        TjanstestalleId = tjanstestalleId;
        MottagareId = mottagareId;
        Handling = handling;
        Beskrivning = beskrivning;
        ForegaendeHash = foregaendeHash;
        Hash = BeraknaHash(nyckel);
    }

    public const string Startvarde = "0000000000000000000000000000000000000000000000000000000000000000";

    public long Id { get; private set; }
    /// <summary>Position in the chain: 1, 2, 3 … without gaps.</summary>
    public long Lopnummer { get; private set; }
    public DateTime Tidpunkt { get; private set; }
    public string HsaId { get; private set; }
    public int? TjanstestalleId { get; private set; }
    /// <summary>The patient (mottagare) whose data was seen or changed; never the personnummer itself.</summary>
    public int? MottagareId { get; private set; }
    public string Handling { get; private set; }
    public string Beskrivning { get; private set; }
    public string ForegaendeHash { get; private set; }
    public string Hash { get; private set; }

    public string BeraknaHash(Loggnyckel nyckel)
    {
        var text = string.Join('\u001f',
            Lopnummer.ToString(CultureInfo.InvariantCulture),
            Tidpunkt.ToString("O", CultureInfo.InvariantCulture),
            HsaId,
            TjanstestalleId?.ToString(CultureInfo.InvariantCulture) ?? "",
            MottagareId?.ToString(CultureInfo.InvariantCulture) ?? "",
            Handling,
            Beskrivning,
            ForegaendeHash);
        return nyckel.Signera(text);
    }
}

/// <summary>Why the log failed verification: the entry concerned, when there is one, and a Swedish explanation.</summary>
public sealed record Loggfel(long? Lopnummer, string Meddelande);

public static class Loggkedja
{
    /// <summary>
    /// Checks entries in chain order against the key and the checkpoint file's lines; returns the first fault, or null
    /// when the log is intact. Entries after the newest checkpoint are protected by the keyed chain only: deleting some
    /// of those is not detectable, which is why checkpoints are written often.
    /// </summary>
    public static Loggfel? Verifiera(IEnumerable<Loggpost> posterIOrdning, Loggnyckel nyckel, IEnumerable<string> kontrollpunktsrader)
    {
        var kontrollpunkter = new Dictionary<long, List<Kontrollpunkt>>();
        Kontrollpunkt? senaste = null;
        var radnummer = 0;
        foreach (var rad in kontrollpunktsrader)
        {
            radnummer++;
            if (rad.Length == 0)
            {
                continue;
            }
            if (Kontrollpunkt.Tolka(rad) is not { } punkt)
            {
                return new Loggfel(null, $"Rad {radnummer} i kontrollpunktsfilen är ingen kontrollpunkt.");
            }
            if (!punkt.ArAkta(nyckel))
            {
                return new Loggfel(null, $"Kontrollpunkten på rad {radnummer} har fel signatur: den har ändrats eller skrivits med en annan nyckel.");
            }
            if (!kontrollpunkter.TryGetValue(punkt.Lopnummer, out var vidLopnummer))
            {
                kontrollpunkter[punkt.Lopnummer] = vidLopnummer = [];
            }
            vidLopnummer.Add(punkt);
            if (senaste is null || punkt.Lopnummer > senaste.Lopnummer)
            {
                senaste = punkt;
            }
        }

        var foregaende = Loggpost.Startvarde;
        long forvantat = 1;
        foreach (var post in posterIOrdning)
        {
            if (post.Lopnummer != forvantat)
            {
                return new Loggfel(forvantat, $"Post {forvantat} saknas.");
            }
            if (post.ForegaendeHash != foregaende)
            {
                return new Loggfel(post.Lopnummer, $"Kedjan är bruten vid post {post.Lopnummer}: föregående hash stämmer inte.");
            }
            if (post.BeraknaHash(nyckel) != post.Hash)
            {
                return new Loggfel(post.Lopnummer,
                    $"Post {post.Lopnummer} har ändrats eller skrivits med en annan nyckel: hashen stämmer inte med innehållet.");
            }
            if (kontrollpunkter.TryGetValue(post.Lopnummer, out var punkter) && punkter.Find(p => p.Hash != post.Hash) is { } annan)
            {
                return new Loggfel(post.Lopnummer,
                    $"Post {post.Lopnummer} stämmer inte med kontrollpunkten från {Tid(annan)}: loggen har skrivits om.");
            }
            foregaende = post.Hash;
            forvantat++;
        }

        var sista = forvantat - 1;
        if (senaste is not null && senaste.Lopnummer > sista)
        {
            return new Loggfel(sista + 1,
                $"Loggen slutar vid post {sista}, men kontrollpunkten från {Tid(senaste)} visar att den hade nått post {senaste.Lopnummer}: poster i slutet har tagits bort.");
        }
        if (senaste is null && sista > 0)
        {
            return new Loggfel(null,
                $"Loggen har {sista} poster men ingen kontrollpunkt: kontrollpunktsfilen saknas, har tömts eller är inte den som Sesam skriver till.");
        }
        return null;
    }

    private static string Tid(Kontrollpunkt punkt) =>
        punkt.Tidpunkt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC";
}
