"""Demo of the privacy layer: one pending parent request per school (to see, correct or erase data).

The candidate lists follow the layer's defaults by themselves (month/year of birth, end dates): the
enrollment seeder creates them and ``PersonalDataPublication`` fills the dates on save.
"""

import datetime

from portal.personal_data.models import DataSubjectRequest


def seed_personal_data(portal, demo, rng):
    if portal.is_district or DataSubjectRequest.objects.exists():
        return
    DataSubjectRequest.objects.create(
        code=DataSubjectRequest.new_code(),
        kind=DataSubjectRequest.Kind.CORRECT,
        child_name="Nguyễn Ngọc Bảo Trâm",
        child_birth_date=datetime.date(2020, 5, 14),
        requester_name="Nguyễn Văn Hùng",
        relation="cha",
        contact="0918 234 567",
        details="Danh sách dự tuyển ghi sai tên con tôi: đúng là “Nguyễn Ngọc Bảo Trâm”.",
    )
