using FluentValidation;
using Sesam.Web.Infrastructure.Bakgrundsjobb;

namespace Sesam.Web.Infrastructure.Kommandon;

/// <summary>A use case of a feature folder (a command or a page's query): registered by type, so adding one is adding its file.</summary>
public interface IAnvandningsfall;

public static class Anvandningsfall
{
    /// <summary>Registers every use case, domain event handler, nightly job and form validator of Sesam.Web, scoped to the request.</summary>
    public static IServiceCollection LaggTillAnvandningsfall(this IServiceCollection tjanster)
    {
        var typer = typeof(Anvandningsfall).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }).ToList();
        foreach (var typ in typer.Where(t => typeof(IAnvandningsfall).IsAssignableFrom(t)))
        {
            tjanster.AddScoped(typ);
        }
        foreach (var typ in typer.Where(t => typeof(IHandelsehanterare).IsAssignableFrom(t)))
        {
            tjanster.AddScoped(typeof(IHandelsehanterare), typ);
        }
        foreach (var typ in typer.Where(t => typeof(INattjobb).IsAssignableFrom(t)))
        {
            tjanster.AddScoped(typeof(INattjobb), typ);
        }
        tjanster.AddValidatorsFromAssembly(typeof(Anvandningsfall).Assembly, ServiceLifetime.Scoped, includeInternalTypes: true);
        tjanster.AddScoped<Handelsehantering>();
        tjanster.AddScoped<Kommandopipeline>();
        return tjanster;
    }
}
