using LocationBoards.Core.Geography;

namespace LocationBoards.Core.Customers;

/// <summary>Where a customer has goods delivered or a technician sent, with the point the gazetteer gave it.</summary>
public sealed class DeliveryAddress
{
    public int Id { get; set; }

    public int CustomerId { get; set; }

    public string Label { get; set; } = "home";

    public required PostalAddress Address { get; set; }

    public double Latitude { get; set; }

    public double Longitude { get; set; }

    public GeoPoint Position => new(Latitude, Longitude);
}
