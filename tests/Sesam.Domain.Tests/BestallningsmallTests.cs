using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Organisation;

namespace Sesam.Domain.Tests;

public class BestallningsmallTests
{
    private static (Tjanstestalle Tjanstestalle, Anvandare Forskrivare) Enhet()
    {
        var t = Testdata.Tjanstestalle();
        t.AngeForrad(Testdata.Forrad());
        return (t, Testdata.Forskrivare(t));
    }

    [Fact]
    public void En_mall_fyller_pa_tjanstestallets_forrad_och_har_en_rad_per_artikel()
    {
        var (t, anna) = Enhet();
        var mall = new Bestallningsmall("  Rollatortillbehör ", " Korgar och dynor ", t, anna, Testdata.Nu);
        Assert.Equal(("Rollatortillbehör", "Korgar och dynor"), (mall.Namn, mall.Beskrivning));
        Assert.Same(t.Forrad, mall.MottagandeLager);
        var korg = Testdata.Artikel("72481");
        var rad = mall.LaggTill(korg, 4, anna, Testdata.Nu);
        Assert.Equal("Artikel 72481 finns redan i mallen. Ändra antalet under Artiklar i mallen.",
            Assert.Throws<DomainException>(() => mall.LaggTill(korg, 1, anna, Testdata.Nu)).Message);
        mall.AndraAntal(rad, 6, anna, Testdata.Nu.AddDays(1));
        Assert.Equal(6, rad.Antal);
        Assert.Equal(Testdata.Nu.AddDays(1), mall.Andrad);
        Assert.Equal(Radantal.Felmeddelande, Assert.Throws<DomainException>(() => mall.AndraAntal(rad, 0, anna, Testdata.Nu)).Message);
        mall.TaBort(rad, anna, Testdata.Nu);
        Assert.Empty(mall.Rader);
        Assert.Equal("Raden finns inte i beställningsmallen.", Assert.Throws<DomainException>(() => mall.TaBort(rad, anna, Testdata.Nu)).Message);
    }

    [Theory]
    [InlineData("", null, "Ange ett namn på beställningsmallen.")]
    [InlineData("   ", null, "Ange ett namn på beställningsmallen.")]
    public void En_mall_maste_ha_ett_namn(string namn, string? beskrivning, string fel)
    {
        var (t, anna) = Enhet();
        Assert.Equal(fel, Assert.Throws<DomainException>(() => new Bestallningsmall(namn, beskrivning, t, anna, Testdata.Nu)).Message);
        Assert.Equal($"Namnet får vara högst {Bestallningsmall.MaxNamn} tecken.",
            Assert.Throws<DomainException>(() => new Bestallningsmall(new string('x', Bestallningsmall.MaxNamn + 1), null, t, anna, Testdata.Nu)).Message);
    }

    [Fact]
    public void Bara_tjanstestallets_forskrivare_och_bestallare_eller_administratoren_andrar_och_bara_administratoren_tar_bort()
    {
        var (t, anna) = Enhet();
        var annan = new Anvandare("SE1-6", "David", "Dahl", Roll.Forskrivare);
        var logistik = new Anvandare("SE1-4", "Lars", "Lager", Roll.Logistik);
        logistik.KopplaTill(t);
        var admin = new Anvandare("SE1-5", "Ada", "Admin", Roll.Admin);
        Assert.False(Bestallningsmall.FarAndra(annan, t));
        Assert.False(Bestallningsmall.FarAndra(logistik, t));
        Assert.True(Bestallningsmall.FarAndra(admin, t));
        var mall = new Bestallningsmall("Mall", null, t, admin, Testdata.Nu);
        Assert.StartsWith("Bara förskrivare och beställare på tjänstestället", Assert.Throws<DomainException>(() => mall.LaggTill(Testdata.Artikel(), 1, annan, Testdata.Nu)).Message, StringComparison.Ordinal);
        Assert.StartsWith("Bara administratören kan ta bort", Assert.Throws<DomainException>(() => Bestallningsmall.KravFarTaBort(anna)).Message, StringComparison.Ordinal);
        Bestallningsmall.KravFarTaBort(admin);
    }

    [Fact]
    public void Ett_tjanstestalle_utan_forrad_kan_inte_ha_en_mall_for_lagerpafyllnad()
    {
        var t = Testdata.Tjanstestalle("4799");
        var anna = Testdata.Forskrivare(t);
        Assert.Equal("4799 Rehabmottagningen har inget eget förråd: en beställningsmall för lagerpåfyllnad behöver ett mottagande lager.",
            Assert.Throws<DomainException>(() => new Bestallningsmall("Mall", null, t, anna, Testdata.Nu)).Message);
    }
}
