namespace Ssot.Generators.Tests.Differential;

/// <summary>A member of a library interface over one library class T; the consumer implements it, the library calls it.</summary>
internal enum InterfaceMember
{
    /// <summary><c>string Visit(T item)</c></summary>
    Visit,

    /// <summary><c>T? Pick(T[] items)</c></summary>
    Pick,

    /// <summary><c>int Total(List&lt;T&gt; items)</c></summary>
    Total,

    /// <summary><c>string Map(Func&lt;T, string&gt; map, T item)</c></summary>
    Map,
}
