namespace LocationBoards.Core.Email;

/// <summary>What an outbox message is for; with its sale, each kind is written once (the store keeps the pair unique).</summary>
public enum OutboxEmailKind
{
    /// <summary>A processed sale, to the supervisor of the technician it was made for.</summary>
    SaleToSupervisor,

    /// <summary>A processed sale, to the sales division.</summary>
    SaleToSalesDivision,
}
