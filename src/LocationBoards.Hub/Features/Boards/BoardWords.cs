using LocationBoards.Core.Ordering;

namespace LocationBoards.Hub.Features.Boards;

/// <summary>The words a board uses for columns, moves and delivery methods, in one place.</summary>
public static class BoardWords
{
    /// <summary>The four working columns, left to right.</summary>
    public static readonly IReadOnlyList<OrderStatus> WorkingColumns =
        [OrderStatus.New, OrderStatus.InPreparation, OrderStatus.Ready, OrderStatus.HandedOver];

    public static string Column(OrderStatus status) => status switch
    {
        OrderStatus.New => "New",
        OrderStatus.InPreparation => "In preparation",
        OrderStatus.Ready => "Ready",
        OrderStatus.HandedOver => "Handed over",
        OrderStatus.Done => "Done",
        _ => "Cancelled",
    };

    /// <summary>What the advance button on a card says, or null when the card cannot move on.</summary>
    public static string? Advance(OrderStatus status, DeliveryMethod method) => status switch
    {
        OrderStatus.New => "Start preparing",
        OrderStatus.InPreparation => "Ready",
        OrderStatus.Ready => method switch
        {
            DeliveryMethod.Pickup => "Picked up",
            DeliveryMethod.Delivery => "Out for delivery",
            _ => "Visit booked",
        },
        OrderStatus.HandedOver => "Done",
        _ => null,
    };

    public static string Method(DeliveryMethod method, string? area) => method switch
    {
        DeliveryMethod.Pickup => "Pick up here",
        DeliveryMethod.Delivery => area is null ? "Delivery" : $"Delivery · {area}",
        _ => area is null ? "Technician visit" : $"Technician visit · {area}",
    };

    public static string Channel(OrderChannel channel) => channel switch
    {
        OrderChannel.Kiosk => "kiosk",
        OrderChannel.Web => "web",
        OrderChannel.Phone => "phone",
        _ => "API",
    };

    public static string Urgency(CardUrgency urgency) => urgency switch
    {
        CardUrgency.Late => "late",
        CardUrgency.DueSoon => "due-soon",
        _ => "on-time",
    };
}
