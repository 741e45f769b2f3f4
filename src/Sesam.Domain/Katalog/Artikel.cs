using Sesam.Domain.Gemensamt;
using Sesam.Domain.Individer;

namespace Sesam.Domain.Katalog;

/// <summary>A catalogue item with a five-digit artikelnummer.</summary>
public class Artikel : Entitet
{
    public const int MaxBenamning = 200;

    private readonly List<ArtikelPris> _priser = [];
    private readonly List<ArtikelKomponent> _komponenter = [];
    private readonly List<ArtikelDokument> _dokument = [];

    private Artikel() { Artikelnummer = ""; Benamning = ""; Enhet = ""; IsoKodKod = ""; Soktext = ""; Sorteringsnamn = ""; }

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
        Sorteringsnamn = Sok.Sorteringsnyckel(Benamning);
        Soktext = "";
        UppdateraSoktext();
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

    /// <summary>
    /// Artikelnummer, benämning, leverantör, leverantörens artikelnummer and produkt, normalised for search
    /// (<see cref="Sok.Normalisera"/>). The database indexes it for partial-text search.
    /// </summary>
    public string Soktext { get; private set; }
    /// <summary>Benämning as a key that sorts in Swedish order on both databases (<see cref="Sok.Sorteringsnyckel"/>).</summary>
    public string Sorteringsnamn { get; private set; }

    public IReadOnlyCollection<ArtikelPris> Priser => _priser;
    public IReadOnlyCollection<ArtikelKomponent> Komponenter => _komponenter;
    /// <summary>The supplier's documents (manuals, assembly instructions), as links.</summary>
    public IReadOnlyCollection<ArtikelDokument> Dokument => _dokument;

    public bool HarPatientavgift => Patientavgift is > 0;

    public void AngeLeverantor(Leverantor leverantor, string? leverantorensArtikelnummer)
    {
        Leverantor = leverantor;
        LeverantorensArtikelnummer = string.IsNullOrWhiteSpace(leverantorensArtikelnummer) ? null : leverantorensArtikelnummer.Trim();
        UppdateraSoktext();
    }

    public void AngeProdukt(Produkt? produkt)
    {
        Produkt = produkt;
        UppdateraSoktext();
    }

    /// <summary>
    /// Rebuilds <see cref="Soktext"/> from the fields and the loaded leverantör and produkt. The persistence
    /// layer calls it again before saving, with those loaded, so the stored text never goes stale.
    /// </summary>
    public void UppdateraSoktext()
    {
        var delar = new[] { Artikelnummer, Benamning, Leverantor?.Namn, LeverantorensArtikelnummer, Produkt?.Namn };
        var text = Sok.Normalisera(string.Join(' ', delar.Where(d => !string.IsNullOrWhiteSpace(d))));
        Soktext = text.Length > Sok.MaxLangd ? text[..Sok.MaxLangd] : text;
    }

    public void LaggTillDokument(string titel, Uri adress)
    {
        if (string.IsNullOrWhiteSpace(titel) || titel.Length > ArtikelDokument.MaxTitel)
        {
            throw new DomainException($"Dokumentets titel måste anges och får vara högst {ArtikelDokument.MaxTitel} tecken.");
        }
        if (!adress.IsAbsoluteUri || (adress.Scheme != Uri.UriSchemeHttps && adress.Scheme != Uri.UriSchemeHttp) || adress.OriginalString.Length > ArtikelDokument.MaxAdress)
        {
            throw new DomainException("Dokumentets adress måste vara en fullständig webbadress (http eller https).");
        }
        _dokument.Add(new ArtikelDokument(titel.Trim(), adress.AbsoluteUri));
    }

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
        // Utgående and Utgått are no longer bought in: they can only be prescribed from available stock.
        if (Status != Artikelstatus.Aktiv && tillgangligtSaldo <= 0)
        {
            return Status == Artikelstatus.Utgatt
                ? $"Artikel {Artikelnummer} har utgått och finns inte i lager."
                : $"Artikel {Artikelnummer} är utgående och finns inte i lager. Den kan inte köpas in.";
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

/// <summary>A document the supplier publishes for an artikel, linked where it lives.</summary>
public class ArtikelDokument : Entitet
{
    public const int MaxTitel = 200;
    public const int MaxAdress = 500;

    private ArtikelDokument() { Titel = ""; Adress = ""; }

    internal ArtikelDokument(string titel, string adress)
    {
        Titel = titel;
        Adress = adress;
    }

    public int ArtikelId { get; private set; }
    public string Titel { get; private set; }
    public string Adress { get; private set; }
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
