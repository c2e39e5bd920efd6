using System.Text;
using ServiceStandard.Comparison;
using ServiceStandard.Diagnostics;
using ServiceStandard.Loading;

namespace ServiceStandard.Events;

/// <summary>The two kinds of event CPSV-AP distinguishes (<c>cv:BusinessEvent</c>, <c>cv:LifeEvent</c>).</summary>
public enum EventKind
{
    /// <summary><c>businessEvent</c>: a chain a business goes through (企业开办, 开办餐饮店).</summary>
    BusinessEvent,

    /// <summary><c>lifeEvent</c>: a chain a citizen goes through (新生儿出生, 退休).</summary>
    LifeEvent,
}

/// <summary>One step of an event: items that run in parallel, each named by its basic code.</summary>
/// <param name="Items">The basic codes (12 characters each), in the order written.</param>
/// <param name="Name">What the step is called (办理营业执照), when the file names it.</param>
public sealed record EventStep(IReadOnlyList<string> Items, string? Name = null);

/// <summary>
/// The policy goal of an event (docs/format.md section 12): any of the end-to-end figures. A region meets the target when
/// each figure given is met: at most the value, except <see cref="OnlineDepth"/>, which is a least.
/// </summary>
public sealed record EventTarget
{
    /// <summary>The comparison's metrics an event measures end to end, in the order of <see cref="Metrics"/>.</summary>
    private static readonly ComparisonMetric[] Kinds =
    [
        ComparisonMetric.CommittedWorkingDays, ComparisonMetric.LegalWorkingDays, ComparisonMetric.OnsiteVisits,
        ComparisonMetric.FeeTotal, ComparisonMetric.Materials, ComparisonMetric.OnlineDepth,
    ];

    /// <summary>The metric names a target may use, as docs/format.md section 12 spells the report's fields (the comparison's names, <see cref="ComparisonMetrics.Name"/>).</summary>
    public static IReadOnlyList<string> Metrics { get; } = Array.ConvertAll(Kinds, ComparisonMetrics.Name);

    /// <summary>At most this many working days, committed limits end to end.</summary>
    public decimal? CommittedWorkingDays { get; init; }

    /// <summary>At most this many working days, legal limits end to end.</summary>
    public decimal? LegalWorkingDays { get; init; }

    /// <summary>At most this many on-site visits in all.</summary>
    public decimal? OnsiteVisits { get; init; }

    /// <summary>At most this much in fees (CNY) in all.</summary>
    public decimal? FeeTotal { get; init; }

    /// <summary>At most this many distinct required materials.</summary>
    public decimal? Materials { get; init; }

    /// <summary>At least this online depth (1 to 4) for every item.</summary>
    public decimal? OnlineDepth { get; init; }

    /// <summary>The target's figures that are given, by metric name, in the order of <see cref="Metrics"/>.</summary>
    public IReadOnlyList<(string Metric, decimal Value)> Given() =>
        Metrics.Select(m => (m, Of(m))).Where(p => p.Item2 is not null).Select(p => (p.m, p.Item2!.Value)).ToArray();

    /// <summary>The value a metric is given, or <see langword="null"/>.</summary>
    /// <param name="metric">One of <see cref="Metrics"/>.</param>
    public decimal? Of(string metric) =>
        Pick(metric, CommittedWorkingDays, LegalWorkingDays, OnsiteVisits, FeeTotal, Materials, OnlineDepth);

    /// <summary>The comparison metric a name of <see cref="Metrics"/> stands for (its direction: <see cref="ComparisonMetrics.HigherIsWorse"/>).</summary>
    /// <param name="metric">One of <see cref="Metrics"/>.</param>
    internal static ComparisonMetric Kind(string metric) =>
        Pick(metric, Kinds[0], Kinds[1], Kinds[2], Kinds[3], Kinds[4], Kinds[5]);

    /// <summary>The one of six values that stands for a metric, in the order of <see cref="Metrics"/>.</summary>
    internal static T Pick<T>(string metric, T committed, T legal, T visits, T fees, T materials, T depth) => metric switch
    {
        "committedWorkingDays" => committed,
        "legalWorkingDays" => legal,
        "onsiteVisits" => visits,
        "feeTotal" => fees,
        "materials" => materials,
        "onlineDepth" => depth,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Not an event metric."),
    };
}

/// <summary>Where an event's target comes from: the policy document.</summary>
/// <param name="Title">The document's title (国务院办公厅关于进一步压缩企业开办时间的意见).</param>
/// <param name="Number">Its number (国办发〔2018〕32号), when it has one.</param>
/// <param name="Url">The address its text was read at, when given.</param>
public sealed record EventSource(string Title, string? Number = null, string? Url = null);

/// <summary>
/// An event (一件事): the items of one chain a business or a citizen goes through, step by step, as an event file
/// writes it (docs/format.md section 12; schema <c>schemas/event/1.0/event.schema.json</c>):
/// <code>
/// event: 开办餐饮店              # the event's name
/// code: restaurant-opening       # a stable token
/// kind: businessEvent            # businessEvent | lifeEvent
/// steps:                         # in order; the items of one step run in parallel
///   - items: ["000771004000"]
///   - items: ["000171028000", "000123020000"]
/// target: { committedWorkingDays: 5 }            # optional
/// source: { title: ..., number: ..., url: ... }  # optional: where the target comes from
/// </code>
/// </summary>
public sealed record ServiceEvent
{
    /// <summary>The event's name (一件事), such as 开办餐饮店.</summary>
    public required string Name { get; init; }

    /// <summary>A stable token, such as <c>restaurant-opening</c>.</summary>
    public required string Code { get; init; }

    /// <summary>Business or life event.</summary>
    public required EventKind Kind { get; init; }

    /// <summary>The steps in order, each with at least one item; every basic code once in the event.</summary>
    public required IReadOnlyList<EventStep> Steps { get; init; }

    /// <summary>The policy goal, when the file gives one.</summary>
    public EventTarget? Target { get; init; }

    /// <summary>Where the target comes from, when the file says.</summary>
    public EventSource? Source { get; init; }

    /// <summary>The file it was read from, as named to <see cref="Read"/>; <see langword="null"/> for an event made in code.</summary>
    public string? File { get; init; }

    /// <summary>Every basic code of the event, step by step.</summary>
    public IEnumerable<string> ItemCodes => Steps.SelectMany(s => s.Items);

    /// <summary>Where each basic code is written in the file (JSON Pointer and position); empty for an event made in code.</summary>
    internal IReadOnlyDictionary<string, (string Pointer, SourcePosition Position)> Positions { get; init; } =
        new Dictionary<string, (string, SourcePosition)>(StringComparer.Ordinal);

    /// <summary>The token of a kind: <c>businessEvent</c> or <c>lifeEvent</c>.</summary>
    /// <param name="kind">The kind.</param>
    public static string Token(EventKind kind) => kind == EventKind.BusinessEvent ? "businessEvent" : "lifeEvent";

    /// <summary>
    /// Reads an event file, YAML or JSON. Problems are diagnostics, never exceptions: each fault is an SS1307 error at
    /// its line and column (a missing event, code, kind or steps; an unknown kind; an empty step; a basic code not of
    /// 12 digits or capital letters, or given twice; a target metric that does not exist; an unknown key), and the file's
    /// syntax problems are the loading codes (SS10xx). A basic code no inventory carries is no fault of the file (a
    /// region may lack the item): <see cref="EventComparison.Compare"/> says so.
    /// </summary>
    /// <param name="path">A <c>.yaml</c>, <c>.yml</c> or <c>.json</c> file.</param>
    /// <param name="diagnostics">The problems found; empty when the file is sound.</param>
    /// <returns>The event, or <see langword="null"/> when the file has errors.</returns>
    public static ServiceEvent? Read(string path, out IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bag = new DiagnosticBag(path);
        var read = EventFile.Read(DocumentTree.ReadFile(path, bag), bag);
        diagnostics = bag.Items;
        return read is not null && bag.ErrorCount == 0 ? read with { File = path } : null;
    }

    /// <summary>Reads an event from text, as <see cref="Read"/> reads a file.</summary>
    /// <param name="text">The document.</param>
    /// <param name="format">YAML or JSON.</param>
    /// <param name="file">The name diagnostics give the document, if any.</param>
    /// <param name="diagnostics">The problems found; empty when the text is sound.</param>
    /// <returns>The event, or <see langword="null"/> when the text has errors.</returns>
    public static ServiceEvent? Parse(string text, DocumentFormat format, string? file, out IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bag = new DiagnosticBag(file);
        var read = EventFile.Read(DocumentTree.Read(Encoding.UTF8.GetBytes(text), format, bag), bag);
        diagnostics = bag.Items;
        return read is not null && bag.ErrorCount == 0 ? read with { File = file } : null;
    }
}
