namespace Ssot.Generators.Model;

/// <summary>What became of one alias candidate; <paramref name="Detail"/> names what it clashed with.</summary>
internal sealed record AliasDecision(AliasCandidate Candidate, AliasSkip Skip, string Detail)
{
    public bool IsEmitted => Skip == AliasSkip.None;
}
