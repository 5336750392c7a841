using System;

namespace Ssot.Generators.Tests.Differential;

/// <summary>A case on which v2, its consumer or the format step broke the contract (CsCheck shrinks on it).</summary>
internal sealed class DifferentialException(string message) : Exception(message);
