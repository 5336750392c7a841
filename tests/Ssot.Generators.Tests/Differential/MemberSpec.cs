namespace Ssot.Generators.Tests.Differential;

/// <summary>A member of a library class: its kind, the class it names (an index into the case's classes) and a number it uses.</summary>
internal sealed record MemberSpec(ApiMember Kind, int Other, int Number);
