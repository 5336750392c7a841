using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Ssot.Generators.Model;

namespace Ssot.Generators.Reading;

/// <summary>
/// Reads the facts about a compilation that decide how generated code is written: from its references and options,
/// and from the types its source declares (a polyfill of an attribute). The compilation may be one an earlier edit
/// made (the references-only step keeps it), so its own source is never asked: the declarations are.
/// </summary>
internal static class CompilationFactsReader
{
    public static CompilationFacts Read(Compilation compilation, SourceDeclarations declarations)
    {
        bool HasType(string metadataName) => HasReferencedType(compilation, metadataName) || declarations.Types.Any(t => t.MetadataName == metadataName);

        int languageVersion = LanguageVersionOf(compilation);
        INamedTypeSymbol? obsolete = compilation.GetSpecialTypeOrNull("System.ObsoleteAttribute");
        bool hasUnsafeAccessor = HasType("System.Runtime.CompilerServices.UnsafeAccessorAttribute");
        return new CompilationFacts(
            LanguageVersion: languageVersion,
            HasDependencyInjection: HasType("Microsoft.Extensions.DependencyInjection.IServiceCollection")
                && HasType("Microsoft.Extensions.DependencyInjection.Extensions.ServiceCollectionDescriptorExtensions"),
            ObsoleteHasDiagnosticId: obsolete?.GetMembers("DiagnosticId").Any() == true && obsolete.GetMembers("UrlFormat").Any(),
            HasNotNullIfNotNull: HasType("System.Diagnostics.CodeAnalysis.NotNullIfNotNullAttribute"),
            HasUnsafeAccessor: hasUnsafeAccessor,

            // .NET 9 brought both System.Threading.Lock and UnsafeAccessor support for generic types.
            HasGenericUnsafeAccessor: hasUnsafeAccessor && HasType("System.Threading.Lock"),
            AssemblyIdentifier: Identifier(compilation.AssemblyName ?? "Assembly"),
            IsLibrary: compilation.Options.OutputKind is OutputKind.DynamicallyLinkedLibrary or OutputKind.NetModule or OutputKind.WindowsRuntimeMetadata,
            HasRuntimeUninitializedObject: compilation.GetSpecialTypeOrNull("System.Runtime.CompilerServices.RuntimeHelpers")?.GetMembers("GetUninitializedObject").Any() == true,
            HasSetsRequiredMembers: HasType("System.Diagnostics.CodeAnalysis.SetsRequiredMembersAttribute"));
    }

    public static int LanguageVersionOf(Compilation compilation) =>
        compilation is CSharpCompilation csharp ? LanguageVersionNumber(csharp.LanguageVersion) : 0;

    /// <summary>The C# version as a number that compares in order: 7.3 → 703, 10 → 1000, preview → int.MaxValue.</summary>
    public static int LanguageVersionNumber(LanguageVersion version) => version switch
    {
        LanguageVersion.Preview => int.MaxValue,
        LanguageVersion.CSharp7_1 => 701,
        LanguageVersion.CSharp7_2 => 702,
        LanguageVersion.CSharp7_3 => 703,
        _ => (int)version < 100 ? (int)version * 100 : (int)version,
    };

    private static bool HasReferencedType(Compilation compilation, string metadataName) => compilation.GetSpecialTypeOrNull(metadataName) is not null;

    private static INamedTypeSymbol? GetSpecialTypeOrNull(this Compilation compilation, string metadataName)
    {
        // Any public definition in a referenced assembly will do: the generated code names the type, and the compiler
        // picks it the same way. The project's own types are the declarations' to say.
        foreach (INamedTypeSymbol type in compilation.GetTypesByMetadataName(metadataName))
        {
            if (type.DeclaredAccessibility == Accessibility.Public && !SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly))
            {
                return type;
            }
        }

        return null;
    }

    private static string Identifier(string assemblyName)
    {
        var text = new StringBuilder();
        bool upper = true;
        foreach (char c in assemblyName)
        {
            if (char.IsLetterOrDigit(c) || c == '_')
            {
                text.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        if (text.Length == 0 || char.IsDigit(text[0]))
        {
            text.Insert(0, '_');
        }

        return text.ToString();
    }
}
