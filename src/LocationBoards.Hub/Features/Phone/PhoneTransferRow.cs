using LocationBoards.Core.Phone;

namespace LocationBoards.Hub.Features.Phone;

public sealed record PhoneTransferRow(DateTime TransferredUtc, string Caller, string? CustomerName, PhoneTransferReason Reason);
