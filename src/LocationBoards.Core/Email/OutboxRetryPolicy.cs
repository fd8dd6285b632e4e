namespace LocationBoards.Core.Email;

/// <summary>
/// How the outbox sender retries: the first retry after <see cref="FirstDelay"/>, each next one twice as long, at
/// most <see cref="MaxDelay"/>; given up after <see cref="MaxAttempts"/>. Bound from "Email:Retry".
/// </summary>
public sealed class OutboxRetryPolicy
{
    public int MaxAttempts { get; set; } = 12;

    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromSeconds(15);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The wait after the given number of failed attempts (1 for the first failure).</summary>
    public TimeSpan DelayAfter(int failedAttempts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failedAttempts, 1);
        var doublings = Math.Min(failedAttempts - 1, 30);
        var delay = FirstDelay.Ticks * Math.Pow(2, doublings);
        return delay >= MaxDelay.Ticks ? MaxDelay : TimeSpan.FromTicks((long)delay);
    }

    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (MaxAttempts < 1)
        {
            problems.Add("Email:Retry:MaxAttempts must be at least 1.");
        }

        if (FirstDelay <= TimeSpan.Zero || MaxDelay < FirstDelay)
        {
            problems.Add("Email:Retry:FirstDelay must be positive and Email:Retry:MaxDelay at least as long.");
        }

        return problems;
    }
}
