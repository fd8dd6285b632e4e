using System.Globalization;
using System.Text.RegularExpressions;

namespace LocationBoards.Data.Seeding;

/// <summary>One row of a seed CSV file with its line number; typed reads throw <see cref="SeedDataException"/> naming file, line and field.</summary>
internal sealed partial class SeedCsvRow(string file, int line, IReadOnlyDictionary<string, int> columns, IReadOnlyList<string> fields)
{
    public string File { get; } = file;

    public int Line { get; } = line;

    public string? Optional(string column) =>
        columns.TryGetValue(column, out var index) && !string.IsNullOrWhiteSpace(fields[index]) ? fields[index].Trim() : null;

    public string Text(string column) => Optional(column) ?? throw Problem(column, "is empty");

    public int Integer(string column, int min, int max)
    {
        var text = Text(column);
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw Problem(column, $"\"{text}\" is not a whole number from {min} to {max}");
        }

        return value;
    }

    public double Number(string column, double min, double max)
    {
        var text = Text(column);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw Problem(column, $"\"{text}\" is not a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");
        }

        return value;
    }

    /// <summary>A price in major units with a full stop and at most two decimals ("3.20"), as minor units (320).</summary>
    public long PriceMinor(string column)
    {
        var text = Text(column);
        if (!Price().IsMatch(text))
        {
            throw Problem(column, $"\"{text}\" is not a price like 3.20");
        }

        return (long)(decimal.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) * 100m);
    }

    public DateTime UtcTimestamp(string column)
    {
        var text = Text(column);
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            || !(text.EndsWith('Z') || text.Contains('+', StringComparison.Ordinal) || text.LastIndexOf('-') > 10))
        {
            throw Problem(column, $"\"{text}\" is not an ISO-8601 time with a zone, like 2026-03-14T16:05:00Z");
        }

        return value.UtcDateTime;
    }

    public SeedDataException Problem(string column, string problem) => SeedDataException.AtLine(File, Line, column, problem);

    [GeneratedRegex(@"^\d{1,7}(\.\d{1,2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Price();
}
