namespace Ssot.Generators.Model;

/// <summary>How a method or property returns its value.</summary>
internal enum RefReturn
{
    ByValue,
    Ref,
    RefReadOnly,
}
