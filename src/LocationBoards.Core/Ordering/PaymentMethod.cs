namespace LocationBoards.Core.Ordering;

/// <summary>How the client pays. No card number or CVV is ever stored: card payments arrive as gateway tokens.</summary>
public enum PaymentMethod
{
    PayAtPickup,
    PayOnDelivery,
    ChargeToAccount,
}
