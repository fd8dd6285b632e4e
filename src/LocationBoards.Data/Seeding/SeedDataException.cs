using System.Globalization;

namespace LocationBoards.Data.Seeding;

/// <summary>
/// A seed file is missing or wrong. The message names the file and where in it (the line of a CSV row, the
/// line or JSON path of a JSON value) and the field, e.g. <c>catalog.csv line 14, field 'price': "3,20" is not a price like 3.20</c>.
/// </summary>
public sealed class SeedDataException : Exception
{
    public SeedDataException()
    {
    }

    public SeedDataException(string message)
        : base(message)
    {
    }

    public SeedDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The seed file the problem is in, as named in the seed folder (e.g. "gazetteer/streets.csv").</summary>
    public string? File { get; init; }

    public static SeedDataException InFile(string file, string problem, Exception? inner = null) =>
        Create(file, $"{file}: {problem}", inner);

    public static SeedDataException AtLine(string file, int line, string? field, string problem, Exception? inner = null) =>
        Create(file, string.Create(CultureInfo.InvariantCulture, $"{file} line {line}{FieldPart(field)}: {problem}"), inner);

    public static SeedDataException AtPath(string file, string path, string? field, string problem) =>
        Create(file, $"{file} at {path}{FieldPart(field)}: {problem}", null);

    private static string FieldPart(string? field) => field is null ? string.Empty : $", field '{field}'";

    private static SeedDataException Create(string file, string message, Exception? inner) =>
        inner is null ? new SeedDataException(message) { File = file } : new SeedDataException(message, inner) { File = file };
}
