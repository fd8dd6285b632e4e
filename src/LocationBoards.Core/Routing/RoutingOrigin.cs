namespace LocationBoards.Core.Routing;

/// <summary>Where the distance is measured from, in the client's words.</summary>
public enum RoutingOrigin
{
    /// <summary>Pickup at a kiosk: that kiosk's location first.</summary>
    Kiosk,

    /// <summary>Pickup chosen from home: the location the client picked first.</summary>
    ChosenLocation,

    /// <summary>Delivery: the delivery address.</summary>
    DeliveryAddress,

    /// <summary>Technician visit: the customer's address.</summary>
    CustomerAddress,
}
