using Sesam.Domain.Bestallningar;

namespace Sesam.Domain.Tests;

public sealed class FoljesedelnummerTests
{
    [Fact]
    public void Ar_ordernumret_bindestreck_och_utleveransens_nummer()
    {
        Assert.Equal("21388086-2", Foljesedelnummer.Skapa("21388086", 2));
        Assert.Equal(("21388086", 2), Foljesedelnummer.Tolka("21388086-2"));
        Assert.Equal(("264812345", 10), Foljesedelnummer.Tolka("264812345-10"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("21388086")]
    [InlineData("21388086-")]
    [InlineData("21388086-0")]
    [InlineData("21388086-12345")]
    [InlineData("21388086-1a")]
    [InlineData("21548086-1")]
    [InlineData("2138808-1")]
    [InlineData("-1")]
    [InlineData("21388086--1")]
    [InlineData("21388086-+1")]
    public void Annat_an_ett_foljesedelnummer_tolkas_inte(string? text) => Assert.Null(Foljesedelnummer.Tolka(text));

    [Fact]
    public void Langsta_mojliga_ryms_i_maxlangden() =>
        Assert.Equal(Foljesedelnummer.MaxLangd, Foljesedelnummer.Skapa("264812345678", 9999).Length);
}
