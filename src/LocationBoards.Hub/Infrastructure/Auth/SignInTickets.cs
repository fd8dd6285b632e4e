using System.Collections.Concurrent;
using Microsoft.AspNetCore.DataProtection;

namespace LocationBoards.Hub.Infrastructure.Auth;

/// <summary>
/// One-time, two-minute tickets that let an interactive page (which cannot set cookies) hand a person
/// it has just created or verified to a plain HTTP request that signs them in. Each ticket works once on this node.
/// </summary>
public sealed class SignInTickets(IDataProtectionProvider protection, TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    private readonly ITimeLimitedDataProtector _protector =
        protection.CreateProtector("LocationBoards.SignInTicket").ToTimeLimitedDataProtector();

    private readonly ConcurrentDictionary<string, DateTimeOffset> _used = new(StringComparer.Ordinal);

    public string Issue(string userId) =>
        _protector.Protect($"{Guid.NewGuid():N}|{userId}", clock.GetUtcNow() + Lifetime);

    /// <summary>The user id the ticket stands for, or null when it is forged, expired or already used.</summary>
    public string? Redeem(string? ticket)
    {
        if (string.IsNullOrEmpty(ticket))
        {
            return null;
        }

        string payload;
        try
        {
            payload = _protector.Unprotect(ticket, out _);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        foreach (var stale in _used.Where(u => u.Value < now).Select(u => u.Key).ToList())
        {
            _used.TryRemove(stale, out _);
        }

        var parts = payload.Split('|', 2);
        return parts.Length == 2 && _used.TryAdd(parts[0], now + Lifetime) ? parts[1] : null;
    }
}
