"""Reporting: the cooperation's figures (figures), computed once for the office dashboard,
its CSV and printed report, the public figures page, its CSV and the API."""
