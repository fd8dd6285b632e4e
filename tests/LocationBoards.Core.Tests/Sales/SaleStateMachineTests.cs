using LocationBoards.Core.Dispatch;
using LocationBoards.Core.Sales;
using static LocationBoards.Core.Tests.Sales.SaleScene;

namespace LocationBoards.Core.Tests.Sales;

public class SaleStateMachineTests
{
    private static readonly (SaleStatus From, SaleMoveKind Move, SaleStatus To)[] Allowed =
    [
        (SaleStatus.Draft, SaleMoveKind.Revise, SaleStatus.Draft),
        (SaleStatus.Agreed, SaleMoveKind.Revise, SaleStatus.Draft),
        (SaleStatus.Draft, SaleMoveKind.Agree, SaleStatus.Agreed),
        (SaleStatus.Agreed, SaleMoveKind.Submit, SaleStatus.Submitted),
        (SaleStatus.Submitted, SaleMoveKind.Process, SaleStatus.Processed),
        (SaleStatus.Draft, SaleMoveKind.Refuse, SaleStatus.Refused),
        (SaleStatus.Agreed, SaleMoveKind.Refuse, SaleStatus.Refused),
        (SaleStatus.Submitted, SaleMoveKind.Refuse, SaleStatus.Refused),
    ];

    public static TheoryData<SaleStatus, SaleMoveKind, SaleStatus> AllowedMoves()
    {
        var data = new TheoryData<SaleStatus, SaleMoveKind, SaleStatus>();
        foreach (var (from, move, to) in Allowed)
        {
            data.Add(from, move, to);
        }

        return data;
    }

    public static TheoryData<SaleStatus, SaleMoveKind> RefusedMoves()
    {
        var data = new TheoryData<SaleStatus, SaleMoveKind>();
        foreach (var from in Enum.GetValues<SaleStatus>())
        {
            foreach (var move in Enum.GetValues<SaleMoveKind>())
            {
                if (!Allowed.Any(a => a.From == from && a.Move == move))
                {
                    data.Add(from, move);
                }
            }
        }

        return data;
    }

    /// <summary>A revision changes the quantity, so an agreed sale must be agreed again.</summary>
    private static SaleMove MoveOf(SaleMoveKind kind) => kind switch
    {
        SaleMoveKind.Revise => SaleMove.Revise(Priced(new SaleLineRequest(Filter.Id, 3, SaleFulfilment.HandedOverNow)), SalePayment.ChargeToAccount),
        SaleMoveKind.Agree => SaleMove.Agree("Jane Doe"),
        SaleMoveKind.Refuse => SaleMove.Refuse(SaleRefusalReason.Withdrawn, "Customer changed their mind"),
        _ => new SaleMove(kind),
    };

    [Theory]
    [MemberData(nameof(AllowedMoves))]
    public void Each_move_in_the_map_takes_the_sale_to_its_next_state(SaleStatus from, SaleMoveKind move, SaleStatus to)
    {
        var result = SaleStateMachine.Decide(InStatus(from), MoveOf(move), Job());

        Assert.True(result.Allowed, result.Refusal);
        Assert.Equal(to, result.Target);
    }

    [Theory]
    [MemberData(nameof(RefusedMoves))]
    public void Every_other_move_is_refused_in_plain_words_naming_the_sale(SaleStatus from, SaleMoveKind move)
    {
        var sale = InStatus(from);
        var version = sale.Version;

        var result = SaleStateMachine.Apply(sale, MoveOf(move), Job(), TechnicianUser, Now);

        Assert.False(result.Allowed);
        Assert.Contains("Sale 42", result.Refusal, StringComparison.Ordinal);
        Assert.Equal(from, sale.Status);
        Assert.Equal(version, sale.Version);
    }

    [Theory]
    [InlineData(SaleStatus.Draft, true)]
    [InlineData(SaleStatus.Agreed, true)]
    [InlineData(SaleStatus.Submitted, true)]
    [InlineData(SaleStatus.Processed, false)]
    [InlineData(SaleStatus.Refused, false)]
    public void A_sale_is_in_progress_from_draft_until_processed_or_refused(SaleStatus status, bool inProgress)
    {
        var sale = InStatus(status);

        Assert.Equal(inProgress, sale.IsInProgress);
        Assert.Equal(!inProgress, sale.IsFinished);
    }

    [Fact]
    public void A_new_draft_is_for_the_jobs_customer_and_starts_its_history()
    {
        var sale = SaleStateMachine.Open(Job(), TechnicianId, SaleChannel.PhonedIn, "dispatcher-1", Guid.NewGuid(), Now);

        Assert.Equal(SaleStatus.Draft, sale.Status);
        Assert.Equal(3, sale.CustomerId);
        Assert.Equal(7, sale.JobId);
        Assert.Equal(TechnicianId, sale.TechnicianId);
        Assert.Equal("dispatcher-1", sale.SellerUserId);
        Assert.Equal(SaleChannel.PhonedIn, sale.Channel);
        var line = Assert.Single(sale.History);
        Assert.Null(line.From);
        Assert.Equal(SaleStatus.Draft, line.To);
        Assert.Equal("dispatcher-1", line.By);
    }

    [Theory]
    [InlineData(JobStatus.Assigned)]
    [InlineData(JobStatus.EnRoute)]
    [InlineData(JobStatus.Done)]
    [InlineData(JobStatus.Cancelled)]
    public void A_sale_is_recorded_only_while_the_technician_is_on_site(JobStatus status)
    {
        var refusal = SaleStateMachine.RecordingRefusal(Job(status), TechnicianId);

        Assert.Contains("only while the technician is on site", refusal, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() =>
            SaleStateMachine.Open(Job(status), TechnicianId, SaleChannel.TechnicianApp, TechnicianUser, Guid.NewGuid(), Now));
    }

    [Fact]
    public void A_sale_for_another_technicians_job_or_another_customer_is_refused()
    {
        Assert.Contains("not this technician's job", SaleStateMachine.RecordingRefusal(Job(technicianId: 9), TechnicianId), StringComparison.Ordinal);
        Assert.Contains("Customer 5 is not the customer of job 7", SaleStateMachine.RecordingRefusal(Job(), TechnicianId, customerId: 5), StringComparison.Ordinal);
        Assert.Null(SaleStateMachine.RecordingRefusal(Job(), TechnicianId, customerId: 3));
    }

    [Fact]
    public void A_draft_cannot_be_revised_or_agreed_once_the_job_left_on_site()
    {
        var sale = InStatus(SaleStatus.Draft);
        var done = Job(JobStatus.Done);

        Assert.False(SaleStateMachine.Decide(sale, MoveOf(SaleMoveKind.Revise), done).Allowed);
        Assert.False(SaleStateMachine.Decide(sale, SaleMove.Agree("Jane Doe"), done).Allowed);
        Assert.True(SaleStateMachine.Decide(sale, MoveOf(SaleMoveKind.Refuse), done).Allowed);
    }

    [Fact]
    public void Revising_replaces_the_lines_prices_them_from_the_catalogue_and_bumps_the_version()
    {
        var sale = Draft();

        var result = SaleStateMachine.Apply(sale, SaleMove.Revise(FiltersAndSubscription(), SalePayment.ChargeToAccount), Job(), TechnicianUser, Now);

        Assert.True(result.Allowed, result.Refusal);
        Assert.Equal(2, sale.Lines.Count);
        Assert.Equal(1450, sale.Lines[0].UnitPriceMinor);
        Assert.Equal(SaleFulfilment.Service, sale.Lines[1].Fulfilment);
        Assert.Equal((2 * 1450) + 3000, sale.TotalMinor);
        Assert.Equal(SalePaymentMethod.ChargeToAccount, sale.PaymentMethod);
        Assert.Equal(1, sale.Version);
        Assert.Single(sale.History);
    }

    [Fact]
    public void Revising_with_problem_lines_is_refused_with_the_problems_and_changes_nothing()
    {
        var sale = InStatus(SaleStatus.Draft);
        var version = sale.Version;

        var result = SaleStateMachine.Apply(sale, SaleMove.Revise(Priced(new SaleLineRequest(999, 1)), null), Job(), TechnicianUser, Now);

        Assert.False(result.Allowed);
        Assert.Contains("Line 1: item 999 is not in the catalogue.", result.Refusal, StringComparison.Ordinal);
        Assert.Equal(2, sale.Lines.Count);
        Assert.Equal(version, sale.Version);
    }

    [Fact]
    public void Agreeing_needs_items_a_payment_and_the_customers_name()
    {
        var empty = Draft();
        Assert.Contains("at least one item", SaleStateMachine.Decide(empty, SaleMove.Agree("Jane Doe"), Job()).Refusal, StringComparison.Ordinal);

        var unpaid = Draft();
        SaleStateMachine.Apply(unpaid, SaleMove.Revise(FiltersAndSubscription(), null), Job(), TechnicianUser, Now);
        Assert.Contains("how the customer pays", SaleStateMachine.Decide(unpaid, SaleMove.Agree("Jane Doe"), Job()).Refusal, StringComparison.Ordinal);

        var sale = InStatus(SaleStatus.Draft);
        Assert.Contains("customer's name", SaleStateMachine.Decide(sale, SaleMove.Agree("   "), Job()).Refusal, StringComparison.Ordinal);
        Assert.Contains("customer's name", SaleStateMachine.Decide(sale, SaleMove.Agree(new string('x', 121)), Job()).Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cheque_needs_its_number()
    {
        var sale = Draft();

        var result = SaleStateMachine.Decide(
            sale, SaleMove.Revise(FiltersAndSubscription(), new SalePayment(SalePaymentMethod.ChequeToTechnician, " ")), Job());

        Assert.False(result.Allowed);
        Assert.Contains("cheque number", result.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Agreeing_keeps_the_name_signature_time_and_total_the_customer_agreed_to()
    {
        var sale = InStatus(SaleStatus.Draft);

        SaleStateMachine.Apply(sale, SaleMove.Agree("  Jane Doe ", "M 10 10 L 20 20"), Job(), TechnicianUser, Now);

        Assert.Equal(SaleStatus.Agreed, sale.Status);
        Assert.Equal("Jane Doe", sale.AgreedName);
        Assert.Equal("M 10 10 L 20 20", sale.Signature);
        Assert.Equal(Now, sale.AgreedUtc);
        Assert.Equal(sale.TotalMinor, sale.AgreedTotalMinor);
    }

    [Fact]
    public void Changing_an_agreed_sale_sets_the_agreement_aside_and_says_so()
    {
        var sale = InStatus(SaleStatus.Agreed);

        SaleStateMachine.Apply(sale, MoveOf(SaleMoveKind.Revise), Job(), TechnicianUser, Now);

        Assert.Equal(SaleStatus.Draft, sale.Status);
        Assert.Null(sale.AgreedName);
        Assert.Null(sale.AgreedTotalMinor);
        Assert.Equal(SaleStatus.Agreed, sale.History[^1].From);
        Assert.Contains("agree again", sale.History[^1].Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Saving_an_agreed_sale_unchanged_keeps_it_agreed()
    {
        var sale = InStatus(SaleStatus.Agreed);
        var lines = sale.Lines.ToList();

        var result = SaleStateMachine.Apply(sale, SaleMove.Revise(FiltersAndSubscription(), SalePayment.ChargeToAccount), Job(), TechnicianUser, Now);

        Assert.Equal(SaleStatus.Agreed, result.Target);
        Assert.Equal("Jane Doe", sale.AgreedName);
        Assert.Equal(lines, sale.Lines);
    }

    [Fact]
    public void Changing_only_the_payment_of_an_agreed_sale_needs_a_new_agreement()
    {
        var sale = InStatus(SaleStatus.Agreed);

        var result = SaleStateMachine.Decide(
            sale, SaleMove.Revise(FiltersAndSubscription(), new SalePayment(SalePaymentMethod.CashToTechnician)), Job());

        Assert.Equal(SaleStatus.Draft, result.Target);
    }

    [Fact]
    public void A_sale_submitted_twice_is_refused_the_second_time()
    {
        var sale = InStatus(SaleStatus.Agreed);

        Assert.True(SaleStateMachine.Apply(sale, SaleMove.Submit, Job(), TechnicianUser, Now).Allowed);
        var second = SaleStateMachine.Apply(sale, SaleMove.Submit, Job(), TechnicianUser, Now);

        Assert.False(second.Allowed);
        Assert.Contains("submitted already; it is processed once", second.Refusal, StringComparison.Ordinal);
        Assert.Equal(Now, sale.SubmittedUtc);
    }

    [Fact]
    public void Submitting_does_not_wait_for_the_job_the_processing_checks_it()
    {
        var sale = InStatus(SaleStatus.Agreed);

        Assert.True(SaleStateMachine.Decide(sale, SaleMove.Submit, Job(JobStatus.Done)).Allowed);
    }

    [Fact]
    public void Refusing_needs_a_reason_and_keeps_it_with_the_note_in_the_sale_and_its_history()
    {
        var sale = InStatus(SaleStatus.Submitted);
        Assert.False(SaleStateMachine.Decide(sale, new SaleMove(SaleMoveKind.Refuse), Job()).Allowed);
        Assert.False(SaleStateMachine.Decide(sale, SaleMove.Refuse(SaleRefusalReason.InvalidLine, new string('x', 301)), Job()).Allowed);

        SaleStateMachine.Apply(sale, SaleMove.Refuse(SaleRefusalReason.JobNotOnSite, " Job 7 is done. "), Job(), SaleStateMachine.ProcessingActor, Now);

        Assert.Equal(SaleStatus.Refused, sale.Status);
        Assert.Equal(SaleRefusalReason.JobNotOnSite, sale.RefusalReason);
        Assert.Equal("Job 7 is done.", sale.RefusalNote);
        Assert.Equal(Now, sale.FinishedUtc);
        Assert.Equal("The job is no longer on site: Job 7 is done.", sale.History[^1].Note);
        Assert.Equal(SaleStateMachine.ProcessingActor, sale.History[^1].By);
    }

    [Fact]
    public void Every_status_change_is_a_history_line_with_who_when_from_and_to()
    {
        var sale = InStatus(SaleStatus.Processed);

        Assert.Equal(
            [(null, SaleStatus.Draft), (SaleStatus.Draft, SaleStatus.Agreed), (SaleStatus.Agreed, SaleStatus.Submitted), (SaleStatus.Submitted, SaleStatus.Processed)],
            sale.History.Select(h => (h.From, h.To)));
        Assert.Equal(SaleStateMachine.ProcessingActor, sale.History[^1].By);
        Assert.Equal(42, sale.History[^1].SaleId);
        Assert.Equal(4, sale.Version);
    }

    [Fact]
    public void A_refused_sale_is_copied_into_a_new_draft_with_its_lines_and_payment_but_not_its_agreement()
    {
        var refused = InStatus(SaleStatus.Refused, new SalePayment(SalePaymentMethod.ChequeToTechnician, "001234"));

        var copy = SaleStateMachine.CopyAsDraft(refused, Job(), TechnicianId, SaleChannel.TechnicianApp, TechnicianUser, Guid.NewGuid(), Now);

        Assert.Equal(SaleStatus.Draft, copy.Status);
        Assert.Equal(42, copy.CopiedFromSaleId);
        Assert.Equal(refused.Lines.Select(l => (l.CatalogItemId, l.Quantity, l.Fulfilment)), copy.Lines.Select(l => (l.CatalogItemId, l.Quantity, l.Fulfilment)));
        Assert.Equal(refused.TotalMinor, copy.TotalMinor);
        Assert.Equal(new SalePayment(SalePaymentMethod.ChequeToTechnician, "001234"), copy.Payment);
        Assert.Null(copy.AgreedName);
        Assert.Null(copy.RefusalReason);
        Assert.Contains("Copied from refused sale 42", Assert.Single(copy.History).Note, StringComparison.Ordinal);
        Assert.NotSame(refused.Lines[0], copy.Lines[0]);
    }

    [Theory]
    [InlineData(SaleStatus.Draft)]
    [InlineData(SaleStatus.Submitted)]
    [InlineData(SaleStatus.Processed)]
    public void Only_a_refused_sale_is_copied(SaleStatus status)
    {
        var refusal = SaleStateMachine.CopyRefusal(InStatus(status), Job(), TechnicianId);

        Assert.Contains("only a refused sale is copied", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_sale_is_copied_only_onto_a_job_on_site_for_the_same_customer()
    {
        var refused = InStatus(SaleStatus.Refused);
        var otherCustomer = Job();
        otherCustomer.CustomerId = 8;

        Assert.NotNull(SaleStateMachine.CopyRefusal(refused, Job(JobStatus.Done), TechnicianId));
        Assert.NotNull(SaleStateMachine.CopyRefusal(refused, otherCustomer, TechnicianId));
    }

    [Fact]
    public void Each_move_has_its_own_dispatch_event()
    {
        var kinds = Enum.GetValues<SaleMoveKind>().Select(SaleStateMachine.EventKindOf).ToList();

        Assert.Equal(kinds.Count, kinds.Distinct().Count());
        Assert.DoesNotContain(DispatchEventKind.SaleDrafted, kinds);
        Assert.Equal(DispatchEventKind.SaleProcessed, SaleStateMachine.EventKindOf(SaleMoveKind.Process));
    }
}
