"""Hole 5: production published http:// URLs and the tenant middleware's own answers had no HSTS.

Production settings are simulated on the test client: https behind a proxy (X-Forwarded-Proto),
``PORTAL_URL_SCHEME = "https"``, HSTS on, http redirected.
"""

import re

import pytest
from django.test import Client
from django_tenants.utils import schema_context, tenant_context
from wagtail.models import Site

from tenants.models import Domain
from tenants.provisioning import scaffold, set_active

pytestmark = pytest.mark.django_db

HTTPS = {"HTTP_X_FORWARDED_PROTO": "https"}


@pytest.fixture
def production(settings):
    settings.PORTAL_URL_SCHEME = "https"
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    return settings


def assert_security_headers(response):
    assert response["Strict-Transport-Security"].startswith("max-age=31536000"), response.status_code
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert "frame-ancestors 'self'" in response["Content-Security-Policy"]


def test_sites_canonical_open_graph_and_rss_are_https(production, school_a):
    scaffold(school_a)  # what setup_portals does after a deploy with the production settings
    with tenant_context(school_a):
        site = Site.objects.get()
        assert site.root_url == f"https://{school_a.primary_hostname}"
    client = Client(HTTP_HOST=school_a.primary_hostname, **HTTPS)
    html = client.get("/").content.decode()
    assert f'<link rel="canonical" href="https://{school_a.primary_hostname}/">' in html
    assert f'<meta property="og:url" content="https://{school_a.primary_hostname}/">' in html
    rss = client.get("/rss/tin-tuc/").content.decode()
    links = re.findall(r"<link>([^<]+)</link>", rss)
    assert links and all(link.startswith("https://") for link in links), links
    sitemap = client.get("/sitemap.xml").content.decode()
    assert f"<loc>https://{school_a.primary_hostname}/" in sitemap and "<loc>http://" not in sitemap


def test_the_tenant_middlewares_own_answers_carry_the_security_headers(production, school_a):
    assert_security_headers(Client(HTTP_HOST="khongco.edu.vn", **HTTPS).get("/"))  # unknown host: 404
    with schema_context("public"):
        Domain.objects.create(domain="thcschuvanan-cu.edu.vn", tenant=school_a, is_primary=False)
    moved = Client(HTTP_HOST="thcschuvanan-cu.edu.vn", **HTTPS).get("/gioi-thieu/")
    assert moved.status_code == 301
    assert moved["Location"] == f"https://{school_a.primary_hostname}/gioi-thieu/"
    assert_security_headers(moved)
    set_active(school_a, False)
    closed = Client(HTTP_HOST=school_a.primary_hostname, **HTTPS).get("/")
    assert closed.status_code == 503
    assert_security_headers(closed)


def test_plain_http_is_sent_to_https_first(production, school_a):
    response = Client(HTTP_HOST="khongco.edu.vn").get("/tin-tuc/")
    assert response.status_code == 301 and response["Location"] == "https://khongco.edu.vn/tin-tuc/"


def test_old_domain_redirect_is_https_even_behind_a_plain_http_hop(production, school_a):
    production.SECURE_SSL_REDIRECT = False  # e.g. TLS ends at a proxy that does not set X-Forwarded-Proto
    with schema_context("public"):
        Domain.objects.create(domain="thcschuvanan-cu.edu.vn", tenant=school_a, is_primary=False)
    moved = Client(HTTP_HOST="thcschuvanan-cu.edu.vn").get("/")
    assert moved["Location"] == f"https://{school_a.primary_hostname}/"
