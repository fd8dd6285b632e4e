using LocationBoards.Core.Catalog;
using LocationBoards.Core.Dispatch;
using LocationBoards.Core.Sales;
using LocationBoards.Core.Tests.Dispatch;

namespace LocationBoards.Core.Tests.Sales;

/// <summary>Builders for sales tests: a small catalogue, technician 4 on site at job 7 for customer 3, and sale 42 on it.</summary>
internal static class SaleScene
{
    public const int TechnicianId = 4;

    public const string TechnicianUser = "tech-user-4";

    /// <summary>Wednesday 25 November 2026, 12:00 in Portland.</summary>
    public static readonly DateTime Now = DispatchScene.Now;

    public static CatalogItem Filter => Goods(10, "PRT-FILTER-ESP", "Espresso machine water filter", 1450);

    public static CatalogItem Beans => Goods(11, "COF-HOUSE-250", "House blend coffee beans 250 g", 810);

    public static CatalogItem FilterSubscription => Service(20, "SRV-FILTER-SUB", "Filter subscription, quarterly", 3000, termMonths: 3, renews: true);

    public static CatalogItem Descaling => Service(21, "SRV-DESCALE", "Descaling at home", 4500);

    public static SalesOptions Options => new() { MaxQuantityPerLine = 20, MaxLinesPerSale = 5, SalesDivisionAddress = "sales@example.com" };

    public static Dictionary<int, CatalogItem> Catalogue(params CatalogItem[] extra) =>
        new[] { Filter, Beans, FilterSubscription, Descaling }.Concat(extra).ToDictionary(i => i.Id);

    public static FieldJob Job(JobStatus status = JobStatus.OnSite, int technicianId = TechnicianId) =>
        DispatchScene.Job(status, technicianId: technicianId);

    public static PricedSale Priced(params SaleLineRequest[] lines) => SalePricing.Price(lines, Catalogue(), Options);

    /// <summary>Two filters handed over now and a filter subscription.</summary>
    public static PricedSale FiltersAndSubscription() => Priced(
        new SaleLineRequest(Filter.Id, 2, SaleFulfilment.HandedOverNow), new SaleLineRequest(FilterSubscription.Id, 1));

    public static Sale Draft()
    {
        var sale = SaleStateMachine.Open(Job(), TechnicianId, SaleChannel.TechnicianApp, TechnicianUser, Guid.NewGuid(), Now.AddMinutes(-10));
        sale.Id = 42;
        return sale;
    }

    /// <summary>Sale 42 brought to the status through the real moves, with lines and a payment.</summary>
    public static Sale InStatus(SaleStatus status, SalePayment? payment = null)
    {
        var sale = Draft();
        var job = Job();
        Move(sale, SaleMove.Revise(FiltersAndSubscription(), payment ?? SalePayment.ChargeToAccount), job);
        if (status == SaleStatus.Draft)
        {
            return sale;
        }

        Move(sale, SaleMove.Agree("Jane Doe"), job);
        if (status == SaleStatus.Agreed)
        {
            return sale;
        }

        Move(sale, SaleMove.Submit, job);
        var last = status switch
        {
            SaleStatus.Submitted => null,
            SaleStatus.Processed => SaleMove.Process,
            _ => SaleMove.Refuse(SaleRefusalReason.OutOfStock, "2 × Espresso machine water filter at the technician's home location"),
        };
        if (last is not null)
        {
            Move(sale, last, job, SaleStateMachine.ProcessingActor);
        }

        return sale;
    }

    /// <summary>Gives the sale and its lines store ids, as after saving.</summary>
    public static Sale Stored(Sale sale)
    {
        for (var i = 0; i < sale.Lines.Count; i++)
        {
            sale.Lines[i].Id = 100 + i;
            sale.Lines[i].SaleId = sale.Id;
        }

        return sale;
    }

    private static void Move(Sale sale, SaleMove move, FieldJob job, string by = TechnicianUser)
    {
        var result = SaleStateMachine.Apply(sale, move, job, by, Now);
        if (!result.Allowed)
        {
            throw new InvalidOperationException(result.Refusal);
        }
    }

    private static CatalogItem Goods(int id, string sku, string name, long price) => new()
    {
        Id = id, Sku = sku, Name = name, Category = "Parts & Filters", Kind = CatalogItemKind.Goods, Icon = "💧", PriceMinor = price,
    };

    private static CatalogItem Service(int id, string sku, string name, long price, int? termMonths = null, bool renews = false) => new()
    {
        Id = id, Sku = sku, Name = name, Category = "Services", Kind = CatalogItemKind.Service, Icon = "🔁", PriceMinor = price,
        TermMonths = termMonths, Renews = renews,
    };
}
