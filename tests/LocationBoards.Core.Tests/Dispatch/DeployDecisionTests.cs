using LocationBoards.Core.Dispatch;
using static LocationBoards.Core.Tests.Dispatch.DispatchScene;

namespace LocationBoards.Core.Tests.Dispatch;

public class DeployDecisionTests
{
    private static readonly DispatchOptions Options = new();

    private static readonly ShiftInterval[] ThursdayOnly =
        [ShiftInterval.Between(DayOfWeek.Thursday, new TimeOnly(8, 0), new TimeOnly(16, 0))];

    [Fact]
    public void An_available_technician_with_the_skill_is_deployed_without_an_override()
    {
        var decision = DeployDecision.Check(Job(), Technician(1, "Ann"), Now, Options, overrideReason: "not needed");

        Assert.True(decision.Allowed);
        Assert.Null(decision.OverrideReason);
        Assert.Empty(decision.Concerns);
    }

    [Fact]
    public void A_technician_without_the_skill_is_refused_without_a_reason_to_override()
    {
        var decision = DeployDecision.Check(Job(), Technician(1, "Ann", skills: ["fridge"]), Now, Options, overrideReason: "  ");

        Assert.False(decision.Allowed);
        Assert.Equal("Ann lacks the skill boiler. Give a reason to send them anyway.", decision.Refusal);
    }

    [Fact]
    public void A_technician_off_shift_is_deployed_with_an_override_which_the_job_records()
    {
        var job = Job();
        var decision = DeployDecision.Check(job, Technician(1, "Ann", shifts: ThursdayOnly), Now, Options, " Agreed to stay late ");

        Assert.True(decision.Allowed);
        Assert.Equal("Agreed to stay late", decision.OverrideReason);
        Assert.Equal(["is off shift (next shift Thu 08:00)"], decision.Concerns);

        var moved = JobStateMachine.Apply(job, decision.MoveFor(job), "dispatcher-1", Now);

        Assert.True(moved.Allowed);
        Assert.Equal(JobStatus.Assigned, job.Status);
        Assert.Equal(1, job.TechnicianId);
        Assert.Equal("Agreed to stay late", job.OverrideReason);
        Assert.Equal("Override: Agreed to stay late", job.History[^1].Note);
    }

    [Theory]
    [InlineData(JobStatus.OnSite)]
    [InlineData(JobStatus.EnRoute)]
    public void A_technician_busy_with_another_job_needs_an_override(JobStatus busyStatus)
    {
        var technician = Technician(1, "Ann", busy: new JobInProgress(12, busyStatus));

        Assert.False(DeployDecision.Check(Job(), technician, Now, Options, null).Allowed);
        Assert.True(DeployDecision.Check(Job(), technician, Now, Options, "Next door, will go straight after").Allowed);
    }

    [Fact]
    public void A_technician_with_a_stale_position_needs_an_override()
    {
        var decision = DeployDecision.Check(Job(), Technician(1, "Ann", positionAge: TimeSpan.FromMinutes(5)), Now, Options, null);

        Assert.False(decision.Allowed);
        Assert.Contains("last sent a position 5 min ago", decision.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void An_inactive_technician_is_never_deployed_even_with_an_override()
    {
        var decision = DeployDecision.Check(Job(), Technician(1, "Ann", active: false), Now, Options, "Please");

        Assert.False(decision.Allowed);
        Assert.Contains("not an active technician", decision.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void An_override_reason_over_300_characters_is_refused()
    {
        var decision = DeployDecision.Check(Job(), Technician(1, "Ann", skills: ["fridge"]), Now, Options, new string('x', 301));

        Assert.False(decision.Allowed);
        Assert.Contains("300 characters", decision.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Deploying_to_a_job_that_already_has_a_technician_is_a_reassignment()
    {
        var job = Job(JobStatus.EnRoute, technicianId: 1);
        var decision = DeployDecision.Check(job, Technician(2, "Bob"), Now, Options, null);

        var move = decision.MoveFor(job);

        Assert.Equal(JobMoveKind.Reassign, move.Kind);
        Assert.Equal(2, move.TechnicianId);
        Assert.True(JobStateMachine.Apply(job, move, "dispatcher-1", Now).Allowed);
        Assert.Equal(JobStatus.Assigned, job.Status);
    }
}
