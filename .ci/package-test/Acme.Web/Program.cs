using Acme.Web.Realtime;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddUnifiedWebSocketManager();
var app = builder.Build();

// Still ASP.NET Core's own WebSocketManager: the alias did not rebind it.
app.MapGet("/ws", (HttpContext context) => context.WebSockets is WebSocketManager ? "aspnetcore" : "other");
app.MapGet("/sent", (IBroadcaster broadcaster) => broadcaster.Sent);
app.Run();
