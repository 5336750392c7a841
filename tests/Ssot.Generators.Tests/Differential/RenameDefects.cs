namespace Ssot.Generators.Tests.Differential;

/// <summary>
/// The classes of defect the differential test finds today, named once for the skip reasons. Each has focused tests
/// with its minimal case in <see cref="RenameDefectTests"/>; when they pass, the class goes from this list.
/// </summary>
internal static class RenameDefects
{
    public const string ClsCompliant = "[Canonical(\"…\")] is CS3016 in a [assembly: CLSCompliant(true)] library (its params string[] constructor)";

    public const string SealedFacadeForInheritableClass = "An unsealed class gets a sealed facade: deriving from the old name (library, consumer, old binary) and 'where T : Old' break";

    public const string AbstractConstructorPassesThis = "An abstract class renamed in place whose constructor passes 'this' where the old name is expected does not compile (CS1503): the canonical 'this' is no instance of its subclass shim";

    public const string OpenClasses = "Open defects: " + ClsCompliant + "; " + SealedFacadeForInheritableClass + "; "
        + AbstractConstructorPassesThis;
}
