namespace LocationBoards.Hub.Features.Admin.Users;

/// <summary>
/// The roles a person holds and the locations those roles are about: staff of exactly one location,
/// supervisor of one or more. Claims for a role the person does not hold are not kept.
/// </summary>
public sealed class UserAccessChoice
{
    public IEnumerable<string> Roles { get; set; } = [];

    public int? StaffOfLocationId { get; set; }

    public IEnumerable<int> SupervisedLocationIds { get; set; } = [];
}
