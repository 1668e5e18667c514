"""Retention: a published item younger than 5 years cannot be deleted or unpublished; older ones can."""

import datetime

import pytest
from django_tenants.utils import tenant_context

from disclosure.models import DisclosureItemPage
from disclosure.retention import RetentionError, is_retained, keep_until
from tests.disclosure.disclosure_helpers import make_year, publish_item

D = datetime.date


def test_an_editor_cannot_delete_or_unpublish_a_recent_item(school_a, superuser_client):
    with tenant_context(school_a):
        page = publish_item(make_year("2025-2026"), "tt09-4-1", D(2025, 6, 20))
        year_id = page.get_parent().pk
    client = superuser_client(school_a)
    response = client.post(f"/admin/pages/{page.pk}/delete/", follow=True)
    assert "được lưu ít nhất 5 năm (đến ngày 20/06/2030)" in response.content.decode()
    response = client.post(f"/admin/pages/{year_id}/delete/", follow=True)  # nor the year holding it
    assert "được lưu ít nhất 5 năm" in response.content.decode()
    response = client.post(f"/admin/pages/{page.pk}/unpublish/", follow=True)
    assert "được lưu ít nhất 5 năm" in response.content.decode()
    with tenant_context(school_a):
        assert DisclosureItemPage.objects.get(pk=page.pk).live


def test_the_model_refuses_too(school_a):
    with tenant_context(school_a):
        page = publish_item(make_year("2025-2026"), "tt09-4-1", D(2025, 6, 20))
        assert keep_until(page) == D(2030, 6, 20)
        with pytest.raises(RetentionError):
            page.delete()


def test_items_older_than_five_years_and_drafts_may_go(school_a, superuser_client):
    with tenant_context(school_a):
        old = publish_item(make_year("2019-2020"), "tt36-09", D(2019, 6, 20))
        assert not is_retained(old, today=D(2026, 12, 2))
    response = superuser_client(school_a).post(f"/admin/pages/{old.pk}/delete/")
    assert response.status_code == 302
    with tenant_context(school_a):
        assert not DisclosureItemPage.objects.filter(pk=old.pk).exists()
