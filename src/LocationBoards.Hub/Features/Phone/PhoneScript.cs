using LocationBoards.Core.Ordering;
using LocationBoards.Hub.Features.Ordering;

namespace LocationBoards.Hub.Features.Phone;

/// <summary>What the automated line says, in one place so the wording reads as one voice.</summary>
internal sealed class PhoneScript(PriceFormatter prices)
{
    public static string Lines(IEnumerable<(ShopItem Item, int Quantity)> lines) =>
        RoutingList([.. lines.Select(l => $"{l.Quantity} {l.Item.Name}")]);

    public string Total(IEnumerable<(ShopItem Item, int Quantity)> lines) =>
        prices.Format(lines.Sum(l => l.Item.PriceMinor * l.Quantity));

    public string Price(ShopItem item) => prices.Format(item.PriceMinor);

    public static string How(PhonePlan plan) => plan.Method switch
    {
        DeliveryMethod.Pickup => $"for pickup at {plan.PickupLocationName}",
        DeliveryMethod.Delivery => $"delivered to {plan.Address?.Street}",
        _ => $"with a technician visit at {plan.Address?.Street}",
    };

    public static string Menu(bool hasUsual, string? usualSummary) =>
        (hasUsual ? $"Press 1 to order your usual: {usualSummary}. " : string.Empty)
        + "Press 2 to hear your usual items one by one. Press 3 to enter a speed code. Press 0 to talk to a person.";

    private static string RoutingList(IReadOnlyList<string> parts) => parts.Count switch
    {
        0 => "nothing",
        1 => parts[0],
        _ => string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1],
    };
}
