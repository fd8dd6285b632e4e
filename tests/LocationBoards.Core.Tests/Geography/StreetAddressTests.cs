using LocationBoards.Core.Geography.Gazetteer;

namespace LocationBoards.Core.Tests.Geography;

public class StreetAddressTests
{
    [Theory]
    [InlineData("3214 SE Hawthorne Blvd", 3214, "se hawthorne blvd")]
    [InlineData("3214 Southeast Hawthorne Boulevard", 3214, "se hawthorne blvd")]
    [InlineData("  3214   se HAWTHORNE blvd. ", 3214, "se hawthorne blvd")]
    [InlineData("3214 SE Hawthorne Blvd Apt 4B", 3214, "se hawthorne blvd")]
    [InlineData("3214 SE Hawthorne Blvd #12", 3214, "se hawthorne blvd")]
    [InlineData("3214B SE Hawthorne Blvd", 3214, "se hawthorne blvd")]
    [InlineData("1005 W Burnside Street", 1005, "w burnside st")]
    [InlineData("4617 NE 39th Avenue", 4617, "ne 39 ave")]
    [InlineData("4617 Northeast 39 Ave", 4617, "ne 39 ave")]
    [InlineData("12000 SE 82nd Ave Suite 110", 12000, "se 82 ave")]
    [InlineData("380 A Ave", 380, "a ave")]
    [InlineData("16300 SW Boones Ferry Road", 16300, "sw boones ferry rd")]
    [InlineData("7 NW Eastman Parkway", 7, "nw eastman pkwy")]
    [InlineData("11 N Main Highway", 11, "n main hwy")]
    [InlineData("22 Elm Ct", 22, "elm ct")]
    [InlineData("22 Elm Court", 22, "elm ct")]
    [InlineData("40 Rose Pl", 40, "rose pl")]
    [InlineData("40 Rose Place", 40, "rose pl")]
    [InlineData("9 Lake Dr", 9, "lake dr")]
    [InlineData("9 Lake Drive", 9, "lake dr")]
    public void House_number_and_street_are_read_and_the_street_normalised(string line, int number, string key)
    {
        Assert.True(StreetAddress.TryParse(line, out var address));
        Assert.Equal(number, address.HouseNumber);
        Assert.Equal(key, address.StreetKey);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("SE Hawthorne Blvd")]
    [InlineData("3214")]
    [InlineData("0 SE Hawthorne Blvd")]
    [InlineData("PO Box 12")]
    public void A_line_without_a_house_number_and_a_street_is_not_an_address(string line)
    {
        Assert.False(StreetAddress.TryParse(line, out _));
    }

    [Theory]
    [InlineData("North", "n")]
    [InlineData("northeast", "ne")]
    [InlineData("Southwest", "sw")]
    [InlineData("west", "w")]
    [InlineData("Street", "st")]
    [InlineData("avenue", "ave")]
    [InlineData("Boulevard", "blvd")]
    [InlineData("road", "rd")]
    [InlineData("Highway", "hwy")]
    [InlineData("1st", "1")]
    [InlineData("22nd", "22")]
    [InlineData("103rd", "103")]
    public void Spelled_out_and_abbreviated_forms_have_one_canonical_form(string word, string canonical)
    {
        Assert.Equal(canonical, StreetVocabulary.Canonical(word.ToLowerInvariant()));
    }

    [Fact]
    public void Directional_and_type_keys_are_case_and_punctuation_insensitive()
    {
        Assert.Equal(StreetNames.Key("SE Cesar E. Chavez Blvd"), StreetNames.Key("southeast cesar e chavez boulevard"));
        Assert.Equal(StreetNames.Key("N O'Bryant Sq"), StreetNames.Key("n obryant square"));
    }
}
