using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Arbetsorder;

using Sesam.Domain.Mottagare;

/// <summary>
/// The "Registrera arbetsorder" page, filled in from where the user came: an individ, a patient's device or an order row
/// of the active tjänsteställe (another unit's row is not found). Filling in a patient is a read of them, PDL-logged.
/// </summary>
public sealed class NyArbetsorder(SesamDbContext db, AktuellAnvandare aktuell, Pdl pdl) : IAnvandningsfall
{
    public sealed record Nymodell(RegistreraArbetsorder.Formular Form, string Tjanstestalle, string? Kontext, string? Fel);

    /// <summary>The mottagare a new arbetsorder is filled in with.</summary>
    private sealed record Ifylld(int Id, Personnummer? Personnummer, string? Kundnummer);

    public async Task<IActionResult> KorAsync(Controller controller, string? individ, int? orderrad, int? mottagare, string? artikel, CancellationToken ct)
    {
        var form = new RegistreraArbetsorder.Formular { Individnummer = individ, Artikelnummer = artikel, OrderradId = orderrad, Adress = "mottagare" };
        Ifylld? ifylld = null;
        if (orderrad is { } radId)
        {
            var rad = await aktuell.Avgransa(db.Orderrader.AsNoTracking(), r => r.Bestallning.TjanstestalleId)
                .Where(r => r.Id == radId)
                .Select(r => new { r.Artikel.Artikelnummer, Mottagare = r.Bestallning.Mottagare == null ? null
                    : new Ifylld(r.Bestallning.Mottagare.Id, r.Bestallning.Mottagare.Personnummer, r.Bestallning.Mottagare.Kundnummer) })
                .SingleOrDefaultAsync(ct);
            if (rad is null)
            {
                return controller.NotFound();
            }
            form.Artikelnummer = rad.Artikelnummer;
            ifylld = rad.Mottagare;
        }
        else if (mottagare is { } mottagareId)
        {
            ifylld = await db.Mottagare.AsNoTracking().Where(x => x.Id == mottagareId).Select(x => new Ifylld(x.Id, x.Personnummer, x.Kundnummer)).SingleOrDefaultAsync(ct);
            if (ifylld is null)
            {
                return controller.NotFound();
            }
        }
        else if (individ is not null)
        {
            ifylld = await db.Individer.AsNoTracking().Where(i => i.Individnummer == individ && i.Mottagare != null)
                .Select(i => new Ifylld(i.Mottagare!.Id, i.Mottagare.Personnummer, i.Mottagare.Kundnummer)).SingleOrDefaultAsync(ct);
        }
        if (ifylld is not null)
        {
            form.Mottagare = ifylld.Personnummer?.Varde ?? ifylld.Kundnummer;
            await pdl.LoggaAsync("Läsning", "Mottagare ifylld i ny arbetsorder.", ifylld.Id, ct);
        }
        return controller.View("Ny", await ModellAsync(form, null, ct));
    }

    /// <summary>The page's model: the form as given, and the order row it will hold, if any.</summary>
    public async Task<Nymodell> ModellAsync(RegistreraArbetsorder.Formular form, string? fel, CancellationToken ct)
    {
        var sidhuvud = await aktuell.SidhuvudAsync(ct);
        string? kontext = null;
        if (form.OrderradId is { } radId)
        {
            kontext = await aktuell.Avgransa(db.Orderrader.AsNoTracking(), r => r.Bestallning.TjanstestalleId).Where(r => r.Id == radId)
                .Select(r => "Kopplas till rad " + r.Radnummer + " på beställning " + r.Bestallning.Ordernummer + ": beställningen levereras ut när arbetsordern är avslutad.")
                .SingleOrDefaultAsync(ct);
        }
        return new Nymodell(form, sidhuvud.AktivtTjanstestalle, kontext, fel);
    }
}
