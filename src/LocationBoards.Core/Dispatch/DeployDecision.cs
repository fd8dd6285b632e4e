namespace LocationBoards.Core.Dispatch;

/// <summary>
/// Whether a technician may be sent to a job. One who is not available (off shift, busy with another job,
/// position missing or stale) or lacks the skill is refused unless the dispatcher gives a reason to
/// override, which is then recorded on the job and in its history. An inactive technician is never sent.
/// Whether the job itself can move is still <see cref="JobStateMachine"/>'s decision.
/// </summary>
public sealed record DeployDecision(bool Allowed, int TechnicianId, string? Refusal, string? OverrideReason, IReadOnlyList<string> Concerns)
{
    public static DeployDecision Check(
        FieldJob job, TechnicianSituation technician, DateTime nowUtc, DispatchOptions options, string? overrideReason)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(technician);
        var id = technician.TechnicianId;
        if (!technician.IsActive)
        {
            return new DeployDecision(false, id, $"{technician.Name} is not an active technician and cannot be sent.", null, []);
        }

        var assessment = TechnicianAvailability.Assess(technician, nowUtc, options);
        var concerns = new List<string>();
        if (!technician.HasSkill(job.SkillNeeded))
        {
            concerns.Add($"lacks the skill {job.SkillNeeded.Trim()}");
        }

        concerns.AddRange(assessment.ObstacleWords);
        if (concerns.Count == 0)
        {
            return new DeployDecision(true, id, null, null, []);
        }

        var why = $"{technician.Name} {SuggestionWords.List(concerns)}";
        if (string.IsNullOrWhiteSpace(overrideReason))
        {
            return new DeployDecision(false, id, $"{why}. Give a reason to send them anyway.", null, concerns);
        }

        return overrideReason.Trim().Length > FieldJob.MaxReasonLength
            ? new DeployDecision(false, id, $"{why}. Keep the reason to send them anyway to {FieldJob.MaxReasonLength} characters.", null, concerns)
            : new DeployDecision(true, id, null, overrideReason.Trim(), concerns);
    }

    /// <summary>The move that carries out an allowed decision: Assign for a new job, Reassign otherwise.</summary>
    public JobMove MoveFor(FieldJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return job.Status == JobStatus.New ? JobMove.Assign(TechnicianId, OverrideReason) : JobMove.Reassign(TechnicianId, OverrideReason);
    }
}
