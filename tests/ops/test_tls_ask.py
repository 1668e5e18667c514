"""Caddy's on-demand TLS question: yes only for active portal domains in the registry."""

import pytest
from django.test import Client
from django_tenants.utils import schema_context

from tenants.models import Domain, Portal

pytestmark = pytest.mark.django_db

ASK = "/_ops/tls-ask"


def ask(domain, host="127.0.0.1:8000"):
    return Client(HTTP_HOST=host).get(ASK, {"domain": domain}).status_code


def test_active_school_domain_and_its_www_form(school_a):
    assert ask(school_a.primary_hostname) == 200
    assert ask("www." + school_a.primary_hostname.upper() + ".") == 200


def test_old_domain_of_an_active_school_gets_a_certificate_to_redirect(school_a):
    with schema_context("public"):
        Domain.objects.create(domain="thcscvatdm.edu.vn", tenant=school_a, is_primary=False)
    assert ask("thcscvatdm.edu.vn") == 200


@pytest.mark.parametrize(
    "forged",
    [
        "",
        "unknown.edu.vn",
        "evil.example.com",
        "thcschuvanantdm.edu.vn.evil.com",
        "a" * 300,
        "thcschuvanantdm.localhost",
    ],
)
def test_forged_and_unknown_names_are_refused(forged):
    assert ask(forged) == 404


def test_deactivated_school_and_template_are_refused(school_b):
    with schema_context("public"):
        Portal.objects.filter(pk=school_b.pk).update(is_active=False)
        template = Portal.objects.get(kind=Portal.Kind.TEMPLATE)
        Domain.objects.create(domain="template.edu.vn", tenant=template, is_primary=True)
    assert ask(school_b.primary_hostname) == 404
    assert ask("template.edu.vn") == 404


def test_only_on_the_internal_host(school_a):
    assert ask(school_a.primary_hostname, host=school_a.primary_hostname) == 404
