"""create_district: the first portal of a production installation; there is only ever one."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

pytestmark = pytest.mark.django_db


def test_a_second_district_is_refused_with_the_existing_ones_name(district):
    with pytest.raises(CommandError) as refused:
        call_command(
            "create_district",
            "Phòng Giáo dục và Đào tạo khác",
            "--domain=khac.edu.vn",
            "--admin-username=quantri",
            "--admin-name=Nguyễn Văn An",
            "--admin-email=an@ptdm.edu.vn",
        )
    assert f"Đã có cổng của cơ quan quản lý: “{district.name}” (tptdm)" in str(refused.value)
