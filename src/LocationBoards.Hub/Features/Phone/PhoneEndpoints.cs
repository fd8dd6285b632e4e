using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Features.Phone;

/// <summary>The phone line's webhook: the telephony provider posts each step of a call here.</summary>
public static partial class PhoneEndpoints
{
    public const string VoicePath = "/api/phone/voice";

    public static void MapPhoneEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // The provider cannot sign in: its requests prove themselves with a signature instead.
        app.MapPost(VoicePath, AnswerAsync)
            .AllowAnonymous()
            .DisableAntiforgery()
            .WithTags("Phone line")
            .WithSummary("Voice webhook (TwiML-style): posts From, To, CallSid and Digits, signed with X-Twilio-Signature.");
    }

    private static async Task<IResult> AnswerAsync(HttpContext http, PhoneConversation conversation, IOptions<PhoneOptions> options, ILoggerFactory loggers)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var fields = form.Select(f => new KeyValuePair<string, string>(f.Key, f.Value.ToString())).ToList();
        var url = string.IsNullOrWhiteSpace(options.Value.PublicUrl)
            ? $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{http.Request.Path}{http.Request.QueryString}"
            : options.Value.PublicUrl;
        if (!ProviderSignature.IsValid(options.Value.WebhookSecret, url, fields, http.Request.Headers[ProviderSignature.Header]))
        {
            LogRefused(loggers.CreateLogger(typeof(PhoneEndpoints)));
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var callSid = form["CallSid"].ToString();
        if (string.IsNullOrWhiteSpace(callSid) || callSid.Length > 64)
        {
            return Results.Problem(title: "A call needs its CallSid.", statusCode: StatusCodes.Status400BadRequest);
        }

        var twiml = await conversation.AnswerAsync(
            new PhoneRequest(callSid, form["From"].ToString(), form["To"].ToString(), form["Digits"].ToString()),
            url,
            http.RequestAborted);
        return Results.Content(twiml, "application/xml; charset=utf-8");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A phone webhook request without a valid provider signature was refused")]
    private static partial void LogRefused(ILogger logger);
}
