using LocationBoards.Core.Dispatch;
using static LocationBoards.Core.Tests.Dispatch.DispatchScene;

namespace LocationBoards.Core.Tests.Dispatch;

public class PositionAcceptanceTests
{
    private static readonly DispatchOptions Options = new();

    private static PositionVerdict Check(int? caller, PositionReport report, DateTime? latest = null) =>
        PositionAcceptance.Check(caller, report, latest, Now, Options);

    [Fact]
    public void A_technicians_own_position_in_range_and_on_time_is_accepted()
    {
        var verdict = Check(4, new PositionReport(4, 45.52, -122.68, Now.AddSeconds(-3)), Now.AddSeconds(-20));

        Assert.True(verdict.IsAccepted);
        Assert.Equal(new TechnicianPosition(4, new(45.52, -122.68), Now.AddSeconds(-3)), verdict.Position);
    }

    [Theory]
    [InlineData(90.0001, 0)]
    [InlineData(-91, 0)]
    [InlineData(0, 180.5)]
    [InlineData(0, -181)]
    [InlineData(double.NaN, 0)]
    [InlineData(0, double.PositiveInfinity)]
    public void Coordinates_out_of_range_are_refused(double latitude, double longitude)
    {
        var verdict = Check(4, new PositionReport(4, latitude, longitude, Now));

        Assert.Equal(PositionOutcome.Refused, verdict.Outcome);
        Assert.Contains("not a position", verdict.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void The_edges_of_the_map_are_positions()
    {
        Assert.True(Check(4, new PositionReport(4, -90, 180, Now)).IsAccepted);
    }

    [Fact]
    public void A_timestamp_ahead_of_the_server_by_more_than_the_clock_skew_is_refused()
    {
        Assert.True(Check(4, new PositionReport(4, 45.52, -122.68, Now.AddSeconds(30))).IsAccepted);

        var verdict = Check(4, new PositionReport(4, 45.52, -122.68, Now.AddSeconds(31)));

        Assert.Equal(PositionOutcome.Refused, verdict.Outcome);
        Assert.Contains("future", verdict.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void A_position_for_another_technician_is_refused()
    {
        var verdict = Check(4, new PositionReport(5, 45.52, -122.68, Now));

        Assert.Equal(PositionOutcome.Refused, verdict.Outcome);
        Assert.Equal("A technician can only report their own position.", verdict.Why);
    }

    [Fact]
    public void A_caller_who_is_no_technician_cannot_report_a_position()
    {
        Assert.Equal(PositionOutcome.Refused, Check(null, new PositionReport(5, 45.52, -122.68, Now)).Outcome);
    }

    [Fact]
    public void A_repeated_position_is_ignored_not_refused()
    {
        var verdict = Check(4, new PositionReport(4, 45.52, -122.68, Now.AddSeconds(-5)), latest: Now.AddSeconds(-5));

        Assert.Equal(PositionOutcome.Ignored, verdict.Outcome);
        Assert.Null(verdict.Position);
    }

    [Fact]
    public void A_position_older_than_the_latest_accepted_is_ignored()
    {
        var verdict = Check(4, new PositionReport(4, 45.52, -122.68, Now.AddSeconds(-30)), latest: Now.AddSeconds(-5));

        Assert.Equal(PositionOutcome.Ignored, verdict.Outcome);
        Assert.Equal("A newer position was already received.", verdict.Why);
    }

    [Fact]
    public void An_old_position_newer_than_the_latest_accepted_is_accepted()
    {
        // A phone that was offline sends what it recorded meanwhile.
        var verdict = Check(4, new PositionReport(4, 45.52, -122.68, Now.AddMinutes(-10)), latest: Now.AddMinutes(-20));

        Assert.True(verdict.IsAccepted);
    }
}
