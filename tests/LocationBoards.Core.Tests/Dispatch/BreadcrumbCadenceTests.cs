using LocationBoards.Core.Dispatch;
using static LocationBoards.Core.Tests.Dispatch.DispatchScene;

namespace LocationBoards.Core.Tests.Dispatch;

public class BreadcrumbCadenceTests
{
    private static readonly TimeSpan Interval = new DispatchOptions().BreadcrumbInterval;

    [Fact]
    public void The_first_position_is_always_stored()
    {
        Assert.True(BreadcrumbCadence.ShouldStore(null, Now, Interval));
    }

    [Fact]
    public void A_breadcrumb_is_stored_once_the_interval_has_passed_since_the_last_stored_one()
    {
        Assert.False(BreadcrumbCadence.ShouldStore(Now, Now.AddSeconds(59), Interval));
        Assert.True(BreadcrumbCadence.ShouldStore(Now, Now.AddSeconds(60), Interval));
    }

    [Fact]
    public void Positions_every_15_seconds_for_five_minutes_leave_one_breadcrumb_a_minute()
    {
        DateTime? lastStored = null;
        var stored = new List<DateTime>();
        for (var second = 0; second <= 300; second += 15)
        {
            var recorded = Now.AddSeconds(second);
            if (BreadcrumbCadence.ShouldStore(lastStored, recorded, Interval))
            {
                stored.Add(recorded);
                lastStored = recorded;
            }
        }

        Assert.Equal([0, 60, 120, 180, 240, 300], stored.Select(s => (int)(s - Now).TotalSeconds));
    }

    [Fact]
    public void Breadcrumbs_older_than_the_retention_period_are_past_the_cutoff()
    {
        Assert.Equal(Now.AddDays(-30), BreadcrumbCadence.RetentionCutoff(Now, new DispatchOptions().BreadcrumbRetention));
    }

    [Fact]
    public void A_breadcrumb_keeps_the_technician_point_and_time_of_the_position()
    {
        var crumb = PositionBreadcrumb.From(new TechnicianPosition(4, North(1), Now));

        Assert.Equal((4, North(1).Latitude, North(1).Longitude, Now), (crumb.TechnicianId, crumb.Latitude, crumb.Longitude, crumb.RecordedUtc));
    }
}
