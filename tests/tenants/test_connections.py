"""Kept connections are closed once they served more schemas than PORTAL_CONN_MAX_SCHEMAS.

A connection of its own (not the test's, which holds the test's transaction; and no transactional test,
whose flush would empty the public schema for the tests after it).
"""

from django.db import connection, connections

from tenants.connections import close_if_crowded


def test_a_connection_is_closed_after_serving_too_many_schemas(db):
    conn = connections.create_connection("default")
    try:
        conn.ensure_connection()
        first = conn.connection
        for schema in ("truong_a", "truong_b"):
            conn.set_schema(schema)
            assert not close_if_crowded(conn, 2)
            assert conn.connection is first  # two schemas: kept
        conn.set_schema("truong_c")
        assert close_if_crowded(conn, 2)
        assert conn.connection is None  # the third: closed, its backend's caches freed
        conn.set_schema_to_public()
        conn.ensure_connection()
        assert not close_if_crowded(conn, 2)  # a new connection counts from zero
    finally:
        conn.close()


def test_never_inside_a_transaction(db):
    for schema in ("truong_a", "truong_b", "truong_c"):
        connection.set_schema(schema)
        assert not close_if_crowded(connection, 1)
    assert connection.connection is not None
    connection.set_schema_to_public()
