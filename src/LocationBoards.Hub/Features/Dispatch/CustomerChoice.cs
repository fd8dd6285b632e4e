namespace LocationBoards.Hub.Features.Dispatch;

/// <summary>A customer a dispatcher may report a job for: how to recognise them, where a technician can go, what they own.</summary>
public sealed record CustomerChoice(
    int CustomerId,
    string Name,
    IReadOnlyList<string> Phones,
    IReadOnlyList<CustomerChoice.Place> Addresses,
    IReadOnlyList<CustomerChoice.Product> Products)
{
    public sealed record Place(int DeliveryAddressId, string Label, string Text);

    public sealed record Product(int OwnedProductId, string Name, string? SerialNumber);
}
