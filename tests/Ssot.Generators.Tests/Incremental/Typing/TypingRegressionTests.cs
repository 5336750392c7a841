using Xunit;

namespace Ssot.Generators.Tests.Incremental.Typing;

/// <summary>
/// Defects <see cref="TypingFuzzTests"/> found, each kept as the shrunk chain it printed. A defect not fixed yet is an
/// <see cref="OpenDefectFactAttribute"/> (<c>SSOT_RUN_OPEN_DEFECTS=1</c> runs it), and the edit that shows it is kept out
/// of the random chains (see <see cref="Knobs"/>) until it is fixed, so the fuzz keeps exploring the rest.
/// </summary>
public sealed class TypingRegressionTests
{
    [Fact]
    public void Typing_a_NotNullIfNotNull_polyfill_into_a_netstandard_project_changes_the_facade_as_a_build_does()
    {
        // Was: the kept driver wrote the facade's conversions without [return: NotNullIfNotNull] and without their '?'
        // until a reference or an option changed; a build writes them with both. CompilationFacts came from the
        // compilation the references-only provider kept, whose source is an earlier edit's; the source's part of them
        // now comes from the declarations.
        AssertSameAsFresh("""
            start: Framework=netstandard2.0
            edit: Polyfill=On
            """);
    }

    [Fact]
    public void Deleting_a_NotNullIfNotNull_polyfill_from_a_netstandard_project_changes_the_facade_as_a_build_does()
    {
        // Was: the kept driver still wrote [return: global::System.Diagnostics.CodeAnalysis.NotNullIfNotNull(...)],
        // which no longer binds: errors in generated code that only the IDE shows.
        AssertSameAsFresh("""
            start: Framework=netstandard2.0; Polyfill=On
            edit: Polyfill=Off
            """);
    }

    private static void AssertSameAsFresh(string chain)
    {
        DifferentialMismatch? mismatch = DifferentialRunner.Product.FirstMismatch(TypingChain.Parse(chain));
        Assert.True(mismatch is null, mismatch?.ToString());
    }
}
