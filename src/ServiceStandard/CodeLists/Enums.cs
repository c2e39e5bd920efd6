namespace ServiceStandard.CodeLists;

/// <summary>事项类型: the kind of service item (code list 2.1).</summary>
public enum ItemType
{
    /// <summary>行政许可 (01).</summary>
    AdministrativeLicensing,
    /// <summary>行政处罚 (02).</summary>
    AdministrativePenalty,
    /// <summary>行政强制 (03).</summary>
    AdministrativeCoercion,
    /// <summary>行政征收 (04).</summary>
    AdministrativeLevy,
    /// <summary>行政给付 (05).</summary>
    AdministrativePayment,
    /// <summary>行政检查 (06).</summary>
    AdministrativeInspection,
    /// <summary>行政确认 (07).</summary>
    AdministrativeConfirmation,
    /// <summary>行政奖励 (08).</summary>
    AdministrativeReward,
    /// <summary>行政裁决 (09).</summary>
    AdministrativeAdjudication,
    /// <summary>其他行政权力 (10).</summary>
    OtherAdministrativePower,
    /// <summary>公共服务 (20).</summary>
    PublicService,
}

/// <summary>事项状态: whether an item is in use (code list 2.2).</summary>
public enum ItemStatus
{
    /// <summary>在用 (1).</summary>
    Active,
    /// <summary>暂停 (2).</summary>
    Suspended,
    /// <summary>取消 (3).</summary>
    Cancelled,
}

/// <summary>行使层级: the administrative level that exercises a power (code list 2.3).</summary>
public enum ExerciseLevel
{
    /// <summary>国家级 (1).</summary>
    National,
    /// <summary>省级 (2).</summary>
    Provincial,
    /// <summary>市级 (3).</summary>
    Municipal,
    /// <summary>县级 (4).</summary>
    County,
    /// <summary>镇(乡、街道)级 (5).</summary>
    Township,
    /// <summary>村(社区)级 (6).</summary>
    Village,
}

/// <summary>实施主体性质: the legal nature of the implementing body (code list 2.4).</summary>
public enum AuthorityNature
{
    /// <summary>法定机关 (1).</summary>
    StatutoryAgency,
    /// <summary>授权组织 (2).</summary>
    AuthorizedOrganization,
    /// <summary>受委托组织 (3).</summary>
    EntrustedOrganization,
    /// <summary>其他 (9).</summary>
    Other,
}

/// <summary>权力来源: where the power comes from (code list 2.5).</summary>
public enum PowerSource
{
    /// <summary>法定本级行使 (1).</summary>
    Statutory,
    /// <summary>上级下放 (2).</summary>
    DelegatedFromAbove,
    /// <summary>上级授权 (3).</summary>
    AuthorizedByAbove,
    /// <summary>同级授权 (4).</summary>
    AuthorizedByPeer,
    /// <summary>上级委托 (5).</summary>
    EntrustedByAbove,
    /// <summary>同级委托 (6).</summary>
    EntrustedByPeer,
}

/// <summary>服务对象: who the item serves (code list 2.6).</summary>
public enum ServiceObject
{
    /// <summary>自然人 (1).</summary>
    NaturalPerson,
    /// <summary>企业法人 (2).</summary>
    EnterpriseLegalPerson,
    /// <summary>事业法人 (3).</summary>
    PublicInstitution,
    /// <summary>社会组织法人 (4).</summary>
    SocialOrganization,
    /// <summary>非法人企业 (5).</summary>
    UnincorporatedEnterprise,
    /// <summary>行政机关 (6).</summary>
    AdministrativeOrgan,
    /// <summary>其他组织 (9).</summary>
    OtherOrganization,
}

/// <summary>办件类型: whether an item is decided on the spot or within a promised limit (code list 2.7).</summary>
public enum HandlingType
{
    /// <summary>即办件 (1).</summary>
    Immediate,
    /// <summary>承诺件 (2).</summary>
    Promised,
}

/// <summary>办理形式: a channel through which an item can be handled (code list 2.8).</summary>
public enum Channel
{
    /// <summary>窗口办理 (1).</summary>
    Window,
    /// <summary>网上办理 (2).</summary>
    Online,
    /// <summary>移动端办理 (3).</summary>
    Mobile,
    /// <summary>快递申请 (4).</summary>
    Post,
    /// <summary>自助终端 (5).</summary>
    SelfService,
}

/// <summary>材料类型: whether the original, a copy or both are handed in (code list 2.9).</summary>
public enum MaterialForm
{
    /// <summary>原件 (1).</summary>
    Original,
    /// <summary>复印件 (2).</summary>
    Copy,
    /// <summary>原件和复印件 (3).</summary>
    OriginalAndCopy,
}

/// <summary>材料形式: paper, electronic or both (code list 2.10).</summary>
public enum MaterialMedium
{
    /// <summary>纸质 (1).</summary>
    Paper,
    /// <summary>电子 (2).</summary>
    Electronic,
    /// <summary>纸质和电子 (3).</summary>
    PaperAndElectronic,
}

/// <summary>来源渠道: where the applicant gets a material (code list 2.11).</summary>
public enum MaterialSource
{
    /// <summary>申请人自备.</summary>
    Applicant,
    /// <summary>政府部门核发.</summary>
    Government,
    /// <summary>中介机构.</summary>
    Intermediary,
    /// <summary>其他.</summary>
    Other,
}

/// <summary>审批结果类型: the kind of result an item produces (code list 2.13).</summary>
public enum ResultType
{
    /// <summary>证照 (10).</summary>
    Certificate,
    /// <summary>批文 (20).</summary>
    ApprovalDocument,
    /// <summary>其他 (30).</summary>
    Other,
}

/// <summary>The unit of a time limit.</summary>
public enum TimeUnit
{
    /// <summary>工作日: working days.</summary>
    WorkingDays,
    /// <summary>自然日: calendar days.</summary>
    CalendarDays,
    /// <summary>小时: hours.</summary>
    Hours,
    /// <summary>个月: months.</summary>
    Months,
    /// <summary>即办: on the spot; the value is 0.</summary>
    Immediate,
}

/// <summary>The kind of a special procedure (特别程序).</summary>
public enum SpecialProcedureKind
{
    /// <summary>延长: an extension of the time limit.</summary>
    Extension,
    /// <summary>其他: any other special procedure (hearing, inspection, expert review ...).</summary>
    Other,
}

/// <summary>通办范围: how far from where it is implemented an item can be applied for (format 1.1; codes are this tool's).</summary>
public enum CrossRegionScope
{
    /// <summary>全国通办 (1).</summary>
    National,
    /// <summary>全省通办 (2).</summary>
    Provincial,
    /// <summary>全市通办 (3).</summary>
    Municipal,
    /// <summary>全县通办 (4).</summary>
    County,
    /// <summary>不通办 (9).</summary>
    None,
}
