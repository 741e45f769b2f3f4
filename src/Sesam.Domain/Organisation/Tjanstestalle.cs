using Sesam.Domain.Gemensamt;

namespace Sesam.Domain.Organisation;

/// <summary>A care unit. It decides the delivery address and which lager is the unit's eget förråd.</summary>
public class Tjanstestalle : Entitet
{
    private Tjanstestalle() { Kod = ""; Namn = ""; Adress = null!; }

    public Tjanstestalle(string kod, string namn, Adress adress, Kund kund, string? telefon = null)
    {
        Kod = kod;
        Namn = namn;
        Adress = adress;
        Kund = kund;
        Telefon = telefon;
    }

    public string Kod { get; private set; }
    public string Namn { get; private set; }
    public Adress Adress { get; private set; }
    public string? Telefon { get; private set; }
    public int KundId { get; private set; }
    public Kund Kund { get; private set; } = null!;
    public int? ForradId { get; private set; }
    public Lager? Forrad { get; private set; }

    public string Visningsnamn => $"{Kod} {Namn}";

    public void AngeForrad(Lager lager)
    {
        if (lager.Typ != Lagertyp.EgetForrad)
        {
            throw new DomainException("Endast ett eget förråd kan kopplas till ett tjänsteställe.");
        }
        Forrad = lager;
        ForradId = lager.Id;
    }
}
