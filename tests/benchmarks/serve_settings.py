"""Settings of the serving benchmark's gunicorn (``serving_bench``): production's, on the benchmark's database.

Everything else comes from the environment exactly as in production (secret, hosts, folders, caches);
the benchmark sets it the way ``make serve`` does (plain http, no https redirect).
"""

import os

from portal.settings.production import *  # noqa: F403

DATABASES["default"]["NAME"] = os.environ["PORTAL_BENCH_DB"]  # noqa: F405
