using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain.Gemensamt;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Felrapport;

/// <summary>The "Registrera felrapport" page, with what it concerns filled in from where the user came and the time
/// set to now (Swedish time).</summary>
public sealed class NyFelrapport(SesamDbContext db, AktuellAnvandare aktuell, TimeProvider klocka) : IAnvandningsfall
{
    public sealed record Nymodell(RegistreraFelrapport.Formular Form, string Tjanstestalle, IReadOnlyList<string> Kontext, string? Fel);

    public async Task<IActionResult> KorAsync(Controller controller, string? individ, int? bestallning, string? hamtorder, string? arbetsorder, CancellationToken ct)
    {
        var nu = Svensktid.FranUtc(klocka.GetUtcNow().UtcDateTime);
        var form = new RegistreraFelrapport.Formular
        {
            Individnummer = individ, BestallningId = bestallning, Hamtordernummer = hamtorder, Arbetsordernummer = arbetsorder,
            Datum = nu.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Tid = nu.ToString("HH:mm", CultureInfo.InvariantCulture),
        };
        return controller.View("Ny", await ModellAsync(form, null, ct));
    }

    /// <summary>The page's model: the form as given, and what it concerns (only the active tjänsteställe's order is named).</summary>
    public async Task<Nymodell> ModellAsync(RegistreraFelrapport.Formular form, string? fel, CancellationToken ct)
    {
        var kontext = new List<string>();
        if (form.BestallningId is { } id
            && await aktuell.Avgransa(db.Bestallningar.AsNoTracking(), b => b.TjanstestalleId).Where(b => b.Id == id).Select(b => b.Ordernummer).SingleOrDefaultAsync(ct) is { } ordernummer)
        {
            kontext.Add($"Beställning {ordernummer}");
        }
        if (!string.IsNullOrWhiteSpace(form.Hamtordernummer))
        {
            kontext.Add($"Hämtorder {form.Hamtordernummer}");
        }
        if (!string.IsNullOrWhiteSpace(form.Arbetsordernummer))
        {
            kontext.Add($"Arbetsorder {form.Arbetsordernummer}");
        }
        return new Nymodell(form, (await aktuell.SidhuvudAsync(ct)).AktivtTjanstestalle, kontext, fel);
    }
}
