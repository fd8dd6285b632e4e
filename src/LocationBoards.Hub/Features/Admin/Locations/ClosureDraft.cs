namespace LocationBoards.Hub.Features.Admin.Locations;

/// <summary>A dated closure in the editor: a local date the location does not open, and why.</summary>
public sealed class ClosureDraft
{
    public DateOnly? Date { get; set; }

    public string Reason { get; set; } = string.Empty;
}
