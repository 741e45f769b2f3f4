using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Features.Gemensamt;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Mottagare;

using Sesam.Domain.Gemensamt;
using Sesam.Domain.Hamtordrar;
using Sesam.Domain.Mottagare;
using Sesam.Domain.Organisation;

/// <summary>
/// Creates the hämtorder of <see cref="NyHamtorder"/>'s page. Not a <see cref="Kommando{TFormular, TObjekt}"/>: it
/// creates a hämtorder numbered by the number generator, and a device another user put on a hämtorder a moment before
/// is refused by the database's unique index (a plain <see cref="DbUpdateException"/>), which only this use case can
/// tell from a fault and answer by naming the device. A bad field keeps everything entered.
/// </summary>
public sealed class SkapaHamtorder(SesamDbContext db, AktuellAnvandare aktuell, Pdl pdl, TimeProvider klocka, Aterlamningsval val, NyHamtorder sida)
    : IAnvandningsfall
{
    public async Task<IActionResult> KorAsync(Controller controller, int id, NyHamtorder.Formular formular, CancellationToken ct)
    {
        // The binder's own (English) messages for unparsable choices are replaced by the domain's Swedish ones.
        controller.ModelState.Clear();
        if (await val.BorjaAsync(id, formular.Tjanstestalle, ct) is not (var mottagare, var tjanstestalle, var bytt))
        {
            return controller.NotFound();
        }
        var fel = new Dictionary<string, string>();
        if (bytt)
        {
            fel["hamtorder"] = $"Du arbetar nu i {tjanstestalle.Visningsnamn}, inte i tjänstestället som sidan visades för. Kontrollera uppgifterna och skapa hämtordern igen.";
            formular.Tjanstestalle = tjanstestalle.Id;
        }
        var adress = Hamtadress(mottagare, tjanstestalle, formular, fel);

        var (valda, rader, saknas) = await val.ValdaAsync(id, formular.Individ, formular.Rad, ct);
        if (saknas)
        {
            // Returned or moved since the page was shown: never create the hämtorder without telling which is missing.
            fel["hjalpmedel"] = "Något av de valda hjälpmedlen finns inte längre hos mottagaren. Listan nedan är uppdaterad; kontrollera valet och skapa hämtordern igen.";
        }
        if (adress is null || fel.Count > 0)
        {
            return await sida.VisaMedFelAsync(controller, id, formular, fel, ct);
        }
        Hamtorder hamtorder;
        try
        {
            var uppgifter = new Hamtuppgifter(formular.Hamtplats ?? 0, formular.Adresskalla ?? 0, adress, formular.Portkod, formular.Instruktioner,
                formular.Kontaktperson ?? "", formular.Telefon, formular.Mobiltelefon, formular.Kontakttelefon, formular.Atgard ?? 0, formular.Kommentar);
            hamtorder = new Hamtorder(mottagare, tjanstestalle, await aktuell.HamtaAsync(ct), klocka.GetUtcNow().UtcDateTime, uppgifter,
                [.. valda.Select(v => (v.Individ, v.Komponenter))], rader);
        }
        catch (DomainException ex)
        {
            fel["hamtorder"] = ex.Message;
            return await sida.VisaMedFelAsync(controller, id, formular, fel, ct);
        }
        hamtorder.Numrera(await Ordernummergenerator.NastaAsync(db, Svensktid.Idag(klocka.GetUtcNow()), ct));
        db.Hamtordrar.Add(hamtorder);
        val.GorAnsprak(valda, rader);
        if (hamtorder.Hamtplats.ArDirekt())
        {
            // An avregistrering: the devices are already back at Hjälpmedel, so it is received at once.
            await Aterlamning.TaEmotAsync(db, hamtorder, klocka.GetUtcNow().UtcDateTime, aktuell.HsaId, ct);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex)
        {
            // A unique violation of the open-hämtorder indexes, or the concurrency check of a device claimed by a
            // retur or hämtorder saved a moment before: nothing was saved.
            db.ChangeTracker.Clear();
            var upptagna = await val.UpptagnaAsync([.. valda.SelectMany(v => v.Komponenter.Prepend(v.Individ)).Select(i => i.Id)], formular.Rad, ct);
            if (upptagna.Count > 0)
            {
                fel["hjalpmedel"] = $"Någon lade nyss {string.Join(", ", upptagna)} på en annan hämtorder. Hämtordern är inte skapad; kontrollera valet och skapa den igen.";
            }
            else if (ex is DbUpdateConcurrencyException)
            {
                fel["hjalpmedel"] = Aterlamningsval.AndradesNyss("Hämtordern");
            }
            else
            {
                throw;
            }
            return await sida.VisaMedFelAsync(controller, id, formular, fel, ct);
        }
        await pdl.LoggaAsync("Registrering", $"Hämtorder {hamtorder.Hamtordernummer} skapad för {hamtorder.Rader.Count} hjälpmedel.", id, ct);
        controller.TempData["Meddelande"] = hamtorder.Hamtplats.ArDirekt()
            ? $"Hämtorder {hamtorder.Hamtordernummer} är verkställd: hjälpmedlen är avregistrerade från mottagaren."
            : $"Hämtorder {hamtorder.Hamtordernummer} är skapad.";
        return controller.Redirect($"/hamtorder/{hamtorder.Hamtordernummer}");
    }

    /// <summary>The hämtadress chosen: the mottagare's or the tjänsteställe's as stored, or the one typed in. Without a
    /// choice, the address the hämtorderorsak calls for is taken (on a page without script the user may not have chosen).</summary>
    private static Adress? Hamtadress(Mottagare mottagare, Tjanstestalle tjanstestalle, NyHamtorder.Formular f, Dictionary<string, string> fel)
    {
        f.Adresskalla ??= f.Hamtplats switch
        {
            Hamtplats.PaMottagning or Hamtplats.MedPost => Adresskalla.Tjanstestallet,
            Hamtplats.HosPatient or Hamtplats.Dodsbo when !mottagare.SkyddadIdentitet && mottagare.Adress is not null => Adresskalla.Mottagaren,
            _ => null,
        };
        switch (f.Adresskalla)
        {
            case Adresskalla.Mottagaren when mottagare.SkyddadIdentitet || mottagare.Adress is null:
                fel["adress"] = mottagare.SkyddadIdentitet
                    ? "Patienten har skyddad identitet och adressen visas inte i Sesam. Välj tjänsteställets adress eller ange en annan adress."
                    : "Mottagaren har ingen adress i Sesam. Ange en annan adress.";
                return null;
            case Adresskalla.Mottagaren:
                return mottagare.Adress;
            case Adresskalla.Tjanstestallet:
                return tjanstestalle.Adress;
            case Adresskalla.Annan:
                try
                {
                    return new Adress(f.Gatuadress ?? "", f.Postnummer ?? "", f.Postort ?? "", f.CareOf);
                }
                catch (DomainException ex)
                {
                    fel["adress"] = ex.Message;
                    return null;
                }
            default:
                fel["adress"] = "Välj var hämtadressen hämtas från.";
                return null;
        }
    }
}
