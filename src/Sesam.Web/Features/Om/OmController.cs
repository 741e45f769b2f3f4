using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Sesam.Data;

namespace Sesam.Web.Features.Om;

/// <summary>"Om Sesam": the version and the database in use. Also the benchmark's ceiling: the cheapest real page.</summary>
public sealed class OmController(SesamDbContext db) : Controller
{
    public sealed record Modell(string Version, string Databas);

    [HttpGet("/om")]
    public IActionResult Index()
    {
        var version = typeof(OmController).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(OmController).Assembly.GetName().Version?.ToString() ?? "okänd";
        var databas = db.Leverantor == Databasleverantor.Postgres ? "PostgreSQL" : "SQLite";
        return View(new Modell(version.Split('+')[0], databas));
    }
}
