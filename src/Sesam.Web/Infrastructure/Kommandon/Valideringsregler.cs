using FluentValidation;
using Sesam.Domain.Bestallningar;

namespace Sesam.Web.Infrastructure.Kommandon;

/// <summary>Domain rules as FluentValidation rules, so a form answers with the same Swedish message as the domain method.</summary>
public static class Valideringsregler
{
    /// <summary>An antal field of an order row or mall row: given, and a whole number 1–999 (<see cref="Radantal"/>).</summary>
    public static IRuleBuilderOptions<T, int?> GiltigtRadantal<T>(this IRuleBuilder<T, int?> regel) =>
        regel.NotNull().WithMessage(Radantal.Felmeddelande)
            .Must(antal => antal is null || Radantal.ArGiltigt(antal.Value)).WithMessage(Radantal.Felmeddelande);

    /// <summary>A comment on an order row: at most <see cref="Orderrad.MaxKommentar"/> characters, as the domain says.</summary>
    public static IRuleBuilderOptions<T, string?> GiltigRadkommentar<T>(this IRuleBuilder<T, string?> regel) =>
        regel.Must(kommentar => kommentar is not { Length: > Orderrad.MaxKommentar })
            .WithMessage((_, kommentar) => $"Kommentaren får vara högst {Orderrad.MaxKommentar} tecken (nu {kommentar!.Length}).");
}
