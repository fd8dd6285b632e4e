using LocationBoards.Core.Customers;
using LocationBoards.Core.Geography;
using LocationBoards.Core.Geography.Gazetteer;

namespace LocationBoards.Core.Tests.Geography;

public class GazetteerTests
{
    private static Gazetteer Sample() => new(
        [
            Segment("SE Hawthorne Blvd", "Portland", "97214", 3200, 3299, 45.5121, -122.6320, 45.5121, -122.6310),
            Segment("SE Hawthorne Blvd", "Portland", "97214", 3300, 3399, 45.5121, -122.6310, 45.5121, -122.6300),
            Segment("SE Hawthorne Blvd", "Portland", "97215", 4200, 4299, 45.5121, -122.6200, 45.5121, -122.6190),
            Segment("SE Harrison St", "Portland", "97214", 3200, 3299, 45.5090, -122.6320, 45.5090, -122.6310),
            Segment("SE 32nd Ave", "Portland", "97214", 1400, 1499, 45.5131, -122.6320, 45.5124, -122.6320),
            Segment("SW Main St", "Portland", "97204", 100, 199, 45.5160, -122.6760, 45.5150, -122.6770),
            Segment("SW Main St", "Tigard", "97223", 12000, 12599, 45.4310, -122.7720, 45.4290, -122.7690),
            Segment("A Ave", "Lake Oswego", "97034", 300, 399, 45.4200, -122.6700, 45.4200, -122.6710),
        ],
        [
            new PostcodeArea { Postcode = "97214", City = "Portland", Latitude = 45.5140, Longitude = -122.6420 },
            new PostcodeArea { Postcode = "97034", City = "Lake Oswego", Latitude = 45.4095, Longitude = -122.6850 },
        ]);

    [Fact]
    public void A_house_number_is_interpolated_along_its_stretch()
    {
        var result = Sample().Resolve(Address("3250 SE Hawthorne Blvd", "Portland", "97214"));

        Assert.Equal(AddressResolution.StreetInterpolation, result.Method);
        var point = Assert.NotNull(result.Point);
        Assert.Equal(45.5121, point.Latitude, 6);
        Assert.Equal(-122.6320 + (0.0010 * 50 / 99), point.Longitude, 6);
        Assert.Equal("3250 SE Hawthorne Blvd", result.Matched);
    }

    [Fact]
    public void Spelled_out_words_and_a_flat_number_resolve_to_the_same_point()
    {
        var gazetteer = Sample();

        var plain = gazetteer.Resolve(Address("3214 SE Hawthorne Blvd", "Portland", "97214"));
        var spelled = gazetteer.Resolve(Address("3214 southeast hawthorne boulevard apt 3", "portland", "97214"));

        Assert.Equal(plain.Point, spelled.Point);
    }

    [Fact]
    public void The_same_street_name_in_another_city_is_told_apart_by_postcode_or_city()
    {
        var gazetteer = Sample();

        var portland = gazetteer.Resolve(Address("150 SW Main St", "Portland", "97204"));
        var tigard = gazetteer.Resolve(Address("12150 SW Main St", "Tigard", "97223"));
        var tigardByCity = gazetteer.Resolve(Address("12150 SW Main St", "Tigard", "00000"));

        Assert.True(portland.Point!.Value.Latitude > 45.51);
        Assert.True(tigard.Point!.Value.Latitude < 45.44);
        Assert.Equal(tigard.Point, tigardByCity.Point);
    }

    [Fact]
    public void A_number_outside_every_stretch_falls_back_to_the_postcode_centre()
    {
        var result = Sample().Resolve(Address("9900 SE Hawthorne Blvd", "Portland", "97214"));

        Assert.Equal(AddressResolution.PostcodeCentroid, result.Method);
        Assert.Equal(new GeoPoint(45.5140, -122.6420), result.Point);
    }

    [Fact]
    public void An_unknown_street_in_a_known_postcode_falls_back_to_the_postcode_centre()
    {
        var result = Sample().Resolve(Address("12 Nowhere Ln", "Lake Oswego", "97034-1234"));

        Assert.Equal(AddressResolution.PostcodeCentroid, result.Method);
        Assert.Equal(new GeoPoint(45.4095, -122.6850), result.Point);
    }

    [Fact]
    public void An_unknown_street_in_an_unknown_postcode_is_not_found()
    {
        var result = Sample().Resolve(Address("12 Nowhere Ln", "Springfield", "99999"));

        Assert.Equal(AddressResolution.NotFound, result.Method);
        Assert.False(result.Found);
        Assert.Null(result.Point);
    }

    [Fact]
    public void Typing_a_number_and_part_of_a_street_suggests_the_full_address()
    {
        var suggestions = Sample().Suggest("3214 se haw", 5);

        var first = Assert.Single(suggestions);
        Assert.Equal("3214 SE Hawthorne Blvd, Portland 97214", first.Text);
        Assert.Equal(45.5121, first.Point.Latitude, 6);
    }

    [Fact]
    public void Suggestions_match_without_the_directional_and_with_spelled_out_words()
    {
        var gazetteer = Sample();

        Assert.Equal("3214 SE Hawthorne Blvd, Portland 97214", Assert.Single(gazetteer.Suggest("3214 hawth", 5)).Text);
        Assert.Equal("3214 SE Hawthorne Blvd, Portland 97214", Assert.Single(gazetteer.Suggest("3214 southeast hawthorne boul", 5)).Text);
        Assert.Equal("1450 SE 32nd Ave, Portland 97214", Assert.Single(gazetteer.Suggest("1450 se 32", 5)).Text);
    }

    [Fact]
    public void Suggestions_without_a_number_offer_streets_in_each_postcode()
    {
        var texts = Sample().Suggest("se ha", 10).Select(s => s.Text).ToList();

        Assert.Equal(
            ["SE Harrison St, Portland 97214", "SE Hawthorne Blvd, Portland 97214", "SE Hawthorne Blvd, Portland 97215"],
            texts);
    }

    [Fact]
    public void Suggestions_are_narrowed_by_city_after_a_comma_and_capped()
    {
        var gazetteer = Sample();

        Assert.Equal("SW Main St, Tigard 97223", Assert.Single(gazetteer.Suggest("sw main st, tig", 5)).Text);
        Assert.Single(gazetteer.Suggest("se ha", 1));
    }

    [Theory]
    [InlineData("")]
    [InlineData("3214")]
    [InlineData("3214 zzz")]
    [InlineData("9999 se hawthorne")]
    public void Nothing_is_suggested_for_text_that_fits_no_street(string typed)
    {
        Assert.Empty(Sample().Suggest(typed, 5));
    }

    private static PostalAddress Address(string street, string city, string postcode) =>
        new() { Street = street, City = city, Postcode = postcode };

    private static StreetSegment Segment(
        string street, string city, string postcode, int from, int to, double fromLat, double fromLon, double toLat, double toLon) => new()
    {
        Street = street,
        City = city,
        Postcode = postcode,
        FromNumber = from,
        ToNumber = to,
        FromLatitude = fromLat,
        FromLongitude = fromLon,
        ToLatitude = toLat,
        ToLongitude = toLon,
    };
}
