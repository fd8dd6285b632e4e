using LocationBoards.Core.Catalog;
using LocationBoards.Core.Ordering;
using LocationBoards.Hub.Features.Admin.Locations;
using LocationBoards.Hub.Tests.Support;

namespace LocationBoards.Hub.Tests.Admin;

public class LocationAdministrationTests
{
    public static TheoryData<string, string> InvalidFields => new()
    {
        { nameof(LocationDraft.TimeZoneId), "Mars/Olympus_Mons" },
        { nameof(LocationDraft.MaxOpenOrders), "0" },
        { nameof(LocationDraft.Latitude), "95" },
        { nameof(LocationDraft.ServiceAreaGeoJson), """{"type":"Point","coordinates":[-122.6,45.5]}""" },
        { nameof(LocationDraft.Name), "   " },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task Saving_a_location_with_an_invalid_field_returns_that_field_error_and_changes_nothing(string field, string value)
    {
        await using var services = await AdminTestServices.CreateAsync();
        var existing = await AdminTestData.AddLocationAsync(services.Store, "pearl", hours: AdminTestData.EveryDay(7, 19));
        var administration = services.Get<LocationAdministration>();
        var draft = (await administration.LoadAsync(AdminTestServices.Admin(), existing.Id, CancellationToken.None))!;
        draft.City = "Changed City";
        switch (field)
        {
            case nameof(LocationDraft.TimeZoneId): draft.TimeZoneId = value; break;
            case nameof(LocationDraft.MaxOpenOrders): draft.MaxOpenOrders = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
            case nameof(LocationDraft.Latitude): draft.Latitude = double.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
            case nameof(LocationDraft.ServiceAreaGeoJson): draft.ServiceAreaGeoJson = value; break;
            case nameof(LocationDraft.Name): draft.Name = value; break;
        }

        var outcome = await administration.SaveAsync(AdminTestServices.Admin(), draft, CancellationToken.None);

        Assert.False(outcome.Succeeded);
        Assert.Equal([field], outcome.Errors.Keys);
        var stored = await AdminTestData.ReadLocationAsync(services.Store, existing.Id);
        Assert.Equal("Portland", stored.City);
        Assert.Equal(existing.Version, stored.Version);
        Assert.Equal(7, stored.OpeningIntervals.Count);
    }

    [Fact]
    public async Task Bad_geojson_says_what_is_wrong_with_it()
    {
        await using var services = await AdminTestServices.CreateAsync();
        var draft = ValidNewDraft("bad-area");
        draft.ServiceAreaGeoJson = "{ not json";

        var outcome = await services.Get<LocationAdministration>().SaveAsync(AdminTestServices.Admin(), draft, CancellationToken.None);

        Assert.StartsWith("The service area is not valid GeoJSON", outcome.ErrorFor(nameof(LocationDraft.ServiceAreaGeoJson)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hours_with_a_range_past_midnight_round_trip()
    {
        await using var services = await AdminTestServices.CreateAsync();
        var administration = services.Get<LocationAdministration>();
        var draft = ValidNewDraft("night-owl");
        draft.Hours[DayOfWeek.Friday].Mode = DayHoursMode.Ranges;
        draft.Hours[DayOfWeek.Friday].Ranges.Add(new HoursRangeDraft { Opens = "07:00", Closes = "12:00" });
        draft.Hours[DayOfWeek.Friday].Ranges.Add(new HoursRangeDraft { Opens = "18:00", Closes = "02:00" });
        draft.Hours[DayOfWeek.Sunday].Mode = DayHoursMode.AllDay;

        var outcome = await administration.SaveAsync(AdminTestServices.Admin(), draft, CancellationToken.None);

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors.Values));
        var stored = await AdminTestData.ReadLocationAsync(services.Store, outcome.Id);
        var night = Assert.Single(stored.OpeningIntervals, i => i.Day == DayOfWeek.Friday && i.Opens == new TimeOnly(18, 0));
        Assert.Equal(480, night.DurationMinutes);
        Assert.True(night.RunsPastMidnight);
        Assert.Equal(3, stored.OpeningIntervals.Count);

        var reloaded = (await administration.LoadAsync(AdminTestServices.Admin(), outcome.Id, CancellationToken.None))!;
        var friday = reloaded.Hours[DayOfWeek.Friday];
        Assert.Equal(DayHoursMode.Ranges, friday.Mode);
        Assert.Equal(["07:00–12:00", "18:00–02:00 (next day)"], friday.Ranges.Select(r => r.Describe()));
        Assert.Equal(DayHoursMode.AllDay, reloaded.Hours[DayOfWeek.Sunday].Mode);
        Assert.Equal(DayHoursMode.Closed, reloaded.Hours[DayOfWeek.Monday].Mode);
    }

    [Fact]
    public async Task Overlapping_openings_across_midnight_are_refused_on_the_later_day()
    {
        await using var services = await AdminTestServices.CreateAsync();
        var draft = ValidNewDraft("overlap");
        draft.Hours[DayOfWeek.Friday].Ranges.Add(new HoursRangeDraft { Opens = "18:00", Closes = "02:00" });
        draft.Hours[DayOfWeek.Friday].Mode = DayHoursMode.Ranges;
        draft.Hours[DayOfWeek.Saturday].Ranges.Add(new HoursRangeDraft { Opens = "01:00", Closes = "09:00" });
        draft.Hours[DayOfWeek.Saturday].Mode = DayHoursMode.Ranges;
        draft.Hours[DayOfWeek.Monday].Ranges.Add(new HoursRangeDraft { Opens = "7 o'clock", Closes = "09:00" });
        draft.Hours[DayOfWeek.Monday].Mode = DayHoursMode.Ranges;

        var outcome = await services.Get<LocationAdministration>().SaveAsync(AdminTestServices.Admin(), draft, CancellationToken.None);

        Assert.False(outcome.Succeeded);
        Assert.Contains("overlaps Friday 18:00–02:00 (next day)", outcome.ErrorFor("Hours.Saturday"), StringComparison.Ordinal);
        Assert.Contains("\"7 o'clock\" is not an opening time", outcome.ErrorFor("Hours.Monday.0"), StringComparison.Ordinal);
        await using var db = services.Store.CreateDbContext();
        Assert.Empty(db.Locations);
    }

    [Fact]
    public async Task A_save_from_a_stale_version_is_refused_and_changes_nothing()
    {
        await using var services = await AdminTestServices.CreateAsync();
        var existing = await AdminTestData.AddLocationAsync(services.Store, "pearl");
        var administration = services.Get<LocationAdministration>();
        var first = (await administration.LoadAsync(AdminTestServices.Admin(), existing.Id, CancellationToken.None))!;
        var second = (await administration.LoadAsync(AdminTestServices.Admin(), existing.Id, CancellationToken.None))!;
        first.Name = "Pearl District";
        Assert.True((await administration.SaveAsync(AdminTestServices.Admin(), first, CancellationToken.None)).Succeeded);

        second.Name = "Somebody else's name";
        second.MaxOpenOrders = 99;
        var outcome = await administration.SaveAsync(AdminTestServices.Admin(), second, CancellationToken.None);

        Assert.True(outcome.IsConflict);
        Assert.Equal(LocationAdministration.ConflictMessage, outcome.Problem);
        var stored = await AdminTestData.ReadLocationAsync(services.Store, existing.Id);
        Assert.Equal("Pearl District", stored.Name);
        Assert.Equal(20, stored.MaxOpenOrders);
        Assert.Equal(existing.Version + 1, stored.Version);
    }

    [Fact]
    public async Task Closures_and_services_are_saved_and_only_service_items_may_be_offered()
    {
        await using var services = await AdminTestServices.CreateAsync();
        var repair = await AdminTestData.AddItemAsync(services.Store, "SRV-REPAIR", CatalogItemKind.Service);
        var coffee = await AdminTestData.AddItemAsync(services.Store, "DRK-COFFEE", CatalogItemKind.Goods);
        var administration = services.Get<LocationAdministration>();
        var draft = ValidNewDraft("services");
        draft.ServiceIds = [repair.Id, coffee.Id];
        draft.Closures.Add(new ClosureDraft { Date = new DateOnly(2026, 12, 25), Reason = "Christmas" });

        var refused = await administration.SaveAsync(AdminTestServices.Admin(), draft, CancellationToken.None);
        draft.ServiceIds = [repair.Id];
        var saved = await administration.SaveAsync(AdminTestServices.Admin(), draft, CancellationToken.None);

        Assert.NotNull(refused.ErrorFor(nameof(LocationDraft.ServiceIds)));
        Assert.True(saved.Succeeded);
        var stored = await AdminTestData.ReadLocationAsync(services.Store, saved.Id);
        Assert.Equal([repair.Id], stored.Services.Select(s => s.CatalogItemId));
        var closure = Assert.Single(stored.Closures);
        Assert.Equal(("Christmas", new DateOnly(2026, 12, 25)), (closure.Reason, closure.Date));

        var edit = (await administration.LoadAsync(AdminTestServices.Admin(), saved.Id, CancellationToken.None))!;
        edit.Closures.Clear();
        edit.Closures.Add(new ClosureDraft { Date = new DateOnly(2026, 11, 26), Reason = "Thanksgiving" });
        edit.ServiceIds = [];
        Assert.True((await administration.SaveAsync(AdminTestServices.Admin(), edit, CancellationToken.None)).Succeeded);
        stored = await AdminTestData.ReadLocationAsync(services.Store, saved.Id);
        Assert.Empty(stored.Services);
        Assert.Equal(new DateOnly(2026, 11, 26), Assert.Single(stored.Closures).Date);
        Assert.Equal(2, stored.Version);
    }

    [Fact]
    public async Task A_new_location_needs_an_unused_code()
    {
        await using var services = await AdminTestServices.CreateAsync();
        await AdminTestData.AddLocationAsync(services.Store, "pearl");

        var outcome = await services.Get<LocationAdministration>().SaveAsync(AdminTestServices.Admin(), ValidNewDraft("pearl"), CancellationToken.None);

        Assert.Equal("The code \"pearl\" is already used by another location.", outcome.ErrorFor(nameof(LocationDraft.Code)));
    }

    [Fact]
    public async Task Someone_who_is_not_an_admin_cannot_save_a_location()
    {
        await using var services = await AdminTestServices.CreateAsync();
        var existing = await AdminTestData.AddLocationAsync(services.Store, "pearl");
        var draft = ValidNewDraft("sneaky");

        await Assert.ThrowsAsync<UnauthorizedAccessException>(
            () => services.Get<LocationAdministration>().SaveAsync(AdminTestServices.StaffOf(existing.Id), draft, CancellationToken.None));
        await using var db = services.Store.CreateDbContext();
        Assert.Single(db.Locations);
    }

    [Fact]
    public async Task The_grid_tells_open_or_closed_in_each_locations_own_time_zone_with_open_orders()
    {
        // 18:00 UTC on Wednesday 4 March 2026: 10:00 in Portland, 03:00 on Thursday in Tokyo.
        await using var services = await AdminTestServices.CreateAsync(new DateTimeOffset(2026, 3, 4, 18, 0, 0, TimeSpan.Zero));
        var portland = await AdminTestData.AddLocationAsync(services.Store, "portland", "America/Los_Angeles", 3, AdminTestData.EveryDay(7, 19));
        var tokyo = await AdminTestData.AddLocationAsync(services.Store, "tokyo", "Asia/Tokyo", 10, AdminTestData.EveryDay(7, 19));
        await AdminTestData.AddOrdersAsync(services.Store, portland.Id, OrderStatus.New, OrderStatus.Ready, OrderStatus.Done, OrderStatus.Cancelled, OrderStatus.InPreparation);

        var rows = await services.Get<LocationAdministration>().ListAsync(AdminTestServices.Admin(), CancellationToken.None);

        var p = Assert.Single(rows, r => r.Id == portland.Id);
        Assert.Equal("Open · 10:00 local", p.Opening.Label);
        Assert.Equal("07:00–19:00", p.TodayHours);
        Assert.Equal((3, 3), (p.OpenOrders, p.MaxOpenOrders));
        var t = Assert.Single(rows, r => r.Id == tokyo.Id);
        Assert.False(t.Opening.IsOpen);
        Assert.Equal("Closed · 03:00 local · opens Thu 07:00", t.Opening.Label);
        Assert.Equal(0, t.OpenOrders);
    }

    private static LocationDraft ValidNewDraft(string code) => new()
    {
        Code = code,
        Name = $"Location {code}",
        Street = "1 Main St",
        City = "Portland",
        Postcode = "97205",
        Latitude = 45.52,
        Longitude = -122.68,
        TimeZoneId = "America/Los_Angeles",
        MaxOpenOrders = 25,
        ServiceAreaGeoJson = AdminTestData.PortlandArea,
    };
}
