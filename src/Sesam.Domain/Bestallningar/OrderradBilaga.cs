using Sesam.Domain.Gemensamt;

namespace Sesam.Domain.Bestallningar;

/// <summary>A document attached to an order row (e.g. a measurement sheet), stored with the order.</summary>
public class OrderradBilaga : Entitet
{
    public const int MaxPerRad = 5;

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
        var (namn, typ) = Bilagefil.Kontrollera(filnamn, innehall);
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
