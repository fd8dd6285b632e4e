namespace LocationBoards.Core.Dispatch;

/// <summary>How soon a technician must be on site; each priority has a target time (see <see cref="PriorityTargets"/>).</summary>
public enum JobPriority
{
    Urgent,
    High,
    Normal,
    Low,
}
