using LocationBoards.Core.Dispatch;
using LocationBoards.Core.Geography;

namespace LocationBoards.Hub.Features.Dispatch.Simulation;

/// <summary>
/// A simulated technician's next step, decided from their situation alone (no clock, no store): a job in progress is
/// carried on to the end even past the end of the shift; a new one is started only on shift.
/// </summary>
public sealed record SimulatedStep(SimulatedAction Action, SimulatedJob? Job)
{
    /// <summary>Nearer than this to the job's place counts as there.</summary>
    public const double ArrivalMetres = 50;

    public static SimulatedStep Decide(SimulatedSituation situation)
    {
        ArgumentNullException.ThrowIfNull(situation);
        var job = situation.Job;
        return job?.Status switch
        {
            JobStatus.EnRoute => new(
                GreatCircle.DistanceMetres(situation.Position, job.Place) < ArrivalMetres ? SimulatedAction.Arrive : SimulatedAction.Drive, job),
            JobStatus.OnSite => new(
                situation.NowUtc - (job.OnSiteSinceUtc ?? situation.NowUtc) >= situation.OnSiteFor ? SimulatedAction.Complete : SimulatedAction.Work, job),
            JobStatus.Assigned when situation.OnShift => new(SimulatedAction.Start, job),
            _ => new(situation.OnShift ? SimulatedAction.Wander : SimulatedAction.Rest, null),
        };
    }
}
