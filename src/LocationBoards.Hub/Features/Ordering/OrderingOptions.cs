using System.ComponentModel.DataAnnotations;
using LocationBoards.Core.Routing;

namespace LocationBoards.Hub.Features.Ordering;

/// <summary>Bound from "Ordering".</summary>
public sealed class OrderingOptions
{
    public const string Section = "Ordering";

    /// <summary>The most of one item a single order line may ask for.</summary>
    [Range(1, 10_000)]
    public int MaxQuantityPerLine { get; set; } = 50;

    [Range(1, 500)]
    public int MaxLinesPerOrder { get; set; } = 40;

    /// <summary>How long a submission's idempotency key is remembered (at least 24 hours).</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "30.00:00:00")]
    public TimeSpan IdempotencyWindow { get; set; } = TimeSpan.FromHours(48);

    /// <summary>Half-life of a past purchase when ranking a customer's usual items.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00")]
    public TimeSpan UsualHalfLife { get; set; } = TimeSpan.FromDays(90);

    [Range(1, 24)]
    public int UsualItemCount { get; set; } = 6;

    /// <summary>Orders are due this long after placing, per delivery method.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan PickupDueAfter { get; set; } = TimeSpan.FromMinutes(15);

    [Range(typeof(TimeSpan), "00:01:00", "2.00:00:00")]
    public TimeSpan DeliveryDueAfter { get; set; } = TimeSpan.FromMinutes(60);

    [Range(typeof(TimeSpan), "00:10:00", "14.00:00:00")]
    public TimeSpan TechnicianVisitDueAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How distances read to clients: Miles or Kilometres.</summary>
    public DistanceUnit DistanceUnit { get; set; } = DistanceUnit.Miles;

    /// <summary>The business's culture for prices and dates, e.g. "en-US".</summary>
    [Required(AllowEmptyStrings = false)]
    public string Culture { get; set; } = "en-US";

    /// <summary>The most submissions the order writer commits together.</summary>
    [Range(1, 1_000)]
    public int WriterBatchSize { get; set; } = 128;
}
