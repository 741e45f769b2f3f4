using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Features.Gemensamt;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Arbetsorder;

using Sesam.Domain.Arbetsordrar;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Individer;
using Sesam.Domain.Katalog;
using Sesam.Domain.Mottagare;

/// <summary>
/// "Registrera arbetsorder" for the active tjänsteställe: the mottagare, the artikel (or the individ's), the individ
/// and the order row, each checked against the others and against what the user may see; an order row is then held
/// until the arbetsorder is avslutad. The arbetsorder's own rules are its constructor's.
/// </summary>
public sealed class RegistreraArbetsorder(SesamDbContext db, AktuellAnvandare aktuell, TimeProvider klocka, NyArbetsorder ny)
    : Skapakommando<RegistreraArbetsorder.Formular, Arbetsorder>
{
    public sealed class Formular
    {
        /// <summary>Personnummer of a patient or kundnummer of a vårdenhet.</summary>
        public string? Mottagare { get; set; }
        public string? Individnummer { get; set; }
        public string? Artikelnummer { get; set; }
        public int? OrderradId { get; set; }
        public Arbetsordertyp? Typ { get; set; }
        public Utforande? Utforande { get; set; }
        public string? Felbeskrivning { get; set; }
        /// <summary>"mottagare" or "tjanstestalle": where the work is done.</summary>
        public string? Adress { get; set; }
        public string? Kontakttelefon { get; set; }
        public string? Kommentar { get; set; }
    }

    /// <summary>The only conflict a new arbetsorder meets is on the order it holds (an utleverans saved meanwhile).</summary>
    public override string Objektnamn => "Beställningen";

    public override async Task<Arbetsorder> SkapaAsync(Formular formular, CancellationToken ct)
    {
        var anvandare = await aktuell.HamtaAsync(ct);
        var tjanstestalle = anvandare.Tjanstestallen.Select(t => t.Tjanstestalle).Single(t => t.Id == aktuell.TjanstestalleId);
        var nu = klocka.GetUtcNow().UtcDateTime;
        var (mottagare, artikel, individ, rad) = await KopplingAsync(formular, ct);
        var adress = formular.Adress == "tjanstestalle" || mottagare is null
            ? tjanstestalle.Adress
            : mottagare.SkyddadIdentitet
                ? throw new DomainException("Mottagaren har skyddad identitet: välj tjänsteställets adress.")
                : mottagare.Adress ?? tjanstestalle.Adress;
        var arbetsorder = new Arbetsorder(tjanstestalle, anvandare, mottagare, artikel, individ, rad,
            new Arbetsorderuppgifter(formular.Typ ?? 0, formular.Utforande ?? 0, formular.Felbeskrivning, adress, formular.Kontakttelefon, formular.Kommentar), nu);
        arbetsorder.Numrera(await Ordernummergenerator.NastaAsync(db, Svensktid.Datum(nu), ct));
        db.Arbetsordrar.Add(arbetsorder);
        if (rad is not null)
        {
            // Claims the order: an utleverans saved meanwhile makes this fail, instead of delivering past the arbetsorder.
            db.GorAnsprak(rad.Bestallning);
        }
        return arbetsorder;
    }

    public override Pdlpost Pdl(Arbetsorder arbetsorder, Formular formular) =>
        new("Ändring", $"Arbetsorder {arbetsorder.Arbetsordernummer} registrerad.", arbetsorder.MottagareId);

    public override IActionResult Klart(Controller controller, Arbetsorder arbetsorder, Formular formular)
    {
        controller.TempData["Meddelande"] = $"Arbetsorder {arbetsorder.Arbetsordernummer} är registrerad."
            + (arbetsorder.Orderrad is { } rad ? $" Beställning {rad.Bestallning.Ordernummer} levereras ut när arbetsordern är avslutad." : "");
        return controller.Redirect($"/arbetsorder/{arbetsorder.Arbetsordernummer}");
    }

    public override async Task<IActionResult> VisaFormularAsync(Controller controller, Formular formular, string fel, CancellationToken ct) =>
        controller.View("Ny", await ny.ModellAsync(formular, fel, ct));

    private async Task<(Mottagare? Mottagare, Artikel Artikel, Individ? Individ, Orderrad? Rad)> KopplingAsync(Formular formular, CancellationToken ct)
    {
        var mottagare = await Mottagaruppslag.HittaAsync(db, formular.Mottagare, Svensktid.Idag(klocka.GetUtcNow()), ct);
        Individ? individ = null;
        if (!string.IsNullOrWhiteSpace(formular.Individnummer))
        {
            individ = await db.Individer.Include(i => i.Artikel).SingleOrDefaultAsync(i => i.Individnummer == formular.Individnummer.Trim(), ct)
                ?? throw new DomainException($"Det finns ingen individ {formular.Individnummer.Trim()}.");
            if (individ.Status == Individstatus.Levererad)
            {
                mottagare ??= await db.Mottagare.SingleAsync(m => m.Id == individ.MottagareId, ct);
                if (individ.MottagareId != mottagare.Id)
                {
                    throw new DomainException($"Individ {individ.Individnummer} är inte levererad till den angivna mottagaren.");
                }
            }
            else if (!(await aktuell.AktivtForradAsync(ct)).Contains(individ.LagerId ?? 0) && mottagare is null)
            {
                throw new DomainException($"Individ {individ.Individnummer} finns varken hos en mottagare eller i ditt förråd. Ange mottagare.");
            }
        }
        var artikel = individ?.Artikel;
        if (!string.IsNullOrWhiteSpace(formular.Artikelnummer))
        {
            var angivenArtikel = await db.Artiklar.SingleOrDefaultAsync(a => a.Artikelnummer == formular.Artikelnummer.Trim(), ct)
                ?? throw new DomainException($"Det finns ingen artikel {formular.Artikelnummer.Trim()}.");
            if (individ is not null && !individ.ArAv(angivenArtikel))
            {
                throw new DomainException($"Individ {individ.Individnummer} är inte av artikel {angivenArtikel.Artikelnummer}.");
            }
            artikel = angivenArtikel;
        }
        if (artikel is null)
        {
            throw new DomainException("Fyll i artikelnummer eller individnummer.");
        }
        if (mottagare is null && individ is null)
        {
            throw new DomainException("Ange mottagarens personnummer (12 siffror) eller vårdenhetens kundnummer.");
        }
        var rad = formular.OrderradId is { } radId
            ? await aktuell.Avgransa(db.Orderrader, r => r.Bestallning.TjanstestalleId)
                .Include(r => r.Bestallning).Include(r => r.Artikel)
                .SingleOrDefaultAsync(r => r.Id == radId, ct)
                ?? throw new DomainException("Orderraden finns inte för tjänstestället du arbetar i.")
            : null;
        return (mottagare, artikel, individ, rad);
    }
}
