namespace LocationBoards.SeedGenerator.History;

internal sealed record OrderPlan(
    DateTime PlacedUtc, string CustomerRef, string Location, string Method, string Payment, string Channel, IReadOnlyList<(string Sku, int Quantity)> Items);
