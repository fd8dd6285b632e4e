using LocationBoards.Core.Customers;
using LocationBoards.Core.Geography;
using LocationBoards.Core.Ordering;

namespace LocationBoards.Hub.Features.Ordering.Api;

/// <summary>The checks that need no store: shape, quantities, coordinates, phone number format.</summary>
public static class OrderRequestValidator
{
    public static FieldErrors Validate(OrderRequest request, OrderingOptions options)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        var errors = new FieldErrors();

        if (request.CustomerId is null && request.NewCustomer is null)
        {
            errors.Add("customerId", "Say who the order is for: a customerId, or newCustomer details.");
        }
        else if (request.CustomerId is not null && request.NewCustomer is not null)
        {
            errors.Add("customerId", "Give either a customerId or newCustomer details, not both.");
        }
        else if (request.CustomerId is <= 0)
        {
            errors.Add("customerId", "The customer id must be a positive number.");
        }

        if (request.NewCustomer is { } customer)
        {
            ValidateNewCustomer(customer, errors);
        }

        ValidateLines(request.Lines, options, errors);

        switch (request.DeliveryMethod)
        {
            case null:
                errors.Add("deliveryMethod", "Choose a delivery method: pickup, delivery or technicianVisit.");
                break;
            case DeliveryMethod.Pickup when request.PickupLocationId is null:
                errors.Add("pickupLocationId", "Say which location the order is picked up from.");
                break;
            case DeliveryMethod.Delivery or DeliveryMethod.TechnicianVisit
                when request.DeliveryAddressId is null && request.DeliveryAddress is null:
                errors.Add("deliveryAddress", request.DeliveryMethod == DeliveryMethod.Delivery
                    ? "A delivery needs an address."
                    : "A technician visit needs the address to visit.");
                break;
        }

        if (request.DeliveryAddress is { } address)
        {
            ValidateAddress(address, "deliveryAddress", errors);
        }

        if (request.Payment is null)
        {
            errors.Add("payment", "Choose how to pay: payAtPickup, payOnDelivery or chargeToAccount.");
        }
        else if (request.Payment == PaymentMethod.PayAtPickup && request.DeliveryMethod is not (null or DeliveryMethod.Pickup))
        {
            errors.Add("payment", "Pay at pickup is only for orders picked up.");
        }
        else if (request.Payment == PaymentMethod.PayOnDelivery && request.DeliveryMethod == DeliveryMethod.Pickup)
        {
            errors.Add("payment", "Pay on delivery is for deliveries and visits; choose pay at pickup.");
        }

        return errors;
    }

    private static void ValidateLines(IReadOnlyList<OrderLineRequest>? lines, OrderingOptions options, FieldErrors errors)
    {
        if (lines is null || lines.Count == 0)
        {
            errors.Add("lines", "Add at least one item.");
            return;
        }

        if (lines.Count > options.MaxLinesPerOrder)
        {
            errors.Add("lines", $"An order has at most {options.MaxLinesPerOrder} lines.");
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line is null)
            {
                errors.Add($"lines[{i}]", "This line is empty.");
                continue;
            }

            if (string.IsNullOrWhiteSpace(line.Sku) && line.CatalogItemId is null)
            {
                errors.Add($"lines[{i}].sku", "Say which item: its sku or catalogItemId.");
            }

            if (line.Quantity <= 0)
            {
                errors.Add($"lines[{i}].quantity", "The quantity must be at least 1.");
            }
            else if (line.Quantity > options.MaxQuantityPerLine)
            {
                errors.Add($"lines[{i}].quantity", $"The quantity can be at most {options.MaxQuantityPerLine}.");
            }
        }
    }

    private static void ValidateNewCustomer(NewCustomerRequest customer, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(customer.FirstName) || customer.FirstName.Trim().Length > 80)
        {
            errors.Add("newCustomer.firstName", "Give a first name (up to 80 characters).");
        }

        if (string.IsNullOrWhiteSpace(customer.LastName) || customer.LastName.Trim().Length > 80)
        {
            errors.Add("newCustomer.lastName", "Give a last name (up to 80 characters).");
        }

        if (!PhoneNumber.TryNormalise(customer.Phone, out _))
        {
            errors.Add("newCustomer.phone", "Give a phone number such as (503) 555-0142.");
        }

        if (customer.Email is { Length: > 0 } email && (email.Length > 200 || !email.Contains('@', StringComparison.Ordinal)))
        {
            errors.Add("newCustomer.email", "The email address does not look right.");
        }

        if (customer.Billing is null)
        {
            errors.Add("newCustomer.billing", "Give a billing address.");
        }
        else
        {
            ValidateAddress(customer.Billing, "newCustomer.billing", errors);
        }
    }

    private static void ValidateAddress(AddressRequest address, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(address.Street) || address.Street.Length > 200)
        {
            errors.Add($"{field}.street", "Give the street and house number.");
        }

        if (string.IsNullOrWhiteSpace(address.City) || address.City.Length > 100)
        {
            errors.Add($"{field}.city", "Give the city.");
        }

        if (string.IsNullOrWhiteSpace(address.Postcode) || address.Postcode.Length > 20)
        {
            errors.Add($"{field}.postcode", "Give the postcode.");
        }

        if (address.Latitude is not null || address.Longitude is not null)
        {
            if (address.Latitude is not { } lat || address.Longitude is not { } lon || !GeoPoint.IsValid(lat, lon))
            {
                errors.Add($"{field}.latitude", "Coordinates must be a latitude within ±90 and a longitude within ±180, both given.");
            }
        }
    }
}
