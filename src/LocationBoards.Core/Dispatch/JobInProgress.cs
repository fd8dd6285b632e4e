namespace LocationBoards.Core.Dispatch;

/// <summary>The job a technician is on the way to or on site at; a technician has at most one.</summary>
public sealed record JobInProgress(long JobId, JobStatus Status);
