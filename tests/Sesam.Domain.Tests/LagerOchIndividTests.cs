using Sesam.Domain.Audit;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Individer;
using Sesam.Domain.Katalog;
using Sesam.Domain.Lagerhallning;
using Sesam.Domain.Organisation;

namespace Sesam.Domain.Tests;

public sealed class LagersaldoTests
{
    private static Lagersaldo Saldo(int saldo) => new(Testdata.Forrad(), Testdata.Artikel(), saldo);

    [Fact]
    public void Uttag_minskar_saldot()
    {
        var s = Saldo(3);
        s.Dra(2, negativtBekraftat: false);
        Assert.Equal(1, s.Saldo);
    }

    [Fact]
    public void Negativt_saldo_kraver_bekraftelse()
    {
        var s = Saldo(1);
        var ex = Assert.Throws<NegativtSaldoException>(() => s.Dra(2, negativtBekraftat: false));
        Assert.Equal(1, ex.Tillgangligt);
        Assert.Equal(1, s.Saldo);
        s.Dra(2, negativtBekraftat: true);
        Assert.Equal(-1, s.Saldo);
    }

    [Fact]
    public void Reservation_minskar_tillgangligt_och_leverans_minskar_saldot()
    {
        var s = Saldo(5);
        s.Reservera(3);
        Assert.Equal(2, s.Tillgangligt);
        Assert.Throws<DomainException>(() => s.Reservera(3));
        s.LevereraReserverat(2);
        Assert.Equal(3, s.Saldo);
        Assert.Equal(1, s.Reserverat);
        Assert.Throws<DomainException>(() => s.Frislapp(2));
    }

    [Fact]
    public void Minniva_styr_automatisk_pafyllnad()
    {
        var s = Saldo(3);
        Assert.False(s.BehoverPafyllnad);
        s.AngeMinNiva(3, 5);
        Assert.True(s.HarAutomatiskPafyllnad);
        s.Dra(1, negativtBekraftat: false);
        Assert.True(s.BehoverPafyllnad);
        Assert.Throws<DomainException>(() => s.AngeMinNiva(2, null));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Antal_maste_vara_positivt(int antal)
    {
        var s = Saldo(3);
        Assert.Throws<DomainException>(() => s.Dra(antal, negativtBekraftat: true));
        Assert.Throws<DomainException>(() => s.TaEmot(antal));
    }
}

public sealed class IndividTests
{
    private static Individ Ny(Lager lager) => new("1438560", Testdata.Artikel(individmarkt: true), lager, "14B02003103", Debiteringsform.Hyra, Testdata.Nu);

    [Fact]
    public void Antalet_komponenter_foljer_de_som_laggs_till_och_tas_bort()
    {
        var i = Ny(Testdata.Central());
        i.LaggTillKomponent(Testdata.Artikel("72481"), 1);
        i.LaggTillKomponent(Testdata.Artikel("55871"), 3);
        Assert.Equal(2, i.AntalKomponenter);
        var forsta = i.Komponenter.First();
        i.TaBortKomponent(forsta);
        Assert.Equal(1, i.AntalKomponenter);
        // A component the individ no longer has changes nothing: the count is never taken twice.
        i.TaBortKomponent(forsta);
        Assert.Equal(1, i.AntalKomponenter);
        Assert.Single(i.Komponenter);
    }

    [Fact]
    public void Individ_kan_inte_levereras_tva_ganger()
    {
        var i = Ny(Testdata.Central());
        i.Leverera(Testdata.Patient(), Testdata.Idag, Testdata.Nu, "SE1-1");
        Assert.Equal(Individstatus.Levererad, i.Status);
        Assert.Equal(Lagerstatus.EjILager, i.Lagerstatus);
        Assert.Null(i.Lager);
        var ex = Assert.Throws<DomainException>(() => i.Leverera(Testdata.Patient("200303030308"), Testdata.Idag, Testdata.Nu, "SE1-1"));
        Assert.Contains("redan levererad", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Retur_gor_individen_tillganglig_i_lagret_igen()
    {
        var forrad = Testdata.Forrad();
        var i = Ny(forrad);
        i.Leverera(Testdata.Patient(), Testdata.Idag, Testdata.Nu, null);
        i.TaTillbaka(forrad, Testdata.Nu, null);
        Assert.Equal(Individstatus.PaLager, i.Status);
        Assert.Equal(Lagerstatus.Tillganglig, i.Lagerstatus);
        Assert.Same(forrad, i.Lager);
        Assert.Throws<DomainException>(() => i.TaTillbaka(forrad, Testdata.Nu, null));
    }

    [Fact]
    public void Reserverad_individ_kan_inte_reserveras_igen()
    {
        var i = Ny(Testdata.Central());
        i.Reservera(Testdata.Nu, null);
        Assert.Throws<DomainException>(() => i.Reservera(Testdata.Nu, null));
        i.Frislapp(Testdata.Nu, null);
        Assert.Equal(Lagerstatus.Tillganglig, i.Lagerstatus);
        Assert.Throws<DomainException>(() => i.Frislapp(Testdata.Nu, null));
    }

    [Fact]
    public void Skrotad_individ_kan_inte_levereras()
    {
        var i = Ny(Testdata.Central());
        i.Skrota(Testdata.Nu, null);
        Assert.Throws<DomainException>(() => i.Leverera(Testdata.Patient(), Testdata.Idag, Testdata.Nu, null));
        Assert.Throws<DomainException>(() => i.Skrota(Testdata.Nu, null));
    }

    [Fact]
    public void Byte_av_individnummer_behaller_det_gamla_i_historiken()
    {
        var i = Ny(Testdata.Central());
        i.BytIndividnummer("1999999", Testdata.Nu, "SE1-1");
        Assert.Equal("1999999", i.Individnummer);
        Assert.Contains(i.Historik, h => h.TidigareIndividnummer == "1438560");
        Assert.Throws<DomainException>(() => i.BytIndividnummer("1999999", Testdata.Nu, null));
        Assert.Throws<DomainException>(() => i.BytIndividnummer("12*", Testdata.Nu, null));
    }

    [Fact]
    public void Varfor_ej_leveransbar_forklarar_hindret()
    {
        var forrad = Testdata.Forrad();
        var i = Ny(forrad);
        Assert.Contains("inte i förrådet för tjänstestället du arbetar i", i.VarforEjLeveransbar([42]), StringComparison.Ordinal);
        i.Reservera(Testdata.Nu, null);
        Assert.Contains("Reserverad", i.VarforEjLeveransbar([0]), StringComparison.Ordinal);
    }

    [Fact]
    public void Flytta_andrar_placering_bara_pa_lager()
    {
        var i = Ny(Testdata.Central());
        i.Flytta("Hylla B3", Testdata.Nu, null);
        Assert.Equal("Hylla B3", i.Placering);
        i.Leverera(Testdata.Patient(), Testdata.Idag, Testdata.Nu, null);
        Assert.Throws<DomainException>(() => i.Flytta("Hylla C1", Testdata.Nu, null));
    }
}

public sealed class PatientavgiftTests
{
    private static Patientavgift Avgift(bool nittioDagar)
    {
        var tjanstestalle = Testdata.Tjanstestalle();
        var forskrivare = Testdata.Forskrivare(tjanstestalle);
        var cpap = new Artikel("40110", "CPAP", "st", Artikeltyp.Huvudhjalpmedel, "040303");
        cpap.AngePatientavgift(500m, nittioDagar);
        var b = Bestallning.NyForskrivning(Testdata.Patient(), forskrivare, forskrivare, tjanstestalle, Testdata.Nu);
        var rad = b.LaggTillRad(cpap, 1, Leveranskalla.EgetForrad, Testdata.Forrad(), Debiteringsform.Hyra, 0m);
        return new Patientavgift(Testdata.Patient(), rad, cpap, 500m, nittioDagar, new DateOnly(2026, 1, 10), null);
    }

    [Fact]
    public void Nittiodagarsregeln_skjuter_upp_faktureringen()
    {
        var a = Avgift(nittioDagar: true);
        Assert.Equal(new DateOnly(2026, 4, 10), a.FakturerbarFran);
        Assert.Throws<DomainException>(() => a.Fakturera(new DateOnly(2026, 4, 9)));
        a.Fakturera(new DateOnly(2026, 4, 10));
        Assert.Equal(Faktureringsstatus.Fakturerad, a.Status);
        Assert.Equal(new PatientavgiftFakturerad(a), Assert.Single(a.TaHandelser()));
        Assert.Throws<DomainException>(() => a.Fakturera(new DateOnly(2026, 4, 11)));
    }

    [Fact]
    public void Retur_inom_90_dagar_tar_bort_avgiften()
    {
        var a = Avgift(nittioDagar: true);
        Assert.True(a.VidRetur(new DateOnly(2026, 4, 9)));
        Assert.Equal(Faktureringsstatus.Borttagen, a.Status);
        Assert.Throws<DomainException>(() => a.Fakturera(new DateOnly(2026, 5, 1)));
    }

    [Fact]
    public void Retur_efter_90_dagar_behaller_avgiften()
    {
        var a = Avgift(nittioDagar: true);
        Assert.False(a.VidRetur(new DateOnly(2026, 4, 10)));
        Assert.Equal(Faktureringsstatus.SkaFaktureras, a.Status);
    }

    [Fact]
    public void Utan_nittiodagarsregel_faktureras_direkt_och_retur_andrar_inget()
    {
        var a = Avgift(nittioDagar: false);
        Assert.Equal(a.LevereradDatum, a.FakturerbarFran);
        Assert.False(a.VidRetur(new DateOnly(2026, 1, 11)));
        Assert.Equal(Faktureringsstatus.SkaFaktureras, a.Status);
    }
}

public sealed class LoggkedjaTests
{
    private static readonly Loggnyckel Nyckel = new(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    private static List<Loggpost> Kedja(int antal, Loggnyckel? nyckel = null)
    {
        var poster = new List<Loggpost>();
        var foregaende = Loggpost.Startvarde;
        for (var i = 1; i <= antal; i++)
        {
            var p = new Loggpost(i, Testdata.Nu.AddMinutes(i), "SE1-1", 1, 7, "Läst patient", $"Visade patientbilden {i}", foregaende, nyckel ?? Nyckel);
            poster.Add(p);
            foregaende = p.Hash;
        }
        return poster;
    }

    private static string[] Punkt(Loggpost post, Loggnyckel? nyckel = null) =>
        [Kontrollpunkt.Skapa(post.Lopnummer, post.Hash, Testdata.Nu.AddHours(1), nyckel ?? Nyckel).Rad()];

    [Fact]
    public void Hel_kedja_med_kontrollpunkt_godkanns()
    {
        var kedja = Kedja(5);
        Assert.Null(Loggkedja.Verifiera(kedja, Nyckel, Punkt(kedja[3])));
        Assert.Null(Loggkedja.Verifiera([], Nyckel, []));
    }

    [Fact]
    public void Borttagen_post_upptacks()
    {
        var kedja = Kedja(5);
        kedja.RemoveAt(2);
        Assert.Equal(3, Loggkedja.Verifiera(kedja, Nyckel, Punkt(kedja[^1]))!.Lopnummer);
    }

    [Fact]
    public void Andrad_post_upptacks()
    {
        var kedja = Kedja(5);
        var andrad = new Loggpost(3, kedja[2].Tidpunkt, "SE1-2", 1, 7, "Läst patient", "Visade patientbilden 3", kedja[1].Hash, Nyckel);
        kedja[2] = andrad;
        Assert.Equal(4, Loggkedja.Verifiera(kedja, Nyckel, Punkt(kedja[^1]))!.Lopnummer);
    }

    [Fact]
    public void Kedja_med_annan_nyckel_upptacks_aven_om_den_ar_hel()
    {
        var annan = new Loggnyckel(Enumerable.Repeat((byte)7, 32).ToArray());
        var kedja = Kedja(5, annan);
        var fel = Loggkedja.Verifiera(kedja, Nyckel, Punkt(kedja[^1], annan));
        Assert.Contains("annan nyckel", fel!.Meddelande, StringComparison.Ordinal);
        Assert.Null(fel.Lopnummer);

        fel = Loggkedja.Verifiera(kedja, Nyckel, Punkt(kedja[^1]));
        Assert.Equal(1, fel!.Lopnummer);
    }

    [Fact]
    public void Borttagna_sista_poster_upptacks_av_kontrollpunkten()
    {
        var kedja = Kedja(10);
        var punkt = Punkt(kedja[7]);

        var fel = Loggkedja.Verifiera(kedja.Take(6), Nyckel, punkt);

        Assert.Equal(7, fel!.Lopnummer);
        Assert.Contains("Loggen slutar vid post 6", fel.Meddelande, StringComparison.Ordinal);
        Assert.Contains("post 8", fel.Meddelande, StringComparison.Ordinal);
        // Entries after the newest checkpoint are protected only by the chain.
        Assert.Null(Loggkedja.Verifiera(kedja.Take(9), Nyckel, punkt));
    }

    [Fact]
    public void Kontrollpunkt_med_annan_hash_an_posten_upptacks()
    {
        var kedja = Kedja(5);
        var punkt = Kontrollpunkt.Skapa(5, new string('a', 64), Testdata.Nu, Nyckel).Rad();

        var fel = Loggkedja.Verifiera(kedja, Nyckel, [punkt]);

        Assert.Equal(5, fel!.Lopnummer);
        Assert.Contains("skrivits om", fel.Meddelande, StringComparison.Ordinal);
        Assert.Null(Loggkedja.Verifiera(kedja, Nyckel, Punkt(kedja[4])));
    }

    [Fact]
    public void Logg_utan_kontrollpunkter_och_andrade_eller_olasbara_kontrollpunkter_upptacks()
    {
        var kedja = Kedja(3);
        Assert.Contains("ingen kontrollpunkt", Loggkedja.Verifiera(kedja, Nyckel, [])!.Meddelande, StringComparison.Ordinal);

        var rad = Punkt(kedja[2])[0];
        var flyttad = "2" + rad[1..];
        Assert.Contains("fel signatur", Loggkedja.Verifiera(kedja, Nyckel, [flyttad])!.Meddelande, StringComparison.Ordinal);
        Assert.Contains("Rad 2", Loggkedja.Verifiera(kedja, Nyckel, [rad, "skräp"])!.Meddelande, StringComparison.Ordinal);
    }

    [Fact]
    public void Kort_eller_ogiltig_nyckel_avvisas()
    {
        Assert.Contains("minst 32 byte", Assert.Throws<DomainException>(() => new Loggnyckel(new byte[16])).Message, StringComparison.Ordinal);
        Assert.Contains("base64", Assert.Throws<DomainException>(() => Loggnyckel.FranBase64("inte base64!")).Message, StringComparison.Ordinal);
    }
}

public sealed class AdressTests
{
    [Theory]
    [InlineData("22185", "221 85")]
    [InlineData("221 85", "221 85")]
    public void Postnummer_normaliseras(string inmatat, string lagrat) =>
        Assert.Equal(lagrat, new Adress("Gatan 1", inmatat, "Lund").Postnummer);

    [Theory]
    [InlineData("2218")]
    [InlineData("2218A")]
    [InlineData("")]
    public void Ogiltigt_postnummer_avvisas(string postnummer) =>
        Assert.Throws<DomainException>(() => new Adress("Gatan 1", postnummer, "Lund"));

    [Fact]
    public void Gatuadress_kravs() => Assert.Throws<DomainException>(() => new Adress(" ", "22185", "Lund"));
}
