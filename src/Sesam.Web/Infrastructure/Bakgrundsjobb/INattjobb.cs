namespace Sesam.Web.Infrastructure.Bakgrundsjobb;

/// <summary>
/// Work Sesam does by itself once a night (Swedish time), not on a user's request: refreshing patients from
/// folkbokföringen, inactivating users who have not logged in for a year. Registered by type like the use cases,
/// run in a scope of its own with no logged-in user.
/// </summary>
public interface INattjobb
{
    /// <summary>The job's name as Admin reads it in the list of runs.</summary>
    string Namn { get; }

    /// <summary>Runs the job once; returns a one-line Swedish summary of what it did (never a name or personnummer).</summary>
    Task<string> KorAsync(CancellationToken ct);
}
