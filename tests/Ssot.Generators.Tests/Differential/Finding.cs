namespace Ssot.Generators.Tests.Differential;

/// <summary>
/// One way a case broke the contract. <paramref name="Defect"/> names the class of defect the same way in every case
/// (so runs can be counted by class); <paramref name="Detail"/> says where and what, for this case.
/// </summary>
internal sealed record Finding(string Defect, string Detail)
{
    public override string ToString() => "[" + Defect + "]\n" + Detail;
}
