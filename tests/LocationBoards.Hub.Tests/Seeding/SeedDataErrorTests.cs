using LocationBoards.Data.Seeding;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Tests.Seeding;

public class SeedDataErrorTests
{
    [Fact]
    public async Task A_price_with_a_comma_names_the_file_line_and_field()
    {
        using var folder = new SeedFolderCopy();
        folder.ReplaceLine("catalog.csv", 14, line => string.Join(',', line.Split(',').Select((f, i) => i == 5 ? "\"3,20\"" : f)));

        var message = await RejectedAsync(folder);

        Assert.Equal("catalog.csv line 14, field 'price': \"3,20\" is not a price like 3.20", message);
    }

    [Fact]
    public async Task A_json_syntax_error_names_the_file_and_line()
    {
        using var folder = new SeedFolderCopy();
        folder.ReplaceLine("customers.json", 5, line => line.TrimEnd(','));

        var message = await RejectedAsync(folder);

        Assert.StartsWith("customers.json line ", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_sku_in_stock_names_the_file_line_and_field()
    {
        using var folder = new SeedFolderCopy();
        folder.Append("stock.csv", "pearl,NOT-A-SKU,4");
        var line = File.ReadAllLines(Path.Combine(folder.Path, "stock.csv")).Length;

        var message = await RejectedAsync(folder);

        Assert.Equal($"stock.csv line {line}, field 'sku': \"NOT-A-SKU\" is not in catalog.csv", message);
    }

    [Fact]
    public async Task An_unknown_location_code_names_the_file_line_and_field()
    {
        using var folder = new SeedFolderCopy();
        folder.ReplaceLine("order-history.csv", 3, line => string.Join(',', line.Split(',').Select((f, i) => i == 2 ? "atlantis" : f)));

        var message = await RejectedAsync(folder);

        Assert.Equal("order-history.csv line 3, field 'location': \"atlantis\" is not a location code in locations.geojson", message);
    }

    [Fact]
    public async Task An_address_the_gazetteer_cannot_place_names_the_file_customer_and_field()
    {
        using var folder = new SeedFolderCopy();
        var line = File.ReadAllLines(Path.Combine(folder.Path, "customers.json")).ToList().FindIndex(l => l.Contains("\"billing\"", StringComparison.Ordinal)) + 1;
        folder.ReplaceLine("customers.json", line, _ => "    \"billing\": { \"street\": \"1 Nowhere Ln\", \"city\": \"Nowhere\", \"postcode\": \"00000\" },");

        var message = await RejectedAsync(folder);

        Assert.Equal(
            "customers.json at $[0] (ref C0001), field 'billing.street': \"1 Nowhere Ln, Nowhere 00000\" is not found in the gazetteer (neither the street nor the postcode)",
            message);
    }

    [Fact]
    public async Task A_missing_file_is_named()
    {
        using var folder = new SeedFolderCopy();
        folder.Delete("speed-dial.csv");

        var message = await RejectedAsync(folder);

        Assert.StartsWith("speed-dial.csv: the file is missing", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_technician_visit_for_goods_is_refused()
    {
        using var folder = new SeedFolderCopy();
        folder.Append("speed-dial.csv", "99,Kettle visit,,technician-visit,APL-KETTLE*1");
        var line = File.ReadAllLines(Path.Combine(folder.Path, "speed-dial.csv")).Length;

        var message = await RejectedAsync(folder);

        Assert.Equal($"speed-dial.csv line {line}, field 'items': \"APL-KETTLE\" is goods; a technician visit is for services only", message);
    }

    [Fact]
    public async Task A_technician_with_an_unknown_home_names_the_file_entry_and_field()
    {
        using var folder = new SeedFolderCopy();
        folder.Replace("technicians.json", "\"home\": \"downtown\"", "\"home\": \"atlantis\"");

        var message = await RejectedAsync(folder);

        Assert.Equal("technicians.json at $[0] (tech), field 'home': \"atlantis\" is not a location code in locations.geojson", message);
    }

    [Fact]
    public async Task A_technician_user_without_a_technician_entry_is_refused()
    {
        using var folder = new SeedFolderCopy();
        folder.Replace("users.json", "\"roles\": [\"Dispatcher\"]", "\"roles\": [\"Dispatcher\", \"Technician\"]");

        var message = await RejectedAsync(folder);

        Assert.Equal("technicians.json: user \"dispatcher\" has the Technician role in users.json but no entry here", message);
    }

    [Fact]
    public async Task A_job_started_before_it_is_assigned_names_the_file_job_and_step()
    {
        using var folder = new SeedFolderCopy();
        var (index, reference) = FirstJobWithoutSteps(folder);
        folder.Replace("jobs.json", "\"steps\": []", "\"steps\": [{ \"move\": \"start\", \"minutesAgo\": 1 }]");

        var message = await RejectedAsync(folder);

        Assert.Equal($"jobs.json at $[{index}] ({reference}), field 'steps[0].move': The job is new; only an assigned job can be started.", message);
    }

    [Fact]
    public async Task A_job_for_an_unknown_customer_names_the_file_job_and_field()
    {
        using var folder = new SeedFolderCopy();
        folder.Replace("jobs.json", "\"customer\": \"C", "\"customer\": \"X");

        var message = await RejectedAsync(folder);

        Assert.Matches("^jobs\\.json at \\$\\[0\\] \\(J01\\), field 'customer': \"XC?\\d+\" is not a customer ref in customers\\.json$", message);
    }

    [Fact]
    public async Task A_skill_on_goods_is_refused()
    {
        using var folder = new SeedFolderCopy();
        folder.ReplaceLine("catalog.csv", 2, line => line + "descaling");

        var message = await RejectedAsync(folder);

        Assert.Equal("catalog.csv line 2, field 'skill': \"descaling\" is given for goods; only a service done at the customer's place needs a technician skill", message);
    }

    [Theory]
    [InlineData(2, "12 months", "\"12 months\": Only a service has a term.")]
    [InlineData(75, "3 weeks", "\"3 weeks\": it is not like \"12 months\" or \"3 months renewing\"")]
    [InlineData(75, "0 months", "\"0 months\": A term is from 1 to 120 months.")]
    public async Task A_term_that_is_not_a_services_months_is_refused(int line, string term, string problem)
    {
        using var folder = new SeedFolderCopy();
        folder.ReplaceLine("catalog.csv", line, text =>
        {
            var fields = text.Split(',');
            fields[^2] = term;
            return string.Join(',', fields);
        });

        var message = await RejectedAsync(folder);

        Assert.Equal($"catalog.csv line {line}, field 'term': {problem}", message);
    }

    private static (int Index, string Ref) FirstJobWithoutSteps(SeedFolderCopy folder)
    {
        using var jobs = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(folder.Path, "jobs.json")));
        var list = jobs.RootElement.EnumerateArray().ToList();
        var index = list.FindIndex(j => j.GetProperty("steps").GetArrayLength() == 0);
        return (index, list[index].GetProperty("ref").GetString()!);
    }

    /// <summary>Loads the spoilt folder, expects a <see cref="SeedDataException"/>, and checks that nothing was written.</summary>
    private static async Task<string> RejectedAsync(SeedFolderCopy folder)
    {
        await using var harness = await SeedHarness.CreateAsync();

        var error = await Assert.ThrowsAsync<SeedDataException>(() => harness.LoadAsync(folder.Path));

        await using var db = harness.Store.CreateDbContext();
        Assert.Equal(0, await db.Locations.CountAsync());
        Assert.Equal(0, await db.CatalogItems.CountAsync());
        Assert.Equal(0, await db.Customers.CountAsync());
        Assert.Equal(0, await db.Users.CountAsync());
        Assert.Equal(0, await db.StreetSegments.CountAsync());
        Assert.Equal(0, await db.Technicians.CountAsync());
        Assert.Equal(0, await db.FieldJobs.CountAsync());
        Assert.Equal(0, await db.DispatchEvents.CountAsync());
        return error.Message;
    }
}
