namespace Sesam.Domain.Tests;

using Sesam.Domain.Arbetsordrar;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Individer;
using Sesam.Domain.Katalog;
using Sesam.Domain.Lagerhallning;
using Sesam.Domain.Meddelanden;
using Sesam.Domain.Mottagare;
using Sesam.Domain.Organisation;

/// <summary>Logistik's handling of a sent order: plockning reserves stock, individer are chosen, utleverans draws the
/// stock and delivers, restnoterade rows wait, and a lagerpåfyllnad's stock arrives when the unit kvitterar it.</summary>
public sealed class LogistikTests
{
    private static readonly DateTime Nu = Testdata.Nu;

    private sealed class Varld
    {
        public Varld()
        {
            Forrad = Testdata.Forrad();
            Tjanstestalle = Testdata.Tjanstestalle();
            Tjanstestalle.AngeForrad(Forrad);
            Forskrivare = Testdata.Forskrivare(Tjanstestalle);
            Rollator = Testdata.Artikel("19961", individmarkt: true);
            Korg = Testdata.Artikel("72481");
            Korg.AngeIndividmarkt(false);
        }

        public Lager Central { get; } = Testdata.Central();
        public Lager Forrad { get; }
        public Tjanstestalle Tjanstestalle { get; }
        public Anvandare Forskrivare { get; }
        public Mottagare Patient { get; } = Testdata.Patient();
        public Artikel Rollator { get; }
        public Artikel Korg { get; }
        public Dictionary<(Lager, Artikel), Lagersaldo> Saldon { get; } = [];

        public Lagersaldo Saldo(Lager lager, Artikel artikel) =>
            Saldon.TryGetValue((lager, artikel), out var s) ? s : Saldon[(lager, artikel)] = new Lagersaldo(lager, artikel);

        public void Fyll(Lager lager, Artikel artikel, int antal) => Saldon[(lager, artikel)] = new Lagersaldo(lager, artikel, antal);

        public Individ Individ(string nummer, Lager? lager = null) => new(nummer, Rollator, lager ?? Central, null, Debiteringsform.Hyra, Nu);

        public Bestallning Forskrivning(bool samleverans = false, params (Artikel Artikel, int Antal)[] rader)
        {
            var b = Bestallning.NyForskrivning(Patient, Forskrivare, Forskrivare, Tjanstestalle, Nu);
            foreach (var (artikel, antal) in rader)
            {
                b.LaggTillRad(artikel, antal, Leveranskalla.Hjalpmedelsverksamhet, Central, Debiteringsform.Hyra, 10m);
            }
            b.AngeSamleverans(samleverans);
            b.AngeLeverans(Testdata.Leverans(), null, Testdata.Idag);
            b.Skicka("26470001", Guid.NewGuid(), Nu);
            return b;
        }

        public Bestallning Lagerpafyllnad(params (Artikel Artikel, int Antal)[] rader)
        {
            var b = Bestallning.NyLagerpafyllnad(Forskrivare, Tjanstestalle, Forrad, Nu);
            foreach (var (artikel, antal) in rader)
            {
                b.LaggTillRad(artikel, antal, Leveranskalla.Hjalpmedelsverksamhet, Central, Debiteringsform.Hyra, 10m);
            }
            b.AngeLeverans(Testdata.Leverans(), null, Testdata.Idag);
            b.Skicka("26470002", Guid.NewGuid(), Nu);
            return b;
        }
    }

    [Fact]
    public void Plockning_reserverar_saldot_och_utleverans_drar_det()
    {
        var v = new Varld();
        v.Fyll(v.Central, v.Korg, 5);
        var b = v.Forskrivning(rader: (v.Korg, 3));
        b.StartaPlockning(v.Saldo);
        Assert.Equal((5, 3, 2), (v.Saldo(v.Central, v.Korg).Saldo, v.Saldo(v.Central, v.Korg).Reserverat, v.Saldo(v.Central, v.Korg).Tillgangligt));
        b.MarkeraPlockad();
        b.Utleverera(Nu.AddDays(1), null, v.Saldo);
        Assert.Equal((2, 0), (v.Saldo(v.Central, v.Korg).Saldo, v.Saldo(v.Central, v.Korg).Reserverat));
        var rad = Assert.Single(b.Rader);
        Assert.Equal((Radstatus.Levererad, 1, DateOnly.FromDateTime(Nu.AddDays(1))), (rad.Status, rad.Foljesedel, rad.LevereradDatum));
        Assert.Equal(Orderstatus.Utlevererad, b.Status);
    }

    [Fact]
    public void Plockning_utan_saldo_sager_vilken_artikel_och_andrar_ingenting()
    {
        var v = new Varld();
        v.Fyll(v.Central, v.Korg, 1);
        var b = v.Forskrivning(rader: (v.Korg, 3));
        var fel = Assert.Throws<DomainException>(() => b.StartaPlockning(v.Saldo));
        Assert.Equal("Artikel 72481 Säng SB755: 1 tillgängliga i 970 Centrallager, 3 behövs. Restnotera raden eller vänta med plockningen.", fel.Message);
        Assert.Equal(Orderstatus.Registrerad, b.Status);
        Assert.Equal(0, v.Saldo(v.Central, v.Korg).Reserverat);
    }

    [Fact]
    public void En_rad_med_flera_individmarkta_delas_i_en_rad_per_individ_och_varje_individ_valjs()
    {
        var v = new Varld();
        v.Fyll(v.Central, v.Rollator, 2);
        var b = v.Forskrivning(rader: (v.Rollator, 2));
        b.Rader.Single().SvaraPatientavgiftOmKravs();
        b.StartaPlockning(v.Saldo);
        Assert.Equal([(1, 1), (2, 1)], b.Rader.Select(r => (r.Radnummer, r.Antal)).ToList());
        var (forsta, andra) = (v.Individ("1001"), v.Individ("1002"));
        b.ValjIndivid(b.Rader.First(), forsta, Nu, null);
        Assert.Contains("Välj individ för rad 2", Assert.Throws<DomainException>(b.MarkeraPlockad).Message, StringComparison.Ordinal);
        // Choosing the same individ for the second row is refused: it is reserved for the first.
        Assert.Contains("inte tillgänglig", Assert.Throws<DomainException>(() => b.ValjIndivid(b.Rader.Last(), forsta, Nu, null)).Message, StringComparison.Ordinal);
        b.ValjIndivid(b.Rader.Last(), andra, Nu, null);
        Assert.Equal(Lagerstatus.Reserverad, andra.Lagerstatus);
        b.MarkeraPlockad();
        b.Utleverera(Nu, null, v.Saldo);
        Assert.All([forsta, andra], i => Assert.Equal((Individstatus.Levererad, v.Patient), (i.Status, i.Mottagare)));
        Assert.Equal(0, v.Saldo(v.Central, v.Rollator).Saldo);
    }

    [Fact]
    public void Att_byta_individ_slapper_den_forsta_och_individen_maste_finnas_i_radens_lager()
    {
        var v = new Varld();
        v.Fyll(v.Central, v.Rollator, 1);
        var b = v.Forskrivning(rader: (v.Rollator, 1));
        b.StartaPlockning(v.Saldo);
        var (forsta, andra, iForradet) = (v.Individ("1001"), v.Individ("1002"), v.Individ("1003", v.Forrad));
        Assert.Contains("inte tillgänglig i 970 Centrallager", Assert.Throws<DomainException>(() => b.ValjIndivid(b.Rader.Single(), iForradet, Nu, null)).Message, StringComparison.Ordinal);
        b.ValjIndivid(b.Rader.Single(), forsta, Nu, null);
        b.ValjIndivid(b.Rader.Single(), andra, Nu, null);
        Assert.Equal((Lagerstatus.Tillganglig, Lagerstatus.Reserverad), (forsta.Lagerstatus, andra.Lagerstatus));
        Assert.Same(andra, b.Rader.Single().Individ);
    }

    [Fact]
    public void Restnoterad_rad_vantar_och_ordern_gar_tillbaka_till_registrerad_efter_delleverans()
    {
        var v = new Varld();
        v.Fyll(v.Central, v.Korg, 5);
        var b = v.Forskrivning(rader: [(v.Korg, 1), (v.Rollator, 1)]);
        var rollatorrad = b.Rader.Last();
        var tidigare = rollatorrad.AndraLeveransdatum(Testdata.Idag.AddDays(20), restnoterad: true, Testdata.Nu);
        Assert.NotNull(tidigare);
        Assert.Equal((Radstatus.Restnoterad, Testdata.Idag.AddDays(20)), (rollatorrad.Status, rollatorrad.PlaneratLeveransdatum));
        b.StartaPlockning(v.Saldo);
        b.MarkeraPlockad();
        b.Utleverera(Nu, null, v.Saldo);
        // A delivery to a patient has nothing to kvittera, so nobody is told.
        Assert.Empty(b.TaHandelser());
        Assert.Equal(Orderstatus.Registrerad, b.Status);
        Assert.Equal([Radstatus.Levererad, Radstatus.Restnoterad], b.Rader.Select(r => r.Status).ToList());
        Assert.Equal("Beställningen kan inte makuleras: den är delvis levererad.", b.VarforEjMakulerbar());

        // The restnotering is taken away when the stock has come; the row is picked on a second följesedel.
        v.Fyll(v.Central, v.Rollator, 1);
        rollatorrad.AndraLeveransdatum(Testdata.Idag.AddDays(20), restnoterad: false, Testdata.Nu);
        b.StartaPlockning(v.Saldo);
        b.ValjIndivid(rollatorrad, v.Individ("1001"), Nu, null);
        b.MarkeraPlockad();
        b.Utleverera(Nu, null, v.Saldo);
        Assert.Equal(Orderstatus.Utlevererad, b.Status);
        Assert.Equal([1, 2], b.Rader.Select(r => r.Foljesedel!.Value).ToList());
    }

    [Fact]
    public void Samleverans_plockas_inte_medan_en_rad_ar_restnoterad_och_datum_kan_inte_vara_passerat()
    {
        var v = new Varld();
        v.Fyll(v.Central, v.Korg, 5);
        var b = v.Forskrivning(samleverans: true, rader: [(v.Korg, 1), (v.Korg, 2)]);
        Assert.Equal("Det nya leveransdatumet kan inte vara passerat.",
            Assert.Throws<DomainException>(() => b.Rader.First().AndraLeveransdatum(Testdata.Idag.AddDays(-1), true, Testdata.Nu)).Message);
        b.Rader.First().AndraLeveransdatum(Testdata.Idag.AddDays(5), true, Testdata.Nu);
        Assert.StartsWith("Samleverans är vald", Assert.Throws<DomainException>(() => b.StartaPlockning(v.Saldo)).Message, StringComparison.Ordinal);
        b.Rader.First().AndraLeveransdatum(Testdata.Idag.AddDays(5), false, Testdata.Nu);
        b.StartaPlockning(v.Saldo);
        Assert.Contains("innan raden plockas", Assert.Throws<DomainException>(() => b.Rader.First().AndraLeveransdatum(Testdata.Idag.AddDays(9), true, Testdata.Nu)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lagerpafyllnad_blir_tillganglig_i_forradet_forst_nar_den_kvitteras()
    {
        var v = new Varld();
        v.Fyll(v.Central, v.Korg, 10);
        v.Fyll(v.Central, v.Rollator, 1);
        var b = v.Lagerpafyllnad((v.Korg, 4), (v.Rollator, 1));
        Assert.Empty(b.AttKvittera);
        b.StartaPlockning(v.Saldo);
        var rollator = v.Individ("1001");
        b.ValjIndivid(b.Rader.Last(), rollator, Nu, null);
        b.MarkeraPlockad();
        Assert.Empty(b.Utleverera(Nu, null, v.Saldo));
        Assert.Equal(new LagerpafyllnadUtlevererad(b, Nu), Assert.Single(b.TaHandelser()));
        Assert.Equal((6, 0), (v.Saldo(v.Central, v.Korg).Saldo, v.Saldo(v.Forrad, v.Korg).Saldo));
        Assert.Equal((Individstatus.PaLager, Lagerstatus.EjILager, v.Forrad), (rollator.Status, rollator.Lagerstatus, rollator.Lager));
        Assert.Equal(2, b.AttKvittera.Count());

        b.Kvittera(Nu.AddDays(1), null, v.Saldo);
        Assert.Equal((4, 1), (v.Saldo(v.Forrad, v.Korg).Saldo, v.Saldo(v.Forrad, v.Rollator).Saldo));
        Assert.Equal(Lagerstatus.Tillganglig, rollator.Lagerstatus);
        Assert.Empty(b.AttKvittera);
        Assert.Equal("Det finns ingen levererad rad att kvittera.", Assert.Throws<DomainException>(() => b.Kvittera(Nu, null, v.Saldo)).Message);
    }

    [Fact]
    public void Standardkomponenter_sitter_pa_individen_och_plockas_eller_kvitteras_inte_separat()
    {
        var v = new Varld();
        var hjul = Testdata.Artikel("72400");
        var korg = v.Korg;
        v.Rollator.LaggTillKomponent(korg, standard: true);
        v.Rollator.LaggTillKomponent(hjul, standard: false);
        v.Fyll(v.Central, v.Rollator, 1);
        v.Fyll(v.Central, korg, 5);
        v.Fyll(v.Central, hjul, 5);
        var b = Bestallning.NyLagerpafyllnad(v.Forskrivare, v.Tjanstestalle, v.Forrad, Nu);
        var rad = b.LaggTillRad(v.Rollator, 1, Leveranskalla.Hjalpmedelsverksamhet, v.Central, Debiteringsform.Hyra, 10m);
        rad.LaggTillKomponent(korg, 1, standard: true, 1m);
        rad.LaggTillKomponent(hjul, 2, standard: false, 1m);
        b.AngeLeverans(Testdata.Leverans(), null, Testdata.Idag);
        b.Skicka("26470003", Guid.NewGuid(), Nu);
        b.StartaPlockning(v.Saldo);
        Assert.Equal((0, 2), (v.Saldo(v.Central, korg).Reserverat, v.Saldo(v.Central, hjul).Reserverat));
        var rollator = v.Individ("1001");
        b.ValjIndivid(rad, rollator, Nu, null);
        b.MarkeraPlockad();
        b.Utleverera(Nu, null, v.Saldo);
        Assert.Equal((5, 3), (v.Saldo(v.Central, korg).Saldo, v.Saldo(v.Central, hjul).Saldo));
        Assert.Contains(rollator.Komponenter, k => ReferenceEquals(k.Artikel, hjul) && k.Antal == 2);
        b.Kvittera(Nu, null, v.Saldo);
        Assert.Equal((1, 0, 0), (v.Saldo(v.Forrad, v.Rollator).Saldo, v.Saldo(v.Forrad, korg).Saldo, v.Saldo(v.Forrad, hjul).Saldo));
    }

    [Fact]
    public void Avbruten_plockning_slapper_saldo_och_individ_sa_att_raden_kan_restnoteras()
    {
        var v = new Varld();
        v.Fyll(v.Central, v.Rollator, 3);
        var b = v.Forskrivning(rader: (v.Rollator, 2));
        b.StartaPlockning(v.Saldo);
        var individ = v.Individ("1001");
        b.ValjIndivid(b.Rader.First(), individ, Nu, null);
        Assert.Equal(2, v.Saldo(v.Central, v.Rollator).Reserverat);
        b.AvbrytPlockning(Nu, null, v.Saldo);
        Assert.Equal((Orderstatus.Registrerad, 0, Lagerstatus.Tillganglig), (b.Status, v.Saldo(v.Central, v.Rollator).Reserverat, individ.Lagerstatus));
        Assert.All(b.Rader, r => Assert.Null(r.Individ));
        Assert.NotNull(b.Rader.Last().AndraLeveransdatum(Testdata.Idag.AddDays(10), restnoterad: true, Testdata.Nu));
        Assert.Contains("inte registrerad", Assert.Throws<DomainException>(() => b.AvbrytPlockning(Nu, null, v.Saldo)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void En_forskrivning_kvitteras_inte()
    {
        var v = new Varld();
        var b = v.Forskrivning(rader: (v.Korg, 1));
        Assert.Equal("Bara en lagerpåfyllnad kvitteras.", Assert.Throws<DomainException>(() => b.Kvittera(Nu, null, v.Saldo)).Message);
    }

    [Fact]
    public void Meddelanden_gar_till_forskrivaren_och_bestallaren()
    {
        var v = new Varld();
        var b = v.Forskrivning(rader: (v.Korg, 1));
        var rad = b.Rader.Single();
        var planerat = rad.PlaneratLeveransdatum;
        var tidigare = rad.AndraLeveransdatum(new DateOnly(2026, 12, 14), restnoterad: true, Testdata.Nu)!;
        Assert.Equal(new LeveransdatumAndrat(rad, tidigare, Nu), Assert.Single(rad.TaHandelser()));
        var meddelande = Assert.Single(Meddelande.LeveransdatumAndrat(rad, tidigare, Nu));
        Assert.Equal("Leveransdatum ändrat för beställning 26470001.", meddelande.Rubrik);
        Assert.Equal($"Rad 1, artikel 72481 Säng SB755: restnoterad, planerat leveransdatum ändrat från {planerat:yyyy-MM-dd} till 2026-12-14.", meddelande.Text);
        // Saving the same again changes nothing and tells nobody; lifting the restnotering says so.
        Assert.Null(rad.AndraLeveransdatum(new DateOnly(2026, 12, 14), restnoterad: true, Testdata.Nu));
        Assert.Empty(rad.TaHandelser());
        var havd = rad.AndraLeveransdatum(new DateOnly(2026, 12, 14), restnoterad: false, Testdata.Nu)!;
        Assert.Equal("Rad 1, artikel 72481 Säng SB755: restnoteringen är hävd, planerat leveransdatum 2026-12-14.", Assert.Single(Meddelande.LeveransdatumAndrat(rad, havd, Nu)).Text);
        Assert.False(meddelande.ArLast);
        meddelande.MarkeraLast(Nu);
        Assert.True(meddelande.ArLast);
        Assert.Equal("Hämtorder 21042590 är makulerad.", Assert.Single(Meddelande.HamtorderMakulerad(7, "21042590", Nu)).Rubrik);
    }

    [Fact]
    public void Ett_meddelandes_lank_las_tillbaka_som_det_den_leder_till()
    {
        var v = new Varld();
        var b = v.Forskrivning(rader: (v.Korg, 1));
        Assert.Equal(new Lankmal(Lanktyp.Bestallning, b.Id, null), Assert.Single(Meddelande.BestallningMakulerad(b, Nu)).Mal);
        Assert.Equal(new Lankmal(Lanktyp.Bestallning, null, b.Ordernummer), Assert.Single(Meddelande.AutomatiskLagerpafyllnad(v.Forskrivare, b, Nu)).Mal);
        Assert.Equal(new Lankmal(Lanktyp.Hamtorder, null, "21042590"), Assert.Single(Meddelande.HamtorderMakulerad(7, "21042590", Nu)).Mal);
    }
}

internal static class OrderradTestExtensions
{
    public static void SvaraPatientavgiftOmKravs(this Orderrad rad)
    {
        if (rad.PatientavgiftKravs)
        {
            rad.SvaraPatientavgift(true);
        }
    }
}

public sealed class AktivitetTests
{
    private static readonly DateOnly Idag = Testdata.Idag;

    private static Individ Sang() => new("1438560", Testdata.Artikel("75178", individmarkt: true), Testdata.Central(), null, Debiteringsform.Hyra, Testdata.Nu);

    [Fact]
    public void FU_med_intervall_ger_nasta_FU_och_ett_senare_FU_flyttar_det()
    {
        var sang = Sang();
        sang.RegistreraAktivitet(Aktivitetstyp.ForebyggandeUnderhall, Idag.AddDays(-10), null, 12, Idag, Testdata.Nu, "SE-1", "Lars Lindqvist");
        Assert.Equal((Idag.AddDays(-10), Idag.AddDays(-10).AddMonths(12)), (sang.SenasteFu, sang.NastaFu));
        sang.RegistreraAktivitet(Aktivitetstyp.ForebyggandeUnderhall, Idag, "Bromsar justerade", null, Idag, Testdata.Nu, "SE-1", "Lars Lindqvist");
        Assert.Equal((Idag, Idag.AddMonths(12), 12), (sang.SenasteFu, sang.NastaFu, sang.FuIntervallManader));
        // An FU registered late for an earlier date does not move the schedule back.
        sang.RegistreraAktivitet(Aktivitetstyp.ForebyggandeUnderhall, Idag.AddDays(-30), null, null, Idag, Testdata.Nu, "SE-1", "Lars Lindqvist");
        Assert.Equal(Idag, sang.SenasteFu);
        Assert.Equal(3, sang.Aktiviteter.Count);
        Assert.Contains(sang.Historik, h => h.Typ == "FU registrerad");
    }

    [Fact]
    public void En_individ_med_artikelns_FU_intervall_far_sitt_schema_nar_den_levereras()
    {
        var sang = Sang();
        sang.Artikel.AngeFuIntervall(12);
        sang.Leverera(Testdata.Patient(), Idag, Testdata.Nu, null);
        Assert.Equal((12, Idag.AddMonths(12)), (sang.FuIntervallManader, sang.NastaFu));
        var utan = Sang();
        utan.Leverera(Testdata.Patient(), Idag, Testdata.Nu, null);
        Assert.Null(utan.NastaFu);
    }

    [Fact]
    public void Bara_forskrivare_och_bestallare_bestaller_lagerpafyllnad()
    {
        var tjanstestalle = Testdata.Tjanstestalle();
        var forrad = Testdata.Forrad();
        var logistik = new Anvandare("SE-9", "Lars", "Lindqvist", Roll.Logistik);
        logistik.KopplaTill(tjanstestalle);
        Assert.Equal("Bara förskrivare och beställare beställer lagerpåfyllnad.",
            Assert.Throws<DomainException>(() => Bestallning.NyLagerpafyllnad(logistik, tjanstestalle, forrad, Testdata.Nu)).Message);
        Assert.Equal(Ordertyp.Lagerpafyllnad, Bestallning.NyLagerpafyllnad(Testdata.Forskrivare(tjanstestalle), tjanstestalle, forrad, Testdata.Nu).Ordertyp);
    }

    [Fact]
    public void AU_kraver_beskrivning_och_ger_inget_FU_schema()
    {
        var sang = Sang();
        Assert.Equal("Beskriv felet och vad som åtgärdades.",
            Assert.Throws<DomainException>(() => sang.RegistreraAktivitet(Aktivitetstyp.AvhjalpandeUnderhall, Idag, " ", null, Idag, Testdata.Nu, null, "Lars")).Message);
        Assert.Equal("FU-intervall anges bara för förebyggande underhåll.",
            Assert.Throws<DomainException>(() => sang.RegistreraAktivitet(Aktivitetstyp.AvhjalpandeUnderhall, Idag, "Motor bytt", 12, Idag, Testdata.Nu, null, "Lars")).Message);
        sang.RegistreraAktivitet(Aktivitetstyp.AvhjalpandeUnderhall, Idag, "Motor bytt", null, Idag, Testdata.Nu, null, "Lars");
        Assert.Null(sang.NastaFu);
        // An FU without an interval follows the artikel's FU-intervall from the catalogue.
        sang.Artikel.AngeFuIntervall(24);
        sang.RegistreraAktivitet(Aktivitetstyp.ForebyggandeUnderhall, Idag, null, null, Idag, Testdata.Nu, null, "Lars");
        Assert.Equal((24, Idag.AddMonths(24)), (sang.FuIntervallManader, sang.NastaFu));
    }

    [Theory]
    [InlineData(1, 12, "Datum för aktiviteten kan inte vara i framtiden.")]
    [InlineData(0, 0, "FU-intervall anges i hela månader, 1–120.")]
    [InlineData(0, 121, "FU-intervall anges i hela månader, 1–120.")]
    public void Felaktiga_uppgifter_avvisas(int dagarFram, int intervall, string fel)
    {
        var sang = Sang();
        Assert.Equal(fel, Assert.Throws<DomainException>(() =>
            sang.RegistreraAktivitet(Aktivitetstyp.ForebyggandeUnderhall, Idag.AddDays(dagarFram), null, intervall, Idag, Testdata.Nu, null, "Lars")).Message);
        Assert.Empty(sang.Aktiviteter);
        Assert.Equal("Välj typ av aktivitet: FU eller AU.", Assert.Throws<DomainException>(() =>
            sang.RegistreraAktivitet(0, Idag, null, null, Idag, Testdata.Nu, null, "Lars")).Message);
    }
}

public sealed class ArbetsorderOchFelrapportTests
{
    private static readonly DateTime Nu = Testdata.Nu;

    private sealed class Varld
    {
        public Varld()
        {
            Tjanstestalle = Testdata.Tjanstestalle();
            Forskrivare = Testdata.Forskrivare(Tjanstestalle);
            Sang = Testdata.Artikel("75178", individmarkt: true);
            Individ = new Individ("1438560", Sang, Testdata.Central(), null, Debiteringsform.Hyra, Nu);
            Individ.Leverera(Patient, Testdata.Idag, Nu, null);
        }

        public Tjanstestalle Tjanstestalle { get; }
        public Anvandare Forskrivare { get; }
        public Mottagare Patient { get; } = Testdata.Patient();
        public Artikel Sang { get; }
        public Individ Individ { get; }

        public Arbetsorderuppgifter Uppgifter(Utforande utforande = Utforande.UtforesPaPlats, string? telefon = "046-1", string? beskrivning = "Motorn går inte.") =>
            new(Arbetsordertyp.Reparation, utforande, beskrivning, Patient.Adress!, telefon, null);
    }

    [Fact]
    public void Arbetsorder_kraver_beskrivning_och_telefon_utom_nar_hjalpmedlet_lamnas_in()
    {
        var v = new Varld();
        Assert.Equal("Beskriv felet eller den åtgärd du önskar i Felbeskrivning/Information.",
            Assert.Throws<DomainException>(() => new Arbetsorder(v.Tjanstestalle, v.Forskrivare, v.Patient, v.Sang, v.Individ, null, v.Uppgifter(beskrivning: " "), Nu)).Message);
        Assert.StartsWith("Ange ett telefonnummer",
            Assert.Throws<DomainException>(() => new Arbetsorder(v.Tjanstestalle, v.Forskrivare, v.Patient, v.Sang, v.Individ, null, v.Uppgifter(telefon: null), Nu)).Message, StringComparison.Ordinal);
        var lamnas = new Arbetsorder(v.Tjanstestalle, v.Forskrivare, v.Patient, v.Sang, v.Individ, null, v.Uppgifter(Utforande.LamnasTillHjalpmedel, telefon: null), Nu);
        Assert.True(lamnas.ArOppen);
        Assert.Equal("Beskriv vad som utfördes.", Assert.Throws<DomainException>(() => lamnas.Avsluta(" ", "Lars", Nu)).Message);
        Assert.Empty(lamnas.TaHandelser());
        lamnas.Avsluta("Motorn bytt.", "Lars", Nu);
        Assert.Equal(Arbetsorderstatus.Avslutad, lamnas.Status);
        Assert.Equal(new ArbetsorderAvslutad(lamnas, Nu), Assert.Single(lamnas.TaHandelser()));
        Assert.Contains("avslutad och kan inte ändras", Assert.Throws<DomainException>(() => lamnas.Makulera(Nu)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Arbetsorder_kopplad_till_orderrad_haller_utleveransen_tills_den_ar_avslutad()
    {
        var v = new Varld();
        var central = Testdata.Central();
        var handtag = Testdata.Artikel("56283");
        var order = Bestallning.NyForskrivning(v.Patient, v.Forskrivare, v.Forskrivare, v.Tjanstestalle, Nu);
        var rad = order.LaggTillRad(handtag, 1, Leveranskalla.Hjalpmedelsverksamhet, central, Debiteringsform.Hyra, 12m);
        order.AngeLeverans(Testdata.Leverans(), null, Testdata.Idag);
        order.Skicka("26470001", Guid.NewGuid(), Nu);
        var montering = new Arbetsorder(v.Tjanstestalle, v.Forskrivare, v.Patient, handtag, null, rad,
            v.Uppgifter() with { Typ = Arbetsordertyp.Montering, Felbeskrivning = "Montera stödhandtaget på patientens säng." }, Nu);
        montering.Numrera("26470002");
        var saldo = new Lagersaldo(central, handtag, 5);
        order.StartaPlockning((_, _) => saldo);
        order.MarkeraPlockad();
        var oppna = new Dictionary<Orderrad, string> { [rad] = montering.Arbetsordernummer };
        Assert.Equal("Rad 1 väntar på arbetsorder 26470002, som inte är avslutad. Beställningen levereras ut när arbetsordern är avslutad.",
            Assert.Throws<DomainException>(() => order.Utleverera(Nu, null, (_, _) => saldo, oppna)).Message);
        Assert.Equal(1, saldo.Reserverat);
        montering.Avsluta("Monterat.", "Lars", Nu);
        order.Utleverera(Nu, null, (_, _) => saldo, new Dictionary<Orderrad, string>());
        Assert.Equal(Orderstatus.Utlevererad, order.Status);
        // A delivered row takes no new arbetsorder.
        Assert.Contains("inte på väg", Assert.Throws<DomainException>(() =>
            new Arbetsorder(v.Tjanstestalle, v.Forskrivare, v.Patient, handtag, null, rad, v.Uppgifter(), Nu)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Felrapport_kraver_handelsetyp_i_kategorin_beskrivning_och_svar_pa_ersattning_och_kreditering()
    {
        var v = new Varld();
        Felrapportuppgifter Uppgifter(string? typ = "Trasigt gods vid leverans", bool? ersattning = true, DateTime? tid = null) =>
            new(Felrapportkategori.Reklamation, typ, tid ?? Nu.AddHours(-2), "Rollatorn kom med trasig broms.", null, ersattning, false);
        Assert.Equal("Välj typ av händelse.", Assert.Throws<DomainException>(() =>
            new Felrapport(v.Tjanstestalle, v.Forskrivare, Uppgifter("Bemötande"), new(), Nu)).Message);
        Assert.Equal("Ange om ersättningsvara önskas: ja eller nej.", Assert.Throws<DomainException>(() =>
            new Felrapport(v.Tjanstestalle, v.Forskrivare, Uppgifter(ersattning: null), new(), Nu)).Message);
        Assert.Equal("Händelsen kan inte ha inträffat i framtiden.", Assert.Throws<DomainException>(() =>
            new Felrapport(v.Tjanstestalle, v.Forskrivare, Uppgifter(tid: Nu.AddHours(1)), new(), Nu)).Message);
        Assert.Contains("är inte av artikel", Assert.Throws<DomainException>(() =>
            new Felrapport(v.Tjanstestalle, v.Forskrivare, Uppgifter(), new(Artikel: Testdata.Artikel("19961"), Individ: v.Individ), Nu)).Message, StringComparison.Ordinal);
        var rapport = new Felrapport(v.Tjanstestalle, v.Forskrivare, Uppgifter(), new(v.Patient, Individ: v.Individ), Nu);
        Assert.Same(v.Sang, rapport.Artikel);
        rapport.Avsluta("Ny broms skickad.", Nu);
        Assert.Equal(Felrapportstatus.Avslutad, rapport.Status);
        Assert.Equal("Felrapporten är redan avslutad.", Assert.Throws<DomainException>(() => rapport.Avsluta("Igen", Nu)).Message);
        Assert.Equal(new FelrapportAvslutad(rapport, Nu), Assert.Single(rapport.TaHandelser()));
    }
}

public sealed class AutomatiskLagerpafyllnadTests
{
    private static readonly DateTime Nu = Testdata.Nu;

    [Fact]
    public void Under_min_niva_bestalls_pafyllnadsantalet_en_gang_tills_det_kvitteras()
    {
        var forrad = Testdata.Forrad();
        var central = Testdata.Central();
        var tjanstestalle = Testdata.Tjanstestalle();
        tjanstestalle.AngeForrad(forrad);
        var anna = Testdata.Forskrivare(tjanstestalle);
        var mask = Testdata.Artikel("40120");
        var utgangen = Testdata.Artikel("16640");
        utgangen.AngeStatus(Artikelstatus.Utgatt);
        var saldo = new Lagersaldo(forrad, mask, 10);
        saldo.AngeMinNiva(5, 10);
        var utgangetSaldo = new Lagersaldo(forrad, utgangen, 0);
        utgangetSaldo.AngeMinNiva(1, 2);

        saldo.Dra(5, negativtBekraftat: false);
        Assert.False(saldo.BehoverAutomatiskPafyllnad);
        saldo.Dra(1, negativtBekraftat: false);
        Assert.True(saldo.BehoverAutomatiskPafyllnad);

        var pafyllnad = Bestallning.NyAutomatiskLagerpafyllnad(anna, tjanstestalle, central, [saldo, utgangetSaldo], "26470005", Nu)!;
        Assert.True(pafyllnad.Automatisk);
        Assert.Equal((Ordertyp.Lagerpafyllnad, Orderstatus.Registrerad, forrad), (pafyllnad.Ordertyp, pafyllnad.Status, pafyllnad.MottagandeLager));
        // The utgången artikel cannot be ordered and is left out; the mask is ordered with its påfyllnadsantal.
        var rad = Assert.Single(pafyllnad.Rader);
        Assert.Equal((mask, 10), (rad.Artikel, rad.Antal));
        Assert.True(saldo.PafyllnadBestalld);
        Assert.False(saldo.BehoverAutomatiskPafyllnad);

        pafyllnad.StartaPlockning((l, a) => ReferenceEquals(l, forrad) ? saldo : new Lagersaldo(l, a, 50));
        pafyllnad.MarkeraPlockad();
        var centralt = new Lagersaldo(central, mask, 50);
        centralt.Reservera(10);
        pafyllnad.Utleverera(Nu, null, (_, _) => centralt);
        pafyllnad.Kvittera(Nu, null, (_, _) => saldo);
        Assert.Equal(14, saldo.Saldo);
        Assert.False(saldo.PafyllnadBestalld);
        Assert.Null(Bestallning.NyAutomatiskLagerpafyllnad(anna, tjanstestalle, central, [utgangetSaldo], "26470006", Nu));
    }
}
