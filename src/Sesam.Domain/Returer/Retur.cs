namespace Sesam.Domain.Returer;

using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Individer;
using Sesam.Domain.Katalog;
using Sesam.Domain.Lagerhallning;
using Sesam.Domain.Mottagare;
using Sesam.Domain.Organisation;

/// <summary>
/// An individ chosen for the retur, whether to scrap it, and the individmärkta komponenter that follow it, each with the
/// user's own Skrota choice: a komponent is scrapped when ticked, or with its scrapped huvudhjälpmedel when the unit owns
/// it, never only because the huvudhjälpmedel is (a befuktare owned by Hjälpmedel can be used again).
/// </summary>
public sealed record ReturIndivid(Individ Individ, bool Skrota, IReadOnlyList<(Individ Individ, bool Skrota)> Komponenter);

/// <summary>A delivered order row without an individ (accessory, consumable) chosen for the retur.</summary>
public sealed record ReturOrderrad(Orderrad Rad, bool Skrota);

/// <summary>
/// Retur från patient: devices a mottagare hands back at the unit go at once into the tjänsteställe's own förråd, where
/// they can be prescribed again, or are scrapped when they cannot be used again (masks, accessories). A huvudhjälpmedel
/// owned by Hjälpmedel never goes this way: it goes back to Hjälpmedel's lager with a hämtorder. The retur is kept as a
/// record of who took what back, where and when, and which of it was scrapped.
/// </summary>
public class Retur : Entitet
{
    private readonly List<Returrad> _rader = [];

    private Retur() { RegistreradAvHsaId = ""; RegistreradAvNamn = ""; }

    private Retur(Mottagare mottagare, Tjanstestalle tjanstestalle, Lager lager, Anvandare registreradAv, DateTime tid)
    {
        Mottagare = mottagare;
        Tjanstestalle = tjanstestalle;
        Lager = lager;
        RegistreradAvHsaId = registreradAv.HsaId;
        RegistreradAvNamn = registreradAv.Namn;
        Registrerad = tid;
    }

    public int MottagareId { get; private set; }
    public Mottagare Mottagare { get; private set; } = null!;
    public int TjanstestalleId { get; private set; }
    public Tjanstestalle Tjanstestalle { get; private set; } = null!;
    /// <summary>"Retur till lager": the tjänsteställe's own förråd.</summary>
    public int LagerId { get; private set; }
    public Lager Lager { get; private set; } = null!;
    public string RegistreradAvHsaId { get; private set; }
    public string RegistreradAvNamn { get; private set; }
    public DateTime Registrerad { get; private set; }

    public IReadOnlyCollection<Returrad> Rader => _rader;

    /// <summary>Can this device be taken back with a retur? Only a huvudhjälpmedel owned by Hjälpmedel cannot.</summary>
    public static bool KanReturneras(Artikeltyp typ, Debiteringsform agare) => !(typ == Artikeltyp.Huvudhjalpmedel && agare == Debiteringsform.Hyra);

    /// <summary>
    /// Takes the chosen devices back into the tjänsteställe's förråd, or scraps them, and returns the record of it.
    /// Everything is checked before anything changes. Individer back in the förråd are Tillgänglig there and counted in
    /// its <paramref name="saldo"/> (an individmärkt artikel's saldo counts its individer); rows without an individ add
    /// their antal unless scrapped, and are återlämnade. <paramref name="avgifter"/>, the patient fees of these devices,
    /// see the return (a CPAP fee is dropped within its 90 days). A komponent individ returned without its
    /// huvudhjälpmedel is taken off <paramref name="huvudhjalpmedel"/>, the individer it belonged to.
    /// </summary>
    public static Retur Genomfor(
        Mottagare mottagare, Tjanstestalle tjanstestalle, Anvandare registreradAv, DateTime tid,
        IReadOnlyList<ReturIndivid> individer, IReadOnlyList<ReturOrderrad> rader,
        Func<Lager, Artikel, Lagersaldo> saldo, IEnumerable<Patientavgift> avgifter, IEnumerable<Individ> huvudhjalpmedel)
    {
        if (!registreradAv.ArForskrivareEllerBestallare)
        {
            throw new DomainException("Bara förskrivare och beställare kan göra en retur.");
        }
        if (!registreradAv.ArKoppladTill(tjanstestalle))
        {
            throw new DomainException("Du är inte kopplad till det valda tjänstestället.");
        }
        var lager = tjanstestalle.Forrad
            ?? throw new DomainException($"{tjanstestalle.Visningsnamn} har inget eget förråd att ta emot returen i. Skicka hjälpmedlen till Hjälpmedel med en hämtorder.");
        if (individer.Count == 0 && rader.Count == 0)
        {
            throw new DomainException("Välj minst ett hjälpmedel att returnera.");
        }
        var retur = new Retur(mottagare, tjanstestalle, lager, registreradAv, tid);
        foreach (var val in individer)
        {
            retur.LaggTill(val.Individ, val.Skrota, komponent: false, mottagare);
            foreach (var (k, skrota) in val.Komponenter.Where(k => k.Individ.ArLevereradTill(mottagare)))
            {
                retur.LaggTill(k, skrota || (val.Skrota && k.Agare == Debiteringsform.Kop), komponent: true, mottagare);
            }
        }
        foreach (var (rad, skrota) in rader)
        {
            if (!rad.ArLevereradUtanIndividTill(mottagare))
            {
                throw new DomainException($"Artikel {rad.Artikel.Artikelnummer} är inte ett levererat hjälpmedel hos mottagaren.");
            }
            KravReturnerbar(rad.Artikel, rad.Debiteringsform, $"Artikel {rad.Artikel.Artikelnummer}");
            retur._rader.Add(new Returrad(rad.Artikel, rad.Antal, null, rad, skrota, komponent: false));
        }
        var dubbla = retur._rader.Where(r => r.Individ is not null).GroupBy(r => r.Individ!).FirstOrDefault(g => g.Count() > 1);
        if (dubbla is not null)
        {
            throw new DomainException($"Individ {dubbla.Key.Individnummer} är vald två gånger: den följer redan med som komponent.");
        }

        var datum = Svensktid.Datum(tid);
        foreach (var rad in retur._rader)
        {
            if (rad.Individ is { } individ)
            {
                if (rad.Skrotad)
                {
                    individ.Skrota(tid, registreradAv.HsaId);
                }
                else
                {
                    individ.TaTillbaka(lager, tid, registreradAv.HsaId);
                    saldo(lager, individ.Artikel).TaEmot(1);
                }
            }
            else
            {
                var orderrad = rad.Orderrad!;
                orderrad.Aterlamna(datum);
                if (!rad.Skrotad)
                {
                    saldo(lager, orderrad.Artikel).TaEmot(orderrad.Antal);
                }
            }
        }
        foreach (var avgift in avgifter)
        {
            avgift.VidRetur(datum);
        }
        var tillbaka = retur._rader.Select(r => r.Individ).OfType<Individ>().ToList();
        foreach (var huvud in huvudhjalpmedel.Where(h => !tillbaka.Contains(h)))
        {
            foreach (var komponent in huvud.Komponenter.Where(k => k.KomponentIndivid is { } ki && tillbaka.Contains(ki)).ToList())
            {
                huvud.TaBortKomponent(komponent);
            }
        }
        return retur;
    }

    private void LaggTill(Individ individ, bool skrota, bool komponent, Mottagare mottagare)
    {
        if (!individ.ArLevereradTill(mottagare))
        {
            throw new DomainException($"Individ {individ.Individnummer} finns inte hos mottagaren och kan inte returneras.");
        }
        KravReturnerbar(individ.Artikel, individ.Agare, $"Individ {individ.Individnummer}");
        _rader.Add(new Returrad(individ.Artikel, 1, individ, null, skrota, komponent));
    }

    private static void KravReturnerbar(Artikel artikel, Debiteringsform agare, string vad)
    {
        if (!KanReturneras(artikel.Artikeltyp, agare))
        {
            throw new DomainException($"{vad} är ett huvudhjälpmedel som ägs av Hjälpmedel. Det returneras inte till eget förråd och får inte skrotas: skicka det till Hjälpmedel med en hämtorder.");
        }
    }
}

/// <summary>One device of a retur: an individ or a delivered order row without one, back in the förråd or scrapped.</summary>
public class Returrad : Entitet
{
    private Returrad() { }

    internal Returrad(Artikel artikel, int antal, Individ? individ, Orderrad? orderrad, bool skrotad, bool komponent)
    {
        Artikel = artikel;
        Antal = antal;
        Individ = individ;
        Orderrad = orderrad;
        Skrotad = skrotad;
        Komponent = komponent;
    }

    public int ReturId { get; private set; }
    public int ArtikelId { get; private set; }
    public Artikel Artikel { get; private set; } = null!;
    public int Antal { get; private set; }
    public int? IndividId { get; private set; }
    public Individ? Individ { get; private set; }
    public int? OrderradId { get; private set; }
    public Orderrad? Orderrad { get; private set; }
    public bool Skrotad { get; private set; }
    /// <summary>An individmärkt komponent that followed its huvudhjälpmedel.</summary>
    public bool Komponent { get; private set; }
}
