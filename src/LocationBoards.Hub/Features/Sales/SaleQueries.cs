using LocationBoards.Core.Sales;
using LocationBoards.Data;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Features.Sales;

public static class SaleQueries
{
    /// <summary>Sales with their lines in order and their history (tracked).</summary>
    public static IQueryable<Sale> Full(AppDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Sales.Include(s => s.Lines.OrderBy(l => l.Id)).Include(s => s.History.OrderBy(h => h.Id)).AsSplitQuery();
    }
}
