"""Settings for the pytest suite: real PostgreSQL, media and search on a temp folder."""

import tempfile
from pathlib import Path

from portal.settings.base import *  # noqa: F403

SECRET_KEY = "test-only-insecure-key"  # noqa: S105  # nosec B105
DEBUG = False
_TMP = Path(tempfile.mkdtemp(prefix="portal-test-"))
MEDIA_ROOT = _TMP / "media"
SEARCH_ROOT = _TMP / "search"
STATIC_ROOT = _TMP / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
WHITENOISE_USE_FINDERS = True
HAYSTACK_CONNECTIONS["default"]["PATH"] = str(SEARCH_ROOT / "_default")  # noqa: F405
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
ALLOWED_HOSTS = ALLOWED_HOSTS + ["testserver"]  # noqa: F405
PORTAL_DEV_PORT = ""
WAGTAILADMIN_BASE_URL = "http://tptdm.localhost"
