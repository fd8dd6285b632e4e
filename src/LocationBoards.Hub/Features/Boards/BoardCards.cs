using LocationBoards.Core.Customers;
using LocationBoards.Core.Ordering;

namespace LocationBoards.Hub.Features.Boards;

/// <summary>Makes an order's board card.</summary>
public static class BoardCards
{
    public static BoardCard For(Order order, Customer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        return For(order, customer.FirstName, customer.Phones.Count > 0 ? customer.Phones[0].Number : null);
    }

    /// <summary>The card from the customer's first name and first phone number (the one a card shows, masked).</summary>
    public static BoardCard For(Order order, string customerFirstName, string? customerPhone)
    {
        ArgumentNullException.ThrowIfNull(order);
        return new BoardCard(
            order.Id,
            order.LocationId,
            order.Status,
            order.Version,
            customerFirstName,
            customerPhone is null ? string.Empty : PhoneNumber.Mask(customerPhone),
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
