using LocationBoards.Core.Dispatch;
using LocationBoards.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Features.Dispatch;

/// <summary>Suggestions for one job from every technician's situation now.</summary>
public sealed class JobSuggestions(IDbContextFactory<AppDbContext> contexts, DispatchSituations situations, IOptions<DispatchOptions> options, TimeProvider clock)
{
    public async Task<TechnicianSuggestions?> ForAsync(long jobId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var job = await db.FieldJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == jobId, cancellationToken);
        if (job is null)
        {
            return null;
        }

        var everyone = await situations.LoadAsync(db, onlyTechnicianId: null, cancellationToken);
        return TechnicianMatcher.Suggest(job, everyone, clock.GetUtcNow().UtcDateTime, options.Value);
    }
}
