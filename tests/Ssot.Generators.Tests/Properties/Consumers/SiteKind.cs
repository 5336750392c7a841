namespace Ssot.Generators.Tests.Properties.Consumers;

/// <summary>A position in consumer code where a legacy type is named.</summary>
internal enum SiteKind
{
    Field,
    Property,
    ParameterAndReturn,
    Local,
    New,
    Typeof,
    Nameof,
    ListArgument,
    FuncArgument,
    GenericMethodArgument,
    Array,
    Nullable,
    Tuple,
    Cast,
    IsPattern,
    As,
    BaseList,
    Constraint,
    Delegate,
    AttributeShort,
    AttributeLong,
    StaticMember,
    UsingStatic,
    UsingAlias,
    Cref,
    BoxOf,
}
