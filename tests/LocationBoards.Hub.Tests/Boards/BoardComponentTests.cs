using Bunit;
using LocationBoards.Core.Ordering;
using LocationBoards.Hub.Features.Boards;
using LocationBoards.Hub.Tests.Support;
using Microsoft.AspNetCore.Components;

namespace LocationBoards.Hub.Tests.Boards;

public class BoardComponentTests : RadzenComponentTest
{
    private static readonly DateTime Now = new(2026, 11, 25, 18, 0, 0, DateTimeKind.Utc);

    private static BoardCard Card(long id, OrderStatus status = OrderStatus.New, DeliveryMethod method = DeliveryMethod.Pickup, int dueInMinutes = 20, string? cancelReason = null) => new(
        id, 1, status, 1, "Ann", "…0142",
        [new BoardCardLine("Oat milk 1 L", 2), new BoardCardLine("Sourdough loaf", 1)],
        method, method == DeliveryMethod.Pickup ? null : "Hawthorne 97214", OrderChannel.Kiosk, 1240,
        Now.AddMinutes(-3), Now.AddMinutes(dueInMinutes), "nearest open location with everything in stock (0.4 km)", cancelReason);

    private IRenderedComponent<OrderCard> RenderCard(BoardCard card, Action<ComponentParameterCollectionBuilder<OrderCard>>? more = null) =>
        Render<OrderCard>(p =>
        {
            p.Add(c => c.Card, card).Add(c => c.NowUtc, Now).Add(c => c.DueSoonMinutes, 5);
            more?.Invoke(p);
        });

    [Fact]
    public void A_card_shows_the_number_who_what_how_and_why()
    {
        var cut = RenderCard(Card(1042, method: DeliveryMethod.Delivery));

        Assert.Equal("Order #1042", cut.Find(".card-number").TextContent.Trim());
        Assert.Equal("Ann · …0142", cut.Find(".card-who").TextContent.Trim());
        Assert.Equal(["2× Oat milk 1 L", "1× Sourdough loaf"], cut.FindAll(".card-lines li").Select(li => li.TextContent.Trim()));
        Assert.Equal("Delivery · Hawthorne 97214", cut.Find(".card-method").TextContent.Trim());
        Assert.Contains("3 min ago · kiosk", cut.Find(".card-age").TextContent, StringComparison.Ordinal);
        Assert.Contains("nearest open location", cut.Find(".card-why").TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(20, "urgency-on-time", "due in 20 min")]
    [InlineData(4, "urgency-due-soon", "due in 4 min")]
    [InlineData(-2, "urgency-late", "late 2 min")]
    public void Ageing_shows_in_colour_and_in_words(int dueInMinutes, string urgencyClass, string words)
    {
        var cut = RenderCard(Card(7, dueInMinutes: dueInMinutes));

        Assert.Contains(urgencyClass, cut.Find("article").ClassList);
        Assert.Contains(words, cut.Find(".card-due").TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(OrderStatus.New, DeliveryMethod.Pickup, "Start preparing")]
    [InlineData(OrderStatus.InPreparation, DeliveryMethod.Pickup, "Ready")]
    [InlineData(OrderStatus.Ready, DeliveryMethod.Pickup, "Picked up")]
    [InlineData(OrderStatus.Ready, DeliveryMethod.Delivery, "Out for delivery")]
    [InlineData(OrderStatus.Ready, DeliveryMethod.TechnicianVisit, "Visit booked")]
    [InlineData(OrderStatus.HandedOver, DeliveryMethod.Delivery, "Done")]
    public void The_advance_button_says_what_happens_next(OrderStatus status, DeliveryMethod method, string expected)
    {
        BoardCard? advanced = null;
        var cut = RenderCard(Card(9, status, method), p => p.Add(c => c.OnAdvance, (BoardCard c) => advanced = c));

        var button = cut.Find(".card-advance");
        Assert.StartsWith(expected, button.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal($"{expected}: order 9", button.GetAttribute("aria-label"));
        button.Click();
        Assert.Equal(9, advanced!.OrderId);
    }

    [Fact]
    public void Finished_and_wall_cards_have_no_buttons()
    {
        Assert.Empty(RenderCard(Card(1, OrderStatus.Done)).FindAll("button"));
        var cancelled = RenderCard(Card(2, OrderStatus.Cancelled, cancelReason: "Client asked"));
        Assert.Empty(cancelled.FindAll("button"));
        Assert.Equal("Cancelled: Client asked", cancelled.Find(".card-cancelled").TextContent.Trim());
        Assert.Empty(RenderCard(Card(3), p => p.Add(c => c.ReadOnly, true)).FindAll("button"));
    }

    [Fact]
    public void Cancelling_asks_for_a_reason_before_it_can_be_confirmed()
    {
        string? reason = null;
        var cut = RenderCard(Card(5), p => p.Add(c => c.Cancelling, true).Add(c => c.OnCancelConfirm, (string r) => reason = r));

        var confirm = cut.Find("button[type=submit]");
        Assert.True(confirm.HasAttribute("disabled"));
        cut.FindAll(".card-reason").Single(b => b.TextContent == "Out of stock").Click();
        Assert.Equal("Out of stock", cut.Find(".card-reason-input").GetAttribute("value"));
        cut.Find("form").Submit();

        Assert.Equal("Out of stock", reason);
    }

    [Fact]
    public void A_new_card_is_highlighted_in_words_too_and_a_busy_one_waits()
    {
        var cut = RenderCard(Card(6), p => p.Add(c => c.IsNew, true).Add(c => c.Busy, true));

        Assert.Contains("is-new", cut.Find("article").ClassList);
        Assert.Equal("New", cut.Find(".card-new-badge").TextContent);
        Assert.All(cut.FindAll("button"), b => Assert.True(b.HasAttribute("disabled")));
    }

    [Fact]
    public void A_card_is_drawn_again_only_when_what_it_shows_changes()
    {
        var card = Card(1042);
        var cut = Render<OrderCard>(p => p.Add(c => c.Card, card).Add(c => c.NowUtc, Now.AddSeconds(-30)).Add(c => c.DueSoonMinutes, 5));
        var drawn = cut.RenderCount;

        // The board renders on every event and heartbeat: seconds later the card says the same ("2 min ago", "due in
        // 20 min"), so it is not redrawn.
        cut.Render(p => p.Add(c => c.Card, card).Add(c => c.NowUtc, Now.AddSeconds(-10)));
        Assert.Equal(drawn, cut.RenderCount);

        // Its age in words changed.
        cut.Render(p => p.Add(c => c.Card, card).Add(c => c.NowUtc, Now.AddMinutes(2)));
        Assert.Equal(drawn + 1, cut.RenderCount);
        Assert.Contains("5 min ago", cut.Find(".card-age").TextContent, StringComparison.Ordinal);

        // The order moved on.
        cut.Render(p => p.Add(c => c.Card, card with { Status = OrderStatus.InPreparation, Version = 2 }));
        Assert.Equal(drawn + 2, cut.RenderCount);
        Assert.Equal("InPreparation", cut.Find("article").GetAttribute("data-status"));

        // Its move is on its way.
        cut.Render(p => p.Add(c => c.Busy, true));
        Assert.Equal(drawn + 3, cut.RenderCount);
        Assert.True(cut.Find(".card-advance").HasAttribute("disabled"));
    }

    [Fact]
    public void A_column_counts_its_cards_and_says_so_when_empty()
    {
        RenderFragment<BoardCard> template = card => builder => builder.AddContent(0, $"card {card.OrderId}");
        var full = Render<BoardColumn>(p => p.Add(c => c.Title, "Ready").Add(c => c.Key, "Ready")
            .Add(c => c.Cards, [Card(1), Card(2)]).Add(c => c.CardTemplate, template));
        var empty = Render<BoardColumn>(p => p.Add(c => c.Title, "Ready").Add(c => c.Key, "Ready")
            .Add(c => c.Cards, []).Add(c => c.CardTemplate, template));

        Assert.Equal("Ready (2)", full.Find("h2").TextContent.Trim());
        Assert.Equal(["card 1", "card 2"], full.FindAll("li").Select(li => li.TextContent));
        Assert.Equal("Ready (0)", empty.Find("h2").TextContent.Trim());
        Assert.Equal("No orders", empty.Find(".board-column-empty").TextContent);
    }
}
