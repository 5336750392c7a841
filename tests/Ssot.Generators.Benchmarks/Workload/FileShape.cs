namespace Ssot.Generators.Benchmarks.Workload;

/// <summary>What one synthetic file holds beyond its plain class: the attributes, and the edits a scenario makes.</summary>
/// <param name="Index">The file's number: it names the class, its namespace and its legacy name.</param>
/// <param name="Marked">The class carries <c>[Canonical]</c>, <c>[INotifyPropertyChanged]</c> and one <c>[LoggerMessage]</c> method.</param>
/// <param name="EditValue">The constant in one method body: an unrelated edit changes it.</param>
/// <param name="AddedMember">When set, one more public method (named after the number): a member edit.</param>
/// <param name="LegacyTarget">When set, a method that names the legacy type of that file's class three ways.</param>
public sealed record FileShape(int Index, bool Marked, int EditValue = 7, int? AddedMember = null, int? LegacyTarget = null);
