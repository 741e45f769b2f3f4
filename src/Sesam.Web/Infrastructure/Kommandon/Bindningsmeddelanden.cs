using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Sesam.Web.Infrastructure.Kommandon;

/// <summary>Model binding's messages in Swedish: a form field that cannot be read (letters in a number) is shown to the user as it is.</summary>
public static class Bindningsmeddelanden
{
    public static void Svenska(DefaultModelBindingMessageProvider meddelanden)
    {
        meddelanden.SetAttemptedValueIsInvalidAccessor((varde, falt) => $"Värdet \"{varde}\" går inte att använda i {falt}.");
        meddelanden.SetUnknownValueIsInvalidAccessor(falt => $"Värdet i {falt} går inte att använda.");
        meddelanden.SetValueIsInvalidAccessor(varde => $"Värdet \"{varde}\" går inte att använda.");
        meddelanden.SetValueMustBeANumberAccessor(falt => $"{falt} ska vara ett tal.");
        meddelanden.SetValueMustNotBeNullAccessor(varde => $"Ett värde måste anges (\"{varde}\" går inte).");
        meddelanden.SetMissingBindRequiredValueAccessor(falt => $"{falt} måste anges.");
        meddelanden.SetMissingKeyOrValueAccessor(() => "Ett värde saknas.");
        meddelanden.SetMissingRequestBodyRequiredValueAccessor(() => "Formuläret är tomt.");
        meddelanden.SetNonPropertyAttemptedValueIsInvalidAccessor(varde => $"Värdet \"{varde}\" går inte att använda.");
        meddelanden.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Värdet går inte att använda.");
        meddelanden.SetNonPropertyValueMustBeANumberAccessor(() => "Värdet ska vara ett tal.");
    }
}
