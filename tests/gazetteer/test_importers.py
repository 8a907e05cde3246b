"""Imports: GeoNames dumps, alternate names, admin codes, a user's CSV; atomic on bad input."""
from __future__ import annotations

import sqlite3

import pytest

from flashpoint.gazetteer import Gazetteer, GazetteerImportError, import_file
from flashpoint.gazetteer.index import rebuild

from .conftest import FIXTURES, LOCAL_PLACES


def counts(path) -> tuple[int, ...]:
    conn = sqlite3.connect(path)
    try:
        return tuple(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                     for t in ("places", "names", "user_places", "user_names", "meta"))
    finally:
        conn.close()


@pytest.mark.skipif(not LOCAL_PLACES.exists(), reason="shared local-places.csv not present")
def test_local_places_masanchi_and_rebuild_keeps_it(index_copy):
    summary = import_file(LOCAL_PLACES, gazetteer_path=index_copy, progress=False)
    assert summary["format"] == "user" and summary["rows"] >= 1
    gaz = Gazetteer.open(index_copy)
    for name in ("Masanchi", "Masanshy", "Масанчи"):
        top = gaz.lookup(name)[0]
        assert (top.name, top.source, top.country) == ("Masanchi", "user", "KZ"), name
        assert (top.admin1, top.admin2) == ("Zhambyl", "Korday")
        assert top.geonameid is None and top.place_id.startswith("user:")
        assert top.timezone == "Asia/Almaty"  # borrowed from the nearest town
    assert gaz.lookup_variant("Masanshi")[0].name == "Masanchi"
    assert gaz.near(42.93, 75.30, 5)[0].name == "Masanchi"
    place_id = gaz.lookup("Masanchi")[0].place_id

    again = import_file(LOCAL_PLACES, gazetteer_path=index_copy, progress=False)
    assert again["replaced"] == again["rows"]
    assert [p.place_id for p in gaz.lookup("Masanchi")] == [place_id]  # replaced, not duplicated

    rebuild(index_copy, progress=False)
    rebuilt = Gazetteer.open(index_copy)
    top = rebuilt.lookup("Masanshy")[0]
    assert (top.place_id, top.admin1, top.admin2) == (place_id, "Zhambyl", "Korday")
    assert rebuilt.info()["user_imports"]


def test_user_csv_canonicalises_admin_names(index_copy):
    import_file(FIXTURES / "user-places.csv", gazetteer_path=index_copy, progress=False)
    gaz = Gazetteer.open(index_copy)
    sortobe = gaz.lookup("Sortöbe")[0]
    assert (sortobe.source, sortobe.admin1, sortobe.admin2, sortobe.population) == ("user", "Zhambyl", "Korday", 6100)
    assert gaz.lookup("Bular-Batyr")[0].name == "Bular Batyr"
    assert gaz.lookup_variant("Bularbatyr")[0].name == "Bular Batyr"


@pytest.mark.parametrize("fixture, line, problem", [
    ("KZ-bad-columns.txt", 4, "columns"),
    ("KZ-bad-latitude.txt", 6, "latitude"),
    ("KZ-bad-range.txt", 7, "out of range"),
    ("user-places-bad.csv", 3, "latitude"),
])
def test_malformed_file_changes_nothing(index_copy, fixture, line, problem):
    before = counts(index_copy)
    with pytest.raises(GazetteerImportError) as err:
        import_file(FIXTURES / fixture, gazetteer_path=index_copy, progress=False)
    message = str(err.value)
    assert fixture in message and f"line {line}" in message and problem in message
    assert counts(index_copy) == before
    assert not Gazetteer.open(index_copy).lookup("Sortobe")


@pytest.mark.parametrize("fixture, problem", [
    ("KZ-truncated.zip", "zip"),
    ("empty.txt", "empty"),
    ("unknown.txt", "unknown format"),
    ("does-not-exist.txt", "no such file"),
])
def test_unreadable_files(index_copy, fixture, problem):
    before = counts(index_copy)
    with pytest.raises(GazetteerImportError, match=problem) as err:
        import_file(FIXTURES / fixture, gazetteer_path=index_copy, progress=False)
    assert fixture in str(err.value)
    assert counts(index_copy) == before


@pytest.mark.parametrize("fixture", ["KZ.txt", "KZ.zip"])
def test_geonames_country_dump(index_copy, fixture):
    summary = import_file(FIXTURES / fixture, gazetteer_path=index_copy, progress=False)
    assert summary["format"] == "geonames" and summary["rows"] == 10
    gaz = Gazetteer.open(index_copy)
    sortobe = gaz.lookup("Sortobe")[0]
    assert (sortobe.place_id, sortobe.admin1, sortobe.admin2, sortobe.source) == (
        "geonames:9990001", "Zhambyl", "Korday", "geonames")
    # A dump's admin rows carry real coordinates: they replace the derived centroid, keeping the short name.
    zhambyl = gaz.admin1("KZ", "Jambyl")
    assert (zhambyl.name, zhambyl.latitude, zhambyl.longitude, zhambyl.source) == ("Zhambyl", 44.0, 72.0, "geonames")
    assert gaz.country("KZ").latitude == 48.0 and gaz.country("KZ").name == "Kazakhstan"
    assert gaz.lookup("Kordai Pass")[0].feature_class == "T"
    assert gaz.info()["imports"][-1]["format"] == "geonames"


def test_alternate_names(index_copy):
    summary = import_file(FIXTURES / "alternateNamesV2.zip", gazetteer_path=index_copy, progress=False)
    assert summary["format"] == "alternate_names"
    assert summary["rows"] == 7 and summary["skipped"] == 3  # link, post, unknown place
    gaz = Gazetteer.open(index_copy)
    assert gaz.lookup("Tokmoq Shaary")[0].name == "Tokmok"
    assert gaz.lookup("Qordai")[0].name == "Korday"
    assert not gaz.has_name("722200") and not gaz.has_name("Nowhere Town")


def test_admin_codes(index_copy):
    one = import_file(FIXTURES / "admin1CodesASCII.txt", gazetteer_path=index_copy, progress=False)
    two = import_file(FIXTURES / "admin2Codes.txt", gazetteer_path=index_copy, progress=False)
    assert one["format"] == "admin1" and one["rows"] == 2
    assert two["format"] == "admin2" and two["rows"] == 2
    gaz = Gazetteer.open(index_copy)
    assert gaz.admin1("KG", "Chuy Region").name == "Chuy"


def test_open_instance_sees_later_imports(index_copy):
    gaz = Gazetteer.open(index_copy)
    assert not gaz.lookup("Sortobe")
    import_file(FIXTURES / "user-places.csv", gazetteer_path=index_copy, progress=False)
    assert gaz.lookup("Sortobe")[0].source == "user"


def test_a_dumped_towns_airport_code_is_not_indexed_as_a_name(index_copy, tmp_path):
    """GeoNames' dumps list airport codes among a town's alternates ("OKS" for Oshkosh)."""
    dump = tmp_path / "KZ.txt"
    dump.write_text("9990077\tZhanatalap\tZhanatalap\tZhana Talap,ZHT,ZHTP\t43.5\t74.5\tP\tPPL\tKZ\t\t17\t8739777\t\t\t"
                    "900\t\t700\tAsia/Almaty\t2023-01-15\n", encoding="utf-8")
    import_file(dump, gazetteer_path=index_copy, progress=False)
    gaz = Gazetteer.open(index_copy)
    assert [p.name for p in gaz.lookup("Zhana Talap")] == ["Zhanatalap"]
    assert gaz.lookup("ZHT") == [] and gaz.lookup("ZHTP") == []
