using Sesam.Domain.Gemensamt;
using Sesam.Domain.Mottagare;

namespace Sesam.Domain.Tests;

public sealed class PersonnummerTests
{
    private static readonly DateOnly Idag = new(2026, 11, 22);

    [Theory]
    [InlineData("191212121212", "19121212-1212")]
    [InlineData("19121212-1212", "19121212-1212")]
    [InlineData(" 200303030308 ", "20030303-0308")]
    [InlineData("19121212+1212", "19121212-1212")]
    [InlineData("196303630120", "19630363-0120")]
    [InlineData("202611220001", "20261122-0001")]
    public void Giltiga_personnummer_godtas(string text, string formaterat)
    {
        Assert.True(Personnummer.TryParse(text, Idag, out var pnr, out var fel), fel);
        Assert.Equal(formaterat, pnr.Formaterat);
        Assert.Equal(12, pnr.Varde.Length);
    }

    [Theory]
    [InlineData("191212121213", "Kontrollsiffran stämmer inte")]
    [InlineData("200303030303", "Kontrollsiffran stämmer inte")]
    [InlineData("1212121212", "12 siffror, inklusive sekel")]
    [InlineData("121212-1212", "12 siffror, inklusive sekel")]
    [InlineData("19121212121", "ska ha 12 siffror")]
    [InlineData("1912121212123", "ska ha 12 siffror")]
    [InlineData("19121212ABCD", "bara innehålla siffror")]
    [InlineData("abc", "bara innehålla siffror")]
    [InlineData("", "Ange personnummer")]
    [InlineData("   ", "Ange personnummer")]
    [InlineData(null, "Ange personnummer")]
    [InlineData("191213121210", "inget giltigt datum")]
    [InlineData("190002301234", "inget giltigt datum")]
    [InlineData("190002291234", "inget giltigt datum")]
    [InlineData("196303930120", "inget giltigt datum")]
    [InlineData("203001011234", "framtiden")]
    [InlineData("202611230000", "framtiden")]
    public void Ogiltiga_personnummer_avvisas_med_svenskt_meddelande(string? text, string delAvMeddelande)
    {
        Assert.False(Personnummer.TryParse(text, Idag, out _, out var fel));
        Assert.Contains(delAvMeddelande, fel, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_kastar_domanfel_med_meddelandet()
    {
        var ex = Assert.Throws<DomainException>(() => Personnummer.Parse("191212121213", Idag));
        Assert.Contains("Kontrollsiffran", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Samordningsnummer_ger_fodelsedatum_utan_60()
    {
        var pnr = Personnummer.Parse("196303630120", Idag);
        Assert.True(pnr.ArSamordningsnummer);
        Assert.Equal(new DateOnly(1963, 3, 3), pnr.Fodelsedatum);
    }

    [Theory]
    [InlineData("201505050508", 11)]
    [InlineData("200811220003", 18)]
    [InlineData("200811230002", 17)]
    public void Alder_raknas_fran_fodelsedatum(string text, int alder)
    {
        Assert.True(Personnummer.TryParse(text, Idag, out var pnr, out var fel), fel);
        Assert.Equal(alder, pnr.AlderVid(Idag));
    }

    [Fact]
    public void Kontrollsiffran_gor_nio_siffror_giltiga()
    {
        for (var i = 0; i < 500; i++)
        {
            var nio = $"{19 + (i % 80):00}0{1 + (i % 9)}{10 + (i % 18):00}{i % 1000:000}"[..9];
            var pnr = "19" + nio + Personnummer.Kontrollsiffra(nio);
            Assert.True(Personnummer.TryParse(pnr, Idag, out _, out var fel), $"{pnr}: {fel}");
        }
    }

    [Fact]
    public void Lika_varden_ar_lika()
    {
        Assert.Equal(Personnummer.Parse("191212121212", Idag), Personnummer.Parse("19121212-1212", Idag));
        Assert.NotEqual(Personnummer.Parse("191212121212", Idag), Personnummer.Parse("200303030308", Idag));
    }
}
