using System.Security.Claims;
using LocationBoards.Core.Access;
using LocationBoards.Hub.Infrastructure.Auth;
using LocationBoards.Hub.Realtime;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LocationBoards.Hub.Features.Boards.Api;

/// <summary>The boards for API clients: a location's board, its events by sequence number, and moving an order.</summary>
public static class BoardEndpoints
{
    public static void MapBoardEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/api").WithTags("Boards").RequireAuthorization(Policies.LocationWork);

        api.MapGet("/locations/{locationId:int}/board", GetBoardAsync)
            .WithSummary("A location's board: open, handed-over and today's finished orders, and the sequence number they are current at.");
        api.MapGet("/locations/{locationId:int}/board/events", GetEventsAsync)
            .WithSummary("The location's board events after a sequence number (at most 500), to catch up after a gap.");
        api.MapPost("/orders/{orderId:long}/moves", MoveAsync)
            .WithMetadata(new RequestSizeLimitAttribute(4 * 1024))
            .WithSummary("Move an order on its board: advance, cancel (with a reason) or undo, against the version you saw.");
    }

    private static async Task<Results<Ok<BoardView>, NotFound<ProblemDetails>>> GetBoardAsync(
        int locationId, ClaimsPrincipal user, BoardSnapshots snapshots, CancellationToken cancellationToken)
    {
        var snapshot = user.CanSeeLocation(locationId) ? await snapshots.LoadAsync(locationId, cancellationToken) : null;
        return snapshot is null
            ? TypedResults.NotFound(new ProblemDetails { Title = "There is no such board you may see.", Status = 404 })
            : TypedResults.Ok(new BoardView(snapshot.LocationId, snapshot.LocationName, snapshot.Sequence, snapshot.Cards));
    }

    private static async Task<Results<Ok<IReadOnlyList<BoardEventMessage>>, NotFound<ProblemDetails>>> GetEventsAsync(
        int locationId, [FromQuery] long after, ClaimsPrincipal user, BoardFeed feed, CancellationToken cancellationToken) =>
        user.CanSeeLocation(locationId)
            ? TypedResults.Ok(await feed.EventsAfterAsync(locationId, after, cancellationToken))
            : TypedResults.NotFound(new ProblemDetails { Title = "There is no such board you may see.", Status = 404 });

    private static async Task<IResult> MoveAsync(
        long orderId, [FromBody] MoveRequest request, ClaimsPrincipal user, OrderMoves moves, CancellationToken cancellationToken)
    {
        var outcome = await moves.MoveAsync(user, orderId, request.ExpectedVersion, request.Move, request.Reason, cancellationToken);
        return outcome switch
        {
            MoveOutcome.Moved moved => TypedResults.Ok(moved.Card),
            MoveOutcome.Stale stale => TypedResults.Conflict(new { title = stale.Message, status = 409, card = stale.Card }),
            MoveOutcome.Refused refused => TypedResults.UnprocessableEntity(new { title = refused.Message, status = 422, card = refused.Card }),
            _ => TypedResults.NotFound(new ProblemDetails { Title = "There is no such order you may see.", Status = 404 }),
        };
    }
}
