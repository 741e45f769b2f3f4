using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.EntityFrameworkCore;
using Serilog;
using Sesam.Data;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Siths;

namespace Sesam.Web;

public static class SesamApp
{
    public static WebApplication Bygg(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var config = builder.Configuration;

        builder.Logging.ClearProviders();
        var logger = new LoggerConfiguration()
            .ReadFrom.Configuration(config)
            .Enrich.With<PersonnummerMaskering>()
            .CreateLogger();
        builder.Logging.AddSerilog(logger, dispose: true);

        builder.Services.AddSingleton(TimeProvider.System);
        var leverantor = SesamDatabas.TolkaLeverantor(config["Database:Provider"]);
        var connectionString = config.GetConnectionString("Sesam")
            ?? (leverantor == Databasleverantor.Sqlite ? "Data Source=sesam.db" : throw new InvalidOperationException("ConnectionStrings:Sesam saknas för Postgres."));
        // Pooled: creating a context and its services per request cost a noticeable share of a simple page.
        builder.Services.AddDbContextPool<SesamDbContext>(o => SesamDatabas.Konfigurera(o, leverantor, connectionString));

        // Keys that protect the login cookie: in a shared folder when configured, so logins survive restarts and
        // work across instances; otherwise the framework's per-user default.
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName("Sesam");
        if (config["DataProtection:KeyPath"] is { Length: > 0 } nyckelkatalog)
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(nyckelkatalog));
        }

        builder.Services.AddHealthChecks().AddDbContextCheck<SesamDbContext>("databas");

        var siths = SithsInstallningar.Las(config);
        builder.Services.AddSingleton(siths);
        var behorighetskontroll = config.GetValue(Behorighetskontroll.Konfiguration, Behorighetskontroll.StandardIntervall);
        var autentisering = builder.Services
            .AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = "sesam";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                // Plain HTTP exists only for the Development picker; with certificate login the cookie never leaves TLS.
                o.Cookie.SecurePolicy = siths.Aktiv ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.LoginPath = "/inloggning";
                o.Events.OnValidatePrincipal = c => Behorighetskontroll.ValideraAsync(c, behorighetskontroll);
                o.Events.OnRedirectToAccessDenied = c =>
                {
                    c.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
            });
        if (siths.Aktiv)
        {
            builder.Services.AddSingleton<SithsCertifikatkontroll>();
            autentisering.AddScheme<AuthenticationSchemeOptions, SithsAutentisering>(SithsAutentisering.Schema, null);
            // Untrusted, expired or HSA-ID-less certificates are refused already in the TLS handshake.
            builder.WebHost.ConfigureKestrel(k => k.ConfigureHttpsDefaults(h =>
                h.ClientCertificateValidation = (certifikat, _, _) =>
                    k.ApplicationServices.GetRequiredService<SithsCertifikatkontroll>().Kontrollera(certifikat).Godkant));
        }
        if (siths.ForwardedHeader is { } huvud)
        {
            builder.Services.AddCertificateForwarding(o => o.CertificateHeader = huvud);
            builder.Services.AddOptions<CertificateForwardingOptions>().Configure<ILoggerFactory>((o, loggar) =>
            {
                var vidareLogger = loggar.CreateLogger(typeof(SithsVidarebefordran));
                // The middleware treats null as "no certificate", although the delegate type does not say so.
                o.HeaderConverter = varde => SithsVidarebefordran.Tolka(varde, vidareLogger)!;
            });
        }
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<AktuellAnvandare>();
        builder.Services.AddSingleton<Granskningslogg>();
        builder.Services.AddScoped<Pdl>();
        builder.Services.AddScoped<Features.Artiklar.ArtikelSok>();
        builder.Services.AddSingleton<Features.Artiklar.Artikelindex>();
        builder.Services.AddHostedService<Features.Artiklar.ArtikelindexUppvarmning>();
        builder.Services
            .AddControllersWithViews(o => o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()))
            .AddRazorOptions(o =>
            {
                o.ViewLocationFormats.Clear();
                o.ViewLocationFormats.Add("/Features/{1}/{0}" + RazorViewEngine.ViewExtension);
                o.ViewLocationFormats.Add("/Features/Shared/{0}" + RazorViewEngine.ViewExtension);
            });
        // Swedish text as characters rather than numeric entities (å is six bytes as &#xE5;): smaller pages, readable
        // source. Markup-significant characters are still encoded.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "sesam-af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.HeaderName = "X-CSRF-TOKEN";
        });

        var app = builder.Build();

        app.UseMiddleware<Sakerhetshuvuden>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/fel");
            app.UseHsts();
        }
        else
        {
            app.UseDeveloperExceptionPage();
        }
        app.UseStatusCodePagesWithReExecute("/fel/{0}");
        // Sesam is Swedish only: numbers, dates and model binding follow sv-SE whatever the browser asks for.
        app.UseRequestLocalization(new RequestLocalizationOptions()
            .SetDefaultCulture("sv-SE")
            .AddSupportedCultures("sv-SE")
            .AddSupportedUICultures("sv-SE"));
        app.UseStaticFiles();
        if (siths.ForwardedHeader is not null)
        {
            app.UseCertificateForwarding();
        }
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<Anropslogg>();
        app.UseMiddleware<SqliteAnslutning>();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapControllers();
        return app;
    }

    /// <summary>
    /// Applies migrations (unless Database:Migrate is false) and seeds the demo data where asked
    /// (Database:SeedDemoData, on by default in Development).
    /// </summary>
    public static async Task ForbereddDatabasAsync(WebApplication app)
    {
        var config = app.Configuration;
        var migrera = config.GetValue("Database:Migrate", true);
        var seed = config.GetValue("Database:SeedDemoData", app.Environment.IsDevelopment());
        if (!migrera && !seed)
        {
            return;
        }
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SesamDbContext>();
        if (migrera)
        {
            await SesamDatabas.MigreraAsync(db);
        }
        if (seed)
        {
            await DemoData.SeedAsync(db, scope.ServiceProvider.GetRequiredService<TimeProvider>());
        }
    }
}
