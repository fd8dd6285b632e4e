namespace LocationBoards.Hub.Features.Admin.Locations;

public enum DayHoursMode
{
    Closed,
    AllDay,
    Ranges,
}
