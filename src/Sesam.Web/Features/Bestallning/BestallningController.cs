using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sesam.Web.Infrastructure.Behorighet;

namespace Sesam.Web.Features.Bestallning;

/// <summary>
/// Förskrivning: "Skapa ny beställning → Ange artiklar → Bekräfta". The cart is the order itself with status
/// Pågående beställning, so it survives logout and restarts until it is sent or deleted. The actions are in partial
/// files by step; each hands its work to one use case of this folder.
/// </summary>
[Authorize(Policy = Policy.Inloggad)]
[Route("bestallning")]
public sealed partial class BestallningController : Controller;
