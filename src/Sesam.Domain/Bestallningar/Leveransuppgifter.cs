using Sesam.Domain.Gemensamt;

namespace Sesam.Domain.Bestallningar;

/// <summary>Where and how a central delivery goes. Immutable; replaced as a whole.</summary>
public sealed record Leveransuppgifter
{
    public const int MaxOvrigInformation = 500;

    private Leveransuppgifter() { Adress = null!; Kontaktperson = ""; }

    public Leveransuppgifter(LeveransTill till, Adress adress, Leveransprioritet prioritet, string kontaktperson, string? kontakttelefon, string? ovrigInformation)
    {
        if (string.IsNullOrWhiteSpace(kontaktperson))
        {
            throw new DomainException("Ange kontaktperson.");
        }
        if (till == LeveransTill.HemTillPatient && string.IsNullOrWhiteSpace(kontakttelefon))
        {
            throw new DomainException("Telefonnummer måste anges vid leverans hem till patient.");
        }
        if (ovrigInformation is { Length: > MaxOvrigInformation })
        {
            throw new DomainException($"Övrig information får vara högst {MaxOvrigInformation} tecken.");
        }
        Till = till;
        // A copy: the same address instance may belong to a tjänsteställe or a patient, and EF Core tracks owned values by instance.
        Adress = adress with { };
        Prioritet = prioritet;
        Kontaktperson = kontaktperson.Trim();
        Kontakttelefon = string.IsNullOrWhiteSpace(kontakttelefon) ? null : kontakttelefon.Trim();
        OvrigInformation = string.IsNullOrWhiteSpace(ovrigInformation) ? null : ovrigInformation.Trim();
    }

    public LeveransTill Till { get; private init; }
    public Adress Adress { get; private init; }
    public Leveransprioritet Prioritet { get; private init; }
    public string Kontaktperson { get; private init; }
    public string? Kontakttelefon { get; private init; }
    public string? OvrigInformation { get; private init; }
}
