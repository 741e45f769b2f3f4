using Microsoft.EntityFrameworkCore;
using Sesam.Data;

namespace Sesam.Web.Features.Gemensamt;

/// <summary>A user as typed in a search form's användar-id field: the whole HSA-id, in any case.</summary>
public static class Anvandaruppslag
{
    public sealed record Anvandarid(int Id, string HsaId);

    /// <returns>The user, or null when no user has that id (say <see cref="Okand"/>).</returns>
    public static async Task<Anvandarid?> HittaAsync(SesamDbContext db, string anvandarid, CancellationToken ct)
    {
        // HSA-ids are upper case; one typed in lower case is the same id.
        var versaler = anvandarid.ToUpperInvariant();
        // The database compares with its own UPPER(): EF translates string.ToUpper(), not the culture or comparison overloads.
#pragma warning disable CA1304, CA1311, CA1862
        return await db.Anvandare.AsNoTracking().Where(a => a.HsaId.ToUpper() == versaler).Select(a => new Anvandarid(a.Id, a.HsaId)).FirstOrDefaultAsync(ct);
#pragma warning restore CA1304, CA1311, CA1862
    }

    public static string Okand(string anvandarid) =>
        $"Det finns ingen användare med användar-id {anvandarid}. Ange hela användar-id:t (HSA-id), till exempel SE2321000016-1234.";
}
