namespace LocationBoards.SeedGenerator.Business;

/// <summary>The terms of the chain's services that run for a time (catalog.csv's term column); one-off services have none.</summary>
internal static class ServiceTermPlan
{
    public static string? For(string sku) => sku switch
    {
        "SRV-FILTER-SUB" => "3 months renewing",
        _ => null,
    };
}
