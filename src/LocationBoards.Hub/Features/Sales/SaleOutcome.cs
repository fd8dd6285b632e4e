using LocationBoards.Hub.Features.Ordering;

namespace LocationBoards.Hub.Features.Sales;

/// <summary>What happened to a request on a sale. Only <see cref="Saved"/> changed anything.</summary>
public abstract record SaleOutcome
{
    private SaleOutcome()
    {
    }

    /// <summary>Stored (or, for a sale submitted again, found already processed or refused).</summary>
    public sealed record Saved(SaleView Sale, bool Created = false) : SaleOutcome;

    /// <summary>Bad input, field by field; nothing was stored.</summary>
    public sealed record Invalid(FieldErrors Errors) : SaleOutcome;

    /// <summary>No such sale or job the caller may see.</summary>
    public sealed record NotFound(string Message) : SaleOutcome;

    /// <summary>The caller may not record a sale here (not their On-site job, not this customer).</summary>
    public sealed record Forbidden(string Message) : SaleOutcome;

    /// <summary>Someone changed the sale first; here it is as it is now.</summary>
    public sealed record Stale(SaleView Sale, string Message) : SaleOutcome;

    /// <summary>The state machine does not allow the move (or the job already has another sale in progress).</summary>
    public sealed record Refused(SaleView? Sale, string Message) : SaleOutcome;
}
