namespace LocationBoards.Core.Ordering;

public enum DeliveryMethod
{
    Pickup,
    Delivery,
    TechnicianVisit,
}
