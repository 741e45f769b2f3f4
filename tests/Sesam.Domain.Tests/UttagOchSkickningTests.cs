namespace Sesam.Domain.Tests;

using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Individer;
using Sesam.Domain.Katalog;
using Sesam.Domain.Lagerhallning;
using Sesam.Domain.Mottagare;
using Sesam.Domain.Organisation;

public class UttagOchSkickningTests
{
    private static readonly DateTime Nu = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Idag = DateOnly.FromDateTime(Nu);

    private sealed class Varld
    {
        public Varld()
        {
            Central = new Lager("970", "Centrallager", Lagertyp.Centrallager);
            Forrad = new Lager("4720", "Förråd Sömn", Lagertyp.EgetForrad);
            Tjanstestalle = new Tjanstestalle("4720", "Sömnmottagningen", new Adress("Gatan 1", "20502", "Malmö"), new Kund("1", "Kund"));
            Tjanstestalle.AngeForrad(Forrad);
            Forskrivare = new Anvandare("SE-1", "Cecilia", "Carlsson", Roll.Forskrivare);
            Forskrivare.KopplaTill(Tjanstestalle, standard: true);
            Patient = Mottagare.Patient(Personnummer.FranLagrat("191212121212"), "Tolvan", "Tolvansson", new Adress("Testgatan 12", "22100", "Lund"), "Skåne");
            Barn = Mottagare.Patient(Personnummer.FranLagrat("201505050508"), "Maja", "Månsson", new Adress("Skolvägen 5", "22230", "Lund"), "Skåne");
            Cpap = new Artikel("40110", "CPAP AirSense 10", "st", Artikeltyp.Huvudhjalpmedel, "040303");
            Cpap.AngeIndividmarkt(true);
            Cpap.AngePatientavgift(500m, nittioDagarsRegel: true);
            Mask = new Artikel("40121", "Helansiktsmask", "st", Artikeltyp.Tillbehor, "040303");
            Cpap.LaggTillKomponent(Mask, standard: false);
            Rollator = new Artikel("19961", "Rollator", "st", Artikeltyp.Huvudhjalpmedel, "120606");
        }

        public Lager Central { get; }
        public Lager Forrad { get; }
        public Tjanstestalle Tjanstestalle { get; }
        public Anvandare Forskrivare { get; }
        public Mottagare Patient { get; }
        public Mottagare Barn { get; }
        public Artikel Cpap { get; }
        public Artikel Mask { get; }
        public Artikel Rollator { get; }

        public Bestallning NyVarukorg(Mottagare? mottagare = null) =>
            Bestallning.NyForskrivning(mottagare ?? Patient, Forskrivare, Forskrivare, Tjanstestalle, Nu);

        public Leveransuppgifter TillEnheten() =>
            new(LeveransTill.MottagningEnhet, Tjanstestalle.Adress, Leveransprioritet.Normal, Forskrivare.Namn, null, null);
    }

    [Fact]
    public void Uttag_drar_saldot_levererar_individen_och_skapar_avgiften_vid_ja()
    {
        var v = new Varld();
        var individ = new Individ("2100501", v.Cpap, v.Forrad, "S1", Debiteringsform.Hyra, Nu);
        var cpapSaldo = new Lagersaldo(v.Forrad, v.Cpap, 3);
        var maskSaldo = new Lagersaldo(v.Forrad, v.Mask, 4);
        var b = v.NyVarukorg();
        var rad = b.LaggTillRad(v.Cpap, 1, Leveranskalla.EgetForrad, v.Forrad, Debiteringsform.Hyra, 0m);
        rad.AngeIndivid(individ);
        rad.LaggTillKomponent(v.Mask, 2, standard: false, 0m);
        rad.SvaraPatientavgift(true);

        var avgifter = b.SkickaMedUttag("26480001", Guid.NewGuid(), Nu, "SE-1",
            (_, artikel) => artikel == v.Cpap ? cpapSaldo : maskSaldo, negativtSaldoBekraftat: false);

        Assert.Equal(Orderstatus.Utlevererad, b.Status);
        Assert.Equal(2, cpapSaldo.Saldo);
        Assert.Equal(2, maskSaldo.Saldo);
        Assert.Equal(Individstatus.Levererad, individ.Status);
        Assert.Same(v.Patient, individ.Mottagare);
        Assert.Contains(individ.Komponenter, k => k.Artikel == v.Mask && k.Antal == 2);
        var avgift = Assert.Single(avgifter);
        Assert.Equal(Faktureringsstatus.SkaFaktureras, avgift.Status);
        Assert.Equal(Idag.AddDays(90), avgift.FakturerbarFran);
        Assert.Equal(500m, avgift.Belopp);
    }

    [Fact]
    public void Nej_pa_patientavgift_ger_ingen_avgift()
    {
        var v = new Varld();
        var b = v.NyVarukorg();
        var rad = b.LaggTillRad(v.Cpap, 1, Leveranskalla.EgetForrad, v.Forrad, Debiteringsform.Hyra, 0m);
        rad.AngeIndivid(new Individ("1", v.Cpap, v.Forrad, null, Debiteringsform.Hyra, Nu));
        rad.SvaraPatientavgift(false);
        var avgifter = b.SkickaMedUttag("26480001", Guid.NewGuid(), Nu, null, (l, a) => new Lagersaldo(l, a, 5), false);
        Assert.Empty(avgifter);
    }

    [Fact]
    public void Obesvarad_patientavgift_stoppar_skickningen_och_pennan_nollstaller_svaret()
    {
        var v = new Varld();
        var b = v.NyVarukorg();
        var rad = b.LaggTillRad(v.Cpap, 1, Leveranskalla.Hjalpmedelsverksamhet, v.Central, Debiteringsform.Hyra, 0m);
        b.AngeLeverans(v.TillEnheten(), v.Patient.Personnummer, Idag);
        rad.SvaraPatientavgift(true);
        rad.BorjaRedigera();
        Assert.Null(rad.PatientavgiftSvar);
        var fel = Assert.Throws<DomainException>(() => b.Skicka("26480001", Guid.NewGuid(), Nu));
        Assert.Contains("patientavgift", fel.Message, StringComparison.Ordinal);
        Assert.Equal(Orderstatus.Pagaende, b.Status);
    }

    [Fact]
    public void Uttag_under_min_nivan_utan_pafyllnad_pa_vag_rapporteras_en_gang()
    {
        var v = new Varld();
        var saldo = new Lagersaldo(v.Forrad, v.Rollator, 5);
        saldo.AngeMinNiva(4, 10);
        Bestallning Uttag()
        {
            var b = v.NyVarukorg();
            b.LaggTillRad(v.Rollator, 1, Leveranskalla.EgetForrad, v.Forrad, Debiteringsform.Hyra, 95m);
            b.SkickaMedUttag("26480001", Guid.NewGuid(), Nu, null, (_, _) => saldo, false);
            return b;
        }

        Assert.Empty(Uttag().TaHandelser());

        var uttag = Uttag();
        var handelse = Assert.IsType<UttagUnderMinNiva>(Assert.Single(uttag.TaHandelser()));
        Assert.Equal((uttag, saldo, Nu), (handelse.Uttag, Assert.Single(handelse.Saldon), handelse.Tid));

        var pafyllnad = Bestallning.NyAutomatiskLagerpafyllnad(v.Forskrivare, v.Tjanstestalle, v.Central, handelse.Saldon, "26480002", Nu);
        Assert.NotNull(pafyllnad);
        Assert.Empty(Uttag().TaHandelser());
    }

    [Fact]
    public void Slutfor_kraver_kompletta_rader_och_en_godtagbar_leverans()
    {
        var v = new Varld();
        var b = v.NyVarukorg(v.Barn);
        Assert.Equal("Beställningen har inga artiklar. Lägg till minst en artikel.",
            Assert.Throws<DomainException>(() => b.Slutfor(false, v.TillEnheten(), v.Barn.Personnummer, Idag)).Message);
        var rad = b.LaggTillRad(v.Cpap, 1, Leveranskalla.Hjalpmedelsverksamhet, v.Central, Debiteringsform.Hyra, 0m);
        Assert.Equal("Svara JA eller NEJ på patientavgift för artikel 40110 (pennan på raden).",
            Assert.Throws<DomainException>(() => b.Slutfor(false, v.TillEnheten(), v.Barn.Personnummer, Idag)).Message);
        rad.SvaraPatientavgift(false);
        var hem = new Leveransuppgifter(LeveransTill.HemTillPatient, v.Barn.Adress!, Leveransprioritet.Normal, "Anna", "070-1", null);
        Assert.Contains("under 18 år", Assert.Throws<DomainException>(() => b.Slutfor(true, hem, v.Barn.Personnummer, Idag)).Message, StringComparison.Ordinal);

        b.Slutfor(true, v.TillEnheten(), v.Barn.Personnummer, Idag);
        Assert.True(b.Samleverans);
        Assert.Equal(LeveransTill.MottagningEnhet, b.Leverans!.Till);
    }

    [Fact]
    public void Negativt_saldo_kraver_bekraftelse()
    {
        var v = new Varld();
        var saldo = new Lagersaldo(v.Forrad, v.Rollator, 1);
        var b = v.NyVarukorg();
        b.LaggTillRad(v.Rollator, 2, Leveranskalla.EgetForrad, v.Forrad, Debiteringsform.Hyra, 95m);

        var behov = Assert.Single(b.Uttagsbehov());
        Assert.True(saldo.BlirNegativt(behov.Antal));
        Assert.Throws<NegativtSaldoException>(() => b.SkickaMedUttag("26480001", Guid.NewGuid(), Nu, null, (_, _) => saldo, false));
        Assert.Equal(Orderstatus.Pagaende, b.Status);
        Assert.Equal(1, saldo.Saldo);

        b.SkickaMedUttag("26480001", Guid.NewGuid(), Nu, null, (_, _) => saldo, true);
        Assert.Equal(-1, saldo.Saldo);
        Assert.Equal(Orderstatus.Utlevererad, b.Status);
    }

    [Fact]
    public void Individmarkt_uttag_kraver_en_tillganglig_individ()
    {
        var v = new Varld();
        var b = v.NyVarukorg();
        var rad = b.LaggTillRad(v.Cpap, 1, Leveranskalla.EgetForrad, v.Forrad, Debiteringsform.Hyra, 0m);
        rad.SvaraPatientavgift(false);
        Assert.Contains("Välj vilken individ", Assert.Throws<DomainException>(() => b.SkickaMedUttag("26480001", Guid.NewGuid(), Nu, null, (l, a) => new Lagersaldo(l, a, 5), false)).Message, StringComparison.Ordinal);

        var individ = new Individ("2100501", v.Cpap, v.Forrad, null, Debiteringsform.Hyra, Nu);
        rad.AngeIndivid(individ);
        individ.Leverera(v.Barn, Idag, Nu, null);
        Assert.Contains("inte längre tillgänglig", Assert.Throws<DomainException>(() => b.SkickaMedUttag("26480001", Guid.NewGuid(), Nu, null, (l, a) => new Lagersaldo(l, a, 5), false)).Message, StringComparison.Ordinal);
        Assert.Equal(Orderstatus.Pagaende, b.Status);
    }

    [Fact]
    public void Central_leverans_blir_registrerad_med_planerat_datum_och_avgift_forst_vid_leverans()
    {
        var v = new Varld();
        var b = v.NyVarukorg();
        var rad = b.LaggTillRad(v.Cpap, 1, Leveranskalla.Hjalpmedelsverksamhet, v.Central, Debiteringsform.Hyra, 0m);
        rad.SvaraPatientavgift(true);
        b.AngeLeverans(v.TillEnheten(), v.Patient.Personnummer, Idag);
        var avgifter = b.SkickaMedUttag("26480002", Guid.NewGuid(), Nu, null, (_, _) => throw new InvalidOperationException("Inget uttag väntat."), false);
        Assert.Empty(avgifter);
        Assert.Equal(Orderstatus.Registrerad, b.Status);
        Assert.Equal(Arbetsdagskalender.LaggTillArbetsdagar(Idag, 7), rad.PlaneratLeveransdatum);

        var saldo = new Lagersaldo(v.Central, v.Cpap, 5);
        b.StartaPlockning((_, _) => saldo);
        var individ = new Individ("2100400", v.Cpap, v.Central, null, Debiteringsform.Hyra, Nu);
        b.ValjIndivid(rad, individ, Nu, null);
        b.MarkeraPlockad();
        var levererad = b.Utleverera(Nu.AddDays(3), null, (_, _) => saldo);
        Assert.Single(levererad);
        var avgift = rad.SkapaPatientavgift();
        Assert.NotNull(avgift);
        Assert.Equal(Idag.AddDays(93), avgift.FakturerbarFran);
    }

    [Fact]
    public void Retur_inom_90_dagar_tar_bort_avgiften_men_inte_efter()
    {
        var v = new Varld();
        var b = v.NyVarukorg();
        var rad = b.LaggTillRad(v.Cpap, 1, Leveranskalla.EgetForrad, v.Forrad, Debiteringsform.Hyra, 0m);
        rad.AngeIndivid(new Individ("1", v.Cpap, v.Forrad, null, Debiteringsform.Hyra, Nu));
        rad.SvaraPatientavgift(true);
        var avgift = Assert.Single(b.SkickaMedUttag("26480001", Guid.NewGuid(), Nu, null, (l, a) => new Lagersaldo(l, a, 5), false));
        Assert.False(new Patientavgift(v.Patient, rad, v.Cpap, 500m, true, Idag, null).VidRetur(Idag.AddDays(90)));
        Assert.True(avgift.VidRetur(Idag.AddDays(89)));
        Assert.Equal(Faktureringsstatus.Borttagen, avgift.Status);
    }

    [Fact]
    public void Hemleverans_till_minderarig_kraver_co_och_telefon()
    {
        var v = new Varld();
        var b = v.NyVarukorg(v.Barn);
        Assert.Contains("Telefonnummer", Assert.Throws<DomainException>(() =>
            new Leveransuppgifter(LeveransTill.HemTillPatient, v.Barn.Adress!, Leveransprioritet.Normal, "Anna", null, null)).Message, StringComparison.Ordinal);
        var utanCo = new Leveransuppgifter(LeveransTill.HemTillPatient, v.Barn.Adress!, Leveransprioritet.Normal, "Anna", "070-1", null);
        Assert.Contains("c/o", Assert.Throws<DomainException>(() => b.AngeLeverans(utanCo, v.Barn.Personnummer, Idag)).Message, StringComparison.Ordinal);
        var medCo = new Leveransuppgifter(LeveransTill.HemTillPatient, new Adress("Skolvägen 5", "22230", "Lund", "Maja Månsson"), Leveransprioritet.Akut, "Anna", "070-1", null);
        b.AngeLeverans(medCo, v.Barn.Personnummer, Idag);
        Assert.Equal(Leveransprioritet.Akut, b.Leverans!.Prioritet);
    }

    [Fact]
    public void Uttagsbehov_summerar_per_lager_och_artikel_och_ignorerar_central_leverans()
    {
        var v = new Varld();
        var b = v.NyVarukorg();
        b.LaggTillRad(v.Mask, 2, Leveranskalla.EgetForrad, v.Forrad, Debiteringsform.Hyra, 0m);
        b.LaggTillRad(v.Mask, 3, Leveranskalla.EgetForrad, v.Forrad, Debiteringsform.Hyra, 0m);
        b.LaggTillRad(v.Mask, 7, Leveranskalla.Hjalpmedelsverksamhet, v.Central, Debiteringsform.Hyra, 0m);
        var behov = Assert.Single(b.Uttagsbehov());
        Assert.Equal(5, behov.Antal);
    }

    [Fact]
    public void Bilaga_har_grans_for_typ_storlek_antal_och_skickad_order()
    {
        var v = new Varld();
        var b = v.NyVarukorg();
        var rad = b.LaggTillRad(v.Rollator, 1, Leveranskalla.EgetForrad, v.Forrad, Debiteringsform.Hyra, 95m);
        var bilaga = OrderradBilaga.Skapa(rad, 0, "Mått.PDF", [1, 2], Nu);
        Assert.Equal("application/pdf", bilaga.Innehallstyp);
        Assert.Equal("Mått.PDF", OrderradBilaga.Skapa(rad, 0, "../../Mått.PDF", [1], Nu).Filnamn);
        Assert.Contains("Filtypen", Assert.Throws<DomainException>(() => OrderradBilaga.Skapa(rad, 0, "a.exe", [1], Nu)).Message, StringComparison.Ordinal);
        Assert.Contains("för stor", Assert.Throws<DomainException>(() => OrderradBilaga.Skapa(rad, 0, "a.pdf", new byte[Bilagefil.MaxStorlek + 1], Nu)).Message, StringComparison.Ordinal);
        Assert.Contains("högst 5 bilagor", Assert.Throws<DomainException>(() => OrderradBilaga.Skapa(rad, OrderradBilaga.MaxPerRad, "a.pdf", [1], Nu)).Message, StringComparison.Ordinal);
        b.SkickaMedUttag("26480001", Guid.NewGuid(), Nu, null, (l, a) => new Lagersaldo(l, a, 5), false);
        Assert.Contains("redan skickad", Assert.Throws<DomainException>(() => OrderradBilaga.Skapa(rad, 0, "a.pdf", [1], Nu)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("C:\\Users\\anna\\Mått.pdf", "Mått.pdf")]
    [InlineData("Mått\r\nSet-Cookie: x.pdf", "MåttSet-Cookie: x.pdf")]
    [InlineData("Må\0tt.pdf", "Mått.pdf")]
    [InlineData("Mått%0D%0A.pdf", "Mått.pdf")]
    [InlineData("\"Mått\" %22rev 2%22.pdf", "\"Mått\" \"rev 2\".pdf")]
    public void Bilagans_namn_sparas_utan_sokvag_styrtecken_och_dubbel_kodning(string skickat, string sparat)
    {
        var v = new Varld();
        var rad = v.NyVarukorg().LaggTillRad(v.Rollator, 1, Leveranskalla.EgetForrad, v.Forrad, Debiteringsform.Hyra, 95m);
        Assert.Equal(sparat, OrderradBilaga.Skapa(rad, 0, skickat, [1], Nu).Filnamn);
        Assert.Equal(sparat, Bilagefil.Kontrollera(skickat, [1]).Filnamn);
    }

    [Fact]
    public void En_individ_ar_ett_exemplar_och_antal_over_ett_avvisas()
    {
        var v = new Varld();
        var b = v.NyVarukorg();
        var rad = b.LaggTillRad(v.Cpap, 3, Leveranskalla.EgetForrad, v.Forrad, Debiteringsform.Hyra, 0m);
        var individ = new Individ("2100501", v.Cpap, v.Forrad, null, Debiteringsform.Hyra, Nu);
        Assert.Contains("ange antal 1", Assert.Throws<DomainException>(() => rad.AngeIndivid(individ)).Message, StringComparison.Ordinal);
        Assert.Equal((3, null), (rad.Antal, rad.Individ));
        rad.AndraAntal(1);
        rad.AngeIndivid(individ);
        Assert.Equal(individ, rad.Individ);
        Assert.Throws<DomainException>(() => rad.AndraAntal(3));
    }

    [Fact]
    public void Bara_artikelns_komponenter_eller_tillbehor_kan_laggas_till_raden()
    {
        var v = new Varld();
        var rad = v.NyVarukorg().LaggTillRad(v.Cpap, 1, Leveranskalla.Hjalpmedelsverksamhet, v.Central, Debiteringsform.Hyra, 0m);
        Assert.Contains("ingen komponent till artikel 40110", Assert.Throws<DomainException>(() => rad.LaggTillKomponent(v.Cpap, 1, standard: false, 0m)).Message, StringComparison.Ordinal);
        var annanCpap = new Artikel("40111", "CPAP AirSense 11", "st", Artikeltyp.Huvudhjalpmedel, "040303");
        Assert.Throws<DomainException>(() => rad.LaggTillKomponent(annanCpap, 1, standard: false, 0m));
        Assert.Empty(rad.Komponenter);

        rad.LaggTillKomponent(v.Mask, 1, standard: false, 0m);
        rad.LaggTillKomponent(new Artikel("40130", "Filter", "st", Artikeltyp.Reservdel, "040303"), 1, standard: false, 0m);
        Assert.Equal(2, rad.Komponenter.Count);
    }
}
