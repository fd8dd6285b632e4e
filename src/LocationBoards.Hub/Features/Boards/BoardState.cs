using LocationBoards.Core.Ordering;
using LocationBoards.Hub.Realtime;

namespace LocationBoards.Hub.Features.Boards;

/// <summary>
/// What a board shows, kept in step with the store by sequence number: an event right after the last
/// one seen is applied; an old or repeated one changes nothing; one further ahead means events were
/// missed, and the board must ask for the events after its last (it is never applied out of order).
/// </summary>
public sealed class BoardState
{
    private readonly Dictionary<long, BoardCard> _cards = [];

    public long Sequence { get; private set; }

    public IReadOnlyCollection<BoardCard> Cards => _cards.Values;

    public void Load(BoardSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        _cards.Clear();
        foreach (var card in snapshot.Cards)
        {
            _cards[card.OrderId] = card;
        }

        Sequence = snapshot.Sequence;
    }

    public EventFit Apply(BoardEventMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Sequence <= Sequence)
        {
            return EventFit.AlreadySeen;
        }

        if (message.Sequence > Sequence + 1)
        {
            return EventFit.Gap;
        }

        Put(message.Card);
        Sequence = message.Sequence;
        return EventFit.Applied;
    }

    /// <summary>A card fresher than the one shown (from a refused move's answer), without moving the sequence.</summary>
    public void Refresh(BoardCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        Put(card);
    }

    public IReadOnlyList<BoardCard> InColumn(OrderStatus status) =>
        [.. _cards.Values.Where(c => c.Status == status).OrderBy(c => c.DueUtc).ThenBy(c => c.OrderId)];

    private void Put(BoardCard card)
    {
        // A card never goes back to an older version (a snapshot may already hold a newer one).
        if (!_cards.TryGetValue(card.OrderId, out var shown) || shown.Version <= card.Version)
        {
            _cards[card.OrderId] = card;
        }
    }
}
