using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using ServiceStandard.CodeLists;

namespace ServiceStandard.Model;

/// <summary>办事指南: what a citizen or company needs to know to get the item done.</summary>
[Description("办事指南。")]
public sealed record Guide : ModelElement
{
    /// <summary>受理条件.</summary>
    [Display(Name = "受理条件")]
    [Description("受理条件。")]
    public IReadOnlyList<string> AcceptanceConditions { get; init; } = [];

    /// <summary>申请材料.</summary>
    [Display(Name = "申请材料")]
    [Description("申请材料。")]
    public IReadOnlyList<Material> Materials { get; init; } = [];

    /// <summary>收费.</summary>
    [Display(Name = "收费")]
    [Description("是否收费及收费项目。")]
    public Fees? Fees { get; init; }

    /// <summary>办理形式.</summary>
    [Display(Name = "办理形式")]
    [Description("办理形式（代码表 2.8）。")]
    public IReadOnlyList<Channel> Channels { get; init; } = [];

    /// <summary>网上办理深度, 1 to 4.</summary>
    [Range(1, 4)]
    [Display(Name = "网上办理深度")]
    [Description("网上办理深度（代码表 2.12）：1 信息公开/在线咨询，2 表格下载/在线预约，3 在线预审，4 全程网办。")]
    public int? OnlineDepth { get; init; }

    /// <summary>到办事现场次数.</summary>
    [Range(0, int.MaxValue)]
    [Display(Name = "到办事现场次数")]
    [Description("到办事现场次数。")]
    public int? OnsiteVisits { get; init; }

    /// <summary>必须现场办理原因说明: expected when visits are more than 0.</summary>
    [Display(Name = "必须现场办理原因说明")]
    [Description("必须现场办理原因说明；到办事现场次数大于 0 时应填写。")]
    public string? OnsiteVisitReason { get; init; }

    /// <summary>办理地点.</summary>
    [Display(Name = "办理地点")]
    [Description("办理地点与办理时间。")]
    public IReadOnlyList<Location> Locations { get; init; } = [];

    /// <summary>中介服务.</summary>
    [Display(Name = "中介服务")]
    [Description("中介服务。")]
    public IReadOnlyList<IntermediaryService> IntermediaryServices { get; init; } = [];

    /// <summary>审批结果.</summary>
    [Display(Name = "审批结果")]
    [Description("审批结果。")]
    public Result? Result { get; init; }

    /// <summary>数量限制.</summary>
    [Display(Name = "数量限制")]
    [Description("数量限制。")]
    public string? QuantityLimit { get; init; }
}

/// <summary>申请材料: one material the applicant hands in.</summary>
[Description("申请材料。")]
public sealed record Material : ModelElement
{
    /// <summary>材料名称.</summary>
    [Required]
    [Display(Name = "材料名称")]
    [Description("材料名称。")]
    public required string Name { get; init; }

    /// <summary>必要性: whether the material is required (true when not written).</summary>
    [Display(Name = "必要性")]
    [Description("是否必要；缺省为 true。")]
    [DefaultValue(true)]
    public bool Required { get; init; } = true;

    /// <summary>材料类型.</summary>
    [Display(Name = "材料类型")]
    [Description("材料类型（代码表 2.9）。")]
    public MaterialForm? Form { get; init; }

    /// <summary>材料形式.</summary>
    [Display(Name = "材料形式")]
    [Description("材料形式（代码表 2.10）。")]
    public MaterialMedium? Medium { get; init; }

    /// <summary>份数.</summary>
    [Range(0, int.MaxValue)]
    [Display(Name = "份数")]
    [Description("份数。")]
    public int? Copies { get; init; }

    /// <summary>来源渠道.</summary>
    [Display(Name = "来源渠道")]
    [Description("来源渠道（代码表 2.11）。")]
    public MaterialSource? Source { get; init; }

    /// <summary>可通过电子证照获取 (format 1.1): the authority obtains it from the electronic licence system.</summary>
    [Since("1.1")]
    [Display(Name = "电子证照")]
    [Description("可通过电子证照系统获取，申请人无需提交（格式 1.1 起）。")]
    public bool? ElectronicLicense { get; init; }

    /// <summary>可免提交 (format 1.1): the material may be waived.</summary>
    [Since("1.1")]
    [Display(Name = "可免提交")]
    [Description("可免于提交（格式 1.1 起）。")]
    public bool? Exemptible { get; init; }
}

/// <summary>收费: whether the item is charged for, and the fee items.</summary>
[Description("收费。")]
public sealed record Fees : ModelElement
{
    /// <summary>是否收费.</summary>
    [Required]
    [Display(Name = "是否收费")]
    [Description("是否收费。")]
    public required bool Charged { get; init; }

    /// <summary>收费项目.</summary>
    [Display(Name = "收费项目")]
    [Description("收费项目。")]
    public IReadOnlyList<FeeItem> Items { get; init; } = [];
}

/// <summary>收费项目: one fee with its amount in CNY and its legal basis.</summary>
[Description("收费项目。")]
public sealed record FeeItem : ModelElement
{
    /// <summary>收费项目名称.</summary>
    [Required]
    [Display(Name = "收费项目名称")]
    [Description("收费项目名称。")]
    public required string Name { get; init; }

    /// <summary>收费标准 in CNY.</summary>
    [Required]
    [Range(0, double.MaxValue)]
    [Display(Name = "收费标准")]
    [Description("收费金额（元）。")]
    public required decimal Amount { get; init; }

    /// <summary>收费依据.</summary>
    [Display(Name = "收费依据")]
    [Description("收费依据。")]
    public string? Basis { get; init; }
}

/// <summary>办理地点: where and when an item can be handled in person.</summary>
[Description("办理地点。")]
public sealed record Location : ModelElement
{
    /// <summary>地点名称.</summary>
    [Required]
    [Display(Name = "地点名称")]
    [Description("地点名称，如 县政务服务中心。")]
    public required string Name { get; init; }

    /// <summary>地址.</summary>
    [Display(Name = "地址")]
    [Description("详细地址。")]
    public string? Address { get; init; }

    /// <summary>办理时间.</summary>
    [Display(Name = "办理时间")]
    [Description("办理时间，如 周一至周五 9:00-17:00。")]
    public string? Hours { get; init; }
}

/// <summary>中介服务: a service the applicant must buy from an intermediary.</summary>
[Description("中介服务。")]
public sealed record IntermediaryService : ModelElement
{
    /// <summary>中介服务名称.</summary>
    [Required]
    [Display(Name = "中介服务名称")]
    [Description("中介服务名称，如 卫生检测报告。")]
    public required string Name { get; init; }

    /// <summary>设定依据.</summary>
    [Display(Name = "中介服务依据")]
    [Description("中介服务的设定依据。")]
    public string? Basis { get; init; }
}

/// <summary>审批结果: what the applicant receives.</summary>
[Description("审批结果。")]
public sealed record Result : ModelElement
{
    /// <summary>审批结果类型.</summary>
    [Display(Name = "审批结果类型")]
    [Description("审批结果类型（代码表 2.13）。")]
    public ResultType? Type { get; init; }

    /// <summary>审批结果名称.</summary>
    [Display(Name = "审批结果名称")]
    [Description("审批结果名称，如 公共场所卫生许可证。")]
    public string? Name { get; init; }

    /// <summary>有效期, as an ISO 8601 duration such as P4Y.</summary>
    [Display(Name = "有效期")]
    [Description("有效期，ISO 8601 时长，如 P4Y（4 年）。")]
    public string? Validity { get; init; }
}

/// <summary>咨询方式 and 监督投诉方式.</summary>
[Description("联系方式。")]
public sealed record Contacts : ModelElement
{
    /// <summary>咨询方式.</summary>
    [Display(Name = "咨询方式")]
    [Description("咨询方式。")]
    public IReadOnlyList<ContactPoint> Consultation { get; init; } = [];

    /// <summary>监督投诉方式.</summary>
    [Display(Name = "监督投诉方式")]
    [Description("监督投诉方式。")]
    public IReadOnlyList<ContactPoint> Complaint { get; init; } = [];
}

/// <summary>A way to reach someone: phone, e-mail, web address or postal address.</summary>
[Description("联系途径。")]
public sealed record ContactPoint : ModelElement
{
    /// <summary>电话: a landline with area code, a mobile number, 12345, or a 400/800 number.</summary>
    [Display(Name = "电话")]
    [Description("电话：带区号的固定电话、手机号、12345 热线或 400/800 号码。")]
    public string? Phone { get; init; }

    /// <summary>电子邮箱.</summary>
    [Display(Name = "电子邮箱")]
    [Description("电子邮箱。")]
    public string? Email { get; init; }

    /// <summary>网址.</summary>
    [Display(Name = "网址")]
    [Description("网址（在线咨询或投诉入口）。")]
    public string? Url { get; init; }

    /// <summary>通信地址.</summary>
    [Display(Name = "通信地址")]
    [Description("通信地址或窗口。")]
    public string? Address { get; init; }
}
