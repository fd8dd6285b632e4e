using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using LocationBoards.Core.Access;
using LocationBoards.Core.Customers;
using LocationBoards.Core.Dispatch;
using LocationBoards.Core.Ordering;
using LocationBoards.Data;
using LocationBoards.Hub.Features.Ordering;
using LocationBoards.Hub.Realtime;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Features.Dispatch;

/// <summary>
/// Where field jobs are made and moved. One transaction each: the job's change, its history line and its dispatch
/// event with the next sequence number (and, for a submission, its idempotency record); published after commit.
/// Moves are checked against the version the caller saw, so of two dispatchers deploying at once one wins.
/// </summary>
public sealed partial class JobDesk(
    IDbContextFactory<AppDbContext> contexts,
    IDispatchEventBus bus,
    DispatchSituations situations,
    IOptions<DispatchOptions> options,
    IOptions<IdentityOptions> identity,
    TimeProvider clock,
    ILogger<JobDesk> logger)
{
    public const int MaxIdempotencyKeyLength = 100;
    private static readonly TimeSpan IdempotencyWindow = TimeSpan.FromHours(24);

    public async Task<JobOutcome> CreateAsync(ClaimsPrincipal user, JobRequest request, string? idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(request);
        var errors = JobRequestValidator.Validate(request);
        if (string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Length > MaxIdempotencyKeyLength)
        {
            errors.Add("Idempotency-Key", $"Every job submission needs an idempotency key of 1 to {MaxIdempotencyKeyLength} characters.");
        }

        if (errors.Any)
        {
            return new JobOutcome.Invalid(errors);
        }

        var by = UserIdOf(user);
        var scope = $"jobs:{by}";
        var hash = Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(request)));
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var earlier = await db.IdempotencyRecords.FirstOrDefaultAsync(r => r.Scope == scope && r.Key == idempotencyKey, cancellationToken);
        if (earlier is not null && earlier.ExpiresUtc > now)
        {
            if (earlier.RequestHash != hash || earlier.JobId is not { } earlierJobId)
            {
                return new JobOutcome.KeyReused("This idempotency key was used for a different job; use a new key for a new job.");
            }

            var repeated = await db.FieldJobs.AsNoTracking().SingleAsync(j => j.Id == earlierJobId, cancellationToken);
            var repeatedCustomer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == repeated.CustomerId, cancellationToken);
            return new JobOutcome.Created(JobCards.For(repeated, repeatedCustomer, options.Value.Targets), Repeated: true);
        }

        if (earlier is not null)
        {
            db.IdempotencyRecords.Remove(earlier);
        }

        var customer = await db.Customers.AsNoTracking().Include(c => c.DeliveryAddresses).FirstOrDefaultAsync(c => c.Id == request.CustomerId, cancellationToken);
        var job = customer is null ? null : await BuildAsync(db, request, customer, by, now, errors, cancellationToken);
        if (customer is null)
        {
            errors.Add("customerId", $"There is no customer {request.CustomerId}.");
        }

        if (job is null || errors.Any)
        {
            return new JobOutcome.Invalid(errors);
        }

        db.FieldJobs.Add(job);
        await db.SaveChangesAsync(cancellationToken);
        var message = await RecordEventAsync(db, job, customer!, DispatchEventKind.JobCreated, now, cancellationToken);
        db.IdempotencyRecords.Add(new IdempotencyRecord
        {
            Scope = scope, Key = idempotencyKey!, RequestHash = hash, JobId = job.Id, CreatedUtc = now, ExpiresUtc = now + IdempotencyWindow,
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogCreated(logger, job.Id, job.Priority, message.Sequence);
        bus.Publish(message);
        return new JobOutcome.Created(message.Job, Repeated: false);
    }

    public async Task<JobMoveOutcome> MoveAsync(
        ClaimsPrincipal user, long jobId, int expectedVersion, JobMove move, string? note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(move);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var job = await db.FieldJobs.Include(j => j.History).AsSplitQuery().FirstOrDefaultAsync(j => j.Id == jobId, cancellationToken);
        if (job is null || !user.MayMove(job, move.Kind))
        {
            return new JobMoveOutcome.NotFound();
        }

        var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == job.CustomerId, cancellationToken);
        if (job.Version != expectedVersion)
        {
            return new JobMoveOutcome.Stale(JobCards.For(job, customer, options.Value.Targets), $"Job {job.Id} was changed by someone else just now; here it is as it is.");
        }

        if (move.Kind is JobMoveKind.Assign or JobMoveKind.Reassign)
        {
            var refusal = await CheckDeployAsync(db, job, move, now, cancellationToken);
            if (refusal is not null)
            {
                return new JobMoveOutcome.Refused(JobCards.For(job, customer, options.Value.Targets), refusal);
            }
        }

        var busy = move.Kind == JobMoveKind.Start && job.TechnicianId is { } technicianId
            ? await db.FieldJobs.AsNoTracking()
                .Where(j => j.TechnicianId == technicianId && j.Id != job.Id && (j.Status == JobStatus.EnRoute || j.Status == JobStatus.OnSite))
                .Select(j => new JobInProgress(j.Id, j.Status))
                .FirstOrDefaultAsync(cancellationToken)
            : null;
        var applied = JobStateMachine.Apply(job, move, UserIdOf(user), now, busy);
        if (!applied.Allowed)
        {
            return new JobMoveOutcome.Refused(JobCards.For(job, customer, options.Value.Targets), applied.Refusal!);
        }

        if (!string.IsNullOrWhiteSpace(note))
        {
            var line = job.History[^1];
            line.Note = line.Note is null ? note.Trim() : $"{line.Note} · {note.Trim()}";
        }

        db.Entry(job).Property(j => j.Version).OriginalValue = expectedVersion;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new JobMoveOutcome.Stale(JobCards.For(job, customer, options.Value.Targets), $"Job {job.Id} was changed by someone else just now; reload it.");
        }

        var message = await RecordEventAsync(db, job, customer, JobStateMachine.EventKindOf(move.Kind), now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogMoved(logger, job.Id, move.Kind, job.Status, message.Sequence);
        bus.Publish(message);
        return new JobMoveOutcome.Moved(message.Job);
    }

    private async Task<string?> CheckDeployAsync(AppDbContext db, FieldJob job, JobMove move, DateTime now, CancellationToken cancellationToken)
    {
        if (move.TechnicianId is not { } technicianId)
        {
            return "Say which technician to send.";
        }

        var situation = (await situations.LoadAsync(db, technicianId, cancellationToken)).SingleOrDefault();
        if (situation is null)
        {
            return $"There is no technician {technicianId}.";
        }

        var decision = DeployDecision.Check(job, situation, now, options.Value, move.OverrideReason);
        return decision.Allowed ? null : decision.Refusal;
    }

    private static async Task<FieldJob?> BuildAsync(
        AppDbContext db, JobRequest request, Customer customer, string by, DateTime now, FieldErrors errors, CancellationToken cancellationToken)
    {
        double latitude, longitude;
        string addressText;
        int? deliveryAddressId = null;
        if (request.DeliveryAddressId is { } addressId)
        {
            var address = customer.DeliveryAddresses.FirstOrDefault(a => a.Id == addressId);
            if (address is null)
            {
                errors.Add("deliveryAddressId", $"Address {addressId} is not one of this customer's addresses.");
                return null;
            }

            (latitude, longitude, addressText, deliveryAddressId) = (address.Latitude, address.Longitude, $"{address.Address.Street}, {address.Address.City} {address.Address.Postcode}", address.Id);
        }
        else
        {
            (latitude, longitude, addressText) = (request.Latitude!.Value, request.Longitude!.Value, request.AddressText!.Trim());
        }

        if (request.OwnedProductId is { } productId
            && !await db.OwnedProducts.AnyAsync(p => p.Id == productId && p.CustomerId == customer.Id, cancellationToken))
        {
            errors.Add("ownedProductId", $"Product {productId} is not one this customer owns.");
            return null;
        }

        var job = new FieldJob
        {
            CustomerId = customer.Id,
            OwnedProductId = request.OwnedProductId,
            Symptoms = request.Symptoms!.Trim(),
            Latitude = latitude,
            Longitude = longitude,
            AddressText = addressText.Length > FieldJob.MaxAddressLength ? addressText[..FieldJob.MaxAddressLength] : addressText,
            DeliveryAddressId = deliveryAddressId,
            Priority = request.Priority ?? JobPriority.Normal,
            SkillNeeded = request.SkillNeeded!.Trim(),
            CreatedUtc = now,
            CreatedBy = by,
        };
        JobStateMachine.Open(job, by, now);
        return job;
    }

    private async Task<DispatchEventMessage> RecordEventAsync(
        AppDbContext db, FieldJob job, Customer customer, DispatchEventKind kind, DateTime now, CancellationToken cancellationToken)
    {
        var card = JobCards.For(job, customer, options.Value.Targets);
        var sequence = await DispatchSequences.NextAsync(db, cancellationToken);
        db.DispatchEvents.Add(new DispatchEvent
        {
            Sequence = sequence, Kind = kind, JobId = job.Id, TechnicianId = job.TechnicianId, OccurredUtc = now, PayloadJson = DispatchJson.Write(card),
        });
        return new DispatchEventMessage(sequence, kind, job.Id, job.TechnicianId, now, card);
    }

    private string UserIdOf(ClaimsPrincipal user) =>
        user.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType) ?? "system";

    [LoggerMessage(Level = LogLevel.Information, Message = "Field job {JobId} created with priority {Priority} (dispatch event {Sequence})")]
    private static partial void LogCreated(ILogger logger, long jobId, JobPriority priority, long sequence);

    [LoggerMessage(Level = LogLevel.Information, Message = "Field job {JobId}: {Move}, now {Status} (dispatch event {Sequence})")]
    private static partial void LogMoved(ILogger logger, long jobId, JobMoveKind move, JobStatus status, long sequence);
}
