using LocationBoards.Core.Customers;

namespace LocationBoards.Core.Tests.Customers;

public class UsualOrdersTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Three_purchases_last_month_outrank_five_a_year_ago()
    {
        const int Croissant = 1;
        const int Bagel = 2;
        var history = Enumerable.Range(0, 5).Select(i => new Purchase(Bagel, Now.AddDays(-365 - i)))
            .Concat(Enumerable.Range(0, 3).Select(i => new Purchase(Croissant, Now.AddDays(-25 - i))));

        var usual = UsualOrders.Rank(history, Now, UsualOrders.DefaultHalfLife, UsualOrders.DefaultCount);

        Assert.Equal([Croissant, Bagel], usual.Select(u => u.CatalogItemId));
        Assert.Equal(3, usual[0].Purchases);
        Assert.Equal(5, usual[1].Purchases);
    }

    [Fact]
    public void A_purchase_one_half_life_old_counts_half()
    {
        var usual = UsualOrders.Rank([new Purchase(1, Now.AddDays(-90))], Now, TimeSpan.FromDays(90), 6);

        Assert.Equal(0.5, usual.Single().Score, precision: 9);
    }

    [Fact]
    public void Only_the_top_items_are_offered()
    {
        var history = Enumerable.Range(1, 10).SelectMany(item => Enumerable.Range(0, item).Select(_ => new Purchase(item, Now.AddDays(-1))));

        var usual = UsualOrders.Rank(history, Now, UsualOrders.DefaultHalfLife, 6);

        Assert.Equal([10, 9, 8, 7, 6, 5], usual.Select(u => u.CatalogItemId));
    }

    [Fact]
    public void Equal_scores_go_to_the_more_recent_then_the_lower_item()
    {
        var usual = UsualOrders.Rank(
            [new Purchase(5, Now.AddDays(-3)), new Purchase(4, Now.AddDays(-3)), new Purchase(9, Now.AddDays(-3))],
            Now,
            UsualOrders.DefaultHalfLife,
            6);

        Assert.Equal([4, 5, 9], usual.Select(u => u.CatalogItemId));
    }

    [Fact]
    public void No_history_means_no_usual_items()
    {
        Assert.Empty(UsualOrders.Rank([], Now, UsualOrders.DefaultHalfLife, 6));
    }
}
