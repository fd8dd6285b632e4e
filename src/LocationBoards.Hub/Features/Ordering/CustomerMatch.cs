namespace LocationBoards.Hub.Features.Ordering;

/// <summary>A customer found by phone number: only what a screen others can see may show.</summary>
public sealed record CustomerMatch(int CustomerId, string FirstName, bool PrefersPerson);
