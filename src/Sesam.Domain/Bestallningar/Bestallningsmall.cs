using Sesam.Domain.Gemensamt;
using Sesam.Domain.Katalog;
using Sesam.Domain.Organisation;

namespace Sesam.Domain.Bestallningar;

/// <summary>
/// A beställningsmall: a saved list of artiklar and antal for lagerpåfyllnad of one tjänsteställe's förråd, shared by
/// everyone working there. Förskrivare and beställare of the tjänsteställe create and edit its mallar; removing one is
/// the administrator's (the Skåne manual: "kontakta Hjälpmedel ... att mall ska tas bort").
/// </summary>
public class Bestallningsmall : Entitet, IVersionerad
{
    public const int MaxNamn = 100;
    public const int MaxBeskrivning = 500;

    private readonly List<Bestallningsmallrad> _rader = [];

    private Bestallningsmall() { Namn = ""; AndradAvHsaId = ""; }

    public Bestallningsmall(string namn, string? beskrivning, Tjanstestalle tjanstestalle, Anvandare skapadAv, DateTime tid)
    {
        KravFarAndra(skapadAv, tjanstestalle);
        Tjanstestalle = tjanstestalle;
        MottagandeLager = tjanstestalle.Forrad
            ?? throw new DomainException($"{tjanstestalle.Visningsnamn} har inget eget förråd: en beställningsmall för lagerpåfyllnad behöver ett mottagande lager.");
        Namn = "";
        AndradAvHsaId = "";
        AndraUppgifter(namn, beskrivning, skapadAv, tid);
    }

    public string Namn { get; private set; }
    public string? Beskrivning { get; private set; }
    public int TjanstestalleId { get; private set; }
    public Tjanstestalle Tjanstestalle { get; private set; } = null!;
    /// <summary>The förråd the mall refills ("Mottagande lager").</summary>
    public int MottagandeLagerId { get; private set; }
    public Lager MottagandeLager { get; private set; } = null!;
    public string AndradAvHsaId { get; private set; }
    public DateTime Andrad { get; private set; }
    public int Version { get; private set; }

    public IReadOnlyCollection<Bestallningsmallrad> Rader => _rader;

    /// <summary>May <paramref name="anvandare"/> create and edit the mallar of <paramref name="tjanstestalle"/>?</summary>
    public static bool FarAndra(Anvandare anvandare, Tjanstestalle tjanstestalle) =>
        anvandare.Har(Roll.Admin)
        || (anvandare.ArForskrivareEllerBestallare && anvandare.ArKoppladTill(tjanstestalle));

    public void AndraUppgifter(string namn, string? beskrivning, Anvandare av, DateTime tid)
    {
        KravFarAndra(av, Tjanstestalle);
        var n = namn?.Trim() ?? "";
        if (n.Length == 0)
        {
            throw new DomainException("Ange ett namn på beställningsmallen.");
        }
        if (n.Length > MaxNamn)
        {
            throw new DomainException($"Namnet får vara högst {MaxNamn} tecken.");
        }
        var b = string.IsNullOrWhiteSpace(beskrivning) ? null : beskrivning.Trim();
        if (b is { Length: > MaxBeskrivning })
        {
            throw new DomainException($"Beskrivningen får vara högst {MaxBeskrivning} tecken.");
        }
        Namn = n;
        Beskrivning = b;
        Andrats(av, tid);
    }

    public Bestallningsmallrad LaggTill(Artikel artikel, int antal, Anvandare av, DateTime tid)
    {
        KravFarAndra(av, Tjanstestalle);
        if (_rader.Any(r => ReferenceEquals(r.Artikel, artikel) || (artikel.Id != 0 && r.ArtikelId == artikel.Id)))
        {
            throw new DomainException($"Artikel {artikel.Artikelnummer} finns redan i mallen. Ändra antalet under Artiklar i mallen.");
        }
        var rad = new Bestallningsmallrad(artikel, Radantal.Kontrollera(antal));
        _rader.Add(rad);
        Andrats(av, tid);
        return rad;
    }

    public void AndraAntal(Bestallningsmallrad rad, int antal, Anvandare av, DateTime tid)
    {
        KravFarAndra(av, Tjanstestalle);
        KravEgen(rad).AngeAntal(Radantal.Kontrollera(antal));
        Andrats(av, tid);
    }

    public void TaBort(Bestallningsmallrad rad, Anvandare av, DateTime tid)
    {
        KravFarAndra(av, Tjanstestalle);
        _rader.Remove(KravEgen(rad));
        Andrats(av, tid);
    }

    /// <summary>Removing a mall altogether is the administrator's.</summary>
    public static void KravFarTaBort(Anvandare anvandare)
    {
        if (!anvandare.Har(Roll.Admin))
        {
            throw new DomainException("Bara administratören kan ta bort en beställningsmall. Kontakta Hjälpmedel och ange mallens namn och tjänsteställe.");
        }
    }

    private Bestallningsmallrad KravEgen(Bestallningsmallrad rad) =>
        _rader.Contains(rad) ? rad : throw new DomainException("Raden finns inte i beställningsmallen.");

    private static void KravFarAndra(Anvandare anvandare, Tjanstestalle tjanstestalle)
    {
        if (!FarAndra(anvandare, tjanstestalle))
        {
            throw new DomainException("Bara förskrivare och beställare på tjänstestället, eller administratören, kan ändra dess beställningsmallar.");
        }
    }

    private void Andrats(Anvandare av, DateTime tid)
    {
        AndradAvHsaId = av.HsaId;
        Andrad = tid;
    }
}

/// <summary>One artikel of a beställningsmall and the antal usually ordered.</summary>
public class Bestallningsmallrad : Entitet
{
    private Bestallningsmallrad() { }

    internal Bestallningsmallrad(Artikel artikel, int antal)
    {
        Artikel = artikel;
        Antal = antal;
    }

    public int BestallningsmallId { get; private set; }
    public int ArtikelId { get; private set; }
    public Artikel Artikel { get; private set; } = null!;
    public int Antal { get; private set; }

    internal void AngeAntal(int antal) => Antal = antal;
}
