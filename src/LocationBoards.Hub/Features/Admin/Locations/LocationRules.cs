using System.Text.RegularExpressions;
using LocationBoards.Core.Geography;
using LocationBoards.Core.Locations;

namespace LocationBoards.Hub.Features.Admin.Locations;

/// <summary>
/// What a location must be before it is saved, field by field. The checks that need the store
/// (a unique code, services that exist) are made by <see cref="LocationAdministration"/>.
/// </summary>
public static partial class LocationRules
{
    public const int MinCapacity = 1;
    public const int MaxCapacity = 10_000;
    public const int MaxReasonLength = 200;

    /// <summary>The field errors of a draft (empty when it may be saved) and the openings it describes.</summary>
    public static Dictionary<string, string> Check(LocationDraft draft, out IReadOnlyList<OpeningInterval> intervals)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (draft.IsNew && !CodePattern().IsMatch(draft.Code ?? string.Empty))
        {
            errors[nameof(draft.Code)] = "Give a short code of 2 to 40 lower-case letters, digits or dashes, e.g. \"pearl\".";
        }

        Text(errors, nameof(draft.Name), draft.Name, 120, "Give the location a name.");
        Text(errors, nameof(draft.Street), draft.Street, 200, "Give the street address.");
        Text(errors, nameof(draft.City), draft.City, 100, "Give the city.");
        Text(errors, nameof(draft.Postcode), draft.Postcode, 20, "Give the postcode.");

        if (draft.Latitude is not { } latitude || !double.IsFinite(latitude) || latitude is < -90 or > 90)
        {
            errors[nameof(draft.Latitude)] = "Latitude is a number from -90 to 90 (degrees north), e.g. 45.5231.";
        }

        if (draft.Longitude is not { } longitude || !double.IsFinite(longitude) || longitude is < -180 or > 180)
        {
            errors[nameof(draft.Longitude)] = "Longitude is a number from -180 to 180 (degrees east), e.g. -122.6765.";
        }

        if (!TimeZoneChoices.IsKnown(draft.TimeZoneId))
        {
            errors[nameof(draft.TimeZoneId)] = $"\"{draft.TimeZoneId}\" is not a time zone this server knows; choose one from the list, e.g. {LocationDraft.DefaultTimeZone}.";
        }

        if (draft.MaxOpenOrders is not (>= MinCapacity and <= MaxCapacity))
        {
            errors[nameof(draft.MaxOpenOrders)] = $"Capacity is a whole number of open orders from {MinCapacity} to {MaxCapacity:N0}.";
        }

        if (!ServiceArea.TryParse(draft.ServiceAreaGeoJson, out _, out var areaError))
        {
            errors[nameof(draft.ServiceAreaGeoJson)] = areaError;
        }

        CheckClosures(draft.Closures, errors);
        intervals = (draft.Hours ?? new WeeklyHoursDraft()).ToIntervals(errors);
        return errors;
    }

    public static string ClosureKey(int index) => $"{nameof(LocationDraft.Closures)}.{index}";

    private static void CheckClosures(List<ClosureDraft> closures, Dictionary<string, string> errors)
    {
        var seen = new HashSet<DateOnly>();
        for (var index = 0; index < closures.Count; index++)
        {
            var closure = closures[index];
            if (closure.Date is not { } date)
            {
                errors.TryAdd(ClosureKey(index), "Choose the date of the closure.");
            }
            else if (!seen.Add(date))
            {
                errors.TryAdd(ClosureKey(index), $"{date:yyyy-MM-dd} is already closed; one closure per date.");
            }
            else if (string.IsNullOrWhiteSpace(closure.Reason) || closure.Reason.Trim().Length > MaxReasonLength)
            {
                errors.TryAdd(ClosureKey(index), $"Give a reason of 1 to {MaxReasonLength} characters, e.g. \"Stocktake\".");
            }
        }
    }

    private static void Text(Dictionary<string, string> errors, string field, string? value, int maxLength, string whenEmpty)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            errors[field] = whenEmpty;
        }
        else if (trimmed.Length > maxLength)
        {
            errors[field] = $"At most {maxLength} characters (this has {trimmed.Length}).";
        }
    }

    [GeneratedRegex("^[a-z0-9-]{2,40}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
