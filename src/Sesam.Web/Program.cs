using Sesam.Web;

var app = SesamApp.Bygg(args);
await SesamApp.ForbereddDatabasAsync(app);
await app.RunAsync();

/// <summary>Entry point type, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
