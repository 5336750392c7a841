namespace Ssot.Generators.Benchmarks.Workload;

/// <summary>What each synthetic file of a project holds.</summary>
public enum WorkloadVariant
{
    /// <summary>
    /// An interface, an event-args class and a service class with the surface a facade must forward and method bodies
    /// with loops and LINQ (<see cref="SourceFactory"/>): a compile costs what a real one does.
    /// </summary>
    Heavy,

    /// <summary>
    /// An interface and a small class of 3–6 one-line members (<see cref="LightSourceFactory"/>): little to bind beyond
    /// the declarations, so what a generator costs per file and per marked type stands out against the compile.
    /// </summary>
    Light,
}
