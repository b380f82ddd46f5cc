"""The crawl stage: the only package that drives a browser (Playwright + Chromium)."""
