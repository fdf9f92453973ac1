using NodaTime;

namespace PropertyService.Shifts;

/// <summary>One outing of a member of staff on the sign-in sheet: signed in before, signed back after (CS-05).</summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class WorkSignIn
{
    internal WorkSignIn(StaffSignedIn signedIn, StaffSignedBack? signedBack)
    {
        SignedIn = signedIn;
        SignedBack = signedBack;
    }

    /// <summary>The sign-in.</summary>
    public StaffSignedIn SignedIn { get; }

    /// <summary>The sign-back, or null while the person is still out at work.</summary>
    public StaffSignedBack? SignedBack { get; }

    /// <summary>Who.</summary>
    public Actor Person => SignedIn.Actor;

    /// <summary>When they signed in.</summary>
    public Instant Out => SignedIn.OccurredAt;

    /// <summary>When they signed back, or null.</summary>
    public Instant? Back => SignedBack?.OccurredAt;

    /// <summary>The outing as text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Person.DisplayName}: {SignedIn.Task}, out {Out}, {(Back is { } back ? $"back {back}" : "still out")}";
}
