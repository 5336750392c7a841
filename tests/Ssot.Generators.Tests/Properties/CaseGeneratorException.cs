using System;

namespace Ssot.Generators.Tests.Properties;

/// <summary>The case generator wrote a case that is not valid C#: a bug of the test, not of the product.</summary>
internal sealed class CaseGeneratorException(string message) : Exception(message);
