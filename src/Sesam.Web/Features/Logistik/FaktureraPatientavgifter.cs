using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Logistik;

using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;

/// <summary>
/// "Fakturera": the chosen due fees become Fakturerad today. A fee that came back or was invoiced by someone else
/// before the page was sent is left out and counted, the rest are invoiced; one changed while they are invoiced
/// refuses them all. Each invoiced fee is PDL-logged for its patient (<see cref="PatientavgiftFaktureradHanterare"/>).
/// </summary>
public sealed class FaktureraPatientavgifter(SesamDbContext db, Patientavgiftsvy vy, TimeProvider klocka)
    : Kommando<FaktureraPatientavgifter.Formular, List<Patientavgift>>
{
    /// <param name="Avgift">The ids of the ticked fees.</param>
    public sealed record Formular(int[]? Avgift)
    {
        public IReadOnlyList<int> Valda => (Avgift ?? []).Distinct().ToList();
    }

    public sealed class Validator : AbstractValidator<Formular>
    {
        public Validator() => RuleFor(f => f.Valda).NotEmpty().WithMessage("Välj de avgifter som ska faktureras.");
    }

    public override string Objektnamn => "Avgifterna";

    public override string Samtidighetsmeddelande =>
        "Någon annan fakturerade eller ändrade en av avgifterna samtidigt. Inget fakturerades; kontrollera listan och försök igen.";

    public override async Task<List<Patientavgift>?> LaddaAsync(Formular formular, CancellationToken ct)
    {
        var valda = formular.Valda;
        var idag = Svensktid.Idag(klocka.GetUtcNow());
        return await db.Patientavgifter.Where(a => valda.Contains(a.Id) && a.Status == Faktureringsstatus.SkaFaktureras && a.FakturerbarFran <= idag)
            .ToListAsync(ct);
    }

    public override Task UtforAsync(List<Patientavgift> avgifter, Formular formular, CancellationToken ct)
    {
        var idag = Svensktid.Idag(klocka.GetUtcNow());
        avgifter.ForEach(a => a.Fakturera(idag));
        return Task.CompletedTask;
    }

    public override IActionResult Klart(Controller controller, List<Patientavgift> avgifter, Formular formular)
    {
        var utelamnade = formular.Valda.Count - avgifter.Count;
        controller.TempData["Meddelande"] = (avgifter.Count == 1 ? "1 avgift är fakturerad." : $"{avgifter.Count} avgifter är fakturerade.")
            + (utelamnade == 0 ? "" : $" {utelamnade} av de valda var redan fakturerade, borttagna eller inte förfallna och fakturerades inte.");
        return controller.Redirect("/logistik/patientavgifter");
    }

    public override Task<IActionResult> VisaFormularAsync(Controller controller, Formular formular, string fel, CancellationToken ct) =>
        vy.VisaMedFelAsync(controller, formular.Valda.ToList(), fel, ct);
}

/// <summary>An invoiced fee changes the patient's record: PDL-logged for the patient.</summary>
public sealed class PatientavgiftFaktureradHanterare : Handelsehanterare<PatientavgiftFakturerad>
{
    protected override Task<IReadOnlyList<Pdlpost>> HanteraAsync(PatientavgiftFakturerad handelse, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Pdlpost>>([new Pdlpost("Ändring", "Patientavgift fakturerad.", handelse.Avgift.MottagareId)]);
}
