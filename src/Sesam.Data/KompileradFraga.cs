using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Sesam.Data;

/// <summary>
/// A query EF Core translates once instead of on every call, for the few that run on (almost) every page. A LINQ query
/// is rebuilt as an expression tree per call and EF then walks it to extract its parameters and find its cached
/// translation. Compiling the page header's and the patient header's queries took the app's CPU per view of a
/// 200-device patient from 1.7 to 1.5 ms (docs/prestanda.md, session 17).
/// <para>
/// EF binds a compiled query to the model it first ran with and refuses any other, and one process can hold several
/// models (the tests run SQLite and PostgreSQL side by side), so the query is compiled once per model.
/// </para>
/// </summary>
public sealed class KompileradFraga<TParameter, TResultat>
{
    private readonly ConditionalWeakTable<IModel, Func<SesamDbContext, TParameter, CancellationToken, Task<TResultat>>> _perModell = new();
    private readonly ConditionalWeakTable<IModel, Func<SesamDbContext, TParameter, CancellationToken, Task<TResultat>>>.CreateValueCallback _kompilera;

    public KompileradFraga(Expression<Func<SesamDbContext, TParameter, CancellationToken, TResultat>> fraga) =>
        _kompilera = _ => EF.CompileAsyncQuery(fraga);

    public Task<TResultat> KorAsync(SesamDbContext db, TParameter parameter, CancellationToken ct) =>
        _perModell.GetValue(db.Model, _kompilera)(db, parameter, ct);
}
