"""Shared fixtures: a real PostgreSQL test database with the template schema, a district and two schools.

The portals are provisioned once per session (outside the per-test transaction)
through the same code path as production; each test runs in a transaction that
is rolled back, so pages or schools a test creates disappear after it.
"""

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.db import connection
from django.test import Client
from django_tenants.utils import schema_context, tenant_context

from tests import dbcache

SCHOOL_A_NAME = "Trường THCS Chu Văn An"
SCHOOL_B_NAME = "Trường Mầm non Hoa Sen"
DISTRICT_NAME = "Phòng Giáo dục và Đào tạo thành phố Thủ Dầu Một"


@pytest.fixture(scope="session")
def django_db_keepdb(request, django_db_modify_db_settings):
    """Start from the migrated database of ``tests.dbcache`` when it is current (then keep it: no re-creation).

    Depends on ``django_db_modify_db_settings`` so the xdist worker's suffix is already in the name.
    """
    from django.conf import settings

    if request.config.getvalue("reuse_db"):
        return True
    name = settings.DATABASES["default"]["TEST"]["NAME"]
    key = dbcache.fingerprint()
    held = None if dbcache.disabled() else dbcache.lock()  # one worker migrates, the others wait and copy
    copied = dbcache.copy_into(name, key)
    if copied and held is not None:
        dbcache.unlock(held)
        held = None
    request.config.stash[_COPIED] = copied
    request.config.stash[_LOCK] = held  # released once this worker has stored the cache (django_db_setup)
    if copied:  # kept by pytest-django: drop it at the end ourselves
        request.addfinalizer(lambda: _drop_test_database(name))
    return copied


_COPIED = pytest.StashKey[bool]()
_LOCK = pytest.StashKey[object]()


def _drop_test_database(name):
    from django.db import connections

    connections.close_all()
    dbcache.drop(name)


@pytest.fixture(scope="session")
def django_db_setup(request, django_db_setup, django_db_blocker):
    from django.conf import settings

    from tenants.models import Portal
    from tenants.provisioning import ensure_template, provision_portal

    with django_db_blocker.unblock():
        ensure_template()
        if not request.config.stash.get(_COPIED, True):  # migrated here: keep it for the next runs
            connection.close()
            dbcache.store_from(settings.DATABASES["default"]["NAME"])
        held = request.config.stash.get(_LOCK, None)
        if held is not None:
            dbcache.unlock(held)
            request.config.stash[_LOCK] = None
        provision_portal(
            DISTRICT_NAME,
            kind=Portal.Kind.DISTRICT,
            domain="tptdm.edu.vn",
            schema_name="tptdm",
            address="Số 10 Văn Công Khai, Phú Cường",
            phone="0274 3822 170",
            email="pgddt@ptdm.edu.vn",
        )
        provision_portal(SCHOOL_A_NAME, level="thcs", address="Số 1 Đường 30/4", email="thcschuvanan@ptdm.edu.vn")
        provision_portal(SCHOOL_B_NAME, level="mn", address="Số 2 Lê Hồng Phong", email="mnhoasen@ptdm.edu.vn")
        connection.set_schema_to_public()


@pytest.fixture(autouse=True)
def _public_schema_and_clean_cache():
    """Every test starts and ends in the public schema with empty caches."""
    from django.conf import settings

    for alias in settings.CACHES:
        caches[alias].clear()
    yield
    connection.set_schema_to_public()


def _portal(schema_name):
    from tenants.models import Portal

    with schema_context("public"):
        return Portal.objects.prefetch_related("domains").get(schema_name=schema_name)


@pytest.fixture
def district(db):
    return _portal("tptdm")


@pytest.fixture
def school_a(db):
    return _portal("thcschuvanantdm")


@pytest.fixture
def school_b(db):
    return _portal("mnhoasentdm")


class PortalClient(Client):
    """A test client that talks to one portal through its official host name."""

    def __init__(self, portal, **defaults):
        super().__init__(HTTP_HOST=portal.primary_hostname, **defaults)
        self.portal = portal


@pytest.fixture
def portal_client():
    return PortalClient


@pytest.fixture
def superuser_client(portal_client):
    """``superuser_client(portal, username="quantri")``: a client logged in as a new superuser of that portal.

    Users live in each portal's schema, so the account is created (and the session
    stored) inside the portal; the same username can exist in two portals.
    """

    def make(portal, username="quantri"):
        client = portal_client(portal)
        with tenant_context(portal):
            user = get_user_model().objects.create_superuser(username, f"{username}@ptdm.edu.vn", "MatKhau@2025")
            client.force_login(user)
        return client

    return make
