"""Spread a run's batches over a Dask cluster (--cluster): one task per target."""
