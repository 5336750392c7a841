using System;
using System.Reflection;
using Xunit;
using Xunit.Sdk;

namespace Ssot.Generators.Tests.Infrastructure;

/// <summary>
/// A compiled and loaded test assembly holding a static <c>Probe</c> class (global namespace) written the way old code
/// uses a legacy type; tests call its methods by reflection and assert on what they return.
/// </summary>
public sealed class ProbeAssembly
{
    public const string ProbeTypeName = "Probe";

    private ProbeAssembly(Assembly assembly, GeneratorResult? result)
    {
        Assembly = assembly;
        Result = result;
    }

    public Assembly Assembly { get; }

    /// <summary>The generator run the assembly came from, when it was compiled here.</summary>
    public GeneratorResult? Result { get; }

    /// <summary>
    /// Runs the generator, asserts the output compiles, and loads it. Probes are legacy code on purpose: their legacy
    /// references, legacy using lines and hand-written registrations may warn (SSOT0001–SSOT0003).
    /// </summary>
    public static ProbeAssembly Compile(string source, TestCompilation? options = null)
    {
        GeneratorResult result = GeneratorRunner.Run(source, options).ShouldCompile("SSOT0001", "SSOT0002", "SSOT0003");
        return new ProbeAssembly(result.Load(), result);
    }

    /// <summary>Wraps an assembly that was loaded some other way.</summary>
    public static ProbeAssembly From(Assembly assembly) => new(assembly, result: null);

    /// <summary>A type of the loaded assembly by its full metadata name.</summary>
    public Type Type(string fullName) =>
        Assembly.GetType(fullName, throwOnError: false) ?? throw new XunitException("No type '" + fullName + "' in " + Assembly.FullName);

    /// <summary>Calls <c>Probe.method(arguments)</c>; exceptions it throws reach the test unwrapped.</summary>
    public object? Call(string method, params object?[] arguments)
    {
        MethodInfo target = Type(ProbeTypeName).GetMethod(method, BindingFlags.Public | BindingFlags.Static)
            ?? throw new XunitException("No public static method 'Probe." + method + "'.");
        return target.Invoke(null, BindingFlags.DoNotWrapExceptions, binder: null, arguments, culture: null);
    }

    /// <summary>Calls <c>Probe.method(arguments)</c> and asserts it returned a non-null <typeparamref name="T"/>.</summary>
    public T Call<T>(string method, params object?[] arguments)
    {
        object? value = Call(method, arguments);
        Assert.NotNull(value);
        return Assert.IsAssignableFrom<T>(value);
    }
}
