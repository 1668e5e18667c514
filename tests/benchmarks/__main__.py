"""``python -m tests.benchmarks [name ...]``: run every ``tests/benchmarks/*_bench.py`` module's ``run()``.

Modules run in name order (or the ones named on the command line, e.g. ``search_bench``); each prints
its own figures. Settings default to ``portal.settings.test`` (media and indexes in a temp folder);
benchmarks needing a database create and drop their own (``tests.benchmarks.db``).
"""

import importlib
import os
import pkgutil
import sys
import time
from pathlib import Path


def bench_modules():
    folder = Path(__file__).resolve().parent
    return sorted(info.name for info in pkgutil.iter_modules([str(folder)]) if info.name.endswith("_bench"))


def main(argv):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    import django

    django.setup()
    available = bench_modules()
    selected = [name.removesuffix(".py") for name in argv] or available
    unknown = sorted(set(selected) - set(available))
    if unknown:
        print(f"Unknown benchmark(s): {', '.join(unknown)}; available: {', '.join(available)}")
        return 2
    for name in selected:
        print(f"\n=== {name} ===", flush=True)
        start = time.perf_counter()
        importlib.import_module(f"tests.benchmarks.{name}").run()
        print(f"--- {name}: {time.perf_counter() - start:.1f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
