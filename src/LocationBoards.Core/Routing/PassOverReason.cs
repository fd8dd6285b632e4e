namespace LocationBoards.Core.Routing;

public enum PassOverReason
{
    Closed,
    OutOfStock,
    DoesNotOfferService,
    OutsideServiceArea,
    AtCapacity,
}
