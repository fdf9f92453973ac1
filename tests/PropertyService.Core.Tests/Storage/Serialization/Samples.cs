using NodaTime;
using PropertyService.Fees;
using PropertyService.Repairs;
using PropertyService.Shifts;

namespace PropertyService.Storage.Serialization;

/// <summary>Fixed events of the serialization tests, and what they are stored as.</summary>
internal static class Samples
{
    public static readonly SiteId Site = RepairFixture.Site;
    public static readonly Instant At = RepairFixture.Start;
    public static readonly Actor Officer = RepairFixture.Officer;
    public static readonly Actor Technician = RepairFixture.Technician;

    /// <summary>A tenant reports a dripping tap by phone, with an appointment and the owner on record.</summary>
    public static readonly RepairReported Reported = (RepairReported)RepairTicket.Report(
        "RT-1",
        RepairFixture.TenantReports with { Appointment = At + Duration.FromHours(4), AccessNotes = "钥匙在邻居家 (key with the neighbour)" },
        Officer,
        At).Value.Events[0];

    /// <summary>What <see cref="Reported"/> is stored as: this exact text, for good (stored bytes are hashed).</summary>
    public const string ReportedJson =
        """{"aggregateId":"RT-1","version":1,"occurredAt":"2026-11-27T02:00:00Z","actor":{"id":"O1","displayName":"王客服","site":"SZ-01","roles":["Officer"]},"request":{"channel":"Call","resident":{"name":"陈先生","phone":"13912345678","isOwner":false,"id":"R2"},"contactPhone":"13912345678","location":{"kind":"Unit","unit":{"building":"3","entrance":"2","room":"1201"},"description":"kitchen"},"category":"Unit","description":"Kitchen tap drips","feeItemCodes":["S-01"],"appointment":"2026-11-27T06:00:00Z","residentSuppliesMaterials":false,"permissionToEnter":false,"accessNotes":"钥匙在邻居家 (key with the neighbour)","unitOwners":[{"name":"陈女士","phone":"13812345678","isOwner":true,"id":"R1"}]},"site":"SZ-01","logBook":"ContactRegister"}""";

    /// <summary>A quote of two lines and a surcharge, assessed.</summary>
    public static readonly Quote Quote = new(
        new QuoteRequest(Site, RepairCategory.Unit, new LocalDate(2026, 11, 27), [new QuoteRequestItem("S-01"), new QuoteRequestItem("P-02", 2.5m) { MaterialCost = Money.Yuan(30m) }]),
        [
            new QuoteLine("S-01", "更换水龙头垫圈 replace washer", 1m, Money.Yuan(20.00m), Money.Yuan(5m), Payer.Resident, "in the unit"),
            new QuoteLine(null, "Pipe section", 2.5m, Money.Yuan(100m), Money.Yuan(30.50m), Payer.PropertyCompany, "common pipe", isAssessed: true),
        ],
        [new QuoteAdjustment("AfterHoursSurcharge", QuoteAdjustmentKind.Surcharge, Money.Yuan(15m), Payer.Resident, "work at 20:00", 0)],
        new LocalDate(2026, 1, 1),
        RepairFixture.EngineeringSupervisor,
        At);

    public static readonly QuoteAccepted QuoteAccepted =
        new("RT-1", 6, At, Officer, AssessmentPurpose.Repair, Quote, RepairFixture.Owner, QuoteAnswerChannel.Phone);

    /// <summary>A call in the night duty log during the night shift of 26 November.</summary>
    public static readonly ContactLogged ContactLogged = new(
        "DL-SZ-01", 3, At, Technician, "N-7", LogBook.NightDutyLog, "Night", new LocalDate(2026, 11, 26), ContactKind.Call, ContactCategory.Repair,
        "陈女士 3-2-1201", "厨房水管爆裂 burst pipe");

    /// <summary>What <see cref="ContactLogged"/> is stored as, at schema version 2.</summary>
    public const string ContactLoggedJson =
        """{"aggregateId":"DL-SZ-01","version":3,"occurredAt":"2026-11-27T02:00:00Z","actor":{"id":"T1","displayName":"周师傅","site":"SZ-01","roles":["Technician"]},"entryId":"N-7","logBook":"NightDutyLog","shift":{"name":"Night","date":"2026-11-26"},"kind":"Call","category":"Repair","from":"陈女士 3-2-1201","summary":"厨房水管爆裂 burst pipe"}""";
}
