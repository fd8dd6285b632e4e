namespace LocationBoards.Hub.Features.Phone;

/// <summary>The fields the provider posts on each step of a call.</summary>
public sealed record PhoneRequest(string CallSid, string From, string To, string? Digits);
