"""techstack: technologies named by the open webappanalyzer fingerprints (installed by make)."""
