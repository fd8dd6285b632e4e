using LocationBoards.Core.Customers;
using LocationBoards.Core.Geography;

namespace LocationBoards.Hub.Features.Ordering;

/// <summary>One of a customer's saved delivery addresses, with the point the gazetteer gave it.</summary>
public sealed record SavedAddress(int Id, string Label, PostalAddress Address, GeoPoint Point);
