using NodaTime;

namespace PropertyService.Escalation;

/// <summary>Who acknowledged an escalation, at which level and when; recorded on the <see cref="EscalationCase"/>.</summary>
/// <param name="Cause">What was escalated.</param>
/// <param name="Level">The level acknowledged.</param>
/// <param name="By">Who acknowledged.</param>
/// <param name="At">When.</param>
public sealed record EscalationAcknowledgement(string Cause, EscalationLevel Level, Actor By, Instant At);
