using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Sesam.Domain.Audit;

/// <summary>
/// One entry of the PDL audit log (who saw or did what with whose data). Append-only: every entry carries the
/// hash of the previous one, so altering or deleting a row breaks the chain and <see cref="Loggkedja"/> finds it.
/// </summary>
public class Loggpost
{
    private Loggpost() { HsaId = ""; Handling = ""; Beskrivning = ""; ForegaendeHash = ""; Hash = ""; }

    public Loggpost(long lopnummer, DateTime tidpunkt, string hsaId, int? tjanstestalleId, int? mottagareId, string handling, string beskrivning, string foregaendeHash)
    {
        Lopnummer = lopnummer;
        Tidpunkt = DateTime.SpecifyKind(new DateTime(tidpunkt.Ticks - (tidpunkt.Ticks % TimeSpan.TicksPerMillisecond), tidpunkt.Kind), DateTimeKind.Utc);
        HsaId = hsaId;
        TjanstestalleId = tjanstestalleId;
        MottagareId = mottagareId;
        Handling = handling;
        Beskrivning = beskrivning;
        ForegaendeHash = foregaendeHash;
        Hash = BeraknaHash();
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

    public string BeraknaHash()
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
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}

public static class Loggkedja
{
    /// <summary>Checks entries in chain order; returns the first broken one's löpnummer and why, or null when intact.</summary>
    public static (long Lopnummer, string Fel)? Verifiera(IEnumerable<Loggpost> posterIOrdning)
    {
        var foregaende = Loggpost.Startvarde;
        long forvantat = 1;
        foreach (var post in posterIOrdning)
        {
            if (post.Lopnummer != forvantat)
            {
                return (forvantat, $"Post {forvantat} saknas.");
            }
            if (post.ForegaendeHash != foregaende)
            {
                return (post.Lopnummer, "Kedjan är bruten: föregående hash stämmer inte.");
            }
            if (post.BeraknaHash() != post.Hash)
            {
                return (post.Lopnummer, "Posten har ändrats: hashen stämmer inte med innehållet.");
            }
            foregaende = post.Hash;
            forvantat++;
        }
        return null;
    }
}
