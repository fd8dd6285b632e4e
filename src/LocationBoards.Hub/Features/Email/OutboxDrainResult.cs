namespace LocationBoards.Hub.Features.Email;

/// <summary>What a drain did: messages handed over, and attempts that failed (to be retried, or given up).</summary>
public readonly record struct OutboxDrainResult(int Sent, int Failed)
{
    public int Handled => Sent + Failed;

    public static OutboxDrainResult operator +(OutboxDrainResult left, OutboxDrainResult right) =>
        new(left.Sent + right.Sent, left.Failed + right.Failed);

    public static OutboxDrainResult Add(OutboxDrainResult left, OutboxDrainResult right) => left + right;
}
