namespace Ssot.Generators.Model;

internal enum Variance
{
    None,
    In,
    Out,
}
