namespace Sesam.Domain.Tests;

using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Hamtordrar;
using Sesam.Domain.Individer;
using Sesam.Domain.Katalog;
using Sesam.Domain.Lagerhallning;
using Sesam.Domain.Mottagare;
using Sesam.Domain.Organisation;

public class HamtorderTests
{
    private static readonly DateTime Nu = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    private static Lagersaldo Saldo(Lager lager, Artikel artikel) => new(lager, artikel);

    private sealed class Varld
    {
        public Varld()
        {
            Tjanstestalle = Testdata.Tjanstestalle();
            Forskrivare = Testdata.Forskrivare(Tjanstestalle);
            Patient = Testdata.Patient();
            var sang = Testdata.Artikel("75178", individmarkt: true);
            var befuktare = Testdata.Artikel("40111", individmarkt: true);
            Befuktare = Levererad(new Individ("2100600", befuktare, Testdata.Central(), null, Debiteringsform.Hyra, Nu));
            Sang = new Individ("1438560", sang, Testdata.Central(), null, Debiteringsform.Hyra, Nu);
            Sang.LaggTillKomponent(Testdata.Artikel("72481"), 1);
            Sang.LaggTillKomponent(befuktare, 1, Befuktare);
            Levererad(Sang);
        }

        public Tjanstestalle Tjanstestalle { get; }
        public Anvandare Forskrivare { get; }
        public Mottagare Patient { get; }
        public Individ Sang { get; }
        public Individ Befuktare { get; }

        public Individ Levererad(Individ individ)
        {
            individ.Leverera(Patient, DateOnly.FromDateTime(Nu), Nu, null);
            return individ;
        }

        public Hamtorder Skapa(Hamtuppgifter? uppgifter = null, Anvandare? av = null, IReadOnlyList<Individ>? individer = null) =>
            new(Patient, Tjanstestalle, av ?? Forskrivare, Nu, uppgifter ?? Uppgifter(),
                (individer ?? [Sang]).Select(i => (i, (IReadOnlyList<Individ>)[.. i.Komponenter.Select(k => k.KomponentIndivid).OfType<Individ>()])).ToList(), []);

        public Hamtuppgifter Uppgifter(Hamtplats plats = Hamtplats.PaMottagning, Adresskalla kalla = Adresskalla.Tjanstestallet, string? telefon = "046-1", string? mobil = null,
            Hamtorderatgard atgard = Hamtorderatgard.Rekonditionering, string? kommentar = null) =>
            new(plats, kalla, Tjanstestalle.Adress, null, null, "Anna Andersson", telefon, mobil, null, atgard, kommentar);
    }

    [Fact]
    public void En_individ_tar_med_sina_individmarkta_komponenter_som_oppna_rader()
    {
        var v = new Varld();
        var h = v.Skapa();
        Assert.Equal(Hamtorderstatus.Registrerad, h.Status);
        Assert.Equal([("1438560", false), ("2100600", true)], h.Rader.Select(r => (r.Individ!.Individnummer, r.Komponent)).ToList());
        Assert.All(h.Rader, r => Assert.True(r.Oppen));
        Assert.Equal("Anna Andersson", h.RegistreradAvNamn);
    }

    [Fact]
    public void Avregistrering_tar_bara_sin_artikeltyp_och_verkstalls_direkt()
    {
        var v = new Varld();
        Assert.True(Hamtplats.AterlamnatHuvudhjalpmedel.ArDirekt());
        Assert.False(Hamtplats.Dodsbo.ArDirekt());
        // The bed is a huvudhjälpmedel: an avregistrering of tillbehör does not take it.
        var fel = Assert.Throws<DomainException>(() => v.Skapa(v.Uppgifter(Hamtplats.AterlamnatTillbehor)));
        Assert.StartsWith("Återlämnat men ej avregistrerat – Tillbehör gäller bara artiklar av typen tillbehör", fel.Message, StringComparison.Ordinal);
        Assert.Equal(Hamtplats.AterlamnatHuvudhjalpmedel, v.Skapa(v.Uppgifter(Hamtplats.AterlamnatHuvudhjalpmedel)).Hamtplats);
        Assert.Equal("Dödsbo: hämtadressen ska vara patientens privatadress.",
            Assert.Throws<DomainException>(() => v.Skapa(v.Uppgifter(Hamtplats.Dodsbo))).Message);
        Assert.Equal(Adresskalla.Mottagaren, v.Skapa(v.Uppgifter(Hamtplats.Dodsbo, Adresskalla.Mottagaren)).Adresskalla);
    }

    [Theory]
    [InlineData(Hamtplats.PaMottagning, Adresskalla.Mottagaren, "hämtadressen ska vara tjänsteställets adress")]
    [InlineData(Hamtplats.PaMottagning, Adresskalla.Annan, "hämtadressen ska vara tjänsteställets adress")]
    [InlineData(Hamtplats.HosPatient, Adresskalla.Tjanstestallet, "mottagarens adress eller en annan adress")]
    [InlineData((Hamtplats)0, Adresskalla.Tjanstestallet, "Välj hämtorderorsak.")]
    [InlineData(Hamtplats.MedPost, (Adresskalla)0, "Välj hämtadress.")]
    public void Hamtadressen_ska_spegla_hamtorderorsaken(Hamtplats plats, Adresskalla kalla, string fel)
    {
        var v = new Varld();
        Assert.Contains(fel, Assert.Throws<DomainException>(() => v.Skapa(v.Uppgifter(plats, kalla))).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Hamtplats.HosPatient, Adresskalla.Mottagaren)]
    [InlineData(Hamtplats.HosPatient, Adresskalla.Annan)]
    [InlineData(Hamtplats.MedPost, Adresskalla.Tjanstestallet)]
    [InlineData(Hamtplats.MedPost, Adresskalla.Annan)]
    public void Tillatna_kombinationer_av_orsak_och_adress(Hamtplats plats, Adresskalla kalla) =>
        Assert.Equal(kalla, new Varld().Skapa(new Varld().Uppgifter(plats, kalla)).Adresskalla);

    [Fact]
    public void Ett_telefonnummer_racker_men_ett_maste_finnas()
    {
        var v = new Varld();
        Assert.Equal("070-1", v.Skapa(v.Uppgifter(telefon: null, mobil: "070-1")).Mobiltelefon);
        Assert.Equal("Ange ett telefonnummer: ett nummer på hämtadressen eller till kontaktpersonen räcker.", Assert.Throws<DomainException>(() => new Varld().Skapa(v.Uppgifter(telefon: " ", mobil: null))).Message);
        Assert.Contains("bara innehålla siffror", Assert.Throws<DomainException>(() => new Varld().Skapa(v.Uppgifter(telefon: "abc"))).Message, StringComparison.Ordinal);
        Assert.Contains("bara innehålla siffror", Assert.Throws<DomainException>(() => new Varld().Skapa(v.Uppgifter(telefon: "()"))).Message, StringComparison.Ordinal);
        var kontakt = new Varld();
        Assert.Equal("046-2", kontakt.Skapa(kontakt.Uppgifter(telefon: null) with { Kontakttelefon = "046-2" }).Kontakttelefon);
    }

    [Theory]
    [InlineData(Hamtorderatgard.Reparation)]
    [InlineData(Hamtorderatgard.Garantireparation)]
    public void Reparation_kraver_en_beskrivning_av_felet(Hamtorderatgard atgard)
    {
        var v = new Varld();
        Assert.StartsWith("Skriv under Kommentar", Assert.Throws<DomainException>(() => v.Skapa(v.Uppgifter(atgard: atgard))).Message, StringComparison.Ordinal);
        Assert.Equal("Motorn låter", new Varld().Skapa(v.Uppgifter(atgard: atgard, kommentar: " Motorn låter ")).Kommentar);
    }

    [Fact]
    public void Bara_levererade_hjalpmedel_hos_mottagaren_kan_hamtas()
    {
        var v = new Varld();
        var paLager = new Individ("1449400", Testdata.Artikel("75178", individmarkt: true), Testdata.Central(), null, Debiteringsform.Hyra, Nu);
        Assert.Equal("Individ 1449400 finns inte hos mottagaren och kan inte hämtas.", Assert.Throws<DomainException>(() => v.Skapa(individer: [paLager])).Message);
        Assert.Equal("Välj minst ett hjälpmedel som ska hämtas.", Assert.Throws<DomainException>(() => v.Skapa(individer: [])).Message);
        Assert.Contains("följer redan med som komponent", Assert.Throws<DomainException>(() => v.Skapa(individer: [v.Sang, v.Befuktare])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bara_forskrivare_och_bestallare_kopplade_till_tjanststallet()
    {
        var v = new Varld();
        var logistik = new Anvandare("SE-4", "Lars", "Logistik", Roll.Logistik);
        logistik.KopplaTill(v.Tjanstestalle);
        Assert.Equal("Bara förskrivare och beställare kan skapa hämtorder.", Assert.Throws<DomainException>(() => v.Skapa(av: logistik)).Message);
        var annan = new Anvandare("SE-5", "Olle", "Annan", Roll.Forskrivare);
        Assert.Equal("Du är inte kopplad till det valda tjänstestället.", Assert.Throws<DomainException>(() => v.Skapa(av: annan)).Message);
    }

    [Fact]
    public void Makulering_stanger_raderna_och_gors_bara_en_gang()
    {
        var h = new Varld().Skapa();
        h.Numrera("26480012");
        h.Makulera(Nu);
        Assert.Equal(Hamtorderstatus.Makulerad, h.Status);
        Assert.Equal(Nu, h.Avslutad);
        Assert.All(h.Rader, r => Assert.False(r.Oppen));
        Assert.Equal("Hämtorder 26480012 är makulerad och kan inte makuleras.", Assert.Throws<DomainException>(() => h.Makulera(Nu)).Message);
    }

    [Fact]
    public void Numret_ges_en_gang_och_maste_vara_ett_giltigt_ordernummer()
    {
        var h = new Varld().Skapa();
        Assert.Equal("12x är inget giltigt hämtordernummer.", Assert.Throws<DomainException>(() => h.Numrera("12x")).Message);
        h.Numrera("26480012");
        Assert.Equal("26480012", h.Hamtordernummer);
        Assert.Equal("Hämtordern har redan nummer 26480012.", Assert.Throws<DomainException>(() => h.Numrera("26480013")).Message);
    }

    [Fact]
    public void Mottagen_hamtorder_lagger_individerna_i_centrallagret_och_stangs()
    {
        var v = new Varld();
        var h = v.Skapa();
        h.Numrera("26480014");
        var central = Testdata.Central();
        var saldon = new Dictionary<string, Lagersaldo>();
        Assert.Equal(0, h.TaEmot(central, Nu.AddDays(1), "SE-4", (l, a) => saldon.TryGetValue(a.Artikelnummer, out var s) ? s : saldon[a.Artikelnummer] = new Lagersaldo(l, a), [], []));
        Assert.Equal([("40111", 1), ("75178", 1)], saldon.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => (s.Key, s.Value.Saldo)).ToList());
        Assert.Equal(Hamtorderstatus.Stangd, h.Status);
        Assert.Equal(Nu.AddDays(1), h.Avslutad);
        Assert.All([v.Sang, v.Befuktare], i =>
        {
            Assert.Equal(Individstatus.PaLager, i.Status);
            Assert.Same(central, i.Lager);
            Assert.Null(i.MottagareId);
            Assert.Equal(Individhandelser.Aterlamnad, i.Historik.Last().Typ);
        });
        Assert.All(h.Rader, r => Assert.False(r.Oppen));
        Assert.Equal("Hämtorder 26480014 är stängd och kan inte tas emot.", Assert.Throws<DomainException>(() => h.TaEmot(central, Nu, null, Saldo, [], [])).Message);
        Assert.Equal("Hämtorder 26480014 är stängd och kan inte makuleras.", Assert.Throws<DomainException>(() => h.Makulera(Nu)).Message);
    }

    [Fact]
    public void Mottagen_hamtorder_tar_bort_en_cpap_avgift_inom_nittio_dagar()
    {
        var v = new Varld();
        var h = v.Skapa();
        var bestallning = Bestallning.NyForskrivning(v.Patient, v.Forskrivare, v.Forskrivare, v.Tjanstestalle, Nu);
        var rad = bestallning.LaggTillRad(Testdata.Artikel("40110"), 1, Leveranskalla.Hjalpmedelsverksamhet, Testdata.Central(), Debiteringsform.Hyra, 0m);
        var inom = new Patientavgift(v.Patient, rad, rad.Artikel, 500m, nittioDagarsRegel: true, DateOnly.FromDateTime(Nu), v.Sang);
        var vanlig = new Patientavgift(v.Patient, rad, rad.Artikel, 300m, nittioDagarsRegel: false, DateOnly.FromDateTime(Nu), v.Sang);
        h.TaEmot(Testdata.Central(), Nu.AddDays(10), null, Saldo, [inom, vanlig], []);
        Assert.Equal(Faktureringsstatus.Borttagen, inom.Status);
        Assert.Equal(Faktureringsstatus.SkaFaktureras, vanlig.Status);
    }

    [Fact]
    public void En_hamtorder_tas_emot_i_centrallagret()
    {
        var v = new Varld();
        var h = v.Skapa();
        Assert.Equal("En hämtorder tas emot i centrallagret.", Assert.Throws<DomainException>(() => h.TaEmot(Testdata.Forrad(), Nu, null, Saldo, [], [])).Message);
        Assert.Equal(Individstatus.Levererad, v.Sang.Status);
        Assert.Equal(Hamtorderstatus.Registrerad, h.Status);
    }

    [Fact]
    public void En_kopt_individ_skrotas_nar_hamtordern_tas_emot()
    {
        var v = new Varld();
        var kopt = v.Levererad(new Individ("3000001", Testdata.Artikel("19961", individmarkt: true), Testdata.Central(), null, Debiteringsform.Kop, Nu));
        var h = v.Skapa(individer: [v.Sang, kopt]);
        Assert.Equal(1, h.TaEmot(Testdata.Central(), Nu, null, Saldo, [], []));
        Assert.Equal(Individstatus.Skrotad, kopt.Status);
        Assert.Equal(Individstatus.PaLager, v.Sang.Status);
    }

    [Fact]
    public void En_komponent_som_hamtas_utan_sitt_huvudhjalpmedel_tas_bort_fran_det()
    {
        var v = new Varld();
        var h = v.Skapa(individer: [v.Befuktare]);
        Assert.Single(h.Rader);
        h.TaEmot(Testdata.Central(), Nu, null, Saldo, [], [v.Sang]);
        Assert.Equal(Individstatus.PaLager, v.Befuktare.Status);
        Assert.DoesNotContain(v.Sang.Komponenter, k => k.KomponentIndivid == v.Befuktare);
        Assert.Single(v.Sang.Komponenter);
        Assert.Equal(1, v.Sang.AntalKomponenter);
        Assert.Equal(Individstatus.Levererad, v.Sang.Status);
    }
}
