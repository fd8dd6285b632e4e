namespace LocationBoards.Core.Sales;

/// <summary>How a sale reached the company. The support-and-sales issue adds representatives' sales to the same record.</summary>
public enum SaleChannel
{
    /// <summary>The technician recorded it on their phone (<c>/tech</c>), over the wireless link.</summary>
    TechnicianApp,

    /// <summary>The technician phoned it in and a dispatcher recorded it for them (<c>/dispatch</c>), over a wire line.</summary>
    PhonedIn,
}
