namespace LocationBoards.Core.Customers;

/// <summary>One past purchase of an item (an order line of a placed order), for ranking the usual items.</summary>
public readonly record struct Purchase(int CatalogItemId, DateTime PlacedUtc);
