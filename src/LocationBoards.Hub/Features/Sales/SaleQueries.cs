using LocationBoards.Core.Sales;
using LocationBoards.Data;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Features.Sales;

public static class SaleQueries
{
    /// <summary>
    /// Sales with their lines in order and their history (tracked). One statement: a sale has a handful of lines and
    /// history rows, so their product is small, and the sale writer reads a sale several times per sale sold.
    /// </summary>
    public static IQueryable<Sale> Full(AppDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Sales.Include(s => s.Lines.OrderBy(l => l.Id)).Include(s => s.History.OrderBy(h => h.Id)).AsSingleQuery();
    }
}
