using System.Net.Http.Headers;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Sesam.Web.Tests.Infrastruktur;

public static class Html
{
    /// <summary>The response's page, at the address it was requested from so that relative form actions resolve.</summary>
    public static async Task<IDocument> LasAsync(HttpResponseMessage svar)
    {
        var text = await svar.Content.ReadAsStringAsync();
        var kontext = BrowsingContext.New(Configuration.Default);
        var adress = svar.RequestMessage?.RequestUri?.ToString() ?? "http://localhost/";
        return await kontext.OpenAsync(r => r.Content(text).Address(adress));
    }

    /// <summary>The antiforgery token of the first form on the page, for posting like a browser does.</summary>
    public static string Token(IDocument dokument) =>
        dokument.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value")
        ?? throw new InvalidOperationException("Sidan har ingen antiforgery-token.");

    /// <summary>
    /// Submits the form <paramref name="formular"/> (a CSS selector) of <paramref name="sida"/> as a browser does: the
    /// form's own fields (hidden ones and its antiforgery token included) with <paramref name="falt"/> filled in, to the
    /// form's own action with its own method and encoding. A field the form does not have, or an option its list does
    /// not offer, fails the test, since no user could send it. Give a name several times to tick several boxes, "" to
    /// tick none, and a submit button's name and value to press it.
    /// </summary>
    public static Task<HttpResponseMessage> SkickaAsync(HttpClient klient, IDocument sida, string formular, params (string Namn, string Varde)[] falt) =>
        SkickaAsync(klient, sida, formular, knapp: null, falt);

    /// <summary>As <see cref="SkickaAsync(HttpClient, IDocument, string, ValueTuple{string, string}[])"/>, pressing the
    /// submit button <paramref name="knapp"/> (a selector within the form, or of a button elsewhere on the page that
    /// belongs to the form by its form attribute), whose name and value are sent.</summary>
    public static async Task<HttpResponseMessage> SkickaAsync(HttpClient klient, IDocument sida, string formular, string? knapp, params (string Namn, string Varde)[] falt)
    {
        var form = sida.QuerySelector<IHtmlFormElement>(formular)
            ?? throw new InvalidOperationException($"Sidan har inget formulär {formular}.");
        var knappen = knapp is null ? null
            : form.QuerySelector<IHtmlElement>(knapp)
                ?? form.Elements.OfType<IHtmlElement>().FirstOrDefault(e => ArKnapp(e) && e.Matches(knapp))
                ?? throw new InvalidOperationException($"Formuläret {formular} har ingen knapp {knapp}.");
        foreach (var grupp in falt.GroupBy(f => f.Namn, StringComparer.Ordinal))
        {
            var knappar = form.Elements.Where(e => e.GetAttribute("name") == grupp.Key && ArKnapp(e)).ToList();
            if (knappar.Count > 0)
            {
                // A submit button's name and value are sent by pressing it.
                knappen = knappar.FirstOrDefault(e => e.GetAttribute("value") == grupp.Last().Varde)
                    ?? throw new InvalidOperationException($"Formuläret {formular} har ingen knapp {grupp.Key}={grupp.Last().Varde}.");
                continue;
            }
            Fyll(form, grupp.Key, grupp.Select(f => f.Varde).ToList());
        }
        // AngleSharp leaves out what stands outside the form and belongs to it by its form attribute (fields, the pressed
        // button), which a browser sends: it goes with the form as hidden fields for this submission only.
        var utanfor = form.Elements
            .Where(e => !form.Contains(e) && e.GetAttribute("name") is not null
                && (ArKnapp(e) ? e == knappen : e is not IHtmlInputElement { Type: "checkbox" or "radio", IsChecked: false }))
            .Select(e =>
            {
                var dolt = (IHtmlInputElement)sida.CreateElement("input");
                dolt.Type = "hidden";
                dolt.Name = e.GetAttribute("name")!;
                dolt.Value = e switch
                {
                    IHtmlInputElement falt => falt.Value ?? "",
                    IHtmlSelectElement lista => lista.Value ?? "",
                    IHtmlTextAreaElement text => text.Value ?? "",
                    _ => e.GetAttribute("value") ?? "",
                };
                form.AppendChild(dolt);
                return dolt;
            })
            .ToList();
        var begaran = (knappen is null ? form.GetSubmission() : form.GetSubmission(knappen)) ?? throw new InvalidOperationException($"Formuläret {formular} går inte att skicka.");
        utanfor.ForEach(dolt => dolt.Remove());
        using var meddelande = new HttpRequestMessage(new HttpMethod(begaran.Method.ToString().ToUpperInvariant()), begaran.Target.Href);
        if (begaran.Method != AngleSharp.Io.HttpMethod.Get)
        {
            var innehall = new StreamContent(begaran.Body);
            innehall.Headers.ContentType = MediaTypeHeaderValue.Parse(begaran.MimeType ?? throw new InvalidOperationException($"Formuläret {formular} saknar kodning."));
            meddelande.Content = innehall;
        }
        return await klient.SendAsync(meddelande);
    }

    private static bool ArKnapp(IElement e) =>
        e is IHtmlButtonElement { Type: "submit" } or IHtmlInputElement { Type: "submit" or "image" };

    private static void Fyll(IHtmlFormElement form, string namn, List<string> varden)
    {
        var element = form.Elements.Where(e => e.GetAttribute("name") == namn && !ArKnapp(e)).ToList();
        if (element.Count == 0)
        {
            throw new InvalidOperationException($"Formuläret har inget fält {namn}.");
        }
        var rutor = element.OfType<IHtmlInputElement>().Where(e => e.Type is "checkbox" or "radio").ToList();
        if (rutor.Count > 0)
        {
            // "" ticks none; a bool's check box (value "true", with the hidden "false" MVC renders after it) is unticked by "false".
            var valda = varden.Where(v => v.Length > 0 && !(v == "false" && rutor is [{ Type: "checkbox", Value: "true" }])).ToList();
            foreach (var varde in valda.Where(v => !rutor.Any(r => r.Value == v)))
            {
                throw new InvalidOperationException($"Fältet {namn} har inget val {varde}.");
            }
            rutor.ForEach(r => r.IsChecked = valda.Contains(r.Value));
            return;
        }
        if (element.Count != varden.Count)
        {
            throw new InvalidOperationException($"Formuläret har {element.Count} fält {namn}, testet ger {varden.Count} värden.");
        }
        foreach (var (e, varde) in element.Zip(varden))
        {
            switch (e)
            {
                case IHtmlSelectElement lista:
                    var val = lista.Options.FirstOrDefault(o => o.Value == varde)
                        ?? throw new InvalidOperationException($"Listan {namn} har inget val {varde}.");
                    foreach (var o in lista.Options)
                    {
                        o.IsSelected = o == val;
                    }
                    break;
                case IHtmlInputElement falt:
                    falt.Value = varde;
                    break;
                case IHtmlTextAreaElement text:
                    text.Value = varde;
                    break;
                default:
                    throw new InvalidOperationException($"Fältet {namn} går inte att fylla i.");
            }
        }
    }
}
