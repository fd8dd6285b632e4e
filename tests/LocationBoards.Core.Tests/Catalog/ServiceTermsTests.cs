using LocationBoards.Core.Catalog;
using LocationBoards.Core.Tests.Dispatch;

namespace LocationBoards.Core.Tests.Catalog;

public class ServiceTermsTests
{
    private static CatalogItem Service(int? months, bool renews = false) => new()
    {
        Id = 1, Sku = "SRV", Name = "Plan", Category = "Services", Kind = CatalogItemKind.Service, Icon = "🔁", TermMonths = months, Renews = renews,
    };

    [Fact]
    public void A_one_off_service_starts_and_neither_ends_nor_renews()
    {
        Assert.Equal(new ServiceTermDates(new DateOnly(2026, 11, 25), null, null), ServiceTerms.For(Service(null), new DateOnly(2026, 11, 25)));
    }

    [Fact]
    public void A_fixed_term_covers_up_to_the_day_before_the_same_day_of_the_month()
    {
        var terms = ServiceTerms.For(Service(12), new DateOnly(2026, 11, 25));

        Assert.Equal(new DateOnly(2027, 11, 24), terms.EndsOn);
        Assert.Null(terms.RenewsOn);
    }

    [Fact]
    public void A_renewing_term_renews_on_the_same_day_of_the_month()
    {
        var terms = ServiceTerms.For(Service(3, renews: true), new DateOnly(2026, 11, 25));

        Assert.Equal(new DateOnly(2027, 2, 25), terms.RenewsOn);
        Assert.Null(terms.EndsOn);
    }

    [Theory]
    [InlineData(2027, 1, 31, false, 2027, 2, 28)]
    [InlineData(2027, 1, 31, true, 2027, 3, 1)]
    [InlineData(2028, 1, 31, false, 2028, 2, 29)]
    [InlineData(2027, 1, 28, false, 2027, 2, 27)]
    [InlineData(2027, 3, 31, false, 2027, 4, 30)]
    public void From_a_day_a_shorter_month_lacks_the_term_covers_that_whole_month(int y, int m, int d, bool renews, int ey, int em, int ed)
    {
        var terms = ServiceTerms.For(Service(1, renews), new DateOnly(y, m, d));

        Assert.Equal(new DateOnly(ey, em, ed), renews ? terms.RenewsOn : terms.EndsOn);
    }

    [Fact]
    public void Goods_have_no_terms()
    {
        var goods = Service(null);
        goods.Kind = CatalogItemKind.Goods;

        Assert.Throws<ArgumentException>(() => ServiceTerms.For(goods, new DateOnly(2026, 11, 25)));
        Assert.NotNull(ServiceTerms.Problem(CatalogItemKind.Goods, 3, false));
    }

    [Theory]
    [InlineData(null, false, true)]
    [InlineData(null, true, false)]
    [InlineData(0, false, false)]
    [InlineData(1, true, true)]
    [InlineData(120, false, true)]
    [InlineData(121, false, false)]
    public void A_term_is_from_one_to_120_months_and_only_a_term_renews(int? months, bool renews, bool fine)
    {
        Assert.Equal(fine, ServiceTerms.Problem(CatalogItemKind.Service, months, renews) is null);
    }

    [Fact]
    public void The_start_day_is_the_day_where_the_service_is_served()
    {
        var lateEveningInPortland = new DateTime(2026, 11, 26, 5, 0, 0, DateTimeKind.Utc);

        Assert.Equal(new DateOnly(2026, 11, 25), ServiceTerms.LocalDate(lateEveningInPortland, DispatchScene.Portland));
    }
}
