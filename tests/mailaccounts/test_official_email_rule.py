"""One official-email rule everywhere: public webmail refused, the district's mail domain accepted as data."""

import pytest
from django.core.exceptions import ValidationError

from mailaccounts.models import MailService, RegulationsRecord
from tenants.validators import official_domains, validate_official_email

WEBMAIL = ["tuyet@gmail.com", "a@googlemail.com", "b@yahoo.com.vn", "c@hotmail.com", "d@outlook.com", "e@live.com"]


@pytest.mark.parametrize("address", WEBMAIL)
def test_public_webmail_is_refused_with_its_own_message(address):
    with pytest.raises(ValidationError) as error:
        validate_official_email(address)
    assert error.value.code == "personal_mail"
    assert "Không dùng hộp thư cá nhân" in error.value.messages[0]


def test_the_districts_mail_domain_is_data(district):
    with pytest.raises(ValidationError):
        validate_official_email("an.thcschuvanan@tptdm.edu.vn")
    MailService.objects.create(portal=district, domain="tptdm.edu.vn")
    assert "tptdm.edu.vn" in official_domains()
    validate_official_email("an.thcschuvanan@tptdm.edu.vn")
    validate_official_email("an.thcschuvanan@ptdm.edu.vn")  # the setting's domains stay official


def test_the_email_focal_person_field_refuses_webmail(school_a):
    record = RegulationsRecord(portal=school_a, email_focal_name="Lê Văn An", email_focal_email="an@gmail.com")
    with pytest.raises(ValidationError) as error:
        record.full_clean()
    assert "email_focal_email" in error.value.message_dict


def test_service_row_validates_domain_and_patterns(district):
    service = MailService(portal=district, domain="PTDM..edu.vn", address_pattern="{school}", unit_pattern="{ten}")
    with pytest.raises(ValidationError) as error:
        service.full_clean()
    assert set(error.value.message_dict) == {"domain", "address_pattern", "unit_pattern"}


def test_a_public_webmail_cannot_be_the_service_domain(district):
    with pytest.raises(ValidationError) as error:
        MailService(portal=district, domain="gmail.com").full_clean()
    assert "Không dùng dịch vụ thư công cộng" in error.value.message_dict["domain"][0]
