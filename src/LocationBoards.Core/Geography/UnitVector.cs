namespace LocationBoards.Core.Geography;

/// <summary>A point on the unit sphere in earth-centred coordinates.</summary>
public readonly record struct UnitVector(double X, double Y, double Z)
{
    public double SquaredChordTo(UnitVector other)
    {
        var dx = X - other.X;
        var dy = Y - other.Y;
        var dz = Z - other.Z;
        return (dx * dx) + (dy * dy) + (dz * dz);
    }

    public double this[int axis] => axis switch
    {
        0 => X,
        1 => Y,
        2 => Z,
        _ => throw new ArgumentOutOfRangeException(nameof(axis)),
    };
}
