namespace ServiceStandard.CodeLists;

/// <summary>Every code list of the format, in one place (docs/format.md section 2).</summary>
public static class CodeListCatalog
{
    /// <summary>2.1 事项类型.</summary>
    public static CodeList<ItemType> ItemTypes { get; } = new(
        "2.1", "type", "事项类型",
        new(ItemType.AdministrativeLicensing, "administrativeLicensing", "01", "行政许可"),
        new(ItemType.AdministrativePenalty, "administrativePenalty", "02", "行政处罚"),
        new(ItemType.AdministrativeCoercion, "administrativeCoercion", "03", "行政强制"),
        new(ItemType.AdministrativeLevy, "administrativeLevy", "04", "行政征收"),
        new(ItemType.AdministrativePayment, "administrativePayment", "05", "行政给付"),
        new(ItemType.AdministrativeInspection, "administrativeInspection", "06", "行政检查"),
        new(ItemType.AdministrativeConfirmation, "administrativeConfirmation", "07", "行政确认"),
        new(ItemType.AdministrativeReward, "administrativeReward", "08", "行政奖励"),
        new(ItemType.AdministrativeAdjudication, "administrativeAdjudication", "09", "行政裁决"),
        new(ItemType.OtherAdministrativePower, "otherAdministrativePower", "10", "其他行政权力"),
        new(ItemType.PublicService, "publicService", "20", "公共服务"));

    /// <summary>2.2 事项状态.</summary>
    public static CodeList<ItemStatus> ItemStatuses { get; } = new(
        "2.2", "status", "事项状态",
        new(ItemStatus.Active, "active", "1", "在用"),
        new(ItemStatus.Suspended, "suspended", "2", "暂停"),
        new(ItemStatus.Cancelled, "cancelled", "3", "取消"));

    /// <summary>2.3 行使层级.</summary>
    public static CodeList<ExerciseLevel> ExerciseLevels { get; } = new(
        "2.3", "level", "行使层级",
        new(ExerciseLevel.National, "national", "1", "国家级"),
        new(ExerciseLevel.Provincial, "provincial", "2", "省级"),
        new(ExerciseLevel.Municipal, "municipal", "3", "市级"),
        new(ExerciseLevel.County, "county", "4", "县级"),
        new(ExerciseLevel.Township, "township", "5", "镇(乡、街道)级"),
        new(ExerciseLevel.Village, "village", "6", "村(社区)级"));

    /// <summary>2.4 实施主体性质.</summary>
    public static CodeList<AuthorityNature> AuthorityNatures { get; } = new(
        "2.4", "nature", "实施主体性质",
        new(AuthorityNature.StatutoryAgency, "statutoryAgency", "1", "法定机关"),
        new(AuthorityNature.AuthorizedOrganization, "authorizedOrganization", "2", "授权组织"),
        new(AuthorityNature.EntrustedOrganization, "entrustedOrganization", "3", "受委托组织"),
        new(AuthorityNature.Other, "other", "9", "其他"));

    /// <summary>2.5 权力来源.</summary>
    public static CodeList<PowerSource> PowerSources { get; } = new(
        "2.5", "source", "权力来源",
        new(PowerSource.Statutory, "statutory", "1", "法定本级行使"),
        new(PowerSource.DelegatedFromAbove, "delegatedFromAbove", "2", "上级下放"),
        new(PowerSource.AuthorizedByAbove, "authorizedByAbove", "3", "上级授权"),
        new(PowerSource.AuthorizedByPeer, "authorizedByPeer", "4", "同级授权"),
        new(PowerSource.EntrustedByAbove, "entrustedByAbove", "5", "上级委托"),
        new(PowerSource.EntrustedByPeer, "entrustedByPeer", "6", "同级委托"));

    /// <summary>2.6 服务对象.</summary>
    public static CodeList<ServiceObject> ServiceObjects { get; } = new(
        "2.6", "serviceObjects", "服务对象",
        new(ServiceObject.NaturalPerson, "naturalPerson", "1", "自然人"),
        new(ServiceObject.EnterpriseLegalPerson, "enterpriseLegalPerson", "2", "企业法人"),
        new(ServiceObject.PublicInstitution, "publicInstitution", "3", "事业法人"),
        new(ServiceObject.SocialOrganization, "socialOrganization", "4", "社会组织法人"),
        new(ServiceObject.UnincorporatedEnterprise, "unincorporatedEnterprise", "5", "非法人企业"),
        new(ServiceObject.AdministrativeOrgan, "administrativeOrgan", "6", "行政机关"),
        new(ServiceObject.OtherOrganization, "otherOrganization", "9", "其他组织"));

    /// <summary>2.7 办件类型.</summary>
    public static CodeList<HandlingType> HandlingTypes { get; } = new(
        "2.7", "handlingType", "办件类型",
        new(HandlingType.Immediate, "immediate", "1", "即办件"),
        new(HandlingType.Promised, "promised", "2", "承诺件"));

    /// <summary>2.8 办理形式.</summary>
    public static CodeList<Channel> Channels { get; } = new(
        "2.8", "channels", "办理形式",
        new(Channel.Window, "window", "1", "窗口办理"),
        new(Channel.Online, "online", "2", "网上办理"),
        new(Channel.Mobile, "mobile", "3", "移动端办理"),
        new(Channel.Post, "post", "4", "快递申请"),
        new(Channel.SelfService, "selfService", "5", "自助终端"));

    /// <summary>2.9 材料类型.</summary>
    public static CodeList<MaterialForm> MaterialForms { get; } = new(
        "2.9", "form", "材料类型",
        new(MaterialForm.Original, "original", "1", "原件"),
        new(MaterialForm.Copy, "copy", "2", "复印件"),
        new(MaterialForm.OriginalAndCopy, "originalAndCopy", "3", "原件和复印件"));

    /// <summary>2.10 材料形式.</summary>
    public static CodeList<MaterialMedium> MaterialMedia { get; } = new(
        "2.10", "medium", "材料形式",
        new(MaterialMedium.Paper, "paper", "1", "纸质"),
        new(MaterialMedium.Electronic, "electronic", "2", "电子"),
        new(MaterialMedium.PaperAndElectronic, "paperAndElectronic", "3", "纸质和电子"));

    /// <summary>2.11 来源渠道 (the standard gives no national codes).</summary>
    public static CodeList<MaterialSource> MaterialSources { get; } = new(
        "2.11", "source", "来源渠道",
        new(MaterialSource.Applicant, "applicant", null, "申请人自备"),
        new(MaterialSource.Government, "government", null, "政府部门核发"),
        new(MaterialSource.Intermediary, "intermediary", null, "中介机构"),
        new(MaterialSource.Other, "other", null, "其他"));

    /// <summary>2.13 审批结果类型.</summary>
    public static CodeList<ResultType> ResultTypes { get; } = new(
        "2.13", "type", "审批结果类型",
        new(ResultType.Certificate, "certificate", "10", "证照"),
        new(ResultType.ApprovalDocument, "approvalDocument", "20", "批文"),
        new(ResultType.Other, "other", "30", "其他"));

    /// <summary>Time-limit units (docs/format.md section 1, "Time limit"); no national codes.</summary>
    public static CodeList<TimeUnit> TimeUnits { get; } = new(
        "1", "unit", "时限单位",
        new(TimeUnit.WorkingDays, "workingDays", null, "工作日"),
        new(TimeUnit.CalendarDays, "calendarDays", null, "自然日"),
        new(TimeUnit.Hours, "hours", null, "小时"),
        new(TimeUnit.Months, "months", null, "个月"),
        new(TimeUnit.Immediate, "immediate", null, "即办"));

    /// <summary>Kinds of special procedure (特别程序).</summary>
    public static CodeList<SpecialProcedureKind> SpecialProcedureKinds { get; } = new(
        "1", "kind", "特别程序种类",
        new(SpecialProcedureKind.Extension, "extension", null, "延长"),
        new(SpecialProcedureKind.Other, "other", null, "其他"));

    /// <summary>
    /// 2.14 通办范围 (new in format 1.1). No national standard fixes these codes: the numbers are this tool's, chosen to
    /// follow the exercise levels of 2.3 (1 national ... 4 county) with 9 for none.
    /// </summary>
    public static CodeList<CrossRegionScope> CrossRegionScopes { get; } = new(
        "2.14", "crossRegionScope", "通办范围",
        new(CrossRegionScope.National, "national", "1", "全国通办"),
        new(CrossRegionScope.Provincial, "provincial", "2", "全省通办"),
        new(CrossRegionScope.Municipal, "municipal", "3", "全市通办"),
        new(CrossRegionScope.County, "county", "4", "全县通办"),
        new(CrossRegionScope.None, "none", "9", "不通办"));

    /// <summary>Every code list bound to an enum, in docs/format.md order.</summary>
    internal static IReadOnlyList<ICodeList> All { get; } =
    [
        ItemTypes, ItemStatuses, ExerciseLevels, AuthorityNatures, PowerSources, ServiceObjects, HandlingTypes,
        Channels, MaterialForms, MaterialMedia, MaterialSources, ResultTypes, TimeUnits, SpecialProcedureKinds,
        CrossRegionScopes,
    ];

    /// <summary>2.12 网上办理深度: the labels of online depths 1 to 4.</summary>
    public static IReadOnlyList<string> OnlineDepthLabels { get; } =
        ["信息公开/在线咨询", "表格下载/在线预约", "在线预审", "全程网办"];
}
