using LocationBoards.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;

namespace LocationBoards.Hub.Infrastructure.Auth;

/// <summary>
/// Whether a signed-in person is still allowed in: the account exists, is not disabled, and its
/// security stamp (changed when roles, locations or the password change) is the one they signed in with.
/// </summary>
public sealed class UserValidity(IServiceScopeFactory scopes, IMemoryCache cache)
{
    private static readonly TimeSpan CacheDuration = TimeSpan.FromSeconds(10);

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

    /// <summary>Forget a user's cached answer (after an admin changes or disables them on this node).</summary>
    public void Forget(string userId) => cache.Remove($"user-validity:{userId}");
}
