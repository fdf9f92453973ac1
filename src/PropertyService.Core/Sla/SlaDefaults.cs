using NodaTime;
using PropertyService.HelpRequests;
using PropertyService.Repairs;
using PropertyService.Shifts;
using PropertyService.Utility;

namespace PropertyService.Sla;

/// <summary>
/// The default timing targets of RULES.md, as one <see cref="SlaPolicy"/> (<see cref="Policy"/>), with the names
/// of its targets. Every number is a default that a site overrides with <see cref="SlaPolicy.WithTarget"/>.
/// </summary>
/// <remarks>
/// <para>Repair-ticket targets (RP-09, RP-12, RP-13, RP-14) match the <c>PropertyService.Repairs</c> event types and
/// help-request targets (HR-04, HR-09) the <c>PropertyService.HelpRequests</c> ones; the shift target (CS-16) matches
/// the <c>PropertyService.Shifts</c> handover's events.</para>
/// <para>Thread-safe: the policy and targets are immutable.</para>
/// </remarks>
public static class SlaDefaults
{
    /// <summary>RP-09: the work order is issued within 3 minutes of the report (or of the morning take-over of a night report, CS-15).</summary>
    public const string WorkOrderTarget = "RP-09 work order";

    /// <summary>RP-09: engineering is notified within 2 minutes of the work order being issued.</summary>
    public const string NotifyEngineeringTarget = "RP-09 notify engineering";

    /// <summary>RP-12: the technician arrives within 10 minutes of collection (scheduled repair) or of the resident accepting an assessed quote.</summary>
    public const string ArrivalTarget = "RP-12 arrival";

    /// <summary>RP-13: with an appointment, the technician arrives 5 minutes before it.</summary>
    public const string AppointmentArrivalTarget = "RP-13 arrival before appointment";

    /// <summary>RP-14: a repair not in the fee schedule is assessed and answered within 15 minutes of collection.</summary>
    public const string AssessmentTarget = "RP-14 assessment";

    /// <summary>HR-04: an escalated help request is answered within 15 minutes of the escalation.</summary>
    public const string AnswerAfterEscalationTarget = "HR-04 answer after escalation";

    /// <summary>HR-09: a written inquiry is answered in writing within two days.</summary>
    public const string WrittenReplyTarget = "HR-09 written reply";

    /// <summary>CS-16: the person on duty arrives 15 minutes before the shift starts.</summary>
    public const string ArriveBeforeShiftTarget = "CS-16 arrive before shift";

    /// <summary>The default policy: one target per timing rule, on the 24/7 calendar, warning at 75 %.</summary>
    public static SlaPolicy Policy { get; } = Build();

    /// <summary>
    /// HR-09's site option: the written reply is due at the end of the <paramref name="days"/>-th business day on a
    /// business calendar, instead of 48 hours. Use as <c>SlaDefaults.Policy.WithTarget(SlaDefaults.WrittenReplyByBusinessDays("office"))</c>.
    /// </summary>
    /// <param name="calendarName">The name the tracker knows the site's business calendar by.</param>
    /// <param name="days">Business days; default 2.</param>
    /// <returns>The HR-09 target.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendarName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="calendarName"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is less than 1.</exception>
    public static SlaTarget WrittenReplyByBusinessDays(string calendarName, int days = 2) =>
        Policy.Target(WrittenReplyTarget) with { Deadline = SlaDeadline.EndOfBusinessDay(days, Preconditions.CheckNotBlank(calendarName)) };

    /// <summary>Builds the default policy afresh: <see cref="Policy"/> holds the one built when the type loads, and tests
    /// read a fresh one so that every line of it is exercised while they run.</summary>
    internal static SlaPolicy Build() => new("default", CreateTargets());

    private static IEnumerable<SlaTarget> CreateTargets()
    {
        static Duration minutes(int value) => Duration.FromMinutes(value);
        var repairEnded = SlaTrigger.AnyOf(
            SlaTrigger.On<RepairCancelled>(),
            SlaTrigger.On<RepairNotFeasible>(e => e.Purpose == AssessmentPurpose.Repair),
            SlaTrigger.On<QuoteDeclined>(e => e.Purpose == AssessmentPurpose.Repair));

        // RP-09, with the CS-14/CS-15 interpretation: a report in the night duty log has no work order at night;
        // its target starts when the morning officer takes it over. A repair fixed at night needs none.
        yield return new SlaTarget(
            WorkOrderTarget,
            "RP-09",
            SlaTrigger.AnyOf(
                SlaTrigger.On<RepairReported>(e => e.LogBook != LogBook.NightDutyLog),
                SlaTrigger.On<RepairTakenOverInMorning>()),
            SlaTrigger.On<WorkOrderIssued>(),
            SlaDeadline.After(minutes(3)))
        {
            Cancel = SlaTrigger.AnyOf(repairEnded, SlaTrigger.On<RepairFixedAtNight>()),
        };

        // RP-09: the second, chained target.
        yield return new SlaTarget(
            NotifyEngineeringTarget,
            "RP-09",
            SlaTrigger.On<WorkOrderIssued>(),
            SlaTrigger.On<EngineeringNotified>(),
            SlaDeadline.After(minutes(2)))
        {
            Cancel = repairEnded,
        };

        // RP-12: a scheduled repair from collection, or an assessed one from the resident's acceptance (RP-14),
        // unless an appointment was agreed (RP-13 applies instead).
        yield return new SlaTarget(
            ArrivalTarget,
            "RP-12",
            SlaTrigger.AnyOf(
                SlaTrigger.On<WorkOrderCollected>(e => !e.RequiresAssessment),
                SlaTrigger.On<QuoteAccepted>(e => e.Purpose == AssessmentPurpose.Repair)),
            SlaTrigger.On<TechnicianArrived>(),
            SlaDeadline.After(minutes(10)))
        {
            Unless = SlaTrigger.On<RepairReported>(e => e.Appointment is not null),
            Cancel = repairEnded,
        };

        // RP-13: the appointment carried by the report, minus 5 minutes.
        yield return new SlaTarget(
            AppointmentArrivalTarget,
            "RP-13",
            SlaTrigger.On<RepairReported>(instant: e => e.Appointment),
            SlaTrigger.On<TechnicianArrived>(),
            SlaDeadline.AtCarriedInstant(-minutes(5)))
        {
            Cancel = repairEnded,
        };

        // RP-14: assessment of a repair not in the fee schedule, from collection, until the resident has an answer.
        yield return new SlaTarget(
            AssessmentTarget,
            "RP-14",
            SlaTrigger.On<WorkOrderCollected>(e => e.RequiresAssessment),
            SlaTrigger.AnyOf(
                SlaTrigger.On<RepairAssessed>(e => e.Purpose == AssessmentPurpose.Repair),
                SlaTrigger.On<RepairNotFeasible>(e => e.Purpose == AssessmentPurpose.Repair)),
            SlaDeadline.After(minutes(15)))
        {
            Cancel = SlaTrigger.On<RepairCancelled>(),
        };

        // HR-04: the missing number is a policy setting, default 15 minutes from escalation to the answer.
        yield return new SlaTarget(
            AnswerAfterEscalationTarget,
            "HR-04",
            SlaTrigger.On<HelpRequestEscalated>(),
            SlaTrigger.AnyOf(SlaTrigger.On<HelpRequestAnswered>(), SlaTrigger.On<HelpRequestDeclined>(), SlaTrigger.On<WrittenReplySent>()),
            SlaDeadline.After(minutes(15)))
        {
            Cancel = SlaTrigger.On<HelpRequestClosed>(),
        };

        // HR-09: 48 hours on the 24/7 clock by default (see WrittenReplyByBusinessDays for the site option).
        yield return new SlaTarget(
            WrittenReplyTarget,
            "HR-09",
            SlaTrigger.On<WrittenInquiryRegistered>(),
            SlaTrigger.On<WrittenReplySent>(),
            SlaDeadline.After(Duration.FromHours(48)))
        {
            Cancel = SlaTrigger.AnyOf(SlaTrigger.On<HelpRequestDeclined>(), SlaTrigger.On<HelpRequestClosed>()),
        };

        // CS-16: the incoming person is due by the time the scheduled handover carries, 15 minutes before the shift by
        // default (ShiftHandoverOptions.ArriveBefore), and the target stops when they arrive.
        yield return new SlaTarget(
            ArriveBeforeShiftTarget,
            "CS-16",
            SlaTrigger.On<HandoverScheduled>(instant: e => e.ArriveBy),
            SlaTrigger.On<IncomingArrived>(),
            SlaDeadline.AtCarriedInstant(Duration.Zero));
    }
}
