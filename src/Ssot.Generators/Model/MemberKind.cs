namespace Ssot.Generators.Model;

internal enum MemberKind
{
    Method,
    Property,
    Indexer,
    Event,
    Constant,
    Operator,
}
