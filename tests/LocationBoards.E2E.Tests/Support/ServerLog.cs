using Microsoft.Extensions.Logging;

namespace LocationBoards.E2E.Tests.Support;

/// <summary>
/// The hub's warnings and errors during end-to-end runs, appended to one file beside the test output
/// (e2e-server.log), so a journey that fails in the browser can be read from the server's side.
/// </summary>
public sealed class ServerLog : ILoggerProvider
{
    private static readonly Lock Gate = new();

    public static string FilePath { get; } = Path.Combine(AppContext.BaseDirectory, "e2e-server.log");

    public ILogger CreateLogger(string categoryName) => new Writer(categoryName);

    public void Dispose()
    {
    }

    private sealed class Writer(string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            lock (Gate)
            {
                File.AppendAllText(FilePath, $"{DateTime.UtcNow:O} {logLevel} {category}: {formatter(state, exception)}{Environment.NewLine}{exception}{Environment.NewLine}");
            }
        }
    }
}
