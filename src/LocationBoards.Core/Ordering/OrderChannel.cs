namespace LocationBoards.Core.Ordering;

/// <summary>Where an order came in.</summary>
public enum OrderChannel
{
    Kiosk,
    Web,
    Phone,
    Api,
}
