using AngleSharp.Dom;
using Bunit;
using LocationBoards.Core.Locations;
using LocationBoards.Hub.Features.Admin.Locations;
using LocationBoards.Hub.Tests.Support;

namespace LocationBoards.Hub.Tests.Admin;

public class WeeklyHoursEditorTests : RadzenComponentTest
{
    [Fact]
    public void A_saved_range_past_midnight_says_next_day()
    {
        var hours = WeeklyHoursDraft.From([OpeningInterval.Between(DayOfWeek.Friday, new TimeOnly(18, 0), new TimeOnly(2, 0))]);

        var cut = Render<WeeklyHoursEditor>(p => p.Add(e => e.Hours, hours));

        Assert.Equal("18:00–02:00 (next day)", Day(cut, DayOfWeek.Friday).QuerySelector(".lb-hours-range__text")!.TextContent.Trim());
        Assert.Contains("Closed all day", Day(cut, DayOfWeek.Monday).TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Choosing_hours_then_a_close_before_the_open_runs_past_midnight()
    {
        var hours = new WeeklyHoursDraft();
        var cut = Render<WeeklyHoursEditor>(p => p.Add(e => e.Hours, hours));

        ModeButton(cut, DayOfWeek.Monday, "Hours").Click();
        cut.Find("input[name='hours-monday-0-opens']").Change("18:00");
        cut.Find("input[name='hours-monday-0-closes']").Change("02:00");

        cut.WaitForAssertion(() => Assert.Equal(
            "18:00–02:00 (next day)",
            Day(cut, DayOfWeek.Monday).QuerySelector(".lb-hours-range__text")!.TextContent.Trim()));
        var errors = new Dictionary<string, string>();
        var interval = Assert.Single(hours.ToIntervals(errors));
        Assert.Empty(errors);
        Assert.Equal((DayOfWeek.Monday, new TimeOnly(18, 0), 480, true), (interval.Day, interval.Opens, interval.DurationMinutes, interval.RunsPastMidnight));
    }

    [Fact]
    public void A_day_can_be_open_all_day_closed_again_or_get_a_second_range()
    {
        var hours = new WeeklyHoursDraft();
        var cut = Render<WeeklyHoursEditor>(p => p.Add(e => e.Hours, hours));

        ModeButton(cut, DayOfWeek.Sunday, "24 h").Click();
        Assert.Equal(DayHoursMode.AllDay, hours[DayOfWeek.Sunday].Mode);
        Assert.Contains("Open 24 hours", Day(cut, DayOfWeek.Sunday).TextContent, StringComparison.Ordinal);

        ModeButton(cut, DayOfWeek.Tuesday, "Hours").Click();
        Day(cut, DayOfWeek.Tuesday).QuerySelector("button[aria-label='Add range to Tuesday']")!.Click();
        Assert.Equal(2, Day(cut, DayOfWeek.Tuesday).QuerySelectorAll("li.lb-hours-range").Length);

        Day(cut, DayOfWeek.Tuesday).QuerySelector("button[aria-label='Remove Tuesday range 2']")!.Click();
        Day(cut, DayOfWeek.Tuesday).QuerySelector("button[aria-label='Remove Tuesday range 1']")!.Click();
        Assert.Equal(DayHoursMode.Closed, hours[DayOfWeek.Tuesday].Mode);
        Assert.Contains("Closed all day", Day(cut, DayOfWeek.Tuesday).TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Monday_can_be_copied_to_the_other_weekdays()
    {
        var hours = WeeklyHoursDraft.From([OpeningInterval.Between(DayOfWeek.Monday, new TimeOnly(7, 0), new TimeOnly(15, 0))]);
        var cut = Render<WeeklyHoursEditor>(p => p.Add(e => e.Hours, hours));

        cut.FindAll("button").Single(b => b.TextContent.Contains("Copy Monday", StringComparison.Ordinal)).Click();

        Assert.All(
            new[] { DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday },
            day => Assert.Equal("07:00–15:00", Day(cut, day).QuerySelector(".lb-hours-range__text")!.TextContent.Trim()));
        Assert.Equal(DayHoursMode.Closed, hours[DayOfWeek.Saturday].Mode);
    }

    [Fact]
    public void The_servers_messages_appear_on_the_day_and_range_they_are_about()
    {
        var hours = WeeklyHoursDraft.From(
        [
            OpeningInterval.Between(DayOfWeek.Friday, new TimeOnly(18, 0), new TimeOnly(2, 0)),
            OpeningInterval.Between(DayOfWeek.Saturday, new TimeOnly(1, 0), new TimeOnly(9, 0)),
        ]);
        var errors = new Dictionary<string, string>();
        hours.ToIntervals(errors);

        var cut = Render<WeeklyHoursEditor>(p => p.Add(e => e.Hours, hours).Add(e => e.Errors, errors));

        Assert.Contains("overlaps Friday 18:00–02:00 (next day)", Day(cut, DayOfWeek.Saturday).TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("overlaps", Day(cut, DayOfWeek.Friday).TextContent, StringComparison.Ordinal);
        Assert.Contains("lb-hours-day--invalid", Day(cut, DayOfWeek.Saturday).ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_time_box_and_button_has_a_name()
    {
        var hours = WeeklyHoursDraft.From(
            [.. Enum.GetValues<DayOfWeek>().Select(d => OpeningInterval.Between(d, new TimeOnly(7, 0), new TimeOnly(15, 0)))]);

        var cut = Render<WeeklyHoursEditor>(p => p.Add(e => e.Hours, hours));

        Assert.All(cut.FindAll("input[type='text'], input:not([type])"), input => Assert.False(string.IsNullOrWhiteSpace(input.GetAttribute("aria-label"))));
        Assert.All(cut.FindAll("button"), button => Assert.False(
            string.IsNullOrWhiteSpace(button.GetAttribute("aria-label")) && string.IsNullOrWhiteSpace(button.TextContent)));
    }

    private static IElement Day(IRenderedComponent<WeeklyHoursEditor> cut, DayOfWeek day) => cut.Find($"[data-day='{day}']");

    private static IElement ModeButton(IRenderedComponent<WeeklyHoursEditor> cut, DayOfWeek day, string text) =>
        Day(cut, day).QuerySelectorAll(".rz-selectbar .rz-button").Single(b => b.TextContent.Trim() == text);
}
