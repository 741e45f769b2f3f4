namespace Sesam.Domain;

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
