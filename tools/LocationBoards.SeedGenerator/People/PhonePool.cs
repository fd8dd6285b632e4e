namespace LocationBoards.SeedGenerator.People;

/// <summary>
/// The fictional numbers 555-0100 to 555-0199 of area codes 503, 971 (Oregon) and 360 (Washington): 300 in all,
/// less the business's own speed-dial lines. Written in the varied ways people type them.
/// </summary>
internal sealed class PhonePool
{
    private readonly Random _random;
    private readonly Dictionary<string, Queue<string>> _free = [];

    public PhonePool(Random random, IEnumerable<string> reserved)
    {
        _random = random;
        var taken = reserved.ToHashSet(StringComparer.Ordinal);
        foreach (var area in new[] { "503", "971", "360" })
        {
            var numbers = Enumerable.Range(100, 100).Select(n => $"{area}555{n:0000}").Where(n => !taken.Contains("+1" + n)).ToArray();
            random.Shuffle(numbers);
            _free[area] = new Queue<string>(numbers);
        }
    }

    /// <summary>A free number, from Washington's area code for Clark County households, otherwise Oregon's.</summary>
    public string Take(bool washington)
    {
        string[] preference = washington ? ["360", "503", "971"] : _random.NextDouble() < 0.6 ? ["503", "971", "360"] : ["971", "503", "360"];
        foreach (var area in preference)
        {
            if (_free[area].TryDequeue(out var digits))
            {
                return Format(digits);
            }
        }

        throw new InvalidOperationException("The fictional number range is used up.");
    }

    private string Format(string d) => _random.Next(6) switch
    {
        0 or 1 => $"({d[..3]}) {d[3..6]}-{d[6..]}",
        2 => $"{d[..3]}-{d[3..6]}-{d[6..]}",
        3 => $"{d[..3]}.{d[3..6]}.{d[6..]}",
        4 => $"+1 {d[..3]} {d[3..6]} {d[6..]}",
        _ => d,
    };
}
