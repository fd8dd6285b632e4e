namespace LocationBoards.Core.Dispatch;

/// <summary>The dispatch settings, bound from the "Dispatch" configuration section; every one has a sensible default.</summary>
public sealed class DispatchOptions
{
    public const string SectionName = "Dispatch";

    public PriorityTargets Targets { get; set; } = new();

    /// <summary>A technician whose last position is older than this is not suggested (the map shows them as stale).</summary>
    public TimeSpan PositionStaleAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Used to turn great-circle distance into a time to arrive.</summary>
    public double AverageSpeedKmh { get; set; } = 40;

    /// <summary>A breadcrumb is stored at most this often per technician; the latest position is always kept in memory.</summary>
    public TimeSpan BreadcrumbInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Breadcrumbs older than this are deleted.</summary>
    public TimeSpan BreadcrumbRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How far ahead of the server's clock a phone's timestamp may be before the position is refused.</summary>
    public TimeSpan AllowedClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>What is wrong with the settings, in words for the start-up log; empty when they will do.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        foreach (var priority in Enum.GetValues<JobPriority>())
        {
            if (Targets is null || Targets.For(priority) <= TimeSpan.Zero)
            {
                problems.Add($"Dispatch:Targets:{priority} must be a positive time, e.g. 02:00:00.");
            }
        }

        if (PositionStaleAfter <= TimeSpan.Zero)
        {
            problems.Add("Dispatch:PositionStaleAfter must be a positive time, e.g. 00:02:00.");
        }

        if (!double.IsFinite(AverageSpeedKmh) || AverageSpeedKmh <= 0 || AverageSpeedKmh > 300)
        {
            problems.Add("Dispatch:AverageSpeedKmh must be above 0 and at most 300.");
        }

        if (BreadcrumbInterval < TimeSpan.Zero)
        {
            problems.Add("Dispatch:BreadcrumbInterval must not be negative.");
        }

        if (BreadcrumbRetention <= TimeSpan.Zero)
        {
            problems.Add("Dispatch:BreadcrumbRetention must be a positive time, e.g. 30.00:00:00.");
        }

        if (AllowedClockSkew < TimeSpan.Zero)
        {
            problems.Add("Dispatch:AllowedClockSkew must not be negative.");
        }

        return problems;
    }

    /// <summary>How long the distance takes at the average speed.</summary>
    public TimeSpan TimeToCover(double metres) => TimeSpan.FromHours(metres / 1000 / AverageSpeedKmh);
}
