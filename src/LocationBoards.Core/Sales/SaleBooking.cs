using LocationBoards.Core.Customers;

namespace LocationBoards.Core.Sales;

/// <summary>What a processed sale adds to the customer's records, written in the processing's transaction.</summary>
public sealed record SaleBooking(IReadOnlyList<AccountEntry> LedgerEntries, IReadOnlyList<OwnedProduct> ProductsOwned, IReadOnlyList<HeldService> ServicesHeld);
