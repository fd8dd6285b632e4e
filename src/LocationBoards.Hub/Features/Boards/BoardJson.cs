using System.Text.Json;
using System.Text.Json.Serialization;

namespace LocationBoards.Hub.Features.Boards;

/// <summary>How board cards are written into stored board events (camelCase, enums by name).</summary>
public static class BoardJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Write(BoardCard card) => JsonSerializer.Serialize(card, Options);

    public static BoardCard Read(string json) =>
        JsonSerializer.Deserialize<BoardCard>(json, Options) ?? throw new JsonException("A stored board event has no card.");
}
