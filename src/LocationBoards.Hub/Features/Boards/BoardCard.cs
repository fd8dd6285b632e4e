using LocationBoards.Core.Ordering;

namespace LocationBoards.Hub.Features.Boards;

/// <summary>
/// An order as its location's board shows it; carried whole in every board event so a board applies
/// an event without asking the store. Only a first name and the last four phone digits: boards hang where clients can see them.
/// </summary>
public sealed record BoardCard(
    long OrderId,
    int LocationId,
    OrderStatus Status,
    int Version,
    string CustomerFirstName,
    string MaskedPhone,
    IReadOnlyList<BoardCardLine> Lines,
    DeliveryMethod Method,
    string? AddressArea,
    OrderChannel Channel,
    long TotalMinor,
    DateTime PlacedUtc,
    DateTime DueUtc,
    string RoutingExplanation,
    string? CancelReason);
