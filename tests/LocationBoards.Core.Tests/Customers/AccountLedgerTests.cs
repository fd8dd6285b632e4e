using LocationBoards.Core.Customers;
using LocationBoards.Core.Ordering;

namespace LocationBoards.Core.Tests.Customers;

public class AccountLedgerTests
{
    private static readonly DateTime Placed = new(2026, 11, 20, 17, 30, 0, DateTimeKind.Utc);

    private static AccountEntry Entry(AccountEntryKind kind, long amount) =>
        new() { CustomerId = 3, Kind = kind, AmountMinor = amount, OccurredUtc = Placed, Description = kind.ToString(), RecordedBy = "test" };

    private static Order ChargedOrder() => new()
    {
        Id = 55, CustomerId = 3, PaymentMethod = PaymentMethod.ChargeToAccount, TotalMinor = 2430, PlacedUtc = Placed, PlacedBy = "kiosk-1",
        Routing = new RoutingRecord { OriginKind = "home", Explanation = "Nearest." },
    };

    [Fact]
    public void The_balance_is_what_the_customer_owes_charges_up_payments_down()
    {
        var entries = new[]
        {
            Entry(AccountEntryKind.Sale, 5900),
            Entry(AccountEntryKind.OrderChargedToAccount, 2430),
            Entry(AccountEntryKind.Payment, -5000),
            Entry(AccountEntryKind.Adjustment, -330),
        };

        Assert.Equal(new Money(3000), AccountLedger.Balance(entries));
    }

    [Fact]
    public void An_empty_account_and_an_overpaid_one()
    {
        Assert.Equal(Money.Zero, AccountLedger.Balance([]));
        Assert.True(AccountLedger.Balance([Entry(AccountEntryKind.Payment, -100)]).IsNegative);
    }

    [Fact]
    public void An_order_charged_to_the_account_is_an_entry_for_its_total_dated_when_placed()
    {
        var entry = AccountLedger.OrderCharged(ChargedOrder(), "order-intake");

        Assert.Equal((AccountEntryKind.OrderChargedToAccount, 2430L, Placed, 55L, 3), (entry.Kind, entry.AmountMinor, entry.OccurredUtc, entry.OrderId!.Value, entry.CustomerId));
        Assert.Equal("Order 55 charged to the account", entry.Description);
    }

    [Fact]
    public void An_order_paid_another_way_is_not_an_account_entry()
    {
        var order = ChargedOrder();
        order.PaymentMethod = PaymentMethod.PayAtPickup;

        Assert.Throws<ArgumentException>(() => AccountLedger.OrderCharged(order, "order-intake"));
    }

    [Fact]
    public void Cancelling_an_order_charged_to_the_account_reverses_its_charge()
    {
        var order = ChargedOrder();
        var cancelled = Placed.AddMinutes(5);

        var entries = new[] { AccountLedger.OrderCharged(order, "intake"), AccountLedger.OrderCancelled(order, cancelled, "staff-1") };

        Assert.Equal(Money.Zero, AccountLedger.Balance(entries));
        Assert.Equal((AccountEntryKind.Adjustment, cancelled), (entries[1].Kind, entries[1].OccurredUtc));
    }

    [Theory]
    [InlineData(AccountEntryKind.Sale, -1, false)]
    [InlineData(AccountEntryKind.Sale, 0, true)]
    [InlineData(AccountEntryKind.OrderChargedToAccount, -1, false)]
    [InlineData(AccountEntryKind.Payment, 1, false)]
    [InlineData(AccountEntryKind.Payment, -1, true)]
    [InlineData(AccountEntryKind.Adjustment, -1, true)]
    [InlineData(AccountEntryKind.Adjustment, 1, true)]
    public void Charges_are_not_negative_and_payments_not_positive(AccountEntryKind kind, long amount, bool fine)
    {
        Assert.Equal(fine, AccountLedger.SignProblem(kind, amount) is null);
    }

    [Fact]
    public void A_long_description_is_shortened_to_its_column()
    {
        Assert.Equal(AccountEntry.MaxDescriptionLength, AccountLedger.Fitted(new string('x', 500)).Length);
        Assert.Equal("short", AccountLedger.Fitted("short"));
    }
}
