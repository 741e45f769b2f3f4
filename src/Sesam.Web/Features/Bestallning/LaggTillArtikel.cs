using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain.Gemensamt;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Bestallning;

using Sesam.Domain.Bestallningar;
using Sesam.Domain.Katalog;
using Sesam.Domain.Organisation;

/// <summary>
/// "Lägg till" in the cart: the artikel with antal, delivery source and comment. An artikel with an ersättningsartikel
/// first asks which to take. The row is saved as a change of the order itself: a row added while the same cart is sent
/// (another tab) or while a second row is added (a double click) then fails as a concurrent change instead of landing
/// on a sent order or clashing on the row number.
/// </summary>
public sealed class LaggTillArtikel(SesamDbContext db, TimeProvider klocka, Radvy radvy, Varukorgsvy varukorg, Bestallningsvy vy)
    : Kommando<LaggTillForm, Bestallning>
{
    public sealed class Validator : AbstractValidator<LaggTillForm>
    {
        public Validator()
        {
            RuleFor(f => f.Artikelnummer).NotEmpty().When(f => string.IsNullOrWhiteSpace(f.ValdArtikel))
                .WithMessage("Ange artikelnummer eller sök fram en artikel.");
            RuleFor(f => f.Antal).GiltigtRadantal();
            RuleFor(f => f.Kalla).NotNull().WithMessage("Välj Leverans från Hjälpmedelsverksamhet eller Leverans från Eget förråd.");
            RuleFor(f => f.Kommentar).GiltigRadkommentar();
        }
    }

    private Artikel? _artikel;
    private Orderrad? _rad;
    private string _falt = nameof(LaggTillForm.Artikelnummer);

    public override string Objektnamn => "Beställningen";

    /// <summary>The order's next row number, taken by a row added in another tab at the same moment.</summary>
    public override bool ArSamtidigtSkapad(DbUpdateException fel) => true;

    public override Task<Bestallning?> LaddaAsync(LaggTillForm formular, CancellationToken ct) => radvy.VarukorgAsync(formular.Id, null, ct);

    /// <summary>Ersättningsartikel: the replacement is offered preselected and the user confirms or keeps the original.</summary>
    public override async Task<IActionResult?> FragaForstAsync(Controller controller, Bestallning bestallning, LaggTillForm formular, CancellationToken ct)
    {
        if (formular.ValdArtikel is not null || await ArtikelAsync(formular, ct) is not { Ersattningsartikel: { } ersattning } artikel)
        {
            return null;
        }
        var huvud = (await vy.HuvudAsync(bestallning.Id, ct))!;
        return await varukorg.VisaAsync(controller, huvud, formular, null,
            new ErsattningVal(artikel.Artikelnummer, artikel.Benamning, ersattning.Artikelnummer, ersattning.Benamning), ct);
    }

    public override async Task UtforAsync(Bestallning bestallning, LaggTillForm formular, CancellationToken ct)
    {
        var artikel = await ArtikelAsync(formular, ct)
            ?? throw new DomainException($"Det finns ingen artikel med artikelnummer {formular.Artikelnummer?.Trim()}.");
        var original = formular.ValdArtikel is not null && formular.ValdArtikel != formular.Artikelnummer?.Trim()
            ? await HittaAsync(formular.Artikelnummer, ct)
            : null;
        var kalla = formular.Kalla!.Value;
        var lager = await KallLagerAsync(bestallning, kalla, ct);
        var tillgangligt = await db.Lagersaldon.Where(s => s.LagerId == lager.Id && s.ArtikelId == artikel.Id)
            .Select(s => s.Saldo - s.Reserverat).FirstOrDefaultAsync(ct);
        if (artikel.KanBestallas(tillgangligt) is { } hinder)
        {
            throw new DomainException(hinder);
        }
        _rad = bestallning.LaggTillArtikel(artikel, formular.Antal!.Value, kalla, lager, Svensktid.Idag(klocka.GetUtcNow()));
        _falt = nameof(LaggTillForm.Kommentar);
        _rad.AngeKommentar(formular.Kommentar);
        if (original is not null)
        {
            _rad.AngeErsatterArtikel(original);
        }
        db.GorAnsprak(bestallning);
    }

    public override Pdlpost? Pdl(Bestallning bestallning, LaggTillForm formular) =>
        new("Beställning ändrad", $"Artikel {_artikel!.Artikelnummer} lagd till pågående beställning {bestallning.Id}.", bestallning.MottagareId);

    /// <summary>To the row's step when it has something to answer or choose (patientavgift, individ, components), else back to the cart.</summary>
    public override IActionResult Klart(Controller controller, Bestallning bestallning, LaggTillForm formular)
    {
        var behoverSteg = _rad!.PatientavgiftKravs || _artikel!.Individmarkt || _artikel.Komponenter.Count > 0;
        return controller.Redirect(behoverSteg ? $"/bestallning/{bestallning.Id}/rad/{_rad.Id}" : $"/bestallning/{bestallning.Id}");
    }

    public override Task<IActionResult> VisaFormularAsync(Controller controller, LaggTillForm formular, string fel, CancellationToken ct) =>
        varukorg.VisaIgenAsync(controller, formular.Id, formular, _falt, fel, ct);

    private async Task<Artikel?> ArtikelAsync(LaggTillForm formular, CancellationToken ct) =>
        _artikel ??= await HittaAsync(formular.ValdArtikel ?? formular.Artikelnummer, ct);

    private Task<Artikel?> HittaAsync(string? artikelnummer, CancellationToken ct)
    {
        var nummer = artikelnummer?.Trim();
        return string.IsNullOrEmpty(nummer)
            ? Task.FromResult<Artikel?>(null)
            : db.Artiklar
                .Include(a => a.Priser)
                .Include(a => a.Ersattningsartikel)
                .Include(a => a.Komponenter).ThenInclude(k => k.Komponent).ThenInclude(k => k.Priser)
                .AsSplitQuery()
                .SingleOrDefaultAsync(a => a.Artikelnummer == nummer, ct);
    }

    /// <summary>Central deliveries come from the central warehouse; uttag from the tjänsteställe's eget förråd.</summary>
    private async Task<Lager> KallLagerAsync(Bestallning bestallning, Leveranskalla kalla, CancellationToken ct)
    {
        if (kalla == Leveranskalla.Hjalpmedelsverksamhet)
        {
            return await db.Lager.Centralt().FirstAsync(ct);
        }
        _falt = nameof(LaggTillForm.Kalla);
        var forradId = bestallning.Tjanstestalle.ForradId
            ?? throw new DomainException("Tjänstestället har inget eget förråd. Välj Leverans från Hjälpmedelsverksamhet.");
        _falt = nameof(LaggTillForm.Artikelnummer);
        return await db.Lager.SingleAsync(l => l.Id == forradId, ct);
    }
}
