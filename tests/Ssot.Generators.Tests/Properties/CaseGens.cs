using CsCheck;

namespace Ssot.Generators.Tests.Properties;

/// <summary>Random cases: one to three canonical types, with or without dependency injection referenced.</summary>
internal static class CaseGens
{
    public static Gen<CanonicalCase> Case { get; } =
        from count in Gen.Frequency((5, Gen.Const(1)), (3, Gen.Const(2)), (2, Gen.Const(3)))
        from types in TypeGens.Type.Array[count]
        from withDependencyInjection in Gen.Int[0, 9].Select(i => i > 0)
        select CaseAssembler.Assemble(types, withDependencyInjection);
}
