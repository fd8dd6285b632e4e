using LocationBoards.Core.Geography;

namespace LocationBoards.Core.Dispatch;

/// <summary>
/// Suggests whom to send to a job: the available technicians with the skill, nearest in time first.
/// Time to arrive is the great-circle distance from the latest position to the job's place at the
/// average speed, counted in whole minutes (to the nearest, as shown); equal minutes go to the lower load,
/// then to the shorter exact distance, then to the lower technician id, so the order never depends on
/// the input order. Everyone else is listed with the reasons they were left out.
/// </summary>
public static class TechnicianMatcher
{
    public static TechnicianSuggestions Suggest(
        FieldJob job, IEnumerable<TechnicianSituation> technicians, DateTime nowUtc, DispatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(technicians);
        ArgumentNullException.ThrowIfNull(options);
        var candidates = new List<Candidate>();
        var leftOut = new List<LeftOutTechnician>();
        foreach (var technician in technicians)
        {
            var assessment = TechnicianAvailability.Assess(technician, nowUtc, options);
            var reasons = new List<LeftOutReason>();
            var words = new List<string>();
            if (job.TechnicianId == technician.TechnicianId && !job.IsFinished)
            {
                reasons.Add(LeftOutReason.AlreadyOnThisJob);
                words.Add("already has this job");
            }

            if (!technician.HasSkill(job.SkillNeeded))
            {
                reasons.Add(LeftOutReason.LacksSkill);
                words.Add($"lacks the skill {job.SkillNeeded.Trim()}");
            }

            reasons.AddRange(assessment.Obstacles);
            words.AddRange(assessment.ObstacleWords);
            double? distance = technician.Position is { } at ? GreatCircle.DistanceMetres(at.Point, job.Place) : null;
            if (reasons.Count > 0)
            {
                leftOut.Add(new LeftOutTechnician(technician.TechnicianId, technician.Name, reasons, SuggestionWords.List(words), distance));
                continue;
            }

            var time = options.TimeToCover(distance!.Value);
            candidates.Add(new Candidate(technician, distance.Value, time, DurationText.NearestMinutes(time), assessment.Load));
        }

        var ranked = candidates
            .OrderBy(c => c.MinutesAway)
            .ThenBy(c => c.Load)
            .ThenBy(c => c.DistanceMetres)
            .ThenBy(c => c.Technician.TechnicianId)
            .ToList();
        var suggestions = ranked.Select((c, i) => new TechnicianSuggestion(
            i + 1,
            c.Technician.TechnicianId,
            c.Technician.Name,
            c.DistanceMetres,
            c.TimeToArrive,
            c.MinutesAway,
            c.Load,
            SuggestionWords.Reach(c.DistanceMetres, c.MinutesAway, c.Load, options.AverageSpeedKmh),
            i > 0 ? $"ranks below {ranked[i - 1].Technician.Name}: {SuggestionWords.Difference(ranked[i - 1], c)}" : null,
            i + 1 < ranked.Count ? $"{ranked[i + 1].Technician.Name} ranks lower: {SuggestionWords.Difference(c, ranked[i + 1])}" : null))
            .ToList();
        var orderedLeftOut = leftOut
            .OrderBy(l => l.DistanceMetres is null)
            .ThenBy(l => l.DistanceMetres)
            .ThenBy(l => l.TechnicianId)
            .ToList();
        return new TechnicianSuggestions(suggestions, orderedLeftOut, SuggestionWords.Summary(job, suggestions, orderedLeftOut));
    }

    internal sealed record Candidate(TechnicianSituation Technician, double DistanceMetres, TimeSpan TimeToArrive, int MinutesAway, int Load);
}
