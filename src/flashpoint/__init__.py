"""flashpoint: sourced, geolocated, time-resolved event records from reports of unrest."""
from flashpoint.library import extract, fuse_results, run  # noqa: F401

__version__ = "0.1.0"
__all__ = ["extract", "fuse_results", "run"]
