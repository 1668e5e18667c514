"""Which hosts may reach the operations endpoints, read before the tenant middleware runs.

Why not ``request.get_host()``: it enforces ``ALLOWED_HOSTS``, and the internal host (the address
monitoring and Caddy use on loopback, ``PORTAL_INTERNAL_HOSTS``) is deliberately not a public
host. The rule is as strict: an internal host, or a domain in the portal registry.
"""

from django.conf import settings
from django.http.request import split_domain_port

from tenants.models import Domain


def request_hostname(request):
    """The Host header's name, lowercased, without port, trailing dot or ``www.``."""
    host, _port = split_domain_port(request.META.get("HTTP_HOST", ""))
    host = host.lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def is_internal_host(request):
    return request_hostname(request) in {host.strip("[]").lower() for host in settings.PORTAL_INTERNAL_HOSTS}


def is_portal_host(request):
    """A registered domain (one indexed query in the public schema)."""
    hostname = request_hostname(request)
    return bool(hostname) and Domain.objects.filter(domain=hostname).exists()
