using ServiceStandard.CodeLists;
using ServiceStandard.Diagnostics;
using ServiceStandard.Model;

namespace ServiceStandard.Scoring;

/// <summary>
/// The criteria one item is checked against. Presence is read from the model; quality (vague, malformed,
/// inconsistent) from the validator's findings on the item, so that the rules live in one place.
/// </summary>
internal static class ItemCriteria
{
    private static readonly Channel[] Ways = [Channel.Window, Channel.Online, Channel.Mobile, Channel.Post, Channel.SelfService];

    private static readonly ScoreDeficiency[] MissingWay =
        [ScoreDeficiency.NoWindow, ScoreDeficiency.NoOnline, ScoreDeficiency.NoMobile, ScoreDeficiency.NoPost, ScoreDeficiency.NoSelfService];

    /// <summary>The deficiencies of one item, each with its units (depth levels missing, else 1).</summary>
    /// <param name="item">An active item.</param>
    /// <param name="codes">The codes of the validation findings on the item, with their JSON Pointers.</param>
    public static IEnumerable<(ScoreDeficiency Deficiency, int Units)> Charges(ServiceItem item, IReadOnlyList<Diagnostic> codes)
    {
        var guide = item.Guide;
        var channels = guide?.Channels ?? [];
        var depth = guide?.OnlineDepth ?? 0;
        var contacts = item.Contacts;
        bool Has(params string[] rules) => codes.Any(d => rules.Contains(d.Code, StringComparer.Ordinal));
        bool Malformed(string list) => codes.Any(d => d.Code == "SS7103" && d.Path.Contains($"/contacts/{list}/", StringComparison.Ordinal));

        // channelCompleteness: the ways the item can be handled.
        for (var i = 0; i < Ways.Length; i++)
        {
            if (!channels.Contains(Ways[i]))
            {
                yield return (MissingWay[i], 1);
            }
        }

        if (depth < 2)
        {
            yield return (ScoreDeficiency.NoAppointment, 1);
        }

        // Both channelCompleteness and guideAccuracy: where, when, whom to ask.
        var locations = guide?.Locations ?? [];
        if (!locations.Any(l => !string.IsNullOrWhiteSpace(l.Address)))
        {
            yield return (ScoreDeficiency.NoLocation, 1);
        }

        if (locations.Count == 0 || locations.Any(l => string.IsNullOrWhiteSpace(l.Hours)))
        {
            yield return (ScoreDeficiency.NoHours, 1);
        }

        if (Contact(contacts?.Consultation, "consultation", Malformed) is { } consultation)
        {
            yield return (consultation, 1);
        }

        if (Contact(contacts?.Complaint, "complaint", Malformed) is { } complaint)
        {
            yield return (complaint, 1);
        }

        // guideAccuracy: the other elements of the guide, each charged once.
        if (item.Authority.LegalBasis.Count == 0)
        {
            yield return (ScoreDeficiency.NoLegalBasis, 1);
        }

        if (First((guide?.AcceptanceConditions.Count ?? 0) == 0, ScoreDeficiency.NoConditions, Has("SS5106"), ScoreDeficiency.VagueConditions) is { } conditions)
        {
            yield return (conditions, 1);
        }

        if (First((guide?.Materials.Count ?? 0) == 0, ScoreDeficiency.NoMaterials, Has("SS5105"), ScoreDeficiency.VagueMaterials) is { } materials)
        {
            yield return (materials, 1);
        }

        if ((item.Process?.Steps.Count ?? 0) == 0)
        {
            yield return (ScoreDeficiency.NoProcessSteps, 1);
        }

        if (First(item.TimeLimits?.Committed is null, ScoreDeficiency.NoCommittedLimit, Has("SS3101", "SS3102", "SS3103", "SS3104", "SS3105"), ScoreDeficiency.InconsistentTimeLimits) is { } limits)
        {
            yield return (limits, 1);
        }

        if (guide?.Fees is null)
        {
            yield return (ScoreDeficiency.NoFees, 1);
        }
        else if (First(Has("SS6101", "SS6103"), ScoreDeficiency.InconsistentFees, Has("SS6102"), ScoreDeficiency.FeeWithoutBasis) is { } fees)
        {
            yield return (fees, 1);
        }

        if (First(guide?.OnsiteVisits is null, ScoreDeficiency.NoVisitCount, Has("SS5101", "SS5102", "SS5103"), ScoreDeficiency.InconsistentVisits) is { } visits)
        {
            yield return (visits, 1);
        }

        // onlineInteractivity (the cut of time limits is measured per region).
        if (depth < 4)
        {
            yield return (ScoreDeficiency.NotFullyOnline, 4 - depth);
        }

        if (guide?.OnsiteVisits != 0)
        {
            yield return (ScoreDeficiency.NotZeroVisit, 1);
        }

        var handledOnline = depth >= 1 && channels.Any(c => c is Channel.Online or Channel.Mobile);
        if (!handledOnline && !HasUrl(contacts?.Consultation))
        {
            yield return (ScoreDeficiency.NoOnlineConsultation, 1);
        }

        if (!HasUrl(contacts?.Complaint))
        {
            yield return (ScoreDeficiency.NoOnlineComplaint, 1);
        }
    }

    /// <summary>
    /// The cut of the committed limit below the legal one, in working days, between 0 and 1; <see langword="null"/>
    /// when the item does not state both. A legal limit of 0 (immediate by law) counts as fully cut when the
    /// committed limit is 0 too.
    /// </summary>
    public static decimal? Cut(ServiceItem item)
    {
        if (item.TimeLimits is not { Legal: { } legal, Committed: { } committed })
        {
            return null;
        }

        var legalDays = legal.ToWorkingDays();
        var committedDays = committed.ToWorkingDays();
        if (legalDays <= 0)
        {
            return committedDays <= 0 ? 1m : 0m;
        }

        return Math.Clamp((legalDays - committedDays) / legalDays, 0m, 1m);
    }

    /// <summary>A contact list's deficiency: none given, no phone among them, or a malformed phone.</summary>
    private static ScoreDeficiency? Contact(IReadOnlyList<ContactPoint>? points, string list, Func<string, bool> malformed)
    {
        var complaint = list == "complaint";
        if (points is null || !points.Any(Given))
        {
            return complaint ? ScoreDeficiency.NoComplaintContact : ScoreDeficiency.NoConsultationContact;
        }

        if (!points.Any(p => !string.IsNullOrWhiteSpace(p.Phone)))
        {
            return complaint ? ScoreDeficiency.NoComplaintPhone : ScoreDeficiency.NoConsultationPhone;
        }

        return malformed(list) ? (complaint ? ScoreDeficiency.MalformedComplaintPhone : ScoreDeficiency.MalformedConsultationPhone) : null;
    }

    private static bool Given(ContactPoint point) =>
        !string.IsNullOrWhiteSpace(point.Phone) || !string.IsNullOrWhiteSpace(point.Email)
        || !string.IsNullOrWhiteSpace(point.Url) || !string.IsNullOrWhiteSpace(point.Address);

    private static bool HasUrl(IReadOnlyList<ContactPoint>? points) => points?.Any(p => !string.IsNullOrWhiteSpace(p.Url)) == true;

    private static ScoreDeficiency? First(bool missing, ScoreDeficiency whenMissing, bool flawed, ScoreDeficiency whenFlawed) =>
        missing ? whenMissing : flawed ? whenFlawed : null;
}
