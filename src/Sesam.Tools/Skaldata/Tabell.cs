using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Sesam.Domain.Gemensamt;

namespace Sesam.Tools.Skaldata;

/// <summary>
/// One table as the EF model maps it: its columns (owned types included) in a fixed order, and how to read
/// each column's stored value from a domain object. Reading through the model keeps bulk-loaded rows identical
/// to what EF Core would write: enum numbers, UTC instants, value converters, Version columns and any column
/// added later all come from the same metadata.
/// </summary>
internal sealed class Tabell
{
    private static readonly Action<Entitet, int> SattId =
        typeof(Entitet).GetProperty(nameof(Entitet.Id))!.SetMethod!.CreateDelegate<Action<Entitet, int>>();

    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    private Tabell(string namn, List<Kolumn> kolumner)
    {
        Namn = namn;
        Kolumner = kolumner;
        for (var i = 0; i < kolumner.Count; i++)
        {
            _index[kolumner[i].Egenskapsnamn] = i;
        }
    }

    public string Namn { get; }

    public IReadOnlyList<Kolumn> Kolumner { get; }

    /// <summary>A column's position, by the model's property name ("Adress.Postort" for an owned type's property).</summary>
    public int Index(string egenskap) =>
        _index.TryGetValue(egenskap, out var i) ? i : throw new InvalidOperationException($"Tabellen {Namn} har ingen kolumn för {egenskap}.");

    public static void AngeId(Entitet entitet, int id) => SattId(entitet, id);

    public static Tabell For<T>(IModel model)
    {
        var typ = model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} finns inte i modellen.");
        var namn = typ.GetTableName()!;
        var tabell = StoreObjectIdentifier.Table(namn, typ.GetSchema());
        var kolumner = new List<Kolumn>();
        LaggTill(typ, "", e => e, tabell, kolumner);
        return new Tabell(namn, kolumner);
    }

    /// <summary>The stored values of <paramref name="entitet"/>, foreign keys taken from its navigations.</summary>
    public object?[] Rad(object entitet)
    {
        var rad = new object?[Kolumner.Count];
        for (var i = 0; i < rad.Length; i++)
        {
            rad[i] = Kolumner[i].Las(entitet);
        }
        return rad;
    }

    private static void LaggTill(IEntityType typ, string prefix, Func<object, object?> agare, StoreObjectIdentifier tabell, List<Kolumn> kolumner)
    {
        var agd = typ.IsOwned();
        foreach (var egenskap in typ.GetProperties())
        {
            if (egenskap.GetComputedColumnSql() is not null || (agd && egenskap.IsPrimaryKey()))
            {
                continue;
            }
            var kolumnnamn = egenskap.GetColumnName(tabell)!;
            if (kolumner.Any(k => k.Namn == kolumnnamn))
            {
                continue;
            }
            kolumner.Add(new Kolumn(kolumnnamn, prefix + egenskap.Name, egenskap.IsColumnNullable(tabell),
                egenskap.GetRelationalTypeMapping(), egenskap.GetColumnType(tabell), Lasare(typ, egenskap, agare)));
        }
        foreach (var navigering in typ.GetNavigations().Where(n => n.TargetEntityType.IsOwned() && !n.IsCollection && n.ForeignKey.IsOwnership))
        {
            var mal = navigering.TargetEntityType;
            if (mal.GetTableName() != tabell.Name)
            {
                continue;
            }
            var getter = navigering.GetGetter();
            LaggTill(mal, prefix + navigering.Name + ".", e => agare(e) is { } a ? getter.GetClrValue(a) : null, tabell, kolumner);
        }
    }

    /// <summary>
    /// Reads a property; a foreign key whose navigation is set takes the principal's key, because objects built
    /// by the domain hold their references as navigations and leave the key at its default.
    /// </summary>
    private static Func<object, object?> Lasare(IEntityType typ, IProperty egenskap, Func<object, object?> agare)
    {
        Func<object, object?> las;
        if (egenskap.IsShadowProperty())
        {
            las = _ => null;
        }
        else
        {
            var getter = egenskap.GetGetter();
            las = e => agare(e) is { } a ? getter.GetClrValue(a) : null;
        }
        var nyckel = typ.GetForeignKeys().FirstOrDefault(fk =>
            fk.Properties.Count == 1 && fk.Properties[0] == egenskap && fk.DependentToPrincipal is not null && !fk.IsOwnership);
        if (nyckel is null)
        {
            return las;
        }
        var navigering = nyckel.DependentToPrincipal!.GetGetter();
        var principalNyckel = nyckel.PrincipalKey.Properties[0].GetGetter();
        return e =>
        {
            var a = agare(e);
            return a is not null && navigering.GetClrValue(a) is { } principal ? principalNyckel.GetClrValue(principal) : las(e);
        };
    }
}

/// <summary>A column: its stored name, the model property it comes from, and the provider's type mapping.</summary>
internal sealed record Kolumn(string Namn, string Egenskapsnamn, bool Nullbar, RelationalTypeMapping Mappning, string Kolumntyp, Func<object, object?> Las)
{
    /// <summary>The value as the provider stores it (enum number, converted value object, UTC instant).</summary>
    public object? Lagrat(object? varde) =>
        varde is null ? null : Mappning.Converter is { } c ? c.ConvertToProvider(varde) : varde;
}
