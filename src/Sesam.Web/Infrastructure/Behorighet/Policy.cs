using Microsoft.AspNetCore.Authorization;
using Sesam.Domain.Organisation;

namespace Sesam.Web.Infrastructure.Behorighet;

/// <summary>
/// The authorization policies routes declare with <c>[Authorize(Policy = Policy.X)]</c>. Every route names one (or is
/// <c>[AllowAnonymous]</c>): <c>AtkomstmatrisTests</c> fails for a route that declares neither. What a policy cannot
/// see from the request alone — whether an order belongs to the active tjänsteställe — is scoped in the query
/// (<see cref="AktuellAnvandare.Avgransa{T}"/>) or checked on the loaded object with <see cref="Enhetsobjekt"/>.
/// </summary>
public static class Policy
{
    /// <summary>Every logged-in user: the route's data is the user's own, region-wide (the catalogue), or scoped in its query.</summary>
    public const string Inloggad = nameof(Inloggad);

    /// <summary>Patients are region-wide, as in webSesam: those who prescribe, order or deliver may look up any patient
    /// (every read is PDL-logged). A user who is only Admin manages the system, has no care relation, and sees none.</summary>
    public const string SerPatienter = nameof(SerPatienter);

    /// <summary>The unit's own staff, who order, return and report for it: Förskrivare and Beställare.</summary>
    public const string Enhetspersonal = nameof(Enhetspersonal);

    /// <summary>Makulera an order or a hämtorder: the unit's staff, and Logistik, who handles it.</summary>
    public const string Makulera = nameof(Makulera);

    /// <summary>Create and edit beställningsmallar: the unit's staff for their own unit, the administrator for any.</summary>
    public const string EnhetspersonalEllerAdmin = nameof(EnhetspersonalEllerAdmin);

    public const string Logistik = nameof(Logistik);

    public const string Admin = nameof(Admin);

    /// <summary>Beställningsmallar and lager views shared by the central warehouse and the region's administrators.</summary>
    public const string LogistikEllerAdmin = nameof(LogistikEllerAdmin);

    /// <summary>Resource policy on a loaded object of a tjänsteställe (<see cref="Enhetsresurs"/>): the active
    /// tjänsteställe's, or any for Logistik and Admin, who work for the whole region.</summary>
    public const string Enhetsobjekt = nameof(Enhetsobjekt);

    /// <summary>Resource policy on an object kept in a förråd (<see cref="Forradsresurs"/>, an individ): the active
    /// tjänsteställe's förråd, or any for Logistik and Admin, who work for the whole region.</summary>
    public const string Forradsobjekt = nameof(Forradsobjekt);

    /// <summary>The roles of <see cref="SerPatienter"/>: a menu that offers patient pages only to those let in reads the same list.</summary>
    public static readonly IReadOnlyList<Roll> Patientroller = [Roll.Forskrivare, Roll.Bestallare, Roll.Logistik];

    /// <summary>The roles of <see cref="Enhetspersonal"/>: a page that offers their routes only to those let in reads the same list.</summary>
    public static readonly IReadOnlyList<Roll> Enhetspersonalroller = [Roll.Forskrivare, Roll.Bestallare];

    public static AuthorizationBuilder LaggTillSesamsPolicyer(this AuthorizationBuilder builder) => builder
        .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
        .AddPolicy(Inloggad, p => p.RequireAuthenticatedUser())
        .AddPolicy(SerPatienter, p => p.RequireRole(Patientroller.Select(Namn)))
        .AddPolicy(Enhetspersonal, p => p.RequireRole(Enhetspersonalroller.Select(Namn)))
        .AddPolicy(Makulera, p => p.RequireRole(Namn(Roll.Forskrivare), Namn(Roll.Bestallare), Namn(Roll.Logistik)))
        .AddPolicy(EnhetspersonalEllerAdmin, p => p.RequireRole(Namn(Roll.Forskrivare), Namn(Roll.Bestallare), Namn(Roll.Admin)))
        .AddPolicy(Logistik, p => p.RequireRole(Namn(Roll.Logistik)))
        .AddPolicy(Admin, p => p.RequireRole(Namn(Roll.Admin)))
        .AddPolicy(LogistikEllerAdmin, p => p.RequireRole(Namn(Roll.Logistik), Namn(Roll.Admin)))
        .AddPolicy(Enhetsobjekt, p => p.RequireAuthenticatedUser().AddRequirements(new EnhetsobjektKrav()))
        .AddPolicy(Forradsobjekt, p => p.RequireAuthenticatedUser().AddRequirements(new ForradsobjektKrav()));

    private static string Namn(Roll roll) => roll.ToString();
}

/// <summary>An object of one tjänsteställe, as the resource of <see cref="Policy.Enhetsobjekt"/>.</summary>
public sealed record Enhetsresurs(int TjanstestalleId);

public sealed class EnhetsobjektKrav : IAuthorizationRequirement;

public sealed class EnhetsobjektHanterare(AktuellAnvandare aktuell) : AuthorizationHandler<EnhetsobjektKrav, Enhetsresurs>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, EnhetsobjektKrav requirement, Enhetsresurs resource)
    {
        if (aktuell.FarSe(resource.TjanstestalleId))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}

/// <summary>An object in förråd <paramref name="LagerId"/> (none: with a mottagare or away), as the resource of <see cref="Policy.Forradsobjekt"/>.</summary>
public sealed record Forradsresurs(int? LagerId);

public sealed class ForradsobjektKrav : IAuthorizationRequirement;

public sealed class ForradsobjektHanterare(AktuellAnvandare aktuell) : AuthorizationHandler<ForradsobjektKrav, Forradsresurs>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ForradsobjektKrav requirement, Forradsresurs resource)
    {
        if (aktuell.SerAllaTjanstestallen || (resource.LagerId is { } lager && (await aktuell.AktivtForradAsync()).Contains(lager)))
        {
            context.Succeed(requirement);
        }
    }
}
