using System.Text;
using Sesam.Domain.Audit;

namespace Sesam.Data;

/// <summary>
/// The PDL log's checkpoints, one line each, in a file outside the database (Pdl:Kontrollpunkter). Lines are only
/// ever appended, each flushed to disk before it counts as written; several Sesam processes may append to the same
/// file, since each line is a single small append.
/// </summary>
public static class Kontrollpunktsfil
{
    public static void LaggTill(string sokvag, Kontrollpunkt punkt)
    {
        using var fil = Oppna(sokvag);
        fil.Write(Encoding.UTF8.GetBytes(punkt.Rad() + "\n"));
        fil.Flush(flushToDisk: true);
    }

    /// <summary>Creates the file when missing, so that a path Sesam cannot write to stops it at start rather than
    /// at its first checkpoint.</summary>
    public static void KontrolleraSkrivbar(string sokvag)
    {
        try
        {
            using var fil = Oppna(sokvag);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"{Pdlinstallningar.KontrollpunkterNamn}: Sesam kan inte skriva i {sokvag} ({e.Message}).", e);
        }
    }

    /// <summary>The file's lines; none when the file does not exist (the verifier then reports a log without checkpoints).</summary>
    public static IEnumerable<string> Rader(string sokvag) => File.Exists(sokvag) ? File.ReadLines(sokvag) : [];

    private static FileStream Oppna(string sokvag) => new(sokvag, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
}
