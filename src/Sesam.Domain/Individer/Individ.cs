namespace Sesam.Domain.Individer;

using Sesam.Domain.Gemensamt;
using Sesam.Domain.Katalog;
using Sesam.Domain.Mottagare;
using Sesam.Domain.Organisation;

public enum Individstatus
{
    PaLager = 1,
    Levererad = 2,
    Skrotad = 3,
}

public enum Lagerstatus
{
    Tillganglig = 1,
    EjILager = 2,
    Reserverad = 3,
}

/// <summary>Types of <see cref="IndividHandelse"/> that other parts of Sesam read back.</summary>
public static class Individhandelser
{
    public const string Aterlamnad = "Återlämnad";
}

public static class IndividText
{
    public static string Text(this Individstatus s) => s switch
    {
        Individstatus.PaLager => "På lager",
        Individstatus.Levererad => "Levererad",
        Individstatus.Skrotad => "Skrotad",
        _ => s.ToString(),
    };

    public static string Text(this Lagerstatus s) => s switch
    {
        Lagerstatus.Tillganglig => "Tillgänglig",
        Lagerstatus.EjILager => "Ej i lager",
        Lagerstatus.Reserverad => "Reserverad",
        _ => s.ToString(),
    };
}

/// <summary>An individually marked, traceable unit of an artikel.</summary>
public class Individ : Entitet, IVersionerad
{
    public const int MaxText = 2000;

    private readonly List<IndividKomponent> _komponenter = [];
    private readonly List<IndividHandelse> _historik = [];
    private readonly List<Aktivitet> _aktiviteter = [];

    private Individ() { Individnummer = ""; }

    public Individ(string individnummer, Artikel artikel, Lager lager, string? serienummer, Debiteringsform agare, DateTime tid)
    {
        Individnummer = KravIndividnummer(individnummer);
        Artikel = artikel;
        Lager = lager;
        Serienummer = string.IsNullOrWhiteSpace(serienummer) ? null : serienummer.Trim();
        Agare = agare;
        Status = Individstatus.PaLager;
        Lagerstatus = Lagerstatus.Tillganglig;
        _historik.Add(new IndividHandelse(tid, "Registrerad", $"Individen registrerades i lager {lager.Visningsnamn}.", null));
    }

    public string Individnummer { get; private set; }
    public string? Serienummer { get; private set; }
    public int ArtikelId { get; private set; }
    public Artikel Artikel { get; private set; } = null!;
    public Individstatus Status { get; private set; }
    public Lagerstatus Lagerstatus { get; private set; }
    public int? LagerId { get; private set; }
    public Lager? Lager { get; private set; }
    public int? MottagareId { get; private set; }
    public Mottagare? Mottagare { get; private set; }

    /// <summary>Is the individ delivered to and still held by <paramref name="mottagare"/> (also one not yet saved)?</summary>
    public bool ArLevereradTill(Mottagare mottagare) =>
        Status == Individstatus.Levererad && (ReferenceEquals(Mottagare, mottagare) || (mottagare.Id != 0 && MottagareId == mottagare.Id));
    public DateOnly? LevereradDatum { get; private set; }
    /// <summary>Who owns it: rented (Hjälpmedel) or bought (the unit).</summary>
    public Debiteringsform Agare { get; private set; }
    public string? Placering { get; private set; }
    public string? Textinformation { get; private set; }
    public int Version { get; private set; }

    public IReadOnlyCollection<IndividKomponent> Komponenter => _komponenter;

    /// <summary>
    /// How many components it has, kept with the individ: the patient view lists it for each of a patient's hundreds
    /// of individer, and counting the component rows of each was a sixth of the database's work per view
    /// (docs/prestanda.md, session 17). Counted up and down rather than read from <see cref="Komponenter"/>, which is
    /// empty when the individ is loaded without them; changing it changes the individ, so its <see cref="Version"/>
    /// makes two concurrent changes of its components conflict instead of losing one.
    /// </summary>
    public int AntalKomponenter { get; private set; }
    public IReadOnlyCollection<IndividHandelse> Historik => _historik;
    public IReadOnlyCollection<Aktivitet> Aktiviteter => _aktiviteter;
    /// <summary>How often the individ gets förebyggande underhåll, in months; null when it has no FU schedule.</summary>
    public int? FuIntervallManader { get; private set; }
    public DateOnly? SenasteFu { get; private set; }
    /// <summary>When the next FU is due: the latest FU plus the interval.</summary>
    public DateOnly? NastaFu { get; private set; }

    /// <summary>Whether the individ is of <paramref name="artikel"/>: the same loaded object, or the same stored artikel.</summary>
    public bool ArAv(Artikel artikel) => ArAv(artikel.Id, artikel);

    /// <summary>Whether the individ is of the artikel with <paramref name="artikelId"/>, which may not be loaded
    /// (<paramref name="artikel"/> null) or not yet stored (id 0).</summary>
    public bool ArAv(int artikelId, Artikel? artikel) =>
        (artikel is not null && ReferenceEquals(Artikel, artikel)) || (artikelId != 0 && ArtikelId == artikelId);

    /// <summary>Whether the individ is on the shelf, free to go out, in the lager with <paramref name="lagerId"/>
    /// (<paramref name="lager"/> when it is not yet stored).</summary>
    public bool KanLevererasFran(int lagerId, Lager? lager) =>
        Status == Individstatus.PaLager && Lagerstatus == Lagerstatus.Tillganglig
        && ((lager is not null && ReferenceEquals(Lager, lager)) || (lagerId != 0 && LagerId == lagerId));

    /// <summary>Why it cannot be delivered from the user's lager (the förråd of the tjänsteställe they work in), or null when it can.</summary>
    public string? VarforEjLeveransbar(IReadOnlyCollection<int> anvandarensLager)
    {
        if (Status != Individstatus.PaLager)
        {
            return $"Individ {Individnummer} är inte på lager (status {Status.Text()}).";
        }
        if (Lagerstatus != Lagerstatus.Tillganglig)
        {
            return $"Individ {Individnummer} är inte tillgänglig (lagerstatus {Lagerstatus.Text()}).";
        }
        if (LagerId is not { } lagerId || !anvandarensLager.Contains(lagerId))
        {
            return $"Individ {Individnummer} finns inte i förrådet för tjänstestället du arbetar i.";
        }
        return null;
    }

    public void Reservera(DateTime tid, string? hsaId)
    {
        if (Status != Individstatus.PaLager || Lagerstatus != Lagerstatus.Tillganglig)
        {
            throw new DomainException($"Individ {Individnummer} är inte tillgänglig och kan inte reserveras.");
        }
        Lagerstatus = Lagerstatus.Reserverad;
        _historik.Add(new IndividHandelse(tid, "Reserverad", "Individen reserverades för en beställning.", hsaId));
    }

    public void Frislapp(DateTime tid, string? hsaId)
    {
        if (Lagerstatus != Lagerstatus.Reserverad)
        {
            throw new DomainException($"Individ {Individnummer} är inte reserverad.");
        }
        Lagerstatus = Lagerstatus.Tillganglig;
        _historik.Add(new IndividHandelse(tid, "Reservation borttagen", "Reservationen togs bort.", hsaId));
    }

    /// <summary>Delivers the individ to a mottagare. An individ can never be delivered twice.</summary>
    public void Leverera(Mottagare mottagare, DateOnly datum, DateTime tid, string? hsaId)
    {
        if (Status == Individstatus.Levererad)
        {
            throw new DomainException($"Individ {Individnummer} är redan levererad.");
        }
        if (Status != Individstatus.PaLager)
        {
            throw new DomainException($"Individ {Individnummer} kan inte levereras (status {Status.Text()}).");
        }
        Status = Individstatus.Levererad;
        Lagerstatus = Lagerstatus.EjILager;
        Mottagare = mottagare;
        MottagareId = mottagare.Id == 0 ? null : mottagare.Id;
        Lager = null;
        LagerId = null;
        Placering = null;
        LevereradDatum = datum;
        // A device whose artikel has an FU-intervall gets its schedule when it goes out, unless it already has one.
        if (NastaFu is null && Artikel?.FuIntervallManader is { } manader)
        {
            FuIntervallManader ??= manader;
            NastaFu = datum.AddMonths(FuIntervallManader.Value);
        }
        _historik.Add(new IndividHandelse(tid, "Levererad", "Individen levererades till mottagare.", hsaId));
    }

    /// <summary>Utlevererad to a unit's förråd by a lagerpåfyllnad: it is there, but not available until the delivery is kvitterad.</summary>
    public void SkickaTillForrad(Lager forrad, DateTime tid, string? hsaId)
    {
        if (Status != Individstatus.PaLager)
        {
            throw new DomainException($"Individ {Individnummer} är inte på lager och kan inte skickas till förrådet.");
        }
        Lager = forrad;
        LagerId = forrad.Id == 0 ? null : forrad.Id;
        Lagerstatus = Lagerstatus.EjILager;
        Placering = null;
        _historik.Add(new IndividHandelse(tid, "Utlevererad till förråd", $"Individen skickades till {forrad.Visningsnamn} och blir tillgänglig när leveransen kvitteras.", hsaId));
    }

    public void Kvittera(DateTime tid, string? hsaId)
    {
        if (Status != Individstatus.PaLager || Lagerstatus != Lagerstatus.EjILager)
        {
            throw new DomainException($"Individ {Individnummer} väntar inte på kvittering.");
        }
        Lagerstatus = Lagerstatus.Tillganglig;
        _historik.Add(new IndividHandelse(tid, "Kvitterad", $"Leveransen till {Lager?.Visningsnamn ?? "förrådet"} kvitterades.", hsaId));
    }

    /// <summary>The individ comes back from its mottagare into a lager (retur or received hämtorder).</summary>
    public void TaTillbaka(Lager lager, DateTime tid, string? hsaId)
    {
        if (Status != Individstatus.Levererad)
        {
            throw new DomainException($"Individ {Individnummer} är inte levererad och kan inte tas tillbaka.");
        }
        Status = Individstatus.PaLager;
        Lagerstatus = Lagerstatus.Tillganglig;
        Mottagare = null;
        MottagareId = null;
        Lager = lager;
        LagerId = lager.Id == 0 ? null : lager.Id;
        LevereradDatum = null;
        _historik.Add(new IndividHandelse(tid, Individhandelser.Aterlamnad, $"Individen togs tillbaka till lager {lager.Visningsnamn}.", hsaId));
    }

    public void Skrota(DateTime tid, string? hsaId)
    {
        if (Status == Individstatus.Skrotad)
        {
            throw new DomainException($"Individ {Individnummer} är redan skrotad.");
        }
        Status = Individstatus.Skrotad;
        Lagerstatus = Lagerstatus.EjILager;
        Mottagare = null;
        MottagareId = null;
        Lager = null;
        LagerId = null;
        _historik.Add(new IndividHandelse(tid, "Skrotad", "Individen skrotades.", hsaId));
    }

    /// <summary>Byte av individnummer: the old number stays in the history and remains searchable.</summary>
    public void BytIndividnummer(string nyttNummer, DateTime tid, string? hsaId)
    {
        var nytt = KravIndividnummer(nyttNummer);
        if (nytt == Individnummer)
        {
            throw new DomainException("Det nya individnumret är samma som det gamla.");
        }
        _historik.Add(new IndividHandelse(tid, "Byte av individnummer", $"Individnummer ändrat från {Individnummer} till {nytt}.", hsaId, Individnummer));
        Individnummer = nytt;
    }

    public void Flytta(string? placering, DateTime tid, string? hsaId)
    {
        if (Status != Individstatus.PaLager)
        {
            throw new DomainException("Bara en individ på lager kan flyttas.");
        }
        var ny = string.IsNullOrWhiteSpace(placering) ? null : placering.Trim();
        if (ny is { Length: > 50 })
        {
            throw new DomainException("Placering får vara högst 50 tecken.");
        }
        _historik.Add(new IndividHandelse(tid, "Flyttad", $"Placering ändrad från {Placering ?? "(ingen)"} till {ny ?? "(ingen)"}.", hsaId));
        Placering = ny;
    }

    /// <summary>
    /// Registers FU or AU done on <paramref name="datum"/>. An FU moves the schedule: the next is due the interval after
    /// the latest FU; giving an interval sets or changes it, and without one the artikel's interval applies.
    /// </summary>
    public Aktivitet RegistreraAktivitet(Aktivitetstyp typ, DateOnly datum, string? beskrivning, int? fuIntervallManader, DateOnly idag,
        DateTime tid, string? hsaId, string utfordAv)
    {
        if (!Enum.IsDefined(typ))
        {
            throw new DomainException("Välj typ av aktivitet: FU eller AU.");
        }
        if (Status == Individstatus.Skrotad)
        {
            throw new DomainException($"Individ {Individnummer} är skrotad.");
        }
        if (datum > idag)
        {
            throw new DomainException("Datum för aktiviteten kan inte vara i framtiden.");
        }
        var text = string.IsNullOrWhiteSpace(beskrivning) ? null : beskrivning.Trim();
        if (typ == Aktivitetstyp.AvhjalpandeUnderhall && text is null)
        {
            throw new DomainException("Beskriv felet och vad som åtgärdades.");
        }
        if (text is { Length: > Aktivitet.MaxBeskrivning })
        {
            throw new DomainException($"Beskrivningen får vara högst {Aktivitet.MaxBeskrivning} tecken.");
        }
        if (fuIntervallManader is not null && typ != Aktivitetstyp.ForebyggandeUnderhall)
        {
            throw new DomainException("FU-intervall anges bara för förebyggande underhåll.");
        }
        if (fuIntervallManader is < 1 or > 120)
        {
            throw new DomainException("FU-intervall anges i hela månader, 1–120.");
        }
        var aktivitet = new Aktivitet(typ, datum, text, hsaId, utfordAv, tid);
        _aktiviteter.Add(aktivitet);
        if (typ == Aktivitetstyp.ForebyggandeUnderhall)
        {
            SenasteFu = SenasteFu is { } senaste && senaste > datum ? senaste : datum;
            // Without an interval of its own, the individ follows its artikel's FU-intervall from the catalogue.
            FuIntervallManader = fuIntervallManader ?? FuIntervallManader ?? Artikel?.FuIntervallManader;
            NastaFu = FuIntervallManader is { } manader ? SenasteFu.Value.AddMonths(manader) : null;
        }
        _historik.Add(new IndividHandelse(tid, typ == Aktivitetstyp.ForebyggandeUnderhall ? "FU registrerad" : "AU registrerad",
            $"{typ.Text()} {datum:yyyy-MM-dd}{(text is null ? "" : $": {text}")}", hsaId));
        return aktivitet;
    }

    public void AngeTextinformation(string? text)
    {
        if (text is { Length: > MaxText })
        {
            throw new DomainException($"Textinformation får vara högst {MaxText} tecken.");
        }
        Textinformation = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    public void LaggTillKomponent(Artikel artikel, int antal, Individ? komponentIndivid = null)
    {
        if (antal < 1)
        {
            throw new DomainException("Antal måste vara minst 1.");
        }
        _komponenter.Add(new IndividKomponent(artikel, antal, komponentIndivid));
        AntalKomponenter++;
    }

    public void TaBortKomponent(IndividKomponent komponent)
    {
        if (_komponenter.Remove(komponent))
        {
            AntalKomponenter--;
        }
    }

    private static string KravIndividnummer(string? nummer)
    {
        var n = nummer?.Trim() ?? "";
        if (n.Length is < 1 or > 20 || n.Contains('*', StringComparison.Ordinal))
        {
            throw new DomainException("Individnummer ska vara 1–20 tecken utan *.");
        }
        return n;
    }
}

public class IndividKomponent : Entitet
{
    private IndividKomponent() { }

    internal IndividKomponent(Artikel artikel, int antal, Individ? komponentIndivid)
    {
        Artikel = artikel;
        Antal = antal;
        KomponentIndivid = komponentIndivid;
    }

    public int IndividId { get; private set; }
    public int ArtikelId { get; private set; }
    public Artikel Artikel { get; private set; } = null!;
    public int Antal { get; private set; }
    /// <summary>Set when the component is itself individmärkt.</summary>
    public int? KomponentIndividId { get; private set; }
    public Individ? KomponentIndivid { get; private set; }
}

public class IndividHandelse : Entitet
{
    private IndividHandelse() { Typ = ""; Beskrivning = ""; }

    internal IndividHandelse(DateTime tid, string typ, string beskrivning, string? hsaId, string? tidigareIndividnummer = null)
    {
        Tidpunkt = tid;
        Typ = typ;
        Beskrivning = beskrivning;
        HsaId = hsaId;
        TidigareIndividnummer = tidigareIndividnummer;
    }

    public int IndividId { get; private set; }
    public DateTime Tidpunkt { get; private set; }
    public string Typ { get; private set; }
    public string Beskrivning { get; private set; }
    public string? HsaId { get; private set; }
    /// <summary>Set on a byte av individnummer so that the old number can still be searched.</summary>
    public string? TidigareIndividnummer { get; private set; }
}
