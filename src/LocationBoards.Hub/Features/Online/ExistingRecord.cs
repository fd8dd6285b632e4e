namespace LocationBoards.Hub.Features.Online;

/// <summary>A customer record that already has the phone number someone registers with, shown masked.</summary>
public sealed record ExistingRecord(int CustomerId, string FirstName, string MaskedStreet);
