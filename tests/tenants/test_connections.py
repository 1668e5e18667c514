"""Kept connections are closed once they served more schemas than PORTAL_CONN_MAX_SCHEMAS."""

import pytest
from django.db import connection

from tenants.connections import close_crowded_connections


@pytest.mark.django_db(transaction=True)
def test_a_connection_is_closed_after_serving_too_many_schemas(settings):
    settings.PORTAL_CONN_MAX_SCHEMAS = 2
    connection.close()
    connection.ensure_connection()
    first = connection.connection
    for schema in ("truong_a", "truong_b"):
        connection.set_schema(schema)
        close_crowded_connections()
        assert connection.connection is first  # two schemas: kept
    connection.set_schema("truong_c")
    close_crowded_connections()
    assert connection.connection is None  # the third: closed, its backend's caches freed
    connection.set_schema_to_public()
    connection.ensure_connection()
    close_crowded_connections()
    assert connection.connection is not None  # a new connection counts from zero


@pytest.mark.django_db
def test_never_inside_a_transaction(settings):
    settings.PORTAL_CONN_MAX_SCHEMAS = 1
    for schema in ("truong_a", "truong_b", "truong_c"):
        connection.set_schema(schema)
        close_crowded_connections()
    assert connection.connection is not None
    connection.set_schema_to_public()
