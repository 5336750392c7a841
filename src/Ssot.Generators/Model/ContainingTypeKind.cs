namespace Ssot.Generators.Model;

/// <summary>How the enclosing type of a nested legacy shim is declared.</summary>
internal enum ContainingTypeKind
{
    /// <summary>No such type exists: the shim brings a static holder class for it.</summary>
    Holder,
    Class,
    Struct,
    Interface,
    RecordClass,
    RecordStruct,
}
