using Sesam.Domain.Organisation;

namespace Sesam.Data;

public static class Centrallager
{
    /// <summary>The central warehouse (Hjälpmedelsverksamhetens lager), the first by id should a region have several:
    /// where central deliveries come from, availability is shown for and hämtordrar are received.</summary>
    public static IQueryable<Lager> Centralt(this IQueryable<Lager> lager) =>
        lager.Where(l => l.Typ == Lagertyp.Centrallager).OrderBy(l => l.Id);
}
