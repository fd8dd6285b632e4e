using LocationBoards.Core.Customers;

namespace LocationBoards.Core.Ordering;

/// <summary>A client's order, placed at the location routing chose, moved through its states on that location's board.</summary>
public sealed class Order
{
    public long Id { get; set; }

    public int LocationId { get; set; }

    public int CustomerId { get; set; }

    public OrderChannel Channel { get; set; }

    public DeliveryMethod DeliveryMethod { get; set; }

    public PaymentMethod PaymentMethod { get; set; }

    /// <summary>Where the goods go or the technician is sent; null for pickup.</summary>
    public PostalAddress? DeliveryAddress { get; set; }

    public double? DeliveryLatitude { get; set; }

    public double? DeliveryLongitude { get; set; }

    public OrderStatus Status { get; set; }

    public string? CancelReason { get; set; }

    public DateTime PlacedUtc { get; set; }

    public DateTime DueUtc { get; set; }

    public long TotalMinor { get; set; }

    /// <summary>Who placed it: a user id, a kiosk device, or the phone line; for "who may see this order".</summary>
    public required string PlacedBy { get; set; }

    /// <summary>The state before the last move, so that move can be undone for a short while.</summary>
    public OrderStatus? PreviousStatus { get; set; }

    public DateTime? LastMovedUtc { get; set; }

    /// <summary>Who made the last move (a user id), for the status history.</summary>
    public string? LastMovedBy { get; set; }

    /// <summary>Application-managed concurrency token (SQLite cannot generate row versions).</summary>
    public int Version { get; set; }

    public List<OrderLine> Lines { get; set; } = [];

    public required RoutingRecord Routing { get; set; }

    public bool IsOpen => Status is OrderStatus.New or OrderStatus.InPreparation or OrderStatus.Ready;
}
