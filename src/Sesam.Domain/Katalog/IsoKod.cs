using Sesam.Domain.Gemensamt;

namespace Sesam.Domain.Katalog;

/// <summary>ISO 9999 class: 2 digits (klass), 4 (underklass) or 6 (grupp), e.g. 12 → 1206 → 120606 Rollatorer.</summary>
public class IsoKod
{
    private IsoKod() { Kod = ""; Benamning = ""; }

    public IsoKod(string kod, string benamning)
    {
        if (kod.Length is not (2 or 4 or 6) || !kod.All(char.IsAsciiDigit))
        {
            throw new DomainException("En ISO-kod har 2, 4 eller 6 siffror.");
        }
        Kod = kod;
        Benamning = benamning;
        ForalderKod = kod.Length == 2 ? null : kod[..^2];
    }

    public string Kod { get; private set; }
    public string Benamning { get; private set; }
    public string? ForalderKod { get; private set; }
    public int Niva => Kod.Length / 2;
}

public class Leverantor : Entitet
{
    private Leverantor() { Namn = ""; }

    public Leverantor(string namn) => Namn = namn;

    public string Namn { get; private set; }
}

/// <summary>A product family (e.g. "Scanbed 755"): artiklar and their components that belong together.</summary>
public class Produkt : Entitet
{
    private Produkt() { Namn = ""; }

    public Produkt(string namn) => Namn = namn;

    public string Namn { get; private set; }
}
