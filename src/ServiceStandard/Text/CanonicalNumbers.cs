using System.Globalization;

namespace ServiceStandard.Text;

/// <summary>The one way canonical output writes a number: invariant culture, no exponent, no trailing zeros (2.0 is 2).</summary>
internal static class CanonicalNumbers
{
    public static string Format(decimal value) =>
        value.ToString("0.############################", CultureInfo.InvariantCulture);
}
