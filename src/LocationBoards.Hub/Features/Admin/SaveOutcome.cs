namespace LocationBoards.Hub.Features.Admin;

/// <summary>
/// What became of an admin form's save: saved (with the record's id and new version), refused field by
/// field, refused because someone else changed the record first, or refused as a whole with a reason.
/// Whenever it is not <see cref="Succeeded"/>, nothing was changed.
/// </summary>
public sealed class SaveOutcome
{
    private static readonly IReadOnlyDictionary<string, string> NoErrors = new Dictionary<string, string>();

    private SaveOutcome(bool succeeded, int id, int version, IReadOnlyDictionary<string, string> errors, string? problem, bool isConflict)
    {
        Succeeded = succeeded;
        Id = id;
        Version = version;
        Errors = errors;
        Problem = problem;
        IsConflict = isConflict;
    }

    public bool Succeeded { get; }

    public int Id { get; }

    public int Version { get; }

    /// <summary>One message per field that was refused, keyed by the draft's property name (e.g. "Name", "Hours.Monday").</summary>
    public IReadOnlyDictionary<string, string> Errors { get; }

    /// <summary>A reason that is not about one field (a conflict, a record that is gone, a rule about the whole record).</summary>
    public string? Problem { get; }

    public bool IsConflict { get; }

    public static SaveOutcome Saved(int id, int version) => new(true, id, version, NoErrors, null, false);

    public static SaveOutcome Invalid(IReadOnlyDictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return new(false, 0, 0, errors, errors.Count == 1 ? "One field needs attention; nothing was saved." : $"{errors.Count} fields need attention; nothing was saved.", false);
    }

    public static SaveOutcome Conflict(string message) => new(false, 0, 0, NoErrors, message, true);

    public static SaveOutcome Refused(string message) => new(false, 0, 0, NoErrors, message, false);

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var message) ? message : null;
}
