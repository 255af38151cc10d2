"""The portal's benchmark: page weight and submit throughput against a bare Flask baseline.

Run it with `make bench` or `python -m bench --help`. Results are printed as a table and
written to bench/results/latest.json (git-ignored).
"""
