using LocationBoards.Hub.Features.Boards;
using LocationBoards.Hub.Realtime;

namespace LocationBoards.Hub.Features.Dispatch.Console;

/// <summary>
/// The open jobs a console shows, kept in step with the store by dispatch sequence number, as boards are: the next
/// event is applied, an old or repeated one changes nothing, one further ahead is a gap (catch up first). A job that
/// is done or cancelled, or (for a supervisor) no longer with one of their technicians, leaves the list. A sale event
/// also carries the sale, which goes to <see cref="Sales"/> (the in-progress sales panel and who is selling).
/// </summary>
public sealed class DispatchConsoleState
{
    private readonly Dictionary<long, JobCard> _jobs = [];
    private DispatchBoard? _board;

    public long Sequence { get; private set; }

    public IReadOnlyCollection<JobCard> Jobs => _jobs.Values;

    public SalesInView Sales { get; } = new();

    public JobCard? Find(long jobId) => _jobs.GetValueOrDefault(jobId);

    public void Load(DispatchBoard board)
    {
        ArgumentNullException.ThrowIfNull(board);
        _board = board;
        _jobs.Clear();
        foreach (var job in board.OpenJobs)
        {
            Put(job);
        }

        // The sales were read after the board's sequence: events from then on bring any newer version.
        Sales.Load(board.Sales);
        Sequence = board.Sequence;
    }

    public EventFit Apply(DispatchEventMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Sequence <= Sequence)
        {
            return EventFit.AlreadySeen;
        }

        if (message.Sequence > Sequence + 1)
        {
            return EventFit.Gap;
        }

        Put(message.Job);
        if (message.Sale is { } sale && (_board?.Shows(sale.TechnicianId) ?? true))
        {
            Sales.Put(sale);
        }

        Sequence = message.Sequence;
        return EventFit.Applied;
    }

    /// <summary>A job fresher than the one shown (from a move's answer), without moving the sequence.</summary>
    public void Refresh(JobCard job)
    {
        ArgumentNullException.ThrowIfNull(job);
        Put(job);
    }

    private void Put(JobCard job)
    {
        if (_jobs.TryGetValue(job.JobId, out var shown) && shown.Version > job.Version)
        {
            return;
        }

        var shows = _board?.Shows(job.TechnicianId) ?? true;
        if (job.Status is Core.Dispatch.JobStatus.Done or Core.Dispatch.JobStatus.Cancelled || !shows)
        {
            _jobs.Remove(job.JobId);
        }
        else
        {
            _jobs[job.JobId] = job;
        }
    }
}
