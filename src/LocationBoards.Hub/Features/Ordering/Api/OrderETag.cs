using System.Globalization;

namespace LocationBoards.Hub.Features.Ordering.Api;

/// <summary>An order's entity tag: it changes exactly when the order's version does.</summary>
public static class OrderETag
{
    public static string Of(OrderView order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return string.Create(CultureInfo.InvariantCulture, $"\"order-{order.Id}-v{order.Version}\"");
    }
}
