using LocationBoards.Core.Ordering;

namespace LocationBoards.Hub.Features.Ordering;

/// <summary>What the client is told once an order is placed.</summary>
public sealed record OrderSummary(
    long OrderId,
    int CustomerId,
    int LocationId,
    string LocationName,
    string Explanation,
    double DistanceMetres,
    DeliveryMethod Method,
    PaymentMethod Payment,
    OrderStatus Status,
    long TotalMinor,
    DateTime PlacedUtc,
    DateTime DueUtc);
