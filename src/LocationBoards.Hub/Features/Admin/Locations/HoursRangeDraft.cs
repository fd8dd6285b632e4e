using System.Globalization;
using LocationBoards.Core.Locations;
using LocationBoards.Hub.Features.Locations;

namespace LocationBoards.Hub.Features.Admin.Locations;

/// <summary>One opening range as typed: "18:00" to "02:00". A close at or before the open runs past midnight.</summary>
public sealed class HoursRangeDraft
{
    private static readonly string[] TimeFormats = ["H:mm", "HH:mm", "HHmm", "Hmm"];

    public string Opens { get; set; } = string.Empty;

    public string Closes { get; set; } = string.Empty;

    /// <summary>"18:00–02:00 (next day)" when both times are readable; null otherwise.</summary>
    public string? Describe() => ToInterval(DayOfWeek.Monday) is { } interval ? LocalOpening.Range(interval) : null;

    public bool RunsPastMidnight => ToInterval(DayOfWeek.Monday)?.RunsPastMidnight == true;

    /// <summary>The opening on the given day, or null when a time does not read.</summary>
    public OpeningInterval? ToInterval(DayOfWeek day) =>
        TryParse(Opens, out var opens) && TryParseClose(Closes, out var closes)
            ? OpeningInterval.Between(day, opens, closes)
            : null;

    public static bool TryParse(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text?.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    /// <summary>A closing time; "24:00" is accepted for midnight at the end of the day.</summary>
    public static bool TryParseClose(string? text, out TimeOnly time)
    {
        if (text?.Trim() is "24:00" or "2400")
        {
            time = TimeOnly.MinValue;
            return true;
        }

        return TryParse(text, out time);
    }
}
