namespace PropertyService.HelpRequests;

/// <summary>
/// What the guards of the help-request workflow read: the request, who acts, and the command input that the guards
/// judge (<see cref="AnswerIsCertain"/>). It is the Stateless trigger parameter, made once per command or query.
/// </summary>
/// <param name="request">The request, as it is before the step.</param>
/// <param name="actor">Who acts; when a history is replayed, the event's actor.</param>
/// <param name="answerIsCertain">For an answer: whether the officer is sure of it (HR-09); true otherwise.</param>
internal sealed class HelpStep(HelpRequest request, Actor actor, bool answerIsCertain = true)
{
    internal HelpRequest Request { get; } = request;

    internal Actor Actor { get; } = actor;

    internal bool AnswerIsCertain { get; } = answerIsCertain;
}
