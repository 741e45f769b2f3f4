using Sesam.Domain.Gemensamt;
using Sesam.Domain.Katalog;

namespace Sesam.Domain.Tests;

public class SokTests
{
    [Theory]
    [InlineData("  Säng  SB755\tÅÄÖ ", "säng sb755 åäö")]
    [InlineData("LYFTBÅGE", "lyftbåge")]
    [InlineData("", "")]
    public void Normalisera_gor_sma_bokstaver_aven_a_a_o_och_ett_mellanslag(string text, string vantat) =>
        Assert.Equal(vantat, Sok.Normalisera(text));

    [Fact]
    public void Termer_delas_pa_mellanslag_utan_dubbletter()
    {
        Assert.Equal(["futura", "600"], Sok.Termer("  Futura   600 futura "));
        Assert.Empty(Sok.Termer("   "));
        Assert.Empty(Sok.Termer(null));
    }

    [Fact]
    public void Sorteringsnyckeln_ger_svensk_ordning_vid_teckenjamforelse()
    {
        string[] namn = ["Öga", "ärtbricka", "Åkdyna", "zebra", "Apa", "Ödla", "10 st"];
        var sorterade = namn.OrderBy(Sok.Sorteringsnyckel, StringComparer.Ordinal).ToArray();
        Assert.Equal(["10 st", "Apa", "zebra", "Åkdyna", "ärtbricka", "Ödla", "Öga"], sorterade);
    }

    [Fact]
    public void Soktexten_innehaller_artikelnummer_benamning_leverantor_levnummer_och_produkt()
    {
        var artikel = new Artikel("19961", "Rollator Dolomite FUTURA 600", "st", Artikeltyp.Huvudhjalpmedel, "120606");
        Assert.Equal("19961 rollator dolomite futura 600", artikel.Soktext);
        artikel.AngeLeverantor(new Leverantor("Invacare AB"), "12070-43-21M");
        artikel.AngeProdukt(new Produkt("Dolomite Futura"));
        Assert.Equal("19961 rollator dolomite futura 600 invacare ab 12070-43-21m dolomite futura", artikel.Soktext);
        Assert.Equal("rollator dolomite futura 600", artikel.Sorteringsnamn);
    }

    [Fact]
    public void Dokument_kraver_titel_och_fullstandig_webbadress()
    {
        var artikel = new Artikel("75178", "Säng", "st", Artikeltyp.Huvudhjalpmedel, "181210");
        artikel.LaggTillDokument(" Bruksanvisning ", new Uri("https://example.se/a.pdf"));
        Assert.Equal("Bruksanvisning", Assert.Single(artikel.Dokument).Titel);
        Assert.Throws<DomainException>(() => artikel.LaggTillDokument(" ", new Uri("https://example.se/a.pdf")));
        Assert.Throws<DomainException>(() => artikel.LaggTillDokument("Fil", new Uri("file:///etc/passwd")));
        Assert.Throws<DomainException>(() => artikel.LaggTillDokument("Relativ", new Uri("/a.pdf", UriKind.Relative)));
    }
}
