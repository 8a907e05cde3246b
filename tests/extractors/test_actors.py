"""Actors named the ACLED way from the phrase that names them."""
from datetime import date

import pytest

from flashpoint.extractors.actors import classify_actor, named_group


@pytest.mark.parametrize("phrase, country, normalized, inter", [
    ("CPC rebels", "CF", "CPC", 2),
    ("rebels", "CF", "Rebel Group (Central African Republic)", 2),
    ("Rwandan and Mozambican troops", "MZ", "Military Forces of Mozambique", 1),  # the host's forces first
    ("a group of Ambulin fighters", "PG", "Ambulin Ethnic Militia (Papua New Guinea)", 4),
    ("heavily armed fighters", "NE", "Unidentified Armed Group (Niger)", 3),
    ("Darfur Communal Militia", "SD", "Darfur Communal Militia (Sudan)", 4),  # ACLED's own name, capitals and all
    ("UAE forces in coordination with Puntland police", "SO", "Military Forces of United Arab Emirates", 8),
    ("international forces", "SO", "Unidentified Military Forces", 8),  # some state's army, unnamed, from abroad
    ("US-led coalition aircraft", "SY", "Global Coalition Against Daesh", 8),  # the coalition, not the US alone
    ("a member of Ansarul Islam", "BF", "Ansaroul Islam", 2),  # ACLED's spelling, whatever the report's
    ("unidentified gunmen in military uniforms", "NG", "Unidentified Armed Group (Nigeria)", 3),  # a disguise
    ("two unidentified men on a motorbike", "KH", "Unidentified Armed Group (Cambodia)", 3),
    ("Israeli ground troops", "LB", "Military Forces of Israel", 8),
    ("Hayat Tahrir al-Sham (HTS) and allied factions", "SY", "Hayat Tahrir al-Sham", 2),
    ("Hezbollah fighters", "LB", "Hezbollah", 3),  # an armed party: a political militia to ACLED
    ("Hamas militants", "PS", "Hamas Movement", 3),
    ("Houthi forces", "YE", "Military Forces of Yemen (2016-) Supreme Political Council", 1),  # they govern Sanaa
    ("the Houthis", "IL", "Military Forces of Yemen (2016-) Supreme Political Council", 8),  # abroad: external
    ("suspected gang members", "HT", "Unidentified Gang (Haiti)", 3),
    # Palestinian factions and Iraq's Kataib Hezbollah are political militias; NATO and the IRGC are external forces
    ("PIJ militants", "PS", "PIJ: Palestinian Islamic Jihad", 3),
    ("Al Nasser Salah al Deen Brigades", "PS", "Al Nasser Salah al Deen Brigades", 3),
    ("the Kataib Hezbollah headquarters", "SY", "Kataib Hezbollah", 3),
    ("NATO forces", "AF", "NATO: North Atlantic Treaty Organization", 8),
    ("a patrol belonging to the security forces of IRGC", "SY",
     "Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps", 8),
    # armed targets: a ranger unit, a force's convoy, a naval patrol; and pirates, armed by trade
    ("a ranger unit", "BJ", "Police Forces of Benin (2016-)", 1),
    ("a Puntland Dervish Force convoy", "SO", "Military Forces of Somalia (2022-)", 1),
    ("a naval patrol", "KE", "Military Forces of Kenya (2022-)", 1),
    ("three suspected Somali pirates", "KE", "Pirates (Kenya)", 3),
    ("members of an alleged criminal group", "MX", "Unidentified Gang (Mexico)", 3),
    ("the 30th brigade", "YE", "Military Forces of Yemen", 1),  # an army's numbered unit
    ("anti-Houthi National Resistance forces", "YE", "National Resistance Forces", 3),
    ("TMF in cooperation with Iraqi forces", "IQ", "TMF: Tribal Mobilization Forces", 4),
    ("Tribal and Clan forces", "SY", "Tribal and Clan Forces", 4),
    ("Orhan Yilmazkaya Vengeance Units of HBDH", "TR", "HBDH: Peoples United Revolutionary Movement", 3),
    # a police force that introduces itself by name and acronym is police, not an armed group
    ("Southwest Special Police Forces (SWSPF)", "SO", "Police Forces of Somalia", 1),
    ("Ukrainian Security Service forces", "UA", "Police Forces of Ukraine", 1),
    ("the Israel Defense Forces", "PS", "Military Forces of Israel", 8),  # forces named after the country
    ("Three armed herders", "NG", "Unidentified Armed Group (Nigeria)", 3),  # "Three" is not a people
    ("members of an Islamist militia", "MZ", "Islamist Militia (Mozambique)", 3),  # a creed, not a people
    ("communal militia from Mueda", "MZ", "Mueda Communal Militia (Mozambique)", 4),
    ("clan militias", "SO", "Unidentified Clan Militia (Somalia)", 4),
    ("Sikin and Kaekin clansmen", "PG", "Sikin Ethnic Militia (Papua New Guinea)", 4),
    ("a soldier", "ET", "Military Forces of Ethiopia", 1),
    ("an aid worker", "SO", "Civilians (Somalia)", 7),
    ("armed Nuer youth known as the White Army", "SS", "White Army", 2),  # an organisation, not a state's army
    ("the Arakan Army", "MM", "Arakan Army", 2),
    ("A Burma Army battalion", "MM", "Military Forces of Myanmar", 1),  # the country's former name
    ("the Tatmadaw", "MM", "Military Forces of Myanmar", 1),  # a state's forces by their own name
    ("a PMF convoy", "IQ", "Military Forces of Iraq", 1),  # state forces to ACLED
    ("the Popular Mobilization Forces", "SY", "Military Forces of Iraq", 8),
    ("the Nigerian Army", "NE", "Military Forces of Nigeria", 8),  # a capitalised Army of a named country
    ("MINUSMA peacekeepers", "ML", "MINUSMA: United Nations Multidimensional", 8),  # peacekeepers are external
    ("JNIM militants", "ML", "JNIM: Group for Support of Islam and Muslims", 2),  # as ACLED names the group
    ("ISWAP fighters", "NG", "Islamic State West Africa Province (ISWAP)", 2),
    ("Islamic State militants", "IQ", "Islamic State (Iraq)", 2),
    ("HTS militants", "SY", "Hayat Tahrir al-Sham", 2),  # an acronym ACLED spells out
    ("Afghan commando forces", "AF", "Military Forces of Afghanistan", 1),
    ("Kuki militants", "IN", "Kuki Ethnic Militia (India)", 4),  # armed men named for their people
    ("3 suspected Islamist militants", "ML", "Islamist Militia (Mali)", 3),  # a creed, not a people
    ("Somali militants", "SO", "Rebel Group (Somalia)", 2),  # a country's demonym names no militia
    ("Fulani gunmen", "NE", "Fulani Ethnic Militia (Niger)", 4),  # gunmen named for their people
    ("Kenyan Turkana raiders", "ET", "Turkana Ethnic Militia (Ethiopia)", 4),
    ("Nigerian gunmen", "NE", "Unidentified Armed Group (Niger)", 3),
    ("members of the Grand-Ravine Gang", "HT", "Grand-Ravine Gang", 3),  # a gang by its own name
    ("gang members", "HT", "Unidentified Gang (Haiti)", 3),
    ("security operatives", "NG", "Military Forces of Nigeria", 1),
    ("unknown militants", "IQ", "Unidentified Armed Group (Iraq)", 3),  # unknown rebels are no rebel group
    ("IS militants", "IQ", "Islamic State (Iraq)", 2),  # the capitalised acronym, not the verb
    ("regime forces", "SY", "Military Forces of Syria", 1),  # the state's forces by the opposition's word
    ("opposition factions under Operation Peace Spring", "SY", "Rebel Group (Syria)", 2),
    ("Islamist factions", "SY", "Islamist Militia (Syria)", 3),
    # the recognised government's forces, named for its president: ACLED's Military Forces of Yemen (2012-)
    ("pro-Hadi and affiliated forces", "YE", "Military Forces of Yemen (2012-)", 1),
    ("pro-Houthi forces", "YE", "Military Forces of Yemen (2016-) Supreme Political Council", 1),
    ("local militiamen", "NG", "Unidentified Communal Militia (Nigeria)", 4),
    ("Dan Na Ambassagou militiamen", "ML", "Dan Na Ambassagou", 4),
    ("Al Fath Al Mubeen Operation Room", "SY", "Al Fath Al Mubeen Operation Room", 2),
    ("two unknown groups", "SS", "Unidentified Armed Group (South Sudan)", 3),
    ("unknown raiders", "SS", "Unidentified Armed Group (South Sudan)", 3),
    ("armed youth", "SS", "Unidentified Armed Group (South Sudan)", 3),
    ("Saudi-led coalition airstrikes", "YE", "Military Forces of Saudi Arabia", 8),  # a coalition by its leader
    ("a prisons officer", "SS", "Police Forces of South Sudan", 1),
    ("a private guard from a mining company", "CL", "Private Security Forces (Chile)", 8),
    ("Counter-Terrorism Service forces", "IQ", "Military Forces of Iraq", 1),  # "counter-" is its own name here
    ("Israeli airstrikes", "PS", "Military Forces of Israel", 8),  # the strikes of a nation's forces are theirs
    ("Russian air strikes", "SY", "Military Forces of Russia", 8),
    ("Anti-Balaka militiamen", "CF", "Anti-Balaka", 3),  # a militia's own name, not a "Balaka" people's
    ("the Ethiopian National Defense Force", "ET", "Military Forces of Ethiopia", 1),  # two words before "Force"
    ("Israeli settlers", "PS", "Settlers (Israel)", 3),  # ACLED's settlers, a political militia (its 2024 export)
])
def test_phrases(phrase, country, normalized, inter):
    actor = classify_actor(phrase, country)
    assert actor is not None and actor.normalized.startswith(normalized) and actor.inter == inter


def test_an_acronym_of_fighters_is_the_group_not_an_unidentified_one():
    actor = classify_actor("RSF fighters", "SD")
    assert actor is None or actor.inter == 2


def test_cartels_herders_and_the_taliban_in_power():
    from datetime import date

    assert classify_actor("Gunmen loyal to the Sinaloa Cartel", "MX").normalized == "Sinaloa Cartel"
    fulani = classify_actor("Gunmen suspected to be Fulani herders", "NG")
    assert (fulani.normalized, fulani.inter) == ("Fulani Ethnic Militia (Nigeria)", 4)
    assert classify_actor("Taliban fighters", "AF", date(2021, 8, 1)).inter == 2  # before Kabul fell
    assert classify_actor("Taliban fighters", "AF", date(2022, 5, 11)).normalized.startswith("Military Forces of Afghanistan")
    assert classify_actor("a Russian Kh-22 missile", "UA").normalized.startswith("Military Forces of Russia")


def test_a_group_named_by_acronym_alone_takes_acleds_name():
    from flashpoint.extractors.actors import named_group

    assert named_group("the RSF", "SD").normalized == "Rapid Support Forces"
    assert named_group("CSP-PSD fighters", "ML").normalized == "CSP-PSD"  # unknown acronyms stay as written
    assert named_group("the FAB", "BJ").normalized.startswith("Military Forces of Benin")  # an army's acronym


@pytest.mark.parametrize("phrase", ["GNA forces", "the LNA"])
def test_libyas_rival_governments_forces_are_state_forces(phrase):
    """The Government of National Accord's forces and Haftar's Libyan National Army: both Libya's military to
    ACLED, not rebel groups."""
    actor = named_group(phrase, "LY")
    assert actor is not None and actor.normalized.startswith("Military Forces of Libya") and actor.inter == 1


def test_whom_forces_oppose_names_none_of_them():
    """"anti-Houthi National Resistance forces" fight the Houthis: they are not the Houthis' forces."""
    actor = classify_actor("anti-Houthi National Resistance forces", "YE")
    assert actor is None or "Supreme Political Council" not in actor.normalized


@pytest.mark.parametrize("phrase, country, name, inter", [
    ("VDP militiamen", "BF", "VDP: Volunteers for the Defense of the Homeland", 4),
    ("the VDP", "BF", "VDP: Volunteers for the Defense of the Homeland", 4),
    ("Civilian JTF members", "NG", "CJTF: Civilian Joint Task Force", 3),
    ("Wagner Group mercenaries", "ML", "Wagner Group", 8),
    ("Imbonerakure", "BI", "Imbonerakure", 3),
    ("Mai-Mai militiamen", "CD", "Mai-Mai Militia", 3),
    ("the CJNG", "MX", "CJNG: Jalisco New Generation Cartel", 3),
    ("Maoists", "IN", "CPI (Maoist): Communist Party of India (Maoist)", 2),
    # groups known by acronym, a militia by its own three-word name, and armed men named for their people
    ("BLA gunmen", "PK", "BLA: Baloch Liberation Army", 2),
    ("ISSP militants", "NE", "Islamic State Sahel Province", 2),
    ("Mayi-Mayi armed men", "CD", "Mai-Mai Militia", 3),
    ("Pyu Saw Htee militia members", "MM", "Pyu Saw Htee", 3),
    ("armed Fulani men", "NG", "Fulani Ethnic Militia (Nigeria)", 4),
    ("Meitei armed groups", "IN", "Meitei Ethnic Militia (India)", 4),
    ("Houthi military sites", "YE", "Military Forces of Yemen (2016-) Supreme Political Council", 1),
    # Afghanistan's village militias; insurgents named for their creed; security personnel are the army
    ("1 'Arbaki'", "AF", "Militia (Pro-Government)", 3),
    ("suspected Islamic militants", "MZ", "Islamist Militia (Mozambique)", 3),
    ("Afghan security personnel", "AF", "Military Forces of Afghanistan (2021-)", 1),
    ("a number of security checkpoints", "ML", "Military Forces of Mali (2021-)", 1),
    # Myanmar's resistance battalions and Cabo Delgado's insurgents; national armies named "Defence Forces"
    ("the Gangaw PDF battalion", "MM", "PDF: People's Defense Force", 3),
    ("ASWJ insurgents", "MZ", "Islamist Militia (Mozambique)", 3),
    ("Uganda People's Defence Force", "UG", "Military Forces of Uganda", 1),
    ("Kenya Defence Forces", "KE", "Military Forces of Kenya (2022-)", 1),
    # a person a group's name describes is no fighter of it
    ("a suspected Al Shabaab returnee", "KE", "Civilians (Kenya)", 7),
])
def test_militias_mercenaries_and_gangs_known_by_name(phrase, country, name, inter):
    """Pro-government and party militias and cartels are political militias to ACLED, foreign mercenaries external
    forces: their acronyms name no rebel group, and "Mai-Mai" is no people."""
    actor = classify_actor(phrase, country) or named_group(phrase, country)
    assert (actor.normalized, actor.inter) == (name, inter)


@pytest.mark.parametrize("phrase", ["Dawlah Islamiyah militants", "Hurras al-Din militants", "Separatist insurgents",
                                    "armed civilians in Tlajomulco"])
def test_a_groups_or_a_causes_name_is_no_people(phrase):
    """The word before "militants" is a people only when it stands alone: an organisation's name, a creed or the
    place after "in" makes no ethnic militia."""
    actor = classify_actor(phrase, "SY")
    assert actor is not None and actor.inter != 4


def test_forces_named_with_their_country_abbreviated_or_a_foreign_government():
    """"US aircraft", "U.S. forces" are the United States' (external where the event is elsewhere); "the Colombian
    government" at talks in Venezuela is Colombia's, not the host's."""
    for phrase in ("US and UK aircraft", "U.S. forces"):
        actor = classify_actor(phrase, "YE")
        assert actor.normalized.startswith("Military Forces of United States") and actor.inter == 8
    assert classify_actor("us", "YE") is None
    government = classify_actor("the Colombian government", "VE")
    assert government.normalized.startswith("Government of Colombia") and government.inter == 8


@pytest.mark.parametrize("phrase, name", [
    ("Turkish-backed factions", "Militia (Pro-Turkey)"),
    ("Iranian-backed militias", "Militia (Pro-Iran)"),
])
def test_militias_backed_by_a_foreign_state_are_acleds_pro_militias(phrase, name):
    actor = classify_actor(phrase, "SY")
    assert (actor.normalized, actor.inter) == (name, 3)


def test_an_acronym_names_another_group_in_another_country():
    """SNA: Somalia's army in Somalia, the Syrian National Army in Syria."""
    assert named_group("SNA factions", "SY").normalized == "SNA: Syrian National Army"
    assert named_group("SNA forces", "SO").normalized.startswith("Military Forces of Somalia")


@pytest.mark.parametrize("on, normalized, inter", [
    (date(2021, 6, 1), "Military Forces of Sudan (2019-2023) Rapid Support Forces", 1),  # a unit of the state's forces
    (date(2023, 5, 1), "Rapid Support Forces", 2),  # at war with the army since 15 April 2023
])
def test_a_state_unit_turned_armed_group_is_coded_by_the_date(on, normalized, inter):
    group = named_group("RSF fighters", "SD", on)
    assert (group.normalized, group.inter) == (normalized, inter)


@pytest.mark.parametrize("phrase", ["United National Party (UNP) supporters", "members of Chhatra League (BCL)",
                                    "members of the Three Wheeler and CNG Owners Association"])
def test_a_party_or_a_trade_body_is_no_armed_group(phrase):
    for actor in (classify_actor(phrase, "LK"), named_group(phrase, "LK")):
        assert actor is None or actor.inter not in (2, 3)


def test_an_armed_group_named_a_party_stays_armed():
    assert classify_actor("Kurdistan Workers' Party (PKK) militants", "TR").inter == 2


def test_those_against_a_group_are_not_its_militia():
    from datetime import date
    assert classify_actor("anti-Houthi tribesmen", "YE", date(2020, 5, 17)).normalized == "Unidentified Clan Militia (Yemen)"


def test_a_cartel_is_named_as_acled_writes_it():
    found = classify_actor("members of the Santa Rosa de Lima cartel", "MX", date(2020, 7, 14))
    assert (found.normalized, found.inter) == ("Santa Rosa de Lima Cartel", 3)
    assert classify_actor("the Gulf cartel", "MX", date(2020, 7, 14)).normalized == "Gulf Cartel"
