"""The address rule (mailaccounts.naming): names to user parts, school parts, collisions, validation."""

import unicodedata

import pytest
from django.core.exceptions import ValidationError

from mailaccounts import naming


@pytest.mark.parametrize(
    ("full_name", "expected"),
    [
        ("Nguyễn Thị Ánh Tuyết", "tuyetnta"),  # the example
        ("Đặng Văn Đức", "ducdv"),  # đ -> d, also as initials
        ("Ðặng Văn Ðức", "ducdv"),  # Icelandic eth typed for Đ
        (unicodedata.normalize("NFD", "Nguyễn Thị Ánh Tuyết"), "tuyetnta"),  # pasted decomposed
        ("Trần Đình Đạt", "dattd"),
        ("Phạm  thị   ngọc LAN", "lanptn"),  # case and spacing do not matter
        ("Mai", "mai"),  # one-word name
        ("Lê Mai", "mail"),
        ("H'Hen Niê", "nieh"),  # apostrophe of an ethnic-minority name dropped
        ("Nguyễn Văn A.", "anv"),
        ("Tôn Nữ Thị Hoàng Phương Thảo Nguyên", "nguyentnthpt"),
        ("Quách Thị Thanh Huyền", "huyenqtt"),
    ],
)
def test_person_user_part(full_name, expected):
    assert naming.person_user_part(full_name) == expected


def test_very_long_names_are_cut_keeping_the_initials():
    assert naming.person_user_part("Trần Thị Abcdefghijklmnopqrstuvwxyz") == "abcdefghijklmnopqrtt"
    many = " ".join(["Nguyễn"] * 30) + " Hùng"
    user = naming.person_user_part(many)
    assert len(user) == naming.MAX_USER_LENGTH and user == "h" + "n" * 19


@pytest.mark.parametrize("full_name", ["", "   ", "...", "—"])
def test_names_without_letters_give_nothing(full_name):
    assert naming.person_user_part(full_name) == ""


@pytest.mark.parametrize(
    ("label", "expected"),
    [("Hiệu trưởng", "hieutruong"), ("Phó Hiệu trưởng", "phohieutruong"), ("Văn thư", "vanthu"), ("Y tế", "yte")],
)
def test_label_user_part(label, expected):
    assert naming.label_user_part(label) == expected


@pytest.mark.parametrize(
    ("schema", "city", "expected"),
    [
        ("thcsnguyenvietxuantdm", "tdm", "thcsnguyenvietxuan"),
        ("mnhoamaitdm", "tdm", "mnhoamai"),
        ("th_phu_hoa_1tdm", "tdm", "thphuhoa1"),
        ("tdm", "tdm", "tdm"),  # never emptied
        ("thcschuvanan", "", "thcschuvanan"),
    ],
)
def test_school_part(schema, city, expected):
    assert naming.school_part(schema, city) == expected


def test_collisions_take_the_smallest_free_suffix():
    def make(user):
        return f"{user}.thcschuvanan@ptdm.edu.vn"

    assert naming.first_free("tuyetnta", make, set()) == ("tuyetnta", "tuyetnta.thcschuvanan@ptdm.edu.vn")
    taken = {make("tuyetnta"), make("tuyetnta3")}
    assert naming.first_free("tuyetnta", make, taken) == ("tuyetnta2", "tuyetnta2.thcschuvanan@ptdm.edu.vn")
    taken.add(make("tuyetnta2"))
    assert naming.first_free("tuyetnta", make, taken)[0] == "tuyetnta4"


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("", "user_empty"),
        (".tuyet", "user_ends"),
        ("tuyet.", "user_ends"),
        ("-tuyet", "user_ends"),
        ("tuy..et", "user_chars"),
        ("tuyết", "user_chars"),
        ("tuyet nta", "user_chars"),
        ("Tuyet", "user_chars"),
        ("a" * 25, "user_length"),
    ],
)
def test_bad_user_parts_are_refused_in_vietnamese(value, code):
    with pytest.raises(ValidationError) as error:
        naming.validate_user_part(value)
    assert error.value.code == code
    assert "Tên người dùng" in error.value.messages[0]


@pytest.mark.parametrize("value", ["tuyetnta", "tuyet.nta", "hieu-truong", "gv_toan2"])
def test_good_user_parts_pass(value):
    naming.validate_user_part(value)


def test_local_part_length_is_bounded():
    naming.validate_local_part("a" * 64)
    with pytest.raises(ValidationError, match="tối đa 64"):
        naming.validate_local_part("a" * 65)


@pytest.mark.parametrize(
    ("pattern", "needs_user", "message"),
    [
        ("{user}.{truong}", True, "chỉ được dùng {user}"),
        ("{school}", True, "phải có {user}"),
        ("{user}..{school}", True, "chữ thường không dấu"),
        (".{user}", True, "chữ thường không dấu"),
    ],
)
def test_bad_patterns_are_refused(pattern, needs_user, message):
    with pytest.raises(ValidationError, match=message):
        naming.check_pattern(pattern, needs_user=needs_user)


def test_good_patterns_pass():
    naming.check_pattern("{user}.{school}")
    naming.check_pattern("{user}-{school}")
    naming.check_pattern("{school}", needs_user=False)
    assert naming.local_part("{user}.{school}", "tuyetnta", "thcschuvanan") == "tuyetnta.thcschuvanan"
