using System.Globalization;
using LocationBoards.Core.Customers;
using LocationBoards.Core.Dispatch;

namespace LocationBoards.Core.Sales;

/// <summary>
/// What the two emails of a processed sale are written from. The customer record is given whole; the composer takes
/// only their name and area from it (no phone, email or street reaches a supervisor).
/// </summary>
public sealed record SaleEmailFacts
{
    /// <summary>Processed, with its lines priced.</summary>
    public required Sale Sale { get; init; }

    public required Customer Customer { get; init; }

    public required Technician Technician { get; init; }

    /// <summary>Who typed the sale in, when not the technician (a dispatcher who took it over the phone).</summary>
    public string? RecordedByName { get; init; }

    public string? SupervisorName { get; init; }

    /// <summary>The supervisor's address; without one, their copy goes to the sales division and says why.</summary>
    public string? SupervisorAddress { get; init; }

    public required string SalesDivisionAddress { get; init; }

    /// <summary>The time zone the processing time is shown in (the technician's home location's).</summary>
    public required TimeZoneInfo TimeZone { get; init; }

    /// <summary>For money and dates, e.g. en-US for dollars.</summary>
    public required CultureInfo Culture { get; init; }

    /// <summary>The right-hand side of the messages' Message-IDs, e.g. the sender address's domain.</summary>
    public required string MessageIdDomain { get; init; }
}
