namespace Sesam.Domain.Organisation;

/// <summary>One of the user's tjänsteställen with the kundnummer of its kund.</summary>
/// <param name="Aktivt">The tjänsteställe the user works in now.</param>
public sealed record EgenKund(string Tjanstestalle, string Kundnummer, bool Aktivt);

/// <summary>
/// The Kund field of a search of unit-bound data. The VGR manual lets a user search by "de kundnummer du är kopplad
/// till", and in Sesam a user is attached to a kund through their tjänsteställen. Unit-bound data is seen one
/// tjänsteställe at a time, so the kund of another of the user's tjänsteställen would list nothing; the user is told
/// to switch instead, unless the search already covers every unit's data.
/// </summary>
public static class Kundsok
{
    /// <param name="egna">The user's tjänsteställen.</param>
    /// <param name="allaTjanstestallen">The search covers every unit's data (a patient's complete personnummer).</param>
    /// <returns>Why <paramref name="kundnummer"/> cannot narrow the search, or null when it can.</returns>
    public static string? Hinder(string kundnummer, IReadOnlyCollection<EgenKund> egna, bool allaTjanstestallen)
    {
        var kundens = egna.Where(e => e.Kundnummer == kundnummer).ToList();
        if (kundens.Count == 0)
        {
            // Without an active one the login is stale (its link was just removed) and is about to be signed out.
            return egna.FirstOrDefault(e => e.Aktivt) is { } aktivt
                ? $"Du är inte knuten till kund {kundnummer}. Tjänstestället du arbetar i, {aktivt.Tjanstestalle}, har kundnummer {aktivt.Kundnummer}."
                : $"Du är inte knuten till kund {kundnummer}.";
        }
        return allaTjanstestallen || kundens.Any(e => e.Aktivt)
            ? null
            : $"Kund {kundnummer} hör till {string.Join(", ", kundens.Select(e => e.Tjanstestalle))}, inte till tjänstestället du arbetar i. Byt tjänsteställe högst upp på sidan för att söka där.";
    }
}
