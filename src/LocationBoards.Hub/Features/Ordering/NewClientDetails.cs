using LocationBoards.Core.Customers;
using LocationBoards.Core.Geography.Gazetteer;

namespace LocationBoards.Hub.Features.Ordering;

/// <summary>A new client's details, as typed at the kiosk or on the home page; stored with their first order.</summary>
public sealed record NewClientDetails(string FirstName, string LastName, string Phone, string? Email, AddressSuggestion Address, PostalAddress? Billing);
