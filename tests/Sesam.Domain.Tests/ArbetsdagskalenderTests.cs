using Sesam.Domain.Gemensamt;

namespace Sesam.Domain.Tests;

public sealed class ArbetsdagskalenderTests
{
    [Theory]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    public void Pask_raknas_ratt(int ar, int manad, int dag) =>
        Assert.Equal(new DateOnly(ar, manad, dag), Arbetsdagskalender.Pasksondag(ar));

    [Theory]
    [InlineData(2026, 1, 1)]
    [InlineData(2026, 1, 6)]
    [InlineData(2026, 4, 3)]
    [InlineData(2026, 4, 6)]
    [InlineData(2026, 5, 1)]
    [InlineData(2026, 5, 14)]
    [InlineData(2026, 6, 6)]
    [InlineData(2026, 6, 19)]
    [InlineData(2026, 12, 24)]
    [InlineData(2026, 12, 25)]
    [InlineData(2026, 12, 31)]
    public void Helgdagar_ar_inte_arbetsdagar(int ar, int manad, int dag) =>
        Assert.False(Arbetsdagskalender.ArArbetsdag(new DateOnly(ar, manad, dag)));

    [Fact]
    public void Vanlig_mandag_ar_arbetsdag() => Assert.True(Arbetsdagskalender.ArArbetsdag(new DateOnly(2026, 11, 23)));

    [Fact]
    public void Helger_hoppas_over()
    {
        Assert.Equal(new DateOnly(2026, 11, 23), Arbetsdagskalender.LaggTillArbetsdagar(new DateOnly(2026, 11, 20), 1));
        Assert.Equal(new DateOnly(2026, 12, 1), Arbetsdagskalender.LaggTillArbetsdagar(new DateOnly(2026, 11, 20), 7));
    }

    [Fact]
    public void Jul_och_nyar_hoppas_over()
    {
        // From Wednesday 23 Dec 2026: 24, 25, 26 (Sat), 27 (Sun) off; 28, 29, 30 working; 31 Dec and 1 Jan off.
        Assert.Equal(new DateOnly(2026, 12, 30), Arbetsdagskalender.LaggTillArbetsdagar(new DateOnly(2026, 12, 23), 3));
        Assert.Equal(new DateOnly(2027, 1, 4), Arbetsdagskalender.LaggTillArbetsdagar(new DateOnly(2026, 12, 23), 4));
    }

    [Fact]
    public void Pasken_hoppas_over()
    {
        // Thursday 2 April 2026 + 1 working day: Långfredag, weekend and Annandag påsk are skipped.
        Assert.Equal(new DateOnly(2026, 4, 7), Arbetsdagskalender.LaggTillArbetsdagar(new DateOnly(2026, 4, 2), 1));
    }
}
