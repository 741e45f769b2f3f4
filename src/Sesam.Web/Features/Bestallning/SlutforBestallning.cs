using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Features.Gemensamt;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Bestallning;

using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;

/// <summary>
/// "Slutför beställning": the rows, Samleverans and, for central deliveries, the leveransuppgifter. The domain decides
/// whether the rows are complete and the delivery acceptable; its message is shown at the field it concerns.
/// </summary>
public sealed class SlutforBestallning(SesamDbContext db, AktuellAnvandare aktuell, TimeProvider klocka, Bestallningsvy vy, Pdl pdl)
    : Kommando<SlutforForm, Bestallning>
{
    /// <summary>The form's shape; what a delivery needs is the domain's (<see cref="Leveransuppgifter"/>, <see cref="Adress"/>).</summary>
    public sealed class Validator : AbstractValidator<SlutforForm>
    {
        public Validator()
        {
            RuleFor(f => f.Kontaktperson).MaximumLength(100).WithMessage("Kontaktperson får vara högst 100 tecken.");
            RuleFor(f => f.Kontakttelefon).MaximumLength(30).WithMessage("Telefonnumret får vara högst 30 tecken.");
        }
    }

    private DateOnly Idag => Svensktid.Idag(klocka.GetUtcNow());

    public override string Objektnamn => "Beställningen";

    public async Task<IActionResult> VisaAsync(Controller controller, int id, CancellationToken ct)
    {
        var bestallning = await LaddaAsync(new SlutforForm { Id = id }, ct);
        if (bestallning is null)
        {
            return controller.NotFound();
        }
        var forskrivare = await db.Anvandare.AsNoTracking().Where(a => a.Id == bestallning.ForskrivareId)
            .Select(a => new { a.Fornamn, a.Efternamn, a.Telefon }).SingleAsync(ct);
        // Skyddad identitet: the address is never shown, so home delivery must be entered by hand.
        var patientAdress = bestallning.Mottagare is { SkyddadIdentitet: false } m ? m.Adress : null;
        var l = bestallning.Leverans;
        var hem = l?.Till == LeveransTill.HemTillPatient;
        var form = new SlutforForm
        {
            Id = id,
            Samleverans = bestallning.Samleverans,
            Till = l?.Till ?? LeveransTill.MottagningEnhet,
            Gatuadress = hem ? l!.Adress.Gatuadress : patientAdress?.Gatuadress,
            Postnummer = hem ? l!.Adress.Postnummer : patientAdress?.Postnummer,
            Postort = hem ? l!.Adress.Postort : patientAdress?.Postort,
            CareOf = l?.Adress.CareOf,
            Prioritet = l?.Prioritet ?? Leveransprioritet.Normal,
            OvrigInformation = l?.OvrigInformation,
            Kontaktperson = l?.Kontaktperson ?? $"{forskrivare.Fornamn} {forskrivare.Efternamn}",
            Kontakttelefon = l?.Kontakttelefon ?? forskrivare.Telefon,
        };
        return await VisaAsync(controller, bestallning, form, ct);
    }

    public override Task<Bestallning?> LaddaAsync(SlutforForm formular, CancellationToken ct) =>
        Varukorgar.LaddaPagaendeAsync(db, formular.Id, aktuell.Id, ct);

    public override Task UtforAsync(Bestallning bestallning, SlutforForm formular, CancellationToken ct)
    {
        if (bestallning.Ordertyp == Ordertyp.Lagerpafyllnad)
        {
            // Always to the unit: the page offers no choice, and a posted one is not followed.
            formular.Till = LeveransTill.MottagningEnhet;
        }
        var leverans = bestallning.HarCentralLeverans ? Leverans(bestallning, formular) : null;
        bestallning.Slutfor(formular.Samleverans, leverans, bestallning.Mottagare?.Personnummer, Idag);
        return Task.CompletedTask;
    }

    public override Pdlpost Pdl(Bestallning bestallning, SlutforForm formular) =>
        new("Beställning ändrad", $"Leveransuppgifter för pågående beställning {bestallning.Id} sparade.", bestallning.MottagareId);

    public override IActionResult Klart(Controller controller, Bestallning bestallning, SlutforForm formular) =>
        controller.Redirect($"/bestallning/{bestallning.Id}/bekrafta");

    public override async Task<IActionResult> VisaFormularAsync(Controller controller, SlutforForm formular, string fel, CancellationToken ct)
    {
        var bestallning = await LaddaAsync(formular, ct);
        if (bestallning is null)
        {
            return controller.NotFound();
        }
        if (controller.ModelState.ErrorCount == 0)
        {
            controller.ModelState.AddModelError(Falt(fel), fel);
        }
        return await VisaAsync(controller, bestallning, formular, ct);
    }

    private static Leveransuppgifter Leverans(Bestallning bestallning, SlutforForm form)
    {
        var adress = form.Till == LeveransTill.MottagningEnhet
            ? bestallning.Tjanstestalle.Adress
            : new Adress(form.Gatuadress ?? "", form.Postnummer ?? "", form.Postort ?? "", form.CareOf);
        return new Leveransuppgifter(form.Till, adress, form.Prioritet, form.Kontaktperson ?? "", form.Kontakttelefon, form.OvrigInformation);
    }

    /// <summary>The field a domain message is about, by how the domain words it; the summary for the rows' rules.</summary>
    private static string Falt(string fel) =>
        fel.StartsWith("Gatuadress", StringComparison.Ordinal) ? nameof(SlutforForm.Gatuadress)
        : fel.StartsWith("Postnummer", StringComparison.Ordinal) ? nameof(SlutforForm.Postnummer)
        : fel.StartsWith("Postort", StringComparison.Ordinal) ? nameof(SlutforForm.Postort)
        : fel.StartsWith("c/o", StringComparison.Ordinal) || fel.StartsWith("Patienten är under 18", StringComparison.Ordinal) ? nameof(SlutforForm.CareOf)
        : fel.StartsWith("Ange kontaktperson", StringComparison.Ordinal) ? nameof(SlutforForm.Kontaktperson)
        : fel.StartsWith("Telefonnummer", StringComparison.Ordinal) ? nameof(SlutforForm.Kontakttelefon)
        : fel.StartsWith("Övrig information", StringComparison.Ordinal) ? nameof(SlutforForm.OvrigInformation)
        : "";

    private async Task<IActionResult> VisaAsync(Controller controller, Bestallning bestallning, SlutforForm form, CancellationToken ct)
    {
        var huvud = (await vy.HuvudAsync(bestallning.Id, ct))!;
        var minderarig = bestallning.Mottagare?.Personnummer?.AlderVid(Idag) < 18;
        await pdl.LoggaAsync("Beställning läst", $"Slutför beställning {bestallning.Id} visad.", bestallning.MottagareId, ct);
        return controller.View("Slutfor", new SlutforModell(huvud, await vy.RaderAsync(bestallning.Id, ct), form, bestallning.HarCentralLeverans,
            bestallning.Tjanstestalle.Adress.ToString(), minderarig));
    }
}
