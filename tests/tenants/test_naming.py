import pytest
from django.core.exceptions import ValidationError

from tenants.naming import (
    schema_name_for_domain,
    school_label_from_name,
    suggest_school_domain,
    validate_hostname,
    validate_schema_name,
    validate_school_domain,
)


@pytest.mark.parametrize(
    ("name", "domain"),
    [
        ("Trường THCS Nguyễn Viết Xuân", "thcsnguyenvietxuantdm.edu.vn"),
        ("Trường Mầm non Hoa Mai", "mnhoamaitdm.edu.vn"),
        ("Trường Tiểu học Phú Hòa 1", "thphuhoa1tdm.edu.vn"),
        ("Trường TH-THCS Ngô Thời Nhiệm", "ththcsngothoinhiemtdm.edu.vn"),
        ("Trường Tiểu học và THCS Đồng Đen", "ththcsdongdentdm.edu.vn"),
        ("Trường Trung học cơ sở Định Hòa", "thcsdinhhoatdm.edu.vn"),
        ("Nhà trẻ Sơn Ca", "ntsoncatdm.edu.vn"),
        ("Trường Mẫu giáo Tư thục Ánh Dương", "mganhduongtdm.edu.vn"),
        # NFD input (macOS) must give the same domain as NFC.
        ("Trường Mầm non Hoa Mai".encode().decode("utf-8"), "mnhoamaitdm.edu.vn"),
    ],
)
def test_suggested_domain_follows_the_abbreviation_rule(name, domain):
    assert suggest_school_domain(name, city_code="tdm") == domain


def test_nfd_name_gives_same_label():
    import unicodedata

    nfd = unicodedata.normalize("NFD", "Trường Tiểu học Phú Hòa 1")
    assert nfd != "Trường Tiểu học Phú Hòa 1"
    assert school_label_from_name(nfd) == "thphuhoa1"


def test_city_code_is_configurable(settings):
    settings.PORTAL_CITY_CODE = "bc"
    assert suggest_school_domain("Trường Mầm non Hoa Mai") == "mnhoamaibc.edu.vn"
    validate_school_domain("mnhoamaibc.edu.vn")
    with pytest.raises(ValidationError):
        validate_school_domain("mnhoamaitdm.edu.vn")


@pytest.mark.parametrize("domain", ["thcsnguyenvietxuantdm.edu.vn", "mn1tdm.edu.vn", "th2tdm.edu.vn"])
def test_valid_school_domains(domain):
    validate_school_domain(domain, city_code="tdm")


@pytest.mark.parametrize(
    ("domain", "fragment"),
    [
        ("mn..hoamaitdm.edu.vn", "chỉ được gồm"),
        ("..tdm.edu.vn", "chỉ được gồm"),
        ("mn/hoamaitdm.edu.vn", "chỉ được gồm"),
        ("../../etc/passwdtdm.edu.vn", "chỉ được gồm"),
        ("MNHoaMaitdm.edu.vn", "chỉ được gồm"),
        ("mnhoamaitdm.EDU.VN", "phải kết thúc"),
        ("mnhoamaiđtdm.edu.vn", "chỉ được gồm"),
        ("trườnghoamaitdm.edu.vn", "chỉ được gồm"),
        ("mn-hoa-maitdm.edu.vn", "chỉ được gồm"),
        ("mnhoamai.edu.vn", "phải có dạng"),
        ("tdm.edu.vn", "phải có dạng"),
        ("mnhoamaitdm.com", "phải kết thúc"),
        ("mnhoamaitdm.edu.vn.evil.com", "phải kết thúc"),
        ("mnhoamaitdm.gov.vn", "phải kết thúc"),
        ("", "phải kết thúc"),
    ],
)
def test_invalid_school_domains_have_a_vietnamese_message(domain, fragment):
    with pytest.raises(ValidationError) as excinfo:
        validate_school_domain(domain, city_code="tdm")
    assert fragment in " ".join(excinfo.value.messages)


@pytest.mark.parametrize("name", ["ab", "thcsnguyenvietxuantdm", "school_1", "a" * 41])
def test_valid_schema_names(name):
    validate_schema_name(name)


@pytest.mark.parametrize(
    "name",
    [
        "a",
        "1abc",
        "_abc",
        "Abc",
        "abc-def",
        "abc.def",
        "ab/cd",
        "..",
        "trường",
        "a" * 42,
        "public",
        "tenant_template",
        "pg_catalog",
        "",
        None,
        "abc def",
        "abc;drop",
    ],
)
def test_invalid_schema_names(name):
    with pytest.raises(ValidationError) as excinfo:
        validate_schema_name(name)
    assert "không hợp lệ" in excinfo.value.messages[0]


def test_schema_name_for_domain_is_strict():
    assert schema_name_for_domain("thcsnguyenvietxuantdm.edu.vn") == "thcsnguyenvietxuantdm"
    long = "mn" + "x" * 70 + "tdm.edu.vn"
    validate_schema_name(schema_name_for_domain(long))
    assert schema_name_for_domain("tp-tdm.edu.vn") == "tp_tdm"
    assert schema_name_for_domain("9a.edu.vn") == "s9a"


@pytest.mark.parametrize("host", ["tptdm.edu.vn", "hcm.edu.vn", "sgd-binhduong.edu.vn"])
def test_valid_supervisor_hostnames(host):
    validate_hostname(host)


@pytest.mark.parametrize("host", ["tptdm", "TPTDM.edu.vn", "tp tdm.edu.vn", "-x.edu.vn", "x..vn", "tp/tdm.edu.vn"])
def test_invalid_supervisor_hostnames(host):
    with pytest.raises(ValidationError):
        validate_hostname(host)
