namespace Sesam.Domain.Bestallningar;

using Sesam.Domain.Gemensamt;

/// <summary>
/// How many of an article one order row or mall row may ask for: a whole number 1–999, as webSesam's form allows.
/// The domain methods and the forms' validators both use this one rule, so their messages cannot drift apart.
/// </summary>
public static class Radantal
{
    public const int Min = 1;
    public const int Max = 999;

    public static string Felmeddelande { get; } = $"Antal måste vara ett heltal mellan {Min} och {Max}.";

    public static bool ArGiltigt(int antal) => antal is >= Min and <= Max;

    /// <exception cref="DomainException">When <paramref name="antal"/> is outside 1–999.</exception>
    public static int Kontrollera(int antal) => ArGiltigt(antal) ? antal : throw new DomainException(Felmeddelande);
}
