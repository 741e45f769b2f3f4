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
/// Creates the hämtorder of <see cref="NyHamtorder"/>'s page for the loaded mottagare, numbered by the number
/// generator like an arbetsorder. A device another user put on a hämtorder a moment before is refused by the
/// database's unique index, answered by naming the device; every check before the change is shown at once, each at the
/// part of the page it concerns, and a bad field keeps everything entered.
/// </summary>
public sealed class SkapaHamtorder(SesamDbContext db, AktuellAnvandare aktuell, TimeProvider klocka, Aterlamningsval val, NyHamtorder sida)
    : Kommando<NyHamtorder.Formular, Aterlamningsval.Borjan>
{
    // Per request, filled by UtforAsync for the answers: the messages by part of the page, the part a later refusal
    // belongs to, the devices chosen (to name those taken meanwhile) and the hämtorder made.
    private readonly Dictionary<string, string> _fel = [];
    private string _falt = "hamtorder";
    private List<int> _individer = [];
    private Hamtorder? _hamtorder;

    public override string Objektnamn => "Hämtordern";

    public override string Samtidighetsmeddelande => Aterlamningsval.AndradesNyss("Hämtordern");

    public override Task<Aterlamningsval.Borjan?> LaddaAsync(NyHamtorder.Formular formular, CancellationToken ct) =>
        val.BorjaAsync(formular.Id, formular.Tjanstestalle, ct);

    public override async Task UtforAsync(Aterlamningsval.Borjan borjan, NyHamtorder.Formular formular, CancellationToken ct)
    {
        var (mottagare, tjanstestalle, bytt) = borjan;
        if (bytt)
        {
            _fel["hamtorder"] = $"Du arbetar nu i {tjanstestalle.Visningsnamn}, inte i tjänstestället som sidan visades för. Kontrollera uppgifterna och skapa hämtordern igen.";
            formular.Tjanstestalle = tjanstestalle.Id;
        }
        var adress = Hamtadress(mottagare, tjanstestalle, formular, _fel);

        var (valda, rader, saknas) = await val.ValdaAsync(formular.Id, formular.Individ, formular.Rad, ct);
        if (saknas)
        {
            // Returned or moved since the page was shown: never create the hämtorder without telling which is missing.
            _fel["hjalpmedel"] = "Något av de valda hjälpmedlen finns inte längre hos mottagaren. Listan nedan är uppdaterad; kontrollera valet och skapa hämtordern igen.";
        }
        if (adress is null || _fel.Count > 0)
        {
            throw new DomainException(_fel.Values.First());
        }
        var uppgifter = new Hamtuppgifter(formular.Hamtplats ?? 0, formular.Adresskalla ?? 0, adress, formular.Portkod, formular.Instruktioner,
            formular.Kontaktperson ?? "", formular.Telefon, formular.Mobiltelefon, formular.Kontakttelefon, formular.Atgard ?? 0, formular.Kommentar);
        var hamtorder = new Hamtorder(mottagare, tjanstestalle, await aktuell.HamtaAsync(ct), klocka.GetUtcNow().UtcDateTime, uppgifter,
            [.. valda.Select(v => (v.Individ, v.Komponenter))], rader);
        hamtorder.Numrera(await Ordernummergenerator.NastaAsync(db, Svensktid.Idag(klocka.GetUtcNow()), ct));
        db.Hamtordrar.Add(hamtorder);
        val.GorAnsprak(valda, rader);
        if (hamtorder.Hamtplats.ArDirekt())
        {
            // An avregistrering: the devices are already back at Hjälpmedel, so it is received at once.
            await Aterlamning.TaEmotAsync(db, hamtorder, klocka.GetUtcNow().UtcDateTime, aktuell.HsaId, ct);
        }
        _hamtorder = hamtorder;
        _individer = [.. valda.SelectMany(v => v.Komponenter.Prepend(v.Individ)).Select(i => i.Id)];
        // What the save may still refuse is another user's change of the chosen devices.
        _falt = "hjalpmedel";
    }

    /// <summary>A unique violation of the open-hämtorder indexes: another hämtorder took one of the devices first.</summary>
    public override async Task<string?> UnikhetsfelAsync(Aterlamningsval.Borjan borjan, NyHamtorder.Formular formular, DbUpdateException fel, CancellationToken ct) =>
        await TagnaAsync(formular, ct);

    /// <summary>A device claimed by a retur or hämtorder saved a moment before: named when a hämtorder took it.</summary>
    public override async Task<string> SamtidighetsmeddelandeAsync(Aterlamningsval.Borjan borjan, NyHamtorder.Formular formular, CancellationToken ct) =>
        await TagnaAsync(formular, ct) ?? Samtidighetsmeddelande;

    public override Pdlpost Pdl(Aterlamningsval.Borjan borjan, NyHamtorder.Formular formular) =>
        new("Registrering", $"Hämtorder {Skapad.Hamtordernummer} skapad för {Skapad.Rader.Count} hjälpmedel.", formular.Id);

    public override IActionResult Klart(Controller controller, Aterlamningsval.Borjan borjan, NyHamtorder.Formular formular)
    {
        controller.TempData["Meddelande"] = Skapad.Hamtplats.ArDirekt()
            ? $"Hämtorder {Skapad.Hamtordernummer} är verkställd: hjälpmedlen är avregistrerade från mottagaren."
            : $"Hämtorder {Skapad.Hamtordernummer} är skapad.";
        return controller.Redirect($"/hamtorder/{Skapad.Hamtordernummer}");
    }

    public override Task<IActionResult> VisaFormularAsync(Controller controller, NyHamtorder.Formular formular, string fel, CancellationToken ct)
    {
        if (_fel.Count == 0)
        {
            _fel[_falt] = fel;
        }
        return sida.VisaMedFelAsync(controller, formular, _fel, ct);
    }

    private async Task<string?> TagnaAsync(NyHamtorder.Formular formular, CancellationToken ct) =>
        await val.UpptagnaAsync(_individer, formular.Rad, ct) is { Count: > 0 } upptagna
            ? $"Någon lade nyss {string.Join(", ", upptagna)} på en annan hämtorder. Hämtordern är inte skapad; kontrollera valet och skapa den igen."
            : null;

    private Hamtorder Skapad => _hamtorder ?? throw new InvalidOperationException("Hämtordern skapades inte.");

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
