namespace Sesam.Web.Infrastructure;

/// <summary>Security headers on every response; scripts and styles come only from Sesam itself.</summary>
public sealed class Sakerhetshuvuden(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        // Set as the response starts: the exception handler clears the headers before it renders the error page.
        context.Response.OnStarting(static state =>
        {
            var h = ((HttpResponse)state).Headers;
            h.XContentTypeOptions = "nosniff";
            h.XFrameOptions = "DENY";
            h["Referrer-Policy"] = "no-referrer";
            h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            h.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";
            h["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        }, context.Response);
        return next(context);
    }
}
