namespace Ssot.Generators.Tests.Infrastructure;

/// <summary>The reference assemblies a test compilation is built against.</summary>
public enum TargetFramework
{
    /// <summary>.NET 10: <c>ObsoleteAttribute.DiagnosticId</c>, <c>UnsafeAccessor</c>, nullable attributes.</summary>
    Net100,

    /// <summary>netstandard2.0: no <c>DiagnosticId</c>, no nullable attributes.</summary>
    NetStandard20,

    /// <summary>.NET Framework 4.7.2.</summary>
    Net472,
}
