using System.Security.Claims;
using LocationBoards.Core.Dispatch;
using LocationBoards.Core.Geography;
using LocationBoards.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Features.Dispatch.Simulation;

/// <summary>
/// Moves the technicians in the store as if they were out on the road, so a fresh install shows a living map and board:
/// each tick, every active technician without a real phone reporting appears at home, sets off for an assigned job,
/// drives a road-like path toward it at their own speed, arrives, works a while and completes it, then potters about near
/// home. Job moves go through <see cref="JobDesk"/> like anyone's, as the "simulator" user; a human changing a job
/// meanwhile simply wins. Off with Dispatch:Simulator:Enabled = false.
/// </summary>
public sealed partial class TechnicianSimulator(
    IDbContextFactory<AppDbContext> contexts,
    TechnicianPositions positions,
    BreadcrumbTrail trail,
    JobDesk desk,
    SimulatedDispatcher dispatcher,
    IOptions<SimulatorOptions> options,
    IOptions<IdentityOptions> identity,
    TimeProvider clock,
    ILogger<TechnicianSimulator> logger)
    : BackgroundService
{
    /// <summary>Pottering about goes at this share of the technician's road speed.</summary>
    private const double WanderSpeedFactor = 0.3;

    /// <summary>A tick never moves anyone further than this many ticks' worth, however long the last one took.</summary>
    private const int LongestCatchUpTicks = 5;

    private readonly Dictionary<int, SimulatedTechnician> _crew = [];
    private readonly Lazy<ClaimsPrincipal> _system = new(() => SimulatorPrincipal.Create(identity.Value));
    private DateTime? _lastTickUtc;
    private DateTime _nextDeployUtc = DateTime.MinValue;

    /// <summary>
    /// One round: reads the crew and moves each technician the simulator drives by the time since the last round.
    /// Not for concurrent calls (the background loop calls it one round after another; tests call it directly).
    /// </summary>
    public async Task TickAsync(DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var elapsed = _lastTickUtc is { } last
            ? TimeSpan.FromTicks(Math.Clamp((nowUtc - last).Ticks, 0, settings.Tick.Ticks * LongestCatchUpTicks))
            : settings.Tick;
        _lastTickUtc = nowUtc;
        IReadOnlyList<SimulatedCrewMember> crew;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            crew = await SimulatedCrew.LoadAsync(db, nowUtc, cancellationToken);
        }

        var driven = new HashSet<int>();
        foreach (var member in crew)
        {
            if (!Drives(member.TechnicianId, nowUtc, settings))
            {
                continue;
            }

            try
            {
                await ActAsync(member, nowUtc, elapsed, settings, cancellationToken);
                if (member.OnShift)
                {
                    driven.Add(member.TechnicianId);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogTechnicianFailed(logger, member.TechnicianId, ex);
            }
        }

        if (settings.AutoDeploy && nowUtc >= _nextDeployUtc)
        {
            _nextDeployUtc = nowUtc + settings.AutoDeployEvery;
            await dispatcher.DeployOneAsync(_system.Value, driven, nowUtc, cancellationToken);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            LogOff(logger);
            return;
        }

        LogOn(logger, settings.TickSeconds, settings.AutoDeploy);
        using var timer = new PeriodicTimer(settings.Tick, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await TickAsync(clock.GetUtcNow().UtcDateTime, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // The store may be busy or not ready yet; the next tick tries again.
                LogTickFailed(logger, ex);
            }
        }
    }

    /// <summary>
    /// Whether the simulator moves this technician: not when excluded, nor when their latest position came from
    /// elsewhere (a real phone) within the quiet period.
    /// </summary>
    private bool Drives(int technicianId, DateTime nowUtc, SimulatorOptions settings)
    {
        if (settings.ExcludedTechnicianIds.Contains(technicianId))
        {
            return false;
        }

        if (positions.Latest(technicianId) is not { } latest)
        {
            return true;
        }

        var ours = _crew.TryGetValue(technicianId, out var known) && known.LastWrittenUtc == latest.RecordedUtc;
        return ours || latest.AgeAt(nowUtc) >= settings.PhoneQuietPeriod;
    }

    private async Task ActAsync(SimulatedCrewMember member, DateTime nowUtc, TimeSpan elapsed, SimulatorOptions settings, CancellationToken cancellationToken)
    {
        if (!_crew.TryGetValue(member.TechnicianId, out var me))
        {
            me = new SimulatedTechnician(member.TechnicianId, settings);
            _crew[member.TechnicianId] = me;
        }

        var at = positions.Latest(member.TechnicianId)?.Point;
        if (at is null)
        {
            if (!member.OnShift && member.Job is null)
            {
                return;
            }

            at = me.Near(member.Home, Math.Min(150, settings.WanderMetres));
            Write(me, at.Value, nowUtc);
        }

        var onSiteFor = member.Job is { } held ? SimulatedTechnician.OnSiteFor(held.Id, settings) : TimeSpan.Zero;
        var step = SimulatedStep.Decide(new SimulatedSituation(member.OnShift, at.Value, member.Job, onSiteFor, nowUtc));
        var metres = me.SpeedMetresPerSecond * elapsed.TotalSeconds;
        switch (step.Action)
        {
            case SimulatedAction.Start:
                Write(me, at.Value, nowUtc);
                await MoveAsync(step.Job!, JobMove.Start, cancellationToken);
                break;
            case SimulatedAction.Drive:
                if (me.RouteJobId != step.Job!.Id || me.Route is null || me.Route.Destination != step.Job.Place)
                {
                    (me.Route, me.RouteJobId, me.RouteSpeedFactor) = (RoadLikePath.Plan(at.Value, step.Job.Place, me.Random), step.Job.Id, 1);
                }

                var progress = me.Route.Walk(at.Value, metres);
                me.Route = progress.Rest;
                Write(me, progress.At, nowUtc);
                break;
            case SimulatedAction.Arrive:
                Write(me, step.Job!.Place, nowUtc);
                (me.Route, me.RouteJobId) = (null, null);
                await MoveAsync(step.Job, JobMove.Arrive, cancellationToken);
                break;
            case SimulatedAction.Work:
                Write(me, step.Job!.Place, nowUtc);
                break;
            case SimulatedAction.Complete:
                Write(me, at.Value, nowUtc);
                me.PausedUntilUtc = nowUtc;
                await MoveAsync(step.Job!, JobMove.Complete, cancellationToken);
                break;
            case SimulatedAction.Wander:
                Wander(me, member.Home, at.Value, metres, nowUtc, settings);
                break;
            case SimulatedAction.Rest:
            default:
                break;
        }
    }

    /// <summary>Drives back toward home when far from it; otherwise hops between spots near it at a stroll, pausing between.</summary>
    private void Wander(SimulatedTechnician me, GeoPoint home, GeoPoint at, double metres, DateTime nowUtc, SimulatorOptions settings)
    {
        if (me.RouteJobId is not null)
        {
            (me.Route, me.RouteJobId) = (null, null);
        }

        if (me.Route is null)
        {
            if (GreatCircle.DistanceMetres(at, home) > Math.Max(2 * settings.WanderMetres, SimulatedStep.ArrivalMetres))
            {
                (me.Route, me.RouteSpeedFactor) = (RoadLikePath.Plan(at, me.Near(home, settings.WanderMetres / 2), me.Random), 1);
            }
            else if (nowUtc >= me.PausedUntilUtc && settings.WanderMetres > 0)
            {
                (me.Route, me.RouteSpeedFactor) = (RoadLikePath.Plan(at, me.Near(home, settings.WanderMetres), me.Random), WanderSpeedFactor);
            }
        }

        if (me.Route is null)
        {
            Write(me, at, nowUtc);
            return;
        }

        var progress = me.Route.Walk(at, metres * me.RouteSpeedFactor);
        me.Route = progress.Arrived ? null : progress.Rest;
        if (progress.Arrived)
        {
            me.PausedUntilUtc = nowUtc + TimeSpan.FromSeconds(30 + (90 * me.Random.NextDouble()));
        }

        Write(me, progress.At, nowUtc);
    }

    private void Write(SimulatedTechnician me, GeoPoint point, DateTime nowUtc)
    {
        var position = new TechnicianPosition(me.TechnicianId, point, nowUtc);
        if (positions.Put(position))
        {
            me.LastWrittenUtc = nowUtc;
            trail.Offer(position);
        }
    }

    private async Task MoveAsync(SimulatedJob job, JobMove move, CancellationToken cancellationToken)
    {
        var outcome = await desk.MoveAsync(_system.Value, job.Id, job.Version, move, note: null, cancellationToken);
        if (outcome is not JobMoveOutcome.Moved)
        {
            // Someone moved the job meanwhile (a dispatcher, the technician's own phone): theirs stands.
            LogMoveNotMade(logger, job.Id, move.Kind, outcome.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The dispatch simulator is moving technicians every {TickSeconds} s (auto-deploy {AutoDeploy})")]
    private static partial void LogOn(ILogger logger, double tickSeconds, bool autoDeploy);

    [LoggerMessage(Level = LogLevel.Information, Message = "The dispatch simulator is off (Dispatch:Simulator:Enabled)")]
    private static partial void LogOff(ILogger logger);

    [LoggerMessage(Level = LogLevel.Debug, Message = "The dispatch simulator's {Move} of field job {JobId} was not made ({Outcome}); carrying on")]
    private static partial void LogMoveNotMade(ILogger logger, long jobId, JobMoveKind move, string outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The dispatch simulator could not move technician {TechnicianId} this tick")]
    private static partial void LogTechnicianFailed(ILogger logger, int technicianId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A dispatch simulator tick failed; the next one tries again")]
    private static partial void LogTickFailed(ILogger logger, Exception exception);
}
