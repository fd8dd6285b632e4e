using MimeKit;

namespace LocationBoards.Hub.Features.Email;

/// <summary>
/// Writes each message as an .eml file in a folder, named after its Message-ID: a message sent again replaces its file
/// instead of adding a second one. A file appears whole (written under a temporary name, then renamed), so a program
/// that picks up *.eml never reads half a message.
/// </summary>
public sealed class PickupFolderTransport(string folder) : IMailTransport
{
    public string Folder { get; } = folder;

    public string Description => $"pickup folder {Folder}";

    public Task<IMailSession> OpenAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        return Task.FromResult<IMailSession>(new Session(Folder));
    }

    /// <summary>The file a message with this Message-ID is written to.</summary>
    public static string FileNameFor(string messageId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        var bare = messageId.Trim().TrimStart('<').TrimEnd('>');
        var safe = new string([.. bare.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '@' ? c : '_')]);
        return safe + ".eml";
    }

    private sealed class Session(string folder) : IMailSession
    {
        public bool IsUsable => true;

        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            var path = Path.Combine(folder, FileNameFor(message.MessageId ?? throw new UnsendableMessageException("The message has no Message-ID.")));
            var temporary = Path.Combine(folder, $".{Guid.NewGuid():N}.tmp");
            try
            {
                await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 16 * 1024, useAsync: true))
                {
                    await message.WriteToAsync(file, cancellationToken);
                    await file.FlushAsync(cancellationToken);
                    file.Flush(flushToDisk: true);
                }

                File.Move(temporary, path, overwrite: true);
            }
            finally
            {
                File.Delete(temporary);
            }
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
