using LocationBoards.Core.Sales;

namespace LocationBoards.Hub.Features.Sales.Api;

/// <summary>A draft as the client has it now. <see cref="Version"/> is the version the client last saw (null for a new draft).</summary>
public sealed record SaleDraftRequest(
    long JobId, IReadOnlyList<SaleDraftLine?>? Lines, SalePaymentMethod? PaymentMethod, string? PaymentReference, int? Version);

/// <summary>A line as the client sends it; <see cref="UnitPriceMinor"/> is ignored (the catalogue's price is used).</summary>
public sealed record SaleDraftLine(int CatalogItemId, int Quantity, SaleFulfilment? Fulfilment, long? UnitPriceMinor);

public sealed record SaleAgreeRequest(string? AgreedName, string? Signature, int Version);

public sealed record SaleSubmitRequest(int Version);

public sealed record SaleWithdrawRequest(string? Reason, int Version);

public sealed record SaleCopyRequest(Guid ClientKey);
