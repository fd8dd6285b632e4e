namespace LocationBoards.Core.Ordering;

/// <summary>Why an order went where it went, kept with the order so the board card can say it.</summary>
public sealed class RoutingRecord
{
    public double OriginLatitude { get; set; }

    public double OriginLongitude { get; set; }

    /// <summary>What the origin was: "kiosk", "delivery address", "customer address", "chosen location".</summary>
    public required string OriginKind { get; set; }

    public double DistanceMetres { get; set; }

    /// <summary>One plain sentence, e.g. "Riverside has everything in stock and is 0.4 km away; Harbour is nearer but closed."</summary>
    public required string Explanation { get; set; }

    /// <summary>Each nearer location that was passed over, with the reason.</summary>
    public List<RoutingCandidate> PassedOver { get; set; } = [];
}
