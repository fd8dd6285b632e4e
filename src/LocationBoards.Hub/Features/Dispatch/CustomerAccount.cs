namespace LocationBoards.Hub.Features.Dispatch;

/// <summary>A customer's account as a technician sees it on site: contact details, products owned, past jobs and orders.</summary>
public sealed record CustomerAccount(
    int CustomerId,
    string Name,
    string? Email,
    IReadOnlyList<string> Phones,
    string BillingAddress,
    IReadOnlyList<CustomerAccount.Product> ProductsOwned,
    IReadOnlyList<CustomerAccount.PastJob> PastJobs,
    IReadOnlyList<CustomerAccount.PastOrder> PastOrders)
{
    public sealed record Product(int OwnedProductId, string Name, DateOnly AcquiredOn, string? SerialNumber);

    public sealed record PastJob(long JobId, DateTime CreatedUtc, string Status, string Symptoms);

    public sealed record PastOrder(long OrderId, DateTime PlacedUtc, string Status, long TotalMinor, IReadOnlyList<string> Lines);
}
