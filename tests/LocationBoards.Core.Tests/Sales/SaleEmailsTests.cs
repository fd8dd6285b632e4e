using System.Globalization;
using LocationBoards.Core.Customers;
using LocationBoards.Core.Dispatch;
using LocationBoards.Core.Email;
using LocationBoards.Core.Sales;
using LocationBoards.Core.Tests.Dispatch;
using static LocationBoards.Core.Tests.Sales.SaleScene;

namespace LocationBoards.Core.Tests.Sales;

public class SaleEmailsTests
{
    private static readonly CultureInfo UnitedStates = CultureInfo.GetCultureInfo("en-US");

    private static Customer Customer(string firstName = "Jane", string lastName = "Doe") => new()
    {
        Id = 3,
        FirstName = firstName,
        LastName = lastName,
        Email = "jane.doe@example.net",
        BillingAddress = new PostalAddress { Street = "3214 SE Hawthorne Blvd", City = "Portland", Postcode = "97214" },
        Phones = [new CustomerPhone { CustomerId = 3, Number = "+15035550142" }],
    };

    private static SaleEmailFacts Facts(Sale? sale = null, Customer? customer = null, string? supervisorAddress = "sam.super@example.com") => new()
    {
        Sale = sale ?? InStatus(SaleStatus.Processed, new SalePayment(SalePaymentMethod.ChequeToTechnician, "001234")),
        Customer = customer ?? Customer(),
        Technician = new Technician { Id = TechnicianId, UserId = TechnicianUser, Name = "Alex Rivera", Email = "alex@example.com", HomeLocationId = 6 },
        SupervisorName = "Sam Super",
        SupervisorAddress = supervisorAddress,
        SalesDivisionAddress = "sales@example.com",
        TimeZone = DispatchScene.Portland,
        Culture = UnitedStates,
        MessageIdDomain = "hub.example.com",
    };

    [Fact]
    public void A_processed_sale_gives_one_email_to_the_supervisor_and_one_to_the_sales_division()
    {
        var emails = SaleEmails.Compose(Facts(), Now);

        Assert.Equal([OutboxEmailKind.SaleToSupervisor, OutboxEmailKind.SaleToSalesDivision], emails.Select(e => e.Kind));
        Assert.Equal(["sam.super@example.com", "sales@example.com"], emails.Select(e => e.ToAddress));
        Assert.Equal("Sam Super", emails[0].ToName);
        Assert.All(emails, e =>
        {
            Assert.Equal(42, e.SaleId);
            Assert.True(e.IsPending);
            Assert.Equal(Now, e.NextAttemptUtc);
            Assert.Matches("^<[0-9a-f]{32}@hub\\.example\\.com>$", e.MessageId);
        });
        Assert.NotEqual(emails[0].MessageId, emails[1].MessageId);
        Assert.Equal("Sale 42 by Alex Rivera: $59.00", emails[0].Subject);
    }

    [Fact]
    public void Both_emails_carry_the_customer_technician_job_lines_prices_total_and_payment_in_text_and_html()
    {
        foreach (var email in SaleEmails.Compose(Facts(), Now))
        {
            foreach (var body in new[] { email.TextBody, email.HtmlBody })
            {
                Assert.Contains("Jane Doe, Portland 97214", body, StringComparison.Ordinal);
                Assert.Contains("Alex Rivera", body, StringComparison.Ordinal);
                Assert.Contains("Job", body, StringComparison.Ordinal);
                Assert.Contains("Espresso machine water filter", body, StringComparison.Ordinal);
                Assert.Contains("Filter subscription, quarterly", body, StringComparison.Ordinal);
                Assert.Contains("$14.50 each", body, StringComparison.Ordinal);
                Assert.Contains("$29.00", body, StringComparison.Ordinal);
                Assert.Contains("$59.00", body, StringComparison.Ordinal);
                Assert.Contains("handed over now", body, StringComparison.Ordinal);
                Assert.Contains("Paid by cheque to the technician (cheque 001234)", body, StringComparison.Ordinal);
                Assert.Contains("Wed 25 Nov 2026, 12:00 Pacific Standard Time", body, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void The_text_reads_line_by_line()
    {
        var text = SaleEmails.Compose(Facts(), Now)[1].TextBody;

        Assert.Contains("\nJob: 7\n", text, StringComparison.Ordinal);
        Assert.Contains("\n- 2 × Espresso machine water filter (handed over now)\n  $14.50 each, $29.00\n", text, StringComparison.Ordinal);
        Assert.Contains("\nTotal: $59.00\n", text, StringComparison.Ordinal);
        Assert.True(text.Split('\n').All(line => line.Length <= 100));
    }

    [Fact]
    public void No_phone_number_email_address_or_street_of_the_customer_is_sent()
    {
        foreach (var email in SaleEmails.Compose(Facts(), Now))
        {
            foreach (var body in new[] { email.Subject, email.TextBody, email.HtmlBody })
            {
                Assert.DoesNotContain("5035550142", body, StringComparison.Ordinal);
                Assert.DoesNotContain("555-0142", body, StringComparison.Ordinal);
                Assert.DoesNotContain("jane.doe@", body, StringComparison.Ordinal);
                Assert.DoesNotContain("Hawthorne", body, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Names_and_items_are_html_encoded_in_the_html_body()
    {
        var sale = InStatus(SaleStatus.Processed);
        sale.Lines[0].ItemName = "Tea & <b>cakes</b>";
        var html = SaleEmails.Compose(Facts(sale, Customer("<script>alert(1)</script>", "O'Brien")), Now)[0].HtmlBody;

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>cakes", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; O&#39;Brien", html, StringComparison.Ordinal);
        Assert.Contains("Tea &amp; &lt;b&gt;cakes&lt;/b&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_html_is_laid_out_for_a_phone()
    {
        var html = SaleEmails.Compose(Facts(), Now)[0].HtmlBody;

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", html, StringComparison.Ordinal);
        Assert.Contains("max-width:600px", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_supervisors_address_their_copy_goes_to_the_sales_division_and_says_why()
    {
        var emails = SaleEmails.Compose(Facts(supervisorAddress: null), Now);

        Assert.Equal(2, emails.Count);
        Assert.All(emails, e => Assert.Equal("sales@example.com", e.ToAddress));
        Assert.Contains("No supervisor's email address is recorded for Alex Rivera", emails[0].TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sale_phoned_in_names_who_recorded_it()
    {
        var sale = InStatus(SaleStatus.Processed);
        sale.Channel = SaleChannel.PhonedIn;

        var text = SaleEmails.Compose(Facts(sale) with { RecordedByName = "Dana Dispatch" }, Now)[0].TextBody;

        Assert.Contains("Recorded by: Dana Dispatch (phoned in by the technician)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_with_a_line_break_cannot_add_a_header()
    {
        var facts = Facts();
        facts.Technician.Name = "Alex\r\nBcc: everyone@example.com";

        var subject = SaleEmails.Compose(facts, Now)[0].Subject;

        Assert.DoesNotContain('\n', subject);
        Assert.DoesNotContain('\r', subject);
    }

    [Fact]
    public void Only_a_processed_sale_is_emailed()
    {
        Assert.Throws<InvalidOperationException>(() => SaleEmails.Compose(Facts(InStatus(SaleStatus.Submitted)), Now));
    }
}
