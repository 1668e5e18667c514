"""Move the consent records and erasure log of the procedures app onto the privacy layer (one way, not two).

Copies every row (wording, times, names) into ``personal_data``; ``procedures`` then drops its tables.
Records made before versioned wordings get version "2025.1".
"""

from django.db import migrations

KINDS = {
    "bieu_mau": "Biểu mẫu trực tuyến",
    "tuyen_sinh": "Đăng ký xét tuyển",
    "du_thi": "Đăng ký dự thi",
    "gop_y": "Góp ý",
}


def copy(apps, schema_editor):
    OldConsent = apps.get_model("procedures", "ConsentRecord")
    OldLog = apps.get_model("procedures", "ErasureLog")
    Consent = apps.get_model("personal_data", "ConsentRecord")
    Log = apps.get_model("personal_data", "ErasureLog")
    Consent.objects.bulk_create(
        Consent(
            kind=KINDS.get(old.subject, old.subject),
            reference_code=old.reference_code,
            wording_version="2025.1",
            parent_name=old.parent_name,
            parent_wording=old.parent_wording,
            parent_agreed_at=old.parent_agreed_at,
            child_birth_date=old.child_birth_date,
            child_wording=old.child_wording,
            child_agreed_at=old.child_agreed_at,
        )
        for old in OldConsent.objects.all()
    )
    for old in OldLog.objects.all():
        log = Log.objects.create(
            reference_code=old.reference_code, kind=KINDS.get(old.kind, old.kind), reason=old.reason,
            erased_by=old.erased_by,
        )
        Log.objects.filter(pk=log.pk).update(erased_at=old.erased_at)


class Migration(migrations.Migration):
    dependencies = [
        ("personal_data", "0001_initial"),
        ("procedures", "0002_admissionapplicationpage_consultationindexpage_and_more"),
    ]

    operations = [migrations.RunPython(copy, migrations.RunPython.noop)]
