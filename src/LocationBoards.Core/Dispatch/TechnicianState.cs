namespace LocationBoards.Core.Dispatch;

/// <summary>
/// How a technician shows on the dispatcher's map, from <see cref="TechnicianAvailability.Assess"/>.
/// A job in hand wins over the shift and the position's age (a technician on site past the end of their
/// shift shows as on site); whether the position is stale is also told on its own.
/// </summary>
public enum TechnicianState
{
    /// <summary>On shift, position fresh, nothing waiting.</summary>
    Available,

    /// <summary>Available, with jobs assigned and not yet started.</summary>
    Assigned,

    EnRoute,

    OnSite,

    /// <summary>
    /// Recording a sale with a customer on site. Not produced yet: the Sales feature will set it over
    /// <see cref="OnSite"/> while an upsell is being recorded.
    /// </summary>
    Selling,

    /// <summary>On shift, but no position yet or the last one is older than the stale age.</summary>
    Stale,

    OffShift,

    /// <summary>Not an active technician.</summary>
    Unavailable,
}
