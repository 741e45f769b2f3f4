namespace Sesam.Domain.Gemensamt;

/// <summary>A postal address. Immutable; replace it to change it.</summary>
public sealed record Adress
{
    public const int MaxLangd = 100;

    public Adress(string gatuadress, string postnummer, string postort, string? careOf = null)
    {
        Gatuadress = Krav(gatuadress, "Gatuadress");
        Postnummer = NormaliseraPostnummer(postnummer);
        Postort = Krav(postort, "Postort");
        CareOf = string.IsNullOrWhiteSpace(careOf) ? null : Langd(careOf.Trim(), "c/o");
    }

    public string Gatuadress { get; private init; }
    public string Postnummer { get; private init; }
    public string Postort { get; private init; }
    public string? CareOf { get; private init; }

    public override string ToString() =>
        (CareOf is null ? "" : $"c/o {CareOf}, ") + $"{Gatuadress}, {Postnummer} {Postort}";

    private static string Krav(string? varde, string falt)
    {
        if (string.IsNullOrWhiteSpace(varde))
        {
            throw new DomainException($"{falt} måste anges.");
        }
        return Langd(varde.Trim(), falt);
    }

    private static string Langd(string varde, string falt) =>
        varde.Length > MaxLangd ? throw new DomainException($"{falt} får vara högst {MaxLangd} tecken.") : varde;

    private static string NormaliseraPostnummer(string? postnummer)
    {
        var siffror = new string((postnummer ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (siffror.Length != 5 || !siffror.All(char.IsAsciiDigit))
        {
            throw new DomainException("Postnummer ska vara fem siffror, t.ex. 123 45.");
        }
        return $"{siffror[..3]} {siffror[3..]}";
    }
}
