namespace LocationBoards.Core.Dispatch;

/// <summary>Something a technician can do, by its code, e.g. "boiler" or "washing-machine".</summary>
public sealed class TechnicianSkill
{
    public const int MaxSkillLength = 60;

    public int TechnicianId { get; set; }

    public required string Skill { get; set; }

    /// <summary>Skill codes compare without regard to case or surrounding spaces.</summary>
    public static bool Same(string? a, string? b) =>
        string.Equals(a?.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);
}
