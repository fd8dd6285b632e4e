namespace LocationBoards.Benchmarks.PhoneLookup;

/// <summary>What a phone look-up returns: the customers behind the number (a household may share one).</summary>
public sealed class CustomerMatch
{
    public int Id { get; set; }

    public string FirstName { get; set; } = string.Empty;

    public string LastName { get; set; } = string.Empty;
}
