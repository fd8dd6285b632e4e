namespace LocationBoards.Hub.Features.Ordering;

/// <summary>The four steps a client sees: ① Who are you ② Choose ③ Get it ④ Done.</summary>
public enum OrderingStep
{
    Identify,
    Choose,
    Deliver,
    Done,
}
