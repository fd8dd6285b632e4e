using LocationBoards.Core.Dispatch;
using LocationBoards.Core.Geography;
using LocationBoards.Hub.Features.Dispatch.Simulation;

namespace LocationBoards.Hub.Tests.Dispatch.Simulation;

public class SimulatedStepTests
{
    private static readonly DateTime Now = new(2025, 3, 4, 15, 0, 0, DateTimeKind.Utc);
    private static readonly GeoPoint Home = new(45.5231, -122.6765);
    private static readonly GeoPoint Place = new(45.5120, -122.6400);

    [Fact]
    public void An_assigned_job_is_started_on_shift_and_waits_off_shift()
    {
        var job = Job(JobStatus.Assigned);

        Assert.Equal(SimulatedAction.Start, Decide(onShift: true, Home, job).Action);
        Assert.Equal(SimulatedAction.Rest, Decide(onShift: false, Home, job).Action);
    }

    [Fact]
    public void On_the_way_the_technician_drives_until_near_the_place_then_arrives()
    {
        var job = Job(JobStatus.EnRoute);
        var justShort = RoadLikePath.Displaced(Place, 0, SimulatedStep.ArrivalMetres + 5);
        var near = RoadLikePath.Displaced(Place, 0, SimulatedStep.ArrivalMetres - 5);

        Assert.Equal(SimulatedAction.Drive, Decide(onShift: true, Home, job).Action);
        Assert.Equal(SimulatedAction.Drive, Decide(onShift: true, justShort, job).Action);
        Assert.Equal(SimulatedAction.Arrive, Decide(onShift: true, near, job).Action);
        Assert.Equal(job, Decide(onShift: true, near, job).Job);
    }

    [Fact]
    public void A_job_in_progress_is_carried_on_past_the_end_of_the_shift()
    {
        Assert.Equal(SimulatedAction.Drive, Decide(onShift: false, Home, Job(JobStatus.EnRoute)).Action);
        Assert.Equal(SimulatedAction.Work, Decide(onShift: false, Place, Job(JobStatus.OnSite, onSiteSince: Now.AddSeconds(-10))).Action);
    }

    [Fact]
    public void On_site_the_technician_works_for_the_job_s_time_then_completes_it()
    {
        var onSiteFor = TimeSpan.FromSeconds(90);

        var working = Decide(onShift: true, Place, Job(JobStatus.OnSite, onSiteSince: Now.AddSeconds(-89)), onSiteFor);
        var done = Decide(onShift: true, Place, Job(JobStatus.OnSite, onSiteSince: Now.AddSeconds(-90)), onSiteFor);

        Assert.Equal(SimulatedAction.Work, working.Action);
        Assert.Equal(SimulatedAction.Complete, done.Action);
    }

    [Fact]
    public void With_nothing_in_hand_the_technician_wanders_on_shift_and_rests_off_it()
    {
        Assert.Equal(new SimulatedStep(SimulatedAction.Wander, null), Decide(onShift: true, Home, job: null));
        Assert.Equal(new SimulatedStep(SimulatedAction.Rest, null), Decide(onShift: false, Home, job: null));
    }

    private static SimulatedJob Job(JobStatus status, DateTime? onSiteSince = null) => new(17, 3, status, Place, onSiteSince);

    private static SimulatedStep Decide(bool onShift, GeoPoint at, SimulatedJob? job, TimeSpan? onSiteFor = null) =>
        SimulatedStep.Decide(new SimulatedSituation(onShift, at, job, onSiteFor ?? TimeSpan.FromMinutes(2), Now));
}
