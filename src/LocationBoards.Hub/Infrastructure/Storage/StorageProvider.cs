namespace LocationBoards.Hub.Infrastructure.Storage;

public enum StorageProvider
{
    Sqlite,
}
