namespace LocationBoards.Hub.Features.Locations;

/// <summary>One line of a location's week: "Friday · 07:00–15:00, 18:00–02:00 (next day)".</summary>
public sealed record WeekdayHours(DayOfWeek Day, string Hours, bool IsToday);
