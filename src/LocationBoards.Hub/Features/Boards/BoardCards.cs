using LocationBoards.Core.Customers;
using LocationBoards.Core.Ordering;

namespace LocationBoards.Hub.Features.Boards;

/// <summary>Makes an order's board card.</summary>
public static class BoardCards
{
    public static BoardCard For(Order order, Customer customer)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(customer);
        return new BoardCard(
            order.Id,
            order.LocationId,
            order.Status,
            order.Version,
            customer.FirstName,
            customer.Phones.Count > 0 ? PhoneNumber.Mask(customer.Phones[0].Number) : string.Empty,
            [.. order.Lines.Select(l => new BoardCardLine(l.ItemName, l.Quantity))],
            order.DeliveryMethod,
            AreaOf(order.DeliveryAddress),
            order.Channel,
            order.TotalMinor,
            order.PlacedUtc,
            order.DueUtc,
            order.Routing.Explanation,
            order.CancelReason);
    }

    /// <summary>"SE Hawthorne Blvd, 97214": the street without the house number, enough to plan a round.</summary>
    public static string? AreaOf(PostalAddress? address)
    {
        if (address is null)
        {
            return null;
        }

        var words = address.Street.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var street = words.Length > 1 && words[0].Any(char.IsAsciiDigit) ? string.Join(' ', words[1..]) : address.Street;
        return $"{street}, {address.Postcode}";
    }
}
