namespace LocationBoards.Core.Ordering;

/// <summary>What staff do to an order on the board.</summary>
public enum OrderMove
{
    /// <summary>To the next column: New → In preparation → Ready → Handed over → Done.</summary>
    Advance,

    /// <summary>Out of the way, with a reason, from any state before Done.</summary>
    Cancel,

    /// <summary>Take back the last move, for a short while after it.</summary>
    Undo,
}
