using System.Globalization;

namespace Sesam.Domain.Audit;

/// <summary>
/// A signed record that the PDL log's chain had reached <see cref="Lopnummer"/> with <see cref="Hash"/> at
/// <see cref="Tidpunkt"/>, kept outside the log's database. The keyed chain alone cannot show that its newest entries
/// were deleted, since what remains is still a valid chain; a checkpoint past the log's end, or naming another hash
/// for an entry, can.
/// </summary>
public sealed record Kontrollpunkt
{
    private Kontrollpunkt(long lopnummer, string hash, DateTime tidpunkt, string signatur)
    {
        Lopnummer = lopnummer;
        Hash = hash;
        Tidpunkt = tidpunkt;
        Signatur = signatur;
    }

    public long Lopnummer { get; }
    public string Hash { get; }
    public DateTime Tidpunkt { get; }
    public string Signatur { get; }

    public static Kontrollpunkt Skapa(long lopnummer, string hash, DateTime tidpunkt, Loggnyckel nyckel)
    {
        var utc = DateTime.SpecifyKind(tidpunkt, DateTimeKind.Utc);
        return new Kontrollpunkt(lopnummer, hash, utc, nyckel.Signera(Signerad(lopnummer, hash, utc)));
    }

    public bool ArAkta(Loggnyckel nyckel) => nyckel.Signera(Signerad(Lopnummer, Hash, Tidpunkt)) == Signatur;

    /// <summary>One line of the checkpoint file: löpnummer;hash;tidpunkt;signatur.</summary>
    public string Rad() => string.Join(';', Lopnummer.ToString(CultureInfo.InvariantCulture), Hash, Tidpunkt.ToString("O", CultureInfo.InvariantCulture), Signatur);

    /// <summary>The checkpoint a line of the file holds, or null when the line is not one.</summary>
    public static Kontrollpunkt? Tolka(string rad)
    {
        var delar = rad.Split(';');
        if (delar.Length != 4
            || !long.TryParse(delar[0], NumberStyles.None, CultureInfo.InvariantCulture, out var lopnummer)
            || !DateTime.TryParseExact(delar[2], "O", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var tidpunkt)
            || tidpunkt.Kind != DateTimeKind.Utc)
        {
            return null;
        }
        return new Kontrollpunkt(lopnummer, delar[1], tidpunkt, delar[3]);
    }

    /// <summary>The signed text starts with a word no chain entry's text starts with (those start with a number), so a
    /// checkpoint's signature can never pass for an entry's hash or the other way round.</summary>
    private static string Signerad(long lopnummer, string hash, DateTime tidpunkt) => string.Join('\u001f',
        "kontrollpunkt", lopnummer.ToString(CultureInfo.InvariantCulture), hash, tidpunkt.ToString("O", CultureInfo.InvariantCulture));
}
