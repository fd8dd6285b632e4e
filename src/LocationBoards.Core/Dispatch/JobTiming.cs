namespace LocationBoards.Core.Dispatch;

/// <summary>A job against its priority's target: when someone must be on site, whether that has passed, in words.</summary>
public sealed record JobTiming(DateTime TargetUtc, bool IsLate, string Words);
