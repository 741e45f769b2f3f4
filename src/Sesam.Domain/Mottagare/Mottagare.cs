using Sesam.Domain.Gemensamt;
using Sesam.Domain.Organisation;

namespace Sesam.Domain.Mottagare;

public enum Mottagartyp
{
    Patient = 1,
    Vardenhet = 2,
}

/// <summary>
/// Who receives devices: a patient (personnummer) or a vårdenhet (kundnummer). A patient's address comes
/// from folkbokföringen and is read-only here; the phone number is the only thing users edit.
/// </summary>
public class Mottagare : Entitet
{
    private readonly List<MottagarBaskod> _baskoder = [];

    private Mottagare() { Namn = ""; }

    public static Mottagare Patient(Personnummer personnummer, string fornamn, string efternamn, Adress folkbokforingsadress, string hemregion)
    {
        var m = new Mottagare
        {
            Typ = Mottagartyp.Patient,
            Personnummer = personnummer,
            Fornamn = fornamn,
            Efternamn = efternamn,
            Adress = folkbokforingsadress,
            Hemregion = hemregion,
        };
        m.Namn = $"{fornamn} {efternamn}";
        return m;
    }

    public static Mottagare Vardenhet(Kund kund, Adress adress)
    {
        return new Mottagare
        {
            Typ = Mottagartyp.Vardenhet,
            Kund = kund,
            Kundnummer = kund.Kundnummer,
            Namn = kund.Namn,
            Adress = adress,
        };
    }

    public Mottagartyp Typ { get; private set; }
    public Personnummer? Personnummer { get; private set; }
    public string? Kundnummer { get; private set; }
    public int? KundId { get; private set; }
    public Kund? Kund { get; private set; }
    public string? Fornamn { get; private set; }
    public string? Efternamn { get; private set; }
    public string Namn { get; private set; }
    public Adress? Adress { get; private set; }
    public string? Telefon { get; private set; }
    public bool SkyddadIdentitet { get; private set; }
    /// <summary>The region where the patient is folkbokförd; other guidelines apply outside the home region.</summary>
    public string? Hemregion { get; private set; }

    public IReadOnlyCollection<MottagarBaskod> Baskoder => _baskoder;

    /// <summary>A user changes the telefon on the mottagare's page; a patient with skyddad identitet has none shown, so none is changed.</summary>
    public void AndraTelefon(string? telefon)
    {
        if (SkyddadIdentitet)
        {
            throw new DomainException("Patienten har skyddad identitet; telefonnumret visas inte och kan inte ändras i Sesam.");
        }
        Telefon = Telefonnummer.Normalisera(telefon);
    }

    /// <summary>Folkbokföring updates the address; never a user.</summary>
    public void UppdateraFranFolkbokforing(string fornamn, string efternamn, Adress adress, bool skyddadIdentitet)
    {
        Fornamn = fornamn;
        Efternamn = efternamn;
        Namn = $"{fornamn} {efternamn}";
        Adress = adress;
        SkyddadIdentitet = skyddadIdentitet;
    }

    public void MarkeraSkyddadIdentitet(bool skyddad) => SkyddadIdentitet = skyddad;

    public MottagarBaskod? GallandeBaskod(DateOnly dag) =>
        _baskoder.Where(b => b.Fran <= dag && (b.Till is null || b.Till >= dag))
            .OrderByDescending(b => b.Avvikande)
            .ThenByDescending(b => b.Fran)
            .FirstOrDefault();

    public void AngeBaskod(Baskod baskod, DateOnly fran) => _baskoder.Add(new MottagarBaskod(baskod, fran, avvikande: false));

    /// <summary>An avvikande baskod overrides the ordinary one from a date; the history is kept.</summary>
    public void AngeAvvikandeBaskod(Baskod baskod, DateOnly fran)
    {
        foreach (var oppen in _baskoder.Where(b => b.Avvikande && b.Till is null))
        {
            oppen.Avsluta(fran.AddDays(-1));
        }
        _baskoder.Add(new MottagarBaskod(baskod, fran, avvikande: true));
    }

    public void TaBortAvvikandeBaskod(DateOnly idag)
    {
        var oppna = _baskoder.Where(b => b.Avvikande && b.Till is null).ToList();
        if (oppna.Count == 0)
        {
            throw new DomainException("Det finns ingen avvikande baskod att ta bort.");
        }
        oppna.ForEach(b => b.Avsluta(idag));
    }
}

public class MottagarBaskod : Entitet
{
    private MottagarBaskod() { }

    internal MottagarBaskod(Baskod baskod, DateOnly fran, bool avvikande)
    {
        Baskod = baskod;
        Fran = fran;
        Avvikande = avvikande;
    }

    public int MottagareId { get; private set; }
    public int BaskodId { get; private set; }
    public Baskod Baskod { get; private set; } = null!;
    public DateOnly Fran { get; private set; }
    public DateOnly? Till { get; private set; }
    public bool Avvikande { get; private set; }

    internal void Avsluta(DateOnly till) => Till = till < Fran ? Fran : till;
}
