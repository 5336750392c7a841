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
        // Legacy code inside the library: reported, under SSOT0001 even though netstandard2.0 has no DiagnosticId.
        public static int Describe(Acme.Legacy.Stock stock) { return stock.Count; }
    }
}
