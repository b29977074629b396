"""site_rules: the rules every plugin shares, each with one owner.

Not a Pelican plugin: a library the plugins, the build command and the
editor tools import.

* :mod:`.problems`: what a check finds (problems and notices) and how a
  line is printed safely;
* :mod:`.clock`: the build's "now" and the time zone;
* :mod:`.site_address`: the site's absolute address, and what leads off it;
* :mod:`.pages`: where pages of councils and overviews are written, open data;
* :mod:`.sanitize`: the HTML that may reach residents.
"""
