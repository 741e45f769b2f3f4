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

    /// <summary>Checks a file and returns its name without any path and the content type to serve it with.</summary>
    public static (string Filnamn, string Innehallstyp) Kontrollera(string? filnamn, byte[] innehall)
    {
        var namn = Path.GetFileName(filnamn?.Trim() ?? "");
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
