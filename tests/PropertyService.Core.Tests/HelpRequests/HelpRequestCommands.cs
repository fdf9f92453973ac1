using NodaTime;

namespace PropertyService.HelpRequests;

/// <summary>Runs any <see cref="HelpAction"/> on a request with valid arguments, and re-enacts a history as commands.</summary>
internal static class HelpRequestCommands
{
    /// <summary>Takes <paramref name="action"/> as <paramref name="actor"/> with valid arguments (an uncertain answer if asked).</summary>
    internal static Result<IReadOnlyList<DomainEvent>> Run(HelpRequest request, HelpAction action, Actor actor, Instant at, bool certain = true, Role level = Role.ServiceSupervisor, EmergencyOption option = EmergencyOption.CallEmergencyNumber, Satisfaction satisfaction = Satisfaction.Satisfied) => action switch
    {
        HelpAction.RecordContact => request.RecordContact(actor, HelpRequestFixture.Address, HelpRequestFixture.Phone, at),
        HelpAction.RecordWishes => request.RecordWishes(actor, "Keep a parcel.", at),
        HelpAction.Answer => request.Answer(actor, "Kept.", at, certain),
        HelpAction.Escalate => request.Escalate(actor, level, "May we?", at),
        HelpAction.Instruct => request.Instruct(actor, "Yes.", at),
        HelpAction.Decline => request.Decline(actor, "Not allowed.", at),
        HelpAction.RecordEmergencyAction => request.RecordEmergencyAction(actor, option, "Called 120.", at),
        HelpAction.ReportEmergency => request.ReportEmergency(actor, "At hospital.", at),
        HelpAction.ReferToSiteManager => request.ReferToSiteManager(actor, "Visit.", at),
        HelpAction.ReplyInWriting => request.ReplyInWriting(actor, "Yes.", at),
        HelpAction.TransferOwnership => request.TransferOwnership(actor, request.FirstContactOwner.Equals(HelpRequestFixture.OtherOfficer) ? HelpRequestFixture.Officer : HelpRequestFixture.OtherOfficer, "Handover", at),
        HelpAction.FollowUp => request.FollowUp(actor, satisfaction, "Thanks", at),
        _ => request.Close(actor, at),
    };

    /// <summary>
    /// Issues, for each event of <paramref name="history"/>, the command that records it (same actor, time and payload)
    /// on a new request; returns the request, or the first rejection.
    /// </summary>
    internal static Result<HelpRequest> Reenact(IReadOnlyList<DomainEvent> history, IReadOnlyList<Actor> people)
    {
        var first = (HelpRequestReceived)history[0];
        var created = HelpRequest.Receive(first.AggregateId, first.Actor, first.Kind, first.OccurredAt, first.IsMajor);
        if (created.IsRejected)
        {
            return created.Rejection;
        }

        var request = created.Value.Aggregate;
        foreach (var e in history.Skip(1))
        {
            var at = e.OccurredAt;
            var result = e switch
            {
                MajorEmergencyReported => Result<IReadOnlyList<DomainEvent>>.Success([]), // recorded with the contact
                HelpRequestContactRecorded c => request.RecordContact(c.Actor, c.Address, c.Phone, at),
                HelpRequestWishesRecorded w => request.RecordWishes(w.Actor, w.Wishes, at),
                WrittenInquiryRegistered q => request.RecordWishes(q.Actor, q.Question, at),
                HelpRequestAnswered a => request.Answer(a.Actor, a.Answer, at),
                HelpRequestEscalated x => request.Escalate(x.Actor, x.Level, x.Question, at, people.FirstOrDefault(p => p.Id == x.TargetPersonId)),
                HelpRequestInstructed i => request.Instruct(i.Actor, i.Instruction, at),
                HelpRequestDeclined d => request.Decline(d.Actor, d.Reason, at),
                EmergencyActionRecorded ea => request.RecordEmergencyAction(ea.Actor, ea.Option, ea.WhatWasDone, at),
                EmergencyReportedAfterEvent r => request.ReportEmergency(r.Actor, r.Report, at),
                EmergencyReferredToSiteManager rf => request.ReferToSiteManager(rf.Actor, rf.SiteManagerInstruction, at),
                WrittenReplySent wr => request.ReplyInWriting(wr.Actor, wr.Reply, at),
                HelpRequestOwnershipTransferred t => request.TransferOwnership(t.Actor, t.NewOwner, t.Reason, at),
                HelpRequestFollowedUp f => request.FollowUp(f.Actor, f.Satisfaction, f.Remarks, at),
                HelpRequestClosed => request.Close(e.Actor, at),
                _ => new Rejection("test.unknown", $"{e.GetType().Name} is not a help-request event."),
            };
            if (result.IsRejected)
            {
                return result.Rejection;
            }
        }

        return request;
    }

    /// <summary>A copy of <paramref name="e"/> with other common fields (the event types' constructors, by reflection).</summary>
    internal static DomainEvent With(DomainEvent e, string? aggregateId = null, int? version = null, Instant? occurredAt = null, Actor? actor = null)
    {
        var constructor = e.GetType().GetConstructors().Single(c => c.GetParameters().Length > 1 && c.GetParameters()[0].ParameterType == typeof(string));
        var args = constructor.GetParameters().Select(p => p.Name switch
        {
            "AggregateId" => aggregateId ?? e.AggregateId,
            "Version" => version ?? e.Version,
            "OccurredAt" => occurredAt ?? e.OccurredAt,
            "Actor" => actor ?? e.Actor,
            _ => e.GetType().GetProperty(p.Name!)!.GetValue(e),
        }).ToArray();
        return (DomainEvent)constructor.Invoke(args);
    }
}
