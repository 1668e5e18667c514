"""The installed release, from the package metadata (``pyproject.toml`` ``version``), for the admin
footer, ``/healthz`` and the upgrade log."""

from functools import cache
from importlib.metadata import PackageNotFoundError, version

DISTRIBUTION = "school-portal"


@cache
def portal_version():
    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError:  # a source tree that was never `pip install`ed
        return "0+unknown"
