namespace Milbal.Analysis.Statistics;

/// <summary>
/// Quantiles with linear interpolation between order statistics (Hyndman–Fan type 7, as R's default), shared by
/// every Monte Carlo in Milbal so a P5 means the same thing in the scenario bands and the capacity ranges.
/// </summary>
public static class Quantiles
{
    /// <summary>The q-quantile (0–1) of values already sorted ascending.</summary>
    public static double Sorted(IReadOnlyList<double> sorted, double q)
    {
        if (sorted.Count == 0) return double.NaN;
        var rank = q * (sorted.Count - 1);
        var lo = (int)Math.Floor(rank);
        var hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
    }

    /// <summary>The q-quantile (0–1) of unsorted values by quickselect, reordering them; no full sort for large samples.</summary>
    public static double Select(Span<float> values, double q)
    {
        if (values.Length == 0) return double.NaN;
        var h = (values.Length - 1) * q;
        var lo = (int)Math.Floor(h);
        var a = SelectKth(values, lo);
        if (lo + 1 >= values.Length || h == lo) return a;
        // After selection every element right of lo is ≥ a: the next order statistic is their minimum.
        var b = float.MaxValue;
        foreach (var v in values[(lo + 1)..]) if (v < b) b = v;
        return a + (h - lo) * (b - a);
    }

    /// <summary>Hoare-style quickselect (median of three): places the k-th smallest at index k.</summary>
    private static float SelectKth(Span<float> v, int k)
    {
        int left = 0, right = v.Length - 1;
        while (right > left)
        {
            var mid = left + (right - left) / 2;
            if (v[mid] < v[left]) (v[mid], v[left]) = (v[left], v[mid]);
            if (v[right] < v[left]) (v[right], v[left]) = (v[left], v[right]);
            if (v[right] < v[mid]) (v[right], v[mid]) = (v[mid], v[right]);
            var pivot = v[mid];
            int i = left, j = right;
            while (i <= j)
            {
                while (v[i] < pivot) i++;
                while (v[j] > pivot) j--;
                if (i <= j)
                {
                    (v[i], v[j]) = (v[j], v[i]);
                    i++;
                    j--;
                }
            }
            if (k <= j) right = j;
            else if (k >= i) left = i;
            else return v[k];
        }
        return v[k];
    }
}
