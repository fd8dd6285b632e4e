using System.Security.Claims;
using LocationBoards.Core.Access;
using LocationBoards.Core.Dispatch;
using static LocationBoards.Core.Tests.Dispatch.DispatchScene;

namespace LocationBoards.Core.Tests.Dispatch;

public class DispatchAccessTests
{
    private static ClaimsPrincipal User(string role, params Claim[] claims) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Role, role), .. claims], "test"));

    private static ClaimsPrincipal TechnicianUser(int id) => User(Roles.Technician, new Claim(LocationClaims.TechnicianId, id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Dispatchers_and_admins_make_every_move()
    {
        foreach (var role in new[] { Roles.Dispatcher, Roles.Admin })
        {
            Assert.True(User(role).CanDispatch());
            Assert.All(Enum.GetValues<JobMoveKind>(), move => Assert.True(User(role).MayMove(Job(), move)));
        }
    }

    [Theory]
    [InlineData(JobMoveKind.Start, true)]
    [InlineData(JobMoveKind.Arrive, true)]
    [InlineData(JobMoveKind.Complete, true)]
    [InlineData(JobMoveKind.Assign, false)]
    [InlineData(JobMoveKind.Reassign, false)]
    [InlineData(JobMoveKind.Cancel, false)]
    public void A_technician_moves_their_own_job_along_but_does_not_dispatch(JobMoveKind move, bool may)
    {
        Assert.Equal(may, TechnicianUser(4).MayMove(Job(JobStatus.Assigned, technicianId: 4), move));
        Assert.False(TechnicianUser(4).CanDispatch());
    }

    [Fact]
    public void A_technician_cannot_move_someone_elses_job()
    {
        Assert.False(TechnicianUser(4).MayMove(Job(JobStatus.Assigned, technicianId: 5), JobMoveKind.Start));
    }

    [Fact]
    public void The_technician_id_comes_from_the_claim_only_with_the_technician_role()
    {
        Assert.Equal(4, TechnicianUser(4).TechnicianIdOf());
        Assert.Null(User(Roles.Client, new Claim(LocationClaims.TechnicianId, "4")).TechnicianIdOf());
        Assert.Null(User(Roles.Technician).TechnicianIdOf());
    }

    [Fact]
    public void The_role_list_includes_dispatchers_and_technicians()
    {
        Assert.Contains(Roles.Dispatcher, Roles.All);
        Assert.Contains(Roles.Technician, Roles.All);
    }
}
