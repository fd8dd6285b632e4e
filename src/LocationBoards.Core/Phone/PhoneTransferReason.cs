namespace LocationBoards.Core.Phone;

public enum PhoneTransferReason
{
    /// <summary>Caller ID matches no client.</summary>
    UnknownCaller,

    /// <summary>The client's record says they prefer a person to the automated line.</summary>
    PrefersPerson,

    /// <summary>The client pressed 0.</summary>
    AskedForPerson,

    /// <summary>The order could not be placed (nothing able to fulfil it).</summary>
    CouldNotPlace,
}
