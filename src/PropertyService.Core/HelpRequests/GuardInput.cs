namespace PropertyService.HelpRequests;

/// <summary>What the guards of a help request's workflow judge besides the request itself: who acts, and how.</summary>
/// <param name="Actor">The actor of the command being judged.</param>
/// <param name="AnswerIsCertain">For an answer: whether the officer is sure of it (HR-09); true otherwise.</param>
internal readonly record struct GuardInput(Actor Actor, bool AnswerIsCertain);
