using LocationBoards.SeedGenerator.Business;

namespace LocationBoards.SeedGenerator.Dispatch;

/// <summary>A reported problem: the skill it needs, how the customer put it, and whether it is a hazard (urgent).</summary>
internal sealed record Problem(string Skill, string Symptoms, bool Hazard = false);

/// <summary>What goes wrong with the appliances customers own, and with ones the chain did not sell them.</summary>
internal static class Problems
{
    private const string Repair = ServiceSkills.ApplianceRepair;
    private const string Descale = ServiceSkills.Descaling;
    private const string Espresso = ServiceSkills.EspressoService;
    private const string Install = ServiceSkills.Installation;

    private static readonly Dictionary<string, Problem[]> ByProduct = new(StringComparer.Ordinal)
    {
        ["APL-ESPRESSO"] =
        [
            new(Espresso, "Espresso machine leaks from the group head when pulling a shot; the gasket looks worn."),
            new(Espresso, "Espresso machine pump runs but there is no pressure; shots come out thin and watery."),
            new(Espresso, "Steam wand only sputters and the milk will not froth."),
            new(Descale, "Espresso machine heats slowly and the water flow is weak; we have hard water."),
            new(Repair, "Espresso machine trips the kitchen breaker as soon as it is switched on.", Hazard: true),
            new(Install, "Kitchen remodelled: the espresso machine needs plumbing in to the water line again and dialling in."),
        ],
        ["APL-KETTLE"] =
        [
            new(Repair, "Kettle does not switch itself off when the water boils; it keeps boiling until unplugged.", Hazard: true),
            new(Repair, "Kettle lid latch is broken; the lid springs open while boiling."),
            new(Descale, "Thick white scale on the kettle's element; it is loud and slow to boil."),
        ],
        ["APL-GOOSENECK"] =
        [
            new(Repair, "Gooseneck kettle's display reads about 20 degrees low; it boils when set to 80."),
            new(Repair, "Gooseneck kettle only heats if it is wiggled on its base."),
            new(Descale, "Gooseneck kettle has scale in the spout and pours unevenly."),
        ],
        ["APL-DRIP"] =
        [
            new(Repair, "Drip coffee maker leaks onto the counter from underneath while brewing."),
            new(Descale, "Drip coffee maker takes twice as long to brew as it used to and the coffee tastes bitter."),
            new(Repair, "Drip coffee maker is dead: no clock, no buttons, no power."),
        ],
        ["APL-GRINDER"] =
        [
            new(Repair, "Burr grinder's motor hums but the burrs do not turn."),
            new(Repair, "Burr grinder gives an uneven grind even on the finest setting; the burrs may be out of line."),
        ],
        ["APL-BLENDER"] =
        [
            new(Repair, "Burning smell and smoke from the blender's base after a few seconds.", Hazard: true),
            new(Repair, "Blender motor runs but the blade does not spin."),
        ],
        ["APL-TOASTER"] =
        [
            new(Repair, "Toaster lever will not stay down; it pops up at once."),
            new(Repair, "Only one side of the toaster heats; the other elements stay dark."),
        ],
        ["APL-FROTHER"] =
        [
            new(Repair, "Milk frother heats but will not foam; the whisk does not spin."),
        ],
    };

    /// <summary>Problems of customers whose appliance is not in their records (bought elsewhere or long ago).</summary>
    public static IReadOnlyList<Problem> Unrecorded { get; } =
    [
        new(Repair, "Old kettle (not bought here) cuts out before the water boils."),
        new(Install, "Moving house: the coffee machine needs plumbing in at the new kitchen and a quick walkthrough."),
        new(Descale, "Hard water: the kettle and the coffee maker both need a proper descale."),
        new(Repair, "Stand mixer bought elsewhere stops after a minute and smells hot."),
        new(Install, "New under-counter water filter tap to fit for the coffee machine."),
        new(Descale, "Office coffee machine is slow and full of scale; about twenty people use it."),
    ];

    /// <summary>The problems an owned appliance can have, or none for one no technician visits (a filter pitcher).</summary>
    public static IReadOnlyList<Problem> For(string sku) => ByProduct.TryGetValue(sku, out var problems) ? problems : [];
}
