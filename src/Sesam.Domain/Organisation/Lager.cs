using Sesam.Domain.Gemensamt;

namespace Sesam.Domain.Organisation;

public enum Lagertyp
{
    Centrallager = 1,
    EgetForrad = 2,
}

/// <summary>A stock location: the central warehouse or a unit's own store (eget förråd / buffertförråd).</summary>
public class Lager : Entitet
{
    private Lager() { Nummer = ""; Namn = ""; }

    public Lager(string nummer, string namn, Lagertyp typ)
    {
        Nummer = nummer;
        Namn = namn;
        Typ = typ;
    }

    public string Nummer { get; private set; }
    public string Namn { get; private set; }
    public Lagertyp Typ { get; private set; }

    public string Visningsnamn => $"{Nummer} {Namn}";
}
