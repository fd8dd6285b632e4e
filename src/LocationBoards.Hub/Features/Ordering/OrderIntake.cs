using System.Security.Cryptography;
using System.Text.Json;
using LocationBoards.Hub.Features.Ordering.Api;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Features.Ordering;

/// <summary>
/// Where every order comes in (kiosk, web page, phone line, API): checked, prepared, then placed by
/// the order writer under the caller's idempotency key. Only a placed order is stored.
/// </summary>
public sealed class OrderIntake(OrderPreparation preparation, OrderWriter writer, IOptions<OrderingOptions> options)
{
    public const int MaxIdempotencyKeyLength = 100;

    public async Task<OrderOutcome> SubmitAsync(OrderRequest request, OrderCaller caller, string idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(caller);
        if (string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Length > MaxIdempotencyKeyLength)
        {
            var keyErrors = new FieldErrors();
            keyErrors.Add("Idempotency-Key", $"Every order needs an idempotency key of 1 to {MaxIdempotencyKeyLength} characters.");
            return new OrderOutcome.Invalid(keyErrors);
        }

        var errors = OrderRequestValidator.Validate(request, options.Value);
        if (errors.Any)
        {
            return new OrderOutcome.Invalid(errors);
        }

        var (prepared, preparationErrors) = await preparation.PrepareAsync(request, caller, cancellationToken);
        if (prepared is null)
        {
            return new OrderOutcome.Invalid(preparationErrors);
        }

        return await writer.PlaceAsync(prepared, caller, idempotencyKey, HashOf(request), cancellationToken);
    }

    /// <summary>The same order written twice hashes the same; any difference in what was asked for does not.</summary>
    internal static string HashOf(OrderRequest request) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(request)));
}
