using LocationBoards.Core.Dispatch;
using static LocationBoards.Core.Tests.Dispatch.DispatchScene;

namespace LocationBoards.Core.Tests.Dispatch;

public class JobStateMachineTests
{
    private static readonly (JobStatus From, JobMoveKind Move, JobStatus To)[] Allowed =
    [
        (JobStatus.New, JobMoveKind.Assign, JobStatus.Assigned),
        (JobStatus.Assigned, JobMoveKind.Start, JobStatus.EnRoute),
        (JobStatus.EnRoute, JobMoveKind.Arrive, JobStatus.OnSite),
        (JobStatus.OnSite, JobMoveKind.Complete, JobStatus.Done),
        (JobStatus.New, JobMoveKind.Cancel, JobStatus.Cancelled),
        (JobStatus.Assigned, JobMoveKind.Cancel, JobStatus.Cancelled),
        (JobStatus.EnRoute, JobMoveKind.Cancel, JobStatus.Cancelled),
        (JobStatus.OnSite, JobMoveKind.Cancel, JobStatus.Cancelled),
        (JobStatus.Assigned, JobMoveKind.Reassign, JobStatus.Assigned),
        (JobStatus.EnRoute, JobMoveKind.Reassign, JobStatus.Assigned),
        (JobStatus.OnSite, JobMoveKind.Reassign, JobStatus.Assigned),
    ];

    public static TheoryData<JobStatus, JobMoveKind, JobStatus> AllowedMoves()
    {
        var data = new TheoryData<JobStatus, JobMoveKind, JobStatus>();
        foreach (var (from, move, to) in Allowed)
        {
            data.Add(from, move, to);
        }

        return data;
    }

    public static TheoryData<JobStatus, JobMoveKind> RefusedMoves()
    {
        var data = new TheoryData<JobStatus, JobMoveKind>();
        foreach (var from in Enum.GetValues<JobStatus>())
        {
            foreach (var move in Enum.GetValues<JobMoveKind>())
            {
                if (!Allowed.Any(a => a.From == from && a.Move == move))
                {
                    data.Add(from, move);
                }
            }
        }

        return data;
    }

    private static FieldJob JobIn(JobStatus status) => Job(status, technicianId: status == JobStatus.New ? null : 1);

    private static JobMove MoveOf(JobMoveKind kind) => kind switch
    {
        JobMoveKind.Assign => JobMove.Assign(2),
        JobMoveKind.Reassign => JobMove.Reassign(2),
        JobMoveKind.Cancel => JobMove.Cancel("Customer fixed it themselves"),
        _ => new JobMove(kind),
    };

    [Theory]
    [MemberData(nameof(AllowedMoves))]
    public void Each_move_in_the_map_takes_the_job_to_its_next_state(JobStatus from, JobMoveKind move, JobStatus to)
    {
        var result = JobStateMachine.Decide(JobIn(from), MoveOf(move));

        Assert.True(result.Allowed, result.Refusal);
        Assert.Equal(to, result.Target);
    }

    [Theory]
    [MemberData(nameof(RefusedMoves))]
    public void Every_other_move_is_refused_in_plain_words_naming_the_job(JobStatus from, JobMoveKind move)
    {
        var result = JobStateMachine.Decide(JobIn(from), MoveOf(move));

        Assert.False(result.Allowed);
        Assert.Contains("Job 7", result.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Assigning_a_new_job_that_has_been_assigned_already_points_to_reassigning()
    {
        var result = JobStateMachine.Decide(JobIn(JobStatus.EnRoute), JobMove.Assign(2));

        Assert.Contains("reassign", result.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Assigning_or_reassigning_needs_a_technician()
    {
        Assert.False(JobStateMachine.Decide(JobIn(JobStatus.New), new JobMove(JobMoveKind.Assign)).Allowed);
        Assert.False(JobStateMachine.Decide(JobIn(JobStatus.Assigned), new JobMove(JobMoveKind.Reassign)).Allowed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Cancelling_needs_a_reason(string? reason)
    {
        var result = JobStateMachine.Decide(JobIn(JobStatus.Assigned), JobMove.Cancel(reason));

        Assert.False(result.Allowed);
        Assert.Contains("why", result.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cancel_reason_may_be_300_characters_but_not_301()
    {
        Assert.True(JobStateMachine.Decide(JobIn(JobStatus.New), JobMove.Cancel(new string('x', 300))).Allowed);
        Assert.True(JobStateMachine.Decide(JobIn(JobStatus.New), JobMove.Cancel("  " + new string('x', 300) + "  ")).Allowed);
        Assert.False(JobStateMachine.Decide(JobIn(JobStatus.New), JobMove.Cancel(new string('x', 301))).Allowed);
    }

    [Fact]
    public void A_cancelled_job_keeps_the_trimmed_reason_in_the_job_and_its_history()
    {
        var job = JobIn(JobStatus.EnRoute);

        JobStateMachine.Apply(job, JobMove.Cancel("  Customer not at home  "), "dispatcher-1", Now);

        Assert.Equal(JobStatus.Cancelled, job.Status);
        Assert.Equal("Customer not at home", job.CancelReason);
        Assert.Equal("Customer not at home", job.History[^1].Note);
        Assert.Equal(1, job.TechnicianId);
    }

    [Theory]
    [InlineData(JobStatus.Assigned)]
    [InlineData(JobStatus.EnRoute)]
    [InlineData(JobStatus.OnSite)]
    public void Reassigning_sends_the_job_back_to_assigned_with_the_new_technician(JobStatus from)
    {
        var job = JobIn(from);

        var result = JobStateMachine.Apply(job, JobMove.Reassign(5), "dispatcher-1", Now);

        Assert.True(result.Allowed);
        Assert.Equal(JobStatus.Assigned, job.Status);
        Assert.Equal(5, job.TechnicianId);
        Assert.Equal(from, job.History[^1].From);
        Assert.Equal(5, job.History[^1].TechnicianId);
    }

    [Fact]
    public void Reassigning_to_the_technician_who_has_the_job_is_refused()
    {
        var result = JobStateMachine.Decide(JobIn(JobStatus.Assigned), JobMove.Reassign(1));

        Assert.False(result.Allowed);
        Assert.Contains("already with that technician", result.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Reassigning_a_new_job_points_to_assigning()
    {
        var result = JobStateMachine.Decide(JobIn(JobStatus.New), JobMove.Reassign(2));

        Assert.Contains("assign it rather than reassign", result.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_technician_on_site_elsewhere_cannot_start_another_job()
    {
        var result = JobStateMachine.Decide(JobIn(JobStatus.Assigned), JobMove.Start, new JobInProgress(12, JobStatus.OnSite));

        Assert.False(result.Allowed);
        Assert.Contains("on site at job 12", result.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_move_is_recorded_in_the_history_and_bumps_the_version()
    {
        var job = JobIn(JobStatus.Assigned);
        job.Version = 4;

        JobStateMachine.Apply(job, JobMove.Start, "tech-user-1", Now);

        var line = Assert.Single(job.History);
        Assert.Equal(JobStatus.Assigned, line.From);
        Assert.Equal(JobStatus.EnRoute, line.To);
        Assert.Equal("tech-user-1", line.By);
        Assert.Equal(Now, line.AtUtc);
        Assert.Equal(7, line.JobId);
        Assert.Equal(5, job.Version);
    }

    [Fact]
    public void A_refused_move_changes_nothing()
    {
        var job = JobIn(JobStatus.Done);
        job.Version = 4;

        var result = JobStateMachine.Apply(job, JobMove.Start, "tech-user-1", Now);

        Assert.False(result.Allowed);
        Assert.Equal(JobStatus.Done, job.Status);
        Assert.Empty(job.History);
        Assert.Equal(4, job.Version);
    }

    [Fact]
    public void An_override_reason_is_recorded_with_the_assignment_and_cleared_by_a_plain_reassignment()
    {
        var job = JobIn(JobStatus.New);

        JobStateMachine.Apply(job, JobMove.Assign(2, " Only one who knows this model "), "dispatcher-1", Now);
        Assert.Equal("Only one who knows this model", job.OverrideReason);
        Assert.Equal("Override: Only one who knows this model", job.History[^1].Note);

        JobStateMachine.Apply(job, JobMove.Reassign(3), "dispatcher-1", Now.AddMinutes(5));
        Assert.Null(job.OverrideReason);
        Assert.Equal("Override: Only one who knows this model", job.History[0].Note);
    }

    [Fact]
    public void An_override_reason_over_300_characters_is_refused()
    {
        var result = JobStateMachine.Decide(JobIn(JobStatus.New), JobMove.Assign(2, new string('x', 301)));

        Assert.False(result.Allowed);
    }

    [Fact]
    public void Opening_a_job_records_its_creation_as_the_first_history_line()
    {
        var job = Job();

        JobStateMachine.Open(job, "support-rep-4", Now);

        var line = Assert.Single(job.History);
        Assert.Null(line.From);
        Assert.Equal(JobStatus.New, line.To);
        Assert.Equal(Now, job.CreatedUtc);
        Assert.Equal("support-rep-4", job.CreatedBy);
        Assert.Throws<InvalidOperationException>(() => JobStateMachine.Open(job, "support-rep-4", Now));
    }

    [Theory]
    [InlineData(JobMoveKind.Assign, DispatchEventKind.JobAssigned)]
    [InlineData(JobMoveKind.Reassign, DispatchEventKind.JobReassigned)]
    [InlineData(JobMoveKind.Cancel, DispatchEventKind.JobCancelled)]
    [InlineData(JobMoveKind.Start, DispatchEventKind.JobMoved)]
    [InlineData(JobMoveKind.Arrive, DispatchEventKind.JobMoved)]
    [InlineData(JobMoveKind.Complete, DispatchEventKind.JobMoved)]
    public void Each_move_produces_its_dispatch_event_kind(JobMoveKind move, DispatchEventKind kind)
    {
        Assert.Equal(kind, JobStateMachine.EventKindOf(move));
    }
}
