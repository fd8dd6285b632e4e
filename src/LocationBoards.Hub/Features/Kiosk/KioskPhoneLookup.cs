using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using LocationBoards.Core.Customers;
using LocationBoards.Hub.Features.Ordering;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Features.Kiosk;

/// <summary>
/// Finds customers by phone number for a kiosk, throttled per device: a person typing their number is
/// never slowed, but a burst of look-ups (someone walking the customer list) waits for each answer and is logged.
/// </summary>
public sealed partial class KioskPhoneLookup(OrderingCatalog catalog, IOptions<KioskOptions> options, ILogger<KioskPhoneLookup> logger) : IDisposable
{
    private readonly ConcurrentDictionary<int, TokenBucketRateLimiter> _perDevice = new();

    public async Task<IReadOnlyList<CustomerMatch>> FindAsync(int deviceId, string typed, CancellationToken cancellationToken)
    {
        if (!PhoneNumber.TryNormalise(typed, out var phone))
        {
            return [];
        }

        var limiter = _perDevice.GetOrAdd(deviceId, _ => new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = options.Value.PhoneLookupBurst,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1.0 / options.Value.PhoneLookupsPerMinute),
            QueueLimit = 10,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        }));

        using var immediate = limiter.AttemptAcquire();
        if (!immediate.IsAcquired)
        {
            LogSlowed(logger, deviceId);
            using var lease = await limiter.AcquireAsync(1, cancellationToken);
            if (!lease.IsAcquired)
            {
                LogRefused(logger, deviceId);
                throw new KioskLookupThrottledException();
            }
        }

        return await catalog.CustomersByPhoneAsync(phone, cancellationToken);
    }

    public void Dispose()
    {
        foreach (var limiter in _perDevice.Values)
        {
            limiter.Dispose();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Phone look-ups at kiosk {DeviceId} come faster than a person types; slowing them down")]
    private static partial void LogSlowed(ILogger logger, int deviceId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Phone look-ups at kiosk {DeviceId} refused: too many waiting")]
    private static partial void LogRefused(ILogger logger, int deviceId);
}
