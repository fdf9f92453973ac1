using PropertyService.Fees;

namespace PropertyService.Samples.Console.Simulation;

/// <summary>Money quoted and accepted for one payer.</summary>
/// <param name="Payer">The payer.</param>
/// <param name="Quoted">Quoted.</param>
/// <param name="Accepted">Accepted.</param>
public sealed record PayerMoney(Payer Payer, decimal Quoted, decimal Accepted);
