using LocationBoards.Core.Email;

namespace LocationBoards.Core.Tests.Email;

public class OutboxDeliveryTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 20, 0, 0, DateTimeKind.Utc);

    private static readonly OutboxRetryPolicy Policy = new() { MaxAttempts = 4, FirstDelay = TimeSpan.FromSeconds(10), MaxDelay = TimeSpan.FromSeconds(25) };

    private static OutboxEmail Email() =>
        OutboxDelivery.Create(OutboxEmailKind.SaleToSalesDivision, " sales@example.com ", null, "Sale 1", "text", "<p>html</p>", Now, "hub.example.com", 1);

    [Fact]
    public void A_new_message_is_due_now_untried_with_its_own_message_id()
    {
        var email = Email();

        Assert.True(email.IsPending);
        Assert.Equal((0, Now, Now), (email.Attempts, email.NextAttemptUtc, email.CreatedUtc));
        Assert.Equal("sales@example.com", email.ToAddress);
        Assert.NotEqual(email.MessageId, Email().MessageId);
    }

    [Fact]
    public void Failures_back_off_doubling_up_to_the_maximum_then_give_up()
    {
        var email = Email();
        var waits = new List<TimeSpan>();
        for (var i = 0; i < 4; i++)
        {
            OutboxDelivery.RecordFailure(email, "421 Service not available", Now, Policy);
            waits.Add(email.NextAttemptUtc - Now);
        }

        Assert.Equal([TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(25), TimeSpan.FromSeconds(25)], waits);
        Assert.True(email.FailedPermanently);
        Assert.False(email.IsPending);
        Assert.Equal("421 Service not available", email.LastError);
        Assert.Equal(4, email.Version);
    }

    [Fact]
    public void A_permanent_refusal_gives_up_at_once()
    {
        var email = Email();

        OutboxDelivery.RecordFailure(email, "550 No such user", Now, Policy, permanent: true);

        Assert.True(email.FailedPermanently);
        Assert.Equal(1, email.Attempts);
    }

    [Fact]
    public void A_sent_message_is_no_longer_pending_and_forgets_its_last_error()
    {
        var email = Email();
        OutboxDelivery.RecordFailure(email, "timeout", Now, Policy);

        OutboxDelivery.RecordSent(email, Now.AddMinutes(1));

        Assert.Equal(Now.AddMinutes(1), email.SentUtc);
        Assert.Null(email.LastError);
        Assert.False(email.IsPending);
    }

    [Fact]
    public void A_long_error_is_shortened()
    {
        var email = Email();

        OutboxDelivery.RecordFailure(email, new string('e', 5000), Now, Policy);

        Assert.Equal(OutboxEmail.MaxErrorLength, email.LastError!.Length);
    }

    [Fact]
    public void The_default_policy_is_sound_and_a_broken_one_says_what_is_wrong()
    {
        Assert.Empty(new OutboxRetryPolicy().Problems());
        Assert.Equal(2, new OutboxRetryPolicy { MaxAttempts = 0, FirstDelay = TimeSpan.Zero }.Problems().Count);
    }
}
