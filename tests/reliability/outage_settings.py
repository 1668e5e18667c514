"""Settings of the gunicorn instance of ``test_database_restart.py``: the test settings on a PostgreSQL
of its own (``DATABASE_URL``, database ``PORTAL_OUTAGE_DB``) that the test stops and starts.

Persistent connections (``CONN_MAX_AGE``) as a production server would keep them, so the test proves the
health check replaces the ones PostgreSQL dropped. The cache is a folder shared by both workers so that a
page cached by one is cached for the other (with one local-memory cache per worker, a page is served
during an outage only by the workers that had cached it). The page cache is on, as in production.
"""

import os
from pathlib import Path

from portal.settings.test import *  # noqa: F403

DATABASES["default"]["NAME"] = os.environ["PORTAL_OUTAGE_DB"]  # noqa: F405
DATABASES["default"]["CONN_MAX_AGE"] = 60  # noqa: F405
ALLOWED_HOSTS = ALLOWED_HOSTS + [".edu.vn"]  # noqa: F405
PORTAL_PAGE_CACHE = True
PORTAL_TRUSTED_PROXIES = 1  # each POST of the test comes "from" its own address (the form's throttle)
for _alias in CACHES:  # noqa: F405
    CACHES[_alias]["BACKEND"] = "django.core.cache.backends.filebased.FileBasedCache"  # noqa: F405
    CACHES[_alias]["LOCATION"] = str(Path(os.environ["PORTAL_TEST_ROOT"]) / "cache" / _alias)  # noqa: F405
    # Each form of the test comes from a new address: a throttle key each; the default 300 entries would be
    # culled at random, the cached page with them.
    CACHES[_alias]["OPTIONS"] = {"MAX_ENTRIES": 100_000}  # noqa: F405
