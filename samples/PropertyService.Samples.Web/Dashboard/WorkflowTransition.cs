namespace PropertyService.Samples.Web.Dashboard;

/// <summary>One arrow of a workflow: from a state, on an action, to a state, under the guards the library describes.</summary>
/// <param name="From">The state before.</param>
/// <param name="To">The state after.</param>
/// <param name="Trigger">The action (the Stateless trigger's name).</param>
/// <param name="Guards">The guards' descriptions, in order; empty when the action is always allowed in that state.</param>
public sealed record WorkflowTransition(string From, string To, string Trigger, IReadOnlyList<string> Guards);
