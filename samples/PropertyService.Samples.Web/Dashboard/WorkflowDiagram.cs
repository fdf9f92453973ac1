namespace PropertyService.Samples.Web.Dashboard;

/// <summary>
/// Draws a <see cref="WorkflowGraph"/> as inline SVG, on the server, with the current state highlighted: a layered
/// layout (each state on the row of its shortest distance from the start; states with no way out on the last row),
/// forward arrows down, backward arrows curving round the left, loops on the right.
/// </summary>
/// <remarks>
/// The root is <c>&lt;svg id="workflow-diagram"&gt;</c>; each state is a <c>&lt;g class="wf-state" data-state="…"&gt;</c>, the
/// current one with <c>data-current="true"</c> and a distinct fill; each arrow a <c>&lt;path class="wf-edge"&gt;</c> whose
/// <c>&lt;title&gt;</c> lists its actions and guards, the arrows out of the current state also <c>wf-next</c>. Only presentation attributes, no inline style, so a strict CSP holds.
/// </remarks>
public static class WorkflowDiagram
{
    /// <summary>The element id of the diagram.</summary>
    public const string ElementId = "workflow-diagram";

    private const double NodeWidth = 176;
    private const double NodeHeight = 34;
    private const double ColumnGap = 20;
    private const double RowGap = 56;
    private const double Margin = 56;

    /// <summary>The row of each state in the layered layout, from 0.</summary>
    /// <param name="graph">The workflow.</param>
    /// <returns>Each state's row.</returns>
    public static IReadOnlyDictionary<string, int> Layers(WorkflowGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var outgoing = graph.States.ToDictionary(s => s, _ => new List<string>(), StringComparer.Ordinal);
        var hasIncoming = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in graph.Transitions.Where(t => t.From != t.To))
        {
            outgoing[t.From].Add(t.To);
            hasIncoming.Add(t.To);
        }

        // Breadth first from the start and from every state nothing leads to (such as a ticket logged at night).
        var layer = new Dictionary<string, int>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        foreach (var root in graph.States.Where(s => s == graph.Initial || !hasIncoming.Contains(s)))
        {
            layer[root] = 0;
            queue.Enqueue(root);
        }

        while (queue.TryDequeue(out var state))
        {
            foreach (var next in outgoing[state].Where(n => !layer.ContainsKey(n)))
            {
                layer[next] = layer[state] + 1;
                queue.Enqueue(next);
            }
        }

        // Final states (no way out) and anything unreachable share the last row.
        var sinks = graph.States.Where(s => outgoing[s].Count == 0 || !layer.ContainsKey(s)).ToHashSet(StringComparer.Ordinal);
        var last = graph.States.Where(s => !sinks.Contains(s) && layer.ContainsKey(s)).Select(s => layer[s]).DefaultIfEmpty(-1).Max() + 1;
        foreach (var sink in sinks)
        {
            layer[sink] = last;
        }

        return layer;
    }

    /// <summary>Appends the diagram.</summary>
    /// <param name="html">Where to write.</param>
    /// <param name="graph">The workflow.</param>
    /// <param name="current">The state to highlight, as the graph names it (the state enum's name).</param>
    /// <param name="label">The state's label for a reader.</param>
    /// <param name="title">The diagram's accessible name.</param>
    public static void Render(Html html, WorkflowGraph graph, string current, Func<string, string> label, string title)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(label);
        var layers = Layers(graph);
        var rows = graph.States.GroupBy(s => layers[s]).OrderBy(g => g.Key).Select(g => g.ToList()).ToList();
        var predecessors = graph.Transitions.Where(t => t.From != t.To).ToLookup(t => t.To, t => t.From, StringComparer.Ordinal);

        // Within a row, order by the mean position of the states leading there (fewer crossings), else by first mention.
        var column = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var ordered = row.Select((s, i) => (State: s, Key: predecessors[s].Where(column.ContainsKey).Select(p => column[p]).DefaultIfEmpty(i).Average(), Index: i))
                .OrderBy(x => x.Key).ThenBy(x => x.Index).Select(x => x.State).ToList();
            row.Clear();
            row.AddRange(ordered);
            for (var i = 0; i < row.Count; i++)
            {
                column[row[i]] = i - ((row.Count - 1) / 2.0);
            }
        }

        var widest = rows.Count == 0 ? 1 : rows.Max(r => r.Count);
        var width = (2 * Margin) + (widest * NodeWidth) + ((widest - 1) * ColumnGap);
        var height = (2 * 24) + (rows.Count * NodeHeight) + (Math.Max(0, rows.Count - 1) * RowGap);
        var position = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal);
        for (var r = 0; r < rows.Count; r++)
        {
            var rowWidth = (rows[r].Count * NodeWidth) + ((rows[r].Count - 1) * ColumnGap);
            var left = (width - rowWidth) / 2;
            for (var i = 0; i < rows[r].Count; i++)
            {
                position[rows[r][i]] = (left + (i * (NodeWidth + ColumnGap)), 24 + (r * (NodeHeight + RowGap)));
            }
        }

        html.Open("svg", ("id", ElementId), ("class", "workflow-diagram"), ("xmlns", "http://www.w3.org/2000/svg"), ("role", "img"),
            ("viewBox", $"0 0 {Html.Number(width)} {Html.Number(height)}"), ("width", Html.Number(width)), ("height", Html.Number(height)),
            ("aria-label", title), ("data-current-state", current));
        html.Element("title", title);
        html.Raw("<defs><marker id=\"wf-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">")
            .Raw("<path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#64748b\"></path></marker></defs>");

        html.Open("g", ("class", "wf-edges"));
        var back = 0;
        foreach (var edge in graph.Transitions.GroupBy(t => (t.From, t.To)))
        {
            var (fx, fy) = position[edge.Key.From];
            var (tx, ty) = position[edge.Key.To];
            string d;
            if (edge.Key.From == edge.Key.To)
            {
                var x = fx + NodeWidth;
                d = $"M {Html.Number(x)} {Html.Number(fy + 8)} C {Html.Number(x + 34)} {Html.Number(fy - 10)}, {Html.Number(x + 34)} {Html.Number(fy + NodeHeight + 10)}, {Html.Number(x)} {Html.Number(fy + NodeHeight - 8)}";
            }
            else if (ty > fy)
            {
                var (x1, y1, x2, y2) = (fx + (NodeWidth / 2), fy + NodeHeight, tx + (NodeWidth / 2), ty);
                var bend = (y2 - y1) / 2;
                d = $"M {Html.Number(x1)} {Html.Number(y1)} C {Html.Number(x1)} {Html.Number(y1 + bend)}, {Html.Number(x2)} {Html.Number(y2 - bend)}, {Html.Number(x2)} {Html.Number(y2)}";
            }
            else
            {
                // Backward or sideways: leave from the left side and come back round the left margin.
                var bulge = 14 + (8 * (back++ % 5));
                var (x1, y1, x2, y2) = (fx, fy + (NodeHeight / 2), tx, ty + (NodeHeight / 2));
                var outer = Math.Min(x1, x2) - bulge - (Math.Abs(y1 - y2) / 6);
                d = $"M {Html.Number(x1)} {Html.Number(y1)} C {Html.Number(outer)} {Html.Number(y1)}, {Html.Number(outer)} {Html.Number(y2)}, {Html.Number(x2)} {Html.Number(y2)}";
            }

            // The ways out of the current state stand out: they are what can happen next.
            var next = edge.Key.From == current;
            html.Open("path", ("class", next ? "wf-edge wf-next" : "wf-edge"), ("d", d), ("fill", "none"), ("stroke", next ? "#1d4ed8" : "#94a3b8"),
                ("stroke-width", next ? "2" : "1.2"),
                ("marker-end", "url(#wf-arrow)"), ("data-from", edge.Key.From), ("data-to", edge.Key.To));
            html.Element("title", string.Join("\n", edge.Select(t => t.Guards.Count == 0 ? t.Trigger : $"{t.Trigger} [{string.Join("] [", t.Guards)}]")));
            html.Close("path");
        }

        html.Close("g");

        html.Open("g", ("class", "wf-states"));
        foreach (var state in graph.States)
        {
            var (x, y) = position[state];
            var isCurrent = state == current;
            html.Open("g", ("class", isCurrent ? "wf-state wf-current" : "wf-state"), ("data-state", state), ("data-current", isCurrent ? "true" : null));
            html.Element("title", label(state));
            html.Open("rect", ("x", Html.Number(x)), ("y", Html.Number(y)), ("width", Html.Number(NodeWidth)), ("height", Html.Number(NodeHeight)),
                ("rx", "8"), ("fill", isCurrent ? "#1d4ed8" : state == graph.Initial ? "#e0f2fe" : "#f8fafc"),
                ("stroke", isCurrent ? "#1e3a8a" : "#64748b"), ("stroke-width", isCurrent ? "2.5" : "1")).Close("rect");
            html.Element("text", label(state), ("x", Html.Number(x + (NodeWidth / 2))), ("y", Html.Number(y + (NodeHeight / 2) + 4)),
                ("text-anchor", "middle"), ("font-size", "12"), ("fill", isCurrent ? "#ffffff" : "#0f172a"));
            html.Close("g");
        }

        html.Close("g");
        html.Close("svg");
    }
}
