namespace LocationBoards.Core.Email;

/// <summary>What the background sender records on a message after trying it: sent, or failed and when to try again.</summary>
public static class OutboxDelivery
{
    /// <summary>A new message, due now, with a fresh Message-ID under <paramref name="messageIdDomain"/>.</summary>
    public static OutboxEmail Create(
        OutboxEmailKind kind, string toAddress, string? toName, string subject, string textBody, string htmlBody, DateTime nowUtc,
        string messageIdDomain, long? saleId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(toAddress);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageIdDomain);
        return new OutboxEmail
        {
            MessageId = $"<{Guid.NewGuid():N}@{messageIdDomain.Trim()}>",
            Kind = kind,
            SaleId = saleId,
            ToAddress = toAddress.Trim(),
            ToName = string.IsNullOrWhiteSpace(toName) ? null : OneLine(toName, OutboxEmail.MaxNameLength),
            Subject = OneLine(subject, OutboxEmail.MaxSubjectLength),
            TextBody = textBody,
            HtmlBody = htmlBody,
            CreatedUtc = nowUtc,
            NextAttemptUtc = nowUtc,
        };
    }

    public static void RecordSent(OutboxEmail email, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(email);
        email.SentUtc = nowUtc;
        email.LastError = null;
        email.Version++;
    }

    /// <summary>
    /// One more failed attempt: the error kept (shortened), and either the next attempt after the back-off or, after the
    /// last attempt or a <paramref name="permanent"/> refusal (e.g. an SMTP 5xx for the recipient), given up.
    /// </summary>
    public static void RecordFailure(OutboxEmail email, string error, DateTime nowUtc, OutboxRetryPolicy policy, bool permanent = false)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(policy);
        email.Attempts++;
        email.LastError = string.IsNullOrWhiteSpace(error) ? "Unknown failure."
            : error.Length <= OutboxEmail.MaxErrorLength ? error : error[..OutboxEmail.MaxErrorLength];
        email.FailedPermanently = permanent || email.Attempts >= policy.MaxAttempts;
        email.NextAttemptUtc = nowUtc + policy.DelayAfter(email.Attempts);
        email.Version++;
    }

    /// <summary>
    /// Headers carry one line: line breaks and other control characters become spaces (no header injection), and the
    /// text is shortened to <paramref name="maxLength"/>.
    /// </summary>
    public static string OneLine(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = new string([.. text.Select(c => char.IsControl(c) ? ' ' : c)]).Trim();
        return line.Length <= maxLength ? line : string.Concat(line.AsSpan(0, maxLength - 1), "…");
    }
}
