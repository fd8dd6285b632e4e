namespace LocationBoards.Core.Phone;

/// <summary>Where a phone conversation is.</summary>
public enum PhoneCallStage
{
    /// <summary>Several customers call from this number: who is it?</summary>
    ChoosingPerson,

    /// <summary>Identified: usual order, usual items, speed code, or a person.</summary>
    Menu,

    /// <summary>Confirming the usual (last) order.</summary>
    ConfirmingUsual,

    /// <summary>Hearing the usual items one by one.</summary>
    HearingItems,

    /// <summary>Confirming the items picked one by one.</summary>
    ConfirmingItems,

    /// <summary>Typing a speed-dial code.</summary>
    EnteringSpeedCode,

    /// <summary>Confirming a speed-dial order (typed, or behind the dialled number).</summary>
    ConfirmingSpeedDial,

    /// <summary>The order was placed; the call is over.</summary>
    Placed,

    /// <summary>Handed to a person.</summary>
    Transferred,
}
