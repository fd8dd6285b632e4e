namespace LocationBoards.Core.Customers;

/// <summary>An item a customer usually buys: its decayed score, how often and when last.</summary>
public sealed record UsualItem(int CatalogItemId, double Score, int Purchases, DateTime LastPurchasedUtc);
