using Sesam.Domain.Bestallningar;

namespace Sesam.Domain.Tests;

public sealed class OrdernummerTests
{
    [Theory]
    [InlineData(2021, 9, 22, 8086, "21388086")]
    [InlineData(2026, 11, 22, 1, "26470001")]
    [InlineData(2026, 11, 23, 12345, "264812345")]
    [InlineData(2027, 1, 1, 7, "26530007")]
    [InlineData(2024, 12, 30, 42, "25010042")]
    public void Ar_iso_ar_och_vecka_foljt_av_lopnummer(int ar, int manad, int dag, long lopnummer, string forvantat)
    {
        Assert.Equal(forvantat, Ordernummer.Skapa(new DateOnly(ar, manad, dag), lopnummer));
    }

    [Fact]
    public void Lopnummer_maste_vara_positivt()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Ordernummer.Skapa(new DateOnly(2026, 1, 5), 0));
    }

    [Theory]
    [InlineData("21388086", true)]
    [InlineData("264812345", true)]
    [InlineData("2138808", false)]
    [InlineData("21548086", false)]
    [InlineData("21008086", false)]
    [InlineData("2138A086", false)]
    [InlineData(null, false)]
    public void Giltighet(string? text, bool giltigt) => Assert.Equal(giltigt, Ordernummer.ArGiltigt(text));
}
