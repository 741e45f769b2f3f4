using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.EntityFrameworkCore;
using Serilog;
using Sesam.Data;
using Sesam.Web.Infrastructure;
using Sesam.Web.Infrastructure.Behorighet;
using Sesam.Web.Infrastructure.Kommandon;
using Sesam.Web.Infrastructure.Siths;

namespace Sesam.Web;

public static class SesamApp
{
    public static WebApplication Bygg(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var config = builder.Configuration;

        // Sinks registered as services join those configured, so tests can read what is logged. The static
        // Log.Logger is left alone: tests run many apps in one process.
        builder.Services.AddSerilog((tjanster, logg) => logg
            .ReadFrom.Configuration(config)
            .ReadFrom.Services(tjanster)
            .Enrich.With<PersonnummerMaskering>(), preserveStaticLogger: true);

        builder.Services.AddSingleton(TimeProvider.System);
        var leverantor = SesamDatabas.TolkaLeverantor(config["Database:Provider"]);
        var connectionString = config.GetConnectionString("Sesam")
            ?? SesamDatabas.StandardAnslutning(leverantor)
            ?? throw new InvalidOperationException("ConnectionStrings:Sesam saknas för Postgres.");
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
        builder.Services.AddMemoryCache();
        // Plain HTTP exists only for the Development picker; with certificate login no cookie ever leaves TLS.
        var sakraCookies = siths.Aktiv ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        builder.Services.AddCookiePolicy(o =>
        {
            // Every cookie, the framework's own (antiforgery, TempData) included.
            o.MinimumSameSitePolicy = SameSiteMode.Strict;
            o.HttpOnly = HttpOnlyPolicy.Always;
            o.Secure = sakraCookies;
        });
        var behorighetskontroll = config.GetValue(Behorighetskontroll.Konfiguration, Behorighetskontroll.StandardIntervall);
        var autentisering = builder.Services
            .AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = "sesam";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = sakraCookies;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = Inloggningssessioner.Livslangd;
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
            autentisering.AddCertificate(SithsAutentisering.Schema, o => SithsAutentisering.Konfigurera(o, siths));
            // Kestrel would check the certificate against the machine's store; the certificate handler checks it
            // against Siths:TrustAnchors instead, and the login page explains a refusal in Swedish.
            builder.WebHost.ConfigureKestrel(k => k.ConfigureHttpsDefaults(h => h.AllowAnyClientCertificate()));
        }
        builder.Services.AddRateLimiter(SithsBegransning.Konfigurera);
        if (siths.ForwardedHeader is { } huvud)
        {
            builder.Services.AddCertificateForwarding(o => o.CertificateHeader = huvud);
            builder.Services.AddOptions<CertificateForwardingOptions>().Configure<ILoggerFactory>((o, loggar) =>
            {
                var vidareLogger = loggar.CreateLogger(typeof(SithsVidarebefordran));
                // The middleware treats null as "no certificate", although the delegate type does not say so.
                o.HeaderConverter = varde => SithsVidarebefordran.Tolka(varde, vidareLogger)!;
            });
            // The proxy terminated TLS: X-Forwarded-Proto tells the certificate handler the request was HTTPS. It is
            // trusted from any address for the reason the certificate header is: the proxy is the only way in and
            // sets both.
            builder.Services.Configure<ForwardedHeadersOptions>(o =>
            {
                o.ForwardedHeaders = ForwardedHeaders.XForwardedProto;
                o.KnownIPNetworks.Clear();
                o.KnownProxies.Clear();
            });
        }
        builder.Services.AddAuthorizationBuilder().LaggTillSesamsPolicyer();
        builder.Services.AddScoped<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, EnhetsobjektHanterare>();
        builder.Services.AddScoped<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, ForradsobjektHanterare>();
        builder.Services.LaggTillAnvandningsfall();
        builder.Services.AddScoped<Features.Bestallning.Pafyllnadsnummer>();

        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<AktuellAnvandare>();
        // Read here, so that a production start without the log's key or checkpoint file stops with the reason.
        builder.Services.AddSingleton(Pdlinstallningar.Las(k => config[k], builder.Environment.IsDevelopment()));
        builder.Services.AddScoped<Inloggningssessioner>();
        builder.Services.AddSingleton<Granskningslogg>();
        builder.Services.AddHostedService<Kontrollpunktsskrivare>();
        builder.Services.AddScoped<Pdl>();
        builder.Services.AddScoped<Features.Artiklar.ArtikelSok>();
        builder.Services.AddSingleton<Features.Artiklar.Artikelindex>();
        builder.Services.AddHostedService<Features.Artiklar.ArtikelindexUppvarmning>();
        builder.Services
            .AddControllersWithViews(o =>
            {
                o.Filters.Add(new Kantkontroll());
                o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                Bindningsmeddelanden.Svenska(o.ModelBindingMessageProvider);
            })
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
        builder.Services.AddRateLimiter(Nummeruppslag.LaggTill);
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "sesam-af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            // Secure comes from the cookie policy: antiforgery's own SecurePolicy.Always would refuse every form on a
            // request that reached Sesam as plain HTTP.
            o.HeaderName = "X-CSRF-TOKEN";
        });

        var app = builder.Build();

        if (siths.ForwardedHeader is not null)
        {
            // First, so that HSTS, redirects and the certificate handler see the client's scheme.
            app.UseForwardedHeaders();
        }
        // Outermost, so the logged status is the one the client got, after the error page was rendered.
        app.UseSerilogRequestLogging(o => Anropslogg.Konfigurera(o, app.Services.GetRequiredService<Serilog.ILogger>()));
        app.UseMiddleware<Sakerhetshuvuden>();
        app.UseCookiePolicy();
        if (!app.Environment.IsDevelopment())
        {
            // A scope of its own for the error page: the failed request's context and authentication may be what broke.
            app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/fel", CreateScopeForErrors = true });
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
        app.UseRateLimiter();
        app.UseMiddleware<AnslutningPerAnrop>();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapControllers().Add(Nummeruppslag.Markera);
        return app;
    }

    /// <summary>
    /// Applies migrations (unless Database:Migrate is false) and seeds the demo data where asked
    /// (Database:SeedDemoData, on by default in Development). On PostgreSQL with ConnectionStrings:SesamAgare, the
    /// migrations run as that owner, who then grants the app's role its rights (<see cref="SesamDatabas.MigreraSomAgareAsync"/>).
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
            await SesamDatabas.MigreraAsync(db, config.GetConnectionString("SesamAgare"));
        }
        if (seed)
        {
            await DemoData.SeedAsync(db, scope.ServiceProvider.GetRequiredService<TimeProvider>());
        }
    }
}
