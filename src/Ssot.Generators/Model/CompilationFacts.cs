namespace Ssot.Generators.Model;

/// <summary>Facts about the compilation that decide how generated code is written.</summary>
/// <param name="LanguageVersion">The effective C# language version as a number (7.3 → 703, 10 → 1000).</param>
/// <param name="HasDependencyInjection">Whether <c>IServiceCollection</c> and its <c>TryAdd</c> extensions are referenced.</param>
/// <param name="ObsoleteHasDiagnosticId">Whether <c>ObsoleteAttribute</c> has <c>DiagnosticId</c> and <c>UrlFormat</c>.</param>
/// <param name="HasNotNullIfNotNull">Whether <c>NotNullIfNotNullAttribute</c> is available.</param>
/// <param name="HasUnsafeAccessor">Whether <c>UnsafeAccessorAttribute</c> is available, so init accessors can be forwarded.</param>
/// <param name="HasGenericUnsafeAccessor">Whether the runtime's <c>UnsafeAccessor</c> reaches members of generic types (.NET 9 and later).</param>
/// <param name="AssemblyIdentifier">The assembly name made into an identifier, for names that must differ between projects.</param>
/// <param name="IsLibrary">Whether the compilation is a library, whose public signatures other assemblies are compiled against.</param>
/// <param name="HasRuntimeUninitializedObject">Whether <c>RuntimeHelpers.GetUninitializedObject</c> exists (.NET 5 and later; before, <c>FormatterServices</c> has it).</param>
/// <param name="HasSetsRequiredMembers">Whether <c>SetsRequiredMembersAttribute</c> is available (.NET 7 and later, or a polyfill).</param>
internal sealed record CompilationFacts(
    int LanguageVersion,
    bool HasDependencyInjection,
    bool ObsoleteHasDiagnosticId,
    bool HasNotNullIfNotNull,
    bool HasUnsafeAccessor,
    bool HasGenericUnsafeAccessor,
    string AssemblyIdentifier,
    bool IsLibrary = true,
    bool HasRuntimeUninitializedObject = true,
    bool HasSetsRequiredMembers = true)
{
    /// <summary>C# 11, the first with required members.</summary>
    public const int RequiredMembersVersion = 1100;

    /// <summary>C# 8, the first with nullable reference types.</summary>
    public const int NullableVersion = 800;

    /// <summary>C# 10, the first with global using directives.</summary>
    public const int GlobalUsingsVersion = 1000;

    public bool SupportsNullable => LanguageVersion >= NullableVersion;

    /// <summary>
    /// Whether a facade can declare required members: C# 11, and a way for its own constructor that wraps an existing
    /// instance to say that it sets them.
    /// </summary>
    public bool CanDeclareRequired => LanguageVersion >= RequiredMembersVersion && HasSetsRequiredMembers;
}
