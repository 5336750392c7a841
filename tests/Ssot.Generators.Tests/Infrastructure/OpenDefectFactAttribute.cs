using System;
using Xunit;

namespace Ssot.Generators.Tests.Infrastructure;

/// <summary>
/// A test of a defect the product still has: skipped with <paramref name="reason"/>, unless the environment sets
/// <c>SSOT_RUN_OPEN_DEFECTS=1</c>, so that whoever fixes the product can run it until it passes (then it becomes a
/// plain <c>[Fact]</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OpenDefectFactAttribute : FactAttribute
{
    public const string Variable = "SSOT_RUN_OPEN_DEFECTS";

    public OpenDefectFactAttribute(string reason)
    {
        if (Environment.GetEnvironmentVariable(Variable) != "1")
        {
            Skip = reason + " (set " + Variable + "=1 to run it)";
        }
    }
}
