using Xunit;
using Xunit.Abstractions;

namespace Ssot.Generators.Tests.Differential;

/// <summary>
/// A library author renames public types in place and follows the README; the old program, its recompiled source and
/// every target must keep working (see <see cref="RenameDifferential"/> for what is checked, <see cref="RenameCaseGens"/>
/// for what is generated).
/// </summary>
/// <remarks>
/// Run it: <c>dotnet test tests/Ssot.Generators.Tests --filter FullyQualifiedName~RenameDifferentialTests</c>. The one
/// open class of defect, <see cref="RenameDefects.AbstractConstructorPassesThis"/>, is kept out of the cases (see
/// <see cref="ClassSpec"/>) and has its focused tests in <see cref="RenameDefectTests"/>.
/// More cases: <c>SSOT_DIFFERENTIAL_CASES=2000</c>; another series: <c>SSOT_DIFFERENTIAL_SEED=…</c>; one case as printed:
/// <c>CsCheck_Seed=…</c>. The output starts with how many cases showed each class of defect.
/// </remarks>
public sealed class RenameDifferentialTests(ITestOutputHelper output)
{
    public const int DefaultCases = 200;

    [Fact]
    public void Renaming_public_types_in_place_keeps_every_build_old_binary_and_recompiled_consumer_working() =>
        DifferentialSampler.Run(RenameCaseGens.Case, RenameDifferential.Check, DefaultCases, output.WriteLine);
}
