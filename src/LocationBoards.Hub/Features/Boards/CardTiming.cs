namespace LocationBoards.Hub.Features.Boards;

/// <summary>A card's age and due time in words: "2 min ago", "due in 3 min", "late 2 min".</summary>
public static class CardTiming
{
    public static (CardUrgency Urgency, string Due) Due(DateTime dueUtc, DateTime nowUtc, int dueSoonMinutes)
    {
        var left = dueUtc - nowUtc;
        if (left < TimeSpan.Zero)
        {
            return (CardUrgency.Late, $"late {Minutes(-left)}");
        }

        return left <= TimeSpan.FromMinutes(dueSoonMinutes)
            ? (CardUrgency.DueSoon, $"due in {Minutes(left)}")
            : (CardUrgency.OnTime, $"due in {Minutes(left)}");
    }

    public static string Age(DateTime placedUtc, DateTime nowUtc) =>
        nowUtc - placedUtc < TimeSpan.FromMinutes(1) ? "just now" : $"{Minutes(nowUtc - placedUtc)} ago";

    private static string Minutes(TimeSpan span)
    {
        var minutes = (int)Math.Floor(span.TotalMinutes);
        return minutes < 60 ? $"{Math.Max(minutes, 0)} min" : $"{minutes / 60} h {minutes % 60:00} min";
    }
}
