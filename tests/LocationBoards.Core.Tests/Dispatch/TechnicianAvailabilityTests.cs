using LocationBoards.Core.Dispatch;
using static LocationBoards.Core.Tests.Dispatch.DispatchScene;

namespace LocationBoards.Core.Tests.Dispatch;

public class TechnicianAvailabilityTests
{
    private static readonly DispatchOptions Options = new();

    [Fact]
    public void On_shift_with_a_fresh_position_and_nothing_in_hand_is_available()
    {
        var assessment = TechnicianAvailability.Assess(Technician(1, "Ann"), Now, Options);

        Assert.True(assessment.IsAvailable);
        Assert.Equal(TechnicianState.Available, assessment.State);
        Assert.Empty(assessment.Obstacles);
    }

    [Fact]
    public void Jobs_waiting_are_load_and_do_not_make_a_technician_unavailable()
    {
        var assessment = TechnicianAvailability.Assess(Technician(1, "Ann", load: 2), Now, Options);

        Assert.True(assessment.IsAvailable);
        Assert.Equal(TechnicianState.Assigned, assessment.State);
        Assert.Equal(2, assessment.Load);
    }

    [Theory]
    [InlineData(JobStatus.EnRoute, TechnicianState.EnRoute, LeftOutReason.EnRouteElsewhere)]
    [InlineData(JobStatus.OnSite, TechnicianState.OnSite, LeftOutReason.OnSiteElsewhere)]
    public void A_technician_with_a_job_in_progress_is_busy(JobStatus status, TechnicianState state, LeftOutReason reason)
    {
        var assessment = TechnicianAvailability.Assess(Technician(1, "Ann", busy: new JobInProgress(12, status)), Now, Options);

        Assert.False(assessment.IsAvailable);
        Assert.Equal(state, assessment.State);
        Assert.Equal([reason], assessment.Obstacles);
        Assert.Contains("job 12", assessment.ObstacleWords[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Off_shift_says_when_the_next_shift_starts()
    {
        // Now is Wednesday 12:00 in Portland; the only shift is Thursday 08:00-16:00.
        var thursday = new[] { ShiftInterval.Between(DayOfWeek.Thursday, new TimeOnly(8, 0), new TimeOnly(16, 0)) };

        var assessment = TechnicianAvailability.Assess(Technician(1, "Ann", shifts: thursday), Now, Options);

        Assert.False(assessment.IsAvailable);
        Assert.Equal(TechnicianState.OffShift, assessment.State);
        Assert.Equal("is off shift (next shift Thu 08:00)", Assert.Single(assessment.ObstacleWords));
    }

    [Fact]
    public void A_technician_on_site_past_the_end_of_their_shift_shows_as_on_site()
    {
        var thursday = new[] { ShiftInterval.Between(DayOfWeek.Thursday, new TimeOnly(8, 0), new TimeOnly(16, 0)) };
        var technician = Technician(1, "Ann", shifts: thursday, busy: new JobInProgress(12, JobStatus.OnSite));

        Assert.Equal(TechnicianState.OnSite, TechnicianAvailability.Assess(technician, Now, Options).State);
    }

    [Fact]
    public void A_position_as_old_as_the_stale_age_is_stale_and_one_just_younger_is_fresh()
    {
        var fresh = TechnicianAvailability.Assess(Technician(1, "Ann", positionAge: TimeSpan.FromSeconds(119)), Now, Options);
        var stale = TechnicianAvailability.Assess(Technician(1, "Ann", positionAge: TimeSpan.FromMinutes(2)), Now, Options);

        Assert.True(fresh.IsAvailable);
        Assert.False(stale.IsAvailable);
        Assert.True(stale.PositionIsStale);
        Assert.Equal(TechnicianState.Stale, stale.State);
        Assert.Equal([LeftOutReason.PositionStale], stale.Obstacles);
    }

    [Fact]
    public void A_technician_who_has_sent_no_position_is_stale()
    {
        var assessment = TechnicianAvailability.Assess(Technician(1, "Ann", hasPosition: false), Now, Options);

        Assert.Equal(TechnicianState.Stale, assessment.State);
        Assert.Equal("has sent no position yet", Assert.Single(assessment.ObstacleWords));
    }

    [Fact]
    public void An_inactive_technician_is_unavailable()
    {
        var assessment = TechnicianAvailability.Assess(Technician(1, "Ann", active: false), Now, Options);

        Assert.False(assessment.IsAvailable);
        Assert.Equal(TechnicianState.Unavailable, assessment.State);
    }

    [Fact]
    public void A_night_shift_on_the_fall_back_night_keeps_the_technician_available_through_the_repeated_hour()
    {
        var night = new[] { ShiftInterval.Between(DayOfWeek.Saturday, new TimeOnly(22, 0), new TimeOnly(6, 0)) };
        var secondPass = new DateTime(2026, 11, 1, 9, 15, 0, DateTimeKind.Utc); // 01:15 PST, the second time round
        var technician = Technician(1, "Ann", shifts: night) with
        {
            Position = new TechnicianPosition(1, North(1), secondPass.AddSeconds(-5)),
        };

        Assert.True(TechnicianAvailability.Assess(technician, secondPass, Options).IsAvailable);
    }

    [Fact]
    public void The_situation_counts_waiting_jobs_and_the_job_in_progress_of_that_technician_only()
    {
        var technician = new Technician
        {
            Id = 1,
            UserId = "tech-user-1",
            Name = "Ann",
            Email = "ann@example.com",
            Skills = [new TechnicianSkill { TechnicianId = 1, Skill = "Boiler " }],
            Shifts = [.. EveryDayAllDay],
        };
        FieldJob[] jobs =
        [
            Job(JobStatus.Assigned, technicianId: 1, id: 1),
            Job(JobStatus.Assigned, technicianId: 1, id: 2),
            Job(JobStatus.OnSite, technicianId: 1, id: 3),
            Job(JobStatus.Done, technicianId: 1, id: 4),
            Job(JobStatus.Assigned, technicianId: 2, id: 5),
        ];

        var situation = TechnicianSituation.From(technician, Portland, new TechnicianPosition(1, North(1), Now), jobs);

        Assert.Equal(2, situation.WaitingJobs);
        Assert.Equal(new JobInProgress(3, JobStatus.OnSite), situation.InProgress);
        Assert.True(situation.HasSkill("boiler"));
        Assert.True(technician.HasSkill("BOILER"));
    }
}
