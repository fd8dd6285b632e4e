namespace LocationBoards.Core.Catalog;

/// <summary>
/// When a service a customer holds starts, and either the last day it covers (a fixed term) or the day it renews
/// (a renewing term); a one-off service has neither.
/// </summary>
public readonly record struct ServiceTermDates(DateOnly StartsOn, DateOnly? EndsOn, DateOnly? RenewsOn);
