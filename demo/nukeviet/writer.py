"""Write a NukeViet 4.x site as a ``mysqldump`` and its uploads folder (demo, tests and benchmark).

The tables are NukeViet's own (``demo.nukeviet.schema``, copied from its install files); values are
escaped as mysqldump does. ``legacy`` titles are written as TCVN3 bytes, as old sites converted from
pre-Unicode fonts sometimes hold them.
"""

import io
import re
from pathlib import Path

from demo.nukeviet.schema import TABLES
from portal.text.legacy import encode_legacy

_COLUMN = re.compile(r"^\s*([a-z_0-9]+)\s+(\w+)", re.M | re.I)
_INTEGER = {"int", "smallint", "tinyint", "mediumint", "bigint"}


class Legacy(str):
    """A text to write as TCVN3 bytes instead of UTF-8."""


def columns(table):
    found = []
    for name, kind in _COLUMN.findall(TABLES[table]):
        if name.upper() in {"PRIMARY", "KEY", "UNIQUE", "INDEX"}:
            continue
        found.append((name, kind.lower() in _INTEGER))
    return found


def _literal(value):
    if value is None:
        return b"NULL"
    if isinstance(value, int):
        return str(value).encode()
    raw = encode_legacy(value, "tcvn3").encode("latin-1") if isinstance(value, Legacy) else value.encode()
    for old, new in ((b"\\", b"\\\\"), (b"'", b"\\'"), (b"\n", b"\\n"), (b"\r", b"\\r"), (b"\0", b"\\0")):
        raw = raw.replace(old, new)
    return b"'" + raw + b"'"


def dump_bytes(rows_by_table, *, prefix="nv4", lang="vi", extra=b""):
    """``{table: [row dict]}`` -> the bytes of a dump (missing columns get NukeViet's defaults)."""
    out = io.BytesIO()
    out.write(b"-- MySQL dump 10.13  Distrib 5.7.44, for Linux (x86_64)\n/*!40101 SET NAMES utf8mb4 */;\n\n")
    for table, rows in rows_by_table.items():
        name = f"{prefix}_{lang}_{table}".encode()
        out.write(b"DROP TABLE IF EXISTS `" + name + b"`;\n")
        out.write(b"CREATE TABLE `" + name + b"` (" + TABLES[table].encode() + b"\n) ENGINE=MyISAM;\n")
        if not rows:
            continue
        cols = columns(table)
        out.write(b"LOCK TABLES `" + name + b"` WRITE;\nINSERT INTO `" + name + b"` VALUES ")
        tuples = []
        for row in rows:
            values = [row.get(col, 0 if is_int else "") for col, is_int in cols]
            tuples.append(b"(" + b",".join(_literal(v) for v in values) + b")")
        out.write(b",\n".join(tuples) + b";\nUNLOCK TABLES;\n\n")
    out.write(extra)
    out.write(b"-- Dump completed on 2025-05-20 10:00:00\n")
    return out.getvalue()


def write_site(folder, rows_by_table, files, **options):
    """Write ``site.sql`` and ``uploads/`` (``files``: relative path -> bytes) into ``folder``."""
    folder = Path(folder)
    (folder / "uploads").mkdir(parents=True, exist_ok=True)
    for relative, data in files.items():
        path = folder / "uploads" / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    (folder / "site.sql").write_bytes(dump_bytes(rows_by_table, **options))
    return folder / "site.sql"
