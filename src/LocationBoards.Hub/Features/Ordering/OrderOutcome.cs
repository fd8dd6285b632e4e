namespace LocationBoards.Hub.Features.Ordering;

/// <summary>What happened to a submission. Only <see cref="Placed"/> stored anything.</summary>
public abstract record OrderOutcome
{
    private OrderOutcome()
    {
    }

    /// <summary>Committed (or, when <paramref name="Replayed"/>, committed by an earlier submission with the same key).</summary>
    public sealed record Placed(OrderSummary Order, bool Replayed) : OrderOutcome
    {
        /// <summary>The order as the API shows it, when the writer could build it from what it placed (not for a replay).</summary>
        public Api.OrderView? View { get; init; }
    }

    /// <summary>The request is malformed or names things that do not exist.</summary>
    public sealed record Invalid(FieldErrors Errors) : OrderOutcome;

    /// <summary>No location can fulfil it now; the explanation says what is missing.</summary>
    public sealed record NotRoutable(string Explanation) : OrderOutcome;

    /// <summary>The idempotency key was already used for a different order.</summary>
    public sealed record KeyReused : OrderOutcome;
}
