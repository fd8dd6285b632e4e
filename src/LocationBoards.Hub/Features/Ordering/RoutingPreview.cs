using LocationBoards.Core.Routing;
using LocationBoards.Data;
using LocationBoards.Hub.Features.Ordering.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Features.Ordering;

/// <summary>Where an order would go right now, and why, without storing anything.</summary>
public sealed class RoutingPreview(
    IDbContextFactory<AppDbContext> contexts,
    OrderPreparation preparation,
    LocationDirectory locations,
    IOptions<OrderingOptions> options,
    TimeProvider clock)
{
    public async Task<(RoutingDecision? Decision, FieldErrors Errors)> PreviewAsync(OrderRequest request, OrderCaller caller, CancellationToken cancellationToken)
    {
        var errors = OrderRequestValidator.Validate(request, options.Value);
        if (errors.Any)
        {
            return (null, errors);
        }

        var (prepared, preparationErrors) = await preparation.PrepareAsync(request, caller, cancellationToken);
        if (prepared is null)
        {
            return (null, preparationErrors);
        }

        var router = await locations.RouterAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var load = await LocationLoads.ReadAsync(db, prepared.Lines, cancellationToken);
        var decision = router.Route(
            new RoutingRequest(prepared.Origin, prepared.OriginKind, prepared.Method, prepared.RoutingLines, clock.GetUtcNow(), prepared.PreferredLocationId),
            load);
        return (decision, errors);
    }
}
