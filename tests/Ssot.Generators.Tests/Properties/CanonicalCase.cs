using System.Collections.Immutable;
using System.Linq;
using Ssot.Generators.Tests.Infrastructure;

namespace Ssot.Generators.Tests.Properties;

/// <summary>One random input of the property: canonical types, and whether dependency injection is referenced.</summary>
internal sealed record CanonicalCase(ImmutableArray<CanonicalTypeSpec> Types, bool WithDependencyInjection)
{
    /// <summary>The case as a reader (and a failing test's output) sees it: every source file, the legacy references last.</summary>
    public override string ToString()
    {
        CaseExpectations expected = CaseRun.Declare(this, new TestCompilation { WithDependencyInjection = WithDependencyInjection }).Expected;
        return "DI: " + WithDependencyInjection + "\n"
            + string.Concat(CaseRenderer.Render(this).Skip(1).Select(f => "// ---- " + f.Path + "\n" + f.Text))
            + "// ---- " + CaseRenderer.UsageFile + "\n" + CaseRenderer.RenderUsage(expected.Shims.Select(s => s.Legacy));
    }
}
