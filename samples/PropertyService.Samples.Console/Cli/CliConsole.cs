using Spectre.Console;

namespace PropertyService.Samples.Console.Cli;

/// <summary>
/// Where commands write: standard output and standard error, each an <see cref="IAnsiConsole"/>. The program uses the
/// process's streams (<see cref="CreateSystem"/>); tests give two <c>Spectre.Console.Testing.TestConsole</c>s and read
/// what was written.
/// </summary>
/// <remarks>
/// Text for people goes through <see cref="Out"/> (tables, colours on a terminal). Text for programs (diagrams, JSON)
/// goes to <see cref="OutWriter"/> as it is: no markup, no wrapping, no padding.
/// </remarks>
public sealed class CliConsole
{
    /// <summary>The width text is laid out in when the output is not a terminal: wide enough that no line is wrapped.</summary>
    public const int UnwrappedWidth = 4096;

    /// <summary>Creates the pair.</summary>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error: error messages and diagnostics.</param>
    public CliConsole(IAnsiConsole output, IAnsiConsole error)
    {
        Out = output ?? throw new ArgumentNullException(nameof(output));
        Error = error ?? throw new ArgumentNullException(nameof(error));
    }

    /// <summary>Standard output, for people.</summary>
    public IAnsiConsole Out { get; }

    /// <summary>Standard error.</summary>
    public IAnsiConsole Error { get; }

    /// <summary>Standard output as a plain writer, for exact text such as diagrams and JSON.</summary>
    public TextWriter OutWriter => Out.Profile.Out.Writer;

    /// <summary>Standard error as a plain writer.</summary>
    public TextWriter ErrorWriter => Error.Profile.Out.Writer;

    /// <summary>
    /// The consoles of this process. When a stream is redirected (to a file, a pipe, a test), lines are not wrapped at
    /// 80 columns, so what a script greps for stays on one line.
    /// </summary>
    public static CliConsole CreateSystem() =>
        new(Create(System.Console.Out), Create(System.Console.Error));

    /// <summary>Writes <paramref name="message"/> to standard error as an error (red on a terminal).</summary>
    /// <param name="message">The message, as plain text (no markup).</param>
    public void WriteError(string message) =>
        Error.MarkupLine($"[red]error:[/] {Markup.Escape(message)}");

    private static IAnsiConsole Create(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });
        if (!console.Profile.Out.IsTerminal)
        {
            console.Profile.Width = UnwrappedWidth;
        }

        return console;
    }
}
