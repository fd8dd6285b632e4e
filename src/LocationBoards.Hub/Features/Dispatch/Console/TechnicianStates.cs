using LocationBoards.Core.Dispatch;

namespace LocationBoards.Hub.Features.Dispatch.Console;

/// <summary>
/// A technician's state in words and as the letter the map draws in their dot, so colour is never the only cue.
/// The map's legend and its script use the same letters.
/// </summary>
public static class TechnicianStates
{
    public static IReadOnlyList<TechnicianState> Shown { get; } =
    [
        TechnicianState.Available, TechnicianState.Assigned, TechnicianState.EnRoute, TechnicianState.OnSite,
        TechnicianState.Selling, TechnicianState.Stale, TechnicianState.OffShift, TechnicianState.Unavailable,
    ];

    public static string Words(TechnicianState state) => state switch
    {
        TechnicianState.Available => "Available",
        TechnicianState.Assigned => "Assigned (jobs waiting)",
        TechnicianState.EnRoute => "On the way",
        TechnicianState.OnSite => "On site",
        TechnicianState.Selling => "Selling on site",
        TechnicianState.Stale => "Position stale",
        TechnicianState.OffShift => "Off shift",
        _ => "Unavailable",
    };

    public static string Letter(TechnicianState state) => state switch
    {
        TechnicianState.Available => "A",
        TechnicianState.Assigned => "S",
        TechnicianState.EnRoute => "W",
        TechnicianState.OnSite => "O",
        TechnicianState.Selling => "$",
        TechnicianState.Stale => "?",
        TechnicianState.OffShift => "Z",
        _ => "X",
    };
}
