using LocationBoards.Core.Customers;

namespace LocationBoards.Core.Geography.Gazetteer;

/// <summary>A full address offered while someone types, with the point it stands for.</summary>
public sealed record AddressSuggestion(string Street, string City, string Postcode, GeoPoint Point)
{
    /// <summary>"3214 SE Hawthorne Blvd, Portland 97214".</summary>
    public string Text => $"{Street}, {City} {Postcode}";

    public PostalAddress ToPostalAddress() => new() { Street = Street, City = City, Postcode = Postcode };

    public override string ToString() => Text;
}
