using System.Text.Json;
using ServiceStandard.Events;

namespace ServiceStandard.Reporting;

/// <summary>
/// An event as docs/format.md section 12 gives it: <c>event</c> (<c>code</c>, <c>name</c>, <c>kind</c>) and <c>regions</c>, best
/// first, each with <c>code</c>, <c>name</c>, <c>complete</c>, <c>missing</c>, the end-to-end figures (<c>null</c> when not
/// known) and <c>meetsTarget</c> (<c>null</c> without a target or a verdict); plus <c>target</c> (the file's, or <c>null</c>),
/// per region <c>missedTargets</c>, and <c>excluded</c> (what was left out of the inventories).
/// </summary>
internal static class EventJsonWriter
{
    public static string Write(EventView view) => JsonText.Write(json =>
    {
        var report = view.Report;
        json.WriteStartObject();
        json.WriteStartObject("event");
        json.WriteString("code", report.Event.Code);
        json.WriteString("name", report.Event.Name);
        json.WriteString("kind", ServiceEvent.Token(report.Event.Kind));
        json.WriteEndObject();
        if (report.Event.Target is { } target)
        {
            json.WriteStartObject("target");
            foreach (var (metric, value) in target.Given())
            {
                json.WriteNumber(metric, value);
            }

            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("target");
        }

        json.WriteStartArray("regions");
        foreach (var region in report.Regions)
        {
            json.WriteStartObject();
            json.WriteString("code", region.Code);
            json.WriteString("name", region.Name);
            json.WriteBoolean("complete", region.Complete);
            json.WriteStartArray("missing");
            foreach (var code in region.Missing)
            {
                json.WriteStringValue(code);
            }

            json.WriteEndArray();
            foreach (var metric in EventTarget.Metrics)
            {
                if (region.Of(metric) is { } value)
                {
                    json.WriteNumber(metric, value);
                }
                else
                {
                    json.WriteNull(metric);
                }
            }

            if (region.MeetsTarget is { } meets)
            {
                json.WriteBoolean("meetsTarget", meets);
            }
            else
            {
                json.WriteNull("meetsTarget");
            }

            json.WriteStartArray("missedTargets");
            foreach (var metric in region.Missed)
            {
                json.WriteStringValue(metric);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        LeftOutWriter.Json(json, view.LeftOut, view.Culture);
        json.WriteEndObject();
    });
}
