namespace Sesam.Domain.Bestallningar;

using Sesam.Domain.Gemensamt;
using Sesam.Domain.Individer;
using Sesam.Domain.Katalog;
using Sesam.Domain.Lagerhallning;
using Sesam.Domain.Mottagare;
using Sesam.Domain.Organisation;

/// <summary>
/// An order (kundorder). While <see cref="Orderstatus.Pagaende"/> it is the user's cart; sending gives it a
/// number and either delivers it at once (uttag ur eget förråd) or hands it to Logistik, whose steps only
/// move forward: Registrerad → För plockning → Plockad → Utlevererad, except that an utleverans leaving restnoterade
/// rows behind puts the order back to Registrerad for them.
/// </summary>
public class Bestallning : Entitet, IVersionerad
{
    private readonly List<Orderrad> _rader = [];

    private Bestallning() { }

    private Bestallning(Ordertyp typ, Anvandare forskrivare, Anvandare registreradAv, Tjanstestalle tjanstestalle, DateTime tid)
    {
        Ordertyp = typ;
        Forskrivare = forskrivare;
        RegistreradAv = registreradAv;
        Tjanstestalle = tjanstestalle;
        Status = Orderstatus.Pagaende;
        Skapad = tid;
    }

    public static Bestallning NyForskrivning(Mottagare mottagare, Anvandare forskrivare, Anvandare registreradAv, Tjanstestalle tjanstestalle, DateTime tid)
    {
        if (!registreradAv.KanBestallaIForskrivarensNamn(forskrivare))
        {
            throw new DomainException(registreradAv.Har(Roll.Bestallare) && !registreradAv.Har(Roll.Forskrivare)
                ? "Som beställare kan du bara registrera beställningar i namnet på en förskrivare som är kopplad till dig."
                : $"Du kan inte registrera en beställning i {forskrivare.Namn}s namn.");
        }
        if (!registreradAv.ArKoppladTill(tjanstestalle))
        {
            throw new DomainException("Du är inte kopplad till det valda tjänstestället.");
        }
        return new Bestallning(Ordertyp.Forskrivning, forskrivare, registreradAv, tjanstestalle, tid) { Mottagare = mottagare };
    }

    public static Bestallning NyLagerpafyllnad(Anvandare registreradAv, Tjanstestalle tjanstestalle, Lager mottagandeLager, DateTime tid)
    {
        if (!registreradAv.ArForskrivareEllerBestallare)
        {
            throw new DomainException("Bara förskrivare och beställare beställer lagerpåfyllnad.");
        }
        if (!registreradAv.ArKoppladTill(tjanstestalle))
        {
            throw new DomainException("Du är inte kopplad till det valda tjänstestället.");
        }
        if (mottagandeLager.Typ != Lagertyp.EgetForrad)
        {
            throw new DomainException("En lagerpåfyllnad levereras alltid till ett eget förråd.");
        }
        return new Bestallning(Ordertyp.Lagerpafyllnad, registreradAv, registreradAv, tjanstestalle, tid) { MottagandeLager = mottagandeLager };
    }

    /// <summary>
    /// An automatic lagerpåfyllnad at min level, from an uttag that took the förråd's saldo below its min level: sent at
    /// once to Logistik with each such artikel's påfyllnadsantal, and delivered to the förråd like any lagerpåfyllnad.
    /// Returns null when none of the artiklar is bought in any more (utgående, utgått, not orderable via Sesam).
    /// </summary>
    public static Bestallning? NyAutomatiskLagerpafyllnad(Anvandare utlostAv, Tjanstestalle tjanstestalle, Lager central, IReadOnlyList<Lagersaldo> underMinNiva,
        string ordernummer, DateTime tid)
    {
        var forrad = underMinNiva.Select(s => s.Lager).Distinct().SingleOrDefault()
            ?? throw new DomainException("En automatisk lagerpåfyllnad gäller ett förråd.");
        if (forrad.Typ != Lagertyp.EgetForrad || central.Typ != Lagertyp.Centrallager)
        {
            throw new DomainException("En automatisk lagerpåfyllnad levereras från centrallagret till ett eget förråd.");
        }
        var bestallning = new Bestallning(Ordertyp.Lagerpafyllnad, utlostAv, utlostAv, tjanstestalle, tid) { MottagandeLager = forrad, Automatisk = true };
        var idag = Orderdatum(tid);
        // Only what is still bought in: an utgående or utgången artikel is not refilled by itself (KanBestallas with no stock).
        foreach (var saldo in underMinNiva.Where(s => s.BehoverAutomatiskPafyllnad && s.Artikel.KanBestallas(0) is null))
        {
            bestallning.LaggTillArtikel(saldo.Artikel, saldo.Pafyllnadsantal!.Value, Leveranskalla.Hjalpmedelsverksamhet, central, idag);
            saldo.MarkeraPafyllnadBestalld();
        }
        if (bestallning._rader.Count == 0)
        {
            return null;
        }
        bestallning.Leverans = new Leveransuppgifter(LeveransTill.MottagningEnhet, tjanstestalle.Adress, Leveransprioritet.Normal, utlostAv.Namn, utlostAv.Telefon,
            "Automatisk lagerpåfyllnad: saldot föll under min-nivån.");
        bestallning.Skicka(ordernummer, Guid.NewGuid(), tid);
        return bestallning;
    }

    public string? Ordernummer { get; private set; }
    public Ordertyp Ordertyp { get; private set; }
    public Orderstatus Status { get; private set; }
    public int? MottagareId { get; private set; }
    public Mottagare? Mottagare { get; private set; }
    public int ForskrivareId { get; private set; }
    public Anvandare Forskrivare { get; private set; } = null!;
    /// <summary>Who registered it: the förskrivare, or a beställare in the förskrivare's name.</summary>
    public int RegistreradAvId { get; private set; }
    public Anvandare RegistreradAv { get; private set; } = null!;
    public int TjanstestalleId { get; private set; }
    public Tjanstestalle Tjanstestalle { get; private set; } = null!;
    public int? MottagandeLagerId { get; private set; }
    public Lager? MottagandeLager { get; private set; }
    /// <summary>Deliver all rows together once all are available.</summary>
    public bool Samleverans { get; private set; }
    public Leveransuppgifter? Leverans { get; private set; }
    /// <summary>Set when a purchase (inköp) has been made for the order; it can then no longer be makulerad.</summary>
    public bool InkopFinns { get; private set; }
    public DateTime Skapad { get; private set; }
    public DateTime? Skickad { get; private set; }
    public DateTime? Makulerad { get; private set; }
    /// <summary>Identifies one send attempt, so that a double click or a resend creates one order.</summary>
    public Guid? SkickaNyckel { get; private set; }
    /// <summary>Ordered by Sesam itself when a förråd fell below its min level (see <see cref="NyAutomatiskLagerpafyllnad"/>).</summary>
    public bool Automatisk { get; private set; }
    /// <summary>How many följesedlar (utleveranser) the order has had; a row delivered on the n:th has <see cref="Orderrad.Foljesedel"/> n.</summary>
    public int Foljesedlar { get; private set; }
    public int Version { get; private set; }

    public IReadOnlyCollection<Orderrad> Rader => _rader;

    /// <summary>
    /// The order date of an order sent at <paramref name="skickadUtc"/>: the Swedish calendar date, which gives the ISO
    /// week of the <see cref="Bestallningar.Ordernummer"/>, the planned delivery dates and the delivery date of an uttag.
    /// </summary>
    public static DateOnly Orderdatum(DateTime skickadUtc) => Svensktid.Datum(skickadUtc);

    public bool ArUttagUrEgetForrad => _rader.Count > 0 && _rader.All(r => r.Leveranskalla == Leveranskalla.EgetForrad);

    public bool HarCentralLeverans => _rader.Any(r => r.Leveranskalla == Leveranskalla.Hjalpmedelsverksamhet);

    public Orderrad LaggTillRad(Artikel artikel, int antal, Leveranskalla kalla, Lager kallLager, Debiteringsform debiteringsform, decimal? aPris)
    {
        KravPagaende();
        if (Ordertyp == Ordertyp.Lagerpafyllnad && kalla == Leveranskalla.EgetForrad)
        {
            throw new DomainException("En lagerpåfyllnad levereras från Hjälpmedelsverksamheten.");
        }
        var rad = new Orderrad(this, NastaRadnummer(), artikel, antal, kalla, kallLager, debiteringsform, aPris);
        _rader.Add(rad);
        return rad;
    }

    /// <summary>
    /// Adds <paramref name="artikel"/> at its own debiteringsform and today's price. Delivered from Hjälpmedelsverksamheten
    /// it comes with its standard komponenter; from eget förråd the user adds what was actually taken out.
    /// </summary>
    public Orderrad LaggTillArtikel(Artikel artikel, int antal, Leveranskalla kalla, Lager kallLager, DateOnly idag)
    {
        var rad = LaggTillRad(artikel, antal, kalla, kallLager, artikel.Debiteringsform, artikel.PrisVid(artikel.Debiteringsform, idag));
        if (kalla == Leveranskalla.Hjalpmedelsverksamhet)
        {
            foreach (var k in artikel.Komponenter.Where(k => k.Standard))
            {
                rad.LaggTillKomponent(k.Komponent, k.Antal, standard: true, k.Komponent.PrisVid(k.Komponent.Debiteringsform, idag));
            }
        }
        return rad;
    }

    public void TaBortRad(Orderrad rad)
    {
        KravPagaende();
        if (!_rader.Remove(rad))
        {
            throw new DomainException("Raden finns inte på beställningen.");
        }
    }

    public void AngeSamleverans(bool samleverans)
    {
        KravPagaende();
        Samleverans = samleverans;
    }

    /// <summary>
    /// "Slutför beställning": the rows must be complete (as for sending), then Samleverans and, for a central delivery,
    /// <paramref name="leverans"/> (null for an order that has none).
    /// </summary>
    public void Slutfor(bool samleverans, Leveransuppgifter? leverans, Personnummer? patientensPersonnummer, DateOnly idag)
    {
        KravPagaende();
        KravKompletteRader();
        Samleverans = samleverans;
        if (HarCentralLeverans && leverans is not null)
        {
            AngeLeverans(leverans, patientensPersonnummer, idag);
        }
    }

    public void AngeLeverans(Leveransuppgifter leverans, Personnummer? patientensPersonnummer, DateOnly idag)
    {
        KravPagaende();
        if (leverans.Till == LeveransTill.HemTillPatient)
        {
            if (Ordertyp == Ordertyp.Lagerpafyllnad)
            {
                throw new DomainException("En lagerpåfyllnad levereras alltid till enheten.");
            }
            if (patientensPersonnummer is not null && patientensPersonnummer.AlderVid(idag) < 18 && leverans.Adress.CareOf is null)
            {
                throw new DomainException("Patienten är under 18 år: ange c/o (vårdnadshavare) för leverans hem till patient.");
            }
        }
        Leverans = leverans;
    }

    /// <summary>
    /// Sends the cart at <paramref name="tid"/> (UTC) with a number of the week of its <see cref="Orderdatum"/>. Rows
    /// from eget förråd are delivered at once (the caller has drawn the stock in the same transaction); if every row
    /// is, the whole order is Utlevererad. Otherwise it goes to Logistik as Registrerad.
    /// </summary>
    public void Skicka(string ordernummer, Guid skickaNyckel, DateTime tid)
    {
        KravPagaende();
        KravKompletteRader();
        if (HarCentralLeverans && Leverans is null && Ordertyp == Ordertyp.Forskrivning)
        {
            throw new DomainException("Ange leveransuppgifter.");
        }
        if (!Bestallningar.Ordernummer.ArGiltigt(ordernummer))
        {
            throw new DomainException("Ogiltigt ordernummer.");
        }
        var idag = Orderdatum(tid);
        if (!ordernummer.StartsWith(Bestallningar.Ordernummer.Period(idag), StringComparison.Ordinal))
        {
            throw new DomainException($"Ordernummer {ordernummer} hör inte till beställningsdagens vecka ({idag:yyyy-MM-dd}).");
        }
        Ordernummer = ordernummer;
        SkickaNyckel = skickaNyckel;
        Skickad = tid;
        foreach (var rad in _rader)
        {
            rad.VidSkickning(idag);
        }
        Status = _rader.All(r => r.Status == Radstatus.Levererad) ? Orderstatus.Utlevererad : Orderstatus.Registrerad;
    }

    /// <summary>
    /// What the eget-förråd rows take out of their lager: each row's artikel and the components added to it,
    /// summed per lager and artikel. Used both to warn before sending and to draw when sending.
    /// </summary>
    public IReadOnlyList<Uttagsbehov> Uttagsbehov() =>
        _rader.Where(r => r.Leveranskalla == Leveranskalla.EgetForrad)
            .SelectMany(r => r.Komponenter.Select(k => (r.KallLager, k.Artikel, k.Antal)).Prepend((r.KallLager, r.Artikel, r.Antal)))
            .GroupBy(x => (x.KallLager, x.Artikel))
            .Select(g => new Uttagsbehov(g.Key.KallLager, g.Key.Artikel, g.Sum(x => x.Antal)))
            .ToList();

    /// <summary>
    /// Sends the cart and carries out its uttag ur eget förråd in the same unit of work: draws the stock
    /// (<paramref name="saldo"/> gives the lager's saldo of an artikel, a new zero saldo when there is none),
    /// delivers the chosen individer with their added components to the mottagare, and returns the patient
    /// fees the user answered JA to for what was delivered now. A draw that takes a saldo below its min level raises
    /// <see cref="UttagUnderMinNiva"/>.
    /// </summary>
    public IReadOnlyList<Patientavgift> SkickaMedUttag(string ordernummer, Guid skickaNyckel, DateTime tid, string? hsaId,
        Func<Lager, Artikel, Lagersaldo> saldo, bool negativtSaldoBekraftat)
    {
        KravPagaende();
        foreach (var rad in _rader.Where(r => r.Leveranskalla == Leveranskalla.EgetForrad))
        {
            rad.KravLeveransbarIndivid();
        }
        var dragna = new List<Lagersaldo>();
        foreach (var behov in Uttagsbehov())
        {
            var lagersaldo = saldo(behov.Lager, behov.Artikel);
            lagersaldo.Dra(behov.Antal, negativtSaldoBekraftat);
            dragna.Add(lagersaldo);
        }
        Skicka(ordernummer, skickaNyckel, tid);
        if (dragna.Where(s => s.BehoverAutomatiskPafyllnad).Distinct().ToList() is { Count: > 0 } underMin)
        {
            Hand(new UttagUnderMinNiva(this, underMin, tid));
        }
        var idag = Orderdatum(tid);
        foreach (var rad in _rader.Where(r => r.Individ is not null && r.Leveranskalla == Leveranskalla.EgetForrad))
        {
            rad.Individ!.Leverera(Mottagare ?? throw new DomainException("Beställningen har ingen mottagare."), idag, tid, hsaId);
            foreach (var komponent in rad.Komponenter)
            {
                rad.Individ.LaggTillKomponent(komponent.Artikel, komponent.Antal);
            }
        }
        return _rader.Select(r => r.SkapaPatientavgift()).OfType<Patientavgift>().ToList();
    }

    /// <summary>The rows Logistik picks and delivers now: sent from Hjälpmedelsverksamheten, neither delivered, restnoterade nor makulerade.</summary>
    public IEnumerable<Orderrad> AttPlocka => _rader.Where(r => r.Status == Radstatus.Registrerad && r.Leveranskalla == Leveranskalla.Hjalpmedelsverksamhet);

    /// <summary>
    /// What the rows being picked take from their lager, summed per lager and artikel: each row's artikel and the övriga
    /// komponenter ordered with it. The standard komponenter are already mounted on an individ in stock and are not
    /// taken separately.
    /// </summary>
    public IReadOnlyList<Uttagsbehov> Plockbehov() =>
        AttPlocka
            .SelectMany(r => r.Komponenter.Where(k => !k.Standard).Select(k => (r.KallLager, k.Artikel, k.Antal)).Prepend((r.KallLager, r.Artikel, r.Antal)))
            .GroupBy(x => (x.KallLager, x.Artikel))
            .Select(g => new Uttagsbehov(g.Key.KallLager, g.Key.Artikel, g.Sum(x => x.Antal)))
            .ToList();

    /// <summary>
    /// Logistik puts the order on a plocklista: the rows to pick reserve their stock (<paramref name="saldo"/> gives the
    /// lager's saldo of an artikel), and a row of several individmärkta devices becomes one row per device, since each
    /// leaves as its own individ. Restnoterade rows wait; with Samleverans nothing is picked until none is.
    /// </summary>
    public void StartaPlockning(Func<Lager, Artikel, Lagersaldo> saldo)
    {
        KravStatus(Orderstatus.Registrerad, Orderstatus.ForPlockning);
        if (Samleverans && _rader.Any(r => r.Status == Radstatus.Restnoterad))
        {
            throw new DomainException("Samleverans är vald: alla rader plockas och levereras tillsammans när samtliga artiklar finns i saldo. Häv restnoteringen först.");
        }
        if (!AttPlocka.Any())
        {
            throw new DomainException("Det finns inga rader att plocka: de återstående raderna är restnoterade.");
        }
        // Every saldo is checked before any is reserved, so a refused plockning changes nothing.
        var reservationer = Plockbehov().Select(b => (Behov: b, Saldo: saldo(b.Lager, b.Artikel))).ToList();
        var saknas = reservationer.FirstOrDefault(r => r.Saldo.BlirNegativt(r.Behov.Antal));
        if (saknas.Saldo is not null)
        {
            throw new DomainException($"Artikel {saknas.Behov.Artikel.Artikelnummer} {saknas.Behov.Artikel.Benamning}: {Math.Max(saknas.Saldo.Tillgangligt, 0)} tillgängliga i {saknas.Behov.Lager.Visningsnamn}, {saknas.Behov.Antal} behövs. Restnotera raden eller vänta med plockningen.");
        }
        foreach (var (behov, lagersaldo) in reservationer)
        {
            lagersaldo.Reservera(behov.Antal);
        }
        foreach (var rad in AttPlocka.Where(r => r.Artikel.Individmarkt && r.Antal > 1).ToList())
        {
            for (var i = 1; i < rad.Antal; i++)
            {
                _rader.Add(rad.KopieraEnstaka(NastaRadnummer()));
            }
            rad.DelaTillEnstaka();
        }
        Status = Orderstatus.ForPlockning;
    }

    /// <summary>Which individ of the row's artikel is picked: one available in the row's lager, reserved for the order.
    /// Choosing another releases the first.</summary>
    public void ValjIndivid(Orderrad rad, Individ individ, DateTime tid, string? hsaId)
    {
        if (Status != Orderstatus.ForPlockning)
        {
            throw new DomainException("Individ väljs medan beställningen är för plockning.");
        }
        if (!_rader.Contains(rad) || !AttPlocka.Contains(rad) || !rad.Artikel.Individmarkt)
        {
            throw new DomainException($"Rad {rad.Radnummer} plockas inte som individ.");
        }
        if (ReferenceEquals(rad.Individ, individ))
        {
            return;
        }
        if (!individ.ArAv(rad.ArtikelId, rad.Artikel))
        {
            throw new DomainException($"Individ {individ.Individnummer} är inte av artikel {rad.Artikel.Artikelnummer}.");
        }
        if (!individ.KanLevererasFran(rad.KallLagerId, rad.KallLager))
        {
            throw new DomainException($"Individ {individ.Individnummer} är inte tillgänglig i {rad.KallLager.Visningsnamn}.");
        }
        rad.Individ?.Frislapp(tid, hsaId);
        individ.Reservera(tid, hsaId);
        rad.PlockaIndivid(individ);
    }

    /// <summary>
    /// "Avbryt plockning": the order goes back to Registrerad, its reserved stock and individer are released, so that
    /// Logistik can restnotera a row it could not pick (too few individer, a damaged device) and start again.
    /// </summary>
    public void AvbrytPlockning(DateTime tid, string? hsaId, Func<Lager, Artikel, Lagersaldo> saldo)
    {
        if (Status is not (Orderstatus.ForPlockning or Orderstatus.Plockad))
        {
            throw new DomainException($"Plockningen kan bara avbrytas för en beställning som är för plockning eller plockad, inte {Status.Text().ToLowerInvariant()}.");
        }
        foreach (var behov in Plockbehov())
        {
            saldo(behov.Lager, behov.Artikel).Frislapp(behov.Antal);
        }
        foreach (var rad in AttPlocka.Where(r => r.Individ is not null))
        {
            rad.Individ!.Frislapp(tid, hsaId);
            rad.PlockaIndivid(null);
        }
        Status = Orderstatus.Registrerad;
    }

    /// <summary>The plocklista is återrapporterad: every individmärkt row has its individ.</summary>
    public void MarkeraPlockad()
    {
        KravStatus(Orderstatus.ForPlockning, Orderstatus.Plockad);
        var utan = AttPlocka.FirstOrDefault(r => r.Artikel.Individmarkt && r.Individ is null);
        if (utan is not null)
        {
            throw new DomainException($"Välj individ för rad {utan.Radnummer} (artikel {utan.Artikel.Artikelnummer}).");
        }
        Status = Orderstatus.Plockad;
    }

    /// <summary>
    /// Utleverans at <paramref name="tid"/> (UTC) on a new följesedel: the picked rows leave their lager (the reserved
    /// stock is drawn), individer go to the mottagare, or, in a lagerpåfyllnad, to the receiving förråd where they wait
    /// for the unit to kvittera them (<see cref="LagerpafyllnadUtlevererad"/>). Returns the patient fees answered JA for what was delivered. If restnoterade rows
    /// remain, the order goes back to Registrerad for them. A row with an open arbetsorder (<paramref name="oppnaArbetsordrar"/>,
    /// its number by row) holds the delivery until the arbetsorder is avslutad.
    /// </summary>
    public IReadOnlyList<Patientavgift> Utleverera(DateTime tid, string? hsaId, Func<Lager, Artikel, Lagersaldo> saldo,
        IReadOnlyDictionary<Orderrad, string>? oppnaArbetsordrar = null)
    {
        KravStatus(Orderstatus.Plockad, Orderstatus.Utlevererad);
        var vantar = AttPlocka.FirstOrDefault(r => oppnaArbetsordrar?.ContainsKey(r) == true);
        if (vantar is not null)
        {
            throw new DomainException($"Rad {vantar.Radnummer} väntar på arbetsorder {oppnaArbetsordrar![vantar]}, som inte är avslutad. Beställningen levereras ut när arbetsordern är avslutad.");
        }
        var idag = Orderdatum(tid);
        foreach (var behov in Plockbehov())
        {
            saldo(behov.Lager, behov.Artikel).LevereraReserverat(behov.Antal);
        }
        Foljesedlar++;
        var levererade = AttPlocka.ToList();
        foreach (var rad in levererade)
        {
            rad.MarkeraLevererad(idag, Foljesedlar);
            if (rad.Individ is not { } individ)
            {
                continue;
            }
            if (Ordertyp == Ordertyp.Lagerpafyllnad)
            {
                individ.SkickaTillForrad(MottagandeLager!, tid, hsaId);
            }
            else
            {
                individ.Leverera(Mottagare ?? throw new DomainException("Beställningen har ingen mottagare."), idag, tid, hsaId);
            }
            // The standard komponenter are already registered on an individ in stock; the others are added now.
            foreach (var komponent in rad.Komponenter.Where(k => !k.Standard))
            {
                individ.LaggTillKomponent(komponent.Artikel, komponent.Antal);
            }
        }
        Status = _rader.Any(r => r.Status == Radstatus.Restnoterad) ? Orderstatus.Registrerad : Orderstatus.Utlevererad;
        if (Ordertyp == Ordertyp.Lagerpafyllnad)
        {
            Hand(new LagerpafyllnadUtlevererad(this, tid));
        }
        return levererade.Select(r => r.SkapaPatientavgift()).OfType<Patientavgift>().ToList();
    }

    /// <summary>Delivered rows of a lagerpåfyllnad that the unit has not yet kvitterat.</summary>
    public IEnumerable<Orderrad> AttKvittera =>
        Ordertyp == Ordertyp.Lagerpafyllnad ? _rader.Where(r => r.Status == Radstatus.Levererad && r.Kvitterad is null) : [];

    /// <summary>
    /// "Kvittera": the unit confirms that a delivery to its förråd has arrived. Only then is the stock there: the
    /// förråd's saldo grows by the delivered rows (komponenter came mounted on their individ), and the individer become
    /// available; an automatic påfyllnad that arrives lets the next fall below the min level order again.
    /// </summary>
    public void Kvittera(DateTime tid, string? hsaId, Func<Lager, Artikel, Lagersaldo> saldo)
    {
        if (Ordertyp != Ordertyp.Lagerpafyllnad)
        {
            throw new DomainException("Bara en lagerpåfyllnad kvitteras.");
        }
        var rader = AttKvittera.ToList();
        if (rader.Count == 0)
        {
            throw new DomainException("Det finns ingen levererad rad att kvittera.");
        }
        // A row's komponenter came mounted on its individ: the förråd receives the individ, not loose komponenter.
        var behov = rader
            .GroupBy(r => r.Artikel)
            .Select(g => (Artikel: g.Key, Antal: g.Sum(r => r.Antal)));
        foreach (var (artikel, antal) in behov)
        {
            var lagersaldo = saldo(MottagandeLager!, artikel);
            lagersaldo.TaEmot(antal);
            if (Automatisk)
            {
                lagersaldo.PafyllnadAvslutad();
            }
        }
        var idag = Orderdatum(tid);
        foreach (var rad in rader)
        {
            rad.Individ?.Kvittera(tid, hsaId);
            rad.MarkeraKvitterad(idag);
        }
    }

    /// <summary>Logistik has bought the order's artiklar from the leverantör (typically for a restnoterad row): from now on
    /// the order cannot be makulerad.</summary>
    public void RegistreraInkop()
    {
        if (Status is Orderstatus.Pagaende or Orderstatus.Utlevererad or Orderstatus.Makulerad)
        {
            throw new DomainException($"Inköp registreras för en beställning som Logistik hanterar, inte en som är {Status.Text().ToLowerInvariant()}.");
        }
        if (InkopFinns)
        {
            throw new DomainException("Inköp är redan registrerat för beställningen.");
        }
        InkopFinns = true;
    }

    public string? VarforEjMakulerbar()
    {
        if (_rader.Any(r => r.Leveranskalla == Leveranskalla.EgetForrad))
        {
            return "En beställning från eget förråd kan aldrig makuleras.";
        }
        if (Status == Orderstatus.Registrerad && _rader.Any(r => r.Status == Radstatus.Levererad))
        {
            return "Beställningen kan inte makuleras: den är delvis levererad.";
        }
        if (Status != Orderstatus.Registrerad)
        {
            return Status == Orderstatus.Makulerad
                ? "Beställningen är redan makulerad."
                : $"Beställningen kan inte makuleras: Logistik har påbörjat den (status {Status.Text()}).";
        }
        if (InkopFinns)
        {
            return "Beställningen kan inte makuleras eftersom ett inköp har gjorts.";
        }
        return null;
    }

    public void Makulera(DateTime tid)
    {
        var orsak = VarforEjMakulerbar();
        if (orsak is not null)
        {
            throw new DomainException(orsak);
        }
        Status = Orderstatus.Makulerad;
        Makulerad = tid;
        foreach (var rad in _rader)
        {
            rad.Makulera();
        }
        Hand(new BestallningMakulerad(this, tid));
    }

    private void KravStatus(Orderstatus fran, Orderstatus till)
    {
        if (Status != fran)
        {
            throw new DomainException($"Beställningen kan inte gå från {Status.Text()} till {till.Text()}.");
        }
    }

    private void KravKompletteRader()
    {
        if (_rader.Count == 0)
        {
            throw new DomainException("Beställningen har inga artiklar. Lägg till minst en artikel.");
        }
        var obesvarad = _rader.FirstOrDefault(r => r.PatientavgiftKravs && r.PatientavgiftSvar is null);
        if (obesvarad is not null)
        {
            throw new DomainException($"Svara JA eller NEJ på patientavgift för artikel {obesvarad.Artikel.Artikelnummer} (pennan på raden).");
        }
    }

    private void KravPagaende()
    {
        if (Status != Orderstatus.Pagaende)
        {
            throw new DomainException("Beställningen är redan skickad och kan inte ändras.");
        }
    }

    private int NastaRadnummer() => _rader.Count == 0 ? 1 : _rader.Max(r => r.Radnummer) + 1;
}

/// <summary>How many of an artikel an order takes out of a lager.</summary>
public sealed record Uttagsbehov(Lager Lager, Artikel Artikel, int Antal);
