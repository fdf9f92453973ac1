namespace PropertyService.DependencyInjection;

/// <summary>
/// The library is misconfigured: thrown at start-up (when the host starts, or when the <see cref="Pipeline.ServiceCenter"/>
/// is first resolved) with every error listed, each naming its setting.
/// </summary>
public sealed class PropertyServiceConfigurationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="errors">The errors, each naming its setting.</param>
    public PropertyServiceConfigurationException(IReadOnlyList<string> errors)
        : base(Describe(errors)) => Errors = errors;

    /// <summary>Creates the exception with a single error.</summary>
    public PropertyServiceConfigurationException()
        : this(["The library is misconfigured."])
    {
    }

    /// <summary>Creates the exception with a single error.</summary>
    /// <param name="message">The error.</param>
    public PropertyServiceConfigurationException(string message)
        : this([message])
    {
    }

    /// <summary>Creates the exception with a single error and its cause.</summary>
    /// <param name="message">The error.</param>
    /// <param name="innerException">The cause.</param>
    public PropertyServiceConfigurationException(string message, Exception innerException)
        : base(Describe([message]), innerException) => Errors = [message];

    /// <summary>The errors, each naming its setting.</summary>
    public IReadOnlyList<string> Errors { get; }

    private static string Describe(IReadOnlyList<string> errors) =>
        $"PropertyService is misconfigured ({errors.Count} error{(errors.Count == 1 ? string.Empty : "s")}):{Environment.NewLine}- " +
        string.Join(Environment.NewLine + "- ", errors);
}
