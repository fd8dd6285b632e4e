using System.Security.Claims;
using LocationBoards.Core.Dispatch;
using LocationBoards.Core.Sales;
using LocationBoards.Hub.Features.Ordering;
using LocationBoards.Hub.Features.Sales.Api;
using LocationBoards.Hub.Realtime;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Features.Sales;

/// <summary>
/// Where sales are recorded: a draft created or revised by its client key, agreed, withdrawn, copied, and submitted.
/// Each change is checked here for what needs no store, then runs in the <see cref="SaleWriter"/>'s batches: the
/// sale's change, its history and its dispatch event with the next sequence number, in a savepoint of the batch's
/// transaction; answered and published once the batch is durable. Every change is checked against the version the
/// caller saw.
/// </summary>
public sealed partial class SaleDesk(
    SaleWriter writer,
    IOptions<SalesOptions> options,
    IOptions<DispatchOptions> dispatch,
    IOptions<IdentityOptions> identity,
    TimeProvider clock,
    ILogger<SaleDesk> logger)
{
    // SQLITE_CONSTRAINT: a unique key (the draft's key, one sale in progress per job) or a reference refused the row.
    private const int SqliteConstraintError = 19;


    public async Task<SaleOutcome> SaveDraftAsync(ClaimsPrincipal user, Guid clientKey, SaleDraftRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        if (clientKey == Guid.Empty)
        {
            errors.Add("clientKey", "Make the draft's key a GUID other than all zeros.");
        }

        if (request.JobId <= 0)
        {
            errors.Add("jobId", "Say which job the sale is for.");
        }

        var lines = request.Lines ?? [];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i] is null)
            {
                errors.Add($"lines[{i}]", $"Line {i + 1} is empty.");
            }
        }

        if (errors.Any)
        {
            return new SaleOutcome.Invalid(errors);
        }

        var userId = UserIdOf(user);
        return await writer.RunAsync(new DeskWork((scope, _) => Task.FromResult(SaveDraft(scope, user, userId, clientKey, request, lines, errors))), cancellationToken);
    }

    private SaleOutcome SaveDraft(
        SaleWorkScope scope, ClaimsPrincipal user, string userId, Guid clientKey, SaleDraftRequest request, IReadOnlyList<SaleDraftLine?> lines, FieldErrors errors)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var existing = scope.Sales.FindByClientKey(clientKey);
        if (existing is not null && existing.JobId != request.JobId)
        {
            errors.Add("jobId", $"Draft {clientKey} is sale {existing.Id} on job {existing.JobId}; make a new key for another job.");
            return new SaleOutcome.Invalid(errors);
        }

        var job = scope.Surroundings.Job(request.JobId);
        if (job is null)
        {
            return new SaleOutcome.NotFound($"There is no job {request.JobId}.");
        }

        var recorder = SaleRecorder.For(user, userId, job);
        if (recorder is null || (existing is not null && existing.TechnicianId != recorder.TechnicianId))
        {
            return new SaleOutcome.Forbidden(SaleRecorder.NotYours);
        }

        if (existing is null && SaleStateMachine.RecordingRefusal(job, recorder.TechnicianId) is { } notOnSite)
        {
            return new SaleOutcome.Forbidden(notOnSite);
        }

        var requested = lines.Select(l => new SaleLineRequest(l!.CatalogItemId, l.Quantity, l.Fulfilment, l.UnitPriceMinor)).ToList();
        var catalog = scope.Surroundings.Catalog(requested.Select(r => r.CatalogItemId));
        var priced = SalePricing.Price(requested, catalog, options.Value);
        SaleLineErrors.AddTo(errors, priced);
        var payment = request.PaymentMethod is { } method ? new SalePayment(method, request.PaymentReference) : null;
        if (payment?.Problem() is { } paymentProblem)
        {
            errors.Add(Enum.IsDefined(payment.Method) ? "paymentReference" : "paymentMethod", paymentProblem);
        }

        if (errors.Any)
        {
            return new SaleOutcome.Invalid(errors);
        }

        if (priced.IgnoredClientPrices > 0)
        {
            LogIgnoredPrices(logger, priced.IgnoredClientPrices, job.Id, userId);
        }

        var move = SaleMove.Revise(priced, payment);
        Sale sale;
        if (existing is null)
        {
            if (scope.Sales.InProgressOnJob(job.Id) is { } other)
            {
                return new SaleOutcome.Refused(SaleView.Of(other), $"Job {job.Id} already has sale {other.Id} in progress; carry on with that one.");
            }

            sale = SaleStateMachine.Open(job, recorder.TechnicianId, recorder.Channel, userId, clientKey, now);
            var opened = SaleStateMachine.Apply(sale, move, job, userId, now);
            if (!opened.Allowed)
            {
                return new SaleOutcome.Refused(null, opened.Refusal!);
            }
        }
        else
        {
            sale = existing;
            if (request.Version != sale.Version)
            {
                return Stale(sale);
            }

            var revised = SaleStateMachine.Apply(sale, move, job, userId, now);
            if (!revised.Allowed)
            {
                return new SaleOutcome.Refused(SaleView.Of(sale), revised.Refusal!);
            }
        }

        return Record(scope, sale, job, existing is null ? DispatchEventKind.SaleDrafted : DispatchEventKind.SaleUpdated, now, existing is null ? null : request.Version);
    }

    public Task<SaleOutcome> AgreeAsync(ClaimsPrincipal user, long saleId, SaleAgreeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return MoveAsync(user, saleId, request.Version, SaleMove.Agree(request.AgreedName, request.Signature), cancellationToken);
    }

    public Task<SaleOutcome> WithdrawAsync(ClaimsPrincipal user, long saleId, SaleWithdrawRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var reason = string.IsNullOrWhiteSpace(request.Reason) ? "Withdrawn before processing." : request.Reason;
        return MoveAsync(user, saleId, request.Version, SaleMove.Refuse(SaleRefusalReason.Withdrawn, reason), cancellationToken);
    }

    /// <summary>
    /// Processes the sale at once (through the writer's batches) and answers the processed or refused sale; again, the
    /// same. Who may submit is checked in the writer, against the sale's job as it is there.
    /// </summary>
    public Task<SaleOutcome> SubmitAsync(ClaimsPrincipal user, long saleId, SaleSubmitRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(request);
        return writer.SubmitAsync(saleId, request.Version, user, UserIdOf(user), cancellationToken);
    }

    public async Task<SaleOutcome> CopyAsync(ClaimsPrincipal user, long saleId, SaleCopyRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(request);
        if (request.ClientKey == Guid.Empty)
        {
            var errors = new FieldErrors();
            errors.Add("clientKey", "Make the new draft's key a GUID other than all zeros.");
            return new SaleOutcome.Invalid(errors);
        }

        var userId = UserIdOf(user);
        return await writer.RunAsync(new DeskWork((scope, ct) => CopyAsync(scope, user, userId, saleId, request, ct)), cancellationToken);
    }

    private async Task<SaleOutcome> CopyAsync(SaleWorkScope scope, ClaimsPrincipal user, string userId, long saleId, SaleCopyRequest request, CancellationToken cancellationToken)
    {
        var db = scope.Db;
        var now = clock.GetUtcNow().UtcDateTime;
        var refused = scope.Sales.Find(saleId);
        if (refused is null)
        {
            return new SaleOutcome.NotFound($"There is no sale {saleId}.");
        }

        // The copy goes on the job the technician has on site now (the refused sale's own job if it still is).
        var job = await db.FieldJobs.AsNoTracking()
                .Where(j => j.TechnicianId == refused.TechnicianId && j.Status == JobStatus.OnSite)
                .OrderBy(j => j.Id == refused.JobId ? 0 : 1).FirstOrDefaultAsync(cancellationToken)
            ?? await db.FieldJobs.AsNoTracking().SingleAsync(j => j.Id == refused.JobId, cancellationToken);
        if (SaleRecorder.For(user, userId, job) is not { } recorder || recorder.TechnicianId != refused.TechnicianId)
        {
            return new SaleOutcome.Forbidden(SaleRecorder.NotYours);
        }

        if (scope.Sales.FindByClientKey(request.ClientKey) is { } already)
        {
            if (already.CopiedFromSaleId == refused.Id)
            {
                return new SaleOutcome.Saved(SaleView.Of(already));
            }

            var errors = new FieldErrors();
            errors.Add("clientKey", $"Key {request.ClientKey} is already sale {already.Id}; make a new key for the copy.");
            return new SaleOutcome.Invalid(errors);
        }

        if (SaleStateMachine.CopyRefusal(refused, job, recorder.TechnicianId) is { } refusal)
        {
            return new SaleOutcome.Refused(SaleView.Of(refused), refusal);
        }

        if (scope.Sales.InProgressOnJob(job.Id) is { } other)
        {
            return new SaleOutcome.Refused(SaleView.Of(other), $"Job {job.Id} already has sale {other.Id} in progress; carry on with that one.");
        }

        var copy = SaleStateMachine.CopyAsDraft(refused, job, recorder.TechnicianId, recorder.Channel, userId, request.ClientKey, now);
        return Record(scope, copy, job, DispatchEventKind.SaleDrafted, now, storedVersion: null);
    }

    private async Task<SaleOutcome> MoveAsync(ClaimsPrincipal user, long saleId, int expectedVersion, SaleMove move, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var userId = UserIdOf(user);
        return await writer.RunAsync(new DeskWork((scope, _) => Task.FromResult(Move(scope, user, userId, saleId, expectedVersion, move))), cancellationToken);
    }

    private SaleOutcome Move(SaleWorkScope scope, ClaimsPrincipal user, string userId, long saleId, int expectedVersion, SaleMove move)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var sale = scope.Sales.Find(saleId);
        if (sale is null)
        {
            return new SaleOutcome.NotFound($"There is no sale {saleId}.");
        }

        var job = SaleScene.JobOf(scope, sale);
        if (SaleRecorder.For(user, userId, job) is not { } recorder || recorder.TechnicianId != sale.TechnicianId)
        {
            return new SaleOutcome.Forbidden(SaleRecorder.NotYours);
        }

        if (sale.Version != expectedVersion)
        {
            return Stale(sale);
        }

        var applied = SaleStateMachine.Apply(sale, move, job, userId, now);
        if (!applied.Allowed)
        {
            return new SaleOutcome.Refused(SaleView.Of(sale), applied.Refusal!);
        }

        return Record(scope, sale, job, SaleStateMachine.EventKindOf(move.Kind), now, expectedVersion);
    }

    /// <summary>
    /// Stores the change (a new sale when <paramref name="storedVersion"/> is null, else against the version it was read
    /// at) and its dispatch event in the batch, published once the batch is durable; a lost race answers the sale as it is.
    /// </summary>
    private SaleOutcome Record(SaleWorkScope scope, Sale sale, FieldJob job, DispatchEventKind kind, DateTime now, int? storedVersion)
    {
        DispatchEventMessage message;
        try
        {
            if (storedVersion is { } stored)
            {
                if (!scope.Sales.TryUpdate(sale, stored))
                {
                    return LostRace(scope, sale, created: false, null);
                }
            }
            else
            {
                // The event's sale card carries the new sale's id, which the store gives.
                scope.Sales.Insert(sale);
            }

            var scene = SaleScene.Around(scope, sale, job);
            message = SaleEvents.Add(scope.Sql, scene, kind, dispatch.Value.Targets, now);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteConstraintError)
        {
            // Another change opened a sale with the same key, or on the same job, between our read and our write.
            return LostRace(scope, sale, storedVersion is null, ex);
        }

        LogChanged(logger, sale.Id, kind, sale.Status, message.Sequence);
        scope.Effects.DispatchEvents.Add(message);
        return new SaleOutcome.Saved(SaleView.Of(sale), storedVersion is null);
    }

    private SaleOutcome LostRace(SaleWorkScope scope, Sale sale, bool created, Exception? exception)
    {
        LogLostRace(logger, sale.Id, exception);
        scope.RollBack();
        var fresh = created ? scope.Sales.FindByClientKey(sale.ClientKey) ?? scope.Sales.InProgressOnJob(sale.JobId) : scope.Sales.Find(sale.Id);
        return fresh is null
            ? new SaleOutcome.Refused(null, "The sale changed while it was being saved; try again.")
            : new SaleOutcome.Stale(SaleView.Of(fresh), $"Sale {fresh.Id} was changed just now; here it is as it is.");
    }

    private static SaleOutcome.Stale Stale(Sale sale) =>
        new SaleOutcome.Stale(SaleView.Of(sale), $"Sale {sale.Id} was changed by someone else just now; here it is as it is.");

    private string UserIdOf(ClaimsPrincipal user) =>
        user.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType) ?? throw new InvalidOperationException("A signed-in user without an id.");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored {Count} client price(s) on a sale draft for job {JobId} from user {UserId}: prices come from the catalogue")]
    private static partial void LogIgnoredPrices(ILogger logger, int count, long jobId, string userId);

    // Debug: every change is kept in the sale's history and the dispatch events already.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Sale {SaleId}: {Kind}, now {Status} (dispatch event {Sequence})")]
    private static partial void LogChanged(ILogger logger, long saleId, DispatchEventKind kind, SaleStatus status, long sequence);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sale {SaleId} lost a race with another change and was not saved")]
    private static partial void LogLostRace(ILogger logger, long saleId, Exception? exception);
}
