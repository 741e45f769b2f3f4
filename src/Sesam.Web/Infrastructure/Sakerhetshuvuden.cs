namespace Sesam.Web.Infrastructure;

/// <summary>Security headers on every response; scripts and styles come only from Sesam itself.</summary>
public sealed class Sakerhetshuvuden(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var h = context.Response.Headers;
        h.XContentTypeOptions = "nosniff";
        h.XFrameOptions = "DENY";
        h["Referrer-Policy"] = "no-referrer";
        h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        h.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";
        h["Cross-Origin-Opener-Policy"] = "same-origin";
        return next(context);
    }
}
