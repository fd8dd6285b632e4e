namespace LocationBoards.Hub.Features.Dispatch.Console;

/// <summary>Send this technician to the selected job; with a reason when the dispatcher overrides a refusal.</summary>
public sealed record DeployRequest(int TechnicianId, string? OverrideReason);
