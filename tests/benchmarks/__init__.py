"""Benchmarks printed by ``make bench`` (``python -m tests.benchmarks``); measurements, not tests."""
