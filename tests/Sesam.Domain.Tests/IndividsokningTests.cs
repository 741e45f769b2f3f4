using Sesam.Domain.Individer;

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

    [Theory]
    [InlineData("30498*", "30498", "30499")]
    [InlineData("1449*", "1449", "144:")]
    [InlineData("12-3*", "12-3", "12-4")]
    public void Prefix_utan_bokstaver_ger_ett_intervall_som_rymmer_alla_nummer_med_prefixet(string monster, string fran, string till)
    {
        Individsokning.TryTolka(monster, out var sokning, out _);
        Assert.Equal((fran, till), sokning.Prefixintervall);
        var intervall = sokning.Prefixintervall!.Value;
        foreach (var nummer in new[] { fran, fran + "0", fran + "999999", fran + "Z" })
        {
            Assert.True(string.CompareOrdinal(nummer, intervall.Fran) >= 0 && string.CompareOrdinal(nummer, intervall.Till) < 0, nummer);
        }
    }

    [Theory]
    [InlineData("AB12*")]
    [InlineData("*30498")]
    [InlineData("30498")]
    [InlineData("*30498*")]
    public void Bokstaver_eller_inget_fast_borjan_ger_inget_intervall(string monster)
    {
        Individsokning.TryTolka(monster, out var sokning, out _);
        Assert.Null(sokning.Prefixintervall);
    }
}
