namespace LocationBoards.Hub.Features.Ordering.Api;

/// <summary>A client ordering for the first time: who they are and where to bill them.</summary>
public sealed record NewCustomerRequest
{
    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }

    public AddressRequest? Billing { get; init; }
}
