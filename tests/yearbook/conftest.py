"""Fixtures of the yearbook tests: admin clients and published statistics for a portal."""

import pytest
from django_tenants.utils import tenant_context

from portal.yearbook.models import YearbookPage, YearbookRow


@pytest.fixture
def publish_rows(django_capture_on_commit_callbacks):
    """``publish_rows(portal, [field dicts])``: set the yearbook's rows and publish (records the snapshot)."""

    def publish(portal, rows):
        with tenant_context(portal), django_capture_on_commit_callbacks(execute=True):
            page = YearbookPage.objects.get()
            page.rows = [YearbookRow(**row) for row in rows]
            page.full_clean()
            page.save_revision().publish()
            return page

    return publish
