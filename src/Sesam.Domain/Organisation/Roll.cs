namespace Sesam.Domain.Organisation;

[Flags]
public enum Roll
{
    Ingen = 0,
    Forskrivare = 1,
    Bestallare = 2,
    Logistik = 4,
    Admin = 8,
}

public enum Leveranskalla
{
    Hjalpmedelsverksamhet = 1,
    EgetForrad = 2,
}

public static class RollText
{
    /// <summary>The roles as users read them, e.g. "Förskrivare, Beställare".</summary>
    public static string Text(this Roll roller) => string.Join(", ",
        new[] { (Roll.Forskrivare, "Förskrivare"), (Roll.Bestallare, "Beställare"), (Roll.Logistik, "Logistik"), (Roll.Admin, "Admin") }
            .Where(r => (roller & r.Item1) == r.Item1)
            .Select(r => r.Item2));
}
