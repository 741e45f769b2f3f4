namespace Sesam.Domain.Gemensamt;

/// <summary>The rules for a file attached to an order row, an arbetsorder or a felrapport: name, type and size.</summary>
public static class Bilagefil
{
    public const int MaxStorlek = 5 * 1024 * 1024;
    public const int MaxFilnamn = 200;

    /// <summary>The file types accepted, by extension, with the content type they are served with.</summary>
    public static IReadOnlyDictionary<string, string> TillatnaTyper { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".png"] = "image/png",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".txt"] = "text/plain",
    };

    public static string ForStorText(long storlek) =>
        $"Filen är för stor ({storlek / 1024 / 1024.0:0.0} MB). En bilaga får vara högst {MaxStorlek / 1024 / 1024} MB.";

    /// <summary>Checks a file and returns its display name (<see cref="Visningsnamn"/>) and the content type to serve it with.</summary>
    public static (string Filnamn, string Innehallstyp) Kontrollera(string? filnamn, byte[] innehall)
    {
        var namn = Visningsnamn(filnamn);
        if (namn.Length == 0 || innehall.Length == 0)
        {
            throw new DomainException("Välj en fil att bifoga. Tomma filer kan inte bifogas.");
        }
        if (namn.Length > MaxFilnamn)
        {
            throw new DomainException($"Filnamnet får vara högst {MaxFilnamn} tecken.");
        }
        if (!TillatnaTyper.TryGetValue(Path.GetExtension(namn), out var typ))
        {
            throw new DomainException($"Filtypen kan inte bifogas. Tillåtna filtyper: {string.Join(", ", TillatnaTyper.Keys)}.");
        }
        if (innehall.Length > MaxStorlek)
        {
            throw new DomainException(ForStorText(innehall.Length));
        }
        return (namn, typ);
    }

    /// <summary>
    /// The name a file is stored and shown under: without any path (a Windows client may send "C:\\...\\x.pdf",
    /// which is not a path separator on the server), without control characters (CR/LF would split a
    /// Content-Disposition header, NUL cuts names in other systems), and with the escapes browsers put in a multipart
    /// file name (HTML: " as %22, CR as %0D, LF as %0A) undone, so the name is not encoded twice when it is served.
    /// </summary>
    public static string Visningsnamn(string? filnamn)
    {
        var namn = (filnamn ?? "").Replace("%22", "\"", StringComparison.OrdinalIgnoreCase)
            .Replace("%0D", "", StringComparison.OrdinalIgnoreCase)
            .Replace("%0A", "", StringComparison.OrdinalIgnoreCase);
        namn = namn[(namn.LastIndexOfAny(['/', '\\']) + 1)..];
        return new string(namn.Where(c => !char.IsControl(c)).ToArray()).Trim();
    }
}

/// <summary>A file attached to an arbetsorder or a felrapport, stored with it.</summary>
public abstract class Bilaga : Entitet
{
    protected Bilaga() { Filnamn = ""; Innehallstyp = ""; Innehall = []; }

    protected Bilaga(string? filnamn, byte[] innehall, DateTime tid)
    {
        (Filnamn, Innehallstyp) = Bilagefil.Kontrollera(filnamn, innehall);
        Innehall = innehall;
        Storlek = innehall.Length;
        Uppladdad = tid;
    }

    public string Filnamn { get; private set; }
    public string Innehallstyp { get; private set; }
    public int Storlek { get; private set; }
    public byte[] Innehall { get; private set; }
    public DateTime Uppladdad { get; private set; }
}
