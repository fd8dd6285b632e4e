namespace LocationBoards.Core.Sales;

/// <summary>How the customer gets what a sale line is for.</summary>
public enum SaleFulfilment
{
    /// <summary>Goods from the technician's van, counted against their home location's stock.</summary>
    HandedOverNow,

    /// <summary>Goods delivered to the customer's address from the nearest location able to supply them.</summary>
    ToBeDelivered,

    /// <summary>A service: nothing is handed over; the customer holds the service from the serving location.</summary>
    Service,
}
