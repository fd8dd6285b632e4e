using System.Globalization;
using LocationBoards.Core.Routing;

namespace LocationBoards.Core.Dispatch;

/// <summary>Plain sentences for the dispatcher: how far each suggested technician is, and why one ranks below another.</summary>
internal static class SuggestionWords
{
    private const int NamedLeftOut = 3;

    /// <summary>"12 min away (8.1 km at 40 km/h), 1 job waiting".</summary>
    public static string Reach(double metres, int minutesAway, int load, double speedKmh)
    {
        var speed = speedKmh.ToString("0.#", CultureInfo.InvariantCulture);
        var time = minutesAway == 0 ? "under a minute" : DurationText.Format(TimeSpan.FromMinutes(minutesAway));
        var away = $"{time} away ({DistanceText.Format(metres, DistanceUnit.Kilometres)} at {speed} km/h)";
        return $"{away}, {Waiting(load)}";
    }

    /// <summary>Why <paramref name="lower"/> ranks below <paramref name="higher"/>: "4 min further", "as near, but 1 more job waiting".</summary>
    public static string Difference(TechnicianMatcher.Candidate higher, TechnicianMatcher.Candidate lower)
    {
        if (lower.MinutesAway != higher.MinutesAway)
        {
            return $"{DurationText.Format(TimeSpan.FromMinutes(lower.MinutesAway - higher.MinutesAway))} further";
        }

        if (lower.Load != higher.Load)
        {
            var more = lower.Load - higher.Load;
            return $"as near, but {more} more job{(more == 1 ? string.Empty : "s")} waiting";
        }

        var further = lower.DistanceMetres - higher.DistanceMetres;
        if (further > 0)
        {
            var distance = further < 1000
                ? string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, Math.Round(further)):0} m")
                : DistanceText.Format(further, DistanceUnit.Kilometres);
            return $"as near and as busy, but {distance} further";
        }

        return $"as near and as busy; {higher.Technician.Name} comes first by technician number";
    }

    public static string Summary(FieldJob job, IReadOnlyList<TechnicianSuggestion> suggestions, IReadOnlyList<LeftOutTechnician> leftOut)
    {
        if (suggestions.Count > 0)
        {
            var best = suggestions[0];
            return $"{best.Name} is the best match: {best.Reach}.";
        }

        if (leftOut.Count == 0)
        {
            return "No technicians are set up yet.";
        }

        var named = leftOut.Take(NamedLeftOut).Select(l => $"{l.Name} {l.Because}").ToList();
        if (leftOut.Count > NamedLeftOut)
        {
            var more = leftOut.Count - NamedLeftOut;
            named.Add($"{more} more cannot be sent either");
        }

        return $"Nobody available has the skill {job.SkillNeeded.Trim()}: {string.Join("; ", named)}.";
    }

    public static string Waiting(int load) => load switch
    {
        0 => "no jobs waiting",
        1 => "1 job waiting",
        _ => $"{load} jobs waiting",
    };

    public static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };
}
