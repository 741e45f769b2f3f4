namespace Sesam.Domain;

/// <summary>A document attached to an order row (e.g. a measurement sheet), stored with the order.</summary>
public class OrderradBilaga : Entitet
{
    public const int MaxStorlek = 5 * 1024 * 1024;
    public const int MaxPerRad = 5;
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

    private OrderradBilaga() { Filnamn = ""; Innehallstyp = ""; Innehall = []; }

    private OrderradBilaga(Orderrad rad, string filnamn, string innehallstyp, byte[] innehall, DateTime tid)
    {
        Orderrad = rad;
        Filnamn = filnamn;
        Innehallstyp = innehallstyp;
        Innehall = innehall;
        Storlek = innehall.Length;
        Uppladdad = tid;
    }

    /// <summary>Attaches a file to a row of a cart, within the size, type and count limits.</summary>
    public static OrderradBilaga Skapa(Orderrad rad, int befintligaPaRaden, string? filnamn, byte[] innehall, DateTime tid)
    {
        if (rad.Bestallning.Status != Orderstatus.Pagaende)
        {
            throw new DomainException("Beställningen är redan skickad och kan inte ändras.");
        }
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
            throw new DomainException($"Filen är för stor ({innehall.Length / 1024 / 1024.0:0.0} MB). En bilaga får vara högst {MaxStorlek / 1024 / 1024} MB.");
        }
        if (befintligaPaRaden >= MaxPerRad)
        {
            throw new DomainException($"En rad kan ha högst {MaxPerRad} bilagor.");
        }
        return new OrderradBilaga(rad, namn, typ, innehall, tid);
    }

    public int OrderradId { get; private set; }
    public Orderrad Orderrad { get; private set; } = null!;
    public string Filnamn { get; private set; }
    public string Innehallstyp { get; private set; }
    public int Storlek { get; private set; }
    public byte[] Innehall { get; private set; }
    public DateTime Uppladdad { get; private set; }
}
