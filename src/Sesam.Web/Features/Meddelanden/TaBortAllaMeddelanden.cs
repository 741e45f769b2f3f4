using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Meddelanden;

/// <summary>
/// "Ta bort alla meddelanden": every message of the user's is removed. Not a <see cref="Kommando{TFormular, TObjekt}"/>:
/// it is one set-based delete of the user's own rows, with no object to load, no version and no rule to break.
/// </summary>
public sealed class TaBortAllaMeddelanden(Meddelandevy vy) : IAnvandningsfall
{
    public async Task<IActionResult> KorAsync(Controller controller, CancellationToken ct)
    {
        var antal = await vy.Mina().ExecuteDeleteAsync(ct);
        controller.TempData["Meddelande"] = antal switch
        {
            0 => "Det fanns inga meddelanden att ta bort.",
            1 => "1 meddelande är borttaget.",
            _ => $"{antal} meddelanden är borttagna.",
        };
        return controller.Redirect("/meddelanden");
    }
}
