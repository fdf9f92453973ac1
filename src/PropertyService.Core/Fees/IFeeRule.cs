namespace PropertyService.Fees;

/// <summary>
/// A fee rule: runs once per quote, in the evaluator's declared order, and may change the payer of a
/// line or add a surcharge or discount, always with a reason (through <see cref="FeeRuleContext"/>).
/// </summary>
/// <remarks>
/// <para>The built-in rules (<see cref="FeeRules.CreateBuiltIn"/>) implement this interface the same
/// way vendors do: add your own, or remove, reorder and replace built-ins, by editing the list given to
/// <see cref="FeeEvaluator"/>.</para>
/// <para>A rule must be pure: the same request and quote so far give the same changes. Rules are shared
/// between threads, so keep them immutable.</para>
/// </remarks>
public interface IFeeRule
{
    /// <summary>The rule's name, unique within an evaluator; recorded on every adjustment the rule makes.</summary>
    string Name { get; }

    /// <summary>Applies the rule to the quote being built.</summary>
    /// <param name="context">The request and the quote so far, with the operations a rule may perform.</param>
    void Apply(FeeRuleContext context);
}
