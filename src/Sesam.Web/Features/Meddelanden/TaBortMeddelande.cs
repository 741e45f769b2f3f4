using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain.Meddelanden;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Meddelanden;

/// <summary>"Ta bort meddelande" ticked, then "Verkställ": the message is removed; without the tick it stays and the page says so.</summary>
public sealed class TaBortMeddelande(SesamDbContext db, Meddelandevy vy) : Kommando<TaBortMeddelande.Formular, Meddelande>
{
    /// <param name="Id">From the route.</param>
    /// <param name="TaBort">The tick "Ta bort meddelande".</param>
    public sealed record Formular(int Id, bool TaBort);

    public sealed class Validator : AbstractValidator<Formular>
    {
        public Validator() =>
            RuleFor(f => f.TaBort).Equal(true).WithMessage("Bocka i Ta bort meddelande och klicka på Verkställ för att ta bort meddelandet.");
    }

    public override string Objektnamn => "Meddelandet";

    public override Task<Meddelande?> LaddaAsync(Formular formular, CancellationToken ct) =>
        vy.Mina().SingleOrDefaultAsync(m => m.Id == formular.Id, ct);

    public override Task UtforAsync(Meddelande meddelande, Formular formular, CancellationToken ct)
    {
        db.Meddelanden.Remove(meddelande);
        return Task.CompletedTask;
    }

    public override IActionResult Klart(Controller controller, Meddelande meddelande, Formular formular)
    {
        controller.TempData["Meddelande"] = "Meddelandet är borttaget.";
        return controller.Redirect("/meddelanden");
    }

    public override async Task<IActionResult> VisaFormularAsync(Controller controller, Formular formular, string fel, CancellationToken ct) =>
        await vy.VisaAsync(formular.Id, fel, ct) is { } modell ? controller.View("Visa", modell) : controller.NotFound();
}
