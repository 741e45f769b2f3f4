namespace Sesam.Domain.Tests;

using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Individer;
using Sesam.Domain.Katalog;
using Sesam.Domain.Lagerhallning;
using Sesam.Domain.Mottagare;
using Sesam.Domain.Organisation;
using Sesam.Domain.Returer;

public class ReturTests
{
    private static readonly DateTime Nu = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    private sealed class Varld
    {
        public Varld()
        {
            Forrad = Testdata.Forrad();
            Tjanstestalle = Testdata.Tjanstestalle();
            Tjanstestalle.AngeForrad(Forrad);
            Forskrivare = Testdata.Forskrivare(Tjanstestalle);
            Patient = Testdata.Patient();
            var befuktare = Artikel("40111", Artikeltyp.Tillbehor, individmarkt: true);
            Befuktare = Levererad(new Individ("2100600", befuktare, Testdata.Central(), null, Debiteringsform.Hyra, Nu));
            KoptRullstol = new Individ("3000001", Artikel("19961", Artikeltyp.Huvudhjalpmedel, individmarkt: true), Testdata.Central(), null, Debiteringsform.Kop, Nu);
            KoptRullstol.LaggTillKomponent(Artikel("72481", Artikeltyp.Tillbehor), 1);
            KoptRullstol.LaggTillKomponent(befuktare, 1, Befuktare);
            Levererad(KoptRullstol);
            HyrdSang = Levererad(new Individ("1438560", Artikel("75178", Artikeltyp.Huvudhjalpmedel, individmarkt: true), Testdata.Central(), null, Debiteringsform.Hyra, Nu));
            var bestallning = Bestallning.NyForskrivning(Patient, Forskrivare, Forskrivare, Tjanstestalle, Nu);
            Masker = bestallning.LaggTillRad(Artikel("50210", Artikeltyp.Tillbehor), 3, Leveranskalla.EgetForrad, Forrad, Debiteringsform.Hyra, 0m);
            bestallning.SkickaMedUttag("26480001", Guid.NewGuid(), Nu, null, (l, a) => Saldo(l, a, 10), false);
        }

        public Lager Forrad { get; }
        public Tjanstestalle Tjanstestalle { get; }
        public Anvandare Forskrivare { get; }
        public Mottagare Patient { get; }
        public Individ KoptRullstol { get; }
        public Individ Befuktare { get; }
        public Individ HyrdSang { get; }
        public Orderrad Masker { get; }
        public Dictionary<(string, string), Lagersaldo> Saldon { get; } = [];

        public Lagersaldo Saldo(Lager lager, Artikel artikel) => Saldo(lager, artikel, 0);

        public Retur Returnera(IReadOnlyList<ReturIndivid>? individer = null, IReadOnlyList<ReturOrderrad>? rader = null, Anvandare? av = null,
            IEnumerable<Patientavgift>? avgifter = null, IEnumerable<Individ>? huvudhjalpmedel = null) =>
            Retur.Genomfor(Patient, Tjanstestalle, av ?? Forskrivare, Nu.AddDays(5), individer ?? [], rader ?? [], Saldo, avgifter ?? [], huvudhjalpmedel ?? []);

        public static ReturIndivid Val(Individ individ, bool skrota = false, bool skrotaKomponenter = false) =>
            new(individ, skrota, [.. individ.Komponenter.Select(k => k.KomponentIndivid).OfType<Individ>().Select(k => (k, skrotaKomponenter))]);

        public int SaldoI(Lager lager, string artikelnummer) => Saldon.TryGetValue((lager.Nummer, artikelnummer), out var s) ? s.Saldo : 0;

        private Lagersaldo Saldo(Lager lager, Artikel artikel, int start)
        {
            if (!Saldon.TryGetValue((lager.Nummer, artikel.Artikelnummer), out var saldo))
            {
                saldo = new Lagersaldo(lager, artikel, start);
                Saldon[(lager.Nummer, artikel.Artikelnummer)] = saldo;
            }
            return saldo;
        }

        private Individ Levererad(Individ individ)
        {
            individ.Leverera(Patient, DateOnly.FromDateTime(Nu), Nu, null);
            return individ;
        }
    }

    private static Artikel Artikel(string nr, Artikeltyp typ, bool individmarkt = false)
    {
        var a = new Artikel(nr, "Artikel " + nr, "st", typ, "181210");
        a.AngeIndividmarkt(individmarkt);
        return a;
    }

    [Fact]
    public void Returnerade_individer_finns_aterigen_tillgangliga_i_tjanstestallets_forrad()
    {
        var v = new Varld();
        var retur = v.Returnera([Varld.Val(v.KoptRullstol)]);
        Assert.Same(v.Forrad, retur.Lager);
        Assert.Equal([("3000001", false, false), ("2100600", true, false)], retur.Rader.Select(r => (r.Individ!.Individnummer, r.Komponent, r.Skrotad)).ToList());
        Assert.All([v.KoptRullstol, v.Befuktare], i =>
        {
            Assert.Equal(Individstatus.PaLager, i.Status);
            Assert.Equal(Lagerstatus.Tillganglig, i.Lagerstatus);
            Assert.Same(v.Forrad, i.Lager);
            Assert.Null(i.MottagareId);
            Assert.Equal(Individhandelser.Aterlamnad, i.Historik.Last().Typ);
        });
        Assert.Equal(1, v.SaldoI(v.Forrad, "19961"));
        Assert.Equal(1, v.SaldoI(v.Forrad, "40111"));
        Assert.Equal("Anna Andersson", retur.RegistreradAvNamn);
    }

    [Fact]
    public void Skrotade_hjalpmedel_kommer_inte_tillbaka_i_forradet()
    {
        var v = new Varld();
        var retur = v.Returnera([Varld.Val(v.KoptRullstol, skrota: true, skrotaKomponenter: true)], [new ReturOrderrad(v.Masker, Skrota: true)]);
        Assert.All(retur.Rader, r => Assert.True(r.Skrotad));
        Assert.Equal(Individstatus.Skrotad, v.KoptRullstol.Status);
        Assert.Equal(Individstatus.Skrotad, v.Befuktare.Status);
        Assert.Equal(0, v.SaldoI(v.Forrad, "19961"));
        Assert.Equal(7, v.SaldoI(v.Forrad, "50210"));
        Assert.Equal(DateOnly.FromDateTime(Nu.AddDays(5)), v.Masker.AterlamnadDatum);
    }

    [Fact]
    public void En_komponent_som_hjalpmedel_ager_skrotas_inte_bara_for_att_huvudhjalpmedlet_skrotas()
    {
        var v = new Varld();
        var retur = v.Returnera([Varld.Val(v.KoptRullstol, skrota: true)]);
        Assert.Equal([("3000001", true), ("2100600", false)], retur.Rader.Select(r => (r.Individ!.Individnummer, r.Skrotad)).ToList());
        Assert.Equal(Individstatus.Skrotad, v.KoptRullstol.Status);
        Assert.Equal(Individstatus.PaLager, v.Befuktare.Status);
        Assert.Equal(1, v.SaldoI(v.Forrad, "40111"));
    }

    [Fact]
    public void En_komponent_kan_skrotas_fast_huvudhjalpmedlet_kommer_tillbaka()
    {
        var v = new Varld();
        v.Returnera([Varld.Val(v.KoptRullstol, skrotaKomponenter: true)]);
        Assert.Equal(Individstatus.PaLager, v.KoptRullstol.Status);
        Assert.Equal(Individstatus.Skrotad, v.Befuktare.Status);
        Assert.Equal(0, v.SaldoI(v.Forrad, "40111"));
    }

    [Fact]
    public void En_rad_utan_individ_lagger_hela_sitt_antal_i_forradet()
    {
        var v = new Varld();
        v.Returnera(rader: [new ReturOrderrad(v.Masker, Skrota: false)]);
        Assert.Equal(10, v.SaldoI(v.Forrad, "50210"));
        Assert.NotNull(v.Masker.AterlamnadDatum);
        Assert.Equal("Artikel 50210 är inte ett levererat hjälpmedel hos mottagaren.",
            Assert.Throws<DomainException>(() => v.Returnera(rader: [new ReturOrderrad(v.Masker, Skrota: false)])).Message);
    }

    [Fact]
    public void Ett_huvudhjalpmedel_som_hjalpmedel_ager_gar_med_hamtorder_och_ingenting_andras()
    {
        var v = new Varld();
        var fel = Assert.Throws<DomainException>(() => v.Returnera([Varld.Val(v.KoptRullstol), Varld.Val(v.HyrdSang, skrota: true)]));
        Assert.StartsWith("Individ 1438560 är ett huvudhjälpmedel som ägs av Hjälpmedel.", fel.Message, StringComparison.Ordinal);
        Assert.Contains("hämtorder", fel.Message, StringComparison.Ordinal);
        Assert.Equal(Individstatus.Levererad, v.KoptRullstol.Status);
        Assert.Equal(Individstatus.Levererad, v.HyrdSang.Status);
        Assert.DoesNotContain(v.Saldon, s => s.Key.Item1 == v.Forrad.Nummer && s.Key.Item2 != "50210");
        Assert.False(Retur.KanReturneras(Artikeltyp.Huvudhjalpmedel, Debiteringsform.Hyra));
        Assert.True(Retur.KanReturneras(Artikeltyp.Huvudhjalpmedel, Debiteringsform.Kop));
        Assert.True(Retur.KanReturneras(Artikeltyp.Tillbehor, Debiteringsform.Hyra));
    }

    [Fact]
    public void Tjanstestallet_maste_ha_ett_eget_forrad()
    {
        var v = new Varld();
        var utanForrad = Testdata.Tjanstestalle("4799");
        v.Forskrivare.KopplaTill(utanForrad);
        var fel = Assert.Throws<DomainException>(() =>
            Retur.Genomfor(v.Patient, utanForrad, v.Forskrivare, Nu, [Varld.Val(v.KoptRullstol)], [], v.Saldo, [], []));
        Assert.Equal("4799 Rehabmottagningen har inget eget förråd att ta emot returen i. Skicka hjälpmedlen till Hjälpmedel med en hämtorder.", fel.Message);
        Assert.Equal(Individstatus.Levererad, v.KoptRullstol.Status);
    }

    [Fact]
    public void Bara_forskrivare_och_bestallare_kopplade_till_tjanstestallet_gor_retur()
    {
        var v = new Varld();
        var logistik = new Anvandare("SE1-4", "Lars", "Logistiker", Roll.Logistik);
        logistik.KopplaTill(v.Tjanstestalle);
        Assert.Equal("Bara förskrivare och beställare kan göra en retur.", Assert.Throws<DomainException>(() => v.Returnera([Varld.Val(v.KoptRullstol)], av: logistik)).Message);
        var annan = new Anvandare("SE1-6", "David", "Annan", Roll.Forskrivare);
        Assert.Equal("Du är inte kopplad till det valda tjänstestället.", Assert.Throws<DomainException>(() => v.Returnera([Varld.Val(v.KoptRullstol)], av: annan)).Message);
        Assert.Equal("Välj minst ett hjälpmedel att returnera.", Assert.Throws<DomainException>(() => v.Returnera()).Message);
    }

    [Fact]
    public void En_individ_som_inte_finns_hos_mottagaren_kan_inte_returneras()
    {
        var v = new Varld();
        v.Returnera([Varld.Val(v.KoptRullstol)]);
        Assert.Equal("Individ 3000001 finns inte hos mottagaren och kan inte returneras.",
            Assert.Throws<DomainException>(() => v.Returnera([Varld.Val(v.KoptRullstol)])).Message);
    }

    [Fact]
    public void En_komponent_vald_for_sig_tas_bort_fran_sitt_huvudhjalpmedel()
    {
        var v = new Varld();
        var retur = v.Returnera([new ReturIndivid(v.Befuktare, false, [])], huvudhjalpmedel: [v.KoptRullstol]);
        Assert.Single(retur.Rader);
        Assert.Equal(Individstatus.PaLager, v.Befuktare.Status);
        Assert.DoesNotContain(v.KoptRullstol.Komponenter, k => k.KomponentIndivid == v.Befuktare);
        Assert.Equal(Individstatus.Levererad, v.KoptRullstol.Status);
    }

    [Fact]
    public void En_komponent_vald_tillsammans_med_sitt_huvudhjalpmedel_ar_vald_tva_ganger()
    {
        var v = new Varld();
        Assert.Equal("Individ 2100600 är vald två gånger: den följer redan med som komponent.",
            Assert.Throws<DomainException>(() => v.Returnera([Varld.Val(v.KoptRullstol), new ReturIndivid(v.Befuktare, false, [])])).Message);
    }

    [Fact]
    public void En_avgift_under_nittiodagarsregeln_tas_bort_vid_retur()
    {
        var v = new Varld();
        var inom = new Patientavgift(v.Patient, v.Masker, v.Masker.Artikel, 500m, nittioDagarsRegel: true, DateOnly.FromDateTime(Nu), v.KoptRullstol);
        v.Returnera([Varld.Val(v.KoptRullstol)], avgifter: [inom]);
        Assert.Equal(Faktureringsstatus.Borttagen, inom.Status);
    }
}
