using System.Collections.Immutable;
using System.Linq;
using System.Text;

namespace Ssot.Generators.Tests.Differential;

/// <summary>
/// One random library as its v1 shipped it, which of its classes v2 renames in place, and the program written against
/// v1 (see <see cref="LibraryRenderer"/> and <see cref="ConsumerRenderer"/> for the text).
/// </summary>
/// <param name="Namespace">The library's (and so the legacy) namespace.</param>
/// <param name="PoolTarget">
/// The inheritable class generic constraints name (<c>where TItem : Old</c>) in the library and in the consumer, if any.
/// </param>
/// <param name="ClsCompliant">The library says <c>[assembly: CLSCompliant(true)]</c>.</param>
/// <param name="ConsumerUsingInside">The consumer imports the library namespace inside its namespace declaration.</param>
internal sealed record RenameCase(
    string Namespace,
    ImmutableArray<ClassSpec> Classes,
    ImmutableArray<InterfaceSpec> Interfaces,
    ImmutableArray<ExtensionSpec> Extensions,
    int? PoolTarget,
    bool ClsCompliant,
    bool ConsumerUsingInside)
{
    public const string LibraryAssembly = "Acme.Library";

    public const string ConsumerAssembly = "Acme.Consumer";

    public string SiblingNamespace => Namespace.Contains('.') ? Namespace.Substring(0, Namespace.LastIndexOf('.')) + ".Extras" : Namespace + "Extras";

    public string NestedNamespace => Namespace + ".Extensions";

    public bool HasRegistry => Classes.Any(c => c.Reentrant);

    public ClassSpec Class(int index) => Classes[index];

    /// <summary>The case as a failing test prints it: what v2 renames, then every file of v1, v2 and the consumer.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append("Renamed in v2: ")
            .Append(string.Join(", ", Classes.Where(c => c.IsRenamed).Select(c => Namespace + "." + c.Name + " -> " + c.NewName)))
            .Append('\n');
        Append(text, "v1", LibraryRenderer.Render(this, v2: false));
        Append(text, "v2 (only the files that differ)", LibraryRenderer.Render(this, v2: true).Except(LibraryRenderer.Render(this, v2: false)));
        Append(text, "consumer", ConsumerRenderer.Render(this));
        return text.ToString();
    }

    private static void Append(StringBuilder text, string title, System.Collections.Generic.IEnumerable<SourceFile> files)
    {
        foreach (SourceFile file in files)
        {
            text.Append("// ==== ").Append(title).Append(": ").Append(file.Path).Append('\n').Append(file.Text);
        }
    }
}
