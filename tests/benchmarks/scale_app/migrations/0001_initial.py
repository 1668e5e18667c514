"""The scale benchmark's schema change, applied to every portal schema: a new table and a column added to
Wagtail's page table (the largest of a school), as a release adding a field would."""

from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = [("wagtailcore", "0001_initial")]

    operations = [
        migrations.CreateModel(
            name="ScaleMarker",
            fields=[
                ("id", models.BigAutoField(primary_key=True, serialize=False)),
                ("label", models.CharField(max_length=100)),
            ],
        ),
        migrations.RunSQL(
            "ALTER TABLE wagtailcore_page ADD COLUMN scale_flag boolean NOT NULL DEFAULT false",
            "ALTER TABLE wagtailcore_page DROP COLUMN scale_flag",
        ),
    ]
