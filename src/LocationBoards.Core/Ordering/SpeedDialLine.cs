namespace LocationBoards.Core.Ordering;

public sealed class SpeedDialLine
{
    public int Id { get; set; }

    public int SpeedDialEntryId { get; set; }

    public int CatalogItemId { get; set; }

    public int Quantity { get; set; }
}
