namespace PropertyService.Workflows;

/// <summary>
/// What a state is waiting for: the rule whose step is pending there and what must happen first. A command
/// refused because of the state cites this rule, not the command's usual one.
/// </summary>
/// <param name="RuleId">The rule whose step is pending, or null in a final state no rule governs.</param>
/// <param name="Code">The rejection code for refusals in this state, when it is not the workflow's usual "not allowed now".</param>
/// <param name="WhatFirst">What must happen first, in words ("the work order must be issued"), or what the state means
/// when nothing more can happen ("the ticket is closed"). In English, as replayed histories report it; a refusal reads it
/// in the reader's language from the resource <c>{Words}.Pending.{state}</c> (see <see cref="WorkflowCodes.Words"/>), whose
/// English text is this one.</param>
internal sealed record PendingStep(string? RuleId, string WhatFirst, string? Code = null);
