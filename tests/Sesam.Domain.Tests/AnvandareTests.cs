using Sesam.Domain.Gemensamt;
using Sesam.Domain.Organisation;

namespace Sesam.Domain.Tests;

/// <summary>Min sida → Inställning: the user's own defaults.</summary>
public sealed class AnvandareTests
{
    [Fact]
    public void Standardleveranskallan_kan_sattas_till_eget_forrad_och_tillbaka()
    {
        var anna = Testdata.Forskrivare(Testdata.Tjanstestalle());
        Assert.Equal(Leveranskalla.Hjalpmedelsverksamhet, anna.StandardLeveranskalla);

        anna.AngeStandardLeveranskalla(Leveranskalla.EgetForrad);
        Assert.Equal(Leveranskalla.EgetForrad, anna.StandardLeveranskalla);

        anna.AngeStandardLeveranskalla(Leveranskalla.Hjalpmedelsverksamhet);
        Assert.Equal(Leveranskalla.Hjalpmedelsverksamhet, anna.StandardLeveranskalla);
    }

    [Fact]
    public void Okand_leveranskalla_nekas_och_installningen_ar_kvar()
    {
        var anna = Testdata.Forskrivare(Testdata.Tjanstestalle());
        anna.AngeStandardLeveranskalla(Leveranskalla.EgetForrad);

        var fel = Assert.Throws<DomainException>(() => anna.AngeStandardLeveranskalla((Leveranskalla)7));

        Assert.Contains("Leverans från Hjälpmedelsverksamhet eller Leverans från Eget förråd", fel.Message, StringComparison.Ordinal);
        Assert.Equal(Leveranskalla.EgetForrad, anna.StandardLeveranskalla);
    }

    [Fact]
    public void Standardtjanstestallet_ar_ett_av_de_egna()
    {
        var rehab = Testdata.Tjanstestalle("4711");
        var somn = Testdata.Tjanstestalle("4720");
        var annat = Testdata.Tjanstestalle("4730");
        var anna = Testdata.Forskrivare(rehab);
        anna.KopplaTill(somn);
        Assert.Same(rehab, anna.StandardTjanstestalle);

        anna.AngeStandardTjanstestalle(somn);
        Assert.Same(somn, anna.StandardTjanstestalle);

        var fel = Assert.Throws<DomainException>(() => anna.AngeStandardTjanstestalle(annat));
        Assert.Contains("inte kopplad", fel.Message, StringComparison.Ordinal);
        Assert.Same(somn, anna.StandardTjanstestalle);
    }
}
