using LocationBoards.Hub.Features.Ordering;

namespace LocationBoards.Hub.Features.Dispatch;

/// <summary>What became of a job submission. Only <see cref="Created"/> (and its repeat) changed or found anything.</summary>
public abstract record JobOutcome
{
    private JobOutcome()
    {
    }

    /// <summary>The job, made now or (<paramref name="Repeated"/>) by the same submission earlier with this key.</summary>
    public sealed record Created(JobCard Job, bool Repeated) : JobOutcome;

    public sealed record Invalid(FieldErrors Errors) : JobOutcome;

    /// <summary>The key was used before for a different job.</summary>
    public sealed record KeyReused(string Message) : JobOutcome;
}
