using FluentValidation;
using Sesam.Data;
using Sesam.Domain.Gemensamt;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Kommandon;

namespace Sesam.Web.Features.Individ;

using Sesam.Domain.Individer;

/// <summary>
/// "Registrera aktivitet": FU or AU done by Hjälpmedel's technicians, registered by Logistik for any individ (the route's
/// policy; no förråd is required). The rules on the aktivitet and the next FU are the domain's.
/// </summary>
public sealed class RegistreraAktivitet(SesamDbContext db, Individkort kort, AktuellAnvandare aktuell, TimeProvider klocka)
    : Individandring<RegistreraAktivitet.Formular>(db, kort)
{
    /// <summary>The form as typed, kept when it is refused.</summary>
    public sealed class Aktivitetsformular
    {
        public Aktivitetstyp? Typ { get; set; }
        public DateOnly? Datum { get; set; }
        public string? Beskrivning { get; set; }
        public int? FuIntervall { get; set; }
    }

    /// <param name="Nummer">From the route.</param>
    public sealed record Formular(string Nummer, int Version, Aktivitetsformular? Aktivitet) : IIndividformular
    {
        /// <summary>The aktivitet's fields, empty when none was posted.</summary>
        public Aktivitetsformular Uppgifter => Aktivitet ?? new Aktivitetsformular();
    }

    public sealed class Validator : AbstractValidator<Formular>
    {
        public Validator() =>
            RuleFor(f => f.Uppgifter.Datum).NotNull().WithMessage("Ange datum för aktiviteten (ÅÅÅÅ-MM-DD).");
    }

    protected override string Flik => "aktiviteter";

    protected override string Falt => nameof(Individkort.Formular.Aktivitet);

    public override Andringskrav? Krav(Individ individ) => null;

    public override async Task UtforAsync(Individ individ, Formular formular, CancellationToken ct)
    {
        var namn = (await aktuell.SidhuvudAsync(ct)).Namn;
        var tid = klocka.GetUtcNow().UtcDateTime;
        var aktivitet = formular.Uppgifter;
        // A double click must not register the same aktivitet twice: the individ's version guards it.
        Db.GorAnsprak(individ);
        individ.RegistreraAktivitet(aktivitet.Typ ?? 0, aktivitet.Datum!.Value, aktivitet.Beskrivning, aktivitet.FuIntervall,
            Svensktid.Datum(tid), tid, aktuell.HsaId, namn);
    }

    protected override string Meddelande(Individ individ, Formular formular) =>
        $"{(formular.Uppgifter.Typ ?? 0).Text()} {formular.Uppgifter.Datum:yyyy-MM-dd} är registrerad."
        + (individ.NastaFu is { } nasta && formular.Uppgifter.Typ == Aktivitetstyp.ForebyggandeUnderhall ? $" Nästa FU {nasta:yyyy-MM-dd}." : "");

    protected override Individkort.Formular SomTypat(Formular formular) => new(Aktivitet: formular.Uppgifter);
}
