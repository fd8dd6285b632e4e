using LocationBoards.Data;
using LocationBoards.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace LocationBoards.Hub.Infrastructure.Auth;

/// <summary>
/// Whether a signed-in person is still allowed in: the account exists, is not disabled, and its
/// security stamp (changed when roles, locations or the password change) is the one they signed in with.
/// </summary>
public sealed class UserValidity(IServiceScopeFactory scopes, IDbContextFactory<AppDbContext> contexts, IMemoryCache cache)
{
    private static readonly TimeSpan CacheDuration = TimeSpan.FromSeconds(10);

    /// <summary>Users per store query when many are checked at once (well inside SQLite's limits).</summary>
    private const int UsersPerQuery = 500;

    public async Task<bool> IsStillValidAsync(string? userId, string? securityStamp, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(userId) || securityStamp is null)
        {
            return false;
        }

        var current = await cache.GetOrCreateAsync($"user-validity:{userId}", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheDuration;
            await using var scope = scopes.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = await users.FindByIdAsync(userId);
            return user is null || user.IsDisabled ? null : user.SecurityStamp ?? string.Empty;
        });
        return current is not null && string.Equals(current, securityStamp, StringComparison.Ordinal);
    }

    /// <summary>
    /// Reads the current security stamp of many users in a few store queries (a sweep over every open connection),
    /// bypassing and refreshing the cache. A user missing from the answer is gone or disabled.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> CurrentStampsAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        var stamps = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        foreach (var chunk in userIds.Distinct(StringComparer.Ordinal).Chunk(UsersPerQuery))
        {
            var rows = await db.Users.AsNoTracking()
                .Where(u => chunk.Contains(u.Id) && !u.IsDisabled)
                .Select(u => new { u.Id, u.SecurityStamp })
                .ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                stamps[row.Id] = row.SecurityStamp ?? string.Empty;
            }
        }

        foreach (var userId in userIds)
        {
            cache.Set<string?>($"user-validity:{userId}", stamps.GetValueOrDefault(userId), CacheDuration);
        }

        return stamps;
    }

    /// <summary>Forget a user's cached answer (after an admin changes or disables them on this node).</summary>
    public void Forget(string userId) => cache.Remove($"user-validity:{userId}");
}
