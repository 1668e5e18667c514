"""Settings of the processes the scale benchmark starts (gunicorn, the migration runs): the test settings
on the benchmark's database (``SCALE_DB``), its folders (``PORTAL_TEST_ROOT``), the page cache on as in
production, and with ``SCALE_EXTRA_APP=1`` a throwaway tenant app whose migration changes every schema."""

import os

from portal.settings.test import *  # noqa: F403

DATABASES["default"]["NAME"] = os.environ["SCALE_DB"]  # noqa: F405
ALLOWED_HOSTS = [".edu.vn", ".localhost", "localhost", "127.0.0.1"]
PORTAL_PAGE_CACHE = os.environ.get("PORTAL_PAGE_CACHE", "1") != "0"
if os.environ.get("SCALE_EXTRA_APP") == "1":
    TENANT_APPS = TENANT_APPS + ["tests.benchmarks.scale_app"]  # noqa: F405
    INSTALLED_APPS = INSTALLED_APPS + ["tests.benchmarks.scale_app"]  # noqa: F405
