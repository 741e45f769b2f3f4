using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain.Gemensamt;
using Sesam.Web.Infrastructure;

namespace Sesam.Web.Features.Individ;

using Sesam.Domain.Individer;

/// <summary>
/// "Byt individnummer", confirmed by the user: the new number must not be one another individ has or had (the earlier
/// number stays searchable); a concurrent byte to the same number is stopped by the unique index and answered the same.
/// </summary>
public sealed class BytIndividnummer(SesamDbContext db, Individkort kort, AktuellAnvandare aktuell, TimeProvider klocka)
    : Individandring<BytIndividnummer.Formular>(db, kort)
{
    /// <param name="Nummer">From the route: the number the individ has now.</param>
    public sealed record Formular(string Nummer, int Version, string? NyttIndividnummer, bool Bekraftat) : IIndividformular
    {
        public string Nytt => NyttIndividnummer?.Trim() ?? "";
    }

    public sealed class Validator : AbstractValidator<Formular>
    {
        public Validator() =>
            RuleFor(f => f.Bekraftat).Equal(true).WithMessage("Bocka i att du bekräftar att detta är den individ som ska byta nummer.");
    }

    protected override string Flik => "individinformation";

    protected override string Falt => nameof(Individkort.Formular.NyttIndividnummer);

    protected override IReadOnlyCollection<string> EgnaFalt => [nameof(Formular.Bekraftat)];

    public override async Task UtforAsync(Individ individ, Formular formular, CancellationToken ct)
    {
        if (formular.Nytt.Length > 0 && await NummerAnvantAsync(formular.Nytt, individ.Id, ct))
        {
            throw new DomainException($"Individnummer {formular.Nytt} används redan, eller har använts, av en annan individ.");
        }
        individ.BytIndividnummer(formular.Nytt, klocka.GetUtcNow().UtcDateTime, aktuell.HsaId);
    }

    public override async Task<string?> UnikhetsfelAsync(Individ individ, Formular formular, DbUpdateException fel, CancellationToken ct)
    {
        var individId = await Db.Individer.Where(i => i.Individnummer == formular.Nummer).Select(i => i.Id).SingleOrDefaultAsync(ct);
        return await NummerAnvantAsync(formular.Nytt, individId, ct) ? $"Individnummer {formular.Nytt} används redan av en annan individ." : null;
    }

    protected override string Meddelande(Individ individ, Formular formular) =>
        $"Individnumret är ändrat från {formular.Nummer} till {individ.Individnummer}. Det gamla numret går fortfarande att söka på.";

    protected override Individkort.Formular SomTypat(Formular formular) => new(NyttIndividnummer: formular.NyttIndividnummer, Bekraftat: formular.Bekraftat);

    private async Task<bool> NummerAnvantAsync(string nummer, int individId, CancellationToken ct) =>
        await Db.Individer.AnyAsync(i => i.Individnummer == nummer && i.Id != individId, ct)
        || await Db.Set<IndividHandelse>().AnyAsync(h => h.TidigareIndividnummer == nummer && h.IndividId != individId, ct);
}
