namespace ServiceStandard.Diagnostics;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum Severity
{
    /// <summary>Informational: something the tool did or noticed; never blocks.</summary>
    Info = 0,

    /// <summary>A probable mistake; the document is still usable.</summary>
    Warning = 1,

    /// <summary>The document breaks the format or a rule; it is invalid.</summary>
    Error = 2,
}
