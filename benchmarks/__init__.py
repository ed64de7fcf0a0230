"""Benchmark runner, scorer and quality gate (not part of the installed package)."""
