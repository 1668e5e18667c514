"""The cloner copies the template exactly: structure under the same names, data, sequences."""

import pytest
from django.db import connection, transaction

from tenants.cloning import UnclonableSchema, clone_schema

# Partial-index predicates are compared by presence only: re-creating one re-parses its
# expression, and PostgreSQL then prints an equivalent but differently cast form.
STRUCTURE_QUERIES = {
    "columns": """
        SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, a.attidentity,
               pg_get_expr(d.adbin, d.adrelid)
          FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
          JOIN pg_namespace n ON n.oid = c.relnamespace
          LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
         WHERE n.nspname = %s AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped""",
    "constraints": """
        SELECT c.relname, co.conname, co.contype, pg_get_constraintdef(co.oid), co.condeferrable, co.condeferred
          FROM pg_constraint co JOIN pg_class c ON c.oid = co.conrelid
          JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = %s AND co.contype <> 'n'""",
    "indexes": """
        SELECT c.relname, split_part(replace(pg_get_indexdef(i.indexrelid), n.nspname || '.', ''), ' WHERE ', 1),
               i.indpred IS NOT NULL
          FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
          JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = %s""",
}


def structure(schema):
    result = {}
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL search_path TO " + connection.ops.quote_name(schema))
        for name, query in STRUCTURE_QUERIES.items():
            cursor.execute(query, [schema])
            result[name] = sorted(cursor.fetchall(), key=repr)
    connection.set_schema_to_public()
    return result


def test_clone_has_the_same_structure_and_names(school_a):
    template, clone = structure("tenant_template"), structure(school_a.schema_name)
    assert template["columns"] and template["constraints"] and template["indexes"]
    for part in STRUCTURE_QUERIES:
        assert clone[part] == template[part], part


def test_clone_copies_data_and_sequence_state(db):
    clone_schema("tenant_template", "clone_probe")
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM tenant_template.wagtailcore_page")
        pages = cursor.fetchone()[0]
        cursor.execute("SELECT count(*) FROM clone_probe.wagtailcore_page")
        assert cursor.fetchone()[0] == pages > 1
        cursor.execute("SELECT nextval(pg_get_serial_sequence('tenant_template.wagtailcore_page', 'id'))")
        template_next = cursor.fetchone()[0]
        cursor.execute("SELECT nextval(pg_get_serial_sequence('clone_probe.wagtailcore_page', 'id'))")
        assert cursor.fetchone()[0] == template_next


def test_template_with_a_view_is_refused(db):
    with connection.cursor() as cursor:
        cursor.execute("CREATE SCHEMA odd_template")
        cursor.execute("CREATE TABLE odd_template.t (id int)")
        cursor.execute("CREATE VIEW odd_template.v AS SELECT * FROM odd_template.t")
    with pytest.raises(UnclonableSchema), transaction.atomic():
        clone_schema("odd_template", "odd_clone")


def test_template_with_a_trigger_or_a_free_sequence_is_refused(db):
    with connection.cursor() as cursor:
        cursor.execute("CREATE SCHEMA odd_template")
        cursor.execute("CREATE TABLE odd_template.t (id int)")
        cursor.execute("CREATE SEQUENCE odd_template.loose")
        cursor.execute("CREATE FUNCTION odd_template.f() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END'")
        cursor.execute(
            "CREATE TRIGGER odd_t BEFORE INSERT ON odd_template.t FOR EACH ROW EXECUTE FUNCTION odd_template.f()"
        )
    with pytest.raises(UnclonableSchema) as refused, transaction.atomic():
        clone_schema("odd_template", "odd_clone")
    assert "sequence loose" in str(refused.value)
    assert "trigger odd_t" in str(refused.value)
    assert "function f" in str(refused.value)


def test_clone_reads_the_catalogs_through_indexes_not_by_schema_scans(db):
    """pg_class has no index on relnamespace: a filter on it reads every school's rows (~1 000 each), so the
    cloner finds the template's relations through pg_depend (indexed by the referenced schema)."""
    statements = []

    def record(execute, sql, params, many, context):
        statements.append(sql if isinstance(sql, str) else sql.as_string(context["connection"]))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record), transaction.atomic():
        clone_schema("tenant_template", "clone_probe_scan")
        transaction.set_rollback(True)
    catalog_reads = [sql for sql in statements if "pg_class" in sql]
    assert catalog_reads
    assert not [sql for sql in catalog_reads if "relnamespace" in sql or "pg_sequences" in sql]
