using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Sesam.Domain.Gemensamt;
using Sesam.Web.Features.Fel;

namespace Sesam.Web.Infrastructure;

/// <summary>
/// Checks every request's text input once, before anything reads it: the path and route values, the query string,
/// and a form's fields and file names. A control character (a NUL byte made SQLite's full-text search and
/// PostgreSQL fail with a 500) is refused with a Swedish 400 page; tab, CR and LF are allowed in form field values
/// only, where a multi-line text field puts them. A form that cannot be read (malformed, or larger than the action
/// allows) gets its real status and a Swedish page instead of failing later in model binding or antiforgery.
/// </summary>
/// <remarks>
/// An authorization filter ordered after <see cref="RequestSizeLimitAttribute"/> and
/// <see cref="RequestFormLimitsAttribute"/> (900), so their limits apply to the form read here, and before the
/// antiforgery check (1000), which reads the form too.
/// </remarks>
public sealed class Kantkontroll : IAsyncAuthorizationFilter, IOrderedFilter
{
    public int Order => 950;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        // An error page re-executed for a request this filter or the app already refused reads nothing of it.
        if (http.Features.Get<IStatusCodeReExecuteFeature>() is not null || http.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            return;
        }
        var request = http.Request;
        var felaktig = HarStyrtecken(request.Path.Value, flerradig: false)
            || context.RouteData.Values.Values.Any(v => v is string s && HarStyrtecken(s, flerradig: false))
            || request.Query.Any(f => HarStyrtecken(f.Key, flerradig: false) || f.Value.Any(v => HarStyrtecken(v, flerradig: false)));
        if (!felaktig && request.HasFormContentType)
        {
            // The size is known before the body is read: refuse it at once rather than after reading the limit's worth.
            var grans = http.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize
                ?? http.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
            if (request.ContentLength > grans)
            {
                context.Result = ForStor(http);
                return;
            }
            IFormCollection formular;
            try
            {
                formular = await request.ReadFormAsync(http.RequestAborted);
            }
            catch (BadHttpRequestException fel) when (fel.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                context.Result = ForStor(http);
                return;
            }
            // The framework's form reader refuses a NUL byte in a URL-encoded form itself, and a body that ends early.
            catch (Exception fel) when (fel is InvalidDataException or IOException)
            {
                context.Result = FelController.Sida(http, StatusCodes.Status400BadRequest, "Formuläret kunde inte läsas",
                    "Sesam kunde inte läsa det du skickade, till exempel för att det innehöll ett otillåtet tecken. Inget har sparats. Ladda om sidan och försök igen.");
                return;
            }
            felaktig = formular.Any(f => HarStyrtecken(f.Key, flerradig: false) || f.Value.Any(v => HarStyrtecken(v, flerradig: true)))
                || formular.Files.Any(f => HarStyrtecken(f.Name, flerradig: false) || HarStyrtecken(f.FileName, flerradig: false));
        }
        if (felaktig)
        {
            context.Result = FelController.Sida(http, StatusCodes.Status400BadRequest, "Otillåtet tecken",
                "Det du skickade innehåller ett styrtecken (till exempel ett nolltecken) som Sesam inte tar emot. Inget har sparats. Ta bort tecknet och försök igen.");
        }
    }

    private static ViewResult ForStor(HttpContext http) =>
        FelController.Sida(http, StatusCodes.Status413PayloadTooLarge, "För stor begäran",
            $"Det du skickade är större än Sesam tar emot. En bilaga får vara högst {Bilagefil.MaxStorlek / 1024 / 1024} MB. Inget har sparats.");

    /// <summary>Whether <paramref name="text"/> holds a control character; a multi-line field may hold tab, CR and LF.</summary>
    public static bool HarStyrtecken(string? text, bool flerradig)
    {
        foreach (var tecken in text.AsSpan())
        {
            if (char.IsControl(tecken) && !(flerradig && tecken is '\t' or '\r' or '\n'))
            {
                return true;
            }
        }
        return false;
    }
}
