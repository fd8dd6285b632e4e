namespace LocationBoards.Hub.Features.Locations;

/// <summary>
/// Whether a location is open at an instant, told in its own time zone: the local wall-clock time,
/// and when closed, the next local opening. <see cref="Label"/> is the one line a person reads.
/// </summary>
public sealed record OpeningState(
    bool IsOpen,
    bool TimeZoneKnown,
    DateTime? LocalTime,
    DateTime? NextOpening,
    string Label);
