using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json;

namespace ServiceStandard.Model;

/// <summary>清单: the service items one region (or department) publishes, in format 1.0.</summary>
[Description("政务服务事项清单（服务事项目录）：一个地区或部门公布的政务服务事项。")]
public sealed record Inventory : ModelElement
{
    /// <summary>The format version of the document, such as <c>1.0</c>.</summary>
    [Required]
    [Display(Name = "格式版本")]
    [Description("本文档所用的格式版本。")]
    public required string SchemaVersion { get; init; }

    /// <summary>Whose inventory this is.</summary>
    [Required]
    [Display(Name = "行政区划")]
    [Description("清单所属的行政区划（GB/T 2260）。")]
    public required Region Region { get; init; }

    /// <summary>The publishing department, when one is named.</summary>
    [Display(Name = "发布部门")]
    [Description("发布清单的部门。")]
    public Department? Department { get; init; }

    /// <summary>The date the inventory was published.</summary>
    [Display(Name = "发布日期")]
    [Description("发布日期，ISO 8601（YYYY-MM-DD）。")]
    public DateOnly? PublishedOn { get; init; }

    /// <summary>The service items; may be empty.</summary>
    [Required]
    [Display(Name = "事项")]
    [Description("政务服务事项列表，可以为空。")]
    public required IReadOnlyList<ServiceItem> Items { get; init; }
}

/// <summary>告知承诺制 (format 1.1): the applicant signs a commitment instead of proving some conditions with materials.</summary>
[Description("告知承诺制（格式 1.1 起）。")]
public sealed record NotificationCommitment : ModelElement
{
    /// <summary>是否适用告知承诺制.</summary>
    [Required]
    [Display(Name = "是否适用告知承诺制")]
    [Description("是否适用告知承诺制。")]
    public required bool Applicable { get; init; }

    /// <summary>以承诺代替的材料: names of materials the commitment replaces.</summary>
    [Display(Name = "以承诺代替的材料")]
    [Description("以告知承诺代替的申请材料名称。")]
    public IReadOnlyList<string> ReplacesMaterials { get; init; } = [];

    /// <summary>说明.</summary>
    [Display(Name = "告知承诺说明")]
    [Description("告知承诺的内容与适用情形说明。")]
    public string? Description { get; init; }
}

/// <summary>行政区划: a GB/T 2260 division.</summary>
[Description("行政区划。")]
public sealed record Region : ModelElement
{
    /// <summary>The 6-digit GB/T 2260 division code.</summary>
    [Required]
    [RegularExpression(Patterns.DivisionCode)]
    [Display(Name = "行政区划代码")]
    [Description("GB/T 2260 六位行政区划代码，按文本书写（如 \"330000\"）。")]
    public required string Code { get; init; }

    /// <summary>The division's name; normalization fills it from the code.</summary>
    [Display(Name = "行政区划名称")]
    [Description("行政区划名称；规范化时按代码填写。")]
    public string? Name { get; init; }
}

/// <summary>发布部门: the department that publishes an inventory.</summary>
[Description("发布部门。")]
public sealed record Department : ModelElement
{
    /// <summary>The department's name.</summary>
    [Display(Name = "部门名称")]
    [Description("部门名称。")]
    public string? Name { get; init; }

    /// <summary>The department's unified social credit code.</summary>
    [RegularExpression(Patterns.CreditCode)]
    [Display(Name = "统一社会信用代码")]
    [Description("统一社会信用代码（GB 32100），18 位。")]
    public string? CreditCode { get; init; }
}

/// <summary>政务服务事项: one service item as one authority implements it.</summary>
[Description("政务服务事项（实施清单中的一项）。")]
public sealed record ServiceItem : ModelElement
{
    /// <summary>基本编码: the 12-character basic code, the same for the item everywhere.</summary>
    [Required]
    [RegularExpression(Patterns.BasicCode)]
    [Display(Name = "基本编码")]
    [Description("基本编码，12 位（如 \"000123020000\"），各地同一事项相同；按文本书写。")]
    public required string BasicCode { get; init; }

    /// <summary>实施编码: credit code + level digit + basic code (31 characters).</summary>
    [RegularExpression(Patterns.ImplementationCode)]
    [Display(Name = "实施编码")]
    [Description("实施编码，31 位 = 实施主体统一社会信用代码（18）+ 行使层级代码（1）+ 基本编码（12）。")]
    public string? ImplementationCode { get; init; }

    /// <summary>事项名称: the item's name.</summary>
    [Required]
    [Display(Name = "事项名称")]
    [Description("事项名称。")]
    public required string Name { get; init; }

    /// <summary>事项类型.</summary>
    [Required]
    [Display(Name = "事项类型")]
    [Description("事项类型（代码表 2.1）。")]
    public required CodeLists.ItemType Type { get; init; }

    /// <summary>事项状态; active when not written.</summary>
    [Display(Name = "事项状态")]
    [Description("事项状态（代码表 2.2），缺省为 active（在用）。")]
    [DefaultValue("active")]
    public CodeLists.ItemStatus Status { get; init; } = CodeLists.ItemStatus.Active;

    /// <summary>实施主体 and its legal authority.</summary>
    [Required]
    [Display(Name = "实施主体")]
    [Description("实施主体及其权力依据。")]
    public required Authority Authority { get; init; }

    /// <summary>服务对象.</summary>
    [Display(Name = "服务对象")]
    [Description("服务对象（代码表 2.6）。")]
    public IReadOnlyList<CodeLists.ServiceObject> ServiceObjects { get; init; } = [];

    /// <summary>办件类型.</summary>
    [Display(Name = "办件类型")]
    [Description("办件类型（代码表 2.7）：即办件或承诺件。")]
    public CodeLists.HandlingType? HandlingType { get; init; }

    /// <summary>法定办结时限 and 承诺办结时限.</summary>
    [Display(Name = "办结时限")]
    [Description("法定办结时限与承诺办结时限。")]
    public TimeLimits? TimeLimits { get; init; }

    /// <summary>办理流程.</summary>
    [Display(Name = "办理流程")]
    [Description("办理流程：环节与特别程序。")]
    public Process? Process { get; init; }

    /// <summary>办事指南.</summary>
    [Display(Name = "办事指南")]
    [Description("办事指南：受理条件、申请材料、收费、办理形式、地点、结果等。")]
    public Guide? Guide { get; init; }

    /// <summary>咨询方式 and 监督投诉方式.</summary>
    [Display(Name = "联系方式")]
    [Description("咨询方式与监督投诉方式。")]
    public Contacts? Contacts { get; init; }

    /// <summary>通办范围 (format 1.1): how far from its place of implementation the item can be applied for.</summary>
    [Since("1.1")]
    [Display(Name = "通办范围")]
    [Description("通办范围（代码表 2.14，格式 1.1 起）：national 全国通办、provincial 全省通办、municipal 全市通办、county 全县通办、none 不通办。")]
    public CodeLists.CrossRegionScope? CrossRegionScope { get; init; }

    /// <summary>告知承诺制 (format 1.1): whether a written commitment can replace materials.</summary>
    [Since("1.1")]
    [Display(Name = "告知承诺制")]
    [Description("告知承诺制（格式 1.1 起）：是否适用，以及以承诺代替的申请材料。")]
    public NotificationCommitment? NotificationCommitment { get; init; }

    /// <summary>主题分类: free tokens.</summary>
    [Display(Name = "主题分类")]
    [Description("主题分类，自由词。")]
    public IReadOnlyList<string> Themes { get; init; } = [];

    /// <summary>Local data, kept verbatim and never dropped.</summary>
    [Display(Name = "扩展")]
    [Description("本地扩展数据，原样保留，不会丢弃。")]
    public JsonElement? Extensions { get; init; }
}
