namespace ServiceStandard.Scoring;

/// <summary>
/// A class of deficiency that costs a region points. Each item is charged at most once per criterion, so the
/// points a class costs add up, over all classes, to exactly what the region misses in each dimension
/// (<c>100 - score</c>). The points per item are listed on each member; "per item" points are divided by the
/// number of active items of the region.
/// </summary>
public enum ScoreDeficiency
{
    /// <summary>Not handled at a window (窗口办理): 10 points of channelCompleteness per item.</summary>
    NoWindow,

    /// <summary>Not handled online (网上办理): 10 points of channelCompleteness per item.</summary>
    NoOnline,

    /// <summary>Not handled on a mobile app (移动端办理): 10 points of channelCompleteness per item.</summary>
    NoMobile,

    /// <summary>No application by post (快递申请): 10 points of channelCompleteness per item.</summary>
    NoPost,

    /// <summary>No self-service terminal (自助终端): 10 points of channelCompleteness per item.</summary>
    NoSelfService,

    /// <summary>
    /// No online appointment (在线预约). Format 1.0 has no channel code for appointments, so an online depth of
    /// 2 or more (表格下载/在线预约) counts as appointment available: 10 points of channelCompleteness per item.
    /// </summary>
    NoAppointment,

    /// <summary>No location with an address (办理地点): 10 points of channelCompleteness and 10 of guideAccuracy per item.</summary>
    NoLocation,

    /// <summary>Opening hours (办理时间) not given for every location: 10 points of channelCompleteness and 10 of guideAccuracy per item.</summary>
    NoHours,

    /// <summary>No consultation contact (咨询方式): 10 points of channelCompleteness and 5 of guideAccuracy per item.</summary>
    NoConsultationContact,

    /// <summary>No complaint contact (监督投诉方式): 10 points of channelCompleteness and 5 of guideAccuracy per item.</summary>
    NoComplaintContact,

    /// <summary>Consultation contacts without a phone number: 5 points of guideAccuracy per item.</summary>
    NoConsultationPhone,

    /// <summary>Complaint contacts without a phone number: 5 points of guideAccuracy per item.</summary>
    NoComplaintPhone,

    /// <summary>A malformed consultation phone number (SS7103): 5 points of guideAccuracy per item.</summary>
    MalformedConsultationPhone,

    /// <summary>A malformed complaint phone number (SS7103): 5 points of guideAccuracy per item.</summary>
    MalformedComplaintPhone,

    /// <summary>No legal basis (设定依据; SS2201 for administrative powers): 10 points of guideAccuracy per item.</summary>
    NoLegalBasis,

    /// <summary>No acceptance conditions (受理条件): 10 points of guideAccuracy per item.</summary>
    NoConditions,

    /// <summary>Vague acceptance conditions (SS5106): 10 points of guideAccuracy per item.</summary>
    VagueConditions,

    /// <summary>No materials (申请材料): 10 points of guideAccuracy per item.</summary>
    NoMaterials,

    /// <summary>Vague materials (SS5105): 10 points of guideAccuracy per item.</summary>
    VagueMaterials,

    /// <summary>No process steps (办理流程; SS4101 for licences): 10 points of guideAccuracy per item.</summary>
    NoProcessSteps,

    /// <summary>No committed time limit (承诺办结时限, SS3106): 10 points of guideAccuracy per item.</summary>
    NoCommittedLimit,

    /// <summary>Inconsistent time limits (SS3101 to SS3105): 10 points of guideAccuracy per item.</summary>
    InconsistentTimeLimits,

    /// <summary>The guide does not say whether the item is charged for (收费): 10 points of guideAccuracy per item.</summary>
    NoFees,

    /// <summary>Inconsistent fees (SS6101, SS6103): 10 points of guideAccuracy per item.</summary>
    InconsistentFees,

    /// <summary>A fee without a basis (SS6102): 10 points of guideAccuracy per item.</summary>
    FeeWithoutBasis,

    /// <summary>The number of on-site visits (到办事现场次数) is not stated: 10 points of guideAccuracy per item.</summary>
    NoVisitCount,

    /// <summary>Inconsistent visit information (SS5101, SS5102, SS5103): 10 points of guideAccuracy per item.</summary>
    InconsistentVisits,

    /// <summary>Not fully online (网上办理深度 below 4): 10 points of onlineInteractivity per missing depth level (40 when no depth is given).</summary>
    NotFullyOnline,

    /// <summary>At least one on-site visit, or visits not stated (not 零跑动): 20 points of onlineInteractivity per item.</summary>
    NotZeroVisit,

    /// <summary>
    /// Committed limits not cut to nothing (减时间): 20 × (1 − the mean cut) points of onlineInteractivity, where an item's
    /// cut is (legal − committed) / legal in working days, between 0 and 1, over the items that state both limits.
    /// </summary>
    LimitsNotCut,

    /// <summary>No item states both a legal and a committed limit, so no cut can be measured: 20 points of onlineInteractivity.</summary>
    NoComparableLimits,

    /// <summary>No online consultation (a consultation URL, or handling online or on mobile at any depth): 10 points of onlineInteractivity per item.</summary>
    NoOnlineConsultation,

    /// <summary>No online complaint channel (a complaint URL): 10 points of onlineInteractivity per item.</summary>
    NoOnlineComplaint,

    /// <summary>A reference item the region does not implement: 100 / (reference items) points of itemCoverage each.</summary>
    MissingReferenceItems,

    /// <summary>The region lists no active item: 100 points of channelCompleteness, guideAccuracy and onlineInteractivity.</summary>
    NoActiveItems,
}
