using System;

namespace Ssot.Generators.Tests.Properties;

/// <summary>The product broke the property.</summary>
internal sealed class PropertyException(string message) : Exception(message);
