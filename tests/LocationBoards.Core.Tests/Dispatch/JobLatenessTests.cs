using LocationBoards.Core.Dispatch;
using static LocationBoards.Core.Tests.Dispatch.DispatchScene;

namespace LocationBoards.Core.Tests.Dispatch;

public class JobLatenessTests
{
    private static readonly PriorityTargets Targets = new();

    private static FieldJob JobCreatedAt(DateTime createdUtc, JobPriority priority, JobStatus status = JobStatus.New)
    {
        var job = Job(status, technicianId: status == JobStatus.New ? null : 1);
        job.CreatedUtc = createdUtc;
        job.Priority = priority;
        return job;
    }

    [Theory]
    [InlineData(JobPriority.Urgent, 2)]
    [InlineData(JobPriority.High, 4)]
    [InlineData(JobPriority.Normal, 24)]
    [InlineData(JobPriority.Low, 72)]
    public void A_job_is_late_only_once_its_priority_target_has_passed(JobPriority priority, int hours)
    {
        var created = Now.AddDays(-5);
        var job = JobCreatedAt(created, priority);
        var target = created.AddHours(hours);

        Assert.Equal(target, JobLateness.TargetUtc(job, Targets));
        Assert.False(JobLateness.IsLate(job, target.AddSeconds(-1), Targets));
        Assert.False(JobLateness.IsLate(job, target, Targets));
        Assert.True(JobLateness.IsLate(job, target.AddSeconds(1), Targets));
    }

    [Theory]
    [InlineData(JobStatus.Assigned)]
    [InlineData(JobStatus.EnRoute)]
    public void A_job_not_yet_reached_can_be_late_whoever_has_it(JobStatus status)
    {
        var job = JobCreatedAt(Now.AddHours(-3), JobPriority.Urgent, status);

        Assert.True(JobLateness.IsLate(job, Now, Targets));
    }

    [Theory]
    [InlineData(JobStatus.OnSite)]
    [InlineData(JobStatus.Done)]
    [InlineData(JobStatus.Cancelled)]
    public void A_job_on_site_done_or_cancelled_is_never_late(JobStatus status)
    {
        var job = JobCreatedAt(Now.AddDays(-30), JobPriority.Urgent, status);

        Assert.False(JobLateness.IsLate(job, Now, Targets));
        Assert.False(JobLateness.Assess(job, Now, Targets).IsLate);
    }

    [Fact]
    public void How_late_or_how_long_is_left_is_told_in_words()
    {
        var late = JobCreatedAt(Now.AddMinutes(-145), JobPriority.Urgent);
        var onTime = JobCreatedAt(Now.AddMinutes(-170), JobPriority.High);

        Assert.Equal("late by 25 min", JobLateness.Assess(late, Now, Targets).Words);
        Assert.Equal("on site due in 1 h 10 min", JobLateness.Assess(onTime, Now, Targets).Words);
        Assert.Equal("on site", JobLateness.Assess(JobCreatedAt(Now, JobPriority.Low, JobStatus.OnSite), Now, Targets).Words);
    }

    [Fact]
    public void Targets_are_configurable()
    {
        var targets = new PriorityTargets { Urgent = TimeSpan.FromMinutes(30) };
        var job = JobCreatedAt(Now.AddMinutes(-45), JobPriority.Urgent);

        Assert.True(JobLateness.IsLate(job, Now, targets));
        Assert.False(JobLateness.IsLate(job, Now, Targets));
    }
}
