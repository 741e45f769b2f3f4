using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sesam.Data;
using Sesam.Web.Infrastructure.Behorighet;

namespace Sesam.Web.Features.Om;

/// <summary>"Om Sesam": the version and the database in use. Also the benchmark's ceiling: the cheapest real page.</summary>
[Authorize(Policy = Policy.Inloggad)]
public sealed class OmController(SesamDbContext db) : Controller
{
    public sealed record Modell(string Version, string Databas);

    [HttpGet("/om")]
    public IActionResult Index()
    {
        var version = typeof(OmController).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(OmController).Assembly.GetName().Version?.ToString() ?? "okänd";
        return View(new Modell(version.Split('+')[0], db.Sqlfragor.Databasnamn));
    }
}
