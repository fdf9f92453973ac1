namespace PropertyService.Samples.Web.Repairs;

/// <summary>One recorded event: its stable type name, version, instant and who did it.</summary>
public sealed record HistoryEntryView(string Type, int Version, string At, string ActorId, string ActorName);
