using LocationBoards.Core.Dispatch;
using static LocationBoards.Core.Tests.Dispatch.DispatchScene;

namespace LocationBoards.Core.Tests.Dispatch;

public class TechnicianMatcherTests
{
    private static readonly DispatchOptions Options = new();

    private static TechnicianSuggestions Suggest(FieldJob job, params TechnicianSituation[] technicians) =>
        TechnicianMatcher.Suggest(job, technicians, Now, Options);

    [Fact]
    public void Available_technicians_with_the_skill_are_ranked_by_time_to_arrive()
    {
        var result = Suggest(Job(), Technician(1, "Ann", kmAway: 8.1), Technician(2, "Bob", kmAway: 2), Technician(3, "Cy", kmAway: 5.5));

        Assert.Equal([2, 3, 1], result.Suggestions.Select(s => s.TechnicianId));
        Assert.Equal([1, 2, 3], result.Suggestions.Select(s => s.Rank));
        Assert.Equal([3, 8, 12], result.Suggestions.Select(s => s.MinutesAway));
        Assert.Equal(2, result.Best?.TechnicianId);
    }

    [Fact]
    public void Each_suggestion_says_how_far_and_how_long_and_why_the_next_ranks_lower()
    {
        var result = Suggest(Job(), Technician(1, "Ann", kmAway: 8.1, load: 1), Technician(2, "Bob", kmAway: 5.5));

        var bob = result.Suggestions[0];
        var ann = result.Suggestions[1];
        Assert.Equal("8 min away (5.5 km at 40 km/h), no jobs waiting", bob.Reach);
        Assert.Null(bob.RanksBelow);
        Assert.Equal("Ann ranks lower: 4 min further", bob.NextRanksLower);
        Assert.Equal("12 min away (8.1 km at 40 km/h), 1 job waiting; ranks below Bob: 4 min further", ann.Why);
        Assert.Null(ann.NextRanksLower);
        Assert.Equal("Bob is the best match: 8 min away (5.5 km at 40 km/h), no jobs waiting.", result.Summary);
    }

    [Fact]
    public void The_average_speed_comes_from_the_options()
    {
        var slow = new DispatchOptions { AverageSpeedKmh = 20 };

        var result = TechnicianMatcher.Suggest(Job(), [Technician(1, "Ann", kmAway: 5)], Now, slow);

        Assert.Equal(15, result.Suggestions[0].MinutesAway);
        Assert.Contains("at 20 km/h", result.Suggestions[0].Reach, StringComparison.Ordinal);
    }

    [Fact]
    public void At_the_same_time_away_the_lower_load_ranks_first()
    {
        var result = Suggest(Job(), Technician(1, "Ann", kmAway: 4, load: 2), Technician(2, "Bob", kmAway: 4, load: 0));

        Assert.Equal([2, 1], result.Suggestions.Select(s => s.TechnicianId));
        Assert.Equal("ranks below Bob: as near, but 2 more jobs waiting", result.Suggestions[1].RanksBelow);
    }

    [Fact]
    public void Within_the_same_minute_the_lower_load_ranks_first_even_if_slightly_further()
    {
        // 8.0 km and 8.1 km are both 12 minutes at 40 km/h.
        var result = Suggest(Job(), Technician(1, "Ann", kmAway: 8.0, load: 1), Technician(2, "Bob", kmAway: 8.1, load: 0));

        Assert.Equal([2, 1], result.Suggestions.Select(s => s.TechnicianId));
    }

    [Fact]
    public void Within_the_same_minute_and_load_the_nearer_ranks_first()
    {
        var result = Suggest(Job(), Technician(1, "Ann", kmAway: 8.1), Technician(2, "Bob", kmAway: 8.0));

        Assert.Equal([2, 1], result.Suggestions.Select(s => s.TechnicianId));
        Assert.Equal("ranks below Bob: as near and as busy, but 100 m further", result.Suggestions[1].RanksBelow);
    }

    [Fact]
    public void Equal_time_and_load_go_to_the_lower_technician_id_whatever_the_input_order()
    {
        var result = Suggest(Job(), Technician(9, "Ivy", kmAway: 3), Technician(4, "Dan", kmAway: 3));

        Assert.Equal([4, 9], result.Suggestions.Select(s => s.TechnicianId));
        Assert.Equal("ranks below Dan: as near and as busy; Dan comes first by technician number", result.Suggestions[1].RanksBelow);
    }

    [Fact]
    public void Technicians_without_the_skill_are_left_out_and_skills_match_without_regard_to_case()
    {
        var result = Suggest(
            Job(skill: "Boiler"),
            Technician(1, "Ann", kmAway: 1, skills: ["washing-machine"]),
            Technician(2, "Bob", kmAway: 2, skills: ["BOILER"]));

        Assert.Equal([2], result.Suggestions.Select(s => s.TechnicianId));
        var ann = Assert.Single(result.LeftOut);
        Assert.Equal([LeftOutReason.LacksSkill], ann.Reasons);
        Assert.Equal("lacks the skill Boiler", ann.Because);
    }

    [Fact]
    public void Off_shift_busy_and_stale_technicians_are_left_out_with_their_reasons()
    {
        var thursday = new[] { ShiftInterval.Between(DayOfWeek.Thursday, new TimeOnly(8, 0), new TimeOnly(16, 0)) };

        var result = Suggest(
            Job(),
            Technician(1, "Ann", kmAway: 1, shifts: thursday),
            Technician(2, "Bob", kmAway: 2, busy: new JobInProgress(12, JobStatus.OnSite)),
            Technician(3, "Cy", kmAway: 3, positionAge: TimeSpan.FromMinutes(14)),
            Technician(4, "Dee", hasPosition: false),
            Technician(5, "Eve", kmAway: 9));

        Assert.Equal([5], result.Suggestions.Select(s => s.TechnicianId));
        Assert.Equal(
            ["is off shift (next shift Thu 08:00)", "is busy on site at job 12", "last sent a position 14 min ago", "has sent no position yet"],
            result.LeftOut.Select(l => l.Because));
    }

    [Fact]
    public void Several_reasons_for_one_technician_are_all_given()
    {
        var thursday = new[] { ShiftInterval.Between(DayOfWeek.Thursday, new TimeOnly(8, 0), new TimeOnly(16, 0)) };

        var result = Suggest(Job(), Technician(1, "Ann", shifts: thursday, skills: ["fridge"]));

        var ann = Assert.Single(result.LeftOut);
        Assert.Equal([LeftOutReason.LacksSkill, LeftOutReason.OffShift], ann.Reasons);
        Assert.Equal("lacks the skill boiler and is off shift (next shift Thu 08:00)", ann.Because);
    }

    [Fact]
    public void Left_out_technicians_are_listed_nearest_first_then_those_without_a_position()
    {
        var result = Suggest(
            Job(),
            Technician(1, "Ann", hasPosition: false, skills: ["fridge"]),
            Technician(2, "Bob", kmAway: 6, skills: ["fridge"]),
            Technician(3, "Cy", kmAway: 2, skills: ["fridge"]));

        Assert.Equal([3, 2, 1], result.LeftOut.Select(l => l.TechnicianId));
        Assert.NotNull(result.LeftOut[0].DistanceMetres);
        Assert.Null(result.LeftOut[2].DistanceMetres);
    }

    [Fact]
    public void When_reassigning_the_technician_who_has_the_job_is_not_suggested()
    {
        var job = Job(JobStatus.Assigned, technicianId: 1);

        var result = Suggest(job, Technician(1, "Ann", kmAway: 1, load: 1), Technician(2, "Bob", kmAway: 5));

        Assert.Equal([2], result.Suggestions.Select(s => s.TechnicianId));
        Assert.Equal("already has this job", Assert.Single(result.LeftOut).Because);
    }

    [Fact]
    public void When_nobody_can_be_sent_the_summary_names_who_and_why()
    {
        var result = Suggest(
            Job(),
            Technician(1, "Ann", skills: ["fridge"]),
            Technician(2, "Bob", busy: new JobInProgress(12, JobStatus.EnRoute)));

        Assert.Empty(result.Suggestions);
        Assert.Null(result.Best);
        Assert.Equal(
            "Nobody available has the skill boiler: Ann lacks the skill boiler; Bob is busy on the way to job 12.",
            result.Summary);
    }

    [Fact]
    public void A_technician_at_the_place_is_under_a_minute_away()
    {
        var result = Suggest(Job(), Technician(1, "Ann", kmAway: 0.1));

        Assert.Equal(0, result.Suggestions[0].MinutesAway);
        Assert.StartsWith("under a minute away (0.1 km at 40 km/h)", result.Suggestions[0].Reach, StringComparison.Ordinal);
    }
}
