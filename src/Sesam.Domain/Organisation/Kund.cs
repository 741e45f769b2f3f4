using Sesam.Domain.Gemensamt;

namespace Sesam.Domain.Organisation;

/// <summary>A customer of the Hjälpmedelscentral: who is invoiced. Tjänsteställen and vårdenheter belong to one.</summary>
public class Kund : Entitet
{
    private Kund() { Kundnummer = ""; Namn = ""; }

    public Kund(string kundnummer, string namn)
    {
        Kundnummer = kundnummer;
        Namn = namn;
    }

    public string Kundnummer { get; private set; }
    public string Namn { get; private set; }
}

/// <summary>Betalningsansvarskod: decides who pays for a patient's devices.</summary>
public class Baskod : Entitet
{
    private Baskod() { Kod = ""; Benamning = ""; Betalare = ""; }

    public Baskod(string kod, string benamning, string betalare)
    {
        Kod = kod;
        Benamning = benamning;
        Betalare = betalare;
    }

    public string Kod { get; private set; }
    public string Benamning { get; private set; }
    public string Betalare { get; private set; }
}
