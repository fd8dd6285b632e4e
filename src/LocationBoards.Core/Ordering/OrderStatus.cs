namespace LocationBoards.Core.Ordering;

/// <summary>The board's columns, in order, plus the two ends out of the way.</summary>
public enum OrderStatus
{
    New,
    InPreparation,
    Ready,

    /// <summary>Picked up, out for delivery, or technician visit booked.</summary>
    HandedOver,
    Done,
    Cancelled,
}
