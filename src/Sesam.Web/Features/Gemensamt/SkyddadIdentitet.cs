using Microsoft.AspNetCore.Razor.TagHelpers;
using Sesam.Domain.Gemensamt;

namespace Sesam.Web.Features.Gemensamt;

/// <summary>
/// Skyddad identitet (protected identity): a flagged patient is clearly marked on every screen, and their address
/// and phone are hidden everywhere that does not strictly need them (only the delivery step that must send
/// something to the patient may use the real values, read from the entity, never through these helpers).
/// <code>
/// &lt;skyddad-identitet skyddad="@patient.SkyddadIdentitet" /&gt;              marker, renders nothing when false
/// @SkyddadIdentitet.Visa(patient.SkyddadIdentitet, patient.Telefon)        phone, "–" when none, or the hidden text
/// @SkyddadIdentitet.Visa(patient.SkyddadIdentitet, patient.Adress)         address on one line, or the hidden text
/// </code>
/// PDFs use the same <see cref="Visa(bool, string?)"/> texts.
/// </summary>
public static class SkyddadIdentitet
{
    public const string Markering = "Skyddad identitet";

    public const string Dold = "Skyddad identitet – uppgiften visas inte";

    public static string Visa(bool skyddad, string? uppgift) => skyddad ? Dold : string.IsNullOrEmpty(uppgift) ? "–" : uppgift;

    public static string Visa(bool skyddad, Adress? adress) => Visa(skyddad, adress?.ToString());
}

/// <summary>&lt;skyddad-identitet skyddad="..." /&gt;: the red "Skyddad identitet" marker next to a patient's name.</summary>
[HtmlTargetElement("skyddad-identitet", TagStructure = TagStructure.WithoutEndTag)]
public sealed class SkyddadIdentitetTagHelper : TagHelper
{
    public bool Skyddad { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!Skyddad)
        {
            output.SuppressOutput();
            return;
        }
        output.TagName = "span";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "sesam-skyddad");
        output.Attributes.SetAttribute("data-testid", "skyddad-identitet");
        output.Attributes.SetAttribute("title", "Patienten har skyddad identitet: adress och telefon visas inte.");
        output.Content.SetContent(SkyddadIdentitet.Markering);
    }
}
