using Acme.Core;
using Acme.Core.Reports;

// Old code: fully qualified legacy names, reported in this project too.
var stock = new Acme.Legacy.Stock();
stock.Add(2);
Inventory inventory = stock;
Console.WriteLine($"inventory {inventory.Count} report {StockReport.Describe(stock)} same {ReferenceEquals(inventory, (Inventory)stock)}");
return inventory.Count == 2 ? 0 : 1;
