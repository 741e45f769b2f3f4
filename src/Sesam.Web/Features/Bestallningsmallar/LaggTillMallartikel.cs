using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Organisation;
using Sesam.Web.Infrastructure;

namespace Sesam.Web.Features.Bestallningsmallar;

/// <summary>
/// "+" on a search hit: the artikel joins the mall with antal 1, to be adjusted under Artiklar i mallen. The button
/// submits the whole edit form, so what the user typed but has not saved comes back on the page as typed.
/// </summary>
public sealed class LaggTillMallartikel(SesamDbContext db, AktuellAnvandare aktuell, TimeProvider klocka, Bestallningsmallvy vy)
    : Mallandring<LaggTillMallartikel.Formular>(db, aktuell, klocka, vy)
{
    public sealed class Formular : Mallformular
    {
        /// <summary>The pressed + button's value.</summary>
        public string? Artikelnummer { get; set; }
    }

    protected override async Task AndraAsync(Bestallningsmall mall, Formular formular, Anvandare anvandare, DateTime nu, CancellationToken ct)
    {
        var nummer = formular.Artikelnummer?.Trim() ?? "";
        var artikel = await Db.Artiklar.SingleOrDefaultAsync(a => a.Artikelnummer == nummer, ct)
            ?? throw new DomainException($"Det finns ingen artikel med artikelnummer {nummer}.");
        mall.LaggTill(artikel, 1, anvandare, nu);
    }

    /// <summary>The unique (mall, artikel) index: another user added the same artikel a moment before.</summary>
    public override Task<string?> UnikhetsfelAsync(Bestallningsmall mall, Formular formular, DbUpdateException fel, CancellationToken ct) =>
        Task.FromResult<string?>("Artikeln lades nyss till i mallen av någon annan. Ändra antalet under Artiklar i mallen.");

    public override IActionResult Klart(Controller controller, Bestallningsmall mall, Formular formular)
    {
        var artikel = mall.Rader.Single(r => r.Artikel.Artikelnummer == formular.Artikelnummer?.Trim()).Artikel;
        return Redigeringssida(controller, mall, formular, $"Artikel {artikel.Artikelnummer} {artikel.Benamning} är tillagd i mallen med antal 1.");
    }
}
