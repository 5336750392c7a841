namespace Ssot.Generators.Tests.Differential;

/// <summary>
/// The classes of defect the differential test finds today, named once for the skip reasons. Each has focused tests
/// with its minimal case in <see cref="RenameDefectTests"/>; when they pass, the class goes from this list.
/// </summary>
internal static class RenameDefects
{
    public const string NullableReportedTwice = "A 'Legacy?' is reported twice: the compiler's obsolete report covers the '?', so the suppressor misses it (netstandard2.0: CS0618, which fails the build)";

    public const string AbstractConstructorPassesThis = "A class renamed in place whose shim is a subclass (abstract, or built to be derived from) and whose constructor passes 'this' where the old name is expected does not compile (CS1503): the canonical 'this' is no instance of its subclass shim";

    public const string FormatRewritesPublicApi = "The README's format step rewrites the library's public signatures (no SSOT0005): old binaries fail, or crash the process when a base type changes";

    public const string AliasBoundNotReported = "Names bound through the alias are not reported (no SSOT0006)";

    public const string IdentityThroughFacade = "A renamed class's own code that compares 'this' with a parameter of the old name (ReferenceEquals) compares the canonical instance with its facade: always false, with no diagnostic";

    public const string OpenClasses = "Open defects: " + NullableReportedTwice + "; "
        + AbstractConstructorPassesThis + "; " + FormatRewritesPublicApi + "; " + AliasBoundNotReported + "; " + IdentityThroughFacade;
}
