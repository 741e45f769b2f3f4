using Sesam.Data;

namespace Sesam.Web.Features.Individ;

using Sesam.Domain.Individer;

/// <summary>"Textinformation" on the individkort; its length is the domain's rule.</summary>
public sealed class AndraTextinformation(SesamDbContext db, Individkort kort) : Individandring<AndraTextinformation.Formular>(db, kort)
{
    /// <param name="Nummer">From the route.</param>
    public sealed record Formular(string Nummer, int Version, string? Textinformation) : IIndividformular;

    protected override string Flik => "textinformation";

    protected override string Falt => nameof(Individkort.Formular.Textinformation);

    public override Task UtforAsync(Individ individ, Formular formular, CancellationToken ct)
    {
        individ.AngeTextinformation(formular.Textinformation);
        return Task.CompletedTask;
    }

    protected override string Meddelande(Individ individ, Formular formular) => "Textinformationen är sparad.";

    protected override Individkort.Formular SomTypat(Formular formular) => new(Textinformation: formular.Textinformation);
}
