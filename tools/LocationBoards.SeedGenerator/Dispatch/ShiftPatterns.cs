namespace LocationBoards.SeedGenerator.Dispatch;

/// <summary>The weekly rotas technicians work: days, early, evening, weekend, four tens, overnight and a split week.</summary>
internal static class ShiftPatterns
{
    private static readonly string[] Weekdays = ["mon", "tue", "wed", "thu", "fri"];

    /// <summary>The demo technician's: long days, Monday to Saturday, so a demo usually finds them on shift.</summary>
    public static IReadOnlyDictionary<string, string[]> Demo { get; } =
        Days(["mon", "tue", "wed", "thu", "fri", "sat"], "07:00-19:00");

    public static IReadOnlyList<IReadOnlyDictionary<string, string[]>> Rota { get; } =
    [
        Days(Weekdays, "08:00-16:30"),
        Days(Weekdays, "06:30-15:00"),
        Days(Weekdays, "14:00-22:30"),
        Merge(Days(["fri"], "12:00-20:00"), Days(["sat", "sun"], "08:00-20:00")),
        Days(["tue", "wed", "thu", "fri"], "07:00-17:30"),

        // Overnight: starts Sunday to Thursday evening and ends the next morning.
        Days(["sun", "mon", "tue", "wed", "thu"], "22:00-06:30"),
        Merge(Days(["mon", "wed", "sat"], "09:00-17:30"), Days(["sun"], "10:00-16:00")),
    ];

    private static Dictionary<string, string[]> Days(IEnumerable<string> days, string range) =>
        days.ToDictionary(d => d, _ => new[] { range }, StringComparer.Ordinal);

    private static Dictionary<string, string[]> Merge(Dictionary<string, string[]> a, Dictionary<string, string[]> b) =>
        a.Concat(b).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
}
