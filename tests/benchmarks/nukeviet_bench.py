"""Benchmark: importing a NukeViet site of 500 generated articles (plus the demo rows) into a school.

Printed by ``make bench``; runs on a throw-away test database. Reports items per second of the import
itself (the dump is read first; its reading time is printed apart).
"""

import io
import tempfile
import time
from pathlib import Path

from tests.benchmarks.db import benchmark_database

ARTICLES = 500


def run():
    from django.core.management import call_command

    from demo.nukeviet.site import write
    from nukeviet_import.dump import read_dump
    from tenants.provisioning import ensure_template, provision_portal

    with tempfile.TemporaryDirectory() as folder, benchmark_database():
        dump = write(folder, articles=ARTICLES)
        size = dump.stat().st_size
        start = time.perf_counter()
        tables = read_dump(dump.read_bytes())
        parsed = time.perf_counter() - start
        rows = sum(len(table.rows) for table in tables.values())
        ensure_template()
        portal = provision_portal("Trường THCS Đo Nhập NukeViet", level="thcs")
        out = io.StringIO()
        start = time.perf_counter()
        call_command(
            "import_nukeviet",
            portal.schema_name,
            "--dump",
            str(dump),
            "--uploads",
            str(Path(folder) / "uploads"),
            "--report",
            str(Path(folder) / "report.xlsx"),
            verbosity=0,
            stdout=out,
        )
        elapsed = time.perf_counter() - start
    items = ARTICLES + 14
    print(f"Dump: {size / 1e6:.1f} MB, {rows} rows read in {parsed * 1000:.0f} ms")
    print(f"Import: {items} source rows in {elapsed:.1f} s = {items / elapsed:.1f} items/s")
    print("  " + out.getvalue().strip().splitlines()[-2])
