namespace LocationBoards.Core.Sales;

/// <summary>What technicians, dispatchers and the processing do to a sale.</summary>
public enum SaleMoveKind
{
    /// <summary>Lines or payment changed: Draft stays Draft; Agreed goes back to Draft (the customer must agree again).</summary>
    Revise,

    /// <summary>Draft → Agreed: the customer's name typed or signed.</summary>
    Agree,

    /// <summary>Agreed → Submitted: sent for processing.</summary>
    Submit,

    /// <summary>Submitted → Processed (the automatic processing's move).</summary>
    Process,

    /// <summary>Draft, Agreed or Submitted → Refused, with the reason.</summary>
    Refuse,
}
