"""The ceiling of any Python handler under gunicorn: a WSGI app returning fixed bytes (``serving_bench``).

It answers every request with the file named by ``BARE_PAGE`` (the portal's own home page, saved by
the benchmark), so the bytes on the wire are the same as the portal's.
"""

import os
from pathlib import Path

PAGE = Path(os.environ["BARE_PAGE"]).read_bytes()
HEADERS = [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(PAGE)))]


def application(environ, start_response):
    start_response("200 OK", HEADERS)
    return [PAGE]
