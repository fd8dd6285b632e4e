using LocationBoards.Core.Geography.Gazetteer;

namespace LocationBoards.Hub.Features.Online;

/// <summary>What a client types to open an account for ordering from home.</summary>
public sealed record Registration(
    string FirstName,
    string LastName,
    string Email,
    string Password,
    string Phone,
    AddressSuggestion? DeliveryAddress,
    AddressSuggestion? BillingAddress);
