using System.Text.Json;

namespace LocationBoards.Data.Seeding;

// The shapes of the JSON seed files, read as they are written; checks and conversion happen in the readers.

internal sealed class AreaRecord
{
    public required string Name { get; init; }

    public required string TimeZone { get; init; }

    public required string Currency { get; init; }

    public required JsonElement Boundary { get; init; }
}

internal sealed class LocationProperties
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public required string Street { get; init; }

    public required string City { get; init; }

    public required string Postcode { get; init; }

    public required string TimeZone { get; init; }

    public required int MaxOpenOrders { get; init; }

    public Dictionary<string, JsonElement> Hours { get; init; } = [];

    public List<ClosureRecord> Closures { get; init; } = [];

    public List<string> Services { get; init; } = [];
}

internal sealed class ClosureRecord
{
    public required string Date { get; init; }

    public required string Reason { get; init; }
}

internal sealed class ServiceAreaProperties
{
    public required string Location { get; init; }

    public string? Name { get; init; }
}

internal sealed class CustomerRecord
{
    public required string Ref { get; init; }

    public required string FirstName { get; init; }

    public required string LastName { get; init; }

    public string? Email { get; init; }

    public List<PhoneRecord> Phones { get; init; } = [];

    public required AddressRecord Billing { get; init; }

    public List<AddressRecord> DeliveryAddresses { get; init; } = [];

    public bool PrefersPerson { get; init; }

    public List<OwnedRecord> Owns { get; init; } = [];
}

internal sealed class PhoneRecord
{
    public required string Number { get; init; }

    public string Label { get; init; } = "mobile";
}

internal sealed class AddressRecord
{
    public string Label { get; init; } = "home";

    public required string Street { get; init; }

    public required string City { get; init; }

    public required string Postcode { get; init; }
}

internal sealed class OwnedRecord
{
    public required string Sku { get; init; }

    public required string AcquiredOn { get; init; }

    public string? Serial { get; init; }
}

internal sealed class UserRecord
{
    public required string UserName { get; init; }

    public required string DisplayName { get; init; }

    public string? Email { get; init; }

    public required string Password { get; init; }

    public List<string> Roles { get; init; } = [];

    public string? StaffOf { get; init; }

    public List<string> Supervises { get; init; } = [];

    /// <summary>A Client's customer record, by its ref in customers.json.</summary>
    public string? Customer { get; init; }
}
