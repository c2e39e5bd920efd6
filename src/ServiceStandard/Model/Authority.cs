using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using ServiceStandard.CodeLists;

namespace ServiceStandard.Model;

/// <summary>实施主体: the body that implements an item, and the law it acts on.</summary>
[Description("实施主体及其权力依据。")]
public sealed record Authority : ModelElement
{
    /// <summary>实施主体名称.</summary>
    [Required]
    [Display(Name = "实施主体名称")]
    [Description("实施主体名称。")]
    public required string Name { get; init; }

    /// <summary>实施主体编码: its unified social credit code.</summary>
    [RegularExpression(Patterns.CreditCode)]
    [Display(Name = "实施主体编码")]
    [Description("实施主体统一社会信用代码（GB 32100），18 位，末位为校验码。")]
    public string? CreditCode { get; init; }

    /// <summary>实施主体性质.</summary>
    [Display(Name = "实施主体性质")]
    [Description("实施主体性质（代码表 2.4）。")]
    public AuthorityNature? Nature { get; init; }

    /// <summary>行使层级.</summary>
    [Display(Name = "行使层级")]
    [Description("行使层级（代码表 2.3）。")]
    public ExerciseLevel? Level { get; init; }

    /// <summary>权力来源.</summary>
    [Display(Name = "权力来源")]
    [Description("权力来源（代码表 2.5）。")]
    public PowerSource? Source { get; init; }

    /// <summary>设定依据: required for administrative powers.</summary>
    [Display(Name = "设定依据")]
    [Description("设定依据（法律、法规、规章及条款）；行政权力事项必填。")]
    public IReadOnlyList<LegalBasis> LegalBasis { get; init; } = [];
}

/// <summary>设定依据: one law, regulation or rule and its article.</summary>
[Description("设定依据：法律法规名称及条款。")]
public sealed record LegalBasis : ModelElement
{
    /// <summary>The title of the law, such as 《公共场所卫生管理条例》.</summary>
    [Required]
    [Display(Name = "依据名称")]
    [Description("法律、法规、规章名称，如《公共场所卫生管理条例》。")]
    public required string Title { get; init; }

    /// <summary>The article, such as 第八条.</summary>
    [Display(Name = "条款")]
    [Description("条款号，如 第八条。")]
    public string? Article { get; init; }
}
