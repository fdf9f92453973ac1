using System.Globalization;
using PropertyService.HelpRequests;
using PropertyService.Repairs;
using PropertyService.Shifts;
using PropertyService.Utility;

namespace PropertyService.Workflows;

/// <summary>
/// Every text the library's workflows use exists in English and in Chinese: each guard's refusal, each refusal because
/// of the state (with its action, state and pending step) and each role refusal renders in both languages. The English
/// texts are the ones the diagrams and the tables show, and the Chinese ones are translations, not copies.
/// </summary>
public class WorkflowTextTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Fact]
    public void Every_guard_and_every_refusal_of_the_repair_workflow_reads_in_both_languages() =>
        CheckWorkflow(RepairWorkflow.Build());

    [Fact]
    public void Every_guard_and_every_refusal_of_the_help_request_workflow_reads_in_both_languages() =>
        CheckWorkflow(HelpRequestWorkflow.Build());

    [Fact]
    public void Every_guard_and_every_refusal_of_the_shift_handover_workflow_reads_in_both_languages() =>
        CheckWorkflow(ShiftHandoverWorkflow.Build());

    [Fact]
    public void Every_role_reads_in_both_languages_and_in_English_as_its_name()
    {
        foreach (var role in Enum.GetValues<Role>())
        {
            Assert.Equal(role.ToString(), LocalizedText.Of(role).Render(English));
            Assert.True(IsTranslated(LocalizedText.Of(role).Render(Chinese)), role.ToString());
        }
    }

    [Fact]
    public void Every_enum_value_a_refusal_names_reads_in_both_languages_and_in_English_as_its_name()
    {
        CheckNames<RepairCategory>("RepairCategory");
        CheckNames<HelpKind>("HelpKind");
        CheckNames<HandoverItemKind>("HandoverItemKind");
        CheckNames<NightEntryOutcome>("NightEntryOutcome");
        CheckNames<Complaints.ComplaintState>("Complaint.State");
    }

    private static void CheckNames<TEnum>(string prefix)
        where TEnum : struct, Enum
    {
        foreach (var value in Enum.GetValues<TEnum>())
        {
            var text = LocalizedText.Of(prefix, value);
            Assert.Equal(value.ToString(), text.Render(English));
            Assert.True(IsTranslated(text.Render(Chinese)), $"{prefix}.{value}");
        }
    }

    private static void CheckWorkflow<TState, TTrigger, TAction, TContext>(Workflow<TState, TTrigger, TAction, TContext> flow)
        where TState : struct, Enum
        where TTrigger : struct, Enum
        where TAction : struct, Enum
        where TContext : class
    {
        Assert.NotNull(flow.Codes.Words);
        foreach (var guard in flow.Transitions.SelectMany(t => t.Guards).DistinctBy(g => g.Description))
        {
            Assert.NotNull(guard.Key);
            Assert.Equal(char.ToUpperInvariant(guard.Description[0]) + guard.Description[1..] + ".", guard.Rejection.Describe(English));
            Assert.True(IsTranslated(guard.Rejection.Describe(Chinese)), guard.Key);
        }

        foreach (var state in Enum.GetValues<TState>())
        {
            foreach (var action in Enum.GetValues<TAction>())
            {
                var notNow = flow.NotNow(state, action);
                Assert.Equal($"{action} is not possible while the {flow.Codes.Noun} is {state}: {flow.PendingIn(state).WhatFirst}.", notNow.Describe(English));
                Assert.True(IsTranslated(notNow.Describe(Chinese)), notNow.Describe(English));
            }
        }

        foreach (var action in Enum.GetValues<TAction>())
        {
            foreach (var role in Enum.GetValues<Role>())
            {
                if (flow.CheckRole(new Actor("A", "某人", new SiteId("S"), role), action) is { } refused)
                {
                    Assert.StartsWith($"{action} is for ", refused.Describe(English), StringComparison.Ordinal);
                    Assert.True(IsTranslated(refused.Describe(Chinese)), refused.Describe(English));
                }
            }
        }
    }

    // A Chinese text has no English word in it (codes such as RP-09 and placeholders' data aside).
    private static bool IsTranslated(string chinese) =>
        chinese.Any(c => c >= '\u4e00' && c <= '\u9fff') && !System.Text.RegularExpressions.Regex.IsMatch(chinese, "[A-Za-z]{3,}");
}
