using System.Security.Claims;
using LocationBoards.Hub.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc;

namespace LocationBoards.Hub.Features.Sales.Api;

/// <summary>The field-sales web API: drafts by client key, agree, submit (processed at once), withdraw, copy, read, the panel and the catalogue for a job.</summary>
public static class SaleEndpoints
{
    /// <summary>Room for a drawn signature and the largest allowed sale.</summary>
    public const long MaxBodyBytes = 64 * 1024;

    public static void MapSaleEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/api").WithTags("Sales").RequireAuthorization(Policies.SignedIn);
        var limit = new RequestSizeLimitAttribute(MaxBodyBytes);

        api.MapGet("/jobs/{jobId:long}/sale-catalog", CatalogAsync)
            .WithSummary("What can be sold on a job: the catalogue's goods and services, the van's stock (technician's home location), what the customer owns and holds.");
        api.MapPut("/sales/drafts/{clientKey:guid}", DraftAsync).WithMetadata(limit)
            .WithSummary("Create (201) or revise (200) the draft with this client-made key. Prices come from the catalogue; a client's price is ignored. 409 on a stale version.");
        api.MapPost("/sales/{saleId:long}/agree", AgreeAsync).WithMetadata(limit)
            .WithSummary("The customer agrees to these lines, this total and this payment (name typed, signature optional).");
        api.MapPost("/sales/{saleId:long}/submit", SubmitAsync).WithMetadata(limit)
            .WithSummary("Submit and process at once: answers the processed or refused sale. Submitting again answers the same result.");
        api.MapPost("/sales/{saleId:long}/withdraw", WithdrawAsync).WithMetadata(limit)
            .WithSummary("Withdraw a sale before it is processed (refused as withdrawn).");
        api.MapPost("/sales/{saleId:long}/copy", CopyAsync).WithMetadata(limit)
            .WithSummary("Copy a refused sale into a new draft with a new client key.");
        api.MapGet("/sales/{saleId:long}", GetAsync)
            .WithSummary("A sale with lines, prices, payment and status history: for its seller, its technician, dispatchers, admins, the technician's supervisor.");
        api.MapGet("/sales/in-progress", InProgressAsync)
            .WithSummary("The in-progress panel: sales in progress and those finished within Sales:FinishedSaleShownFor (supervisors: their technicians').");
    }

    private static async Task<IResult> CatalogAsync(long jobId, ClaimsPrincipal user, SaleReader reader, CancellationToken cancellationToken) =>
        await reader.CatalogForJobAsync(user, jobId, cancellationToken) switch
        {
            null => TypedResults.Problem(title: $"There is no job {jobId}.", statusCode: StatusCodes.Status404NotFound),
            { Catalog: { } catalog } => TypedResults.Ok(catalog),
            { Forbidden: var why } => TypedResults.Problem(title: why, statusCode: StatusCodes.Status403Forbidden),
        };

    private static async Task<IResult> DraftAsync(Guid clientKey, [FromBody] SaleDraftRequest request, ClaimsPrincipal user, SaleDesk desk, CancellationToken cancellationToken) =>
        Answer(await desk.SaveDraftAsync(user, clientKey, request, cancellationToken));

    private static async Task<IResult> AgreeAsync(long saleId, [FromBody] SaleAgreeRequest request, ClaimsPrincipal user, SaleDesk desk, CancellationToken cancellationToken) =>
        Answer(await desk.AgreeAsync(user, saleId, request, cancellationToken));

    private static async Task<IResult> SubmitAsync(long saleId, [FromBody] SaleSubmitRequest request, ClaimsPrincipal user, SaleDesk desk, CancellationToken cancellationToken) =>
        Answer(await desk.SubmitAsync(user, saleId, request, cancellationToken));

    private static async Task<IResult> WithdrawAsync(long saleId, [FromBody] SaleWithdrawRequest request, ClaimsPrincipal user, SaleDesk desk, CancellationToken cancellationToken) =>
        Answer(await desk.WithdrawAsync(user, saleId, request, cancellationToken));

    private static async Task<IResult> CopyAsync(long saleId, [FromBody] SaleCopyRequest request, ClaimsPrincipal user, SaleDesk desk, CancellationToken cancellationToken) =>
        Answer(await desk.CopyAsync(user, saleId, request, cancellationToken));

    private static async Task<IResult> GetAsync(long saleId, ClaimsPrincipal user, SaleReader reader, CancellationToken cancellationToken) =>
        await reader.FindAsync(user, saleId, cancellationToken) is { } sale
            ? TypedResults.Ok(sale)
            : TypedResults.Problem(title: "There is no such sale you may see.", statusCode: StatusCodes.Status404NotFound);

    private static async Task<IResult> InProgressAsync(ClaimsPrincipal user, SaleReader reader, CancellationToken cancellationToken) =>
        await reader.InProgressAsync(user, cancellationToken) is { } sales
            ? TypedResults.Ok(sales)
            : TypedResults.Problem(title: "Only dispatchers, admins and supervisors see the sales panel.", statusCode: StatusCodes.Status403Forbidden);

    private static IResult Answer(SaleOutcome outcome) => outcome switch
    {
        SaleOutcome.Saved { Created: true } saved => TypedResults.Created($"/api/sales/{saved.Sale.SaleId}", saved.Sale),
        SaleOutcome.Saved saved => TypedResults.Ok(saved.Sale),
        SaleOutcome.Invalid invalid => TypedResults.ValidationProblem(invalid.Errors.ToDictionary(), title: "The sale has problems; nothing was stored."),
        SaleOutcome.NotFound notFound => TypedResults.Problem(title: notFound.Message, statusCode: StatusCodes.Status404NotFound),
        SaleOutcome.Forbidden forbidden => TypedResults.Problem(title: forbidden.Message, statusCode: StatusCodes.Status403Forbidden),
        SaleOutcome.Stale stale => TypedResults.Conflict(new { title = stale.Message, status = 409, sale = stale.Sale }),
        SaleOutcome.Refused refused => TypedResults.UnprocessableEntity(new { title = refused.Message, status = 422, sale = refused.Sale }),
        _ => throw new InvalidOperationException("An outcome without an answer."),
    };
}
