using System.Text.RegularExpressions;

namespace Sesam.Web.Tests;

/// <summary>
/// Checks of the repository's source that keep two kinds of bug from coming back: code that reads the machine's
/// clock (Sesam's dates come from the injected TimeProvider, in Swedish time, so tests can fix the instant), and
/// POST forms that do not send their own antiforgery token (answered 400 in a browser).
/// </summary>
public sealed partial class KallkodTests
{
    /// <summary>Files that may read the machine's clock, and why. Paths relative to the repository, with '/'.</summary>
    private static readonly Dictionary<string, string> KlockundantagFiler = new(StringComparer.Ordinal)
    {
        ["tests/Sesam.Web.Tests/Infrastruktur/TestCertifikat.cs"] = "certificates are valid around the real now, which TLS and the browser judge them by",
        ["tests/Sesam.Web.Tests/SithsInloggningTests.cs"] = "an expired certificate, judged by a real-clock Sesam (KorandeApp) like every certificate",
        ["src/Sesam.Tools/Benchmark/Bestallningsscenario.cs"] = "the benchmark prepares carts for a running server, which sends them on its own real clock",
    };

    /// <summary>Composition roots that give the app or a command-line tool the real clock.</summary>
    private static readonly HashSet<string> SystemklockaFiler = new(StringComparer.Ordinal)
    {
        "src/Sesam.Web/SesamApp.cs",
        "src/Sesam.Tools/VerifieraLogg.cs",
        "src/Sesam.Tools/SkapaSkaldata.cs",
    };

    [GeneratedRegex(@"\b(DateTime|DateTimeOffset)\s*\.\s*(Now|UtcNow|Today)\b")]
    private static partial Regex Maskinklocka();

    [GeneratedRegex(@"\bTimeProvider\s*\.\s*System\b")]
    private static partial Regex Systemklocka();

    [GeneratedRegex(@"<form\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Formularstart();

    [GeneratedRegex(@"\bmethod\s*=\s*""post""", RegexOptions.IgnoreCase)]
    private static partial Regex PostMetod();

    [GeneratedRegex(@"\basp-(action|controller|route|page|area)\b")]
    private static partial Regex Routningsattribut();

    [GeneratedRegex(@"\baction\s*=\s*""[^""]+""", RegexOptions.IgnoreCase)]
    private static partial Regex EgenAction();

    [Fact]
    public void Ingen_kod_laser_maskinens_klocka()
    {
        var fynd = new List<string>();
        foreach (var fil in Kallfiler("src", "*.cs", "*.cshtml").Concat(Kallfiler("tests", "*.cs")))
        {
            if (KlockundantagFiler.ContainsKey(fil) || fil == "tests/Sesam.Web.Tests/KallkodTests.cs")
            {
                continue;
            }
            var rader = File.ReadAllLines(Path.Combine(Repo, fil));
            for (var i = 0; i < rader.Length; i++)
            {
                if (Maskinklocka().IsMatch(rader[i]) || (Systemklocka().IsMatch(rader[i]) && !SystemklockaFiler.Contains(fil)))
                {
                    fynd.Add($"{fil}:{i + 1}: {rader[i].Trim()}");
                }
            }
        }
        // Take the instant from the TimeProvider (the app's, or a test's FakeTimeProvider) and today from Svensktid.Idag.
        Assert.Empty(fynd);
    }

    [Fact]
    public void Kontrollen_hittar_maskinens_klocka()
    {
        Assert.Matches(Maskinklocka(), "var idag = DateOnly.FromDateTime(DateTime" + ".Now);");
        Assert.Matches(Maskinklocka(), "var nu = DateTimeOffset" + ".UtcNow;");
        Assert.Matches(Systemklocka(), "new Granskningslogg(options, TimeProvider" + ".System)");
        Assert.DoesNotMatch(Maskinklocka(), "var nu = klocka.GetUtcNow().UtcDateTime;");
    }

    [Fact]
    public void Varje_postformular_skickar_sin_egen_antiforgery_token()
    {
        var utan = Kallfiler("src/Sesam.Web", "*.cshtml").SelectMany(fil => FormularUtanToken(fil, File.ReadAllText(Path.Combine(Repo, fil)))).ToList();
        Assert.Empty(utan);
    }

    [Fact]
    public void Formularkontrollen_hittar_ett_formular_utan_token()
    {
        const string vy = """
            <form method="post" action="/admin/logg/patient"><input name="Personnummer" /></form>
            <form method="post" action="/utloggning">@Html.AntiForgeryToken()<button>Avsluta</button></form>
            <form method="post" asp-controller="Loggutdrag" asp-action="Patient"></form>
            <form method="get" action="/artiklar"></form>
            """;
        Assert.Equal(["vy.cshtml:1"], FormularUtanToken("vy.cshtml", vy));
    }

    /// <summary>
    /// POST forms that render no token: the form tag helper adds one only when it builds the action itself (asp-action
    /// etc.) or the form has no action; a form with a written action needs <c>@Html.AntiForgeryToken()</c>.
    /// </summary>
    private static IEnumerable<string> FormularUtanToken(string fil, string text)
    {
        foreach (Match start in Formularstart().Matches(text))
        {
            var tagg = start.Value;
            if (!PostMetod().IsMatch(tagg) || tagg.Contains("asp-antiforgery=\"true\"", StringComparison.Ordinal))
            {
                continue;
            }
            var slut = text.IndexOf("</form>", start.Index, StringComparison.OrdinalIgnoreCase);
            var innehall = slut < 0 ? text[start.Index..] : text[start.Index..slut];
            var taggHjalparensToken = Routningsattribut().IsMatch(tagg) || !EgenAction().IsMatch(tagg);
            if (tagg.Contains("asp-antiforgery=\"false\"", StringComparison.Ordinal)
                || (!taggHjalparensToken && !innehall.Contains("@Html.AntiForgeryToken()", StringComparison.Ordinal)))
            {
                yield return $"{fil}:{text[..start.Index].Count(c => c == '\n') + 1}";
            }
        }
    }

    private static readonly string Repo = HittaRepo();

    private static IEnumerable<string> Kallfiler(string katalog, params string[] monster) =>
        monster.SelectMany(m => Directory.EnumerateFiles(Path.Combine(Repo, katalog), m, SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(Repo, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private static string HittaRepo()
    {
        for (var katalog = new DirectoryInfo(AppContext.BaseDirectory); katalog is not null; katalog = katalog.Parent)
        {
            if (File.Exists(Path.Combine(katalog.FullName, "Sesam.sln")))
            {
                return katalog.FullName;
            }
        }
        throw new InvalidOperationException("Hittar inte Sesam.sln ovanför testerna.");
    }
}
