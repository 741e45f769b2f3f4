namespace Sesam.Domain.Arbetsordrar;

using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Individer;
using Sesam.Domain.Katalog;
using Sesam.Domain.Mottagare;
using Sesam.Domain.Organisation;

/// <summary>"Typ av åtgärd": what the förskrivare wants Hjälpmedel's technicians to do.</summary>
public enum Arbetsordertyp
{
    Reparation = 1,
    Montering = 2,
    Anpassning = 3,
    Specialanpassning = 4,
    Konsultation = 5,
    Service = 6,
}

/// <summary>Where the work is done: the device is fetched, the technician comes, or the unit brings it to Hjälpmedel.</summary>
public enum Utforande
{
    HamtasForAtgard = 1,
    UtforesPaPlats = 2,
    LamnasTillHjalpmedel = 3,
}

public enum Arbetsorderstatus
{
    /// <summary>Open: the work is not yet färdigrapporterad.</summary>
    Registrerad = 1,
    Avslutad = 2,
    Makulerad = 9,
}

public static class ArbetsorderText
{
    public static string Text(this Arbetsordertyp t) => t switch
    {
        Arbetsordertyp.Reparation => "Reparation",
        Arbetsordertyp.Montering => "Montering/installation",
        Arbetsordertyp.Anpassning => "Anpassning",
        Arbetsordertyp.Specialanpassning => "Specialanpassning",
        Arbetsordertyp.Konsultation => "Konsultation",
        Arbetsordertyp.Service => "Service/underhåll",
        _ => t.ToString(),
    };

    public static string Text(this Utforande u) => u switch
    {
        Utforande.HamtasForAtgard => "Hämtas för åtgärd",
        Utforande.UtforesPaPlats => "Utföres på plats",
        Utforande.LamnasTillHjalpmedel => "Hjälpmedlet lämnas till Hjälpmedel",
        _ => u.ToString(),
    };

    public static string Text(this Arbetsorderstatus s) => s switch
    {
        Arbetsorderstatus.Registrerad => "Registrerad (öppen)",
        Arbetsorderstatus.Avslutad => "Avslutad",
        Arbetsorderstatus.Makulerad => "Makulerad",
        _ => s.ToString(),
    };
}

/// <summary>What an arbetsorder is about and where the work is done, as the förskrivare fills it in.</summary>
public sealed record Arbetsorderuppgifter(Arbetsordertyp Typ, Utforande Utforande, string? Felbeskrivning, Adress Adress, string? Kontakttelefon, string? Kommentar);

/// <summary>
/// An arbetsorder: repair, mounting, adjustment or consultation by Hjälpmedel on an artikel, often a mottagare's individ.
/// Linked to a row of an order not yet delivered, it holds that delivery until it is avslutad ("Kundordern kommer då
/// inte att levereras ut förrän arbetsordern är avslutad").
/// </summary>
public class Arbetsorder : Entitet, IVersionerad
{
    public const int MaxFelbeskrivning = 2000;
    public const int MaxKommentar = 1000;
    public const int MaxAtgard = 2000;
    public const int MaxBilagor = 5;

    private readonly List<ArbetsorderBilaga> _bilagor = [];

    private Arbetsorder() { Arbetsordernummer = ""; Felbeskrivning = ""; Adress = null!; RegistreradAvNamn = ""; }

    public Arbetsorder(Tjanstestalle tjanstestalle, Anvandare registreradAv, Mottagare? mottagare, Artikel artikel, Individ? individ, Orderrad? orderrad,
        Arbetsorderuppgifter uppgifter, DateTime tid)
    {
        if (!registreradAv.ArForskrivareEllerBestallare)
        {
            throw new DomainException("Bara förskrivare och beställare kan registrera arbetsorder.");
        }
        if (!registreradAv.ArKoppladTill(tjanstestalle))
        {
            throw new DomainException("Du är inte kopplad till det valda tjänstestället.");
        }
        if (individ is not null && !individ.ArAv(artikel))
        {
            throw new DomainException($"Individ {individ.Individnummer} är inte av artikel {artikel.Artikelnummer}.");
        }
        if (individ is { Status: Individstatus.Skrotad })
        {
            throw new DomainException($"Individ {individ.Individnummer} är skrotad.");
        }
        if (orderrad is not null)
        {
            if (orderrad.ArtikelId != artikel.Id && !ReferenceEquals(orderrad.Artikel, artikel))
            {
                throw new DomainException("Orderraden är inte av arbetsorderns artikel.");
            }
            if (!ReferenceEquals(orderrad.Bestallning.Mottagare, mottagare) && orderrad.Bestallning.MottagareId != mottagare?.Id)
            {
                throw new DomainException("Orderraden hör till en annan mottagare.");
            }
            if (orderrad.Status is not (Radstatus.Registrerad or Radstatus.Restnoterad)
                || orderrad.Bestallning.Status is not (Orderstatus.Registrerad or Orderstatus.ForPlockning or Orderstatus.Plockad))
            {
                throw new DomainException($"Rad {orderrad.Radnummer} på beställning {orderrad.Bestallning.Ordernummer} är inte på väg: en arbetsorder kopplas till en rad som ännu inte är levererad.");
            }
        }
        Arbetsordernummer = "";
        Tjanstestalle = tjanstestalle;
        RegistreradAv = registreradAv;
        RegistreradAvNamn = registreradAv.Namn;
        Mottagare = mottagare;
        Artikel = artikel;
        Individ = individ;
        Orderrad = orderrad;
        Registrerad = tid;
        Status = Arbetsorderstatus.Registrerad;
        Felbeskrivning = "";
        Adress = uppgifter.Adress;
        AngeUppgifter(uppgifter);
    }

    public string Arbetsordernummer { get; private set; }
    public Arbetsorderstatus Status { get; private set; }
    public int TjanstestalleId { get; private set; }
    public Tjanstestalle Tjanstestalle { get; private set; } = null!;
    public int RegistreradAvId { get; private set; }
    public Anvandare RegistreradAv { get; private set; } = null!;
    public string RegistreradAvNamn { get; private set; }
    public int? MottagareId { get; private set; }
    public Mottagare? Mottagare { get; private set; }
    public int ArtikelId { get; private set; }
    public Artikel Artikel { get; private set; } = null!;
    public int? IndividId { get; private set; }
    public Individ? Individ { get; private set; }
    /// <summary>The order row whose delivery waits for this arbetsorder.</summary>
    public int? OrderradId { get; private set; }
    public Orderrad? Orderrad { get; private set; }
    public Arbetsordertyp Typ { get; private set; }
    public Utforande Utforande { get; private set; }
    public string Felbeskrivning { get; private set; }
    public Adress Adress { get; private set; }
    public string? Kontakttelefon { get; private set; }
    public string? Kommentar { get; private set; }
    public DateTime Registrerad { get; private set; }
    public DateTime? Avslutad { get; private set; }
    public string? Atgard { get; private set; }
    public string? AvslutadAv { get; private set; }
    public int Version { get; private set; }

    public IReadOnlyCollection<ArbetsorderBilaga> Bilagor => _bilagor;

    public bool ArOppen => Status == Arbetsorderstatus.Registrerad;

    public void Numrera(string nummer)
    {
        if (Arbetsordernummer.Length > 0)
        {
            throw new DomainException($"Arbetsordern har redan nummer {Arbetsordernummer}.");
        }
        if (!Ordernummer.ArGiltigt(nummer))
        {
            throw new DomainException("Ogiltigt arbetsordernummer.");
        }
        Arbetsordernummer = nummer;
    }

    /// <summary>"Färdigrapporterad": Logistik closes the arbetsorder with what was done; a delivery it held may go.</summary>
    public void Avsluta(string? atgard, string avslutadAv, DateTime tid)
    {
        KravOppen();
        var text = string.IsNullOrWhiteSpace(atgard) ? null : atgard.Trim();
        if (text is null)
        {
            throw new DomainException("Beskriv vad som utfördes.");
        }
        if (text.Length > MaxAtgard)
        {
            throw new DomainException($"Utförd åtgärd får vara högst {MaxAtgard} tecken.");
        }
        Atgard = text;
        AvslutadAv = avslutadAv;
        Avslutad = tid;
        Status = Arbetsorderstatus.Avslutad;
    }

    public void Makulera(DateTime tid)
    {
        KravOppen();
        Avslutad = tid;
        Status = Arbetsorderstatus.Makulerad;
    }

    public ArbetsorderBilaga BifogaFil(string? filnamn, byte[] innehall, DateTime tid)
    {
        KravOppen();
        if (_bilagor.Count >= MaxBilagor)
        {
            throw new DomainException($"En arbetsorder kan ha högst {MaxBilagor} bilagor.");
        }
        var bilaga = new ArbetsorderBilaga(filnamn, innehall, tid);
        _bilagor.Add(bilaga);
        return bilaga;
    }

    private void AngeUppgifter(Arbetsorderuppgifter u)
    {
        if (!Enum.IsDefined(u.Typ))
        {
            throw new DomainException("Välj typ av åtgärd.");
        }
        if (!Enum.IsDefined(u.Utforande))
        {
            throw new DomainException("Välj om hjälpmedlet ska hämtas för åtgärd, om åtgärden utförs på plats eller om hjälpmedlet lämnas till Hjälpmedel.");
        }
        var beskrivning = u.Felbeskrivning?.Trim() ?? "";
        if (beskrivning.Length == 0)
        {
            throw new DomainException("Beskriv felet eller den åtgärd du önskar i Felbeskrivning/Information.");
        }
        if (beskrivning.Length > MaxFelbeskrivning)
        {
            throw new DomainException($"Felbeskrivning/Information får vara högst {MaxFelbeskrivning} tecken.");
        }
        var kommentar = string.IsNullOrWhiteSpace(u.Kommentar) ? null : u.Kommentar.Trim();
        if (kommentar is { Length: > MaxKommentar })
        {
            throw new DomainException($"Kommentaren får vara högst {MaxKommentar} tecken.");
        }
        var telefon = Telefonnummer.Normalisera(u.Kontakttelefon);
        if (u.Utforande != Utforande.LamnasTillHjalpmedel && telefon is null)
        {
            throw new DomainException("Ange ett telefonnummer på adressen, så att Hjälpmedel kan boka tid.");
        }
        Typ = u.Typ;
        Utforande = u.Utforande;
        Felbeskrivning = beskrivning;
        // A copy: the same address instance may belong to a tjänsteställe or a patient, and EF Core tracks owned values by instance.
        Adress = u.Adress with { };
        Kontakttelefon = telefon;
        Kommentar = kommentar;
    }

    private void KravOppen()
    {
        if (Status != Arbetsorderstatus.Registrerad)
        {
            throw new DomainException($"Arbetsordern är {Status.Text().ToLowerInvariant()} och kan inte ändras.");
        }
    }
}

public class ArbetsorderBilaga : Bilaga
{
    private ArbetsorderBilaga() { }

    internal ArbetsorderBilaga(string? filnamn, byte[] innehall, DateTime tid) : base(filnamn, innehall, tid) { }

    public int ArbetsorderId { get; private set; }
}
