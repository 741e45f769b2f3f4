using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Mottagare;

using Sesam.Domain.Gemensamt;
using Sesam.Domain.Mottagare;

/// <summary>
/// Find a patient by personnummer or a vårdenhet by kundnummer, then go to the mottagare's page. Not a
/// <see cref="Kommando{TFormular, TObjekt}"/>: a posted search (the personnummer never goes in a URL) that changes nothing.
/// </summary>
public sealed class SokMottagare(SesamDbContext db, TimeProvider klocka) : IAnvandningsfall
{
    public sealed record Sokmodell(string? Personnummer, string? Kundnummer, string? PersonnummerFel, string? KundnummerFel);

    public static readonly Sokmodell Tom = new(null, null, null, null);

    public async Task<IActionResult> SokAsync(Controller controller, string? personnummer, string? kundnummer, string? sok, CancellationToken ct)
    {
        // The page has one form per kind of mottagare; the button says which was used, so an empty kundnummer is
        // answered under Kundnummer rather than as a missing personnummer.
        var arVardenhet = sok == "vardenhet" || (sok is null && !string.IsNullOrWhiteSpace(kundnummer) && string.IsNullOrWhiteSpace(personnummer));
        if (arVardenhet)
        {
            if (string.IsNullOrWhiteSpace(kundnummer))
            {
                return Fel(controller, personnummer, kundnummer, null, "Ange kundnummer.");
            }
            var nummer = kundnummer.Trim();
            var vardenhet = await db.Mottagare.AsNoTracking()
                .Where(m => m.Typ == Mottagartyp.Vardenhet && m.Kundnummer == nummer)
                .Select(m => (int?)m.Id)
                .FirstOrDefaultAsync(ct);
            return vardenhet is { } id
                ? controller.Redirect($"/mottagare/{id}")
                : Fel(controller, personnummer, kundnummer, null, $"Det finns ingen vårdenhet med kundnummer {nummer}.");
        }
        if (!Personnummer.TryParse(personnummer, Svensktid.Idag(klocka.GetUtcNow()), out var pnr, out var fel))
        {
            return Fel(controller, personnummer, kundnummer, fel, null);
        }
        var patient = await db.Mottagare.AsNoTracking()
            .Where(m => m.Personnummer == pnr)
            .Select(m => (int?)m.Id)
            .FirstOrDefaultAsync(ct);
        return patient is { } patientId
            ? controller.Redirect($"/mottagare/{patientId}")
            : Fel(controller, personnummer, kundnummer, "Det finns ingen patient med det personnumret i Sesam.", null);
    }

    private static ViewResult Fel(Controller controller, string? personnummer, string? kundnummer, string? personnummerFel, string? kundnummerFel)
    {
        controller.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return controller.View("Index", new Sokmodell(personnummer, kundnummer, personnummerFel, kundnummerFel));
    }
}
