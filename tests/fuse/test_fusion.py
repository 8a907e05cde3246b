"""Fusion: one event per type, place and day; figures reconciled per source; disagreement surfaced."""
from flashpoint.fuse.cluster import cluster_records, same_event
from flashpoint.fuse.reconcile import build_event

from tests.fuse.records import record


def test_mentions_at_one_place_and_day_are_one_event_and_a_district_mention_joins_it():
    recs = [record(category="brawl"), record(category="riot"), record(place="Korday District", category="brawl")]
    clusters = cluster_records(recs)
    assert len(clusters) == 1
    ev = build_event(clusters[0])
    assert ev.location == "Masanchi" and ev.geo_precision == 1 and len(ev.sources) == 3


def test_a_village_placed_at_its_anchor_stays_a_separate_event():
    recs = [record(), record(name="Sortobe", anchor="3km from Masanchi", category="attack_police")]
    clusters = cluster_records(recs)
    assert len(clusters) == 2
    sortobe = build_event(next(c for c in clusters if c[0]["place"]["name"] == "Sortobe"))
    assert (sortobe.location, sortobe.geo_precision, sortobe.latitude) == ("Sortobe", 2, 42.9289)


def test_other_days_types_and_strategic_categories_stay_apart():
    recs = [record(), record(date="2020-02-08"),
            record(event_type="Strategic developments", sub="Other", category="border_closure"),
            record(event_type="Strategic developments", sub="Other", category="blackout")]
    assert len(cluster_records(recs)) == 4


def test_country_level_mention_floats_to_the_event_in_that_country():
    recs = [record(place="Tokmok", event_type="Strategic developments", sub="Other", category="border_closure", date="2020-02-08"),
            record(place=None, event_type="Strategic developments", sub="Other", category="border_closure",
                   date="2020-02-08", countries=["KG", "KZ"])]
    assert len(cluster_records(recs)) == 1


def test_clock_time_wins_and_carries_the_place_offset():
    ev = build_event([record(), record(clock="14:10")])
    assert ev.event_date == "2020-02-07"
    assert ev.time_start == "2020-02-07T14:10:00+06:00"


def test_repeated_official_toll_counts_once_and_latest_official_wins_across_sources():
    a = record(doc="a", published="2020-02-08T09:00:00",
               quantities=[("killed", 8, "episode", True), ("killed", 8, "episode", True), ("injured", 40, "episode", True)])
    b = record(doc="b", source="Other", published="2020-02-09T09:00:00", quantities=[("killed", 10, "incident", True)])
    c = record(doc="c", source="Blog", published="2020-02-10T09:00:00", quantities=[("killed", 15, "incident", False)])
    ev = build_event([a, b, c])
    assert ev.fatalities == 10 and ev.injuries == 40
    assert ev.figures["killed"]["rule"] == "latest official figure"
    assert sorted(f["low"] for f in ev.figures["killed"]["figures"]) == [8, 10, 15]
    assert ev.contested and any(t["topic"] == "killed toll" for t in ev.contested_topics)


def test_without_official_figures_the_most_conservative_is_reported():
    ev = build_event([record(doc="a", quantities=[("killed", 5, "incident", False)]),
                      record(doc="b", quantities=[("killed", 3, "incident", False)])])
    assert ev.fatalities == 3 and ev.figures["killed"]["rule"] == "most conservative precise figure"


def test_unstated_toll_is_null():
    ev = build_event([record()])
    assert ev.fatalities is None and ev.injuries is None and ev.arrests is None


def test_claims_taking_opposite_positions_make_the_event_contested():
    police = ("Police", "official", "press release", "The situation is under control.", {"situation under control": "under control"})
    leader = ("Husei Daurov", "community", "KazTAG", "Police are unable to do anything.", {"situation under control": "not under control"})
    ev = build_event([record(claims=[police]), record(claims=[leader])])
    assert ev.contested
    [topic] = ev.contested_topics
    assert {s["position"] for s in topic["sides"]} == {"under control", "not under control"}
    assert not build_event([record(claims=[police])]).contested


def test_event_ids_are_stable_and_cross_report_matching_needs_same_place_type_and_day():
    a, b = [record(doc="a")], [record(doc="b")]
    assert build_event(a).event_id == build_event(a).event_id
    assert same_event(a, b)
    assert not same_event(a, [record(doc="c", date="2020-02-09")])
    assert not same_event(a, [record(doc="d", place="Tokmok")])


def test_a_protest_that_turns_violent_is_one_violent_demonstration():
    recs = [record(event_type="Protests", sub="Peaceful protest", category="protest", severity=3),
            record(event_type="Riots", sub="Violent demonstration", category="arson", severity=5)]
    clusters = cluster_records(recs)
    assert len(clusters) == 1
    ev = build_event(clusters[0])
    assert (ev.event_type, ev.sub_event_type) == ("Riots", "Violent demonstration")


def test_mob_violence_is_not_merged_into_a_protest():
    recs = [record(event_type="Protests", sub="Peaceful protest", category="protest", severity=3),
            record(event_type="Riots", sub="Mob violence", category="brawl", severity=5)]
    assert len(cluster_records(recs)) == 2


def _forces(rec, a1_inter, a2_inter):
    rec["actor1"] = {"name": "forces", "normalized": "Military Forces of Azerbaijan", "inter": a1_inter, "country": "KZ", "identity": None}
    rec["actor2"] = {"name": "troops", "normalized": "Military Forces of Armenia", "inter": a2_inter, "country": "KZ", "identity": None}
    return rec


def test_forces_that_shell_each_other_and_exchange_fire_fought_one_battle():
    shelling = _forces(record(event_type="Explosions/Remote violence", sub="Shelling/artillery/missile attack",
                              category="explosion:Shelling/artillery/missile attack", severity=8), 8, 1)
    clash = _forces(record(event_type="Battles", sub="Armed clash", category="battle", severity=7,
                           quantities=[("killed", 3, "incident", True)]), 1, 8)
    clusters = cluster_records([shelling, clash])
    assert len(clusters) == 1
    event = build_event(clusters[0])
    assert (event.event_type, event.sub_event_type, event.fatalities) == ("Battles", "Armed clash", 3)
    # Shelling that hits civilians is its own event, whatever battle was fought there that day.
    on_civilians = record(event_type="Explosions/Remote violence", sub="Shelling/artillery/missile attack",
                          category="explosion:Shelling/artillery/missile attack", severity=8)
    assert len(cluster_records([on_civilians, clash])) == 2


def _figure(low, people, start, scope="incident", vague=False, text=None):
    return dict(kind="killed", low=low, high=low, vague=vague, text=text or str(low), scope=scope, people=people,
                start=start, official=False)


def test_one_reports_tolls_of_different_sides_add_up():
    from flashpoint.fuse.reconcile import sides_total

    # "7 soldiers were killed ... at least 19 militants were killed in a counter-attack": ACLED codes 26
    assert sides_total([_figure(7, "soldiers", 10), _figure(19, "militants", 60, vague=True, text="at least 19")]) == 26
    assert sides_total([_figure(3, "Fulani", 10), _figure(5, "Soninke", 30)]) == 8
    # the same side told twice is one toll; "12 people" may be everyone, so nothing is added
    assert sides_total([_figure(4, "militants", 10), _figure(4, "militants", 80)]) is None
    assert sides_total([_figure(7, "soldiers", 10), _figure(12, "people", 80)]) is None


def test_a_protest_the_police_broke_up_is_a_protest_with_intervention():
    """"police cleared an encampment, arresting 44 protesters": the crowd's word and the arrest are one protest,
    led by the intervention, whatever the words' order or weight."""
    recs = [record(event_type="Protests", sub="Peaceful protest", category="protest", severity=3),
            record(event_type="Protests", sub="Protest with intervention", category="arrests", severity=2)]
    clusters = cluster_records(recs)
    assert len(clusters) == 1
    assert build_event(clusters[0]).sub_event_type == "Protest with intervention"


def test_an_event_placed_only_in_a_country_sits_at_the_countrys_point():
    """A report that names no town still puts its event on the map, at the country's reference point (ACLED's
    geo-precision 3), rather than leaving it without coordinates."""
    ev = build_event(cluster_records([record(place=None, countries=("SS",))])[0])
    assert (ev.location, ev.geo_precision) == ("South Sudan", 3)
    assert ev.latitude is not None and abs(ev.latitude - 7.5) < 2 and abs(ev.longitude - 30.0) < 2
