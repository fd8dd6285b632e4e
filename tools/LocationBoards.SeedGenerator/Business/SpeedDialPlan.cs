namespace LocationBoards.SeedGenerator.Business;

internal sealed record SpeedDialEntryPlan(string Code, string Name, string? DialledNumber, string Method, string Items);

internal static class SpeedDialPlan
{
    /// <summary>The business's own lines for dialled orders: 503-555-0100 to 0109, never given to a customer.</summary>
    public static IReadOnlyList<string> ReservedNumbers { get; } = [.. Enumerable.Range(100, 10).Select(n => $"+1503555{n:0000}")];

    public static IReadOnlyList<SpeedDialEntryPlan> All { get; } =
    [
        new("11", "Coffee beans refill", "+15035550100", "pickup", "COF-HOUSE-250*1"),
        new("12", "Breakfast for two", "+15035550101", "pickup", "BAK-CROISSANT*2;DRK-OAT-1L*1"),
        new("21", "Weekly milk, bread and eggs", "+15035550102", "delivery", "DRK-MILK-HG*1;BAK-SOUR-LOAF*1;DRK-EGGS-12*1"),
        new("22", "Office coffee box", null, "delivery", "COF-HOUSE-1KG*2;DRK-CREAM-PT*2;PRT-PAPER-FILTERS*1"),
        new("31", "Descale my machine", "+15035550103", "technician-visit", "SRV-DESCALE*1"),
        new("32", "Repair visit", "+15035550104", "technician-visit", "SRV-REPAIR-VISIT*1"),
        new("33", "Espresso machine service", null, "technician-visit", "SRV-ESP-SERVICE*1"),
        new("41", "Pitcher filters", "+15035550105", "pickup", "PRT-FILTER-PITCHER*1"),
        new("42", "Household basics", null, "delivery", "HH-TISSUE*1;HH-PAPER-TOWEL*1;HH-DISH-SOAP*1"),
        new("51", "Pastry box", "+15035550106", "pickup", "BAK-CROISSANT*3;BAK-PAIN-CHOC*3;BAK-SCONE-MARION*2"),
        new("606", "Cold brew party", null, "pickup", "COF-COLD-1L*3"),
        new("1234", "Bagel brunch", "+15035550107", "pickup", "BAK-BAGEL-6*1;DRK-CREAM-PT*1;PAN-JAM-MARION*1"),
    ];
}
