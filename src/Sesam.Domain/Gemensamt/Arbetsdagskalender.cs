namespace Sesam.Domain.Gemensamt;

/// <summary>
/// Swedish working days: weekends and public holidays are not, nor the eves (midsommar-, jul- and
/// nyårsafton) on which the Hjälpmedelscentral does not deliver.
/// </summary>
public static class Arbetsdagskalender
{
    public static bool ArArbetsdag(DateOnly dag) =>
        dag.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !ArHelgdag(dag);

    /// <summary>The date that lies <paramref name="arbetsdagar"/> working days after <paramref name="fran"/>.</summary>
    public static DateOnly LaggTillArbetsdagar(DateOnly fran, int arbetsdagar)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(arbetsdagar);
        var dag = fran;
        var kvar = arbetsdagar;
        while (kvar > 0)
        {
            dag = dag.AddDays(1);
            if (ArArbetsdag(dag))
            {
                kvar--;
            }
        }
        return dag;
    }

    public static bool ArHelgdag(DateOnly dag) => Helgdagar(dag.Year).Contains(dag);

    public static IReadOnlySet<DateOnly> Helgdagar(int ar)
    {
        var pask = Pasksondag(ar);
        var midsommarafton = Enumerable.Range(19, 7).Select(d => new DateOnly(ar, 6, d)).Single(d => d.DayOfWeek == DayOfWeek.Friday);
        var allaHelgons = Enumerable.Range(0, 7).Select(d => new DateOnly(ar, 10, 31).AddDays(d)).Single(d => d.DayOfWeek == DayOfWeek.Saturday);
        return new HashSet<DateOnly>
        {
            new(ar, 1, 1),
            new(ar, 1, 6),
            pask.AddDays(-2),
            pask,
            pask.AddDays(1),
            new(ar, 5, 1),
            pask.AddDays(39),
            pask.AddDays(49),
            new(ar, 6, 6),
            midsommarafton,
            midsommarafton.AddDays(1),
            allaHelgons,
            new(ar, 12, 24),
            new(ar, 12, 25),
            new(ar, 12, 26),
            new(ar, 12, 31),
        };
    }

    /// <summary>Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).</summary>
    public static DateOnly Pasksondag(int ar)
    {
        var a = ar % 19;
        var b = ar / 100;
        var c = ar % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var manad = (h + l - (7 * m) + 114) / 31;
        var dag = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(ar, manad, dag);
    }
}
