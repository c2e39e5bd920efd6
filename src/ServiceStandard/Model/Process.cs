using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using ServiceStandard.CodeLists;

namespace ServiceStandard.Model;

/// <summary>办理流程: the steps of an item and its special procedures.</summary>
[Description("办理流程。")]
public sealed record Process : ModelElement
{
    /// <summary>办理环节, in order.</summary>
    [Display(Name = "办理环节")]
    [Description("办理环节，按顺序。")]
    public IReadOnlyList<ProcessStep> Steps { get; init; } = [];

    /// <summary>特别程序.</summary>
    [Display(Name = "特别程序")]
    [Description("特别程序（延长、现场核查、听证、专家评审等）。")]
    public IReadOnlyList<SpecialProcedure> SpecialProcedures { get; init; } = [];
}

/// <summary>办理环节: one step, such as 受理, 审查, 决定.</summary>
[Description("办理环节。")]
public sealed record ProcessStep : ModelElement
{
    /// <summary>环节名称.</summary>
    [Required]
    [Display(Name = "环节名称")]
    [Description("环节名称，如 受理、审查、决定、送达。")]
    public required string Name { get; init; }

    /// <summary>办理人员: who performs the step.</summary>
    [Display(Name = "办理人员")]
    [Description("办理人员或岗位。")]
    public string? Actor { get; init; }

    /// <summary>环节时限.</summary>
    [Display(Name = "环节时限")]
    [Description("环节时限。")]
    public TimeLimit? TimeLimit { get; init; }
}

/// <summary>特别程序: a procedure outside the normal time limit.</summary>
[Description("特别程序。")]
public sealed record SpecialProcedure : ModelElement
{
    /// <summary>The kind: extension or other.</summary>
    [Required]
    [Display(Name = "特别程序种类")]
    [Description("特别程序种类：extension 延长，other 其他。")]
    public required SpecialProcedureKind Kind { get; init; }

    /// <summary>What the procedure is.</summary>
    [Display(Name = "特别程序说明")]
    [Description("特别程序说明。")]
    public string? Description { get; init; }

    /// <summary>特别程序时限.</summary>
    [Display(Name = "特别程序时限")]
    [Description("特别程序时限（不计入承诺办结时限）。")]
    public TimeLimit? TimeLimit { get; init; }
}
