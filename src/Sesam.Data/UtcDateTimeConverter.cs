using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Sesam.Data;

/// <summary>All instants are stored as UTC; values read back are marked UTC so both providers agree.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
