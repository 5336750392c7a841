namespace Ssot.Generators.Tests.Properties;

/// <summary>The declaration kinds a random canonical type can have.</summary>
internal enum CaseKind
{
    Class,
    SealedClass,
    AbstractClass,
    StaticClass,
    Struct,
    Record,
    RecordStruct,
    Interface,
}
