namespace Ssot.Generators.Tests.Differential;

/// <summary>
/// The classes of defect the differential test finds today, named once for the skip reasons. Each has focused tests
/// with its minimal case in <see cref="RenameDefectTests"/>; when they pass, the class goes from this list.
/// </summary>
internal static class RenameDefects
{
    public const string AbstractConstructorPassesThis = "A class renamed in place whose shim is a subclass (abstract, or built to be derived from) and whose constructor passes 'this' where the old name is expected does not compile (CS1503): the canonical 'this' is no instance of its subclass shim";
}
