namespace LocationBoards.Core.Ordering;

/// <summary>Where a move takes an order, or why it is refused.</summary>
public readonly record struct MoveResult(OrderStatus? Target, string? Refusal)
{
    public bool Allowed => Target is not null;

    public static MoveResult To(OrderStatus target) => new(target, null);

    public static MoveResult Refused(string why) => new(null, why);
}
