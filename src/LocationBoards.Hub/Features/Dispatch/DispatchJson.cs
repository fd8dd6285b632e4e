using System.Text.Json;
using System.Text.Json.Serialization;

namespace LocationBoards.Hub.Features.Dispatch;

/// <summary>How a job card is stored in its dispatch event: the same JSON the API and the hub send.</summary>
public static class DispatchJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Write(JobCard card) => JsonSerializer.Serialize(card, Options);

    public static JobCard Read(string json) =>
        JsonSerializer.Deserialize<JobCard>(json, Options) ?? throw new JsonException("A dispatch event without its job.");
}
