namespace LocationBoards.Core.Catalog;

/// <summary>
/// The terms of a service sold: from the day it starts, for <see cref="CatalogItem.TermMonths"/> whole months. The last
/// day covered is the day before the same day of the month, or the month's last day when that month is shorter
/// (from 31 January, one month covers up to 28 February); a renewing term renews the day after.
/// </summary>
public static class ServiceTerms
{
    public const int MaxTermMonths = 120;

    public static ServiceTermDates For(CatalogItem service, DateOnly startsOn)
    {
        ArgumentNullException.ThrowIfNull(service);
        if (service.Kind != CatalogItemKind.Service)
        {
            throw new ArgumentException($"{service.Name} is goods; only a service has terms.", nameof(service));
        }

        if (service.TermMonths is not { } months)
        {
            return new ServiceTermDates(startsOn, null, null);
        }

        var lastDay = LastDayCovered(startsOn, months);
        return service.Renews
            ? new ServiceTermDates(startsOn, null, lastDay.AddDays(1))
            : new ServiceTermDates(startsOn, lastDay, null);
    }

    /// <summary>The calendar day at <paramref name="utc"/> where the service is served (its location's time zone).</summary>
    public static DateOnly LocalDate(DateTime utc, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone));
    }

    /// <summary>What is wrong with a catalogue item's term, in words, or null when it will do.</summary>
    public static string? Problem(CatalogItemKind kind, int? termMonths, bool renews)
    {
        if (termMonths is null)
        {
            return renews ? "Only a service with a term can renew; give the term in months." : null;
        }

        if (kind != CatalogItemKind.Service)
        {
            return "Only a service has a term.";
        }

        return termMonths is < 1 or > MaxTermMonths ? $"A term is from 1 to {MaxTermMonths} months." : null;
    }

    private static DateOnly LastDayCovered(DateOnly start, int months)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        var sameDayLater = start.AddMonths(months);

        // AddMonths lands on the month's last day when the month is too short for the start's day.
        return sameDayLater.Day < start.Day ? sameDayLater : sameDayLater.AddDays(-1);
    }
}
