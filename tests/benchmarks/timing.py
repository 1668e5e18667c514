"""Timing and reporting helpers shared by the search benchmarks (not a benchmark itself)."""

import statistics
import time

RUNS = 3


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def timed_runs(func, queries, runs=RUNS, before=None):
    """Milliseconds per call over ``runs`` rounds of every query (one warm-up round first).

    ``before`` runs untimed before each call (e.g. dropping cached searchers to time a cold open).
    """
    for query in queries:
        func(query)
    samples = []
    for _ in range(runs):
        for query in queries:
            if before is not None:
                before()
            start = time.perf_counter()
            func(query)
            samples.append((time.perf_counter() - start) * 1000)
    return samples


def report(name, samples):
    median, p95 = statistics.median(samples), percentile(samples, 0.95)
    print(f"    {name:<28} median {median:7.1f} ms   p95 {p95:7.1f} ms")
    return median, p95


def ratio_line(w_med, w_p95, p_med, p_p95):
    def words(ratio):
        return f"Whoosh {ratio:.1f}x slower" if ratio >= 1 else f"Whoosh {1 / ratio:.1f}x faster"

    print(
        f"    ratio Whoosh/PostgreSQL: median {w_med / p_med:.2f} ({words(w_med / p_med)}), "
        f"p95 {w_p95 / p_p95:.2f} ({words(w_p95 / p_p95)})"
    )


def goal(label, value, limit, unit="ms"):
    """One goal line, ``MET`` or ``NOT MET``; returns whether it was met."""
    met = value < limit
    print(f"    goal {label}: {value:.1f} {unit} < {limit:g} {unit} -> {'MET' if met else 'NOT MET'}")
    return met
