using Microsoft.AspNetCore.Mvc;
using Sesam.Web.Features.Gemensamt;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;
using static Sesam.Web.Features.Mottagare.Mottagarbild;

namespace Sesam.Web.Features.Mottagare;

using Sesam.Domain.Mottagare;

/// <summary>
/// "Registrera/skapa → Låneförbindelse": an ansvarsblankett made afterwards, for the devices the patient has now
/// (those of the Hjälpmedel tab). None is ticked at first: the user picks "aktuellt hjälpmedel", as the manuals describe.
/// </summary>
public sealed class Laneforbindelsevy(Hjalpmedelsfragan fragan, Pdl pdl) : IAnvandningsfall
{
    public sealed record Modell(Huvud Mottagare, LaneforbindelseVal Val);

    public async Task<IActionResult> VisaAsync(Controller controller, int id, CancellationToken ct)
    {
        var huvud = await fragan.HuvudAsync(id, ct);
        if (huvud is not { Typ: Mottagartyp.Patient })
        {
            return controller.NotFound();
        }
        var (_, hjalpmedel) = await fragan.HjalpmedelAsync(id, Filter.Inget, ct);
        await pdl.LoggaAsync("Läsning", "Låneförbindelse: patientens hjälpmedel visade för val.", id, ct);
        return controller.View("Laneforbindelse", Vy(huvud, hjalpmedel, Laneforbindelse.Forval(hjalpmedel.Select(h => h.IsoKod)), [], []));
    }

    /// <summary>The page with the user's choice kept: the template and the ticked devices.</summary>
    public static Modell Vy(Huvud huvud, IReadOnlyList<Hjalpmedel> hjalpmedel, string mall, int[] individ, int[] rad) =>
        new(huvud, new LaneforbindelseVal(
            $"/mottagare/{huvud.Id}/laneforbindelse",
            mall,
            hjalpmedel.Select(h => h.IndividId is { } individId
                    ? new LaneforbindelseVal.Alternativ("individ", individId, Etikett(h), individ.Contains(individId))
                    : new LaneforbindelseVal.Alternativ("rad", h.OrderradId!.Value, Etikett(h), rad.Contains(h.OrderradId.Value)))
                .ToList(),
            "hjalpmedel",
            $"/mottagare/{huvud.Id}"));

    private static string Etikett(Hjalpmedel h) =>
        $"{h.Artikelnummer} {h.Benamning}"
        + (h.Individnummer is null ? $", antal {h.Antal}" : $", individ {h.Individnummer}")
        + (h.Levererad is { } levererad ? $", levererad {levererad:yyyy-MM-dd}" : "")
        + (h.Ordernummer is null ? "" : $", beställning {h.Ordernummer}");
}
