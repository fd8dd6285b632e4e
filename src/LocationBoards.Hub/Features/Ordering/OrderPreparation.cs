using LocationBoards.Core.Catalog;
using LocationBoards.Core.Customers;
using LocationBoards.Core.Geography;
using LocationBoards.Core.Ordering;
using LocationBoards.Core.Routing;
using LocationBoards.Hub.Features.Ordering.Api;
using LocationBoards.Hub.Infrastructure.Storage;

namespace LocationBoards.Hub.Features.Ordering;

/// <summary>
/// Checks an order against the store before it is queued for writing: the items exist and are
/// sold, the customer exists and the caller may order for them, the method fits the cart, and the
/// address can be placed. Reads only; the writer checks stock and capacity again inside its transaction.
/// </summary>
public sealed class OrderPreparation(
    HotReaders readers,
    LocationDirectory locations,
    CatalogDirectory catalog,
    LocalGazetteer gazetteer,
    TimeProvider clock)
{
    public async Task<(PreparedOrder? Order, FieldErrors Errors)> PrepareAsync(
        OrderRequest request, OrderCaller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(caller);
        var errors = new FieldErrors();
        var lines = await PrepareLinesAsync(request.Lines!, errors, cancellationToken);
        CheckMethodFitsCart(request.DeliveryMethod!.Value, lines, errors);

        int? existingId = null;
        DeliveryAddress? savedAddress = null;
        Customer? created = null;
        if (request.CustomerId is { } customerId)
        {
            if (caller.OnlyForCustomerId is { } own && own != customerId)
            {
                errors.Add("customerId", "You can only order for yourself.");
            }
            else
            {
                var (saved, exists) = await readers.ReadAsync((customerId, request.DeliveryAddressId), CustomerChecks.Check, cancellationToken);
                savedAddress = saved;
                if (exists)
                {
                    existingId = customerId;
                }
                else
                {
                    errors.Add("customerId", "There is no customer with this id.");
                }
            }
        }
        else if (!caller.MayCreateCustomers)
        {
            errors.Add("newCustomer", "New clients register before ordering.");
        }
        else
        {
            created = NewCustomer(request.NewCustomer!, errors);
            if (request.Payment == PaymentMethod.ChargeToAccount)
            {
                errors.Add("payment", "Charging to an account is for returning clients; choose another way to pay.");
            }
        }

        var router = await locations.RouterAsync(cancellationToken);
        var (origin, originKind, preferred, address, point) = await PlaceOriginAsync(request, caller, savedAddress, router, errors, cancellationToken);
        if (errors.Any)
        {
            return (null, errors);
        }

        return (new PreparedOrder(
            existingId,
            created,
            lines,
            request.DeliveryMethod!.Value,
            request.Payment!.Value,
            origin!.Value,
            originKind,
            preferred,
            address,
            point), errors);
    }

    private async Task<List<PreparedLine>> PrepareLinesAsync(
        IReadOnlyList<OrderLineRequest> requested, FieldErrors errors, CancellationToken cancellationToken)
    {
        var skus = requested.Where(l => !string.IsNullOrWhiteSpace(l.Sku)).Select(l => l.Sku!.Trim().ToUpperInvariant()).Distinct().ToList();
        var ids = requested.Where(l => l.CatalogItemId is not null).Select(l => l.CatalogItemId!.Value).Distinct().ToList();
        var items = await catalog.FindAsync(ids, skus, cancellationToken);

        var lines = new List<PreparedLine>();
        for (var i = 0; i < requested.Count; i++)
        {
            var line = requested[i];
            var item = line.CatalogItemId is { } id
                ? items.FirstOrDefault(x => x.Id == id)
                : items.FirstOrDefault(x => string.Equals(x.Sku, line.Sku!.Trim(), StringComparison.OrdinalIgnoreCase));
            if (item is null || !item.IsActive)
            {
                errors.Add($"lines[{i}].sku", $"There is no item {line.Sku ?? line.CatalogItemId?.ToString(System.Globalization.CultureInfo.InvariantCulture)} in the catalogue.");
                continue;
            }

            var same = lines.FindIndex(l => l.CatalogItemId == item.Id);
            if (same >= 0)
            {
                lines[same] = lines[same] with { Quantity = lines[same].Quantity + line.Quantity };
            }
            else
            {
                lines.Add(new PreparedLine(item.Id, item.Name, item.Kind, line.Quantity, item.PriceMinor));
            }
        }

        return lines;
    }

    private static void CheckMethodFitsCart(DeliveryMethod method, List<PreparedLine> lines, FieldErrors errors)
    {
        var services = lines.Count(l => l.Kind == CatalogItemKind.Service);
        if (method == DeliveryMethod.TechnicianVisit && services < lines.Count)
        {
            errors.Add("deliveryMethod", "A technician visit is for services only; order goods for pickup or delivery.");
        }
        else if (method != DeliveryMethod.TechnicianVisit && services > 0)
        {
            errors.Add("deliveryMethod", "Services are done on a technician visit: choose technicianVisit for them.");
        }
    }

    private async Task<(GeoPoint? Origin, RoutingOrigin Kind, int? Preferred, PostalAddress? Address, GeoPoint? Point)> PlaceOriginAsync(
        OrderRequest request, OrderCaller caller, DeliveryAddress? savedAddress, LocationRouter router, FieldErrors errors, CancellationToken cancellationToken)
    {
        if (request.DeliveryMethod == DeliveryMethod.Pickup)
        {
            var location = router.Find(request.PickupLocationId!.Value);
            if (location is null)
            {
                errors.Add("pickupLocationId", "There is no open-for-business location with this id.");
                return (null, RoutingOrigin.ChosenLocation, null, null, null);
            }

            var kind = caller.Channel == OrderChannel.Kiosk ? RoutingOrigin.Kiosk : RoutingOrigin.ChosenLocation;
            return (location.Position, kind, location.Id, null, null);
        }

        var addressKind = request.DeliveryMethod == DeliveryMethod.Delivery ? RoutingOrigin.DeliveryAddress : RoutingOrigin.CustomerAddress;
        if (request.DeliveryAddressId is { } addressId)
        {
            // Found only when it is one of this customer's addresses.
            var saved = savedAddress?.Id == addressId ? savedAddress : null;
            if (saved is null)
            {
                errors.Add("deliveryAddressId", "This is not one of the customer's saved addresses.");
                return (null, addressKind, null, null, null);
            }

            return (saved.Position, addressKind, null, saved.Address, saved.Position);
        }

        var typed = request.DeliveryAddress!;
        var postal = new PostalAddress { Street = typed.Street!.Trim(), City = typed.City!.Trim(), Postcode = typed.Postcode!.Trim() };
        if (typed.Latitude is { } lat && typed.Longitude is { } lon)
        {
            var given = new GeoPoint(lat, lon);
            return (given, addressKind, null, postal, given);
        }

        var found = (await gazetteer.GetAsync(cancellationToken)).Resolve(postal);
        if (!found.Found)
        {
            errors.Add("deliveryAddress.street", "This address is not in our area's street list; check the street and postcode.");
            return (null, addressKind, null, null, null);
        }

        return (found.Point, addressKind, null, postal, found.Point);
    }

    private Customer? NewCustomer(NewCustomerRequest details, FieldErrors errors)
    {
        if (errors.FirstFor("newCustomer.phone") is not null || !PhoneNumber.TryNormalise(details.Phone, out var phone))
        {
            return null;
        }

        var billing = new PostalAddress
        {
            Street = details.Billing!.Street!.Trim(),
            City = details.Billing.City!.Trim(),
            Postcode = details.Billing.Postcode!.Trim(),
        };
        return new Customer
        {
            FirstName = details.FirstName!.Trim(),
            LastName = details.LastName!.Trim(),
            Email = string.IsNullOrWhiteSpace(details.Email) ? null : details.Email.Trim(),
            BillingAddress = billing,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            Phones = [new CustomerPhone { Number = phone, Label = "mobile" }],
        };
    }
}
