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

    /// <summary>Whole minutes, to the nearest (half a minute counts up): a trip of 12 min 9 s is "12 min" away.</summary>
    public static int NearestMinutes(TimeSpan span) => (int)Math.Round(Math.Max(0, span.TotalMinutes), MidpointRounding.AwayFromZero);
}
