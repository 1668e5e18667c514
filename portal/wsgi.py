"""WSGI entry point; run under gunicorn *sync* workers.

The ContentType cache is per process, shared by threads (docs/architecture.md, pitfall 4). Pages of
the per-portal page cache are served by ``PageCacheApplication`` before Django runs.
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

_django = get_wsgi_application()
# Imported once Django is set up: page-cache hits are answered before Django builds a request.
from portal.core.page_cache import PageCacheApplication  # noqa: E402

application = PageCacheApplication(_django)
