using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PropertyService.Complaints;
using PropertyService.Fees;
using PropertyService.HelpRequests;
using PropertyService.Repairs;
using PropertyService.Shifts;

namespace PropertyService.Storage.Serialization;

/// <summary>
/// Generators of valid events of every registered type, built through the events' constructors, with values that
/// stress the stored format: Chinese text, characters JSON must escape, nulls, empty lists, decimals of every scale,
/// times to the nanosecond, every enum value.
/// </summary>
internal static class EventGenerators
{
    private static readonly string[] Pieces =
    [
        "王小明", "厨房水龙头漏水", "3号楼", "A座", "kitchen", "tap", "1201", "O'Brien", "\"quoted\"", "back\\slash", "line\nbreak",
        "tab\there", "<b>&amp;</b>", "café", "😀", "para\u2028graph", "\u0001", "\uFFFD", "+86", "¥12.50", "/path/",
    ];

    /// <summary>A non-blank text, sometimes with white space around it.</summary>
    internal static readonly Gen<string> Text =
        from n in Gen.Choose(1, 3)
        from parts in Gen.Elements(Pieces).ArrayOf(n)
        from pad in Gen.Elements(string.Empty, string.Empty, " ", "\t ")
        select pad + string.Join(" ", parts) + pad;

    internal static readonly Gen<string?> OptionalText = Gen.Frequency((1, Gen.Constant<string?>(null)), (1, Gen.Constant<string?>("  ")), (3, Text.Select(t => (string?)t)));

    internal static readonly Gen<string> Identifier =
        from prefix in Gen.Elements("RT", "HR", "DL", "SH", "C", "工单", "O", "T")
        from n in Gen.Choose(1, 99_999)
        select $"{prefix}-{n}";

    internal static readonly Gen<bool> Bool = Gen.Elements(true, false);

    internal static readonly Gen<Instant> Time =
        from day in Gen.Choose(0, 365 * 80)
        from second in Gen.Choose(0, 86_399)
        from nanos in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(0, 999).Select(ms => ms * 1_000_000)), (1, Gen.Choose(0, 999_999_999)))
        select Instant.FromUtc(1990, 1, 1, 0, 0) + Duration.FromDays(day) + Duration.FromSeconds(second) + Duration.FromNanoseconds(nanos);

    internal static readonly Gen<LocalDate> Date = Gen.Choose(0, 365 * 80).Select(d => new LocalDate(1990, 1, 1).PlusDays(d));

    internal static readonly Gen<LocalDateTime> DateTime =
        from date in Date
        from second in Gen.Choose(0, 86_399)
        from nanos in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(0, 999_999_999)))
        select date.At(LocalTime.Midnight.PlusSeconds(second).PlusNanoseconds(nanos));

    internal static readonly Gen<Duration> Overtime =
        from seconds in Gen.Choose(0, 500_000)
        from nanos in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(0, 999_999_999)))
        select Duration.FromSeconds(seconds) + Duration.FromNanoseconds(nanos);

    /// <summary>Whole cents with the scale varied: 12, 12.5, 12.50 and 12.5000 are all whole cents and must all stay as they are.</summary>
    internal static readonly Gen<decimal> Cents =
        from cents in Gen.Choose(0, 10_000_000)
        from extraScale in Gen.Elements(0, 0, 1, 2, 5)
        select (cents / 100m / 1.0000000000000000000000000000m) * new decimal((int)Math.Pow(10, extraScale), 0, 0, false, (byte)extraScale);

    /// <summary>Any non-negative decimal, up to the largest there is, at any scale.</summary>
    internal static readonly Gen<decimal> Amount =
        from lo in Gen.Choose(int.MinValue, int.MaxValue)
        from mid in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(int.MinValue, int.MaxValue)))
        from hi in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(int.MinValue, int.MaxValue)))
        from scale in Gen.Choose(0, 28)
        select new decimal(lo, mid, hi, false, (byte)scale);

    internal static readonly Gen<decimal> Quantity = Amount.Where(q => q > 0m);

    internal static readonly Gen<string> Currency = Gen.Elements("CNY", "CNY", "HKD", "USD", "EUR", "XYZ");

    internal static readonly Gen<Money> Money = from a in Amount from c in Currency select new Money(a, c);

    internal static readonly Gen<ContactPhone> Phone = Gen.OneOf(
        from second in Gen.Choose(3, 9) from rest in Gen.Choose(0, 999_999_999) select $"1{second}{rest:D9}",
        from area in Gen.Elements("010", "020", "021", "029") from local in Gen.Choose(10_000_000, 99_999_999) select $"{area}-{local}",
        from area in Gen.Elements("0755", "0571", "0898") from local in Gen.Choose(1_000_000, 99_999_999) select $"({area}) {local}",
        from local in Gen.Choose(10_000_000, 99_999_999) select $"+852 {local}",
        from rest in Gen.Choose(100_000_000, 999_999_999) select $"+86 13{rest}",
        from local in Gen.Choose(100_000_000, 999_999_999) select $"0044 2{local}").Select(ContactPhone.Parse);

    internal static readonly Gen<SiteId> Site = Gen.Elements("SZ-01", "GZ-02", "深圳湾一号", " padded ").Select(s => new SiteId(s));

    internal static readonly Gen<Actor> Actor =
        from id in Identifier
        from name in Text
        from site in Site
        from roles in Gen.SubListOf(Enum.GetValues<Role>()).Where(r => r.Count > 0)
        select new Actor(id, name, site, roles);

    internal static readonly Gen<UnitAddress> UnitAddress =
        from building in Text
        from entrance in Text.OrNull()
        from room in Text
        select new UnitAddress(building, entrance, room);

    internal static readonly Gen<Location> Location = Gen.OneOf(
        from unit in UnitAddress from detail in OptionalText select PropertyService.Location.InUnit(unit, detail),
        Text.Select(PropertyService.Location.CommonArea));

    internal static Gen<Resident> Resident(bool? owner = null) =>
        from name in Text
        from phone in Phone
        from isOwner in owner is { } o ? Gen.Constant(o) : Bool
        from id in Identifier.OrNull()
        select new Resident(name, phone, isOwner) { Id = id };

    internal static readonly Gen<QuoteRequestItem> QuoteRequestItem =
        from code in Identifier
        from quantity in Quantity
        from labour in OrNone(Money)
        from material in OrNone(Money)
        select new QuoteRequestItem(code, quantity) { ChosenUnitLabour = labour, MaterialCost = material };

    internal static readonly Gen<WarrantyFacts> Warranty =
        from accepted in Date
        from days in Gen.Choose(0, 400)
        select new WarrantyFacts(accepted, accepted.PlusDays(days));

    internal static readonly Gen<QuoteRequest> QuoteRequest =
        from site in Site
        from category in AnyOf<RepairCategory>()
        from reportedOn in Date
        from items in ListOf(QuoteRequestItem, 3)
        from locationKind in AnyOf<LocationKind>()
        from suppliesMaterials in Bool
        from workStartsAt in OrNone(DateTime)
        from warranty in Warranty.OrNull()
        from major in Bool
        from utility in Bool
        select new QuoteRequest(site, category, reportedOn, items)
        {
            LocationKind = locationKind,
            ResidentSuppliesMaterials = suppliesMaterials,
            WorkStartsAt = workStartsAt,
            Warranty = warranty,
            IsMajorWork = major,
            IsUtilityInstallation = utility,
        };

    internal static readonly Gen<Quote> Quote =
        from request in QuoteRequest
        from currency in Currency
        from lineCount in Gen.Choose(1, 4)
        from lines in QuoteLine(currency).ArrayOf(lineCount)
        from adjustments in ListOf(QuoteAdjustment(currency, lineCount), 3)
        from inForceFrom in OrNone(Date)
        from assessor in Actor.OrNull()
        from assessedAt in Time
        select MakeQuote(request, lines, adjustments, inForceFrom, assessor, assessor is null ? null : assessedAt);

    internal static readonly Gen<RepairRequest> RepairRequest =
        from channel in AnyOf<RepairChannel>()
        from resident in Resident().OrNull()
        from phone in Gen.Frequency((1, Gen.Constant(default(ContactPhone))), (4, Phone))
        from location in Location.OrNull()
        from category in AnyOf<RepairCategory>()
        from description in Gen.Frequency((1, Gen.Constant(string.Empty)), (4, Text))
        from codes in ListOf(Identifier, 3)
        from appointment in OrNone(Time)
        from suppliesMaterials in Bool
        from permissionToEnter in Bool
        from accessNotes in OptionalText
        from owners in ListOf(Resident(owner: true), 2)
        select new RepairRequest(channel, resident, phone, location, category, description)
        {
            FeeItemCodes = codes,
            Appointment = appointment,
            ResidentSuppliesMaterials = suppliesMaterials,
            PermissionToEnter = permissionToEnter,
            AccessNotes = accessNotes,
            UnitOwners = owners,
        };

    internal static readonly Gen<WorkOrder> WorkOrder =
        from number in Identifier
        from issuedAt in Time
        from collected in Bool
        select collected ? new WorkOrder(number, issuedAt).Collected() : new WorkOrder(number, issuedAt);

    internal static readonly Gen<HandoverItem> HandoverItem =
        from kind in AnyOf<HandoverItemKind>()
        from reference in OptionalText
        from description in Text
        from note in OptionalText
        from major in Bool
        select new HandoverItem(kind, reference, description, note, major);

    internal static readonly Gen<Tool> Tool = from code in Identifier from name in Text from price in Money select new Tool(code, name, price);

    internal static readonly Gen<ToolLoan> ToolLoan =
        from code in Identifier from borrower in Actor from lentBy in Actor from at in Time select new ToolLoan(code, borrower, lentBy, at);

    internal static readonly Gen<ToolLoss> ToolLoss = from tool in Tool from who in Actor from onLoan in Bool select new ToolLoss(tool, who, onLoan);

    /// <summary>The fields every event has.</summary>
    internal sealed record Header(string Id, int Version, Instant At, Actor Actor);

    internal static readonly Gen<Header> Headers =
        from id in Identifier
        from version in Gen.Frequency((3, Gen.Choose(1, 50)), (1, Gen.Choose(1, int.MaxValue)))
        from at in Time
        from actor in Actor
        select new Header(id, version, at, actor);

    /// <summary>A generator for every registered event type.</summary>
    internal static readonly IReadOnlyDictionary<Type, Gen<DomainEvent>> ByType = new Dictionary<Type, Gen<DomainEvent>>
    {
        // Complaints.
        [typeof(ComplaintClosed)] = E(from h in Headers from outcome in Text select new ComplaintClosed(h.Id, h.Version, h.At, h.Actor, outcome)),
        [typeof(ComplaintDepartmentNotified)] = E(from h in Headers from department in Text select new ComplaintDepartmentNotified(h.Id, h.Version, h.At, h.Actor, department)),
        [typeof(ComplaintRecorded)] = E(
            from h in Headers from site in Site from before in Gen.Choose(0, 100_000) from caller in Text from summary in Text from source in OptionalText
            select new ComplaintRecorded(h.Id, h.Version, h.At, h.Actor, site, h.At - Duration.FromSeconds(before), caller, summary, source)),

        // Help requests.
        [typeof(EmergencyActionRecorded)] = E(
            from h in Headers from option in AnyOf<EmergencyOption>() from done in Text select new EmergencyActionRecorded(h.Id, h.Version, h.At, h.Actor, option, done)),
        [typeof(EmergencyReferredToSiteManager)] = E(from h in Headers from t in Text select new EmergencyReferredToSiteManager(h.Id, h.Version, h.At, h.Actor, t)),
        [typeof(EmergencyReportedAfterEvent)] = E(from h in Headers from t in Text select new EmergencyReportedAfterEvent(h.Id, h.Version, h.At, h.Actor, t)),
        [typeof(HelpRequestAnswered)] = E(from h in Headers from t in Text from after in Bool select new HelpRequestAnswered(h.Id, h.Version, h.At, h.Actor, t, after)),
        [typeof(HelpRequestClosed)] = E(from h in Headers select new HelpRequestClosed(h.Id, h.Version, h.At, h.Actor)),
        [typeof(HelpRequestContactRecorded)] = E(
            from h in Headers from address in Location from phone in Phone select new HelpRequestContactRecorded(h.Id, h.Version, h.At, h.Actor, address, phone)),
        [typeof(HelpRequestDeclined)] = E(from h in Headers from t in Text select new HelpRequestDeclined(h.Id, h.Version, h.At, h.Actor, t)),
        [typeof(HelpRequestEscalated)] = E(
            from h in Headers from level in AnyOf<Role>() from question in Text from target in OptionalText
            select new HelpRequestEscalated(h.Id, h.Version, h.At, h.Actor, level, question, target)),
        [typeof(HelpRequestFollowedUp)] = E(
            from h in Headers from s in AnyOf<Satisfaction>() from remarks in OptionalText select new HelpRequestFollowedUp(h.Id, h.Version, h.At, h.Actor, s, remarks)),
        [typeof(HelpRequestInstructed)] = E(from h in Headers from t in Text select new HelpRequestInstructed(h.Id, h.Version, h.At, h.Actor, t)),
        [typeof(HelpRequestOwnershipTransferred)] = E(
            from h in Headers from previous in Actor from next in Actor from reason in Text
            select new HelpRequestOwnershipTransferred(h.Id, h.Version, h.At, h.Actor, previous, next, reason)),
        [typeof(HelpRequestReceived)] = E(
            from h in Headers from site in Site from kind in AnyOf<HelpKind>() from major in Bool select new HelpRequestReceived(h.Id, h.Version, h.At, h.Actor, site, kind, major)),
        [typeof(HelpRequestWishesRecorded)] = E(from h in Headers from t in Text select new HelpRequestWishesRecorded(h.Id, h.Version, h.At, h.Actor, t)),
        [typeof(MajorEmergencyReported)] = E(
            from h in Headers from level in AnyOf<Role>() from address in Location select new MajorEmergencyReported(h.Id, h.Version, h.At, h.Actor, level, address)),
        [typeof(WrittenInquiryRegistered)] = E(from h in Headers from t in Text select new WrittenInquiryRegistered(h.Id, h.Version, h.At, h.Actor, t)),
        [typeof(WrittenReplySent)] = E(from h in Headers from t in Text select new WrittenReplySent(h.Id, h.Version, h.At, h.Actor, t)),

        // Repairs.
        [typeof(EngineeringNotified)] = E(from h in Headers select new EngineeringNotified(h.Id, h.Version, h.At, h.Actor)),
        [typeof(ExtraWorkReported)] = E(from h in Headers from t in Text select new ExtraWorkReported(h.Id, h.Version, h.At, h.Actor, t)),
        [typeof(MaterialsChecked)] = E(
            from h in Headers from result in AnyOf<MaterialCheckResult>() from remarks in OptionalText select new MaterialsChecked(h.Id, h.Version, h.At, h.Actor, result, remarks)),
        [typeof(QuoteAccepted)] = E(
            from h in Headers from purpose in AnyOf<AssessmentPurpose>() from quote in Quote from owner in Resident() from channel in AnyOf<QuoteAnswerChannel>()
            select new QuoteAccepted(h.Id, h.Version, h.At, h.Actor, purpose, quote, owner, channel)),
        [typeof(QuoteDeclined)] = E(
            from h in Headers from purpose in AnyOf<AssessmentPurpose>() from quote in Quote from owner in Resident() from channel in AnyOf<QuoteAnswerChannel>()
            from reason in OptionalText
            select new QuoteDeclined(h.Id, h.Version, h.At, h.Actor, purpose, quote, owner, channel, reason)),
        [typeof(RepairAssessed)] = E(
            from h in Headers from purpose in AnyOf<AssessmentPurpose>() from quote in Quote select new RepairAssessed(h.Id, h.Version, h.At, h.Actor, purpose, quote)),
        [typeof(RepairCancelled)] = E(from h in Headers from t in Text select new RepairCancelled(h.Id, h.Version, h.At, h.Actor, t)),
        [typeof(RepairDeferredToMorning)] = E(from h in Headers from t in OptionalText select new RepairDeferredToMorning(h.Id, h.Version, h.At, h.Actor, t)),
        [typeof(RepairFixedAtNight)] = E(
            from h in Headers from notes in OptionalText from quote in Quote.OrNull() select new RepairFixedAtNight(h.Id, h.Version, h.At, h.Actor, notes) { Quote = quote }),
        [typeof(RepairFollowedUp)] = E(
            from h in Headers from s in AnyOf<Satisfaction>() from comment in OptionalText from complaint in Identifier.OrNull()
            select new RepairFollowedUp(h.Id, h.Version, h.At, h.Actor, s, comment) { ComplaintId = s == Satisfaction.Dissatisfied ? complaint : null }),
        [typeof(RepairNotFeasible)] = E(
            from h in Headers from purpose in AnyOf<AssessmentPurpose>() from reason in Text select new RepairNotFeasible(h.Id, h.Version, h.At, h.Actor, purpose, reason)),
        [typeof(RepairReopened)] = E(from h in Headers from t in Text select new RepairReopened(h.Id, h.Version, h.At, h.Actor, t)),
        [typeof(RepairReported)] = E(
            from h in Headers from request in RepairRequest from site in Gen.Frequency((1, Gen.Constant(default(SiteId))), (5, Site)) from book in AnyOf<LogBook>()
            select new RepairReported(h.Id, h.Version, h.At, h.Actor, request, site, book)),
        [typeof(RepairTakenOverInMorning)] = E(from h in Headers select new RepairTakenOverInMorning(h.Id, h.Version, h.At, h.Actor)),
        [typeof(SignOffOverridden)] = E(
            from h in Headers from reason in AnyOf<SignOffOverrideReason>() from t in Text select new SignOffOverridden(h.Id, h.Version, h.At, h.Actor, reason, t)),
        [typeof(TechnicianArrived)] = E(from h in Headers select new TechnicianArrived(h.Id, h.Version, h.At, h.Actor)),
        [typeof(TechnicianAssigned)] = E(from h in Headers from technician in Actor select new TechnicianAssigned(h.Id, h.Version, h.At, h.Actor, technician)),
        [typeof(WorkCompleted)] = E(from h in Headers from notes in OptionalText select new WorkCompleted(h.Id, h.Version, h.At, h.Actor, notes)),
        [typeof(WorkOrderCollected)] = E(
            from h in Headers from request in QuoteRequest from quote in Quote.OrNull() select new WorkOrderCollected(h.Id, h.Version, h.At, h.Actor, request, quote)),
        [typeof(WorkOrderIssued)] = E(from h in Headers from order in WorkOrder select new WorkOrderIssued(h.Id, h.Version, h.At, h.Actor, order)),
        [typeof(WorkRejected)] = E(from h in Headers from resident in Resident() from reason in Text select new WorkRejected(h.Id, h.Version, h.At, h.Actor, resident, reason)),
        [typeof(WorkSignedOff)] = E(from h in Headers from resident in Resident() select new WorkSignedOff(h.Id, h.Version, h.At, h.Actor, resident)),

        // Shifts.
        [typeof(ContactHandled)] = E(from h in Headers from entry in Identifier from t in Text select new ContactHandled(h.Id, h.Version, h.At, h.Actor, entry, t)),
        [typeof(ContactLogged)] = E(
            from h in Headers from entry in Identifier from book in AnyOf<LogBook>() from shift in Gen.Elements("Noon", "Night", "夜班").OrNull() from date in Date
            from kind in AnyOf<ContactKind>() from category in AnyOf<ContactCategory>() from caller in Text from summary in Text
            select new ContactLogged(h.Id, h.Version, h.At, h.Actor, entry, book, shift, shift is null ? null : date, kind, category, caller, summary)),
        [typeof(HandoverCompleted)] = E(from h in Headers from overtime in Overtime select new HandoverCompleted(h.Id, h.Version, h.At, h.Actor, overtime)),
        [typeof(HandoverScheduled)] = E(
            from h in Headers from site in Site from outgoingShift in Text from outgoingDate in Date from outgoing in Actor
            from incomingShift in Text from incomingDate in Date from incoming in Actor from startsAt in Time from early in Gen.Choose(0, 3600)
            select new HandoverScheduled(h.Id, h.Version, h.At, h.Actor, site, outgoingShift, outgoingDate, outgoing, incomingShift, incomingDate, incoming,
                startsAt, startsAt - Duration.FromSeconds(early))),
        [typeof(IncomingAbsent)] = E(from h in Headers select new IncomingAbsent(h.Id, h.Version, h.At, h.Actor)),
        [typeof(IncomingArrived)] = E(from h in Headers from late in Bool select new IncomingArrived(h.Id, h.Version, h.At, h.Actor, late)),
        [typeof(ItemsHandedOver)] = E(from h in Headers from items in ListOf(HandoverItem, 4) select new ItemsHandedOver(h.Id, h.Version, h.At, h.Actor, items)),
        [typeof(NightEntryResolved)] = E(
            from h in Headers from entry in Identifier from outcome in AnyOf<NightEntryOutcome>() from record in Identifier from reason in Text
            from blank in Gen.Elements<string?>(null, "  ")
            select outcome == NightEntryOutcome.CarriedOver
                ? new NightEntryResolved(h.Id, h.Version, h.At, h.Actor, entry, outcome, blank, reason)
                : new NightEntryResolved(h.Id, h.Version, h.At, h.Actor, entry, outcome, record, blank)),
        [typeof(PostInspected)] = E(
            from h in Headers from accepted in Bool from reason in Text from blank in Gen.Elements<string?>(null, " ")
            select new PostInspected(h.Id, h.Version, h.At, h.Actor, accepted, accepted ? blank : reason)),
        [typeof(PostTidied)] = E(from h in Headers select new PostTidied(h.Id, h.Version, h.At, h.Actor)),
        [typeof(StaffSignedBack)] = E(from h in Headers from note in OptionalText select new StaffSignedBack(h.Id, h.Version, h.At, h.Actor, note)),
        [typeof(StaffSignedIn)] = E(from h in Headers from task in Text select new StaffSignedIn(h.Id, h.Version, h.At, h.Actor, task)),
        [typeof(ToolsCounted)] = E(
            from h in Headers from expected in ListOf(Tool, 3) from counted in ListOf(Identifier, 3) from loans in ListOf(ToolLoan, 2) from losses in ListOf(ToolLoss, 2)
            select new ToolsCounted(h.Id, h.Version, h.At, h.Actor, expected, counted, loans, losses)),
    };

    /// <summary>An event of any registered type, each type as likely as the others.</summary>
    internal static readonly Gen<DomainEvent> Any = Gen.OneOf(ByType.Values);

    internal static Gen<T> AnyOf<T>()
        where T : struct, Enum => Gen.Elements(Enum.GetValues<T>());

    private static Gen<T?> OrNone<T>(Gen<T> gen)
        where T : struct => Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(x => (T?)x)));

    private static Gen<List<T>> ListOf<T>(Gen<T> gen, int max) => Gen.Choose(0, max).SelectMany(n => gen.ListOf(n));

    private static Gen<DomainEvent> E<T>(Gen<T> gen)
        where T : DomainEvent => gen.Select(e => (DomainEvent)e);

    private static Gen<QuoteLine> QuoteLine(string currency) =>
        from code in Identifier.OrNull()
        from description in Text
        from quantity in Quantity
        from labour in Cents
        from material in Cents
        from payer in AnyOf<Payer>()
        from reason in Text
        from assessed in Bool
        select new QuoteLine(code, description, quantity, new Money(labour, currency), new Money(material, currency), payer, reason, assessed);

    private static Gen<QuoteAdjustment> QuoteAdjustment(string currency, int lineCount) =>
        from rule in Text
        from kind in AnyOf<QuoteAdjustmentKind>()
        from amount in Cents
        from payer in AnyOf<Payer>()
        from reason in Text
        from line in OrNone(Gen.Choose(0, lineCount - 1))
        select new QuoteAdjustment(rule, kind, new Money(amount, currency), payer, reason, line);

    // A discount larger than what its payer is charged is refused; the quote then keeps its lines only.
    private static Quote MakeQuote(QuoteRequest request, QuoteLine[] lines, List<QuoteAdjustment> adjustments, LocalDate? inForceFrom, Actor? assessor, Instant? assessedAt)
    {
        try
        {
            return new Quote(request, lines, adjustments, inForceFrom, assessor, assessedAt);
        }
        catch (ArgumentException)
        {
            return new Quote(request, lines, [], inForceFrom, assessor, assessedAt);
        }
    }
}
