using LocationBoards.Core.Customers;

namespace LocationBoards.Hub.Features.Ordering;

/// <summary>One of a customer's saved delivery addresses.</summary>
public sealed record SavedAddress(int Id, string Label, PostalAddress Address);
