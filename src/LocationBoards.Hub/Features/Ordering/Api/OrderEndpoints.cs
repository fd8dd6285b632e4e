using System.Security.Claims;
using LocationBoards.Hub.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Features.Ordering.Api;

/// <summary>The ordering web API: place, read, preview routing, list locations.</summary>
public static class OrderEndpoints
{
    /// <summary>The largest order body accepted; anything bigger is refused before it is read.</summary>
    public const long MaxBodyBytes = 64 * 1024;

    public static void MapOrderEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/api").WithTags("Ordering");

        api.MapPost("/orders", PlaceAsync)
            .RequireAuthorization(Policies.PlaceOrders)
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .WithSummary("Place an order; it is routed to the nearest location able to fulfil it. Requires an Idempotency-Key header.");

        api.MapGet("/orders/{id:long}", GetAsync)
            .RequireAuthorization(Policies.SignedIn)
            .WithName("GetOrder")
            .WithSummary("An order's current state and routing decision, with an ETag. For its creator, its location's staff and admins.");

        api.MapPost("/routing/preview", PreviewAsync)
            .RequireAuthorization(Policies.PlaceOrders)
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .WithSummary("Where an order with this body would go now, and why. Stores nothing.");

        api.MapGet("/locations", ListLocationsAsync)
            .RequireAuthorization(Policies.SignedIn)
            .WithSummary("The active locations, with whether each is open now in its own time zone.");
    }

    private static async Task<Results<Created<OrderView>, ValidationProblem, ProblemHttpResult>> PlaceAsync(
        [FromBody] OrderRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        ClaimsPrincipal user,
        OrderIntake intake,
        OrderQueries queries,
        IOptions<IdentityOptions> identity,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var caller = OrderCallers.ForApi(user, identity.Value);
        var outcome = await intake.SubmitAsync(request, caller, idempotencyKey ?? string.Empty, cancellationToken);
        switch (outcome)
        {
            case OrderOutcome.Placed placed:
                if (placed.Replayed)
                {
                    http.Response.Headers["Idempotent-Replayed"] = "true";
                }

                // A new order is answered as the writer placed it; a replay is read back as it is now.
                var view = placed.View ?? (await queries.FindAsync(placed.Order.OrderId, cancellationToken))!.Value.View;
                http.Response.Headers.ETag = OrderETag.Of(view);
                return TypedResults.Created($"/api/orders/{view.Id}", view);
            case OrderOutcome.Invalid invalid:
                return TypedResults.ValidationProblem(invalid.Errors.ToDictionary(), title: "The order has problems; nothing was stored.");
            case OrderOutcome.NotRoutable notRoutable:
                return TypedResults.Problem(
                    title: "No location can fulfil this order now; nothing was stored.",
                    detail: notRoutable.Explanation,
                    statusCode: StatusCodes.Status422UnprocessableEntity,
                    type: "https://locationboards.example/problems/not-routable");
            default:
                return TypedResults.Problem(
                    title: "This idempotency key was already used for a different order.",
                    detail: "Use a new key for a new order; repeat the same body to get the first answer again.",
                    statusCode: StatusCodes.Status422UnprocessableEntity,
                    type: "https://locationboards.example/problems/idempotency-key-reused");
        }
    }

    private static async Task<Results<Ok<OrderView>, StatusCodeHttpResult, NotFound<ProblemDetails>>> GetAsync(
        long id, ClaimsPrincipal user, OrderQueries queries, IOptions<IdentityOptions> identity, HttpContext http, CancellationToken cancellationToken)
    {
        var found = await queries.FindAsync(id, cancellationToken);

        // Someone else's order looks exactly like a missing one.
        if (found is not { } order || !OrderCallers.MayRead(user, identity.Value, order.PlacedBy, order.View.LocationId))
        {
            return TypedResults.NotFound(new ProblemDetails { Title = "There is no such order you may see.", Status = 404 });
        }

        var etag = OrderETag.Of(order.View);
        if (http.Request.Headers.IfNoneMatch.Contains(etag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        http.Response.Headers.ETag = etag;
        return TypedResults.Ok(order.View);
    }

    private static async Task<Results<Ok<RoutingPreviewView>, ValidationProblem>> PreviewAsync(
        [FromBody] OrderRequest request, ClaimsPrincipal user, RoutingPreview preview, IOptions<IdentityOptions> identity, CancellationToken cancellationToken)
    {
        var (decision, errors) = await preview.PreviewAsync(request, OrderCallers.ForApi(user, identity.Value), cancellationToken);
        return decision is null
            ? TypedResults.ValidationProblem(errors.ToDictionary(), title: "The order has problems.")
            : TypedResults.Ok(RoutingPreviewView.From(decision));
    }

    private static async Task<Ok<IReadOnlyList<LocationView>>> ListLocationsAsync(LocationDirectory locations, TimeProvider clock, CancellationToken cancellationToken)
    {
        var router = await locations.RouterAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return TypedResults.Ok<IReadOnlyList<LocationView>>([.. router.Locations.Select(l => LocationView.From(l, now))]);
    }
}
