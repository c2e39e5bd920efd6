namespace ServiceStandard.Model;

/// <summary>The regular expressions of the format's codes; the schema and the loader share them.</summary>
public static class Patterns
{
    /// <summary>GB/T 2260 division code: 6 digits.</summary>
    public const string DivisionCode = "^[0-9]{6}$";

    /// <summary>基本编码: 12 upper-case letters or digits (the 2022 licence list ends main items in <c>Y</c>).</summary>
    public const string BasicCode = "^[0-9A-Z]{12}$";

    /// <summary>统一社会信用代码 (GB 32100): 18 characters over the 31-character set without I, O, S, V, Z; positions 3 to 8 a division code.</summary>
    public const string CreditCode = "^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$";

    /// <summary>实施编码: credit code (18) + level digit (1 to 6) + basic code (12) = 31 characters.</summary>
    public const string ImplementationCode = "^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}[1-6][0-9A-Z]{12}$";
}
