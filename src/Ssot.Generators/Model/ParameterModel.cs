using Ssot.Generators.Helpers;

namespace Ssot.Generators.Model;

/// <summary>One parameter of a forwarded member or mirrored constructor.</summary>
/// <param name="Name">The name (escaped).</param>
/// <param name="Type">The type.</param>
/// <param name="RefKind">How it is passed.</param>
/// <param name="IsParams">Whether it is a <c>params</c> parameter.</param>
/// <param name="IsThis">Whether it is the receiver of an extension method.</param>
/// <param name="IsScoped">Whether it is declared <c>scoped</c> (never for <c>out</c> and <c>params</c>: they are scoped implicitly).</param>
/// <param name="Default">The default value, or <see langword="null"/>.</param>
/// <param name="SuppressNullDefault">Whether a <c>null</c> default of a non-nullable type keeps its <c>!</c> (<c>null!</c>).</param>
/// <param name="Attributes">Attributes that must travel with the parameter (nullable flow, caller info).</param>
internal sealed record ParameterModel(
    string Name,
    TypeRef Type,
    ParameterRefKind RefKind,
    bool IsParams,
    bool IsThis,
    bool IsScoped,
    ConstantModel? Default,
    bool SuppressNullDefault,
    EquatableArray<AttributeModel> Attributes);
