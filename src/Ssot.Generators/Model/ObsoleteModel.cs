namespace Ssot.Generators.Model;

/// <summary>How the shims' <c>[Obsolete]</c> reports legacy references.</summary>
internal sealed record ObsoleteModel(string DiagnosticId, string? UrlFormat, bool IsError);
