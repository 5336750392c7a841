using Ssot;

namespace Acme.Core
{
    /// <summary>The one inventory: it replaced Acme.Legacy.Stock.</summary>
    [Canonical("Acme.Legacy.Stock")]
    public sealed class Inventory
    {
        private int _count;

        public int Count { get { return _count; } }

        public void Add(int amount = 1) { _count += amount; }
    }
}

namespace Acme.Core.Reports
{
    public static class StockReport
    {
        // A legacy type in the library's public signature: SSOT0005, left for a major version.
        public static int Describe(Acme.Legacy.Stock stock) { return Count(stock); }

        // Legacy code inside the library: reported, under SSOT0001 even though netstandard2.0 has no DiagnosticId.
        private static int Count(Acme.Legacy.Stock stock) { return stock.Count; }
    }
}
