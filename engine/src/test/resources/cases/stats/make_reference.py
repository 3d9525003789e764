#!/usr/bin/env python3
"""Reference trend statistics for TrendAnalysisReferenceTest, computed independently with SciPy/NumPy.

Run from this folder: python3 make_reference.py > reference.json  (SciPy 1.17.1, NumPy 2.x were used).
Each case is a yearly series as yoy's series builder makes it: a point kind per year. Only whole-year point
figures (exact, about, conflict) enter the statistics; bounds, ranges and part-year figures are left out; a
year without a figure (not_reported, no_report) is a gap. CAGR is refused when the first or last figure is
not a usable point, or when the first value is 0. No trend statistic below n = 3.
"""
import json
import math

import numpy as np
from scipy import stats

POINT_KINDS = {"exact", "about", "conflict"}
FIGURE_KINDS = POINT_KINDS | {"at_least", "range", "partial"}


def rng_series(seed, n, start, base, step, noise, ties=False):
    r = np.random.default_rng(seed)
    vals = base + step * np.arange(n) + r.normal(0, noise, n)
    vals = np.abs(np.round(vals, 0 if ties else 3))
    return [[start + i, "exact", float(v)] for i, v in enumerate(vals)]


CASES = {
    "n1_single_figure": [[2020, "exact", 12]],
    "n2_two_figures": [[2019, "exact", 40], [2020, "exact", 55]],
    "n3_rising": [[2018, "exact", 3], [2019, "exact", 7], [2020, "exact", 8]],
    "n4_with_tie": [[2017, "exact", 10], [2018, "about", 14], [2019, "exact", 14], [2020, "exact", 9]],
    "n9_no_ties_exact_p": rng_series(9, 9, 2012, 100, 6.5, 9.0),
    "n10_no_ties_exact_p_edge": rng_series(10, 10, 2011, 500, -12, 20),
    "n11_no_ties_normal_p": rng_series(11, 11, 2010, 50, 2, 4),
    "n20_ties_normal_p": rng_series(20, 20, 2001, 30, 1.2, 3, ties=True),
    "gaps_in_years": [[2010, "exact", 5], [2011, "not_reported", None], [2012, "exact", 9], [2013, "no_report", None],
                      [2014, "no_report", None], [2015, "exact", 4], [2016, "exact", 15], [2017, "not_reported", None],
                      [2018, "exact", 21], [2019, "exact", 19]],
    "many_ties": [[2013, "exact", 2], [2014, "exact", 2], [2015, "exact", 3], [2016, "exact", 2], [2017, "exact", 3],
                  [2018, "exact", 5], [2019, "exact", 5], [2020, "exact", 5]],
    "bounds_in_middle": [[2015, "exact", 120], [2016, "at_least", 150], [2017, "exact", 160], [2018, "range", 100, 200],
                         [2019, "exact", 190], [2020, "about", 230]],
    "bound_at_start_refuses_cagr": [[2016, "at_least", 20], [2017, "exact", 25], [2018, "exact", 31],
                                    [2019, "exact", 30], [2020, "exact", 42]],
    "bound_at_end_refuses_cagr": [[2016, "exact", 20], [2017, "exact", 25], [2018, "exact", 31],
                                  [2019, "exact", 30], [2020, "at_least", 42]],
    "partial_periods": [[2016, "exact", 700], [2017, "exact", 640], [2018, "partial", 300], [2019, "exact", 610],
                        [2020, "exact", 580], [2021, "partial", 120]],
    "conflict_kept": [[2014, "exact", 1000], [2015, "conflict", 1250], [2016, "exact", 1190], [2017, "exact", 1400],
                      [2018, "conflict", 1320]],
    "gap_bound_range_conflict": [[2015, "exact", 40], [2016, "at_least", 55], [2017, "no_report", None],
                                 [2018, "range", 50, 90], [2019, "conflict", 72], [2020, "exact", 66],
                                 [2021, "not_reported", None], [2022, "exact", 81]],
    "zero_start_refuses_cagr": [[2016, "exact", 0], [2017, "exact", 3], [2018, "exact", 2], [2019, "exact", 6]],
    "falls_to_zero": [[2015, "exact", 64], [2016, "exact", 32], [2017, "exact", 16], [2018, "exact", 0]],
    "all_equal": [[2016, "exact", 7], [2017, "exact", 7], [2018, "exact", 7], [2019, "exact", 7], [2020, "exact", 7]],
    "fractional_values": [[2011, "exact", 0.125], [2013, "exact", 0.5], [2014, "about", 0.3], [2017, "exact", 0.9],
                          [2018, "exact", 1.1], [2020, "exact", 0.95], [2021, "exact", 1.7]],
}


def mann_kendall(y):
    n = len(y)
    s = sum(int(np.sign(y[j] - y[i])) for i in range(n) for j in range(i + 1, n))
    _, counts = np.unique(y, return_counts=True)
    ties = [int(t) for t in counts if t > 1]
    if n <= 10 and not ties:
        p = stats.kendalltau(np.arange(n), y, method="exact").pvalue
        return s, float(p), True
    var = (n * (n - 1) * (2 * n + 5) - sum(t * (t - 1) * (2 * t + 5) for t in ties)) / 18.0
    if var <= 0:
        return s, None, False
    z = (s - np.sign(s)) / math.sqrt(var)
    return s, float(min(1.0, 2 * stats.norm.sf(abs(z)))), False


def num(v):
    return None if v is None or not np.isfinite(v) else float(v)


def expected(points):
    figures = [p for p in points if p[1] in FIGURE_KINDS]
    used = [p for p in figures if p[1] in POINT_KINDS]
    x = np.array([p[0] for p in used], dtype=float)
    y = np.array([p[2] for p in used], dtype=float)
    n = len(used)
    out = {"n": n, "years": [int(v) for v in x]}
    cagr = None
    if figures and figures[0][1] in POINT_KINDS and figures[-1][1] in POINT_KINDS and n >= 2 and y[0] != 0:
        cagr = (y[-1] / y[0]) ** (1.0 / (x[-1] - x[0])) - 1
    out["cagr"] = num(cagr)
    if n < 3:
        out["insufficient"] = True
        return out
    out["insufficient"] = False
    lr = stats.linregress(x, y)
    # The slope's standard error from the residuals directly: linregress gives nan when every value is equal,
    # where the exact fit has a zero-width interval.
    resid = y - (lr.intercept + lr.slope * x)
    se = math.sqrt(float(np.sum(resid ** 2)) / (n - 2) / float(np.sum((x - x.mean()) ** 2)))
    half = stats.t.ppf(0.975, n - 2) * se
    out["ols_slope"] = float(lr.slope)
    out["ols_low"] = float(lr.slope - half)
    out["ols_high"] = float(lr.slope + half)
    out["r2"] = None if np.all(y == y[0]) else float(lr.rvalue ** 2)
    s, p, exact = mann_kendall(y)
    tau = stats.kendalltau(x, y).statistic  # tau-b
    out["mk_s"] = s
    out["mk_tau"] = num(tau)
    out["mk_p"] = p
    out["mk_exact"] = exact
    ts = stats.theilslopes(y, x, alpha=0.95)
    out["theil_sen"] = float(ts.slope)
    out["ts_low"] = float(ts.low_slope)
    out["ts_high"] = float(ts.high_slope)
    return out


def main():
    cases = []
    for name, points in CASES.items():
        pts = []
        for p in points:
            d = {"year": p[0], "kind": p[1]}
            if p[1] == "range":
                d["low"], d["high"] = p[2], p[3]
            elif p[2] is not None:
                d["value"] = p[2]
            pts.append(d)
        cases.append({"name": name, "points": pts, "expected": expected(points)})
    print(json.dumps({"scipy": __import__("scipy").__version__, "numpy": np.__version__, "cases": cases}, indent=1))


if __name__ == "__main__":
    import warnings
    warnings.simplefilter("ignore")
    main()
