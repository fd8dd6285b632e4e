using LocationBoards.Hub.Features.Sales;

namespace LocationBoards.Hub.Features.Dispatch.Console;

/// <summary>
/// The sales a console shows: every sale in progress, and a processed or refused one for a while after it finished.
/// A card replaces the one held only when it is newer (a higher version), so an old event replayed in a catch-up
/// never undoes a later state. Who is selling follows from the sales in progress.
/// </summary>
public sealed class SalesInView
{
    private readonly Dictionary<long, SaleCard> _sales = [];

    public IReadOnlyCollection<SaleCard> All => _sales.Values;

    public void Load(IEnumerable<SaleCard> sales)
    {
        ArgumentNullException.ThrowIfNull(sales);
        _sales.Clear();
        foreach (var sale in sales)
        {
            Put(sale);
        }
    }

    public void Put(SaleCard sale)
    {
        ArgumentNullException.ThrowIfNull(sale);
        if (_sales.TryGetValue(sale.SaleId, out var shown) && shown.Version >= sale.Version)
        {
            return;
        }

        _sales[sale.SaleId] = sale;
    }

    /// <summary>
    /// The sales to show at <paramref name="nowUtc"/>, in progress first, then the newest; a finished one leaves once
    /// it has been shown for <paramref name="finishedShownFor"/> (and is forgotten).
    /// </summary>
    public IReadOnlyList<SaleCard> Shown(DateTime nowUtc, TimeSpan finishedShownFor)
    {
        foreach (var gone in _sales.Values.Where(s => !s.InProgress && nowUtc - (s.FinishedUtc ?? s.CreatedUtc) > finishedShownFor).ToList())
        {
            _sales.Remove(gone.SaleId);
        }

        return [.. _sales.Values.OrderByDescending(s => s.InProgress).ThenByDescending(s => s.CreatedUtc).ThenByDescending(s => s.SaleId)];
    }

    /// <summary>The technician's sale in progress, if they have one (the store keeps one per job; the newest wins).</summary>
    public SaleCard? InProgressFor(int technicianId) =>
        _sales.Values.Where(s => s.InProgress && s.TechnicianId == technicianId).MaxBy(s => s.CreatedUtc);

    public IReadOnlySet<int> SellingTechnicians() => _sales.Values.Where(s => s.InProgress).Select(s => s.TechnicianId).ToHashSet();
}
