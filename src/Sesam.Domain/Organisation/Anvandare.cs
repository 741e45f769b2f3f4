using Sesam.Domain.Gemensamt;

namespace Sesam.Domain.Organisation;

/// <summary>A user, identified by the HSA-ID in their SITHS certificate.</summary>
public class Anvandare : Entitet
{
    private readonly List<AnvandarTjanstestalle> _tjanstestallen = [];
    private readonly List<BestallarKoppling> _forskrivare = [];

    private Anvandare() { HsaId = ""; Fornamn = ""; Efternamn = ""; }

    public Anvandare(string hsaId, string fornamn, string efternamn, Roll roller)
    {
        if (string.IsNullOrWhiteSpace(hsaId))
        {
            throw new DomainException("HSA-id måste anges.");
        }
        HsaId = hsaId.Trim();
        Fornamn = fornamn;
        Efternamn = efternamn;
        Roller = roller;
        Aktiv = true;
        StandardLeveranskalla = Leveranskalla.Hjalpmedelsverksamhet;
    }

    public string HsaId { get; private set; }
    public string Fornamn { get; private set; }
    public string Efternamn { get; private set; }
    public string? Titel { get; private set; }
    /// <summary>The prescriber code (Skåne: RSid) shown next to the name when prescribing.</summary>
    public string? Forskrivarkod { get; private set; }
    public string? Telefon { get; private set; }
    public string? Epost { get; private set; }
    public Roll Roller { get; private set; }
    public bool Aktiv { get; private set; }
    public Leveranskalla StandardLeveranskalla { get; private set; }
    public int? StandardTjanstestalleId { get; private set; }
    public Tjanstestalle? StandardTjanstestalle { get; private set; }

    public IReadOnlyCollection<AnvandarTjanstestalle> Tjanstestallen => _tjanstestallen;

    /// <summary>For a beställare: the förskrivare in whose name they may register orders.</summary>
    public IReadOnlyCollection<BestallarKoppling> Forskrivare => _forskrivare;

    public string Namn => $"{Fornamn} {Efternamn}";

    public bool Har(Roll roll) => (Roller & roll) == roll;

    /// <summary>The unit's own staff, who order, return and report for it: förskrivare or beställare.</summary>
    public bool ArForskrivareEllerBestallare => Har(Roll.Forskrivare) || Har(Roll.Bestallare);

    public void AngeKontaktuppgifter(string? titel, string? telefon, string? epost)
    {
        Titel = Trimma(titel, 50, "Titel");
        Telefon = Trimma(telefon, 30, "Telefon");
        Epost = Trimma(epost, 100, "E-post");
    }

    public void AngeForskrivarkod(string? kod) => Forskrivarkod = Trimma(kod, 20, "Förskrivarkod");

    public const string OgiltigLeveranskalla = "Välj Leverans från Hjälpmedelsverksamhet eller Leverans från Eget förråd.";

    /// <summary>Whether <paramref name="kalla"/> is one the user may choose as their standard (a form checks it first, with the same message).</summary>
    public static bool ArGiltigLeveranskalla(Leveranskalla? kalla) => kalla is { } k && Enum.IsDefined(k);

    /// <summary>Min sida → Inställning: where the user's prescriptions are delivered from unless they choose otherwise.</summary>
    public void AngeStandardLeveranskalla(Leveranskalla kalla)
    {
        if (!ArGiltigLeveranskalla(kalla))
        {
            throw new DomainException(OgiltigLeveranskalla);
        }
        StandardLeveranskalla = kalla;
    }

    public void KopplaTill(Tjanstestalle tjanstestalle, bool standard = false)
    {
        if (!ArKoppladTill(tjanstestalle))
        {
            _tjanstestallen.Add(new AnvandarTjanstestalle(this, tjanstestalle));
        }
        if (standard || (StandardTjanstestalleId is null && StandardTjanstestalle is null))
        {
            StandardTjanstestalle = tjanstestalle;
        }
    }

    /// <summary>The tjänsteställe the user works in after logging in; only one of those they are linked to.</summary>
    public void AngeStandardTjanstestalle(Tjanstestalle tjanstestalle)
    {
        if (!ArKoppladTill(tjanstestalle))
        {
            throw new DomainException("Du är inte kopplad till det tjänstestället.");
        }
        StandardTjanstestalle = tjanstestalle;
    }

    public bool ArKoppladTill(Tjanstestalle tjanstestalle) =>
        _tjanstestallen.Any(t => ReferenceEquals(t.Tjanstestalle, tjanstestalle) || (tjanstestalle.Id != 0 && t.TjanstestalleId == tjanstestalle.Id));

    public void KopplaForskrivare(Anvandare forskrivare)
    {
        if (!Har(Roll.Bestallare))
        {
            throw new DomainException("Endast en beställare kan kopplas till förskrivare.");
        }
        if (!forskrivare.Har(Roll.Forskrivare))
        {
            throw new DomainException($"{forskrivare.Namn} är inte förskrivare.");
        }
        if (!_forskrivare.Any(k => ArSamma(k.Forskrivare, forskrivare)))
        {
            _forskrivare.Add(new BestallarKoppling(this, forskrivare));
        }
    }

    /// <summary>
    /// Whether this user may register an order in <paramref name="forskrivare"/>'s name: a förskrivare in
    /// their own name, a beställare only for förskrivare linked to them, never in their own name.
    /// </summary>
    public bool KanBestallaIForskrivarensNamn(Anvandare forskrivare)
    {
        if (!forskrivare.Aktiv || !forskrivare.Har(Roll.Forskrivare))
        {
            return false;
        }
        if (ArSamma(forskrivare, this))
        {
            return Har(Roll.Forskrivare);
        }
        return Har(Roll.Bestallare) && _forskrivare.Any(k => ArSamma(k.Forskrivare, forskrivare) || (forskrivare.Id != 0 && k.ForskrivareId == forskrivare.Id));
    }

    public void Inaktivera() => Aktiv = false;

    public void Aktivera() => Aktiv = true;

    public void AndraRoller(Roll roller) => Roller = roller;

    private static bool ArSamma(Anvandare? a, Anvandare b) => ReferenceEquals(a, b) || (a is not null && a.Id != 0 && a.Id == b.Id);

    private static string? Trimma(string? varde, int max, string falt)
    {
        if (string.IsNullOrWhiteSpace(varde))
        {
            return null;
        }
        var t = varde.Trim();
        return t.Length > max ? throw new DomainException($"{falt} får vara högst {max} tecken.") : t;
    }
}

public class AnvandarTjanstestalle
{
    private AnvandarTjanstestalle() { }

    internal AnvandarTjanstestalle(Anvandare anvandare, Tjanstestalle tjanstestalle)
    {
        Anvandare = anvandare;
        Tjanstestalle = tjanstestalle;
        TjanstestalleId = tjanstestalle.Id;
    }

    public int AnvandareId { get; private set; }
    public Anvandare Anvandare { get; private set; } = null!;
    public int TjanstestalleId { get; private set; }
    public Tjanstestalle Tjanstestalle { get; private set; } = null!;
}

public class BestallarKoppling
{
    private BestallarKoppling() { }

    internal BestallarKoppling(Anvandare bestallare, Anvandare forskrivare)
    {
        Bestallare = bestallare;
        Forskrivare = forskrivare;
        ForskrivareId = forskrivare.Id;
    }

    public int BestallareId { get; private set; }
    public Anvandare Bestallare { get; private set; } = null!;
    public int ForskrivareId { get; private set; }
    public Anvandare Forskrivare { get; private set; } = null!;
}
