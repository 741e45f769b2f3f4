using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Sesam.Web.Tests.Infrastruktur;

/// <summary>
/// Runs axe (WCAG 2.0 and 2.1, levels A and AA) on every state of a page a browser test sees: after each page load and
/// after each htmx swap has settled. <see cref="KontrolleraAsync"/> fails the test on any violation, naming the rule,
/// the element and the page.
/// <para>
/// A test that leaves a page while its analysis runs destroys the page's script context: that state goes unchecked
/// (it is listed with any violations) rather than failing the test, as the pages the test goes on to are checked. The
/// state the test ends on is always checked. Holding navigations back until the analysis is done is not possible from
/// a Playwright route handler: the driver handles no other message, so not the analysis's either, until it returns.
/// </para>
/// </summary>
public sealed class Tillganglighet
{
    private static readonly AxeRunOptions Alternativ = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    private readonly IPage _sida;
    private readonly Lock _las = new();
    private readonly List<string> _brister = [];
    private readonly List<string> _ejGranskade = [];
    private Task _pagaende = Task.CompletedTask;

    private Tillganglighet(IPage sida) => _sida = sida;

    /// <summary>Starts watching <paramref name="sida"/>; call before its first navigation.</summary>
    public static async Task<Tillganglighet> BevakaAsync(IPage sida)
    {
        var kontroll = new Tillganglighet(sida);
        sida.Load += (_, _) => kontroll.Granska();
        await sida.ExposeFunctionAsync("sesamSidanAndrad", kontroll.Granska);
        await sida.AddInitScriptAsync("document.addEventListener('htmx:afterSettle', function () { window.sesamSidanAndrad(); });");
        return kontroll;
    }

    /// <summary>Waits for the analyses started so far, checks the page's current state, and fails on any violation found.</summary>
    public async Task KontrolleraAsync()
    {
        Granska();
        Task pagaende;
        lock (_las)
        {
            pagaende = _pagaende;
        }
        await pagaende;
        lock (_las)
        {
            // A state seen twice (its load, then the final check) reports its violations once.
            var brister = _brister.Distinct().ToList();
            Assert.True(brister.Count == 0, $"axe fann {brister.Count} brister mot WCAG 2.1 AA:\n{string.Join("\n", brister)}"
                + (_ejGranskade.Count == 0 ? "" : $"\nLämnade innan de granskats: {string.Join(", ", _ejGranskade)}"));
        }
    }

    private void Granska()
    {
        lock (_las)
        {
            _pagaende = GranskaEfterAsync(_pagaende);
        }
    }

    private async Task GranskaEfterAsync(Task foregaende)
    {
        await foregaende;
        var adress = new Uri(_sida.Url).PathAndQuery;
        AxeResult resultat;
        try
        {
            resultat = await _sida.RunAxe(Alternativ);
        }
        // The page moved on while axe was injected or ran: the script lived in the old document ("axe is not defined"
        // when the new one arrived between injecting and running it). The state is listed as not analysed.
        catch (PlaywrightException ex) when (ex.Message.Contains("Execution context was destroyed", StringComparison.Ordinal)
            || ex.Message.Contains("axe is not defined", StringComparison.Ordinal))
        {
            lock (_las)
            {
                _ejGranskade.Add(adress);
            }
            return;
        }
        lock (_las)
        {
            _brister.AddRange(resultat.Violations.SelectMany(v => v.Nodes.Select(n =>
                $"{adress}: {v.Id} ({v.Impact}) {v.Help} – {n.Target} – {string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))}")));
        }
    }
}
