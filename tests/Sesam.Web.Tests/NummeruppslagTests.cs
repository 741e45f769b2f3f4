using System.Net;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Sesam.Data;
using Sesam.Web.Infrastructure;
using Sesam.Web.Tests.Infrastruktur;

namespace Sesam.Web.Tests;

/// <summary>An app of its own: the limit counts every look-up the class's users make.</summary>
public sealed class NummeruppslagApp() : SesamAppFactory(Databasleverantor.Sqlite);

public sealed class NummeruppslagTests(NummeruppslagApp app) : IClassFixture<NummeruppslagApp>
{
    [Fact]
    public async Task Uppslaget_efter_gransen_inom_en_minut_far_429_och_en_annan_anvandare_paverkas_inte()
    {
        var anna = app.Klient(DemoData.ForskrivareHsaId);
        for (var i = 0; i < Nummeruppslag.PerMinut; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await anna.GetAsync($"/felrapport/{900000 + i}")).StatusCode);
        }

        var svar = await anna.GetAsync("/felrapport/900100");

        Assert.Equal(HttpStatusCode.TooManyRequests, svar.StatusCode);
        Assert.Equal("För många uppslag", (await Html.LasAsync(svar)).QuerySelector("h1")?.TextContent);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await anna.GetAsync("/hamtorder/900100")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anna.GetAsync("/felrapport")).StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await app.Klient(DemoData.AndraEnhetensForskrivareHsaId).GetAsync("/felrapport/900100")).StatusCode);
    }

    [Fact]
    public void Varje_uppslag_pa_helt_nummer_har_gransen()
    {
        var begransade = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == Nummeruppslag.Policy)
            .Select(e => e.RoutePattern.RawText!.Trim('/'))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.Equal(Nummeruppslag.Rutter.Order(StringComparer.OrdinalIgnoreCase), begransade.Order(StringComparer.OrdinalIgnoreCase));
    }
}
