using Microsoft.AspNetCore.Mvc;
using Sesam.Data;
using Sesam.Domain.Bestallningar;
using Sesam.Domain.Gemensamt;
using Sesam.Domain.Organisation;
using Sesam.Web.Infrastructure;

namespace Sesam.Web.Features.Bestallningsmallar;

/// <summary>"×" on a row: like +, it submits the whole edit form and keeps the other rows' unsaved antal.</summary>
public sealed class TaBortMallrad(SesamDbContext db, AktuellAnvandare aktuell, TimeProvider klocka, Bestallningsmallvy vy)
    : Mallandring<TaBortMallrad.Formular>(db, aktuell, klocka, vy)
{
    public sealed class Formular : Mallformular
    {
        /// <summary>From the route: the row whose × was pressed.</summary>
        public int RadId { get; set; }
    }

    private string _artikelnummer = "";

    protected override Task AndraAsync(Bestallningsmall mall, Formular formular, Anvandare anvandare, DateTime nu, CancellationToken ct)
    {
        var rad = mall.Rader.SingleOrDefault(r => r.Id == formular.RadId) ?? throw new DomainException("Raden finns inte längre i mallen.");
        // The answer names the row, which is gone from the mall once it is removed.
        _artikelnummer = rad.Artikel.Artikelnummer;
        mall.TaBort(rad, anvandare, nu);
        return Task.CompletedTask;
    }

    public override IActionResult Klart(Controller controller, Bestallningsmall mall, Formular formular) =>
        Redigeringssida(controller, mall, formular, $"Artikel {_artikelnummer} är borttagen ur mallen.");
}
