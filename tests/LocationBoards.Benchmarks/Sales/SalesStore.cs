using LocationBoards.Benchmarks.Load;

namespace LocationBoards.Benchmarks.Sales;

/// <summary>
/// The hub's store as the sales benchmark prepares and checks it, with the hub stopped: field jobs put On site for
/// technicians who each have a supervisor with an email address, and afterwards what the processed sales left behind.
/// </summary>
public sealed class SalesStore(HubStore store)
{
    private const string By = "benchmark";

    /// <summary>
    /// One job On site for each of <paramref name="count"/> distinct active technicians who have a supervisor with an
    /// email address (so every sale writes both emails): the technician's own On-site job when there is one, otherwise
    /// a New job given to them and moved On site, with its line in the job's status history.
    /// </summary>
    public async Task<IReadOnlyList<long>> PutJobsOnSiteAsync(int count)
    {
        var technicians = await store.QueryAsync(
            """
            SELECT "t"."Id" FROM "Technicians" AS "t" JOIN "AspNetUsers" AS "u" ON "u"."Id" = "t"."SupervisorUserId"
            WHERE "t"."IsActive" = 1 AND COALESCE("u"."Email", '') <> '' ORDER BY "t"."Id"
            """,
            r => r.GetInt32(0));
        if (technicians.Count < count)
        {
            throw new InvalidOperationException($"Only {technicians.Count} active technicians have a supervisor with an email address; {count} are needed.");
        }

        var newJobs = new Queue<long>(await store.QueryAsync(
            """SELECT "Id" FROM "FieldJobs" WHERE "Status" = 'New' AND "TechnicianId" IS NULL ORDER BY "Id" """, r => r.GetInt64(0)));
        var jobs = new List<long>(count);
        foreach (var technician in technicians.Take(count))
        {
            var onSite = await store.QueryAsync(
                """SELECT "Id" FROM "FieldJobs" WHERE "TechnicianId" = $t AND "Status" = 'OnSite' ORDER BY "Id" LIMIT 1""",
                r => r.GetInt64(0),
                ("$t", technician));
            if (onSite.Count == 1)
            {
                jobs.Add(onSite[0]);
                continue;
            }

            if (!newJobs.TryDequeue(out var job))
            {
                throw new InvalidOperationException("Not enough New jobs to put On site.");
            }

            await store.ExecuteAsync(
                """
                UPDATE "FieldJobs" SET "Status" = 'OnSite', "TechnicianId" = $t, "Version" = "Version" + 1 WHERE "Id" = $job;
                INSERT INTO "JobStatusChanges" ("JobId", "AtUtc", "By", "From", "To", "TechnicianId", "Note")
                VALUES ($job, $now, $by, 'New', 'OnSite', $t, 'Put on site for the sales benchmark');
                """,
                ("$t", technician),
                ("$job", job),
                ("$now", HubStore.Timestamp(DateTime.UtcNow)),
                ("$by", By));
            jobs.Add(job);
        }

        return jobs;
    }

    /// <summary>The highest sale id so far (0 for none): sales above it were recorded by the run.</summary>
    public async Task<long> LastSaleIdAsync() =>
        (await store.QueryAsync("""SELECT COALESCE(MAX("Id"), 0) FROM "Sales" """, r => r.GetInt64(0)))[0];

    /// <summary>Each sale above <paramref name="afterSaleId"/> with its status, its Sale and Payment ledger entries and its outbox rows.</summary>
    public async Task<IReadOnlyList<StoredSale>> SalesAfterAsync(long afterSaleId) =>
        await store.QueryAsync(
            """
            SELECT "s"."Id", "s"."Status",
                (SELECT COUNT(*) FROM "AccountEntries" AS "a" WHERE "a"."SaleId" = "s"."Id" AND "a"."Kind" = 'Sale'),
                (SELECT COUNT(*) FROM "AccountEntries" AS "a" WHERE "a"."SaleId" = "s"."Id" AND "a"."Kind" = 'Payment'),
                (SELECT COUNT(*) FROM "OutboxEmails" AS "o" WHERE "o"."SaleId" = "s"."Id")
            FROM "Sales" AS "s" WHERE "s"."Id" > $after ORDER BY "s"."Id"
            """,
            r => new StoredSale(r.GetInt64(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4)),
            ("$after", afterSaleId));

    /// <summary>The Message-IDs of outbox rows not yet sent (nor given up on), without angle brackets.</summary>
    public async Task<IReadOnlyList<string>> UnsentMessageIdsAsync() =>
        await store.QueryAsync(
            """SELECT "MessageId" FROM "OutboxEmails" WHERE "SentUtc" IS NULL AND NOT "FailedPermanently" ORDER BY "Id" """,
            r => r.GetString(0).Trim().TrimStart('<').TrimEnd('>'));

    /// <summary>How many outbox rows the sender gave up on.</summary>
    public async Task<int> FailedPermanentlyAsync() =>
        (await store.QueryAsync("""SELECT COUNT(*) FROM "OutboxEmails" WHERE "FailedPermanently" """, r => r.GetInt32(0)))[0];
}

/// <summary>A sale as stored: status, Sale and Payment ledger entries, outbox rows.</summary>
public readonly record struct StoredSale(long SaleId, string Status, int SaleEntries, int PaymentEntries, int OutboxRows);
