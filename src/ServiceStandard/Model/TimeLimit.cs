using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using ServiceStandard.CodeLists;
using ServiceStandard.Text;

namespace ServiceStandard.Model;

/// <summary>办结时限: the legal and the committed time limit of an item.</summary>
[Description("办结时限。")]
public sealed record TimeLimits : ModelElement
{
    /// <summary>法定办结时限.</summary>
    [Display(Name = "法定办结时限")]
    [Description("法定办结时限。")]
    public TimeLimit? Legal { get; init; }

    /// <summary>承诺办结时限.</summary>
    [Display(Name = "承诺办结时限")]
    [Description("承诺办结时限。")]
    public TimeLimit? Committed { get; init; }
}

/// <summary>
/// A time limit: a value and a unit. Reports compare limits in working-day equivalents:
/// immediate = 0, hours / 8, calendar days x 5/7, months x 21.75.
/// </summary>
[Description("时限：数值与单位。报告按工作日折算：即办 = 0，小时 ÷ 8，自然日 × 5/7，月 × 21.75。")]
public sealed record TimeLimit : ModelElement
{
    /// <summary>The number of units, 0 or more (0 for <see cref="TimeUnit.Immediate"/>).</summary>
    [Required]
    [Range(0, double.MaxValue)]
    [Display(Name = "时限数值")]
    [Description("时限数值，不小于 0；即办为 0。")]
    public required decimal Value { get; init; }

    /// <summary>The unit.</summary>
    [Required]
    [Display(Name = "时限单位")]
    [Description("时限单位：workingDays 工作日、calendarDays 自然日、hours 小时、months 个月、immediate 即办。")]
    public required TimeUnit Unit { get; init; }

    /// <summary>A remark, such as the phrase the limit was read from.</summary>
    [Display(Name = "说明")]
    [Description("说明，如原始表述。")]
    public string? Note { get; init; }

    /// <summary>The limit in working-day equivalents, as reports use it.</summary>
    /// <returns>immediate = 0, hours / 8, calendar days x 5/7, months x 21.75, working days as is; a value the loader
    /// would refuse (beyond ten years) set in code never overflows: past <see cref="decimal.MaxValue"/> it is that.</returns>
    public decimal ToWorkingDays() => Unit switch
    {
        TimeUnit.Immediate => 0m,
        TimeUnit.Hours => Value / 8m,
        TimeUnit.CalendarDays => Value <= decimal.MaxValue / 5m ? Value * 5m / 7m : Value / 7m * 5m,
        TimeUnit.Months => Value <= decimal.MaxValue / 21.75m ? Value * 21.75m : decimal.MaxValue,
        _ => Value,
    };

    /// <summary>
    /// Reads a time limit written as text: any phrase the loader reads (20个工作日, 十五个自然日, 3个月, 即办,
    /// 0天2.0小时, 自受理之日起20个工作日 ...: README, "Values as departments write them"), or a value and a unit
    /// token (<c>5 workingDays</c>, <c>15 calendarDays</c>, <c>2 hours</c>, <c>3 months</c>, <c>immediate</c>).
    /// </summary>
    /// <param name="text">The limit as written.</param>
    /// <param name="type">
    /// The item's type, when known: 日 alone (30日) then counts working days for an administrative licence
    /// (行政许可法 Art. 82) and calendar days otherwise, as the loader reads it. Without a type, 日 alone is not read,
    /// since it does not say which days it means.
    /// </param>
    /// <returns>The limit, with <paramref name="text"/> as its note; <see langword="null"/> when the text is not a limit this reads.</returns>
    public static TimeLimit? Read(string text, ItemType? type = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts is [var token] && CodeListCatalog.TimeUnits.TryParse(token, out var alone, out _) && alone == TimeUnit.Immediate)
        {
            return new TimeLimit { Value = 0, Unit = TimeUnit.Immediate, Note = text };
        }

        if (parts is [var number, var unit]
            && decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            && CodeListCatalog.TimeUnits.TryParse(unit, out var tokenUnit, out _)
            && (tokenUnit != TimeUnit.Immediate || value == 0))
        {
            return new TimeLimit { Value = value, Unit = tokenUnit, Note = text };
        }

        return TimeLimitPhrases.Read(text, type == ItemType.AdministrativeLicensing) is { } reading && (type is not null || !reading.ByDayRule)
            ? new TimeLimit { Value = reading.Value, Unit = reading.Unit, Note = text }
            : null;
    }
}
