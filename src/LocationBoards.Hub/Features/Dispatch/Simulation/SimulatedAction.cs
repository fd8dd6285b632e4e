namespace LocationBoards.Hub.Features.Dispatch.Simulation;

/// <summary>What a simulated technician does in one tick.</summary>
public enum SimulatedAction
{
    /// <summary>Off shift with nothing in hand: no position is sent (the map shows them fading to stale).</summary>
    Rest,

    /// <summary>On shift with nothing in hand: potter about near home, or drive back to it.</summary>
    Wander,

    /// <summary>Set off for the assigned job (Assigned → En route).</summary>
    Start,

    /// <summary>Drive on toward the job's place.</summary>
    Drive,

    /// <summary>Close enough to the place: arrive (En route → On site).</summary>
    Arrive,

    /// <summary>On site and not done yet: stay at the place.</summary>
    Work,

    /// <summary>On site long enough: complete the job (On site → Done).</summary>
    Complete,
}
