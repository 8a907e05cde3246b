"""flashpoint: sourced, geolocated, time-resolved event records from reports of unrest."""
__version__ = "0.1.0"
