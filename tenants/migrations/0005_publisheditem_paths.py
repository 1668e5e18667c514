"""PublishedItem stores paths instead of absolute URLs (issue 9, hole 4).

Existing absolute URLs keep only their path (and query); the host is rebuilt from the registry.
"""

from urllib.parse import urlsplit

from django.db import migrations, models


def to_paths(apps, schema_editor):
    PublishedItem = apps.get_model("tenants", "PublishedItem")
    for item in PublishedItem.objects.all():
        changed = False
        for field in ("path", "image_path"):
            value = getattr(item, field)
            if value.startswith(("http://", "https://", "//")):
                parts = urlsplit(value)
                setattr(item, field, parts.path + (f"?{parts.query}" if parts.query else ""))
                changed = True
        if changed:
            item.save(update_fields=["path", "image_path"])


class Migration(migrations.Migration):
    dependencies = [("tenants", "0004_portaladministrator")]

    operations = [
        migrations.RenameField("publisheditem", "url", "path"),
        migrations.RenameField("publisheditem", "image_url", "image_path"),
        migrations.AlterField(
            "publisheditem", "path", models.CharField(max_length=1000, verbose_name="đường dẫn")
        ),
        migrations.AlterField(
            "publisheditem",
            "image_path",
            models.CharField(blank=True, max_length=1000, verbose_name="đường dẫn ảnh"),
        ),
        migrations.RunPython(to_paths, migrations.RunPython.noop),
    ]
