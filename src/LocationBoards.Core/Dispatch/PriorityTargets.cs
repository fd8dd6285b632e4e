namespace LocationBoards.Core.Dispatch;

/// <summary>How long after a job is reported a technician should be on site, per priority (configurable).</summary>
public sealed class PriorityTargets
{
    public TimeSpan Urgent { get; set; } = TimeSpan.FromHours(2);

    public TimeSpan High { get; set; } = TimeSpan.FromHours(4);

    public TimeSpan Normal { get; set; } = TimeSpan.FromHours(24);

    public TimeSpan Low { get; set; } = TimeSpan.FromHours(72);

    public TimeSpan For(JobPriority priority) => priority switch
    {
        JobPriority.Urgent => Urgent,
        JobPriority.High => High,
        JobPriority.Low => Low,
        _ => Normal,
    };
}
