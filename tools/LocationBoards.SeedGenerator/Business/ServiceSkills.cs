namespace LocationBoards.SeedGenerator.Business;

/// <summary>
/// The technician skills of the chain's field service, one per service done at the customer's place: a
/// technician-visit order for the service makes a job needing that skill (catalog.csv's skill column).
/// </summary>
internal static class ServiceSkills
{
    public const string ApplianceRepair = "appliance-repair";
    public const string Installation = "installation";
    public const string Descaling = "descaling";
    public const string EspressoService = "espresso-service";

    public static IReadOnlyList<string> All { get; } = [ApplianceRepair, Installation, Descaling, EspressoService];

    /// <summary>The skill a visit service needs, or null for goods and services done in store.</summary>
    public static string? For(string sku) => sku switch
    {
        "SRV-REPAIR-VISIT" => ApplianceRepair,
        "SRV-INSTALL" => Installation,
        "SRV-DESCALE" => Descaling,
        "SRV-ESP-SERVICE" => EspressoService,
        _ => null,
    };
}
