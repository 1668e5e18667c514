"""Settings for the pytest suite: real PostgreSQL, media and search on a temp folder."""

import os
import tempfile
from pathlib import Path

from portal.settings.base import *  # noqa: F403

SECRET_KEY = "test-only-insecure-key"  # noqa: S105  # nosec B105
DEBUG = False
# PORTAL_TEST_ROOT: one folder shared by the processes of the browser tests (tests/e2e).
_TMP = Path(os.environ.get("PORTAL_TEST_ROOT") or tempfile.mkdtemp(prefix="portal-test-"))
MEDIA_ROOT = _TMP / "media"
SEARCH_ROOT = _TMP / "search"
PORTAL_STATE_DIR = _TMP / "state"
# Off for the unit tests (they read pages right after changing rows with update()); tests/core/test_page_cache.py
# turns it on, and the browser tests run with it (tests/e2e/settings.py), as production does.
PORTAL_PAGE_CACHE = False
PORTAL_FRAGMENT_CACHE = False  # likewise; tests/core/test_fragments.py and the query budgets turn it on
STATIC_ROOT = _TMP / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
WHITENOISE_USE_FINDERS = True
# One test database per run, so concurrent runs on the shared embedded server never collide.
DATABASES["default"]["TEST"] = {"NAME": f"test_portal_{os.getpid()}"}  # noqa: F405
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
ALLOWED_HOSTS = ALLOWED_HOSTS + ["testserver"]  # noqa: F405
INSTALLED_APPS = INSTALLED_APPS + ["demo"]  # noqa: F405  (seed_demo, demo.pdf for test files)
PORTAL_DEV_PORT = ""
WAGTAILADMIN_BASE_URL = "http://tptdm.localhost"
MAILACCOUNTS_HASH_ROUNDS = 1000  # the passlib minimum: hashing speed is not under test
# Force-logged test accounts (superuser_client) and the browser tests' demo logins carry no second factor;
# tests/editorial/test_two_factor.py turns the requirement on and proves it.
PORTAL_TWO_FACTOR_REQUIRED = False
