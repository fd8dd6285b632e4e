using LocationBoards.Core.Dispatch;

namespace LocationBoards.Core.Tests.Dispatch;

public class DispatchOptionsTests
{
    [Fact]
    public void The_defaults_are_the_ones_the_business_asked_for_and_are_valid()
    {
        var options = new DispatchOptions();

        Assert.Equal(
            [TimeSpan.FromHours(2), TimeSpan.FromHours(4), TimeSpan.FromHours(24), TimeSpan.FromHours(72)],
            Enum.GetValues<JobPriority>().Select(options.Targets.For));
        Assert.Equal(TimeSpan.FromMinutes(2), options.PositionStaleAfter);
        Assert.Equal(40, options.AverageSpeedKmh);
        Assert.Equal(TimeSpan.FromSeconds(60), options.BreadcrumbInterval);
        Assert.Equal(TimeSpan.FromSeconds(30), options.AllowedClockSkew);
        Assert.Empty(options.Problems());
    }

    [Fact]
    public void Unusable_settings_are_reported_by_their_configuration_keys()
    {
        var options = new DispatchOptions
        {
            AverageSpeedKmh = 0,
            PositionStaleAfter = TimeSpan.Zero,
            Targets = new PriorityTargets { High = TimeSpan.FromHours(-1) },
        };

        var problems = options.Problems();

        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("Dispatch:AverageSpeedKmh", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Dispatch:PositionStaleAfter", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Dispatch:Targets:High", StringComparison.Ordinal));
    }

    [Fact]
    public void Time_to_cover_a_distance_follows_the_average_speed()
    {
        Assert.Equal(TimeSpan.FromMinutes(15), new DispatchOptions().TimeToCover(10_000));
    }

    [Theory]
    [InlineData(20, "under a minute")]
    [InlineData(12 * 60, "12 min")]
    [InlineData(70 * 60, "1 h 10 min")]
    [InlineData(50 * 3600, "2 d 2 h")]
    public void Durations_read_as_dispatchers_say_them(int seconds, string words)
    {
        Assert.Equal(words, DurationText.Format(TimeSpan.FromSeconds(seconds)));
    }
}
