namespace PropertyService.Samples.Web.Shifts;

/// <summary>A tool missing at the count, its replacement price and who answers for it (CS-10, CS-18).</summary>
public sealed record ToolLossView(string Code, string Name, decimal ReplacementPrice, string AnswerableBy, bool OnLoan);
