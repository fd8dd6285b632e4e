namespace LocationBoards.Core.Locations;

/// <summary>
/// A day the location does not open (a holiday, a stocktake). It closes the openings that start on
/// that local date; an opening that started the evening before and runs past midnight still ends as planned.
/// </summary>
public sealed class DatedClosure
{
    public int Id { get; set; }

    public int LocationId { get; set; }

    public DateOnly Date { get; set; }

    public required string Reason { get; set; }
}
