using System.Buffers;

namespace PropertyService.Storage.Serialization;

/// <summary>
/// Splits a UTF-8 stream into lines for <see cref="EventJsonLines"/>, reading it in blocks into one pooled buffer: a line
/// ends at <c>\n</c> (a <c>\r</c> before it is dropped), the last line needs no line break, and a byte order mark before
/// the first line is skipped.
/// </summary>
/// <remarks>A line handed out stays valid until the next <see cref="Fill"/> or <see cref="FillAsync"/>. Not thread-safe.</remarks>
internal sealed class JsonLineBuffer : IDisposable
{
    /// <summary>The longest line read, in bytes: a stream with no line break in this many bytes is not an export.</summary>
    internal const int MaximumLineLength = 16 * 1024 * 1024;

    private const int BlockSize = 64 * 1024;

    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(BlockSize);
    private int _start;
    private int _end;
    private int _searched;
    private bool _ended;

    /// <summary>The number of the last line handed out, from 1; 0 before the first.</summary>
    internal long LineNumber { get; private set; }

    /// <summary>Whether the stream has ended and every line has been handed out.</summary>
    internal bool Ended => _ended && _start == _end;

    /// <summary>Takes the next whole line from what has been read, without its line break.</summary>
    /// <param name="line">The line, valid until the next fill.</param>
    /// <returns>Whether a line was taken; if not, <see cref="Fill"/> (or <see cref="Ended"/>).</returns>
    internal bool TryTake(out ReadOnlyMemory<byte> line)
    {
        var found = _buffer.AsSpan(_start + _searched, _end - _start - _searched).IndexOf((byte)'\n');
        int length;
        if (found >= 0)
        {
            length = _searched + found;
            line = Trim(_buffer.AsMemory(_start, length));
            _start += length + 1;
        }
        else if (_ended && _end > _start)
        {
            length = _end - _start;
            line = Trim(_buffer.AsMemory(_start, length));
            _start = _end;
        }
        else
        {
            _searched = _end - _start;
            line = default;
            return false;
        }

        _searched = 0;
        if (length > MaximumLineLength)
        {
            // A whole line can arrive in one read before MakeRoom sees it: the same limit holds however it came.
            throw new EventJsonLinesFormatException(
                $"Line {LineNumber} is longer than {MaximumLineLength / (1024 * 1024)} MiB: an event export holds one event on every line.",
                LineNumber);
        }

        return true;
    }

    /// <summary>Reads the next block of the stream.</summary>
    /// <param name="stream">The stream.</param>
    /// <exception cref="EventJsonLinesFormatException">The line being read is longer than <see cref="MaximumLineLength"/>.</exception>
    internal void Fill(Stream stream)
    {
        MakeRoom();
        var read = stream.Read(_buffer, _end, _buffer.Length - _end);
        Advance(read);
    }

    /// <summary>Reads the next block of the stream.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>A task that completes when the block is read.</returns>
    /// <exception cref="EventJsonLinesFormatException">The line being read is longer than <see cref="MaximumLineLength"/>.</exception>
    internal async ValueTask FillAsync(Stream stream, CancellationToken cancellationToken)
    {
        MakeRoom();
        var read = await stream.ReadAsync(_buffer.AsMemory(_end, _buffer.Length - _end), cancellationToken).ConfigureAwait(false);
        Advance(read);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private ReadOnlyMemory<byte> Trim(ReadOnlyMemory<byte> line)
    {
        LineNumber++;
        if (LineNumber == 1 && line.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            line = line[3..];
        }

        return line.Span.EndsWith((byte)'\r') ? line[..^1] : line;
    }

    private void MakeRoom()
    {
        if (_end - _start > MaximumLineLength)
        {
            throw new EventJsonLinesFormatException(
                $"Line {LineNumber + 1} is longer than {MaximumLineLength / (1024 * 1024)} MiB without a line break: an event export holds one event on every line.",
                LineNumber + 1);
        }

        if (_buffer.Length - _end >= BlockSize / 4)
        {
            return;
        }

        var partial = _end - _start;
        var target = _start > 0 && partial <= _buffer.Length / 2 ? _buffer : ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
        _buffer.AsSpan(_start, partial).CopyTo(target); // the partial line to the front
        if (target != _buffer)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = target;
        }

        _start = 0;
        _end = partial;
    }

    private void Advance(int read)
    {
        if (read == 0)
        {
            _ended = true;
        }
        else
        {
            _end += read;
        }
    }
}
