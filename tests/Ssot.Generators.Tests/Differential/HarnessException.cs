using System;

namespace Ssot.Generators.Tests.Differential;

/// <summary>The generated v1 library or its consumer is broken by itself: a fault of the case generator, not the product.</summary>
internal sealed class HarnessException(string message) : Exception(message);
