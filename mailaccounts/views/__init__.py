"""Views of the mail-accounts app: a school's own list (``school``), the district's review (``district``),
the public list of official addresses (``public``)."""
