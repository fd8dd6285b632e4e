namespace LocationBoards.Core.Dispatch;

/// <summary>
/// How often an accepted position also becomes a stored breadcrumb: the first one, then one whenever at
/// least the interval has passed (by the phone's timestamps) since the last one stored; and how long they are kept.
/// </summary>
public static class BreadcrumbCadence
{
    public static bool ShouldStore(DateTime? lastStoredUtc, DateTime recordedUtc, TimeSpan interval) =>
        lastStoredUtc is not { } last || recordedUtc - last >= interval;

    /// <summary>Breadcrumbs recorded before this instant are past the retention period and may be deleted.</summary>
    public static DateTime RetentionCutoff(DateTime nowUtc, TimeSpan retention) => nowUtc - retention;
}
