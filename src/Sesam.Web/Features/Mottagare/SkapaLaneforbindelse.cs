using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Features.Gemensamt;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;
using static Sesam.Web.Features.Mottagare.Mottagarbild;

namespace Sesam.Web.Features.Mottagare;

using Sesam.Domain.Gemensamt;
using Sesam.Domain.Mottagare;

/// <summary>
/// "Skapa pdf" on the låneförbindelse page: the blankett for the chosen devices the patient has now. Not a
/// <see cref="Kommando{TFormular, TObjekt}"/>: a download that changes nothing but the PDL log.
/// </summary>
public sealed class SkapaLaneforbindelse(
    SesamDbContext db, AktuellAnvandare aktuell, Pdl pdl, TimeProvider klocka, IConfiguration konfiguration, Hjalpmedelsfragan fragan,
    IValidator<SkapaLaneforbindelse.Formular> validator) : IAnvandningsfall
{
    public sealed class Formular
    {
        /// <summary>The mottagare, from the route.</summary>
        public int Id { get; set; }
        public string? Mall { get; set; }
        public int[] Individ { get; set; } = [];
        public int[] Rad { get; set; } = [];
    }

    public sealed class Validator : AbstractValidator<Formular>
    {
        public Validator()
        {
            RuleFor(f => f.Mall).Must(m => Laneforbindelse.Mall(m) is not null).WithMessage(Laneforbindelse.IngenMall);
            RuleFor(f => f.Individ.Length + f.Rad.Length).GreaterThan(0).OverridePropertyName("hjalpmedel").WithMessage(Laneforbindelse.IngetHjalpmedel);
        }
    }

    public async Task<IActionResult> KorAsync(Controller controller, Formular formular, CancellationToken ct)
    {
        var huvud = await fragan.HuvudAsync(formular.Id, ct);
        if (huvud is not { Typ: Mottagartyp.Patient })
        {
            return controller.NotFound();
        }
        var (_, hjalpmedel) = await fragan.HjalpmedelAsync(formular.Id, Filter.Inget, ct);
        // Only what the patient has now can be on it: ids of other devices are ignored, never printed.
        var valda = hjalpmedel.Where(h => (h.IndividId is { } i && formular.Individ.Contains(i)) || (h.OrderradId is { } r && formular.Rad.Contains(r))).ToList();
        var validering = await validator.ValidateAsync(formular, ct);
        foreach (var fel in validering.Errors)
        {
            controller.ModelState.AddModelError(fel.PropertyName, fel.ErrorMessage);
        }
        if (validering.IsValid && valda.Count == 0)
        {
            controller.ModelState.AddModelError("hjalpmedel", Laneforbindelse.IngetHjalpmedel);
        }
        if (controller.ModelState.ErrorCount > 0)
        {
            controller.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return controller.View("Laneforbindelse", Laneforbindelsevy.Vy(huvud, hjalpmedel, formular.Mall ?? "", formular.Individ, formular.Rad));
        }

        var mall = Laneforbindelse.Mall(formular.Mall)!;
        var uppgifter = new Laneforbindelseuppgifter(
            Laneforbindelse.Region(konfiguration),
            huvud.Namn,
            huvud.Personnummer,
            huvud.Adress?.ToString(),
            huvud.Skyddad,
            await ForskrivareAsync(valda, ct),
            valda.Any(h => h.Ordernummer is not null) ? string.Join(", ", valda.Select(h => h.Ordernummer).OfType<string>().Distinct()) : null,
            Svensktid.Idag(klocka.GetUtcNow()),
            valda.Select(h => new LanatHjalpmedel(h.Artikelnummer, h.Benamning, h.Individnummer, h.Serienummer)).ToList());
        await pdl.LoggaAsync("Utskrift", $"{mall.Namn} skapad från mottagarbilden (PDF) för {valda.Count} hjälpmedel.", formular.Id, ct);
        return controller.File(Laneforbindelse.Skapa(mall, uppgifter), "application/pdf", $"laneforbindelse-mottagare-{formular.Id}.pdf");
    }

    /// <summary>
    /// Who prescribed the chosen devices: the förskrivare and tjänsteställe of the orders they came on, whoever prints
    /// the blankett later. A device without an order (delivered before Sesam) has no förskrivare on record, so the user
    /// issuing the blankett, in the active tjänsteställe, answers for it.
    /// </summary>
    private async Task<IReadOnlyList<LaneforbindelseForskrivare>> ForskrivareAsync(List<Hjalpmedel> valda, CancellationToken ct)
    {
        var ordrar = valda.Select(h => h.BestallningId).OfType<int>().Distinct().ToList();
        var franOrdrar = await db.Bestallningar.AsNoTracking()
            .Where(b => ordrar.Contains(b.Id))
            .OrderBy(b => b.Id)
            .Select(b => new
            {
                Namn = b.Forskrivare.Fornamn + " " + b.Forskrivare.Efternamn,
                b.Forskrivare.Forskrivarkod,
                Tjanstestalle = b.Tjanstestalle.Namn,
                b.Tjanstestalle.Adress,
                b.Tjanstestalle.Telefon,
            })
            .ToListAsync(ct);
        var forskrivare = franOrdrar.Select(f => new LaneforbindelseForskrivare(f.Namn, f.Forskrivarkod, f.Tjanstestalle, f.Adress.ToString(), f.Telefon)).ToList();
        if (valda.Any(h => h.BestallningId is null))
        {
            var anvandare = await aktuell.HamtaAsync(ct);
            var tjanstestalle = await aktuell.TjanstestalleAsync(ct);
            forskrivare.Add(new LaneforbindelseForskrivare(anvandare.Namn, anvandare.Forskrivarkod, tjanstestalle.Namn, tjanstestalle.Adress.ToString(), tjanstestalle.Telefon));
        }
        return forskrivare.Distinct().ToList();
    }
}
