using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sesam.Data;
using Sesam.Domain.Gemensamt;
using Sesam.Web.Infrastructure.Behorighet;

namespace Sesam.Web.Infrastructure.Kommandon;

/// <summary>
/// Every state change goes the same way: load (scoped to what the user may see) → check the version the user saw →
/// validate the form → the domain method → the domain events' consequences (messages) → save → PDL entries →
/// answer. A broken rule (validator or <see cref="DomainException"/>) answers 422 with the form re-rendered and every
/// entered value kept; a concurrent change answers 409 with one clear message; nothing is half saved.
/// </summary>
public sealed class Kommandopipeline(
    SesamDbContext db,
    IServiceProvider tjanster,
    IAuthorizationService behorighet,
    Handelsehantering handelser,
    Pdl pdl)
{
    public async Task<IActionResult> KorAsync<TFormular, TObjekt>(
        Controller controller, Kommando<TFormular, TObjekt> kommando, TFormular formular, CancellationToken ct)
        where TFormular : class
        where TObjekt : class
    {
        var objekt = await kommando.LaddaAsync(formular, ct);
        if (objekt is null || !await FarAndraAsync(controller, kommando, objekt))
        {
            return controller.NotFound();
        }
        if (kommando.Krav(objekt) is { } krav && !(await behorighet.AuthorizeAsync(controller.User, krav.Resurs, krav.Policy)).Succeeded)
        {
            return controller.Forbid();
        }
        if (formular is IVersionsformular sedd && objekt is IVersionerad aktuell && sedd.Version != aktuell.Version)
        {
            return await AvvisaAsync(controller, kommando.VisaFormularAsync, formular, StatusCodes.Status409Conflict,
                $"{kommando.Objektnamn} har ändrats sedan du öppnade den. Kontrollera uppgifterna nedan och försök igen.", ct);
        }
        if (await ValideringsfelAsync(controller, formular, ct) is { } ogiltig)
        {
            return await AvvisaAsync(controller, kommando.VisaFormularAsync, formular, StatusCodes.Status422UnprocessableEntity, ogiltig, ct);
        }
        if (await kommando.FragaForstAsync(controller, objekt, formular, ct) is { } fraga)
        {
            return fraga;
        }
        IReadOnlyList<Pdlpost> poster;
        try
        {
            await kommando.UtforAsync(objekt, formular, ct);
            poster = await handelser.ForeSparningAsync(ct);
            await db.SaveChangesAsync(ct);
        }
        catch (DomainException ex)
        {
            return await AvvisaAsync(controller, kommando.VisaFormularAsync, formular, StatusCodes.Status422UnprocessableEntity, ex.Message, ct);
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || kommando.ArSamtidigtSkapad(ex))
        {
            db.ChangeTracker.Clear();
            var samtidig = await kommando.SamtidighetsmeddelandeAsync(objekt, formular, ct);
            return await AvvisaAsync(controller, kommando.VisaFormularAsync, formular, StatusCodes.Status409Conflict, samtidig, ct);
        }
        catch (DbUpdateException ex)
        {
            db.ChangeTracker.Clear();
            if (await kommando.UnikhetsfelAsync(objekt, formular, ex, ct) is not { } unikhet)
            {
                throw;
            }
            return await AvvisaAsync(controller, kommando.VisaFormularAsync, formular, StatusCodes.Status422UnprocessableEntity, unikhet, ct);
        }
        if (kommando.Pdl(objekt, formular) is { } egen)
        {
            poster = [.. poster, egen];
        }
        foreach (var post in poster)
        {
            await pdl.LoggaAsync(post.Handling, post.Beskrivning, post.MottagareId, ct);
        }
        return kommando.Klart(controller, objekt, formular);
    }

    /// <summary>The first binding or validator error (all of them in ModelState, by field), or null when the form is valid.</summary>
    private async Task<string?> ValideringsfelAsync<TFormular>(Controller controller, TFormular formular, CancellationToken ct)
    {
        if (controller.ModelState.ErrorCount > 0)
        {
            return controller.ModelState.Values.SelectMany(v => v.Errors).First().ErrorMessage;
        }
        var validering = await ValideraAsync(formular, ct);
        foreach (var fel in validering.Errors)
        {
            controller.ModelState.AddModelError(fel.PropertyName, fel.ErrorMessage);
        }
        return validering.IsValid ? null : validering.Errors[0].ErrorMessage;
    }

    private async Task<bool> FarAndraAsync<TFormular, TObjekt>(Controller controller, Kommando<TFormular, TObjekt> kommando, TObjekt objekt)
        where TFormular : class
        where TObjekt : class =>
        kommando.Tjanstestalle(objekt) is not { } tjanstestalle
        || (await behorighet.AuthorizeAsync(controller.User, new Enhetsresurs(tjanstestalle), Policy.Enhetsobjekt)).Succeeded;

    private Task<FluentValidation.Results.ValidationResult> ValideraAsync<TFormular>(TFormular formular, CancellationToken ct) =>
        tjanster.GetService<IValidator<TFormular>>() is { } validator
            ? validator.ValidateAsync(formular, ct)
            : Task.FromResult(new FluentValidation.Results.ValidationResult());

    private async Task<IActionResult> AvvisaAsync<TFormular>(Controller controller,
        Func<Controller, TFormular, string, CancellationToken, Task<IActionResult>> visaFormular, TFormular formular, int status, string fel, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        controller.Response.StatusCode = status;
        return await visaFormular(controller, formular, fel, ct);
    }
}
