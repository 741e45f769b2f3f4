using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Katalog;
using Sesam.Domain.Lagerhallning;
using Sesam.Domain.Organisation;

namespace Sesam.Domain.Tests;

public sealed class BestallningTests
{
    private readonly Tjanstestalle _tjanstestalle = Testdata.Tjanstestalle();
    private readonly Lager _central = Testdata.Central();
    private readonly Lager _forrad = Testdata.Forrad();

    private Bestallning NyCentral(out Anvandare forskrivare)
    {
        forskrivare = Testdata.Forskrivare(_tjanstestalle);
        var b = Bestallning.NyForskrivning(Testdata.Patient(), forskrivare, forskrivare, _tjanstestalle, Testdata.Nu);
        b.LaggTillRad(Testdata.Artikel(), 1, Leveranskalla.Hjalpmedelsverksamhet, _central, Debiteringsform.Hyra, 400m);
        b.AngeLeverans(Testdata.Leverans(), null, Testdata.Idag);
        return b;
    }

    private readonly Dictionary<(Lager, Artikel), Lagersaldo> _saldon = [];

    /// <summary>Plenty in stock: these tests are about the order's steps, not the stock (see LogistikTests).</summary>
    private Lagersaldo Saldo(Lager lager, Artikel artikel) =>
        _saldon.TryGetValue((lager, artikel), out var s) ? s : _saldon[(lager, artikel)] = new(lager, artikel, 100);

    private Bestallning SkickadCentral()
    {
        var b = NyCentral(out _);
        b.Skicka("26470001", Guid.NewGuid(), Testdata.Nu);
        return b;
    }

    [Fact]
    public void Skickad_central_bestallning_blir_registrerad_med_planerat_leveransdatum()
    {
        var b = SkickadCentral();
        Assert.Equal(Orderstatus.Registrerad, b.Status);
        Assert.Equal("26470001", b.Ordernummer);
        Assert.Equal(new DateOnly(2026, 12, 1), b.Rader.Single().PlaneratLeveransdatum);
    }

    [Fact]
    public void Logistikens_steg_gar_bara_framat()
    {
        var b = SkickadCentral();
        b.StartaPlockning(Saldo);
        Assert.Equal(Orderstatus.ForPlockning, b.Status);
        Assert.Throws<DomainException>(() => b.StartaPlockning(Saldo));
        b.MarkeraPlockad();
        Assert.Throws<DomainException>(() => b.StartaPlockning(Saldo));
        b.Utleverera(Testdata.Nu, null, Saldo);
        Assert.Equal(Orderstatus.Utlevererad, b.Status);
        Assert.All(b.Rader, r => Assert.Equal(Radstatus.Levererad, r.Status));
        Assert.Throws<DomainException>(() => b.StartaPlockning(Saldo));
        Assert.Throws<DomainException>(() => b.MarkeraPlockad());
        Assert.Throws<DomainException>(() => b.Utleverera(Testdata.Nu, null, Saldo));
        Assert.Throws<DomainException>(() => b.Makulera(Testdata.Nu));
    }

    [Fact]
    public void Plockad_kan_inte_hoppa_over_steg()
    {
        var b = SkickadCentral();
        Assert.Throws<DomainException>(() => b.MarkeraPlockad());
        Assert.Throws<DomainException>(() => b.Utleverera(Testdata.Nu, null, Saldo));
        Assert.Equal(Orderstatus.Registrerad, b.Status);
    }

    [Fact]
    public void Registrerad_kan_makuleras_men_inte_tva_ganger()
    {
        var b = SkickadCentral();
        b.Makulera(Testdata.Nu);
        Assert.Equal(Orderstatus.Makulerad, b.Status);
        Assert.All(b.Rader, r => Assert.Equal(Radstatus.Makulerad, r.Status));
        var ex = Assert.Throws<DomainException>(() => b.Makulera(Testdata.Nu));
        Assert.Contains("redan makulerad", ex.Message, StringComparison.Ordinal);
        Assert.Throws<DomainException>(() => b.StartaPlockning(Saldo));
    }

    [Fact]
    public void Kan_inte_makuleras_nar_logistik_borjat_eller_inkop_finns()
    {
        var paborjad = SkickadCentral();
        paborjad.StartaPlockning(Saldo);
        Assert.Contains("påbörjat", Assert.Throws<DomainException>(() => paborjad.Makulera(Testdata.Nu)).Message, StringComparison.Ordinal);

        var medInkop = SkickadCentral();
        medInkop.RegistreraInkop();
        Assert.Contains("inköp", Assert.Throws<DomainException>(() => medInkop.Makulera(Testdata.Nu)).Message, StringComparison.Ordinal);
        Assert.Equal("Inköp är redan registrerat för beställningen.", Assert.Throws<DomainException>(medInkop.RegistreraInkop).Message);
        var varukorg = NyCentral(out _);
        Assert.Contains("inte en som är pågående", Assert.Throws<DomainException>(varukorg.RegistreraInkop).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Uttag_ur_eget_forrad_levereras_direkt_och_kan_aldrig_makuleras()
    {
        var forskrivare = Testdata.Forskrivare(_tjanstestalle);
        var b = Bestallning.NyForskrivning(Testdata.Patient(), forskrivare, forskrivare, _tjanstestalle, Testdata.Nu);
        b.LaggTillRad(Testdata.Artikel(), 2, Leveranskalla.EgetForrad, _forrad, Debiteringsform.Hyra, 400m);
        b.Skicka("26470002", Guid.NewGuid(), Testdata.Nu);
        Assert.Equal(Orderstatus.Utlevererad, b.Status);
        Assert.Equal(Testdata.Idag, b.Rader.Single().LevereradDatum);
        Assert.Contains("aldrig makuleras", Assert.Throws<DomainException>(() => b.Makulera(Testdata.Nu)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Skickad_bestallning_kan_inte_andras_eller_skickas_igen()
    {
        var b = SkickadCentral();
        Assert.Throws<DomainException>(() => b.LaggTillRad(Testdata.Artikel("55871"), 1, Leveranskalla.Hjalpmedelsverksamhet, _central, Debiteringsform.Hyra, 1m));
        Assert.Throws<DomainException>(() => b.Skicka("26470009", Guid.NewGuid(), Testdata.Nu));
        Assert.Throws<DomainException>(() => b.Rader.Single().AndraAntal(3));
    }

    [Fact]
    public void Tom_bestallning_kan_inte_skickas()
    {
        var forskrivare = Testdata.Forskrivare(_tjanstestalle);
        var b = Bestallning.NyForskrivning(Testdata.Patient(), forskrivare, forskrivare, _tjanstestalle, Testdata.Nu);
        Assert.Contains("inga artiklar", Assert.Throws<DomainException>(() => b.Skicka("26470003", Guid.NewGuid(), Testdata.Nu)).Message, StringComparison.Ordinal);
        Assert.Equal(Orderstatus.Pagaende, b.Status);
    }

    [Fact]
    public void Central_leverans_kraver_leveransuppgifter()
    {
        var forskrivare = Testdata.Forskrivare(_tjanstestalle);
        var b = Bestallning.NyForskrivning(Testdata.Patient(), forskrivare, forskrivare, _tjanstestalle, Testdata.Nu);
        b.LaggTillRad(Testdata.Artikel(), 1, Leveranskalla.Hjalpmedelsverksamhet, _central, Debiteringsform.Hyra, 1m);
        Assert.Contains("leveransuppgifter", Assert.Throws<DomainException>(() => b.Skicka("26470004", Guid.NewGuid(), Testdata.Nu)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Patientavgift_maste_besvaras_och_pennan_nollstaller_svaret()
    {
        var forskrivare = Testdata.Forskrivare(_tjanstestalle);
        var cpap = new Artikel("40110", "CPAP", "st", Artikeltyp.Huvudhjalpmedel, "040303");
        cpap.AngePatientavgift(500m, nittioDagarsRegel: true);
        var b = Bestallning.NyForskrivning(Testdata.Patient(), forskrivare, forskrivare, _tjanstestalle, Testdata.Nu);
        var rad = b.LaggTillRad(cpap, 1, Leveranskalla.EgetForrad, _forrad, Debiteringsform.Hyra, 0m);
        Assert.True(rad.PatientavgiftKravs);
        Assert.Contains("JA eller NEJ", Assert.Throws<DomainException>(() => b.Skicka("26470005", Guid.NewGuid(), Testdata.Nu)).Message, StringComparison.Ordinal);
        Assert.Contains("svara JA eller NEJ", Assert.Throws<DomainException>(() => rad.SvaraPatientavgift(null)).Message, StringComparison.Ordinal);
        Assert.Null(rad.PatientavgiftSvar);
        rad.SvaraPatientavgift(true);
        rad.BorjaRedigera();
        Assert.Null(rad.PatientavgiftSvar);
        rad.SvaraPatientavgift(false);
        b.Skicka("26470005", Guid.NewGuid(), Testdata.Nu);
        Assert.Equal(Orderstatus.Utlevererad, b.Status);
    }

    [Fact]
    public void Artikel_utan_avgift_kan_inte_fa_avgiftssvar()
    {
        var b = NyCentral(out _);
        Assert.Throws<DomainException>(() => b.Rader.Single().SvaraPatientavgift(true));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1000)]
    public void Orimligt_antal_avvisas(int antal)
    {
        var forskrivare = Testdata.Forskrivare(_tjanstestalle);
        var b = Bestallning.NyForskrivning(Testdata.Patient(), forskrivare, forskrivare, _tjanstestalle, Testdata.Nu);
        var ex = Assert.Throws<DomainException>(() => b.LaggTillRad(Testdata.Artikel(), antal, Leveranskalla.Hjalpmedelsverksamhet, _central, Debiteringsform.Hyra, 1m));
        Assert.Contains("mellan 1 och 999", ex.Message, StringComparison.Ordinal);
        Assert.Empty(b.Rader);
    }

    [Fact]
    public void For_lang_kommentar_avvisas()
    {
        var b = NyCentral(out _);
        Assert.Throws<DomainException>(() => b.Rader.Single().AngeKommentar(new string('x', Orderrad.MaxKommentar + 1)));
    }

    [Fact]
    public void Utgatt_utgaende_utan_saldo_eller_ej_bestallningsbar_artikel_avvisas()
    {
        var utgatt = Testdata.Artikel("16640");
        utgatt.AngeStatus(Artikelstatus.Utgatt);
        Assert.Contains("utgått", utgatt.KanBestallas(0), StringComparison.Ordinal);
        Assert.Null(utgatt.KanBestallas(2));
        var utgaende = Testdata.Artikel("18850");
        utgaende.AngeStatus(Artikelstatus.Utgaende);
        Assert.Equal("Artikel 18850 är utgående och finns inte i lager. Den kan inte köpas in.", utgaende.KanBestallas(0));
        Assert.Null(utgaende.KanBestallas(1));
        var ejBestallningsbar = Testdata.Artikel("30220");
        ejBestallningsbar.AngeBestallningsbar(false);
        Assert.Contains("kan inte beställas", ejBestallningsbar.KanBestallas(10), StringComparison.Ordinal);
    }

    [Fact]
    public void Bestallare_bestaller_bara_i_kopplad_forskrivares_namn()
    {
        var forskrivare = Testdata.Forskrivare(_tjanstestalle);
        var annan = new Anvandare("SE1-9", "Olle", "Okopplad", Roll.Forskrivare);
        var bestallare = new Anvandare("SE1-2", "Bertil", "Berg", Roll.Bestallare);
        bestallare.KopplaTill(_tjanstestalle);
        bestallare.KopplaForskrivare(forskrivare);

        var ok = Bestallning.NyForskrivning(Testdata.Patient(), forskrivare, bestallare, _tjanstestalle, Testdata.Nu);
        Assert.Same(forskrivare, ok.Forskrivare);
        Assert.Same(bestallare, ok.RegistreradAv);
        Assert.Throws<DomainException>(() => Bestallning.NyForskrivning(Testdata.Patient(), annan, bestallare, _tjanstestalle, Testdata.Nu));
        Assert.Throws<DomainException>(() => Bestallning.NyForskrivning(Testdata.Patient(), bestallare, bestallare, _tjanstestalle, Testdata.Nu));
    }

    [Fact]
    public void Kan_inte_bestalla_for_tjanstestalle_man_inte_ar_kopplad_till()
    {
        var forskrivare = Testdata.Forskrivare(_tjanstestalle);
        var annat = Testdata.Tjanstestalle("4720");
        Assert.Throws<DomainException>(() => Bestallning.NyForskrivning(Testdata.Patient(), forskrivare, forskrivare, annat, Testdata.Nu));
    }

    [Fact]
    public void Hemleverans_till_minderarig_kraver_care_of()
    {
        var forskrivare = Testdata.Forskrivare(_tjanstestalle);
        var barn = Testdata.Patient("201505050508");
        var b = Bestallning.NyForskrivning(barn, forskrivare, forskrivare, _tjanstestalle, Testdata.Nu);
        var ex = Assert.Throws<DomainException>(() => b.AngeLeverans(Testdata.Leverans(till: LeveransTill.HemTillPatient), barn.Personnummer, Testdata.Idag));
        Assert.Contains("c/o", ex.Message, StringComparison.Ordinal);
        b.AngeLeverans(Testdata.Leverans("Mamma Månsson", LeveransTill.HemTillPatient), barn.Personnummer, Testdata.Idag);
        Assert.Equal("Mamma Månsson", b.Leverans!.Adress.CareOf);
    }

    [Fact]
    public void Hemleverans_kraver_telefon()
    {
        Assert.Contains("Telefonnummer", Assert.Throws<DomainException>(() => Testdata.Leverans(till: LeveransTill.HemTillPatient, telefon: " ")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lagerpafyllnad_levereras_alltid_till_eget_forrad()
    {
        var anvandare = Testdata.Forskrivare(_tjanstestalle);
        Assert.Throws<DomainException>(() => Bestallning.NyLagerpafyllnad(anvandare, _tjanstestalle, _central, Testdata.Nu));
        var b = Bestallning.NyLagerpafyllnad(anvandare, _tjanstestalle, _forrad, Testdata.Nu);
        Assert.Throws<DomainException>(() => b.LaggTillRad(Testdata.Artikel(), 1, Leveranskalla.EgetForrad, _forrad, Debiteringsform.Kop, 1m));
        Assert.Throws<DomainException>(() => b.AngeLeverans(Testdata.Leverans(till: LeveransTill.HemTillPatient), null, Testdata.Idag));
    }

    [Fact]
    public void Radsumma_inkluderar_komponenter()
    {
        var forskrivare = Testdata.Forskrivare(_tjanstestalle);
        var b = Bestallning.NyForskrivning(Testdata.Patient(), forskrivare, forskrivare, _tjanstestalle, Testdata.Nu);
        var sang = Testdata.Artikel(individmarkt: true);
        var grind = Testdata.Artikel("55871");
        var vandhandtag = Testdata.Artikel("75175");
        sang.LaggTillKomponent(grind, standard: false);
        sang.LaggTillKomponent(vandhandtag, standard: false);
        var rad = b.LaggTillRad(sang, 1, Leveranskalla.Hjalpmedelsverksamhet, _central, Debiteringsform.Hyra, 402m);
        rad.LaggTillKomponent(grind, 1, standard: false, 10m);
        rad.LaggTillKomponent(vandhandtag, 1, standard: false, 79m);
        Assert.Equal(491m, rad.Radsumma);
    }
}
