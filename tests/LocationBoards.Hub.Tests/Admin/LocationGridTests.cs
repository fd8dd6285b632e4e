using Bunit;
using LocationBoards.Hub.Features.Admin.Locations;
using LocationBoards.Hub.Features.Locations;
using LocationBoards.Hub.Tests.Support;

namespace LocationBoards.Hub.Tests.Admin;

public class LocationGridTests : RadzenComponentTest
{
    [Fact]
    public void The_now_cell_says_open_or_closed_in_local_time_in_words_and_colour()
    {
        var open = new OpeningState(true, true, new DateTime(2026, 3, 4, 14, 32, 0), null, "Open · 14:32 local");
        var closed = new OpeningState(false, true, new DateTime(2026, 3, 8, 22, 15, 0), new DateTime(2026, 3, 9, 7, 0, 0), "Closed · 22:15 local · opens Mon 07:00");
        LocationRow[] rows =
        [
            new(1, "Pearl", "Portland", open, "07:00–19:00", 20, 3, 2, true),
            new(2, "Hawthorne", "Portland", closed, "Closed", 15, 15, 0, false),
        ];

        var cut = Render<LocationGrid>(p => p.Add(g => g.Rows, rows));

        cut.WaitForAssertion(() =>
        {
            var pearl = cut.Find("[data-location='1'] .lb-opening");
            Assert.Equal("Open · 14:32 local", pearl.QuerySelector(".lb-opening__label")!.TextContent.Trim());
            Assert.Contains("lb-opening--open", pearl.ClassName, StringComparison.Ordinal);
            var hawthorne = cut.Find("[data-location='2'] .lb-opening");
            Assert.Equal("Closed · 22:15 local · opens Mon 07:00", hawthorne.QuerySelector(".lb-opening__label")!.TextContent.Trim());
            Assert.Contains("lb-opening--closed", hawthorne.ClassName, StringComparison.Ordinal);
        });
        Assert.Contains("15 / 15 · full", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Inactive", cut.Markup, StringComparison.Ordinal);
        Assert.Equal("/admin/locations/1", cut.Find("a[aria-label='Edit Pearl']").GetAttribute("href"));
    }

    [Fact]
    public void A_location_with_an_unknown_time_zone_says_so_instead_of_guessing()
    {
        var unknown = new OpeningState(false, false, null, null, "Unknown time zone \"Mars/Base\"");

        var cut = Render<OpeningStateBadge>(p => p.Add(b => b.State, unknown));

        Assert.Equal("Unknown time zone \"Mars/Base\"", cut.Find(".lb-opening__label").TextContent.Trim());
        Assert.Contains("lb-opening--unknown", cut.Find(".lb-opening").ClassName, StringComparison.Ordinal);
    }
}
