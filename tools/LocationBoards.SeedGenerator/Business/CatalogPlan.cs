namespace LocationBoards.SeedGenerator.Business;

internal sealed record CatalogEntry(string Sku, string Name, string Category, bool IsService, string Icon, decimal Price, string Description)
{
    public bool IsAppliance => Sku.StartsWith("APL-", StringComparison.Ordinal);

    public bool IsPart => Sku.StartsWith("PRT-", StringComparison.Ordinal);

    /// <summary>Services done at the customer's place (a technician visit, needing a skill), as against ones done in store.</summary>
    public bool IsVisit => ServiceSkills.For(Sku) is not null;
}

/// <summary>A neighbourhood chain's range: coffee, bakery, dairy and drinks, pantry, household, small kitchen appliances, their parts, and services.</summary>
internal static class CatalogPlan
{
    public const string Coffee = "Coffee & Tea";
    public const string Bakery = "Bakery";
    public const string Dairy = "Dairy & Drinks";
    public const string Pantry = "Pantry";
    public const string Household = "Household";
    public const string Appliances = "Kitchen Appliances";
    public const string Parts = "Parts & Filters";
    public const string Services = "Services";

    public static IReadOnlyList<CatalogEntry> All { get; } =
    [
        Goods("COF-HOUSE-250", "House blend coffee beans 250 g", Coffee, "☕", 8.10m, "Medium roast from a Portland roaster; chocolate and hazelnut."),
        Goods("COF-HOUSE-1KG", "House blend coffee beans 1 kg", Coffee, "☕", 26.50m, "The house blend in the big bag, for offices and heavy drinkers."),
        Goods("COF-DECAF-250", "Swiss Water decaf beans 250 g", Coffee, "☕", 9.20m, "Decaffeinated without solvents."),
        Goods("COF-ESP-500", "Espresso roast 500 g", Coffee, "☕", 15.90m, "Darker roast made for espresso machines."),
        Goods("COF-ETH-250", "Ethiopia Yirgacheffe 250 g", Coffee, "☕", 12.40m, "Light roast, floral and citrus; good for pour-over."),
        Goods("COF-GROUND-340", "Ground filter coffee 340 g", Coffee, "☕", 9.40m, "Ground for drip machines."),
        Goods("COF-COLD-1L", "Cold brew concentrate 1 L", Coffee, "🧊", 9.80m, "Mix one part with two parts water or milk."),
        Goods("TEA-EARL-50", "Earl Grey tea, 50 bags", Coffee, "🫖", 5.60m, "Black tea with bergamot."),
        Goods("TEA-GREEN-50", "Sencha green tea, 50 bags", Coffee, "🍵", 6.20m, "Japanese-style green tea."),
        Goods("TEA-CHAI-500", "Chai concentrate 500 ml", Coffee, "🫖", 6.90m, "Spiced black tea; add hot milk."),
        Goods("TEA-ROOIBOS-40", "Rooibos, 40 bags", Coffee, "🫖", 5.20m, "Caffeine-free red bush tea."),
        Goods("BAK-SOUR-LOAF", "Sourdough loaf", Bakery, "🍞", 7.50m, "Baked every morning."),
        Goods("BAK-RYE-LOAF", "Seeded rye loaf", Bakery, "🍞", 7.90m, "Dense rye with sunflower and flax seeds."),
        Goods("BAK-BAGUETTE", "Baguette", Bakery, "🥖", 3.60m, "Crisp crust, best the same day."),
        Goods("BAK-CROISSANT", "Butter croissant", Bakery, "🥐", 3.40m, "Laminated with cultured butter."),
        Goods("BAK-PAIN-CHOC", "Pain au chocolat", Bakery, "🥐", 3.90m, "Croissant dough with dark chocolate."),
        Goods("BAK-MUFFIN-BB", "Blueberry muffin", Bakery, "🧁", 3.20m, "With Oregon blueberries."),
        Goods("BAK-SCONE-MARION", "Marionberry scone", Bakery, "🧁", 3.50m, "Oregon's own blackberry."),
        Goods("BAK-BAGEL-6", "Bagels, 6", Bakery, "🥯", 6.80m, "Plain, sesame and everything."),
        Goods("BAK-COOKIE-CC", "Chocolate chip cookie", Bakery, "🍪", 2.40m, "Big and chewy."),
        Goods("BAK-GF-LOAF", "Gluten-free loaf", Bakery, "🍞", 8.90m, "Baked in a separate gluten-free kitchen."),
        Goods("DRK-OAT-1L", "Oat milk 1 L", Dairy, "🥛", 3.20m, "Barista edition; froths well."),
        Goods("DRK-ALMOND-1L", "Almond milk 1 L", Dairy, "🥛", 3.60m, "Unsweetened."),
        Goods("DRK-MILK-HG", "Whole milk, half gallon", Dairy, "🥛", 4.10m, "From a Willamette Valley dairy."),
        Goods("DRK-CREAM-PT", "Half-and-half, pint", Dairy, "🥛", 2.90m, "For coffee."),
        Goods("DRK-OJ-1L", "Orange juice 1 L", Dairy, "🍊", 4.80m, "Not from concentrate."),
        Goods("DRK-KOMBUCHA", "Ginger kombucha 16 oz", Dairy, "🍹", 4.20m, "Brewed in Portland."),
        Goods("DRK-SPARK-12", "Sparkling water, 12 cans", Dairy, "🥤", 6.50m, "Lime."),
        Goods("DRK-YOGURT-32", "Greek yogurt 32 oz", Dairy, "🥣", 6.40m, "Plain, whole milk."),
        Goods("DRK-EGGS-12", "Free-range eggs, dozen", Dairy, "🥚", 5.90m, "Large brown eggs."),
        Goods("DRK-BUTTER", "Salted butter 1 lb", Dairy, "🧈", 5.40m, "Four sticks."),
        Goods("PAN-OATS-1KG", "Rolled oats 1 kg", Pantry, "🌾", 4.60m, "Old-fashioned oats."),
        Goods("PAN-GRANOLA", "Hazelnut granola 500 g", Pantry, "🥣", 7.20m, "With Oregon hazelnuts."),
        Goods("PAN-HONEY", "Wildflower honey 12 oz", Pantry, "🍯", 8.50m, "Raw, from local hives."),
        Goods("PAN-JAM-MARION", "Marionberry jam", Pantry, "🫙", 6.90m, "Small-batch."),
        Goods("PAN-PB", "Peanut butter 16 oz", Pantry, "🥜", 4.90m, "Crunchy, no added sugar."),
        Goods("PAN-PASTA", "Spaghetti 1 lb", Pantry, "🍝", 2.60m, "Bronze-cut durum wheat."),
        Goods("PAN-SAUCE", "Tomato basil sauce", Pantry, "🍅", 5.30m, "24 oz jar."),
        Goods("PAN-RICE-2LB", "Jasmine rice 2 lb", Pantry, "🍚", 4.40m, "Fragrant long grain."),
        Goods("PAN-OLIVE-500", "Olive oil 500 ml", Pantry, "🫒", 11.90m, "Extra virgin."),
        Goods("PAN-CHOC-BAR", "Dark chocolate bar", Pantry, "🍫", 3.90m, "70% cacao."),
        Goods("PAN-SUGAR-2LB", "Raw cane sugar 2 lb", Pantry, "🍬", 3.80m, "Turbinado."),
        Goods("HH-DISH-SOAP", "Dish soap", Household, "🧴", 3.90m, "Unscented, 25 oz."),
        Goods("HH-DESCALER", "Descaler solution 500 ml", Household, "🧪", 9.50m, "For kettles and coffee machines; three uses."),
        Goods("HH-PAPER-TOWEL", "Paper towels, 6 rolls", Household, "🧻", 8.90m, "Recycled paper."),
        Goods("HH-TISSUE", "Toilet paper, 12 rolls", Household, "🧻", 11.50m, "Two-ply, recycled."),
        Goods("HH-SPONGE", "Sponges, 3 pack", Household, "🧽", 3.20m, "Cellulose, compostable."),
        Goods("HH-BAGS", "Compostable bags, 30", Household, "♻️", 7.40m, "Fit city compost bins."),
        Goods("HH-CLEANER", "All-purpose cleaner", Household, "🧴", 5.10m, "Citrus, refillable bottle."),
        Goods("HH-CANDLE", "Beeswax candle", Household, "🕯️", 12.00m, "Burns about 40 hours."),
        Goods("HH-BATTERIES", "AA batteries, 8", Household, "🔋", 9.90m, "Alkaline."),
        Goods("APL-KETTLE", "Electric kettle 1.7 L", Appliances, "🫖", 49.00m, "Stainless steel, auto shut-off."),
        Goods("APL-GOOSENECK", "Gooseneck kettle with thermometer", Appliances, "🫖", 89.00m, "Variable temperature, for pour-over."),
        Goods("APL-ESPRESSO", "Espresso machine", Appliances, "☕", 449.00m, "15-bar pump, steam wand, built-in water filter."),
        Goods("APL-DRIP", "Drip coffee maker", Appliances, "☕", 129.00m, "10 cups, thermal carafe."),
        Goods("APL-GRINDER", "Burr coffee grinder", Appliances, "⚙️", 179.00m, "40 grind settings, conical burrs."),
        Goods("APL-BLENDER", "High-speed blender", Appliances, "🌀", 249.00m, "64 oz jar, 2 horsepower."),
        Goods("APL-TOASTER", "Two-slice toaster", Appliances, "🍞", 59.00m, "Wide slots, bagel setting."),
        Goods("APL-FROTHER", "Milk frother", Appliances, "🥛", 69.00m, "Hot and cold foam."),
        Goods("APL-PITCHER", "Water filter pitcher", Appliances, "🚰", 34.00m, "10 cups, one cartridge included."),
        Goods("PRT-FILTER-PITCHER", "Pitcher filter cartridges, 3", Parts, "🚰", 24.00m, "Each lasts about two months."),
        Goods("PRT-FILTER-ESP", "Espresso machine water filter", Parts, "💧", 14.50m, "Change every two months."),
        Goods("PRT-GASKET-ESP", "Group head gasket", Parts, "🔧", 9.00m, "Replace when the portafilter leaks."),
        Goods("PRT-BURRS", "Replacement burr set", Parts, "⚙️", 39.00m, "For the burr grinder."),
        Goods("PRT-BLENDER-JAR", "Blender jar 64 oz", Parts, "🫙", 79.00m, "With lid and blade assembly."),
        Goods("PRT-PAPER-FILTERS", "Paper filters #4, 100", Parts, "📄", 4.50m, "Unbleached cone filters."),
        Goods("PRT-KETTLE-LID", "Kettle lid", Parts, "🔧", 12.00m, "Replacement lid for the 1.7 L kettle."),
        Service("SRV-REPAIR-VISIT", "Repair visit", "🧰", 95.00m, "A technician comes to diagnose and repair an appliance; parts extra."),
        Service("SRV-INSTALL", "Installation and setup", "🔌", 65.00m, "Set-up, plumbing-in where needed, and a first-use walkthrough."),
        Service("SRV-DESCALE", "Descaling at home", "🧪", 45.00m, "Full descale of a kettle or coffee machine."),
        Service("SRV-ESP-SERVICE", "Espresso machine annual service", "🛠️", 120.00m, "Gaskets, screens, descale and calibration at your place."),
        Service("SRV-GRINDER-TUNE", "Grinder cleaning and calibration", "⚙️", 40.00m, "Drop off in store; ready in two days."),
        Service("SRV-WARRANTY-CHECK", "Warranty inspection", "📋", 0.00m, "Bring the appliance in; we check it and file the claim."),
        Service("SRV-FILTER-SUB", "Filter subscription, quarterly", "🔁", 30.00m, "Fresh filters every three months."),
    ];

    public static CatalogEntry Get(string sku) => All.First(i => i.Sku == sku);

    private static CatalogEntry Goods(string sku, string name, string category, string icon, decimal price, string description) =>
        new(sku, name, category, false, icon, price, description);

    private static CatalogEntry Service(string sku, string name, string icon, decimal price, string description) =>
        new(sku, name, Services, true, icon, price, description);
}
