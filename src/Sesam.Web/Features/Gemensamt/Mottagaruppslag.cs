using Microsoft.EntityFrameworkCore;
using Sesam.Data;

namespace Sesam.Web.Features.Gemensamt;

using Sesam.Domain.Gemensamt;
using Sesam.Domain.Mottagare;

/// <summary>A mottagare as a user types it in a form: a patient's personnummer (12 digits) or a vårdenhet's kundnummer.</summary>
public static class Mottagaruppslag
{
    /// <returns>The mottagare, tracked; null when nothing was typed.</returns>
    /// <exception cref="DomainException">The text is no valid personnummer, or no mottagare has it.</exception>
    public static async Task<Mottagare?> HittaAsync(SesamDbContext db, string? personnummerEllerKundnummer, DateOnly idag, CancellationToken ct)
    {
        var angiven = personnummerEllerKundnummer?.Trim().Replace("-", "", StringComparison.Ordinal);
        if (string.IsNullOrEmpty(angiven))
        {
            return null;
        }
        if (angiven.Length == 12)
        {
            if (!Personnummer.TryParse(angiven, idag, out var pnr, out var fel))
            {
                throw new DomainException(fel);
            }
            return await db.Mottagare.SingleOrDefaultAsync(m => m.Personnummer == pnr, ct)
                ?? throw new DomainException("Det finns ingen patient med det personnumret i Sesam.");
        }
        return await db.Mottagare.SingleOrDefaultAsync(m => m.Kundnummer == angiven, ct)
            ?? throw new DomainException($"Det finns ingen vårdenhet med kundnummer {angiven}. Ett personnummer skrivs med 12 siffror.");
    }
}
