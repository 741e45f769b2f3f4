using Sesam.Domain;

namespace Sesam.Domain.Tests;

public sealed class IndividsokningTests
{
    [Theory]
    [InlineData("123*", Sokmatchning.BorjarMed, "123", "123%")]
    [InlineData("*123", Sokmatchning.SlutarMed, "123", "%123")]
    [InlineData("*12*3*", null, null, null)]
    [InlineData("*123*", Sokmatchning.Innehaller, "123", "%123%")]
    [InlineData(" 4383 ", Sokmatchning.Innehaller, "4383", "%4383%")]
    [InlineData("14B_0%", Sokmatchning.Innehaller, "14B_0%", @"%14B\_0\%%")]
    public void Tolkar_jokertecken(string monster, Sokmatchning? matchning, string? text, string? like)
    {
        var ok = Individsokning.TryTolka(monster, out var sokning, out var fel);
        if (matchning is null)
        {
            Assert.False(ok);
            Assert.Contains("först eller sist", fel, StringComparison.Ordinal);
            return;
        }
        Assert.True(ok, fel);
        Assert.Equal(matchning, sokning.Matchning);
        Assert.Equal(text, sokning.Text);
        Assert.Equal(like, sokning.LikeMonster);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("12")]
    [InlineData("*12*")]
    [InlineData("***")]
    public void Kraver_minst_tre_tecken(string? monster)
    {
        Assert.False(Individsokning.TryTolka(monster, out _, out var fel));
        Assert.Contains("minst 3 tecken", fel, StringComparison.Ordinal);
    }

    [Fact]
    public void Matchar_som_monstret_sager()
    {
        Individsokning.TryTolka("144*", out var borjar, out _);
        Individsokning.TryTolka("*560", out var slutar, out _);
        Individsokning.TryTolka("385", out var innehaller, out _);
        Assert.True(borjar.Matchar("1449334"));
        Assert.False(borjar.Matchar("2144900"));
        Assert.True(slutar.Matchar("1438560"));
        Assert.False(slutar.Matchar("1456001"));
        Assert.True(innehaller.Matchar("1438560"));
        Assert.False(innehaller.Matchar(null));
    }
}
