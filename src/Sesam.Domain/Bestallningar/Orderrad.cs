using System.Linq.Expressions;

namespace Sesam.Domain.Bestallningar;

using Sesam.Domain.Gemensamt;
using Sesam.Domain.Individer;
using Sesam.Domain.Katalog;
using Sesam.Domain.Mottagare;
using Sesam.Domain.Organisation;

public class Orderrad : Entitet
{
    public const int MaxKommentar = 500;

    /// <summary>
    /// A row on its way: its order is sent and not makulerad, and the row is neither delivered nor makulerad. For a row
    /// that completes a delivered individ (<see cref="KompletterarIndividId"/>), these are the "Komponenter på väg".
    /// </summary>
    public static readonly Expression<Func<Orderrad, bool>> PaVag = r =>
        r.Bestallning.Status != Orderstatus.Pagaende && r.Bestallning.Status != Orderstatus.Makulerad
        && (r.Status == Radstatus.Registrerad || r.Status == Radstatus.Restnoterad);

    private readonly List<OrderradKomponent> _komponenter = [];

    private Orderrad() { }

    internal Orderrad(Bestallning bestallning, int radnummer, Artikel artikel, int antal, Leveranskalla kalla, Lager kallLager, Debiteringsform debiteringsform, decimal? aPris)
    {
        Radantal.Kontrollera(antal);
        var hinder = artikel.KanBestallas(int.MaxValue);
        if (hinder is not null)
        {
            throw new DomainException(hinder);
        }
        if (kalla == Leveranskalla.EgetForrad && kallLager.Typ != Lagertyp.EgetForrad)
        {
            throw new DomainException("Uttag ur eget förråd måste göras från ett eget förråd.");
        }
        Bestallning = bestallning;
        Radnummer = radnummer;
        Artikel = artikel;
        Antal = antal;
        Leveranskalla = kalla;
        KallLager = kallLager;
        Debiteringsform = debiteringsform;
        APris = aPris;
        Status = Radstatus.Registrerad;
        PatientavgiftKravs = artikel.HarPatientavgift && bestallning.Ordertyp == Ordertyp.Forskrivning;
    }

    public int BestallningId { get; private set; }
    public Bestallning Bestallning { get; private set; } = null!;
    public int Radnummer { get; private set; }
    public int ArtikelId { get; private set; }
    public Artikel Artikel { get; private set; } = null!;
    public int Antal { get; private set; }
    public Leveranskalla Leveranskalla { get; private set; }
    public int KallLagerId { get; private set; }
    public Lager KallLager { get; private set; } = null!;
    public int? IndividId { get; private set; }
    public Individ? Individ { get; private set; }
    /// <summary>When ordering a component for an individ the patient already has (komplettera levererad individ).</summary>
    public int? KompletterarIndividId { get; private set; }
    public Individ? KompletterarIndivid { get; private set; }
    /// <summary>The artikel the user first chose, when it was replaced by its ersättningsartikel.</summary>
    public int? ErsatterArtikelId { get; private set; }
    public Debiteringsform Debiteringsform { get; private set; }
    public decimal? APris { get; private set; }
    public string? Kommentar { get; private set; }
    public Radstatus Status { get; private set; }
    public DateOnly? PlaneratLeveransdatum { get; private set; }
    public DateOnly? LevereradDatum { get; private set; }
    /// <summary>When the delivered devices of a row without an individ came back (a received hämtorder).</summary>
    public DateOnly? AterlamnadDatum { get; private set; }
    /// <summary>Which of the order's följesedlar delivered the row (1 for the first utleverans).</summary>
    public int? Foljesedel { get; private set; }
    /// <summary>When the unit kvitterade the row's delivery into its förråd (lagerpåfyllnad only).</summary>
    public DateOnly? Kvitterad { get; private set; }
    public bool PatientavgiftKravs { get; private set; }
    /// <summary>JA (true) or NEJ (false); null until the user has answered.</summary>
    public bool? PatientavgiftSvar { get; private set; }

    public IReadOnlyCollection<OrderradKomponent> Komponenter => _komponenter;

    /// <summary>Price of the row including the components added to it.</summary>
    public decimal? Radsumma => APris is null ? null : (APris * Antal) + _komponenter.Sum(k => (k.APris ?? 0) * k.Antal);

    public void AndraAntal(int antal)
    {
        KravRedigerbar();
        Radantal.Kontrollera(antal);
        if ((Individ is not null || IndividId is not null) && antal != 1)
        {
            throw new DomainException("En individ levereras alltid med antal 1.");
        }
        Antal = antal;
    }

    public void AngeKommentar(string? kommentar)
    {
        KravRedigerbar();
        if (kommentar is { Length: > MaxKommentar })
        {
            throw new DomainException($"Kommentaren får vara högst {MaxKommentar} tecken.");
        }
        Kommentar = string.IsNullOrWhiteSpace(kommentar) ? null : kommentar.Trim();
    }

    /// <param name="ja">JA or NEJ; null (not answered) is refused, since the row cannot be sent without an answer.</param>
    public void SvaraPatientavgift(bool? ja)
    {
        KravRedigerbar();
        if (!PatientavgiftKravs)
        {
            throw new DomainException("Artikeln har ingen patientavgift.");
        }
        PatientavgiftSvar = ja ?? throw new DomainException("Artikeln har en patientavgift: svara JA eller NEJ innan du fortsätter.");
    }

    /// <summary>Editing a row (the pencil) clears the fee answer so that the user must answer again.</summary>
    public void BorjaRedigera()
    {
        KravRedigerbar();
        PatientavgiftSvar = null;
    }

    public void AngeIndivid(Individ individ)
    {
        KravRedigerbar();
        if (!individ.ArAv(ArtikelId, Artikel))
        {
            throw new DomainException("Individen hör inte till radens artikel.");
        }
        if (Antal != 1)
        {
            throw new DomainException($"En individ är ett exemplar: ange antal 1 när du lämnar ut individ {individ.Individnummer}.");
        }
        Individ = individ;
    }

    public void AngeKompletterarIndivid(Individ individ)
    {
        KravRedigerbar();
        if (individ.Status != Individstatus.Levererad)
        {
            throw new DomainException("Komplettering kan bara göras till en levererad individ.");
        }
        KompletterarIndivid = individ;
    }

    public void AngeErsatterArtikel(Artikel original) => ErsatterArtikelId = original.Id;

    public void LaggTillKomponent(Artikel komponent, int antal, bool standard, decimal? aPris)
    {
        KravRedigerbar();
        Radantal.Kontrollera(antal);
        if (!Artikel.Individmarkt)
        {
            throw new DomainException("Komponenter kan bara läggas till individmärkta artiklar.");
        }
        if (!KanHaKomponent(komponent))
        {
            throw new DomainException($"Artikel {komponent.Artikelnummer} är ingen komponent till artikel {Artikel.Artikelnummer} och kan inte läggas till.");
        }
        _komponenter.Add(new OrderradKomponent(komponent, antal, standard, aPris));
    }

    /// <summary>
    /// The artikel's own components (standard and övriga), and any tillbehör or reservdel, which the manual's
    /// "Sök komponenter" offers even when it may not fit; never the artikel itself or another huvudhjälpmedel.
    /// </summary>
    private bool KanHaKomponent(Artikel komponent)
    {
        if (ReferenceEquals(komponent, Artikel) || (komponent.Id != 0 && komponent.Id == ArtikelId))
        {
            return false;
        }
        return Artikel.Komponenter.Any(k => ReferenceEquals(k.Komponent, komponent) || (komponent.Id != 0 && k.KomponentId == komponent.Id))
            || komponent.Artikeltyp is Artikeltyp.Tillbehor or Artikeltyp.Reservdel;
    }

    public void TaBortKomponent(OrderradKomponent komponent)
    {
        KravRedigerbar();
        _komponenter.Remove(komponent);
    }

    /// <summary>
    /// The fee to record when the row is delivered and the user answered JA: "Ska faktureras", under the
    /// 90-day rule due 90 days after delivery.
    /// </summary>
    public Patientavgift? SkapaPatientavgift()
    {
        if (Status != Radstatus.Levererad || PatientavgiftSvar != true || Bestallning.Mottagare is null || LevereradDatum is not { } levererad)
        {
            return null;
        }
        return new Patientavgift(Bestallning.Mottagare, this, Artikel, Artikel.Patientavgift ?? 0, Artikel.PatientavgiftNittioDagar, levererad, Individ);
    }

    /// <summary>An individmärkt artikel from eget förråd leaves as a specific individ that is still available in the row's lager.</summary>
    internal void KravLeveransbarIndivid()
    {
        if (!Artikel.Individmarkt)
        {
            return;
        }
        if (Individ is null)
        {
            throw new DomainException($"Välj vilken individ av artikel {Artikel.Artikelnummer} som lämnas ut från förrådet.");
        }
        if (!Individ.KanLevererasFran(KallLagerId, KallLager))
        {
            throw new DomainException($"Individ {Individ.Individnummer} är inte längre tillgänglig i {KallLager.Visningsnamn}. Den kan redan ha lämnats ut.");
        }
    }

    internal void VidSkickning(DateOnly idag)
    {
        if (Leveranskalla == Leveranskalla.EgetForrad)
        {
            MarkeraLevererad(idag);
        }
        else
        {
            PlaneratLeveransdatum = Arbetsdagskalender.LaggTillArbetsdagar(idag, (int)Artikel.Leveranstid);
        }
    }

    internal void MarkeraLevererad(DateOnly datum, int? foljesedel = null)
    {
        if (Status == Radstatus.Levererad)
        {
            throw new DomainException($"Rad {Radnummer} är redan levererad.");
        }
        Status = Radstatus.Levererad;
        LevereradDatum = datum;
        Foljesedel = foljesedel;
    }

    internal void MarkeraKvitterad(DateOnly datum) => Kvitterad = datum;

    /// <summary>
    /// Logistik changes the planned delivery date of a row not yet picked, and marks it restnoterad (out of stock) or
    /// takes the restnotering away, at <paramref name="tid"/> (UTC). Returns what the row had, and raises
    /// <see cref="LeveransdatumAndrat"/> so the orderer is told; nothing when nothing changed.
    /// </summary>
    public Leveransandring? AndraLeveransdatum(DateOnly nytt, bool restnoterad, DateTime tid)
    {
        var idag = Svensktid.Datum(tid);
        if (Bestallning.Status != Orderstatus.Registrerad || Status is not (Radstatus.Registrerad or Radstatus.Restnoterad))
        {
            throw new DomainException($"Leveransdatum för rad {Radnummer} kan bara ändras innan raden plockas.");
        }
        if (Leveranskalla != Leveranskalla.Hjalpmedelsverksamhet)
        {
            throw new DomainException($"Rad {Radnummer} är ett uttag ur eget förråd och redan levererad.");
        }
        if (nytt < idag)
        {
            throw new DomainException("Det nya leveransdatumet kan inte vara passerat.");
        }
        var tidigare = new Leveransandring(PlaneratLeveransdatum, Status == Radstatus.Restnoterad);
        if (tidigare.Datum == nytt && tidigare.Restnoterad == restnoterad)
        {
            return null;
        }
        PlaneratLeveransdatum = nytt;
        Status = restnoterad ? Radstatus.Restnoterad : Radstatus.Registrerad;
        Hand(new LeveransdatumAndrat(this, tidigare, tid));
        return tidigare;
    }

    internal void PlockaIndivid(Individ? individ) => Individ = individ;

    /// <summary>A copy of this row for one device, when a row of several individmärkta devices is split for picking.</summary>
    internal Orderrad KopieraEnstaka(int radnummer)
    {
        var kopia = new Orderrad
        {
            Bestallning = Bestallning,
            Radnummer = radnummer,
            Artikel = Artikel,
            Antal = 1,
            Leveranskalla = Leveranskalla,
            KallLager = KallLager,
            Debiteringsform = Debiteringsform,
            APris = APris,
            Kommentar = Kommentar,
            Status = Status,
            PlaneratLeveransdatum = PlaneratLeveransdatum,
            ErsatterArtikelId = ErsatterArtikelId,
            PatientavgiftKravs = PatientavgiftKravs,
            PatientavgiftSvar = PatientavgiftSvar,
        };
        kopia._komponenter.AddRange(_komponenter.Select(k => new OrderradKomponent(k.Artikel, k.Antal, k.Standard, k.APris)));
        return kopia;
    }

    internal void DelaTillEnstaka() => Antal = 1;

    internal void Makulera() => Status = Radstatus.Makulerad;

    /// <summary>Is this a row without an individ (accessory, consumable) delivered to <paramref name="mottagare"/> and not yet
    /// återlämnad: one that a hämtorder or a retur can take back?</summary>
    public bool ArLevereradUtanIndividTill(Mottagare mottagare) =>
        Status == Radstatus.Levererad && IndividId is null && Individ is null && AterlamnadDatum is null
        && (ReferenceEquals(Bestallning.Mottagare, mottagare) || (mottagare.Id != 0 && Bestallning.MottagareId == mottagare.Id));

    internal void Aterlamna(DateOnly datum)
    {
        if (Status != Radstatus.Levererad || IndividId is not null || Individ is not null)
        {
            throw new DomainException($"Rad {Radnummer} är inte en levererad rad utan individ och kan inte återlämnas.");
        }
        if (AterlamnadDatum is not null)
        {
            throw new DomainException($"Rad {Radnummer} är redan återlämnad.");
        }
        AterlamnadDatum = datum;
    }

    private void KravRedigerbar()
    {
        if (Bestallning.Status != Orderstatus.Pagaende)
        {
            throw new DomainException("Beställningen är redan skickad och kan inte ändras.");
        }
    }
}

/// <summary>What a row's delivery plan was before Logistik changed it.</summary>
public sealed record Leveransandring(DateOnly? Datum, bool Restnoterad);

public class OrderradKomponent : Entitet
{
    private OrderradKomponent() { }

    internal OrderradKomponent(Artikel artikel, int antal, bool standard, decimal? aPris)
    {
        Artikel = artikel;
        Antal = antal;
        Standard = standard;
        APris = aPris;
    }

    public int OrderradId { get; private set; }
    public int ArtikelId { get; private set; }
    public Artikel Artikel { get; private set; } = null!;
    public int Antal { get; private set; }
    public bool Standard { get; private set; }
    public decimal? APris { get; private set; }
}
