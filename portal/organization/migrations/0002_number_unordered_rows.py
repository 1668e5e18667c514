"""Give every chart and leader row a position: rows created by code stored none (NULL).

With NULL positions, the admin's formset saved only the row an editor changed, with a number, and
PostgreSQL sorts NULL last: the edited vice-principal jumped above the principal. Leaders without a
position are ranked head, deputies, others (``leader_rank``); chart rows keep their creation order.
"""

from django.db import migrations


def number_rows(apps, schema_editor):
    from portal.organization.models.contacts import leader_rank

    for model_name, rank in (("LeaderContact", leader_rank), ("OrgUnit", None), ("OrgMember", None)):
        model = apps.get_model("organization", model_name)
        pages = model.objects.filter(sort_order=None).values_list("page_id", flat=True).distinct()
        for page_id in list(pages):
            rows = list(model.objects.filter(page_id=page_id))
            rows.sort(
                key=lambda row: (
                    row.sort_order is None,
                    row.sort_order or 0,
                    rank(row.position) if rank else 0,
                    row.pk,
                )
            )
            for position, row in enumerate(rows):
                if row.sort_order != position:
                    row.sort_order = position
                    row.save(update_fields=["sort_order"])


class Migration(migrations.Migration):
    dependencies = [("organization", "0001_initial")]

    operations = [migrations.RunPython(number_rows, migrations.RunPython.noop)]
