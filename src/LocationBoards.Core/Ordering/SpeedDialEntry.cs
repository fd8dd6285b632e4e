namespace LocationBoards.Core.Ordering;

/// <summary>
/// A predetermined order behind a short numeric code typed on a keypad, or behind a dialled phone
/// number (the number the client calls places this order after one confirmation).
/// </summary>
public sealed class SpeedDialEntry
{
    public int Id { get; set; }

    /// <summary>Digits only, 2 to 6 of them, unique.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>A called number (E.164) that stands for this order on the phone line, or null.</summary>
    public string? DialledNumber { get; set; }

    public DeliveryMethod DeliveryMethod { get; set; }

    public bool IsActive { get; set; } = true;

    public List<SpeedDialLine> Lines { get; set; } = [];
}
