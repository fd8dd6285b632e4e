using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LocationBoards.Data;

/// <summary>Stores UTC timestamps and marks them as UTC when read back (SQLite keeps no kind).</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
