using Microsoft.EntityFrameworkCore;
using Sesam.Domain.Arbetsordrar;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Hamtordrar;
using Sesam.Domain.Individer;
using Sesam.Domain.Katalog;
using Sesam.Domain.Lagerhallning;
using Sesam.Domain.Meddelanden;
using Sesam.Domain.Mottagare;
using Sesam.Domain.Organisation;

namespace Sesam.Data;

/// <summary>
/// The demo dataset that makes the manuals' journeys playable: users, units with their own stores, the
/// artiklar and individer the manuals show, stock, and patients with valid test personnummer.
/// Idempotent: it does nothing when the demo users already exist.
/// </summary>
public static class DemoData
{
    public const string ForskrivareHsaId = "SE2321000016-1001";
    public const string BestallareHsaId = "SE2321000016-1002";
    public const string SomnForskrivareHsaId = "SE2321000016-1003";
    public const string LogistikHsaId = "SE2321000016-1004";
    public const string AdminHsaId = "SE2321000016-1005";
    public const string AndraEnhetensForskrivareHsaId = "SE2321000016-1006";

    /// <summary>Test personnummer (valid check digits; not real people).</summary>
    public const string PatientTolvan = "191212121212";
    public const string PatientLilleSkutt = "200303030308";
    public const string PatientBarn = "201505050508";
    public const string PatientSkyddad = "194505151235";
    public const string PatientSamordning = "196303630120";

    public static async Task SeedAsync(SesamDbContext db, TimeProvider klocka, CancellationToken ct = default)
    {
        if (await db.Anvandare.AnyAsync(a => a.HsaId == ForskrivareHsaId, ct))
        {
            return;
        }
        var nu = klocka.GetUtcNow().UtcDateTime;
        var idag = Svensktid.Datum(nu);
        await using var tx = await db.Database.BeginTransactionAsync(ct);

        var region = new Kund("10000", "Region Skåne Hjälpmedel");
        var kundRehab = new Kund("47110", "Rehabmottagningen Lund");
        var kundSomn = new Kund("47200", "Sömnmottagningen Malmö");
        var kundBoende = new Kund("58800", "Vårdboendet Solgården");
        db.AddRange(region, kundRehab, kundSomn, kundBoende);

        var central = new Lager("970", "Centrallager Hjälpmedel", Lagertyp.Centrallager);
        var forradRehab = new Lager("4711", "Förråd Rehabmottagningen Lund", Lagertyp.EgetForrad);
        var forradSomn = new Lager("4720", "Förråd Sömnmottagningen Malmö", Lagertyp.EgetForrad);
        db.AddRange(central, forradRehab, forradSomn);

        var rehab = new Tjanstestalle("4711", "Rehabmottagningen Lund", new Adress("Getingevägen 4", "22185", "Lund"), kundRehab, "046-17 10 00");
        var somn = new Tjanstestalle("4720", "Sömnmottagningen Malmö", new Adress("Jan Waldenströms gata 15", "20502", "Malmö"), kundSomn, "040-33 10 00");
        rehab.AngeForrad(forradRehab);
        somn.AngeForrad(forradSomn);
        db.AddRange(rehab, somn);

        var anna = new Anvandare(ForskrivareHsaId, "Anna", "Andersson", Roll.Forskrivare);
        anna.AngeKontaktuppgifter("Arbetsterapeut", "046-17 10 11", "anna.andersson@example.se");
        anna.AngeForskrivarkod("RS1001");
        anna.KopplaTill(rehab, standard: true);
        anna.KopplaTill(somn);
        var bertil = new Anvandare(BestallareHsaId, "Bertil", "Berg", Roll.Bestallare);
        bertil.AngeKontaktuppgifter("Läkarsekreterare", "046-17 10 12", "bertil.berg@example.se");
        bertil.KopplaTill(rehab, standard: true);
        var cecilia = new Anvandare(SomnForskrivareHsaId, "Cecilia", "Carlsson", Roll.Forskrivare);
        cecilia.AngeKontaktuppgifter("Sjuksköterska", "040-33 10 13", "cecilia.carlsson@example.se");
        cecilia.AngeForskrivarkod("RS1003");
        cecilia.AngeStandardLeveranskalla(Leveranskalla.EgetForrad);
        cecilia.KopplaTill(somn, standard: true);
        bertil.KopplaForskrivare(anna);
        var logistik = new Anvandare(LogistikHsaId, "Lars", "Lindqvist", Roll.Logistik);
        logistik.KopplaTill(rehab, standard: true);
        logistik.KopplaTill(somn);
        var admin = new Anvandare(AdminHsaId, "Alva", "Ahlström", Roll.Admin);
        admin.KopplaTill(rehab, standard: true);
        var david = new Anvandare(AndraEnhetensForskrivareHsaId, "David", "Dahl", Roll.Forskrivare);
        david.AngeForskrivarkod("RS1006");
        david.KopplaTill(somn, standard: true);
        db.AddRange(anna, bertil, cecilia, logistik, admin, david);

        db.AddRange(IsoTrad());
        var baskod = new Baskod("B100", "Primärvård Skåne", "Region Skåne");
        var baskodKommun = new Baskod("K200", "Kommunal hemsjukvård Lund", "Lunds kommun");
        db.AddRange(baskod, baskodKommun);

        var invacare = new Leverantor("Invacare AB");
        var resmed = new Leverantor("ResMed Sweden AB");
        var scanbed = new Produkt("Scanbed 755");
        var futura = new Produkt("Dolomite Futura");
        var airsense = new Produkt("AirSense 10");
        db.AddRange(invacare, resmed, scanbed, futura, airsense);

        var fran = new DateOnly(2020, 1, 1);
        Artikel Ny(string nr, string benamning, string enhet, Artikeltyp typ, string iso, Leverantor lev, string levNr, Produkt? produkt,
            Leveranstidsklass tid, decimal hyra, bool sortiment = true, bool individ = false)
        {
            var a = new Artikel(nr, benamning, enhet, typ, iso);
            a.AngeLeverantor(lev, levNr);
            a.AngeProdukt(produkt);
            a.AngeLeveranstid(tid);
            a.AngeSortiment(sortiment);
            a.AngeIndividmarkt(individ);
            a.AngeDebiteringsform(Debiteringsform.Hyra);
            a.LaggTillPris(Debiteringsform.Hyra, hyra, fran);
            db.Add(a);
            return a;
        }

        var sang = Ny("75178", "Säng SB755 90 cm 100 mm hjul 200 kg OBS Grindar/fasta långsidor beställs separat", "st", Artikeltyp.Huvudhjalpmedel, "181210", invacare, "1555007-0154", scanbed, Leveranstidsklass.Inom7, 402m, individ: true);
        sang.LaggTillPris(Debiteringsform.Hyra, 415m, new DateOnly(idag.Year, 1, 1));
        sang.AngeFuIntervall(24);
        sang.LaggTillDokument("Bruksanvisning Scanbed 755", new Uri("https://www.example.se/invacare/scanbed-755-bruksanvisning.pdf"));
        sang.LaggTillDokument("Monteringsanvisning sänggrind Line", new Uri("https://www.example.se/invacare/sanggrind-line-montering.pdf"));
        var lyftbage = Ny("55871", "Lyftbåge kpl std", "st", Artikeltyp.Tillbehor, "181210", invacare, "1542093-0154", scanbed, Leveranstidsklass.Inom7, 10m);
        var manoverdosa = Ny("55434", "Manöverdosa HB85 4-vägs", "st", Artikeltyp.Tillbehor, "181210", invacare, "1417510-0154", scanbed, Leveranstidsklass.Inom7, 0m);
        var vandhandtag = Ny("56283", "Stöd/vändhandtag h40xb30 snabbblås", "st", Artikeltyp.Tillbehor, "181210", invacare, "1417511-0154", scanbed, Leveranstidsklass.Inom7, 12m);
        var gavel = Ny("55433", "Sänggavel Susanne sänkt 90 cm Scanbed 755", "par", Artikeltyp.Tillbehor, "181210", invacare, "1417509-0154", scanbed, Leveranstidsklass.Inom7, 0m);
        var grind = Ny("75175", "Sänggrind Line std alu folie bok, par", "par", Artikeltyp.Tillbehor, "181210", invacare, "1522786-0125", scanbed, Leveranstidsklass.Inom7, 79m);
        sang.LaggTillKomponent(manoverdosa, standard: true);
        sang.LaggTillKomponent(gavel, standard: true);
        sang.LaggTillKomponent(lyftbage, standard: false);
        sang.LaggTillKomponent(grind, standard: false);
        sang.LaggTillKomponent(vandhandtag, standard: false);

        var futura600 = Ny("19961", "Rollator Dolomite Futura 600 (handtagshöjd 79-93cm) 150kg", "st", Artikeltyp.Huvudhjalpmedel, "120606", invacare, "12070-43-21M", futura, Leveranstidsklass.Inom7, 95m, individ: true);
        var futura450 = Ny("21145", "Rollator Dolomite Futura 450 (handtagshöjd 64-79cm) 150kg", "st", Artikeltyp.Huvudhjalpmedel, "120606", invacare, "12074-43-21", futura, Leveranstidsklass.Inom17, 95m, individ: true);
        var futura520 = Ny("21357", "Rollator Dolomite Futura 520 (handtagshöjd 71-85cm) 150kg", "st", Artikeltyp.Huvudhjalpmedel, "120606", invacare, "12072-43-21M", futura, Leveranstidsklass.Inom17, 95m, individ: true);
        var mjuksits = Ny("72480", "Mjuksits till Rollator Futura", "st", Artikeltyp.Tillbehor, "120606", invacare, "SP1580372", futura, Leveranstidsklass.Inom17, 8m);
        var korg = Ny("72481", "Korg till Rollator Futura", "st", Artikeltyp.Tillbehor, "120606", invacare, "SP1580373", futura, Leveranstidsklass.Inom7, 6m);
        var bricka = Ny("72482", "Bricka till Rollator Futura", "st", Artikeltyp.Tillbehor, "120606", invacare, "SP1580374", futura, Leveranstidsklass.Over17, 5m, sortiment: false);
        foreach (var rollator in new[] { futura600, futura450, futura520 })
        {
            rollator.LaggTillKomponent(korg, standard: true);
            rollator.LaggTillKomponent(mjuksits, standard: false);
            rollator.LaggTillKomponent(bricka, standard: false);
        }
        var legacy = Ny("18850", "Rollator Dolomite Legacy 600 (handtagshöjd 79-93cm) 130kg", "st", Artikeltyp.Huvudhjalpmedel, "120606", invacare, "12050-43-21", futura, Leveranstidsklass.Inom17, 90m, sortiment: false, individ: true);
        legacy.AngeStatus(Artikelstatus.Utgaende);
        legacy.AngeErsattningsartikel(futura600);
        var gammalRollator = Ny("16640", "Rollator Dolomite Melody 600 150kg", "st", Artikeltyp.Huvudhjalpmedel, "120606", invacare, "11800-43-21", null, Leveranstidsklass.Inom17, 80m, sortiment: false, individ: true);
        gammalRollator.AngeStatus(Artikelstatus.Utgatt);
        var gastativ = Ny("20410", "Gåstativ Fyrhjuligt justerbart 120kg", "st", Artikeltyp.Huvudhjalpmedel, "120603", invacare, "GS-2041", null, Leveranstidsklass.Inom17, 40m);
        var rullstol = Ny("30220", "Rullstol Action 3 NG sittbredd 45 cm", "st", Artikeltyp.Huvudhjalpmedel, "122203", invacare, "1533312", null, Leveranstidsklass.Over17, 180m, individ: true);
        rullstol.AngeBestallningsbar(false);

        var cpap = Ny("40110", "CPAP AirSense 10 AutoSet", "st", Artikeltyp.Huvudhjalpmedel, "040303", resmed, "37207", airsense, Leveranstidsklass.Inom7, 0m, individ: true);
        cpap.AngePatientavgift(500m, nittioDagarsRegel: true);
        var befuktare = Ny("40111", "Befuktare HumidAir till AirSense 10", "st", Artikeltyp.Tillbehor, "040303", resmed, "37299", airsense, Leveranstidsklass.Inom7, 0m, individ: true);
        var batteri = Ny("40112", "Batteri Power Station II till AirSense 10", "st", Artikeltyp.Tillbehor, "040303", resmed, "37160", airsense, Leveranstidsklass.Inom17, 0m, individ: true);
        var maskM = Ny("40120", "Näsmask AirFit N20 storlek M", "st", Artikeltyp.Tillbehor, "040303", resmed, "63501", airsense, Leveranstidsklass.Inom7, 0m);
        var maskL = Ny("40121", "Helansiktsmask AirFit F20 storlek L", "st", Artikeltyp.Tillbehor, "040303", resmed, "63403", airsense, Leveranstidsklass.Inom7, 0m);
        var slang = Ny("40122", "Slang ClimateLineAir 1,9 m", "st", Artikeltyp.Reservdel, "040303", resmed, "37296", airsense, Leveranstidsklass.Inom7, 0m);
        var filter = Ny("40123", "Filter standard AirSense 10, 2-pack", "st", Artikeltyp.Reservdel, "040303", resmed, "37301", airsense, Leveranstidsklass.Inom7, 0m);
        cpap.LaggTillKomponent(maskM, standard: true);
        cpap.LaggTillKomponent(slang, standard: true);
        cpap.LaggTillKomponent(filter, standard: true);
        cpap.LaggTillKomponent(maskL, standard: false);
        var installning = Ny("90010", "Inställning av CPAP enligt ordination", "st", Artikeltyp.Installning, "040303", resmed, "INST-1", airsense, Leveranstidsklass.Inom7, 0m, sortiment: false);
        var tjanst = Ny("90020", "Hembesök för utprovning", "st", Artikeltyp.Tjanst, "181210", invacare, "TJ-1", null, Leveranstidsklass.Inom7, 350m, sortiment: false);

        void Saldo(Lager lager, Artikel artikel, int saldo, int? min = null, int? pafyllnad = null)
        {
            var s = new Lagersaldo(lager, artikel, saldo);
            if (min is not null)
            {
                s.AngeMinNiva(min, pafyllnad);
            }
            db.Add(s);
        }

        foreach (var a in new[] { lyftbage, manoverdosa, vandhandtag, gavel, grind, mjuksits, korg, gastativ, maskM, maskL, slang, filter })
        {
            Saldo(central, a, 40);
        }
        // An individmärkt artikel's saldo is its individer in that lager, registered below: each one Logistik picks is one of them.
        Saldo(central, sang, 2);
        Saldo(central, futura450, 1);
        Saldo(central, legacy, 1);
        foreach (var a in new[] { futura600, futura520, cpap, befuktare, batteri })
        {
            Saldo(central, a, 0);
        }
        Saldo(central, bricka, 0);
        Saldo(central, installning, 999);
        Saldo(central, tjanst, 999);
        Saldo(forradRehab, futura600, 2);
        Saldo(forradRehab, korg, 4);
        Saldo(forradRehab, mjuksits, 1, min: 2, pafyllnad: 4);
        Saldo(forradRehab, gastativ, 1);
        Saldo(forradSomn, cpap, 3);
        Saldo(forradSomn, befuktare, 2);
        Saldo(forradSomn, batteri, 1);
        Saldo(forradSomn, maskM, 10, min: 5, pafyllnad: 10);
        Saldo(forradSomn, maskL, 4, min: 2, pafyllnad: 5);
        Saldo(forradSomn, slang, 6);
        Saldo(forradSomn, filter, 8);

        var tolvan = Mottagare.Patient(Personnummer.FranLagrat(PatientTolvan), "Tolvan", "Tolvansson", new Adress("Testgatan 12", "22100", "Lund"), "Skåne");
        tolvan.AndraTelefon("070-123 45 67");
        tolvan.AngeBaskod(baskod, fran);
        var skutt = Mottagare.Patient(Personnummer.FranLagrat(PatientLilleSkutt), "Lille", "Skutt", new Adress("Morotslandet 3", "54631", "Karlsborg"), "Västra Götaland");
        skutt.AndraTelefon("0505-123 45");
        skutt.AngeBaskod(baskodKommun, fran);
        var barn = Mottagare.Patient(Personnummer.FranLagrat(PatientBarn), "Maja", "Månsson", new Adress("Skolvägen 5", "22230", "Lund"), "Skåne");
        barn.AngeBaskod(baskod, fran);
        var skyddad = Mottagare.Patient(Personnummer.FranLagrat(PatientSkyddad), "Sven", "Skyddad", new Adress("Sekretessgatan 1", "10000", "Stockholm"), "Skåne");
        skyddad.MarkeraSkyddadIdentitet(true);
        skyddad.AngeBaskod(baskod, fran);
        var samordning = Mottagare.Patient(Personnummer.FranLagrat(PatientSamordning), "Sam", "Ordning", new Adress("Tillfälliga vägen 2", "21115", "Malmö"), "Skåne");
        var boende = Mottagare.Vardenhet(kundBoende, new Adress("Solgårdsvägen 1", "22470", "Lund"));
        db.AddRange(tolvan, skutt, barn, skyddad, samordning, boende);

        // The devices delivered in 2020 were registered before they went out, and each event is dated by what it records.
        var registrerad2020 = Svensktid.TillUtc(new DateOnly(2020, 10, 1), new TimeOnly(9, 0));
        DateTime Dag(DateOnly datum) => Svensktid.TillUtc(datum, new TimeOnly(13, 0));
        Individ NyIndivid(string nummer, Artikel artikel, Lager lager, string serie, params Artikel[] komponenter) =>
            NyIndividFran(nu.AddYears(-1), nummer, artikel, lager, serie, komponenter);
        Individ NyIndividFran(DateTime registrerad, string nummer, Artikel artikel, Lager lager, string serie, params Artikel[] komponenter)
        {
            var i = new Individ(nummer, artikel, lager, serie, artikel.Debiteringsform, registrerad);
            foreach (var k in komponenter)
            {
                i.LaggTillKomponent(k, 1);
            }
            db.Add(i);
            return i;
        }

        var sangSkutt = NyIndividFran(registrerad2020, "1449334", sang, central, "14B02003187", manoverdosa, gavel, lyftbage, grind);
        sangSkutt.Leverera(skutt, new DateOnly(2020, 11, 24), Dag(new DateOnly(2020, 11, 24)), ForskrivareHsaId);
        var sangTolvan = NyIndividFran(registrerad2020, "1438560", sang, central, "14B02003103", manoverdosa, gavel, lyftbage, grind, vandhandtag);
        sangTolvan.Leverera(tolvan, new DateOnly(2020, 12, 10), Dag(new DateOnly(2020, 12, 10)), ForskrivareHsaId);
        sangTolvan.AngeTextinformation("Specialanpassad höjd på lyftbågen.");
        // Motor-driven beds have a yearly FU: Tolvan's is due within the month, so Logistik's FU list has it.
        sangTolvan.RegistreraAktivitet(Aktivitetstyp.ForebyggandeUnderhall, idag.AddDays(-350), "Årlig kontroll av motor, bromsar och lyftbåge.", 12,
            idag, nu.AddDays(-350), LogistikHsaId, "Lars Lindqvist");
        sangSkutt.RegistreraAktivitet(Aktivitetstyp.AvhjalpandeUnderhall, idag.AddDays(-40), "Manöverdosan bytt efter fel i kabeln.", null,
            idag, nu.AddDays(-40), LogistikHsaId, "Lars Lindqvist");
        var rollatorSkutt = NyIndividFran(registrerad2020, "1947955", futura600, central, "FU600-20-1955", korg);
        rollatorSkutt.Leverera(skutt, new DateOnly(2020, 10, 29), Dag(new DateOnly(2020, 10, 29)), ForskrivareHsaId);
        var rollatorTolvan = NyIndividFran(registrerad2020, "1948094", futura600, central, "FU600-20-8094", korg, mjuksits);
        rollatorTolvan.Leverera(tolvan, new DateOnly(2020, 11, 23), Dag(new DateOnly(2020, 11, 23)), ForskrivareHsaId);
        NyIndivid("1449400", sang, central, "14B02003200", manoverdosa, gavel);
        NyIndivid("1449401", sang, central, "14B02003201", manoverdosa, gavel);
        NyIndivid("1948100", futura600, forradRehab, "FU600-21-8100", korg).Flytta("Hylla A2", nu, null);
        NyIndivid("1948101", futura600, forradRehab, "FU600-21-8101", korg);
        NyIndivid("1948200", futura450, central, "FU450-21-8200", korg);
        NyIndivid("1948300", legacy, central, "LG600-19-8300", korg);
        NyIndivid("2100501", cpap, forradSomn, "23181234501", maskM, slang, filter);
        NyIndivid("2100502", cpap, forradSomn, "23181234502", maskM, slang, filter);
        NyIndivid("2100503", cpap, forradSomn, "23181234503", maskM, slang, filter);
        NyIndivid("2100601", befuktare, forradSomn, "HA-2100601");
        NyIndivid("2100602", befuktare, forradSomn, "HA-2100602");
        NyIndivid("2100701", batteri, forradSomn, "PS-2100701");
        // Taken out of the sömnmottagning's förråd by the order below.
        var cpapTolvan = NyIndivid("2100400", cpap, forradSomn, "23181234400", maskM, slang, filter);
        var befuktareTolvan = NyIndivid("2100600", befuktare, forradSomn, "HA-2100600");

        await db.SaveChangesAsync(ct);

        // Two orders so that the patient tabs Beställt and Patientavgifter have content from the start.
        // Each order its own instance: EF stores an owned value once, so one given to two orders left one of them without.
        Leveransuppgifter TillRehab() => new(LeveransTill.MottagningEnhet, rehab.Adress with { }, Leveransprioritet.Normal, anna.Namn, anna.Telefon, null);
        var bestalld = Bestallning.NyForskrivning(tolvan, anna, anna, rehab, nu.AddDays(-2));
        bestalld.LaggTillRad(gastativ, 1, Leveranskalla.Hjalpmedelsverksamhet, central, Debiteringsform.Hyra, gastativ.PrisVid(Debiteringsform.Hyra, idag));
        bestalld.AngeLeverans(TillRehab(), tolvan.Personnummer, idag);
        bestalld.Skicka(await Ordernummergenerator.NastaAsync(db, Bestallning.Orderdatum(nu.AddDays(-2)), ct), Guid.NewGuid(), nu.AddDays(-2));
        db.Add(bestalld);

        var cpapDag = Bestallning.Orderdatum(nu.AddDays(-30));
        var cpapOrder = Bestallning.NyForskrivning(tolvan, cecilia, cecilia, somn, nu.AddDays(-30));
        var cpapRad = cpapOrder.LaggTillRad(cpap, 1, Leveranskalla.EgetForrad, forradSomn, Debiteringsform.Hyra, 0m);
        cpapRad.AngeIndivid(cpapTolvan);
        cpapRad.SvaraPatientavgift(true);
        cpapOrder.LaggTillRad(befuktare, 1, Leveranskalla.EgetForrad, forradSomn, Debiteringsform.Hyra, 0m).AngeIndivid(befuktareTolvan);
        cpapOrder.Skicka(await Ordernummergenerator.NastaAsync(db, cpapDag, ct), Guid.NewGuid(), nu.AddDays(-30));
        cpapTolvan.Leverera(tolvan, cpapDag, nu.AddDays(-30), SomnForskrivareHsaId);
        befuktareTolvan.Leverera(tolvan, cpapDag, nu.AddDays(-30), SomnForskrivareHsaId);
        db.Add(cpapOrder);
        db.Add(new Patientavgift(tolvan, cpapRad, cpap, cpap.Patientavgift!.Value, cpap.PatientavgiftNittioDagar, cpapDag, cpapTolvan));

        // A lagerpåfyllnad Logistik has delivered to the rehab förråd and nobody has kvitterat yet, so that Anna's Min sida
        // has a delivery to kvittera and her Meddelanden an unread message.
        var pafyllnadSkickad = nu.AddDays(-6);
        var pafyllnad = Bestallning.NyLagerpafyllnad(anna, rehab, forradRehab, pafyllnadSkickad);
        pafyllnad.LaggTillArtikel(korg, 4, Leveranskalla.Hjalpmedelsverksamhet, central, idag);
        pafyllnad.AngeLeverans(TillRehab(), null, idag);
        pafyllnad.Skicka(await Ordernummergenerator.NastaAsync(db, Bestallning.Orderdatum(pafyllnadSkickad), ct), Guid.NewGuid(), pafyllnadSkickad);
        Lagersaldo SparadSaldo(Lager lager, Artikel artikel) =>
            db.ChangeTracker.Entries<Lagersaldo>().Select(e => e.Entity).Single(x => x.Lager == lager && x.Artikel == artikel);
        pafyllnad.StartaPlockning(SparadSaldo);
        pafyllnad.MarkeraPlockad();
        pafyllnad.Utleverera(nu.AddDays(-1), LogistikHsaId, SparadSaldo);
        db.Add(pafyllnad);
        // Demo data is not written through the web's command pipeline: the message its event's handler sends is added here.
        var utlevererad = (LagerpafyllnadUtlevererad)pafyllnad.TaHandelser().Single();
        await db.SaveChangesAsync(ct);
        db.AddRange(Meddelande.LeveransAttKvittera(utlevererad.Bestallning, utlevererad.Tid));

        // An open arbetsorder for Tolvan's bed and a felrapport on the gåstativ order, so that Anna's lists have content.
        var reparation = new Arbetsorder(rehab, anna, tolvan, sang, sangTolvan, null,
            new Arbetsorderuppgifter(Arbetsordertyp.Reparation, Utforande.UtforesPaPlats, "Sängens motor stannar ibland i högsta läget.", tolvan.Adress!, "046-17 00 00", null),
            nu.AddDays(-3));
        reparation.Numrera(await Ordernummergenerator.NastaAsync(db, Bestallning.Orderdatum(nu.AddDays(-3)), ct));
        db.Add(reparation);
        var felrapport = new Felrapport(rehab, anna,
            new Felrapportuppgifter(Felrapportkategori.Tillganglighet, "Utebliven/sen leverans av order", nu.AddDays(-1), "Gåstativet har inte kommit och patienten väntar.",
                null, false, false),
            new Felrapportkoppling(tolvan, gastativ, Bestallning: bestalld), nu.AddHours(-20));
        felrapport.Numrera(await Ordernummergenerator.NastaAsync(db, Bestallning.Orderdatum(nu.AddHours(-20)), ct));
        db.Add(felrapport);

        // An open hämtorder, so that Lille Skutt's view shows "Det finns en öppen hämtorder" and a "Ja" from the start.
        var hamtorder = new Hamtorder(skutt, rehab, anna, nu.AddDays(-1),
            new Hamtuppgifter(Hamtplats.PaMottagning, Adresskalla.Tjanstestallet, rehab.Adress, null, "Står i förrådet vid entrén.", anna.Namn,
                null, null, anna.Telefon, Hamtorderatgard.BehovetUpphort, null),
            [(rollatorSkutt, [])], []);
        hamtorder.Numrera(await Ordernummergenerator.NastaAsync(db, Bestallning.Orderdatum(nu.AddDays(-1)), ct));
        db.Add(hamtorder);

        // Beställningsmallar for refilling both förråd, as the units would have set them up.
        var rehabMall = new Bestallningsmall("Rollatortillbehör", "Det vi brukar ha i förrådet till rollatorerna", rehab, anna, nu.AddDays(-20));
        rehabMall.LaggTill(korg, 4, anna, nu.AddDays(-20));
        rehabMall.LaggTill(bricka, 2, anna, nu.AddDays(-20));
        rehabMall.LaggTill(gammalRollator, 1, anna, nu.AddDays(-20));
        var somnMall = new Bestallningsmall("CPAP-förbrukning", "Slangar och filter", somn, cecilia, nu.AddDays(-10));
        somnMall.LaggTill(slang, 6, cecilia, nu.AddDays(-10));
        somnMall.LaggTill(filter, 10, cecilia, nu.AddDays(-10));
        db.AddRange(rehabMall, somnMall);

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    private static IEnumerable<IsoKod> IsoTrad() =>
    [
        new("04", "Hjälpmedel för medicinsk behandling"),
        new("0403", "Hjälpmedel för andningsbehandling"),
        new("040303", "Andningsapparater (CPAP)"),
        new("12", "Hjälpmedel för personlig förflyttning"),
        new("1203", "Gånghjälpmedel som hanteras av en arm"),
        new("1206", "Gånghjälpmedel som hanteras med båda armarna"),
        new("120603", "Gåstativ"),
        new("120606", "Rollatorer"),
        new("120609", "Gåstolar"),
        new("120612", "Gåbord"),
        new("1222", "Manuella rullstolar"),
        new("122203", "Manuella rullstolar, drivna med båda händerna"),
        new("1223", "Motordrivna rullstolar"),
        new("1236", "Hjälpmedel för att lyfta personer"),
        new("18", "Möbler och inredning"),
        new("1812", "Sängar"),
        new("181210", "Sängar och sängbottnar, motordrivna"),
        new("27", "Hjälpmedel för miljöförbättring och uppmätning av omgivningen"),
    ];
}
