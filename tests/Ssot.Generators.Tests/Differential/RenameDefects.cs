namespace Ssot.Generators.Tests.Differential;

/// <summary>
/// The classes of defect the differential test finds today, named once for the skip reasons. Each has focused tests
/// with its minimal case in <see cref="RenameDefectTests"/>; when they pass, the class goes from this list.
/// </summary>
internal static class RenameDefects
{
    public const string NullableReportedTwice = "A 'Legacy?' is reported twice: the compiler's obsolete report covers the '?', so the suppressor misses it (netstandard2.0: CS0618, which fails the build)";

    public const string ClsCompliant = "[Canonical(\"…\")] is CS3016 in a [assembly: CLSCompliant(true)] library (its params string[] constructor)";

    public const string SealedFacadeForInheritableClass = "An unsealed class gets a sealed facade: deriving from the old name (library, consumer, old binary) and 'where T : Old' break";

    public const string FacadeIncomplete = "Facades drop members whose v2 signature still says a legacy name, and static readonly fields: old binaries get MissingMethodException / MissingFieldException";

    public const string ReentrantConstructor = "A constructor that passes 'this' where the old name is expected: the facade throws ArgumentException (duplicate key), a subclass shim does not compile (CS1503)";

    public const string OneNameTwoTypes = "One simple name, two types in one compilation: a file importing the legacy namespace at its top gets the alias, and its public signatures change silently";

    public const string RecompiledConsumerBreaks = "A consumer recompiled against v2 does not build: the alias makes the old name the canonical type where the library's signatures take the shim (CS0535, CS1503, CS1929, CS0266, CS0311)";

    public const string FormatRewritesPublicApi = "The README's format step rewrites the library's public signatures (no SSOT0005): old binaries fail, or crash the process when a base type changes";

    public const string AliasBoundNotReported = "Names bound through the alias are not reported (no SSOT0006)";

    public const string OpenClasses = "Open defects: " + NullableReportedTwice + "; " + ClsCompliant + "; " + SealedFacadeForInheritableClass + "; " + FacadeIncomplete + "; "
        + ReentrantConstructor + "; " + OneNameTwoTypes + "; " + RecompiledConsumerBreaks + "; " + FormatRewritesPublicApi + "; " + AliasBoundNotReported;
}
