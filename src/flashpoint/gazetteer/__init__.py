"""The gazetteer: places and their names, bundled (GeoNames towns, admin areas, countries) and imported.

``Gazetteer.open()`` gives fast look-ups over a SQLite index (built on first use from
installed packages); ``import_file`` adds GeoNames dumps or a user's own place list.
"""
from flashpoint.gazetteer.importers import GazetteerImportError, import_file
from flashpoint.gazetteer.index import Gazetteer, rebuild
from flashpoint.gazetteer.names import normalize, skeleton

__all__ = ["Gazetteer", "GazetteerImportError", "import_file", "normalize", "rebuild", "skeleton"]
