using LocationBoards.Core.Dispatch;

namespace LocationBoards.Hub.Features.Dispatch;

/// <summary>A customer's problem as a dispatcher or another system reports it. The place is one of the customer's addresses, or a point with its address.</summary>
public sealed record JobRequest
{
    public int? CustomerId { get; init; }

    /// <summary>The product concerned, from the products the customer owns.</summary>
    public int? OwnedProductId { get; init; }

    public string? Symptoms { get; init; }

    public int? DeliveryAddressId { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    public string? AddressText { get; init; }

    public JobPriority? Priority { get; init; }

    public string? SkillNeeded { get; init; }
}
