using System.Security.Claims;
using LocationBoards.Core.Access;
using LocationBoards.Core.Dispatch;
using LocationBoards.Hub.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc;

namespace LocationBoards.Hub.Features.Dispatch.Api;

/// <summary>The dispatch web API: submit and move field jobs, suggestions, the event feed, technicians' positions and jobs.</summary>
public static class DispatchEndpoints
{
    public const long MaxBodyBytes = 16 * 1024;

    public static void MapDispatchEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/api").WithTags("Dispatch");

        api.MapPost("/jobs", CreateAsync).RequireAuthorization(Policies.Dispatch).WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .WithSummary("Report a customer's problem as a field job. Requires an Idempotency-Key header (same rules as orders).");
        api.MapGet("/jobs/{jobId:long}", GetAsync).RequireAuthorization(Policies.SignedIn)
            .WithSummary("A field job: for dispatchers and admins, its technician, and that technician's supervisor.");
        api.MapPost("/jobs/{jobId:long}/moves", MoveAsync).RequireAuthorization(Policies.SignedIn).WithMetadata(new RequestSizeLimitAttribute(4 * 1024))
            .WithSummary("Move a job: assign, reassign or cancel (dispatchers); start, arrive, complete (its technician too). Against the version you saw.");
        api.MapGet("/jobs/{jobId:long}/account", AccountAsync).RequireAuthorization(Policies.SignedIn)
            .WithSummary("The customer's account behind a job: for its technician while the job is current, and for dispatchers. Anyone else: 403.");
        api.MapGet("/customers/{customerId:int}/account", CustomerAccountAsync).RequireAuthorization(Policies.SignedIn)
            .WithSummary("A customer's account with the ledger and balance, products owned, services held, past jobs and orders: dispatchers and admins; a technician only for the customer of their current job.");
        api.MapGet("/jobs/{jobId:long}/suggestions", SuggestAsync).RequireAuthorization(Policies.Dispatch)
            .WithSummary("Available technicians with the skill, nearest in time first, each with why; and who was left out and why.");
        api.MapGet("/dispatch/events", EventsAsync).RequireAuthorization(Policies.Dispatch)
            .WithSummary("Dispatch events after a sequence number (at most 500), to catch up after a gap.");
        api.MapPost("/technicians/me/position", PositionAsync).RequireAuthorization(Policies.Technician).WithMetadata(new RequestSizeLimitAttribute(1024))
            .WithSummary("The calling technician's position. Repeated or older positions are ignored (202).");
        api.MapGet("/technicians/me/jobs", MyJobsAsync).RequireAuthorization(Policies.Technician)
            .WithSummary("The calling technician's jobs still to do, the one in progress first.");
    }

    private static async Task<IResult> CreateAsync(
        [FromBody] JobRequest request, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, ClaimsPrincipal user, JobDesk desk, HttpContext http, CancellationToken cancellationToken)
    {
        var outcome = await desk.CreateAsync(user, request, idempotencyKey, cancellationToken);
        switch (outcome)
        {
            case JobOutcome.Created created:
                if (created.Repeated)
                {
                    http.Response.Headers["Idempotent-Replayed"] = "true";
                }

                return TypedResults.Created($"/api/jobs/{created.Job.JobId}", created.Job);
            case JobOutcome.Invalid invalid:
                return TypedResults.ValidationProblem(invalid.Errors.ToDictionary(), title: "The job has problems; nothing was stored.");
            case JobOutcome.KeyReused reused:
                return TypedResults.Problem(title: reused.Message, statusCode: StatusCodes.Status422UnprocessableEntity, type: "https://locationboards.example/problems/idempotency-key-reused");
            default:
                throw new InvalidOperationException("An outcome without an answer.");
        }
    }

    private static async Task<IResult> GetAsync(long jobId, ClaimsPrincipal user, JobReader reader, CancellationToken cancellationToken) =>
        await reader.FindAsync(user, jobId, cancellationToken) is { } job
            ? TypedResults.Ok(job)
            : TypedResults.Problem(title: "There is no such job you may see.", statusCode: StatusCodes.Status404NotFound);

    private static async Task<IResult> MoveAsync(long jobId, [FromBody] JobMoveRequest request, ClaimsPrincipal user, JobDesk desk, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(request.Move))
        {
            return TypedResults.Problem(title: "That is not a move.", statusCode: StatusCodes.Status400BadRequest);
        }

        var outcome = await desk.MoveAsync(user, jobId, request.ExpectedVersion, request.ToMove(), request.Note, cancellationToken);
        return outcome switch
        {
            JobMoveOutcome.Moved moved => TypedResults.Ok(moved.Job),
            JobMoveOutcome.Stale stale => TypedResults.Conflict(new { title = stale.Message, status = 409, job = stale.Job }),
            JobMoveOutcome.Refused refused => TypedResults.UnprocessableEntity(new { title = refused.Message, status = 422, job = refused.Job }),
            _ => TypedResults.Problem(title: "There is no such job you may move.", statusCode: StatusCodes.Status404NotFound),
        };
    }

    private static async Task<IResult> AccountAsync(long jobId, ClaimsPrincipal user, CustomerAccounts accounts, CancellationToken cancellationToken) =>
        await accounts.ForJobAsync(user, jobId, cancellationToken) switch
        {
            null => TypedResults.Problem(title: "There is no such job.", statusCode: StatusCodes.Status404NotFound),
            { Account: null } => TypedResults.Problem(title: "You may read a customer's account only for your current job.", statusCode: StatusCodes.Status403Forbidden),
            { Account: { } account } => TypedResults.Ok(account),
        };

    private static async Task<IResult> CustomerAccountAsync(int customerId, ClaimsPrincipal user, CustomerAccounts accounts, CancellationToken cancellationToken) =>
        await accounts.ForCustomerAsync(user, customerId, cancellationToken) switch
        {
            null => TypedResults.Problem(title: "There is no such customer.", statusCode: StatusCodes.Status404NotFound),
            { Account: null } => TypedResults.Problem(title: "You may read a customer's account only for the customer of your current job.", statusCode: StatusCodes.Status403Forbidden),
            { Account: { } account } => TypedResults.Ok(account),
        };

    private static async Task<IResult> SuggestAsync(
        long jobId, JobSuggestions suggestions, CancellationToken cancellationToken) =>
        await suggestions.ForAsync(jobId, cancellationToken) is { } found
            ? TypedResults.Ok(found)
            : TypedResults.Problem(title: "There is no such job.", statusCode: StatusCodes.Status404NotFound);

    private static async Task<IResult> EventsAsync([FromQuery] long after, DispatchFeed feed, CancellationToken cancellationToken) =>
        TypedResults.Ok(await feed.EventsAfterAsync(after, cancellationToken));

    private static IResult PositionAsync([FromBody] PositionRequest request, ClaimsPrincipal user, PositionIntake intake)
    {
        var technicianId = user.TechnicianIdOf()!.Value;
        var verdict = intake.Accept(user, new PositionReport(technicianId, request.Latitude, request.Longitude, request.RecordedUtc.ToUniversalTime()));
        return verdict.Outcome switch
        {
            PositionOutcome.Accepted => TypedResults.NoContent(),
            PositionOutcome.Ignored => TypedResults.Accepted((string?)null, new { ignored = verdict.Why }),
            _ => TypedResults.Problem(title: verdict.Why, statusCode: StatusCodes.Status400BadRequest),
        };
    }

    private static async Task<IResult> MyJobsAsync(ClaimsPrincipal user, JobReader reader, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reader.OfTechnicianAsync(user.TechnicianIdOf()!.Value, cancellationToken));
}
