using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Features.Email;

/// <summary>
/// Drains the outbox in the background: at once when woken (<see cref="OutboxSignal"/>), when the next back-off ends,
/// and every poll interval besides (messages written by another node). A failing pass is logged and tried again.
/// </summary>
public sealed partial class OutboxSender(
    OutboxDrainer drainer, OutboxSignal signal, IMailTransport transport, IOptions<EmailOptions> options, ILogger<OutboxSender> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.SenderEnabled)
        {
            LogDisabled();
            return;
        }

        LogStarted(transport.Description);
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = settings.PollInterval;
            try
            {
                await drainer.DrainDueAsync(stoppingToken);
                if (await drainer.TimeUntilNextDueAsync(stoppingToken) is { } untilDue && untilDue < wait)
                {
                    wait = untilDue;
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested && ex is not OutOfMemoryException)
            {
                LogPassFailed(ex);
            }

            try
            {
                await signal.WaitAsync(wait, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Email: the outbox is sent to the {Transport}")]
    private partial void LogStarted(string transport);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Email: the outbox sender is off (Email:SenderEnabled is false); messages wait in the outbox")]
    private partial void LogDisabled();

    [LoggerMessage(Level = LogLevel.Error, Message = "Email: a pass over the outbox failed; trying again shortly")]
    private partial void LogPassFailed(Exception exception);
}
