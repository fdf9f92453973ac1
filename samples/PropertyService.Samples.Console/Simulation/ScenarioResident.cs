namespace PropertyService.Samples.Console.Simulation;

/// <summary>A resident of a scenario: who they are for the library, where they live, and the actor they act as.</summary>
/// <param name="Key">The scenario's key.</param>
/// <param name="Resident">The resident (name, phone, owner or not).</param>
/// <param name="Unit">Their unit.</param>
/// <param name="Actor">The actor they act as (role Resident).</param>
public sealed record ScenarioResident(string Key, Resident Resident, UnitAddress Unit, Actor Actor);
