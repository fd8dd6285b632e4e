namespace LocationBoards.Core.Dispatch;

/// <summary>Lengths of time as dispatchers say them: "under a minute", "12 min", "1 h 05 min", "2 d 3 h".</summary>
public static class DurationText
{
    public static string Format(TimeSpan span)
    {
        var minutes = (long)Math.Floor(Math.Abs(span.TotalMinutes));
        return minutes switch
        {
            0 => "under a minute",
            < 60 => $"{minutes} min",
            < 48 * 60 => $"{minutes / 60} h {minutes % 60:00} min",
            _ => $"{minutes / (24 * 60)} d {minutes % (24 * 60) / 60} h",
        };
    }

    /// <summary>Whole minutes, counted up: a trip of 4 min 10 s is "5 min" away.</summary>
    public static int MinutesUp(TimeSpan span) => (int)Math.Ceiling(Math.Max(0, span.TotalMinutes) - 1e-9);
}
