namespace PropertyService.Storage.Serialization;

/// <summary>
/// The field names of the stored event format, in one place: every converter reads and writes through these, so the
/// format can be read here (and its changes seen in one diff).
/// </summary>
/// <remarks>
/// <para>An event's own fields are its primary-constructor parameters, then its settable (<c>init</c>) properties
/// in ordinal order of their names, each under its camelCase name (<c>AggregateId</c> becomes <c>aggregateId</c>;
/// see <see cref="EventContract"/>): a new event needs no entry here. Computed properties are not stored. An event
/// whose stored shape differs from its CLR shape has a converter of its own and its names are listed below
/// (<see cref="ContactLoggedConverter"/>).</para>
/// <para>Renaming a constructor parameter of an event, or a constant here, changes the stored format: that needs a new
/// schema version and an <see cref="IEventUpcaster"/>. The test <c>EventContractTests</c> compares the whole format with
/// a checked-in snapshot so that no such change goes unnoticed.</para>
/// </remarks>
internal static class JsonFields
{
    // Every event (the parameters of DomainEvent's constructor, written first).
    internal const string AggregateId = "aggregateId";
    internal const string Version = "version";
    internal const string OccurredAt = "occurredAt";
    internal const string Actor = "actor";

    // Actor: {"id","displayName","site","roles":["Officer",...]} (roles in Role order, each once).
    internal const string Id = "id";
    internal const string DisplayName = "displayName";
    internal const string Site = "site";
    internal const string Roles = "roles";

    // Money: {"amount": 12.50, "currency": "CNY"}; the amount is a JSON number written with its scale (12.50 stays 12.50).
    internal const string Amount = "amount";
    internal const string Currency = "currency";

    // UnitAddress: {"building","entrance","room"}.
    internal const string Building = "building";
    internal const string Entrance = "entrance";
    internal const string Room = "room";

    // Location: {"kind":"Unit","unit":{...},"description"} or {"kind":"CommonArea","unit":null,"description"}.
    internal const string Kind = "kind";
    internal const string Unit = "unit";
    internal const string Description = "description";

    // Resident: {"name","phone","isOwner","id"}.
    internal const string Name = "name";
    internal const string Phone = "phone";
    internal const string IsOwner = "isOwner";

    // RepairRequest: {"channel","resident","contactPhone","location","category","description","feeItemCodes","appointment",
    // "residentSuppliesMaterials","permissionToEnter","accessNotes","unitOwners"}.
    internal const string Channel = "channel";
    internal const string Resident = "resident";
    internal const string ContactPhone = "contactPhone";
    internal const string Location = "location";
    internal const string Category = "category";
    internal const string FeeItemCodes = "feeItemCodes";
    internal const string Appointment = "appointment";
    internal const string ResidentSuppliesMaterials = "residentSuppliesMaterials";
    internal const string PermissionToEnter = "permissionToEnter";
    internal const string AccessNotes = "accessNotes";
    internal const string UnitOwners = "unitOwners";

    // Quote: {"request","lines","adjustments","scheduleInForceFrom","assessor","assessedAt"}; currency and totals are computed.
    internal const string Request = "request";
    internal const string Lines = "lines";
    internal const string Adjustments = "adjustments";
    internal const string ScheduleInForceFrom = "scheduleInForceFrom";
    internal const string Assessor = "assessor";
    internal const string AssessedAt = "assessedAt";

    // QuoteLine: {"itemCode","description","quantity","labour","material","payer","payerReason","isAssessed"}.
    internal const string ItemCode = "itemCode";
    internal const string Quantity = "quantity";
    internal const string Labour = "labour";
    internal const string Material = "material";
    internal const string Payer = "payer";
    internal const string PayerReason = "payerReason";
    internal const string IsAssessed = "isAssessed";

    // QuoteAdjustment: {"ruleName","kind","amount","payer","reason","lineIndex"}.
    internal const string RuleName = "ruleName";
    internal const string Reason = "reason";
    internal const string LineIndex = "lineIndex";

    // QuoteRequest: {"site","category","reportedOn","items","locationKind","residentSuppliesMaterials","workStartsAt",
    // "warranty","isMajorWork","isUtilityInstallation"}.
    internal const string ReportedOn = "reportedOn";
    internal const string Items = "items";
    internal const string LocationKind = "locationKind";
    internal const string WorkStartsAt = "workStartsAt";
    internal const string Warranty = "warranty";
    internal const string IsMajorWork = "isMajorWork";
    internal const string IsUtilityInstallation = "isUtilityInstallation";

    // QuoteRequestItem: {"itemCode","quantity","chosenUnitLabour","materialCost"}.
    internal const string ChosenUnitLabour = "chosenUnitLabour";
    internal const string MaterialCost = "materialCost";

    // WarrantyFacts: {"completionAcceptedOn","handedOverOn"}.
    internal const string CompletionAcceptedOn = "completionAcceptedOn";
    internal const string HandedOverOn = "handedOverOn";

    // WorkOrder: {"number","issuedAt","isCollected"}.
    internal const string Number = "number";
    internal const string IssuedAt = "issuedAt";
    internal const string IsCollected = "isCollected";

    // HandoverItem: {"kind","reference","description","note","isMajor"}.
    internal const string Reference = "reference";
    internal const string Note = "note";
    internal const string IsMajor = "isMajor";

    // Tool: {"code","name","replacementPrice"}.
    internal const string Code = "code";
    internal const string ReplacementPrice = "replacementPrice";

    // ToolLoan: {"toolCode","borrower","lentBy","lentAt"}.
    internal const string ToolCode = "toolCode";
    internal const string Borrower = "borrower";
    internal const string LentBy = "lentBy";
    internal const string LentAt = "lentAt";

    // ToolLoss: {"tool","answerableBy","onLoan"}.
    internal const string Tool = "tool";
    internal const string AnswerableBy = "answerableBy";
    internal const string OnLoan = "onLoan";

    // shift.contact-logged, schema version 2: {"aggregateId","version","occurredAt","actor","entryId","logBook",
    // "shift":{"name","date"} or null,"kind","category","from","summary"}.
    internal const string EntryId = "entryId";
    internal const string LogBook = "logBook";
    internal const string Shift = "shift";
    internal const string Date = "date";
    internal const string From = "from";
    internal const string Summary = "summary";

    // shift.contact-logged, schema version 1 (read only by ContactLoggedV1Upcaster): "book" became "logBook", and
    // "shiftName" and "shiftDate" became "shift": {"name", "date"}.
    internal const string BookV1 = "book";
    internal const string ShiftNameV1 = "shiftName";
    internal const string ShiftDateV1 = "shiftDate";
}
