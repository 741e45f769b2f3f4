namespace Sesam.Domain;

/// <summary>A catalogue item with a five-digit artikelnummer.</summary>
public class Artikel : Entitet
{
    public const int MaxBenamning = 200;

    private readonly List<ArtikelPris> _priser = [];
    private readonly List<ArtikelKomponent> _komponenter = [];

    private Artikel() { Artikelnummer = ""; Benamning = ""; Enhet = ""; IsoKodKod = ""; }

    public Artikel(string artikelnummer, string benamning, string enhet, Artikeltyp typ, string isoKod)
    {
        if (artikelnummer.Length is < 5 or > 10 || !artikelnummer.All(char.IsAsciiDigit))
        {
            throw new DomainException("Artikelnummer ska vara 5–10 siffror.");
        }
        if (string.IsNullOrWhiteSpace(benamning) || benamning.Length > MaxBenamning)
        {
            throw new DomainException($"Benämning måste anges och får vara högst {MaxBenamning} tecken.");
        }
        Artikelnummer = artikelnummer;
        Benamning = benamning.Trim();
        Enhet = enhet;
        Artikeltyp = typ;
        IsoKodKod = isoKod;
        Status = Artikelstatus.Aktiv;
        Leveranstid = Leveranstidsklass.Inom7;
        Bestallningsbar = true;
    }

    public string Artikelnummer { get; private set; }
    public string Benamning { get; private set; }
    public string Enhet { get; private set; }
    public Artikeltyp Artikeltyp { get; private set; }
    public string IsoKodKod { get; private set; }
    public IsoKod? IsoKod { get; private set; }
    public int? LeverantorId { get; private set; }
    public Leverantor? Leverantor { get; private set; }
    public string? LeverantorensArtikelnummer { get; private set; }
    public int? ProduktId { get; private set; }
    public Produkt? Produkt { get; private set; }
    /// <summary>In the region's decided standard range (sortiment): offered first.</summary>
    public bool Sortiment { get; private set; }
    public Artikelstatus Status { get; private set; }
    /// <summary>Individually marked: every unit is an <see cref="Individ"/>.</summary>
    public bool Individmarkt { get; private set; }
    public Leveranstidsklass Leveranstid { get; private set; }
    /// <summary>False for artiklar that cannot be ordered through Sesam (ordered by other routines).</summary>
    public bool Bestallningsbar { get; private set; }
    public Debiteringsform Debiteringsform { get; private set; }
    /// <summary>The fee the patient pays (egenavgift), if any.</summary>
    public decimal? Patientavgift { get; private set; }
    /// <summary>The fee is invoiced 90 days after delivery and dropped if the device is returned before then (CPAP).</summary>
    public bool PatientavgiftNittioDagar { get; private set; }
    public int? ErsattningsartikelId { get; private set; }
    public Artikel? Ersattningsartikel { get; private set; }
    /// <summary>Interval of förebyggande underhåll (FU), in months.</summary>
    public int? FuIntervallManader { get; private set; }

    public IReadOnlyCollection<ArtikelPris> Priser => _priser;
    public IReadOnlyCollection<ArtikelKomponent> Komponenter => _komponenter;

    public bool HarPatientavgift => Patientavgift is > 0;

    public void AngeLeverantor(Leverantor leverantor, string? leverantorensArtikelnummer)
    {
        Leverantor = leverantor;
        LeverantorensArtikelnummer = string.IsNullOrWhiteSpace(leverantorensArtikelnummer) ? null : leverantorensArtikelnummer.Trim();
    }

    public void AngeProdukt(Produkt? produkt) => Produkt = produkt;

    public void AngeSortiment(bool sortiment) => Sortiment = sortiment;

    public void AngeStatus(Artikelstatus status) => Status = status;

    public void AngeIndividmarkt(bool individmarkt) => Individmarkt = individmarkt;

    public void AngeLeveranstid(Leveranstidsklass klass) => Leveranstid = klass;

    public void AngeBestallningsbar(bool bestallningsbar) => Bestallningsbar = bestallningsbar;

    public void AngeDebiteringsform(Debiteringsform form) => Debiteringsform = form;

    public void AngeFuIntervall(int? manader)
    {
        if (manader is <= 0)
        {
            throw new DomainException("FU-intervallet måste vara minst en månad.");
        }
        FuIntervallManader = manader;
    }

    public void AngePatientavgift(decimal? belopp, bool nittioDagarsRegel)
    {
        if (belopp is < 0)
        {
            throw new DomainException("Patientavgiften kan inte vara negativ.");
        }
        Patientavgift = belopp is 0 ? null : belopp;
        PatientavgiftNittioDagar = Patientavgift is not null && nittioDagarsRegel;
    }

    public void AngeErsattningsartikel(Artikel? ersattning)
    {
        if (ersattning is not null && (ReferenceEquals(ersattning, this) || (Id != 0 && ersattning.Id == Id)))
        {
            throw new DomainException("En artikel kan inte ersätta sig själv.");
        }
        Ersattningsartikel = ersattning;
        ErsattningsartikelId = ersattning?.Id;
    }

    public void LaggTillPris(Debiteringsform form, decimal belopp, DateOnly gallerFran)
    {
        if (belopp < 0)
        {
            throw new DomainException("Priset kan inte vara negativt.");
        }
        if (_priser.Any(p => p.Debiteringsform == form && p.GallerFran == gallerFran))
        {
            throw new DomainException("Det finns redan ett pris från det datumet.");
        }
        _priser.Add(new ArtikelPris(form, belopp, gallerFran));
    }

    /// <summary>The price in force on <paramref name="dag"/>: the latest one whose from-date has passed.</summary>
    public decimal? PrisVid(Debiteringsform form, DateOnly dag) =>
        _priser.Where(p => p.Debiteringsform == form && p.GallerFran <= dag)
            .OrderByDescending(p => p.GallerFran)
            .Select(p => (decimal?)p.Belopp)
            .FirstOrDefault();

    public void LaggTillKomponent(Artikel komponent, bool standard, int antal = 1)
    {
        if (!Individmarkt)
        {
            throw new DomainException("Komponenter kan bara kopplas till individmärkta artiklar.");
        }
        if (ReferenceEquals(komponent, this))
        {
            throw new DomainException("En artikel kan inte vara komponent till sig själv.");
        }
        if (antal < 1)
        {
            throw new DomainException("Antal måste vara minst 1.");
        }
        if (_komponenter.Any(k => ReferenceEquals(k.Komponent, komponent) || (komponent.Id != 0 && k.KomponentId == komponent.Id)))
        {
            throw new DomainException($"Artikel {komponent.Artikelnummer} är redan komponent.");
        }
        _komponenter.Add(new ArtikelKomponent(komponent, standard, antal));
    }

    /// <summary>Whether it can be ordered at all, given the stock available to the order.</summary>
    public string? KanBestallas(int tillgangligtSaldo)
    {
        if (!Bestallningsbar)
        {
            return $"Artikel {Artikelnummer} kan inte beställas via Sesam.";
        }
        if (Status == Artikelstatus.Utgatt && tillgangligtSaldo <= 0)
        {
            return $"Artikel {Artikelnummer} har utgått och finns inte i lager.";
        }
        return null;
    }
}

public class ArtikelPris : Entitet
{
    private ArtikelPris() { }

    internal ArtikelPris(Debiteringsform form, decimal belopp, DateOnly gallerFran)
    {
        Debiteringsform = form;
        Belopp = belopp;
        GallerFran = gallerFran;
    }

    public int ArtikelId { get; private set; }
    public Debiteringsform Debiteringsform { get; private set; }
    public decimal Belopp { get; private set; }
    public DateOnly GallerFran { get; private set; }
}

/// <summary>A component of an individmärkt artikel: standard (preselected) or övrig (may be added).</summary>
public class ArtikelKomponent : Entitet
{
    private ArtikelKomponent() { }

    internal ArtikelKomponent(Artikel komponent, bool standard, int antal)
    {
        Komponent = komponent;
        Standard = standard;
        Antal = antal;
    }

    public int ArtikelId { get; private set; }
    public int KomponentId { get; private set; }
    public Artikel Komponent { get; private set; } = null!;
    public bool Standard { get; private set; }
    public int Antal { get; private set; }
}
