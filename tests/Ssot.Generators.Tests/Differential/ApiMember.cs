namespace Ssot.Generators.Tests.Differential;

/// <summary>
/// One member a library class can carry. Most name another class of the library (<see cref="MemberSpec.Other"/>), so
/// the types name each other in signatures the way a real API does.
/// </summary>
internal enum ApiMember
{
    /// <summary><c>string Pair(O other)</c></summary>
    Pair,

    /// <summary><c>string Maybe(O? other)</c></summary>
    Maybe,

    /// <summary><c>int Count(O[] items)</c></summary>
    Count,

    /// <summary><c>string Join(List&lt;O&gt; items)</c></summary>
    Join,

    /// <summary><c>string Apply(Func&lt;O, string&gt; map, O item)</c></summary>
    Apply,

    /// <summary><c>O Make(int value)</c>, for a constructible O.</summary>
    Make,

    /// <summary><c>O? Find(int value)</c>, for a constructible O.</summary>
    Find,

    /// <summary><c>O? Partner { get; set; }</c></summary>
    Partner,

    /// <summary><c>static string Show(O? item)</c></summary>
    Show,

    /// <summary><c>static S Create(int value)</c>, for a constructible S.</summary>
    Create,

    /// <summary><c>static readonly S Default</c>, for a constructible S.</summary>
    Default,

    /// <summary><c>static readonly int Seed</c></summary>
    Seed,

    /// <summary><c>const int Limit</c> and <c>const string Label</c></summary>
    Constants,

    /// <summary><c>static int Created { get; private set; }</c>, counted by the constructor.</summary>
    Created,

    /// <summary><c>bool Same(S other)</c>: reference identity, which a wrapper could break.</summary>
    Same,
}
