using Sesam.Domain.Gemensamt;
using Sesam.Domain.Katalog;
using Sesam.Domain.Organisation;

namespace Sesam.Domain.Lagerhallning;

/// <summary>
/// Stock of one artikel in one lager. Saldo is what is physically there; Reserverat is promised to orders
/// not yet delivered; what may be promised again is <see cref="Tillgangligt"/>.
/// </summary>
public class Lagersaldo : Entitet, IVersionerad
{
    private Lagersaldo() { }

    public Lagersaldo(Lager lager, Artikel artikel, int saldo = 0)
    {
        if (saldo < 0)
        {
            throw new DomainException("Saldot kan inte vara negativt.");
        }
        Lager = lager;
        Artikel = artikel;
        Saldo = saldo;
    }

    public int LagerId { get; private set; }
    public Lager Lager { get; private set; } = null!;
    public int ArtikelId { get; private set; }
    public Artikel Artikel { get; private set; } = null!;
    public int Saldo { get; private set; }
    public int Reserverat { get; private set; }
    /// <summary>Below this level an automatic lagerpåfyllnad is ordered.</summary>
    public int? MinNiva { get; private set; }
    public int? Pafyllnadsantal { get; private set; }
    /// <summary>An automatic lagerpåfyllnad of this artikel to this lager is on its way: no second one is ordered until it is kvitterad.</summary>
    public bool PafyllnadBestalld { get; private set; }
    public int Version { get; private set; }

    public int Tillgangligt => Saldo - Reserverat;

    public bool HarAutomatiskPafyllnad => MinNiva is not null;

    public bool BehoverPafyllnad => MinNiva is { } min && Tillgangligt < min;

    /// <summary>Below its min level with no automatic lagerpåfyllnad on its way: one is to be ordered now.</summary>
    public bool BehoverAutomatiskPafyllnad => BehoverPafyllnad && Pafyllnadsantal is not null && !PafyllnadBestalld;

    internal void MarkeraPafyllnadBestalld() => PafyllnadBestalld = true;

    /// <summary>The automatic lagerpåfyllnad arrived (kvitterad) or was makulerad: the next fall below the min level orders a new one.</summary>
    public void PafyllnadAvslutad() => PafyllnadBestalld = false;

    /// <summary>Whether drawing <paramref name="antal"/> would leave less than zero available.</summary>
    public bool BlirNegativt(int antal) => Tillgangligt - antal < 0;

    /// <summary>
    /// Draws stock at once (uttag ur eget förråd). Going below zero happens only when the user confirmed
    /// the warning: the physical device may be there even when the books lag behind.
    /// </summary>
    public void Dra(int antal, bool negativtBekraftat)
    {
        KravPositivt(antal);
        if (BlirNegativt(antal) && !negativtBekraftat)
        {
            throw new NegativtSaldoException(Tillgangligt, antal);
        }
        Saldo -= antal;
    }

    public void Reservera(int antal)
    {
        KravPositivt(antal);
        if (BlirNegativt(antal))
        {
            throw new DomainException($"Det finns bara {Math.Max(Tillgangligt, 0)} tillgängliga i lager.");
        }
        Reserverat += antal;
    }

    public void Frislapp(int antal)
    {
        KravPositivt(antal);
        if (antal > Reserverat)
        {
            throw new DomainException("Det går inte att släppa fler än som är reserverade.");
        }
        Reserverat -= antal;
    }

    /// <summary>Delivers reserved stock: it leaves the lager.</summary>
    public void LevereraReserverat(int antal)
    {
        Frislapp(antal);
        Saldo -= antal;
    }

    /// <summary>Stock arrives (kvitterad leverans, retur).</summary>
    public void TaEmot(int antal)
    {
        KravPositivt(antal);
        Saldo += antal;
    }

    public void AngeMinNiva(int? minNiva, int? pafyllnadsantal)
    {
        if (minNiva is < 0 || pafyllnadsantal is < 1 || (minNiva is null) != (pafyllnadsantal is null))
        {
            throw new DomainException("Ange både minsta nivå (0 eller mer) och påfyllnadsantal (minst 1), eller ingetdera.");
        }
        MinNiva = minNiva;
        Pafyllnadsantal = pafyllnadsantal;
    }

    private static void KravPositivt(int antal)
    {
        if (antal < 1)
        {
            throw new DomainException("Antal måste vara minst 1.");
        }
    }
}

public class NegativtSaldoException : DomainException
{
    public NegativtSaldoException(int tillgangligt, int antal)
        : base($"Uttaget gör saldot negativt: {Math.Max(tillgangligt, 0)} tillgängliga, {antal} begärda. Bekräfta om hjälpmedlet ändå finns i förrådet.")
    {
        Tillgangligt = tillgangligt;
        Antal = antal;
    }

    public int Tillgangligt { get; }
    public int Antal { get; }
}
