namespace Sesam.Domain.Hamtordrar;

using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Individer;
using Sesam.Domain.Katalog;
using Sesam.Domain.Lagerhallning;
using Sesam.Domain.Mottagare;
using Sesam.Domain.Organisation;

/// <summary>Hämtorderorsak: where Hjälpmedel picks the devices up. The hämtadress must agree with it.</summary>
public enum Hamtplats
{
    HosPatient = 1,
    PaMottagning = 2,
    MedPost = 3,
    Dodsbo = 4,
    // The VGR actions for devices already back at Hjälpmedel: nothing is picked up, the hämtorder takes effect at once.
    AvregistreringInstallning = 10,
    AterlamnatReservdel = 11,
    AterlamnatTillbehor = 12,
    AterlamnatHuvudhjalpmedel = 13,
    AterlamnadVidUtprovning = 14,
}

/// <summary>Where the hämtadress was taken from.</summary>
public enum Adresskalla
{
    Mottagaren = 1,
    Tjanstestallet = 2,
    Annan = 3,
}

/// <summary>Önskad åtgärd: what the förskrivare judges should happen to the devices.</summary>
public enum Hamtorderatgard
{
    Rekonditionering = 1,
    Skrotning = 2,
    Reparation = 3,
    Garantireparation = 4,
    BehovetUpphort = 5,
}

public enum Hamtorderstatus
{
    Registrerad = 1,
    Stangd = 2,
    Makulerad = 3,
}

public static class HamtorderText
{
    public static string Text(this Hamtplats p) => p switch
    {
        Hamtplats.HosPatient => "Hämtas hos patient/skola",
        Hamtplats.PaMottagning => "Hämtas på mottagning/enhet",
        Hamtplats.MedPost => "Skickas till centrallager med post",
        Hamtplats.Dodsbo => "Dödsbo, patientens privatadress",
        Hamtplats.AvregistreringInstallning => "Avregistrering av inställning",
        Hamtplats.AterlamnatReservdel => "Återlämnat men ej avregistrerat – Reservdel",
        Hamtplats.AterlamnatTillbehor => "Återlämnat men ej avregistrerat – Tillbehör",
        Hamtplats.AterlamnatHuvudhjalpmedel => "Återlämnat men ej avregistrerat – Huvudhjälpmedel",
        Hamtplats.AterlamnadVidUtprovning => "Återlämnad i samband med utprovning",
        _ => p.ToString(),
    };

    /// <summary>An avregistrering: the devices are already back, so the hämtorder is verkställd (Stängd) at once.</summary>
    public static bool ArDirekt(this Hamtplats p) => p >= Hamtplats.AvregistreringInstallning;

    /// <summary>The only artikeltyp an avregistrering may take, if it is limited to one.</summary>
    public static Artikeltyp? EndastArtikeltyp(this Hamtplats p) => p switch
    {
        Hamtplats.AvregistreringInstallning => Artikeltyp.Installning,
        Hamtplats.AterlamnatReservdel => Artikeltyp.Reservdel,
        Hamtplats.AterlamnatTillbehor => Artikeltyp.Tillbehor,
        Hamtplats.AterlamnatHuvudhjalpmedel => Artikeltyp.Huvudhjalpmedel,
        _ => null,
    };

    /// <summary>The explanation the manual shows once a hämtorderorsak is chosen.</summary>
    public static string Forklaring(this Hamtplats p) => p switch
    {
        Hamtplats.HosPatient => "Endast skrymmande och/eller tekniskt avancerade hjälpmedel. Hämtadressen är patientens adress, eller en annan adress där hjälpmedlet finns, t.ex. skolan.",
        Hamtplats.PaMottagning => "Det vanligaste valet. Hjälpmedlet lämnas på mottagningen/enheten och hämtas där; hämtadressen är tjänsteställets.",
        Hamtplats.MedPost => "Hjälpmedlet skickas med post till centrallagret. Används inte inom alla produktområden.",
        Hamtplats.Dodsbo => "Hämtning hos patienten när patienten har avlidit. Markera även tillbehör som ska hämtas. Hjälpmedlet ska vara synligt rengjort och vid behov desinficerat.",
        Hamtplats.AvregistreringInstallning => "Tar bort inställningar som är återlämnade men inte avregistrerade. En adress måste väljas, men inställningarna tas bort direkt vid verkställande.",
        Hamtplats.AterlamnatReservdel => "Tar bort reservdelar som är återlämnade men inte avregistrerade. En adress måste väljas, men reservdelarna tas bort direkt vid verkställande.",
        Hamtplats.AterlamnatTillbehor => "Tar bort tillbehör som är återlämnade men inte avregistrerade. En adress måste väljas, men tillbehören tas bort direkt vid verkställande.",
        Hamtplats.AterlamnatHuvudhjalpmedel => "Rensar bort ett huvudhjälpmedel som inte avregistrerats efter utförd hämtorder. Verkställs direkt.",
        Hamtplats.AterlamnadVidUtprovning => "Rensar bort ett hjälpmedel från hjälpmedelslistan när det redan lämnats tillbaka i samband med utprovning. Verkställs direkt.",
        _ => "",
    };

    public static string Text(this Adresskalla k) => k switch
    {
        Adresskalla.Mottagaren => "Mottagarens adress",
        Adresskalla.Tjanstestallet => "Tjänsteställets adress",
        Adresskalla.Annan => "Annan adress",
        _ => k.ToString(),
    };

    public static string Text(this Hamtorderatgard a) => a switch
    {
        Hamtorderatgard.Rekonditionering => "Rekonditionering",
        Hamtorderatgard.Skrotning => "Skrotning",
        Hamtorderatgard.Reparation => "Reparation/avhjälpande underhåll",
        Hamtorderatgard.Garantireparation => "Garantireparation",
        Hamtorderatgard.BehovetUpphort => "Behovet upphört",
        _ => a.ToString(),
    };

    public static string Forklaring(this Hamtorderatgard a) => a switch
    {
        Hamtorderatgard.Rekonditionering => "Din bedömning är att hjälpmedlet kan återanvändas efter rengöring och komplettering.",
        Hamtorderatgard.Skrotning => "Din bedömning är att hjälpmedlet ska skrotas.",
        Hamtorderatgard.Reparation => "Hjälpmedlet ska repareras eller reklameras. Skriv vad som är fel och när problemet uppträder.",
        Hamtorderatgard.Garantireparation => "Hjälpmedlet ska repareras på garanti. Skriv kort vad som är fel.",
        Hamtorderatgard.BehovetUpphort => "Mottagarens behov av hjälpmedlet har upphört.",
        _ => "",
    };

    public static string Text(this Hamtorderstatus s) => s switch
    {
        Hamtorderstatus.Registrerad => "Registrerad, ej åtgärdad",
        Hamtorderstatus.Stangd => "Stängd",
        Hamtorderstatus.Makulerad => "Makulerad",
        _ => s.ToString(),
    };
}

/// <summary>The contact and address part of a hämtorder, as the user entered it. <see cref="Telefon"/> and
/// <see cref="Mobiltelefon"/> are those at the hämtadress (the patient's, the school's); <see cref="Kontakttelefon"/> is
/// the contact person's. One number of the three is enough.</summary>
public sealed record Hamtuppgifter(
    Hamtplats Hamtplats, Adresskalla Adresskalla, Adress Hamtadress, string? Portkod, string? Instruktioner,
    string Kontaktperson, string? Telefon, string? Mobiltelefon, string? Kontakttelefon, Hamtorderatgard Atgard, string? Kommentar);

/// <summary>
/// A hämtorder: devices a mottagare no longer uses, to be picked up and brought back to Hjälpmedel's central
/// warehouse. Choosing an individ brings its individmärkta komponenter (rows marked <see cref="HamtorderRad.Komponent"/>,
/// left off the printout); its other komponenter follow it without rows of their own. A device is on at most one open
/// hämtorder: rows of an open one are <see cref="HamtorderRad.Oppen"/>, which a unique index enforces under concurrency.
/// </summary>
public class Hamtorder : Entitet, IVersionerad
{
    public const int MaxPortkod = 20;
    public const int MaxInstruktioner = 500;
    public const int MaxKommentar = 1000;

    private readonly List<HamtorderRad> _rader = [];

    private Hamtorder() { Hamtordernummer = ""; Hamtadress = null!; Kontaktperson = ""; RegistreradAvHsaId = ""; RegistreradAvNamn = ""; }

    /// <param name="individer">The chosen individer, each with the individmärkta komponenter it brings.</param>
    /// <param name="rader">Chosen delivered order rows without an individ (accessories, consumables).</param>
    public Hamtorder(
        Mottagare mottagare, Tjanstestalle tjanstestalle, Anvandare registreradAv, DateTime tid, Hamtuppgifter uppgifter,
        IReadOnlyList<(Individ Individ, IReadOnlyList<Individ> Komponenter)> individer, IReadOnlyList<Orderrad> rader)
    {
        if (!registreradAv.ArForskrivareEllerBestallare)
        {
            throw new DomainException("Bara förskrivare och beställare kan skapa hämtorder.");
        }
        if (!registreradAv.ArKoppladTill(tjanstestalle))
        {
            throw new DomainException("Du är inte kopplad till det valda tjänstestället.");
        }
        if (individer.Count == 0 && rader.Count == 0)
        {
            throw new DomainException("Välj minst ett hjälpmedel som ska hämtas.");
        }
        Hamtordernummer = "";
        Mottagare = mottagare;
        Tjanstestalle = tjanstestalle;
        RegistreradAvHsaId = registreradAv.HsaId;
        RegistreradAvNamn = registreradAv.Namn;
        Registrerad = tid;
        Status = Hamtorderstatus.Registrerad;
        AngeUppgifter(uppgifter);
        foreach (var (individ, komponenter) in individer)
        {
            KravHosMottagaren(individ, mottagare);
            _rader.Add(new HamtorderRad(individ.Artikel, 1, individ, null, komponent: false));
            foreach (var k in komponenter.Where(k => k.ArLevereradTill(mottagare)))
            {
                _rader.Add(new HamtorderRad(k.Artikel, 1, k, null, komponent: true));
            }
        }
        foreach (var rad in rader)
        {
            if (!rad.ArLevereradUtanIndividTill(mottagare))
            {
                throw new DomainException($"Artikel {rad.Artikel.Artikelnummer} är inte ett levererat hjälpmedel hos mottagaren.");
            }
            _rader.Add(new HamtorderRad(rad.Artikel, rad.Antal, null, rad, komponent: false));
        }
        if (Hamtplats.EndastArtikeltyp() is { } typ && _rader.Where(r => !r.Komponent).FirstOrDefault(r => r.Artikel.Artikeltyp != typ) is { } annan)
        {
            throw new DomainException($"{Hamtplats.Text()} gäller bara artiklar av typen {typ.Text().ToLowerInvariant()}: {annan.Artikel.Artikelnummer} {annan.Artikel.Benamning} är {annan.Artikel.Artikeltyp.Text().ToLowerInvariant()}.");
        }
        var dubbla = _rader.Where(r => r.Individ is not null).GroupBy(r => r.Individ!).FirstOrDefault(g => g.Count() > 1);
        if (dubbla is not null)
        {
            throw new DomainException($"Individ {dubbla.Key.Individnummer} är vald två gånger: den följer redan med som komponent.");
        }
    }

    public string Hamtordernummer { get; private set; }
    public int MottagareId { get; private set; }
    public Mottagare Mottagare { get; private set; } = null!;
    public int TjanstestalleId { get; private set; }
    public Tjanstestalle Tjanstestalle { get; private set; } = null!;
    public string RegistreradAvHsaId { get; private set; }
    /// <summary>The name as it was when registered: Min sida lists the user's own hämtordrar by HSA-ID.</summary>
    public string RegistreradAvNamn { get; private set; }
    public DateTime Registrerad { get; private set; }
    public Hamtorderstatus Status { get; private set; }
    public DateTime? Avslutad { get; private set; }
    public Hamtplats Hamtplats { get; private set; }
    public Adresskalla Adresskalla { get; private set; }
    public Adress Hamtadress { get; private set; }
    public string? Portkod { get; private set; }
    public string? Instruktioner { get; private set; }
    public string Kontaktperson { get; private set; }
    public string? Telefon { get; private set; }
    public string? Mobiltelefon { get; private set; }
    public string? Kontakttelefon { get; private set; }
    public Hamtorderatgard Atgard { get; private set; }
    public string? Kommentar { get; private set; }
    public int Version { get; private set; }

    public IReadOnlyCollection<HamtorderRad> Rader => _rader;

    /// <summary>The number is taken from the shared order-number series once the hämtorder is known to be valid, so a
    /// refused one uses no number.</summary>
    public void Numrera(string hamtordernummer)
    {
        if (Hamtordernummer.Length > 0)
        {
            throw new DomainException($"Hämtordern har redan nummer {Hamtordernummer}.");
        }
        if (!Ordernummer.ArGiltigt(hamtordernummer))
        {
            throw new DomainException($"{hamtordernummer} är inget giltigt hämtordernummer.");
        }
        Hamtordernummer = hamtordernummer;
    }

    /// <summary>Makulera: only while Hjälpmedel has not closed it. Its devices can then go on a new hämtorder.</summary>
    public void Makulera(DateTime tid)
    {
        if (Status != Hamtorderstatus.Registrerad)
        {
            throw new DomainException($"Hämtorder {Hamtordernummer} är {Status.Text().ToLowerInvariant()} och kan inte makuleras.");
        }
        Status = Hamtorderstatus.Makulerad;
        Avslutad = tid;
        foreach (var rad in _rader)
        {
            rad.Stang();
        }
    }

    /// <summary>
    /// Hjälpmedel has picked the devices up and received them: individer owned by Hjälpmedel are back in the central
    /// warehouse and in its <paramref name="saldo"/> (an individmärkt artikel's saldo counts its individer, as an uttag
    /// draws it), those the unit bought are scrapped (VGR: "Kommer att skrotas vid retur"), rows without an individ are
    /// återlämnade, and <paramref name="avgifter"/>, the patient fees of these devices, see the return (a CPAP fee is
    /// dropped within its 90 days). A komponent individ that came back without its huvudhjälpmedel is taken off
    /// <paramref name="huvudhjalpmedel"/>, the individer it belonged to. The hämtorder is then Stängd.
    /// </summary>
    /// <returns>How many individer were scrapped.</returns>
    public int TaEmot(Lager centrallager, DateTime tid, string? hsaId, Func<Lager, Artikel, Lagersaldo> saldo, IEnumerable<Patientavgift> avgifter,
        IEnumerable<Individ> huvudhjalpmedel)
    {
        if (Status != Hamtorderstatus.Registrerad)
        {
            throw new DomainException($"Hämtorder {Hamtordernummer} är {Status.Text().ToLowerInvariant()} och kan inte tas emot.");
        }
        if (centrallager.Typ != Lagertyp.Centrallager)
        {
            throw new DomainException("En hämtorder tas emot i centrallagret.");
        }
        var datum = Svensktid.Datum(tid);
        var skrotade = 0;
        foreach (var rad in _rader)
        {
            if (rad.IndividId is not null || rad.Individ is not null)
            {
                var individ = rad.Individ ?? throw new InvalidOperationException("Hämtorderradernas individer måste vara inlästa.");
                if (individ.Agare == Debiteringsform.Kop)
                {
                    individ.Skrota(tid, hsaId);
                    skrotade++;
                }
                else
                {
                    individ.TaTillbaka(centrallager, tid, hsaId);
                    saldo(centrallager, individ.Artikel).TaEmot(1);
                }
            }
            else
            {
                (rad.Orderrad ?? throw new InvalidOperationException("Hämtorderradernas orderrader måste vara inlästa.")).Aterlamna(datum);
            }
            rad.Stang();
        }
        foreach (var avgift in avgifter)
        {
            avgift.VidRetur(datum);
        }
        var tillbaka = _rader.Select(r => r.Individ).OfType<Individ>().ToList();
        foreach (var huvud in huvudhjalpmedel.Where(h => !tillbaka.Contains(h)))
        {
            foreach (var komponent in huvud.Komponenter.Where(k => k.KomponentIndivid is { } ki && tillbaka.Contains(ki)).ToList())
            {
                huvud.TaBortKomponent(komponent);
            }
        }
        Status = Hamtorderstatus.Stangd;
        Avslutad = tid;
        return skrotade;
    }

    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(Hamtadress), nameof(Kontaktperson))]
    private void AngeUppgifter(Hamtuppgifter u)
    {
        if (!Enum.IsDefined(u.Hamtplats))
        {
            throw new DomainException("Välj hämtorderorsak.");
        }
        if (!Enum.IsDefined(u.Adresskalla))
        {
            throw new DomainException("Välj hämtadress.");
        }
        switch (u.Hamtplats)
        {
            case Hamtplats.PaMottagning when u.Adresskalla != Adresskalla.Tjanstestallet:
                throw new DomainException("Hämtas på mottagning/enhet: hämtadressen ska vara tjänsteställets adress.");
            case Hamtplats.HosPatient when u.Adresskalla == Adresskalla.Tjanstestallet:
                throw new DomainException("Hämtas hos patient/skola: hämtadressen ska vara mottagarens adress eller en annan adress där hjälpmedlet finns, t.ex. skolan.");
            case Hamtplats.Dodsbo when u.Adresskalla != Adresskalla.Mottagaren:
                throw new DomainException("Dödsbo: hämtadressen ska vara patientens privatadress.");
        }
        if (!Enum.IsDefined(u.Atgard))
        {
            throw new DomainException("Välj önskad åtgärd.");
        }
        var kommentar = Valfri(u.Kommentar, MaxKommentar, "Kommentaren");
        if (kommentar is null && u.Atgard is Hamtorderatgard.Reparation or Hamtorderatgard.Garantireparation)
        {
            throw new DomainException("Skriv under Kommentar vad som är fel med hjälpmedlet och när problemet uppträder.");
        }
        if (string.IsNullOrWhiteSpace(u.Kontaktperson))
        {
            throw new DomainException("Ange kontaktperson.");
        }
        var telefon = Telefonnummer.Normalisera(u.Telefon);
        var mobil = Telefonnummer.Normalisera(u.Mobiltelefon);
        var kontakttelefon = Telefonnummer.Normalisera(u.Kontakttelefon);
        if (telefon is null && mobil is null && kontakttelefon is null)
        {
            throw new DomainException("Ange ett telefonnummer: ett nummer på hämtadressen eller till kontaktpersonen räcker.");
        }
        Hamtplats = u.Hamtplats;
        Adresskalla = u.Adresskalla;
        // A copy: the same address instance may belong to a tjänsteställe or a patient, and EF Core tracks owned values by instance.
        Hamtadress = u.Hamtadress with { };
        Portkod = Valfri(u.Portkod, MaxPortkod, "Portkoden");
        Instruktioner = Valfri(u.Instruktioner, MaxInstruktioner, "Instruktionerna");
        Kontaktperson = Valfri(u.Kontaktperson, 100, "Kontaktpersonens namn")!;
        Telefon = telefon;
        Mobiltelefon = mobil;
        Kontakttelefon = kontakttelefon;
        Atgard = u.Atgard;
        Kommentar = kommentar;
    }

    private static void KravHosMottagaren(Individ individ, Mottagare mottagare)
    {
        if (!individ.ArLevereradTill(mottagare))
        {
            throw new DomainException($"Individ {individ.Individnummer} finns inte hos mottagaren och kan inte hämtas.");
        }
    }

    private static string? Valfri(string? text, int max, string falt)
    {
        var t = text?.Trim();
        if (string.IsNullOrEmpty(t))
        {
            return null;
        }
        return t.Length > max ? throw new DomainException($"{falt} får vara högst {max} tecken.") : t;
    }
}

/// <summary>One device on a hämtorder: an individ or a delivered order row without one.</summary>
public class HamtorderRad : Entitet
{
    private HamtorderRad() { }

    internal HamtorderRad(Artikel artikel, int antal, Individ? individ, Orderrad? orderrad, bool komponent)
    {
        Artikel = artikel;
        Antal = antal;
        Individ = individ;
        Orderrad = orderrad;
        Komponent = komponent;
        Oppen = true;
    }

    public int HamtorderId { get; private set; }
    public int ArtikelId { get; private set; }
    public Artikel Artikel { get; private set; } = null!;
    public int Antal { get; private set; }
    public int? IndividId { get; private set; }
    public Individ? Individ { get; private set; }
    public int? OrderradId { get; private set; }
    public Orderrad? Orderrad { get; private set; }
    /// <summary>An individmärkt komponent that follows its huvudhjälpmedel; the printout shows main devices only.</summary>
    public bool Komponent { get; private set; }
    /// <summary>True while the hämtorder is open: a device is on at most one open hämtorder (unique index).</summary>
    public bool Oppen { get; private set; }

    internal void Stang() => Oppen = false;
}
