using System.Text.Json;
using System.Text.Json.Serialization;
using LocationBoards.Hub.Features.Sales;

namespace LocationBoards.Hub.Features.Dispatch;

/// <summary>
/// How a dispatch event's payload is stored: the job card alone for a job's change (the same JSON the API and the hub
/// send), or <c>{ "job": …, "sale": … }</c> for a sale's change. Payloads written before sales existed still read.
/// </summary>
public static class DispatchJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Write(JobCard card) => JsonSerializer.Serialize(card, Options);

    public static string Write(JobCard card, SaleCard sale) => JsonSerializer.Serialize(new SalePayload(card, sale), Options);

    public static JobCard Read(string json) => ReadPayload(json).Job;

    /// <summary>The job card and, for a sale's event, the sale card.</summary>
    public static (JobCard Job, SaleCard? Sale) ReadPayload(string json)
    {
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.TryGetProperty("sale", out _) && document.RootElement.TryGetProperty("job", out _))
        {
            var payload = document.RootElement.Deserialize<SalePayload>(Options) ?? throw new JsonException("A sale event without its sale.");
            return (payload.Job, payload.Sale);
        }

        return (document.RootElement.Deserialize<JobCard>(Options) ?? throw new JsonException("A dispatch event without its job."), null);
    }

    private sealed record SalePayload(JobCard Job, SaleCard Sale);
}
