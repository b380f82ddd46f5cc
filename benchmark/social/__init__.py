"""social: recognise social platform URLs and read metrics from profile pages."""
