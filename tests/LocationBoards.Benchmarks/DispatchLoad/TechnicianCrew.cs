using System.Globalization;
using Microsoft.Data.Sqlite;

namespace LocationBoards.Benchmarks.DispatchLoad;

/// <summary>One technician added for a load run: who they sign in as and where they work from.</summary>
public sealed record CrewMember(int TechnicianId, string UserId, string UserName, string DisplayName, string SecurityStamp, double HomeLatitude, double HomeLongitude);

/// <summary>
/// Adds technicians to the hub's SQLite file while the hub is stopped, as an administrator would have: each an
/// Identity user in the Technician role (a copy of the seeded technician <c>tech</c>'s row: same password hash,
/// their own name, e-mail and security stamp) with the <c>lb:technician</c> claim, and a technician row with the
/// template's skills and supervisor, a home location taken in turn from the seeded locations, and shifts round the
/// clock every day (so every one is on shift whenever the run happens). Column lists are read from the file, so a
/// new column of the template's rows is copied rather than dropped.
/// </summary>
public static class TechnicianCrew
{
    public const string TemplateUserName = "tech";
    public const string TechnicianClaim = "lb:technician";
    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    public static async Task<IReadOnlyList<CrewMember>> AddAsync(string databasePath, int count)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        await connection.OpenAsync();
        await ExecuteAsync(connection, "BEGIN");
        var templateUser = (string)(await ScalarAsync(connection, """SELECT "Id" FROM "AspNetUsers" WHERE "UserName" = $u""", ("$u", TemplateUserName)))!;
        var templateTechnician = Convert.ToInt32(await ScalarAsync(connection, """SELECT "Id" FROM "Technicians" WHERE "UserId" = $u""", ("$u", templateUser)), CultureInfo.InvariantCulture);
        var technicianRole = (string)(await ScalarAsync(connection, """SELECT "Id" FROM "AspNetRoles" WHERE "Name" = 'Technician'"""))!;
        var locations = await LocationsAsync(connection);
        var userColumns = await ColumnsAsync(connection, "AspNetUsers");
        var technicianColumns = (await ColumnsAsync(connection, "Technicians")).Where(c => c != "Id").ToList();
        var crew = new List<CrewMember>(count);
        for (var i = 1; i <= count; i++)
        {
            var number = i.ToString("D5", CultureInfo.InvariantCulture);
            var userName = $"loadtech{number}";
            var email = $"{userName}@locationboards.example";
            var displayName = $"Load Tech {number}";
            var userId = Guid.NewGuid().ToString();
            var stamp = Guid.NewGuid().ToString("N").ToUpperInvariant();
            var home = locations[i % locations.Count];
            await CloneAsync(connection, "AspNetUsers", userColumns, """ "Id" = $template""", templateUser, new Dictionary<string, object>
            {
                ["Id"] = userId,
                ["UserName"] = userName,
                ["NormalizedUserName"] = userName.ToUpperInvariant(),
                ["Email"] = email,
                ["NormalizedEmail"] = email.ToUpperInvariant(),
                ["DisplayName"] = displayName,
                ["SecurityStamp"] = stamp,
                ["ConcurrencyStamp"] = Guid.NewGuid().ToString(),
            });
            await CloneAsync(connection, "Technicians", technicianColumns, """ "Id" = $template""", templateTechnician, new Dictionary<string, object>
            {
                ["UserId"] = userId,
                ["Name"] = displayName,
                ["Email"] = email,
                ["HomeLocationId"] = home.Id,
                ["Version"] = 0,
                ["IsActive"] = 1,
            });
            var technicianId = Convert.ToInt32(await ScalarAsync(connection, "SELECT last_insert_rowid()"), CultureInfo.InvariantCulture);
            await ExecuteAsync(connection, """INSERT INTO "TechnicianSkills" ("TechnicianId", "Skill") SELECT $id, "Skill" FROM "TechnicianSkills" WHERE "TechnicianId" = $template""",
                ("$id", technicianId), ("$template", templateTechnician));
            foreach (var day in Days)
            {
                await ExecuteAsync(connection, """INSERT INTO "ShiftIntervals" ("TechnicianId", "Day", "Starts", "DurationMinutes") VALUES ($id, $day, '00:00:00', 1440)""",
                    ("$id", technicianId), ("$day", day));
            }

            await ExecuteAsync(connection, """INSERT INTO "AspNetUserRoles" ("UserId", "RoleId") VALUES ($u, $r)""", ("$u", userId), ("$r", technicianRole));
            await ExecuteAsync(connection, """INSERT INTO "AspNetUserClaims" ("UserId", "ClaimType", "ClaimValue") VALUES ($u, $t, $v)""",
                ("$u", userId), ("$t", TechnicianClaim), ("$v", technicianId.ToString(CultureInfo.InvariantCulture)));
            crew.Add(new CrewMember(technicianId, userId, userName, displayName, stamp, home.Latitude, home.Longitude));
        }

        await ExecuteAsync(connection, "COMMIT");
        return crew;
    }

    /// <summary>The seeded technician whose rows and real token the added ones copy.</summary>
    public static async Task<CrewMember> TemplateAsync(string databasePath)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT "t"."Id", "u"."Id", "u"."UserName", "u"."DisplayName", "u"."SecurityStamp", "l"."Latitude", "l"."Longitude"
            FROM "AspNetUsers" AS "u" JOIN "Technicians" AS "t" ON "t"."UserId" = "u"."Id" JOIN "Locations" AS "l" ON "l"."Id" = "t"."HomeLocationId"
            WHERE "u"."UserName" = $u
            """;
        command.Parameters.AddWithValue("$u", TemplateUserName);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync()
            ? new CrewMember(reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetDouble(5), reader.GetDouble(6))
            : throw new InvalidOperationException($"The seeded technician {TemplateUserName} was not found.");
    }

    private static async Task CloneAsync(SqliteConnection connection, string table, List<string> columns, string where, object template, Dictionary<string, object> overrides)
    {
        await using var command = connection.CreateCommand();
        var selected = columns.Select((c, i) => overrides.ContainsKey(c) ? $"$p{i}" : $"\"{c}\"");
        command.CommandText = $"""INSERT INTO "{table}" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) SELECT {string.Join(", ", selected)} FROM "{table}" WHERE {where}""";
        for (var i = 0; i < columns.Count; i++)
        {
            if (overrides.TryGetValue(columns[i], out var value))
            {
                command.Parameters.AddWithValue($"$p{i}", value);
            }
        }

        command.Parameters.AddWithValue("$template", template);
        if (await command.ExecuteNonQueryAsync() != 1)
        {
            throw new InvalidOperationException($"The template row of {table} was not found.");
        }
    }

    private static async Task<List<string>> ColumnsAsync(SqliteConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"""SELECT "name" FROM pragma_table_info('{table}')""";
        await using var reader = await command.ExecuteReaderAsync();
        var columns = new List<string>();
        while (await reader.ReadAsync())
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }

    private static async Task<List<(int Id, double Latitude, double Longitude)>> LocationsAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT "Id", "Latitude", "Longitude" FROM "Locations" ORDER BY "Id" """;
        await using var reader = await command.ExecuteReaderAsync();
        var locations = new List<(int, double, double)>();
        while (await reader.ReadAsync())
        {
            locations.Add((reader.GetInt32(0), reader.GetDouble(1), reader.GetDouble(2)));
        }

        return locations;
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return await command.ExecuteScalarAsync() ?? throw new InvalidOperationException($"Nothing found: {sql}");
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }
}
