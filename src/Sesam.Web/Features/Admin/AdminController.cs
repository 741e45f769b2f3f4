using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sesam.Web.Infrastructure.Behorighet;

namespace Sesam.Web.Features.Admin;

/// <summary>Admin's start page: the sections an administrator keeps Sesam's own data in.</summary>
[Authorize(Policy = Policy.Admin)]
public sealed class AdminController : Controller
{
    [HttpGet("/admin")]
    public IActionResult Index() => View(Adminmeny.Poster);
}
