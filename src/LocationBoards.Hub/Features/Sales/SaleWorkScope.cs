using LocationBoards.Data;
using LocationBoards.Hub.Features.Sales.Writing;

namespace LocationBoards.Hub.Features.Sales;

/// <summary>
/// Where one queued <see cref="SaleWork"/> runs: the batch's context (in its open transaction, the work in its own savepoint),
/// the writer's statements, what it publishes after commit, and (for processing) the batch's shared catalogue and router.
/// </summary>
internal sealed class SaleWorkScope(AppDbContext db, SaleStatements sql, SaleEffects effects, SaleBatchContext? batch)
{
    public AppDbContext Db { get; } = db;

    /// <summary>The writer's prepared statements, enlisted in the batch's transaction.</summary>
    public SaleStatements Sql { get; } = sql;

    public SaleRows Sales { get; } = new(sql);

    public SaleBookingRows Bookings { get; } = new(sql);

    public SaleSurroundings Surroundings { get; } = new(sql);

    public SaleEffects Effects { get; } = effects;

    public SaleBatchContext Batch => batch ?? throw new InvalidOperationException("This work did not ask for the batch's catalogue and router.");

    /// <summary>Undoes everything this work wrote (a lost race, a refusal found while processing) so it can read the store as it is and answer.</summary>
    public void RollBack()
    {
        Sql.RollbackToSavepoint.ExecuteNonQuery();
        Db.ChangeTracker.Clear();
        Effects.Clear();
    }
}
