using LocationBoards.Core.Customers;
using LocationBoards.Core.Geography.Gazetteer;
using LocationBoards.Core.Ordering;
using LocationBoards.Hub.Features.Ordering.Api;

namespace LocationBoards.Hub.Features.Ordering;

/// <summary>
/// One client's way through ordering, shared by the kiosk and the home page: who they are, the cart,
/// how they get it and how they pay. Plain state and rules, no UI; the request it makes is the API's.
/// A new idempotency key is drawn whenever what would be ordered changes, and kept otherwise, so
/// pressing "Place order" again after a lost answer can never order twice.
/// </summary>
public sealed class OrderingFlow
{
    public OrderingFlow(int maxQuantityPerLine)
    {
        Cart = new Cart(maxQuantityPerLine);
        Cart.Changed += NewAttempt;
    }

    public OrderingStep Step { get; set; } = OrderingStep.Identify;

    public CustomerMatch? Customer { get; private set; }

    public NewClientDetails? NewClient { get; private set; }

    public Cart Cart { get; }

    public DeliveryMethod? Method { get; private set; }

    public int? PickupLocationId { get; private set; }

    public SavedAddress? SavedAddress { get; private set; }

    public AddressSuggestion? TypedAddress { get; private set; }

    public PaymentMethod? Payment { get; private set; }

    public string IdempotencyKey { get; private set; } = Guid.NewGuid().ToString("N");

    public OrderSummary? Placed { get; set; }

    public bool IsReturning => Customer is not null;

    public string? FirstName => Customer?.FirstName ?? NewClient?.FirstName;

    public void Identify(CustomerMatch customer)
    {
        Customer = customer;
        NewClient = null;
        Step = OrderingStep.Choose;
        NewAttempt();
    }

    public void Register(NewClientDetails details)
    {
        NewClient = details;
        Customer = null;
        TypedAddress = details.Address;
        Step = OrderingStep.Choose;
        NewAttempt();
    }

    /// <summary>The ways to get this cart: goods are picked up or delivered; services come with a technician visit.</summary>
    public IReadOnlyList<DeliveryMethod> MethodsThatFit() => (Cart.HasGoods, Cart.HasServices) switch
    {
        (true, false) => [DeliveryMethod.Pickup, DeliveryMethod.Delivery],
        (false, true) => [DeliveryMethod.TechnicianVisit],
        _ => [],
    };

    public IReadOnlyList<PaymentMethod> PaymentsThatFit()
    {
        var pay = Method == DeliveryMethod.Pickup ? PaymentMethod.PayAtPickup : PaymentMethod.PayOnDelivery;
        return IsReturning ? [pay, PaymentMethod.ChargeToAccount] : [pay];
    }

    public void ChoosePickup(int locationId)
    {
        Method = DeliveryMethod.Pickup;
        PickupLocationId = locationId;
        KeepPaymentIfItFits(PaymentMethod.PayAtPickup);
        NewAttempt();
    }

    public void ChooseAddress(DeliveryMethod method, SavedAddress? saved, AddressSuggestion? typed)
    {
        Method = method;
        SavedAddress = saved;
        TypedAddress = saved is null ? typed : null;
        KeepPaymentIfItFits(PaymentMethod.PayOnDelivery);
        NewAttempt();
    }

    public void ChoosePayment(PaymentMethod payment)
    {
        Payment = payment;
        NewAttempt();
    }

    public bool ReadyToPlace =>
        !Cart.IsEmpty && Method is not null && Payment is not null && (IsReturning || NewClient is not null)
        && MethodsThatFit().Contains(Method.Value)
        && (Method == DeliveryMethod.Pickup ? PickupLocationId is not null : SavedAddress is not null || TypedAddress is not null);

    public OrderRequest ToRequest() => new()
    {
        CustomerId = Customer?.CustomerId,
        NewCustomer = NewClient is { } client
            ? new NewCustomerRequest
            {
                FirstName = client.FirstName,
                LastName = client.LastName,
                Phone = client.Phone,
                Email = client.Email,
                Billing = ToAddressRequest(client.Billing ?? client.Address.ToPostalAddress(), null),
            }
            : null,
        Lines = [.. Cart.Lines.Select(l => new OrderLineRequest { CatalogItemId = l.Item.Id, Quantity = l.Quantity })],
        DeliveryMethod = Method,
        PickupLocationId = Method == DeliveryMethod.Pickup ? PickupLocationId : null,
        DeliveryAddressId = Method != DeliveryMethod.Pickup ? SavedAddress?.Id : null,
        DeliveryAddress = Method != DeliveryMethod.Pickup && SavedAddress is null && TypedAddress is { } typed
            ? ToAddressRequest(typed.ToPostalAddress(), typed)
            : null,
        Payment = Payment,
    };

    private static AddressRequest ToAddressRequest(PostalAddress address, AddressSuggestion? placed) => new()
    {
        Street = address.Street,
        City = address.City,
        Postcode = address.Postcode,
        Latitude = placed?.Point.Latitude,
        Longitude = placed?.Point.Longitude,
    };

    private void KeepPaymentIfItFits(PaymentMethod otherwise)
    {
        if (Payment is not { } chosen || !PaymentsThatFit().Contains(chosen))
        {
            Payment = otherwise;
        }
    }

    private void NewAttempt()
    {
        if (Placed is null)
        {
            IdempotencyKey = Guid.NewGuid().ToString("N");
        }
    }
}
