"""Event mentions typed by ACLED's codebook; negated, hypothetical and meta statements are not events."""
import pytest

from flashpoint.extractors.events import extract_event_mentions
from flashpoint.ingest.readers import make_document
from tests.conftest import sentences_of


def mentions(nlp, text):
    doc = make_document(text)
    sdoc = nlp(doc.text)
    return extract_event_mentions(sdoc, doc.id, sentences_of(sdoc), [], [], lambda *a: None)


def events_of(nlp, gazetteer, doc):
    """The events the whole pipeline makes of a report: places resolved, mentions fused, the principal first."""
    from flashpoint.pipeline import analyze
    return analyze(doc, nlp(doc.text), gazetteer).events


def told_first(nlp, text):
    """The type and sub-type of the report's first mention (None if it tells no event)."""
    found = mentions(nlp, text)
    return (found[0].event_type, found[0].sub_event_type) if found else None


def first(nlp, text, event_type=None):
    """The first mention of that type, or the first that is not a strategic development."""
    return next(m for m in mentions(nlp, text)
                if (m.event_type == event_type if event_type else m.event_type != "Strategic developments"))


@pytest.mark.parametrize("text", [
    "On 21 September 2020, presumed ISGS militants pillaged a shop in Darkoye (Gorom-Gorom, Oudalan).",
    "On 13 August 2020, suspected JNIM militants burned a granary in the area of Banh (Banh, Loroum).",
    "On 13 August 2020, suspected ISGS or JNIM militants seized 5 tricycles from farmers near Dablo.",
    "On 5 June 2020, suspected JNIM militants stripped marketgoers of money and seven motorbikes near Madjoari.",
    "On 13 January 2020, presumed ISGS militants entered the village of Bartiebougou and burned the Catholic chapel.",
])
def test_what_militants_take_or_burn_without_harming_anyone_is_looting(nlp, text):
    assert told_first(nlp, text) == ("Strategic developments", "Looting/property destruction")


@pytest.mark.parametrize("text, event_type, sub", [
    ("Gunmen stormed the village and shot dead six civilians.", "Violence against civilians", "Attack"),
    ("Soldiers clashed with rebels near the town for several hours.", "Battles", "Armed clash"),
    ("Protesters threw stones at police and burned tyres on the main road.", "Riots", "Violent demonstration"),
    ("A mob lynched a man accused of theft.", "Riots", "Mob violence"),
    ("Police fired tear gas to disperse hundreds of protesters.", "Protests", "Protest with intervention"),
    ("Teachers went on strike in Harare. Police dispersed them.", "Protests", "Protest with intervention"),
    ("Jubilee supporters protest at the appointment by the Deputy President. Police made arrests.", "Protests",
     "Protest with intervention"),
    ("Russian forces launched an airborne missile strike at Pavlohrad.", "Explosions/Remote violence", "Air/drone strike"),
    ("Russian forces launched air and navy missiles at Ukrainian positions in Petropavlivka.", "Explosions/Remote violence",
     "Air/drone strike"),
    ("Taliban militants attacked three checkpoints in Aqcha district and overtook them.", "Battles",
     "Non-state actor overtakes territory"),
    # fire from afar: a manned aircraft shot down, gunboats and warplanes opening fire, an attack told with its rockets
    ("Russian military forces shot down a Ukrainian Su-24 aircraft near Lozova.",
     "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Russian aircraft shot down a Ukrainian helicopter near Ternivka.", "Battles", "Armed clash"),  # air to air
    ("Ukrainian forces shot down a Russian drone over Odesa.", "Strategic developments", "Disrupted weapons use"),
    ("Israeli gunboats opened fire at the beach of Gaza City.", "Explosions/Remote violence",
     "Shelling/artillery/missile attack"),
    ("Israeli warplanes opened fire at a group of people in Gaza City.", "Explosions/Remote violence", "Air/drone strike"),
    ("Pro-Iran militias targeted US forces at the base near Omar with rockets.", "Explosions/Remote violence",
     "Shelling/artillery/missile attack"),
    ("A bomb planted by the Taliban hit a military vehicle, killing 2 commandos.", "Explosions/Remote violence",
     "Remote explosive/landmine/IED"),
    ("A civilian man was injured when handling an explosive device in Oleksandrivka.", "Explosions/Remote violence",
     "Remote explosive/landmine/IED"),  # a remnant of war, not a fighter's own bomb gone off early
    ("Fatah and Hamas supporters scuffled at the university.", "Riots", "Mob violence"),
    ("Police forces beat a young man to death in Abidjan.", "Violence against civilians", "Attack"),
    # crowds: tear gas shells are no shelling; "violently demonstrated"; rioters at a protest's fringe; angry riders
    ("Locals pelted stones and clashed with police, who lobbed tear gas shells, in Ahmedabad.", "Riots",
     "Violent demonstration"),
    ("People violently demonstrated against the arrest of a sheikh and destroyed churches.", "Riots", "Violent demonstration"),
    ("Rioters on the fringe of a protest against new traffic laws attack bystanders and stone cars.", "Riots",
     "Violent demonstration"),
    ("Angry boda boda riders burnt down a bus after it hit and killed one of them.", "Riots", "Mob violence"),
    ('Police used tear gas to disperse a protest when the protesters had become "rowdy."', "Riots", "Violent demonstration"),
    ("Following clashes, M23 rebels took the town of Bunagana.", "Battles", "Non-state actor overtakes territory"),
    ("At least 13 Taliban militants were killed during clashes with Afghan commandos in Kandahar.", "Battles",
     "Armed clash"),
    ("Al Sham Corps clashed with another JWS faction near the Yabseh crossing.", "Battles", "Armed clash"),
    # a body that bears the marks of its killing, found or thrown away, is a killing
    ("The body of a man who was handcuffed and bore signs of torture was found in Marin.", "Violence against civilians",
     "Attack"),
    ("The dead body of a woman was thrown from a moving car in Guadalajara.", "Violence against civilians", "Attack"),
    ("A human head was found in fraccionamiento Costa Verde.", "Violence against civilians", "Attack"),
    ("An unidentified man armed with a knife stabbed a TV journalist to death in Hodan.", "Violence against civilians",
     "Attack"),  # one armed man is an armed group to ACLED, no mob
    ("An unidentified group fired shots at a former MLA in Phulbani town.", "Violence against civilians", "Attack"),
    ("Two plastic bags that contained the remains of two men were left by armed men in Colonia 3 de Mayo.",
     "Violence against civilians", "Attack"),
    ("Saudi military aircraft flew over the camps, dropping light bombs.", "Explosions/Remote violence", "Air/drone strike"),
    ("Israeli warplanes carried out a raid between Yaroun and Maroun er Ras town.", "Explosions/Remote violence",
     "Air/drone strike"),
    ("Attacks by helicopter gunships were conducted against Islamist militants at Namiteue.", "Explosions/Remote violence",
     "Air/drone strike"),
    ("Boko Haram claimed to have launched shelling attacks on positions of Nigerian Armed Forces in Goniri.",
     "Explosions/Remote violence", "Shelling/artillery/missile attack"),  # shelling, not a ground assault
    ("Taliban militants attacked a check point in Dawlat Shah district.", "Battles", "Armed clash"),
    ("Pro-Houthi forces fired mortar shells at resistance forces in At Tuhayta. The anti-Houthi forces responded to the "
     "fire, killing several fighters.", "Battles", "Armed clash"),  # shelling answered by unnamed forces
    ("Suspected IS cells attacked the regime's Al Tayfour air-base in Homs countryside.", "Battles", "Armed clash"),
    # victims of a disaster who block a road act; they are no victims of the blocking
    ("Some local victims of the latest floods blocked the national road in Uvira to demand justice.", "Protests",
     "Peaceful protest"),
    ("Thousands of teachers marched peacefully through the capital.", "Protests", "Peaceful protest"),
    ("A drone strike hit a vehicle carrying militants.", "Explosions/Remote violence", "Air/drone strike"),
    ("A roadside bomb exploded under a military convoy.", "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("Artillery shelling hit residential areas overnight.", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Armed men kidnapped two aid workers on the road.", "Violence against civilians", "Abduction/forced disappearance"),
    ("Authorities imposed a curfew after the unrest spread.", "Strategic developments", "Change to group/activity"),
    ("The authorities shut down the internet in the region.", "Strategic developments", "Other"),
    ("Police arrested 40 opposition supporters.", "Strategic developments", "Arrests"),
    ("Security forces seized weapons and defused two bombs.", "Strategic developments", "Disrupted weapons use"),
    ("Police recovered 153 crude bombs at a resident's house in Lalpur.", "Strategic developments", "Disrupted weapons use"),
    # (taken with no fight told, after the other side withdrew: the codebook's non-violent transfer; fought for, a battle)
    ("Rebels captured the town after government troops withdrew.", "Strategic developments",
     "Non-violent transfer of territory"),
    ("Rebels captured the town after heavy fighting with government troops.", "Battles",
     "Non-state actor overtakes territory"),
    ("On 25 May 2021, unidentified assailants threw a grenade into a bar, injuring 6 people.",
     "Explosions/Remote violence", "Grenade"),  # "May" the month is not the modal
    # South Asia's hand-thrown crude bombs: a riot's weapons in unknown men's, party men's or a crowd's hands, a
    # grenade in militants'; a Molotov cocktail is no explosive
    ("Unidentified persons hurled crude bombs at the house of a party leader. No one was hurt.", "Riots", "Mob violence"),
    ("Activists exploded several cocktails in front of the party office, injuring 2.", "Riots", "Mob violence"),
    ("Rioters exploded cocktail bombs and set fire to a bus during the nationwide blockade.", "Riots",
     "Violent demonstration"),
    ("Maoist militants hurled crude bombs at a police camp in the forest.", "Explosions/Remote violence", "Grenade"),
    ("Protesters threw Molotov cocktails at police during the march.", "Riots", "Violent demonstration"),
    # a strike with drones told after a long object
    ("Turkish forces targeted an oil station which belongs to QSD in a town in the countryside with drones, killing 7 workers.",
     "Explosions/Remote violence", "Air/drone strike"),
    ("Kyrgyz and Tajik forces clashed with small arms and mortars along the border.", "Battles", "Armed clash"),
    ("A military jet dropped two bombs on a village during a funeral.", "Explosions/Remote violence", "Air/drone strike"),
    ("Police fired live ammunition at opposition supporters marching peacefully, killing one man.",
     "Protests", "Excessive force against protesters"),
    ("Troops on patrol came under fire from dissidents and fought back for two hours.", "Battles", "Armed clash"),
    ("Youths burned tyres and threw stones at gendarmes.", "Riots", "Violent demonstration"),
    ("Authorities cut mobile internet access nationwide.", "Strategic developments", "Other"),
    ("Chadian troops dislodged Boko Haram fighters from islands on Lake Chad, retaking positions.",
     "Battles", "Government regains territory"),
    ("Residents beat to death a man suspected of stealing a motorcycle.", "Riots", "Mob violence"),
    ("Some demonstrators threw flares, stones and plastic bottles at police.", "Riots", "Violent demonstration"),
    ("Royalists gathered outside the airport chanting slogans for the monarchy.", "Protests", "Peaceful protest"),
    ("Police detained more than 150 protesters who blocked streets in the centre.", "Protests", "Protest with intervention"),
    ("Air defences intercepted a number of drones crossing the airspace.", "Strategic developments", "Disrupted weapons use"),
    ("The two governments accepted a ceasefire agreement brokered by France.", "Strategic developments", "Agreement"),
    ("Two suicide bombers detonated explosives near the police station.", "Explosions/Remote violence", "Suicide bomb"),
    ("A man fired five shots at the prime minister as he greeted supporters.", "Violence against civilians", "Attack"),
    ("Meitei and Kuki militants exchanged heavy fire in the foothills.", "Battles", "Armed clash"),
    ("Gunmen loyal to the cartel battled army troops across the city.", "Battles", "Armed clash"),
    ("A military fighter jet and a helicopter attacked a crowd gathered for a ceremony.", "Explosions/Remote violence", "Air/drone strike"),
    ("A Russian drone slammed into an apartment building early on Saturday.", "Explosions/Remote violence", "Air/drone strike"),
    ("Maoist rebels blew up a vehicle carrying police personnel.", "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("Regime helicopters dropped gas cylinders containing chlorine onto residential buildings.", "Explosions/Remote violence", "Chemical weapon"),
    ("Israeli forces demolished 4 residential structures near the town.", "Strategic developments", "Looting/property destruction"),
    ("Rioters looted and set alight dozens of foreign-owned shops.", "Riots", "Mob violence"),
    ("Students enforced a blockade at the intersection to demand the reform of the quota system.", "Protests", "Peaceful protest"),
    ("A truck carrying a film crew hit an anti-tank mine near the village.", "Explosions/Remote violence",
     "Remote explosive/landmine/IED"),
    ("The bishop was taken away by police. The authorities did not acknowledge the detention or disclose where he "
     "was held.", "Violence against civilians", "Abduction/forced disappearance"),
    ("The journalist was taken away by police officers after the rally.", "Strategic developments", "Arrests"),
    ("A kamikaze drone struck a fuel depot on the outskirts of the city.", "Explosions/Remote violence", "Air/drone strike"),
    ("Armed UAVs struck four fighters travelling on a motorbike.", "Explosions/Remote violence", "Air/drone strike"),
    ("The army used heavy weapons against villages in the valley.", "Explosions/Remote violence",
     "Shelling/artillery/missile attack"),
    ("Militants planted explosives under a bridge used by army patrols.", "Explosions/Remote violence",
     "Remote explosive/landmine/IED"),
    ("Soldiers repelled an attack by militants on their base near the border.", "Battles", "Armed clash"),
    ("Armenian and Azerbaijani forces exchanged artillery fire across the border.", "Battles", "Armed clash"),
    ("The two armies exchanged artillery fire across the frontier.", "Battles", "Armed clash"),
    ("Gunmen attacked a bus with firearms, wounding three passengers.", "Violence against civilians", "Attack"),
    ("The bodies of four farmers were found in a field after the attack.", "Violence against civilians", "Attack"),
    ("Rebels seized the town of Kalehe after government troops fled.", "Battles", "Non-state actor overtakes territory"),
    ("Youth demonstrated violently in Busia after a raid on a shop.", "Riots", "Violent demonstration"),
    ("Federal police beat three young people and threw them into a ditch.", "Violence against civilians", "Attack"),
    ("Two militia members were killed in a shootout with an Afari militia.", "Battles", "Armed clash"),
    ("Journalists held a solidarity stand in Beirut in support of colleagues killed in Gaza.", "Protests",
     "Peaceful protest"),
    ("Unidentified assailants set alight the party office in the town.", "Riots", "Mob violence"),  # a mob
    ("Unidentified arsonists set fire to a house belonging to a police officer.", "Strategic developments",
     "Looting/property destruction"),  # deliberate, covert: a destruction
    ("Rioters set fire to metro stations and clashed with Carabineros, who used tear gas.", "Riots",
     "Violent demonstration"),  # rioters against the police: a demonstration turned violent
    ("A mob of students beat to death a classmate accused of blasphemy.", "Riots", "Mob violence"),
    ("Police in riot gear removed protesters who had occupied the hall and arrested 109 people.", "Protests",
     "Protest with intervention"),  # riot gear is no riot
    ("Forensic teams announced the discovery of 8 mass graves in the town.", "Strategic developments", "Other"),
    ("A group of people attacked police officers with sticks and stones and destroyed their patrol car.", "Riots",
     "Mob violence"),  # sticks and stones: a mob, not an armed group
    ("Unidentified persons looted and vandalised houses of the minority in the city.", "Riots", "Mob violence"),
    ("Fur farmers clashed with a group of nomads near the village. Four people killed.", "Battles", "Armed clash"),
    ("Armed pastoralists killed three farmers at the wells.", "Violence against civilians", "Attack"),
    # Grenades or a rocket in a close fight with armed forces are a battle; mortars fired at a base stay shelling.
    ("Armed men driving two vehicles attacked a police patrol using grenades and firearms.", "Battles", "Armed clash"),
    ("Taliban militants fired a rocket at a Humvee during an attack on a check point, killing two soldiers.", "Battles",
     "Armed clash"),
    ("Militants fired mortars at a military base, wounding two soldiers.", "Explosions/Remote violence",
     "Shelling/artillery/missile attack"),
    ("Residents burn debris and barricade the road to keep trucks out.", "Riots", "Violent demonstration"),
    ("Two Islamist militants were killed while 13 suspects were arrested during a security campaign.", "Battles",
     "Armed clash"),  # fighters killed in the state's operation: its battle
    ("Clashes continued in the district, with the army regaining control of the neighbourhood from RSF fighters.",
     "Battles", "Government regains territory"),
    # the killing a protest is about is its grievance, not violence at the protest
    ("On 30 May 2023, relatives and friends of a man killed at a bakery on 3 May protested in Rosario to demand justice.",
     "Protests", "Peaceful protest"),
    ("A hundred people marched through the streets to repudiate the killing of a journalist.", "Protests",
     "Peaceful protest"),
    ("A protest was staged in Kataragama following the death of a motorcyclist in a police shooting.", "Protests",
     "Peaceful protest"),
    ("Party leaders marched through the city to demand peace in the face of the recent demonstrations and riots.",
     "Protests", "Peaceful protest"),  # riots told as what came before
    ("Youths blocked the national road to ask for the road to be asphalted.", "Protests", "Peaceful protest"),
    ("Soldiers pushed away FRUD forces on Yager mount, leading to some injuries among soldiers.", "Battles",
     "Government regains territory"),
    # an armed group's vandalism is property destruction; whipping a woman is an attack
    ("Suspected ISGS militants vandalized a local radio station in Tangangari.", "Strategic developments",
     "Looting/property destruction"),
    ("Presumed ISGS militants seized livestock and whipped a woman in Goungam.", "Violence against civilians", "Attack"),
    # fighters killed by their own device while planting it: disrupted weapons use
    ("Two suspected JNIM militants were killed while in the process of planting IEDs on the road.", "Strategic developments",
     "Disrupted weapons use"),
    # party supporters who clash and set off bombs, or throw tree trunks on a road to demand a release, riot
    ("Supporters of two party leaders clashed and detonated bombs at the bus stand over electoral rivalry.", "Riots",
     "Mob violence"),
    ("Supporters of the chairman staged a demonstration by throwing tree trunks on a road, demanding his release.", "Riots",
     "Violent demonstration"),
    # armed men seized by an armed group were fought, not civilians abducted
    ("Suspected JNIM militants abducted two Dozo militiamen and a village chief in Dimasso.", "Battles", "Armed clash"),
    # petrol bombs thrown at a house, no police told: a mob's, not an attack on the police
    ("Unidentified assailants threw petrol bombs at the residence of a parliamentarian. No injuries reported.", "Riots",
     "Mob violence"),
    ("Explosive remnants of war: On 27 April 2020, two soldiers were injured by a landmine laid during the Iran-Iraq "
     "War.", "Strategic developments", "Other"),  # ACLED's label for an old war's mine
    ("Dozens of rioters held a demonstration in front of the election commission. The police intervened.", "Riots",
     "Violent demonstration"),  # the report's own word for the crowd
    # demonstrators who burn a party's offices, or set fires at intersections, riot
    ("On Dec 29, demonstrators burned the party headquarters for the third time in Diwaniya city.", "Riots",
     "Violent demonstration"),
    ("Angry demonstrators cut off main roads in the city. Fires were set at a number of intersections.", "Riots",
     "Violent demonstration"),
    # a booby-trapped vehicle that exploded is a remote explosive; an air force that kills strikes from the air
    ("An IS booby-trapped vehicle exploded in the desert area, killing 3 civilians.", "Explosions/Remote violence",
     "Remote explosive/landmine/IED"),
    ("The Iraqi airforce killed 14 IS militants in the valley southwest of Daqouq.", "Explosions/Remote violence",
     "Air/drone strike"),
    # a bomber killed before he set off his belt was fought, and his belt defused
    ("Iraqi forces killed an IS suicide bomber and safely defused the explosive belt he was wearing.",
     "Battles", "Armed clash"),
    ("A drug suspect fired at a patrol convoy of police and soldiers in the city.", "Battles", "Armed clash"),
    ("Police were forced to shoot in the air when a group of youths disrupted a meeting of the governor. Chanting "
     "anti-governor slogans, the group said he had no place in the town.", "Protests", "Protest with intervention"),
    ("On May 2, presumed JNIM militants burned a bar and seized a motorbike in the village.", "Strategic developments",
     "Looting/property destruction"),
    ("4 doctors were injured by SLPP activists following an argument about the pasting of posters.", "Riots",
     "Mob violence"),
    ("A man was shot down at the entrance of the military camp after he did not stop.", "Violence against civilians",
     "Attack"),
    ("Taxi drivers caravanned through the city to the town hall to demand more controls on app services.", "Protests",
     "Peaceful protest"),
    # demonstrators who damage property, told by a pronoun in the next sentence, or whose quarrel turns to an
    # altercation, riot
    ("Residents staged a demonstration in front of the salt company, demanding the removal of its chairman. They also "
     "damaged the CCTV cameras during their demonstration.", "Riots", "Violent demonstration"),
    ("Protesters came to the mine and asked miners to leave, which led to an altercation between the two groups causing "
     "8 injuries.", "Riots", "Violent demonstration"),
    ("Party members staged a protest rally in the town. Police forces barricaded the area.", "Protests",
     "Peaceful protest"),  # the police's barricades are no riot
    # ground taken with no fight told is a non-violent transfer of territory
    ("On 3 May 2020, JNIM militants took control of the town after the army withdrew. No clashes were reported.",
     "Strategic developments", "Non-violent transfer of territory"),
    ("Al Shabaab seized two military posts in Sangailu by surprise, no violence reported.", "Strategic developments",
     "Non-violent transfer of territory"),
    # a crowd that gathers to call on someone, or blocks a road to keep a feared thing out, protests
    ("300 widows gathered in Kisumu to call on the county to pay their pensions.", "Protests", "Peaceful protest"),
    ("Residents blocked the roads to prevent trucks from entering the village, fearing contamination.", "Protests",
     "Peaceful protest"),
])
def test_typing(nlp, text, event_type, sub):
    found = {(m.event_type, m.sub_event_type) for m in mentions(nlp, text)}
    assert (event_type, sub) in found
    if event_type == "Protests" and sub == "Peaceful protest":
        assert all(t != "Riots" for t, _ in found)  # (no riot read into it either)


@pytest.mark.parametrize("text, inter1, inter2", [
    # the side the clash is "with" is an army: whoever fought it is armed, not a rioting crowd
    ("On 3 May 2023, 4 JNIM members were killed near the base during clashes with Malian Military Forces.", 2, 1),
    ("On 3 May 2023, clashes erupted between soldiers of one battalion and other soldiers of the same brigade.", 1, 1),
    # herders against residents, with lives lost: the two communities' militias
    ("At least 7 herders from Wajir were killed in clashes with Garissa residents over grazing land.", 4, 4),
])
def test_a_clash_with_an_army_or_between_communities_is_a_battle(nlp, text, inter1, inter2):
    clash = first(nlp, text)
    assert (clash.event_type, clash.actor1.inter, clash.actor2.inter) == ("Battles", inter1, inter2)


@pytest.mark.parametrize("text, event_type, actor1, actor2", [
    # an ACLED note names the actor it coded, whatever words its source used
    ("On 13 April 2023, pastoralists-militia (coded as Darfur communal militia) attacked civilians near Garsila.",
     "Violence against civilians", "Darfur Communal Militia", "Civilians"),
    ("Looting: On 13 April 2023, four men on motorbikes (coded as Darfur communal militia) looted a fuel depot in Nyala.",
     "Strategic developments", "Darfur Communal Militia", "Civilians"),
    # one community's militia against another of the same name is a battle
    ("On 13 April 2023, herders (coded as Darfur communal militia) ambushed villagers (coded as Darfur communal "
     "militia) near Um Shalaiya.", "Battles", "Darfur Communal Militia", "Darfur Communal Militia"),
])
def test_the_actor_a_note_says_it_coded(nlp, text, event_type, actor1, actor2):
    event = first(nlp, text, event_type)
    assert event.actor1.normalized.startswith(actor1) and event.actor2.normalized.startswith(actor2)


def test_the_armed_group_a_strike_targeted_is_its_target_not_the_village(nlp):
    strike = first(nlp, "On 3 April 2025, US forces conducted an airstrike targeting Al Shabaab in Geel Gub village.")
    assert strike.sub_event_type == "Air/drone strike" and strike.actor1.normalized.startswith("Military Forces of United States")
    assert strike.actor2.normalized == "Al Shabaab"


@pytest.mark.parametrize("text", [
    "The police had no information on reports of ethnic violence.",
    "Those found guilty of violating public order will be held accountable.",
    "People are waiting for the arrival of the security forces.",
    "It is the largest settlement in the district, with 18,000 inhabitants.",
    "Analysts warn that the country could slide into civil war.",
    "Tensions remained high amid post-election unrest.",
    "The government imposed no new measures following the deadly attack on the village.",
    "The rebels rejected the 2016 peace agreement.",
    "They fled without fighting.",
    # no force moves: a company or residents relocated
    "On 12 March 2021, the company relocated its headquarters to Nairobi.",
    "Residents were relocated to camps after the floods.",
])
def test_non_events(nlp, text):
    assert mentions(nlp, text) == []


def test_hedged_report_is_kept_and_marked(nlp):
    [m] = mentions(nlp, "Disturbances reportedly spread to the neighbouring village overnight.")
    assert m.hedged and m.event_type == "Riots"


def test_violent_triggers_of_one_sentence_at_one_place_are_one_mention(nlp):
    ms = mentions(nlp, "Young men set more than 10 buildings on fire, and now they are shooting at people and beating them up.")
    assert len(ms) == 1 and {"arson", "shooting", "beating"} <= set(ms[0].category.split("+"))


def test_actors_are_named_the_acled_way(nlp):
    russian = first(nlp, "Russian forces shelled residential areas of the city, killing one civilian.")
    assert (russian.actor1.normalized.startswith("Military Forces of Russia"), russian.actor2.inter) == (True, 7)
    border = first(nlp, "Kyrgyz and Tajik forces clashed with small arms and mortars along the border.")
    assert border.actor1.normalized.startswith("Military Forces of Kyrgyzstan")
    assert border.actor2.normalized.startswith("Military Forces of Tajikistan")
    group = first(nlp, "The RSF shelled residential neighbourhoods, killing 7 civilians.")
    assert (group.actor1.normalized, group.actor1.inter) == ("Rapid Support Forces", 2)
    ied = first(nlp, "An IED exploded next to a police patrol vehicle, killing 2 police officers.")
    assert ied.actor2.inter == 1
    # an administrative unit's acronym is no armed group: the village attacked is its people's
    raid = first(nlp, "A Katsina communal militia attacked Albasun Liman Village (Sabuwa LGA, Katsina), abducting nine residents.")
    assert (raid.event_type, raid.actor2.inter) == ("Violence against civilians", 7)


def test_the_perpetrator_is_found_beyond_the_clause(nlp):
    strike = first(nlp, "An Israeli air strike hit a residential building, killing nine members of one family.")
    assert strike.actor1.inter == 1 and "Israel" in strike.actor1.normalized and strike.actor2.inter == 7
    bomb = first(nlp, "A suicide bomber blew himself up during mass, killing 93 people. Islamic State later claimed the attack.")
    assert (bomb.actor1.normalized, bomb.actor1.inter) == ("Islamic State", 2)
    grenade = first(nlp, "Two men on a motorcycle threw a grenade into a tea shop, injuring three customers.")
    assert grenade.actor1.inter == 3


def test_unnamed_attackers_are_an_unidentified_armed_group(nlp):
    beaten = first(nlp, "An opposition activist was beaten with metal batons by two unidentified men on a motorbike.",
                   "Violence against civilians")
    assert beaten.actor1 is not None and beaten.actor1.inter == 3 and "Unidentified Armed Group" in beaten.actor1.normalized
    # The parser hangs "opened fire" on a noun in between: the subject of the first verb still acts.
    mosque = first(nlp, "Heavily armed gunmen surrounded a mosque in the village of Fambita, Kokorou commune, near Tera, "
                   "and opened fire on worshippers, killing 44 civilians.", "Violence against civilians")
    assert mosque.actor1 is not None and mosque.actor1.inter == 3


def test_forces_engaged_by_a_named_group_are_a_battle(nlp):
    ms = mentions(nlp, "Hezbollah fighters engaged Israeli ground troops advancing on the outskirts of the village.")
    battle = next(m for m in ms if m.event_type == "Battles")
    assert battle.actor1.normalized == "Hezbollah"
    assert battle.actor2.normalized.startswith("Military Forces of Israel")


def test_named_groups_and_forces_are_read_from_the_subject_as_written(nlp):
    hts = first(nlp, "On 30 November 2024, Hayat Tahrir al-Sham (HTS) and allied opposition factions took control of most "
                "of Aleppo city, after regime forces withdrew.", "Strategic developments")  # (no fight told)
    assert (hts.actor1.normalized, hts.actor1.inter) == ("Hayat Tahrir al-Sham", 2)
    jets = first(nlp, "On 22 July 2019, warplanes reportedly belonging to the Russian air force struck a crowded market, "
                 "killing 39 civilians.", "Explosions/Remote violence")
    assert jets.actor1.normalized.startswith("Military Forces of Russia")


def test_a_pronoun_that_acts_in_what_a_group_said_is_that_group(nlp):
    aa = first(nlp, "The Arakan Army (AA) announced that it had captured Paletwa town after weeks of fighting.", "Battles")
    assert (aa.sub_event_type, aa.actor1.normalized, aa.actor1.inter) == ("Non-state actor overtakes territory", "Arakan Army", 2)
    army = first(nlp, "Sudan's army said on Saturday it had retaken Wad Madani, the state capital, from the paramilitary "
                 "Rapid Support Forces.", "Battles")
    assert army.sub_event_type == "Government regains territory"
    assert (army.actor1.inter, army.actor2.normalized, army.actor2.inter) == (1, "Rapid Support Forces", 2)


def test_who_fired_the_weapon_a_noun_names(nlp):
    shells = first(nlp, "On 18 March 2024, Al Shabaab fired several mortar rounds targeting the airport area.",
                   "Explosions/Remote violence")
    assert (shells.sub_event_type, shells.actor1.inter) == ("Shelling/artillery/missile attack", 2)
    assert "Unidentified" not in shells.actor1.normalized


def test_the_filing_city_of_a_dateline_is_not_an_actor(nlp):
    ms = mentions(nlp, "RAIPUR - Maoist rebels blew up a vehicle carrying police personnel, killing 10.")
    bomb = next(m for m in ms if m.event_type == "Explosions/Remote violence")
    assert bomb.actor1 is not None and "RAIPUR" not in bomb.actor1.normalized and bomb.actor1.inter == 2


def test_a_crowd_struck_from_the_air_is_civilians(nlp):
    ms = mentions(nlp, "A military fighter jet attacked a crowd gathered for the opening of an office, killing at least 100 people.")
    strike = next(m for m in ms if m.event_type == "Explosions/Remote violence")
    assert strike.actor2 is not None and strike.actor2.inter == 7


@pytest.mark.parametrize("text, sub, civilians", [
    ("Military airplanes struck a residential building in the city centre. Casualties unknown.", "Air/drone strike", True),
    ("The navy's vessels struck the coastal area; naval forces shelled the port.", "Shelling/artillery/missile attack", False),
    ("Soldiers shelled seven villages in the township.", "Shelling/artillery/missile attack", True),
    ("A woman who went to cut bamboo stepped on a landmine. She was injured.", "Remote explosive/landmine/IED", True),
    ("Three children found an unexploded shell in a forest; it exploded as they played with it.",
     "Remote explosive/landmine/IED", True),
    ("Artillery shelled army positions outside the town.", "Shelling/artillery/missile attack", False),
    ("Presumed ISGS militants detonated an IED against a merchant vehicle near Titahoune.", "Remote explosive/landmine/IED", True),
    ("A roadside bomb exploded under a military convoy near the town.", "Remote explosive/landmine/IED", False),
    ("A 40-year-old man died after stepping on a landmine near a base.", "Remote explosive/landmine/IED", True),
    ("A drone was shot down over the town and its debris hit residential buildings.", "Air/drone strike", False),
])
def test_a_strike_on_homes_or_a_mine_stepped_on_targets_civilians(nlp, text, sub, civilians):
    # ACLED codes civilian targeting by the target, not by the toll: a village shelled with no one hurt
    # has civilians as its second side; an army position, or a downed drone's debris, has none.
    strike = first(nlp, text, "Explosions/Remote violence")
    assert strike.sub_event_type == sub
    assert (strike.actor2 is not None and strike.actor2.inter == 7) == civilians


@pytest.mark.parametrize("text, event_type, sub", [
    ("Armed clashes were registered in the area; there is no information on the actors involved.", "Battles", "Armed clash"),
    ("In Hsipaw Township (Kyaukme District, Shan State), TNLA and RCSS clashed.", "Battles", "Armed clash"),
    ("Students rioted against the elections, burning tires in the street.", "Riots", "Violent demonstration"),
    ("A student was killed during a riot at the university.", "Riots", "Violent demonstration"),
    ("A mob lynched a man accused of theft.", "Riots", "Mob violence"),
    ("Protest rallies were held in Jimma denouncing an attack on a mosque the night before.", "Protests", "Peaceful protest"),
    ("Other: in Ennery, a roadblock was set up on the national road by people unknown.", "Strategic developments", "Other"),
    ("Gunmen kill two aid workers", "Violence against civilians", "Attack"),
    ("Displaced residents took to the streets calling for the gang to be dismantled.", "Protests", "Peaceful protest"),
    ("Residents of Ekehuan blocked the road in protest over the dilapidated roads.", "Protests", "Peaceful protest"),
    ("Fishers participated in the protest rally from Jaffna fort to the bus stand.", "Protests", "Peaceful protest"),
    ("Employees from the companies in the south gathered at the port demanding their dues.", "Protests", "Peaceful protest"),
    ("Movement of forces: on 13 April 2023, RSF announced their withdrawal from Nyala.", "Strategic developments",
     "Change to group/activity"),
    ("Movement of forces: the Myanmar military deployed about 300 troops in the KNU base area.", "Strategic developments",
     "Change to group/activity"),
    ("The police special task force uncovered a large haul of weapons in the city.", "Strategic developments",
     "Disrupted weapons use"),
    # headlines in the present tense, the style of ACLED's oldest notes
    ("UPDF soldiers shoot internally displaced women", "Violence against civilians", "Attack"),
    ("Against violence in Harare, demo stopped by police", "Protests", "Protest with intervention"),
    ("Government regained territory taken by mutinous soldiers after nine days of fighting.", "Battles",
     "Government regains territory"),
    ("Alleged ADF rebels took back the FARDC position after a fierce fight in Beni city.", "Battles",
     "Non-state actor overtakes territory"),
    ("Thousands of Muslims demonstrate against proposed law giving women equal rights", "Protests", "Peaceful protest"),
    ("Eritrean forces bomb Ethiopian military targets", "Explosions/Remote violence", "Air/drone strike"),
    ("One individual was injured after a mine (from an unidentified armed group) exploded in Wadi Khaled.",
     "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("Two police officers were involved in raping two women near Sunwal.", "Violence against civilians", "Sexual violence"),
    # machine-gun fire on a town's vicinity, no fight told, is fire from afar
    ("The Israeli military combed with machine gunfire the vicinity of Chebaa town. Casualties unknown.",
     "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    # people hurt outweigh goods looted
    ("Nyatura Domi injured three men and looted goods in Minjenje village.", "Violence against civilians", "Attack"),
    # objects thrown at officials turn a demonstration violent
    ("A group of 200 demonstrators threw objects at members of the Ministry of Interior.", "Riots", "Violent demonstration"),
    ("Rioters reportedly threw a boulder rock at a military truck, pushing it over a cliff.", "Riots", "Mob violence"),
    # police in running battles with demonstrators fight a violent demonstration
    ("Police engaged the demonstrators in running battles during the protest.", "Riots", "Violent demonstration"),
    # ACLED's labels, singular or plural
    ("Land seizure: On 1 November 2024, Israeli settlers set up a tent on a Palestinian-owned land.",
     "Strategic developments", "Looting/property destruction"),
    ("Change to armed group: On 20 March 2020, 25 Afghan security personnel joined Taliban militants.",
     "Strategic developments", "Change to group/activity"),
    ("Mass graves: On 3 May 2023, a mass grave was found near the town.", "Strategic developments", "Other"),
    # a demonstration that vandalises, burns or stones is violent, told actively or not
    ("On 14 April 2020, residents demonstrated over the killing of 2 youths. Bonfires were made to block a market.",
     "Riots", "Violent demonstration"),
    ("On 15 April 2020, residents demonstrated over the restrictions. Police forces were attacked with stones and tyres "
     "were burnt.", "Riots", "Violent demonstration"),
    # what the crowd called for is no hypothetical: the clash is the sentence's own verb
    ("Rioters calling for peace in Beni clashed with police in Butembo town, leaving several injured.",
     "Riots", "Violent demonstration"),
    # a device found and defused, named again, is no explosion; a website blocked; reinforcements that reached
    ("On 27 April 2020, a timed IED was found on a roadside. The explosive was later safely defused by the EOD team. "
     "It is unknown to whom the explosive belonged.", "Strategic developments", "Disrupted weapons use"),
    ("Around 28 April 2020, the regime of President Nicolas Maduro blocked a website created by the opposition.",
     "Strategic developments", "Other"),
    ("On 9 May 2020, coalition reinforcements, including 6 armored vehicles, reached Al Awadh area.",
     "Strategic developments", "Change to group/activity"),
    # protests in other words; what a protest is against, however far the parse hung it, is its grievance
    ("On 30 April 2020, in Porto Alegre, residents banged pots against President Jair Bolsonaro during his visit.",
     "Protests", "Peaceful protest"),
    ("On 29 April 2020, a group of taxi drivers blocked the roads complaining about unfair competition.",
     "Protests", "Peaceful protest"),
    ("On 29 April 2020, in Uberlandia, tourism workers did a motorcade to demand tax reduction.", "Protests", "Peaceful protest"),
    ("On 2 May 2020, four ration dealers staged a protest in Kalna sub-division (East Burdwan district) against the "
     "attacks on ration dealers during the lockdown.", "Protests", "Peaceful protest"),
    ("On 1 May 2020, a protest was held in Zagreb against all measures imposed to battle the coronavirus.",
     "Protests", "Peaceful protest"),
    ("On 27 April 2020, protesters took part in a car demonstration towards government buildings.",
     "Protests", "Peaceful protest"),
    # a body found with signs of violence; a vehicle seized with its people aboard; a raid as the setting
    ("On 28 April 2020, a dead body with signs of violence was found floating inside a plastic bag.",
     "Violence against civilians", "Attack"),
    ("On 25 December 2020, unknown gunmen seized an NGO vehicle with driver and passengers aboard in Waraou.",
     "Violence against civilians", "Abduction/forced disappearance"),
    ("On 4 May 2020, during an arrest raid in Jericho, Israeli forces shot a Palestinian in the foot.",
     "Violence against civilians", "Attack"),
    # an armed group's recruiting and forces moved from one place to another
    ("On 12 March 2021, M23 rebels held a recruitment drive in Rutshuru, enlisting dozens of youths.",
     "Strategic developments", "Change to group/activity"),
    ("On 12 March 2021, troops were redeployed from the base to the border town.", "Strategic developments",
     "Change to group/activity"),
    ("On 12 March 2021, an unidentified armed group detonated a bomb near a police station.",
     "Explosions/Remote violence", "Remote explosive/landmine/IED"),
])
def test_the_codebook_reads_terse_notes(nlp, text, event_type, sub):
    # ACLED's own notes: clashes between unnamed or acronym-named groups are battles, the word riot is a
    # demonstration turned violent, an attack a rally denounces is not this report's event.
    got = mentions(nlp, text)
    assert got and (got[0].event_type, got[0].sub_event_type) == (event_type, sub)
    if event_type == "Strategic developments" and "troops" in text:  # who moved is the actor, not the target
        assert got[0].actor1 is not None and got[0].actor1.inter == 1 and got[0].actor2 is None
    if sub == "Armed clash":
        assert got[0].actor1.inter in (2, 3) and got[0].actor2 is not None and got[0].actor2.inter in (2, 3)


@pytest.mark.parametrize("text, event_type, sub", [
    # small arms fired at the other side's positions are a fight, heavier guns beside them or not; heavy guns
    # alone are fire from afar; so in what a ceasefire monitor counts
    ("On 1 May 2020, the NAF rebel forces fired grenade launchers, heavy machine guns and small arms at the governmental "
     "positions near Taramchuk, Donetsk.", "Battles", "Armed clash"),
    ("On 1 May 2020, the NAF rebel forces fired grenade launchers and heavy machine guns at the governmental positions "
     "near Kamyanka, Donetsk.", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("On 7 May 2020, military forces of Armenia fired with unspecified weapons on the positions of the military forces "
     "of Azerbaijan located at Kokhanebi, Tovuz.", "Battles", "Armed clash"),
    ("On 7 May 2020, the OSCE SMM observed a total of 46 bursts of fire involving small arms/heavy machineguns near "
     "Novoluhanske.", "Battles", "Armed clash"),
    ("On 28 April 2020, the OSCE SMM observed a total of 3 explosions involving unknown weapons near Pyshchevyk.",
     "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("On 7 May 2020, the OSCE SMM observed a total of 81 explosions/bursts of fire involving small arms/unknown weapons "
     "near Molodizhne.", "Battles", "Armed clash"),
    # anti-tank missiles and RPGs are fire from afar; a bomb set off by an urban group is a remote explosive
    ("On 4 May 2020, opposition factions destroyed a regime bulldozer on the front using an ATGM.",
     "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("On 4 May 2020, IS fighters fired a RPG at a QSD checkpoint in the town of Basira.",
     "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("On 25 September 2021, in Thaketa township, the G-20 UBPO bombed a police outpost. Casualties unknown.",
     "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    # grenades dropped from a drone are a drone strike; people captured are no territory
    ("On 8 May 2020, the NAF rebel forces fired 82mm mortars at and dropped grenades from a drone on the governmental "
     "positions near Shyrokyne.", "Explosions/Remote violence", "Air/drone strike"),
    ("On 27 December 2020, Arab militiamen and Fulani gunmen clashed in Egareck. Three Fulani men were reportedly killed "
     "and two captured.", "Battles", "Armed clash"),
])
def test_what_was_fired_at_positions_tells_a_fight_from_fire_from_afar(nlp, text, event_type, sub):
    got = first(nlp, text)
    assert (got.event_type, got.sub_event_type) == (event_type, sub)


@pytest.mark.parametrize("text", [
    "In Yaaqshiid, a hand grenade was thrown at Somali military forces but the military reacted with gun fire.",
    "In Warmahan, an explosive device detonated, prompting the Somali military to respond with gunfire.",
])
def test_a_grenade_answered_with_gunfire_is_a_battle(nlp, text):
    # ACLED: the forces' answer makes the attack a fight between two armed sides
    event = first(nlp, text)
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert event.actor2 is not None and event.actor2.inter == 1


def test_a_killing_told_by_its_toll_first_is_the_event(nlp):
    # The report's first event, told only by who died, is a killing; the force whose raid it was did it.
    raid = first(nlp, "A drug suspect was killed while another was arrested during a police raid in Caloocan.")
    assert (raid.event_type, raid.sub_event_type) == ("Violence against civilians", "Attack")
    assert raid.actor1 is not None and raid.actor1.inter == 1
    # A killing a relative clause recalls, beside a rally, is background.
    rally = mentions(nlp, "Thousands rallied over the collapse of a canopy that killed 15 people.")
    assert [m.event_type for m in rally] == ["Protests"]


def test_armed_men_who_clash_between_two_places_are_the_sides(nlp):
    clash = first(nlp, "Fulani gunmen and Arab militiamen reportedly clashed between Egareck and Midal.")
    assert (clash.event_type, clash.actor1.normalized, clash.actor2.normalized) == (
        "Battles", "Fulani Ethnic Militia (Unknown Country)", "Arab Ethnic Militia (Unknown Country)")


@pytest.mark.parametrize("text, event_type", [
    ("Pastoralists clashed with farmers using arrows and machetes in the villages. Three people were injured.", "Battles"),
    ("Residents of two villages clashed with machetes, sticks and stones over a land dispute; 2 men were killed.", "Riots"),
    # communities whose fight kills are armed militias, unless they fought with sticks and stones
    ("Residents of Kayobogo and Sirranikoro clashed over fishing rights. Eight people were killed.", "Battles"),
    ("Clashes erupted between Fulani cattle breeders and Soninke farmers. 3 Fulani were killed.", "Battles"),
    # two families fighting with a death are communal militias
    ("On 12 December 2024, clashes took place between two families in Talfita town over an old dispute, killing a doctor.",
     "Battles"),
])
def test_communities_fighting_with_bows_or_guns_are_militias(nlp, text, event_type):
    assert first(nlp, text).event_type == event_type


@pytest.mark.parametrize("text, sub", [
    ("Hundreds of people gathered in Raleigh to support scientific research and funding.", "Peaceful protest"),
    ("Police dispersed a gathering of students in Abeche. Protesters were denouncing the cancellation of classes.",
     "Protest with intervention"),
    ("Police have rounded up 35 activists who were staging a sit-in at the embassy.", "Protest with intervention"),
    ("The UDMF held a demonstration in the evening. After the arson earlier, the protesters padlocked shops.",
     "Peaceful protest"),
    ("Dozens of artists protested in Kabale over the lack of funds. Police intercepted the demonstrators.",
     "Protest with intervention"),
    ("Residents protested and demanded for the arrested journalists to be freed.", "Peaceful protest"),
    ("Residents demonstrated over the killings. The police dispersed the demonstrators and two youths were "
     "seriously injured.", "Excessive force against protesters"),
    ("Many women, whose children have been abducted in Kano, staged demonstrations at the Ministry.", "Peaceful protest"),
    ("About 200 farmers protested land abuses by marching to the company's offices. The protesters were halted by police.",
     "Protest with intervention"),
    # the intervention two sentences on, or by a unit the text names only as such
    ("A group of people held a protest in the city to support a candidate. They tried to enter a government building. "
     "The police intervened and dispersed the group.", "Protest with intervention"),
    ("The Mobile Intervention Unit dispersed a gathering of students. Protesters were expressing solidarity with a strike.",
     "Protest with intervention"),
    # people dispersed by the police were gathered; the massacre whose victims they commemorate is past
    ("Students hung photos of victims of the 24 September massacre in Beni and were dispersed by police using tear gas. "
     "3 people were hit by bullets.", "Excessive force against protesters"),
])
def test_gatherings_that_support_or_oppose_are_protests_and_police_who_stop_them_intervene(nlp, text, sub):
    assert first(nlp, text, "Protests").sub_event_type == sub
    assert all(m.event_type != "Riots" for m in mentions(nlp, text))


@pytest.mark.parametrize("text, sub", [
    ("A journalist was assaulted by supporters of the ruling party in Colombo.", "Mob violence"),
    ("A student was beaten to death by a group of unidentified students at the university.", "Mob violence"),
    ("Members of the Viv Ansanm Gang coalition attacked the neighbourhood.", "Attack"),  # a gang is armed
    ("Gunmen assaulted a trader and shot him in the leg.", "Attack"),
    ("A county official was attacked by voters over allegations of vote buying.", "Mob violence"),
    ("Six people were injured in an attack by a village chairman and his accomplices.", "Mob violence"),
    ("A man suspected of theft was beaten up, shot and killed by residents of the neighbourhood.", "Mob violence"),
    ("Supporters of the two candidates threw stones at each other in Marsabit.", "Mob violence"),
    ("Youths stormed the home of the independent candidate after they heard a rumour.", "Mob violence"),
    ("A police patrol was ambushed by suspected members of the MPCP; seven officers were killed.", "Armed clash"),
    # residents who kill, and a party's members in a report of elections, fight as a mob
    ("Compound residents killed an Ethiopian civilian and injured 9 people during an attack in one of the houses.",
     "Mob violence"),
    ("A man was killed, and 3 others were injured by members of the CHADEMA. The attack followed the ward council "
     "nominations.", "Mob violence"),
    ("CCM officials opened fire and killed 2 people at a campaign rally.", "Attack"),  # with guns, not a mob
    ("A group of people attacked a doctor at the General hospital in Badulla town.", "Mob violence"),
    ("Five unidentified men assaulted a civilian due to a land dispute.", "Mob violence"),
    # who "came under attack by" someone was attacked; a planned attack by people in cars is no mob's
    ("A group of UNP supporters came under attack by an unidentified armed group while they were on a campaign.",
     "Attack"),
    ("JVP supporters came under attack by an unidentified group of persons who arrived in cars in a planned attack.",
     "Attack"),
    ("A member of the Red Cross was beaten by Imbonerakure.", "Attack"),  # a militia by its own name
    # a party's members fighting with stones and machetes are a crowd, whatever their acronym
    ("Members of the UNITA were attacked with stones, machetes and knifes by MPLA members in Vacaria.", "Mob violence"),
    # a petrol bomb thrown at an office by a group is a mob's, not a demonstration's
    ("An unidentified group hurled a petrol bomb at the Kathmandu-based office of GMR.", "Mob violence"),
])
def test_unarmed_people_who_beat_someone_are_a_mob(nlp, text, sub):
    event = first(nlp, text)
    assert event.sub_event_type == sub
    if sub == "Mob violence":
        assert event.actor1 is not None and event.actor1.inter == 5


@pytest.mark.parametrize("text, kinds", [
    # What a crowd demands and what the man it accuses had done are not events of this report.
    ("Residents stormed a hospital to demand the arrest of a police officer who had allegedly raped a girl.",
     ["Riots"]),
    ("Students protested against the killing of their classmate by unknown assailants.", ["Protests"]),
    # a strike on the vicinity of a village names where, not whom
    ("Regime forces shelled the vicinity of Bara village with artillery.", ["Explosions/Remote violence"]),
])
def test_demands_and_grievances_are_not_events(nlp, text, kinds):
    found = mentions(nlp, text)
    assert [m.event_type for m in found] == kinds
    assert all(m.actor2 is None or m.actor2.inter != 7 for m in found if m.event_type.startswith("Explosions"))


@pytest.mark.parametrize("text, event_type, sub", [
    ("Presumed ISGS militants seized a hundred heads of cattle in Garey.", "Strategic developments", "Looting/property destruction"),
    ("Suspected members of the NPA burned a backhoe owned by a construction firm.", "Strategic developments",
     "Looting/property destruction"),
    ("Al Shabaab militants destroyed an electricity pylon near Gamba.", "Strategic developments", "Looting/property destruction"),
    ("Suspected LRA forces held 3 women captive overnight near Bahr.", "Violence against civilians", "Abduction/forced disappearance"),
    ("The KIA forcibly recruited six young adults for military training.", "Violence against civilians",
     "Abduction/forced disappearance"),
    ("Security operatives clashed with kidnappers on the road; six kidnapped victims were rescued.", "Battles", "Armed clash"),
    ("Army forces repelled an infiltration attempt by QSD members who crossed the river.", "Battles", "Armed clash"),
    ("Brief exchange of fire between Ethiopian and Eritrean forces", "Battles", "Armed clash"),
    ("Ethiopian military exchanges fire with Eritrean forces", "Battles", "Armed clash"),
    # the toll names an armed side: a member of a named group, an officer by rank
    ("ISIL members attacked an Asayish checkpoint with machine guns, killing one Asayish member.", "Battles", "Armed clash"),
    ("A group of unknown gunmen killed a colonel in Nyala while trying to seize his vehicle.", "Battles", "Armed clash"),
    ("A member of the NPA was killed during an attack on police officers at Barangay Tuaca.", "Battles", "Armed clash"),
    ("Activists from the MPR and PNDS parties clashed with fire arms in the commune of Azeye.", "Battles", "Armed clash"),
    ("IS militants fired straight at a security checkpoint, leaving 2 fighters killed.", "Battles", "Armed clash"),
    ("Iraqi forces conducted a military operation in the desert area killing 8 IS militants.", "Battles", "Armed clash"),
    ("A Kurdish resident of Tuz Khurmatu was injured by an unidentified gunman.", "Violence against civilians", "Attack"),
    ("Unknown gunmen assassinated the local mukhtar of Badush village.", "Violence against civilians", "Attack"),
    ("A large amount of medicine was seized by the militants near Mentao.", "Strategic developments",
     "Looting/property destruction"),
    ("Gunmen destroyed houses in Thika related to a land dispute.", "Strategic developments", "Looting/property destruction"),
])
def test_what_armed_groups_take_burn_hold_and_fight(nlp, text, event_type, sub):
    event = first(nlp, text, event_type)
    assert event.sub_event_type == sub
    if event_type == "Battles":  # fought by armed sides, never by protesters or rioters
        assert all(side is None or side.inter not in (5, 6, 7) for side in (event.actor1, event.actor2))


def test_a_police_raid_that_kills_is_the_polices_attack(nlp):
    raid = first(nlp, "A drug suspect was shot and killed during a police raid in Mandaue City.")
    assert raid.event_type == "Violence against civilians" and raid.actor1.inter == 1
    assert raid.actor2 is not None and raid.actor2.inter == 7


@pytest.mark.parametrize("text", [
    "ISWAP militants attacked the village of Barkaram, killing 2 civilians and kidnapping 2.",
    "A West Papuan student was arrested, beaten and tortured by police in Nabire regency.",
    "The Myanmar military detained two villagers. The men were slapped, hit and poked with a knife.",
])
def test_killings_beside_kidnappings_and_beatings_in_custody_are_attacks(nlp, text):
    assert (first(nlp, text, "Violence against civilians").sub_event_type, mentions(nlp, text)[0].event_type) == (
        "Attack", "Violence against civilians")


def test_a_known_group_the_parse_misses_is_still_the_actor(nlp):
    # spaCy reads "IS" as the verb; the group is still named before the act
    abduction = first(nlp, "On 11 May 2020, IS abducted a farmer from Khanaqin, Diyala province.")
    assert abduction.actor1 is not None and abduction.actor1.normalized.startswith("Islamic State")


def test_who_fired_is_read_before_the_verb_when_the_parse_loses_it(nlp):
    shelling = first(nlp, "On 19 January 2021, in Pei Khaw Khee village (Kyaukkyi Township, Taungoo District, Bago "
                          "Region), Myanmar military LIB 603 fired artillery shells and guns into the village.")
    assert shelling.actor1 is not None and shelling.actor1.normalized.startswith("Military Forces of Myanmar")


def test_the_codebook_fixes_sides_by_the_type(nlp):
    # Violence against civilians strikes civilians, whoever they were; a mine nobody claims is an
    # unidentified armed group's.
    beaten = first(nlp, "An off-duty soldier was stabbed to death by unidentified assailants in the market.")
    assert beaten.event_type == "Violence against civilians" and beaten.actor2.inter == 7
    mine = first(nlp, "A mine explosion was reported near Hkon Ngin village. Casualties unknown.")
    assert mine.sub_event_type == "Remote explosive/landmine/IED" and mine.actor1.normalized.startswith("Unidentified Armed Group")


@pytest.mark.parametrize("text, sides", [
    ("In Cite de Dieu, Ouest, the Base 5 Secondes Gang engaged in clashes with members of the Grand-Ravine Gang.",
     ("Base 5 Secondes Gang", "Grand-Ravine Gang")),
    ("Amhara regional special police engaged in short clashes with Sudanese forces in North Gonder zone.",
     ("Police Forces of", "Military Forces of Sudan")),
    # (the police's operation: ACLED codes the force first, as in 15 of 22 such rows of the team's ACLED sets)
    ("On 30 June 2023, drug traffickers exchanged fire with military police on the AM-010 highway during an operation.",
     ("Police Forces of", "Unidentified Gang")),
])
def test_who_engaged_in_clashes_and_with_whom(nlp, text, sides):
    clash = first(nlp, text)
    assert clash.event_type == "Battles"
    assert clash.actor1.normalized.startswith(sides[0]) and clash.actor2.normalized.startswith(sides[1])


def test_whoever_attacks_soldiers_unnamed_is_armed_not_a_rioter(nlp):
    attack = first(nlp, "The Abu Sayyaf attacked soldiers from the 3rd Scout Ranger Battalion in Basilan province.")
    assert attack.event_type == "Battles" and attack.actor1.inter in (2, 3)


def test_a_toll_told_after_two_events_counts_the_graver_one(nlp):
    from flashpoint.extractors.discourse import attach_quantities
    from flashpoint.extractors.quantities import extract_quantities

    text = ("Cartel gunmen battled army troops across the city on Thursday. Gunmen set vehicles ablaze and blocked "
            "streets. Security officials said 8 people were killed.")
    sdoc = nlp(text)
    bounds = sentences_of(sdoc)
    found = extract_event_mentions(sdoc, "d", bounds, [], [], lambda *a: None)
    kept = attach_quantities(found, extract_quantities(text, "d", bounds))
    battle = next(m for m in kept if m.event_type == "Battles")
    assert [q.low for q in battle.quantities if q.kind == "killed"] == [8]


def test_damage_done_during_the_fight_is_the_fights_and_so_is_its_later_toll(nlp):
    """"Villages were set ablaze during the clashes": the clash's own damage, no property destruction of its own;
    the toll told after a sentence of comment still counts the clash."""
    from flashpoint.extractors.discourse import attach_quantities
    from flashpoint.extractors.quantities import extract_quantities

    text = ("Herders clashed with farmers using arrows and machetes in the village of Tiko. The cause of the dispute "
            "was not reported. Huts were set ablaze during the clashes. Around twelve people were killed.")
    sdoc = nlp(text)
    bounds = sentences_of(sdoc)
    found = extract_event_mentions(sdoc, "d", bounds, [], [], lambda *a: None)
    assert [m.event_type for m in found] == ["Battles"]
    kept = attach_quantities(found, extract_quantities(text, "d", bounds))
    assert [q.low for q in kept[0].quantities if q.kind == "killed"] == [12]


def test_the_attack_told_again_is_not_a_second_event(nlp):
    text = ("ISWAP militants attacked a military base in the town. Troops repelled the attack after a prolonged "
            "gunfight, killing dozens of militants; 3 soldiers were killed.")
    types = [m.event_type for m in mentions(nlp, text)]
    assert "Violence against civilians" not in types and types.count("Battles") >= 1


def test_firearms_recovered_after_a_clash_do_not_make_it_a_shooting(nlp):
    """Weapons recovered are a seizure; the clash stays the event (not an attack on civilians)."""
    text = ("Soldiers clashed with around 15 NPA rebels in the hinterlands. Two NPA fighters were killed and five "
            "high-powered firearms were recovered, according to the military.")
    found = {(m.event_type, m.sub_event_type) for m in mentions(nlp, text)}
    assert ("Battles", "Armed clash") in found
    assert ("Violence against civilians", "Attack") not in found


def test_a_toll_told_without_were_has_no_killer_and_suspects_are_still_civilians(nlp):
    toll = mentions(nlp, "Fur farmers clashed with nomads near the village. Four people killed, several injured.")
    assert [m.event_type for m in toll] == ["Battles"]  # "Four people killed" is the clash's toll, not a second event
    [killing] = [m for m in mentions(nlp, "Soldiers killed two civilians suspected of complicity with militants.")
                 if m.event_type != "Strategic developments"]
    assert (killing.event_type, killing.actor2.inter) == ("Violence against civilians", 7)


def test_the_clash_told_again_is_the_same_event_with_its_toll(nlp):
    # "The clash resulted in the killing of 1 IRG soldier": no second event, and the soldier is a toll
    got = mentions(nlp, "On 21 November 2024, IRG forces clashed with Houthi forces in Kalabah area. "
                        "The clash resulted in the killing of 1 IRG soldier.")
    assert [(m.event_type, m.sub_event_type) for m in got] == [("Battles", "Armed clash")]
    assert got[0].actor1.inter == 1 and got[0].actor2.inter == 1  # Yemen's government and the Houthi forces


def test_an_assault_told_again_without_its_author_is_not_a_mob(nlp):
    got = mentions(nlp, "On 3 October 2024, Houthi forces assaulted 2 civilians in a court in Sanaa. The source claimed "
                        "that the 2 civilians were assaulted because of their opinions.")
    assert [(m.event_type, m.actor1.inter) for m in got] == [("Violence against civilians", 1)]


def test_police_who_torture_a_prisoner_attack_a_civilian(nlp):
    event = first(nlp, "STC police forces tortured 1 prisoner at Wadah Hall Prison in Aden to extract a confession.")
    assert (event.event_type, event.sub_event_type, event.actor1.inter) == ("Violence against civilians", "Attack", 1)


@pytest.mark.parametrize("text, inter1, inter2", [
    ("On 30 January 2020, armed clashes took place between FARDC and ADF in Mbau.", 1, 2),
    ("UPDF battles LRA", 1, 2),  # a headline, as ACLED's oldest notes are written
    # allies named together fight the group they clash with, not each other
    ("Nigerian military and police forces clashed with a Katsina communal militia at Lambo Village.", 1, 4),
    # a party's youth fighting each other are rioters on both sides
    ("On 16 October 2020, NRM and FDC youth clashed in Buwama after FDC supporters objected to a rally.", 5, 5),
    # the parser hung "fought" on "communities", leaving the sentence no verb: the youths fought
    ("On 3 May 2023, youths from two rival communities fought with machetes in the market, injuring 6.", 5, 5),
    # the side a place was won from, told as the fight that won it
    ("On 3 May 2023, JNIM militants seized control of the town after clashes with military forces.", 2, 1),
    # the armed opposition's positions are a rebel group's
    ("On 3 May 2023, regime forces shelled opposition positions in the mountains.", 1, 2),
    # an attack the forces repelled is fought, the repelled attacking
    ("Militants killed 15 livestock before being repelled by security forces.", 2, 1),
    # soldiers attacked are the army's; herders the army fires on, no fight told, are civilians
    ("On 3 May 2023, armed herdsmen attacked soldiers in the forest, killing 3.", 3, 1),
    ("On 26 August 2019, military forces allegedly opened fire on herdsmen after a soldier's dog was killed.", 1, 7),
    # two factions of one force fight each other
    ("On 28 April 2020, clashes erupted between two factions of pro-Houthi forces in the city, killing three civilians.", 1, 1),
    # who killed is who raided; whom the victim's family accuses
    ("Around 30 April 2020, the military forces reportedly killed 6 civilians during a raid on the town.", 1, 7),
    ("A suspected Al Shabaab returnee was killed in Watamu. The victim's family has accused the police of killing him.", 1, 7),
    ("FRUD forces attacked government soldiers at Margoita camp, leaving soldiers with injuries.", 2, 1),
    # the force a passive names, however far from the verb and whatever the suspicion
    ("On 4 March, a man was shot from the back by suspected security forces in Gimbi.", 1, 7),
    # one of a force firing on his own colleagues: the force against itself
    ("An Administration Police officer shot dead two of his colleagues in Baringo County.", 1, 1),
    # the doers "reports" tell of, and the subject of a headline's chain of verbs
    ("02 March. Reports of security forces and special police attacking and injuring people in the woreda.", 1, 7),
    ("07 March. Regional special police forces move into the town, engage in a battle with Oromo militia.", 1, 4),
    # the subject the parser left without a verb, after the note's date
    ("On December 12 2019, two unidentified attackers wearing Islamic clothing for women hacked to death a chief.", 3, 7),
    # the former Seleka factions are armed groups, not rioters facing the Anti-Balaka
    ("Clashes between Anti-Balaka and ex-Seleka in Bambari.", 3, 2),
])
def test_the_sides_of_a_fight(nlp, text, inter1, inter2):
    event = first(nlp, text)
    assert (event.actor1.inter, event.actor2.inter if event.actor2 else None) == (inter1, inter2)


def test_the_hand_a_note_says_is_usually_behind_such_attacks(nlp):
    """An unknown doer the note attributes ("Indigenous Militias are often responsible for similar attacks"): that
    militia, and the similar attacks are a kind, no event of their own."""
    found = mentions(nlp, "Unknown individuals set fire to a forestry company's machinery in Los Rios. The identity of "
                          "perpetrators is unknown but Indigenous Militias are often responsible for similar attacks.")
    assert [(m.event_type, m.actor1.inter) for m in found] == [("Strategic developments", 4)]


def test_rioters_face_the_police_the_report_names(nlp):
    event = first(nlp, "Supporters of the PRS threw objects and confronted police officers at the UNITA office.")
    assert (event.sub_event_type, event.actor2.inter) == ("Violent demonstration", 1)


def test_wildlife_rangers_are_state_forces(nlp):
    assert first(nlp, "UWA rangers shot two brothers near Tulwov village, killing one.").actor1.inter == 1


def test_a_state_named_as_the_attacker_is_its_armed_forces(nlp):
    event = first(nlp, "Eritrea attacks Ethiopian town of Zalambesa, capture the town after three days of fighting")
    assert event.actor1.normalized.startswith("Military Forces of Eritrea")
    assert first(nlp, "Ethiopia claims to repel Eritrean attacks").event_type == "Battles"


@pytest.mark.parametrize("text", [
    "Muslim worshippers took to the streets in Jima, demonstrating against the destruction of a mosque by angry mobs.",
    "Relatives of Swastika Limbu, a woman who was found dead under suspicious circumstances, staged protests in Nepalgunj.",
    "People protested in Shashamene against a string of stabbing attacks that killed seven people.",
    "Following the arrest of a party leader the day before, protesters gathered in front of the party's offices.",
])
def test_what_a_protest_denounces_is_not_violence_at_it(nlp, text):
    assert [(m.event_type, m.sub_event_type) for m in mentions(nlp, text)] == [("Protests", "Peaceful protest")]


def test_violence_of_the_protesters_themselves_is_still_told(nlp):
    assert "Riots" in {m.event_type for m in mentions(nlp, "Protesters demonstrated and threw stones at police.")}


def test_an_ambush_with_a_bomb_and_machine_guns_is_a_fight(nlp):
    event = first(nlp, "ISWAP militants ambushed a convoy escorted by Chadian soldiers with an IED and machine guns.")
    assert (event.event_type, event.sub_event_type, event.actor2.inter) == ("Battles", "Armed clash", 1)


@pytest.mark.parametrize("text", [
    "An unidentified group opened fire on the CEO of the SAITM campus in Malabe.",
    "A FACA soldier shot sporadically at a clinic at PK13 of Bangui.",
])
def test_a_target_named_with_an_acronym_is_still_a_civilian_one(nlp, text):
    event = first(nlp, text)
    assert (event.event_type, event.actor2.inter) == ("Violence against civilians", 7)


@pytest.mark.parametrize("text", [
    "Also, clashes erupted between both police and demonstrators, where police used sound bombs.",
    "Dozens of citizens demonstrated in front of the governorate building demanding better services. 1 police "
    "personnel was injured during the demonstration after the security forces dispersed the demonstrators.",
    "A group of demonstrators vandalised three dozen tempos at Sankharachayra gate for defying the banda.",
])
def test_a_demonstration_that_fights_or_wrecks_is_violent(nlp, text):
    got = [(m.event_type, m.sub_event_type) for m in mentions(nlp, text)]
    assert ("Riots", "Violent demonstration") in got and ("Protests", "Protest with intervention") not in got


@pytest.mark.parametrize("text, inter1, inter2", [
    ("Three militants were killed amidst clashes between Boko Haram faction of Shekau and ISWAP of Barnawi.", 2, 2),
    ("Clashes between government and opposition forces in Nhialdiu.", 1, 2),
])
def test_clashes_between_two_named_sides(nlp, text, inter1, inter2):
    event = first(nlp, text)
    assert (event.event_type, event.actor1.inter, event.actor2.inter) == ("Battles", inter1, inter2)


def test_militiamen_who_fight_each_other_clash(nlp):
    event = first(nlp, "Mayi Mayi Kabido militiamen clashed with each other after a disagreement in Masumo village.")
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")


def test_a_shooting_amid_fighting_is_the_shooting(nlp):
    # the fighting is the setting; without an act of its own the sentence tells of the fighting itself
    event = first(nlp, "Suspected Mamprusi gunmen shot dead three people at a junction in Bawku, amid renewed fighting "
                       "between Kusasi and Mamprusi groups over the chieftaincy.")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")


def test_groups_of_acleds_common_list_and_a_victims_alleged_side(nlp):
    assert first(nlp, "A member of the NPA was killed during an attack on police officers at Barangay Tuaca.").actor1.inter == 2
    # the group a victim was accused of belonging to did not shoot them
    shot = first(nlp, "A farmer - accused by the police of being an NPA militant - was shot dead in a police operation.")
    assert shot.actor1 is None or "NPA" not in shot.actor1.normalized


def test_forces_a_group_accuses_are_the_actor(nlp):
    event = first(nlp, "In Me Waing village, KNA accused Myanmar military of firing an artillery shell into the village.")
    assert event.actor1 is not None and event.actor1.normalized.startswith("Military Forces of Myanmar")


def test_soldiers_who_fire_on_protesters_use_excessive_force(nlp):
    got = mentions(nlp, "Students marched through the town to protest the stabbings. Soldiers allegedly fired on the protesters.")
    assert ("Protests", "Excessive force against protesters") in {(m.event_type, m.sub_event_type) for m in got}


def test_a_countrys_intervention_forces_are_its_state_forces(nlp):
    event = first(nlp, "Chadian intervention forces used tear gas and fired live ammunition to disperse the protest of the "
                       "Transformers party members in Ndjamena.")
    assert event.event_type == "Protests" and event.actor2 is not None and event.actor2.inter == 1


@pytest.mark.parametrize("text, sides", [
    # a headline the parser reads as a list of nouns
    ("Hutu and Tutsi militias clash.", ("Hutu Ethnic Militia (Unknown Country)", "Tutsi Ethnic Militia (Unknown Country)")),
    ("Borana ethnic militia and Gabra ethnic militia clash.",
     ("Borana Ethnic Militia (Unknown Country)", "Gabra Ethnic Militia (Unknown Country)")),
    # the people named inside each side, not whom they support nor the event word
    ("Fighting broke out between the pro-government Dogon ethnic group and pro-opposition Peul men. Twelve people died.",
     ("Dogon Ethnic Militia (Unknown Country)", "Peul Ethnic Militia (Unknown Country)")),
    ("Ethnic clashes broke out between the people of Koro Bara and Dinangourou. Four people were killed.",
     ("Koro Bara Ethnic Militia (Unknown Country)", "Dinangourou Ethnic Militia (Unknown Country)")),
    # two peoples' youth whose clash kills
    ("Dinka and Nuer youth clashed in the county over cattle. 7 people were killed.",
     ("Dinka Ethnic Militia (Unknown Country)", "Nuer Ethnic Militia (Unknown Country)")),
])
def test_armed_communities_named_as_sides_fight_a_battle(nlp, text, sides):
    clash = first(nlp, text)
    assert (clash.event_type, clash.actor1.normalized, clash.actor2.normalized) == ("Battles", *sides)


def test_a_toll_counted_on_both_sides_makes_the_victims_armed(nlp):
    attack = first(nlp, "Special police attacked herders near the wells on Monday. Some 14 people were killed on both sides.")
    assert (attack.event_type, attack.actor2.inter) == ("Battles", 4)
    one_sided = first(nlp, "Special police attacked herders near the wells on Monday. Some 14 people were killed.")
    assert (one_sided.event_type, one_sided.actor2.inter) == ("Violence against civilians", 7)


def test_the_opening_date_is_not_part_of_the_subject(nlp):
    clash = first(nlp, "Around 3 May 2021 (as reported), the Ambazonia Defence Forces (ADF) clashed with soldiers near Batibo, "
                       "killing two soldiers.")
    assert (clash.event_type, clash.actor1.normalized, clash.actor1.inter) == ("Battles", "Ambazonia Defence Forces", 2)


def test_attacks_perpetrated_by_a_group_are_that_groups(nlp):
    attack = first(nlp, "On 4 June 2021, attacks perpetrated by Islamist militants were registered in three villages.")
    assert (attack.actor1.inter, attack.actor2.inter) == (3, 7)
    struck = first(nlp, "An army truck struck an IED planted by militants near the bridge, killing 2 soldiers.")
    assert (struck.sub_event_type, struck.actor2.inter) == ("Remote explosive/landmine/IED", 1)


@pytest.mark.parametrize("text, sub", [
    ("Angry traders blocked the highway into the market town over new levies.", "Peaceful protest"),
    ("The relatives of the victim padlocked the police station, demanding an inquiry.", "Peaceful protest"),
    ("Police blocked teachers who marched against the pay cuts.", "Protest with intervention"),
    ("Youths lit bonfires and blocked the main road over the death of a motorcyclist.", "Violent demonstration"),
])
def test_people_who_block_or_padlock_over_a_grievance_protest(nlp, text, sub):
    assert first(nlp, text).sub_event_type == sub


@pytest.mark.parametrize("text", [
    "Soldiers blocked the road over security fears.",
    "Militants blocked the highway demanding payments from drivers.",
    "Heavy rains disrupted traffic over the weekend.",  # "over" a time is no grievance
])
def test_armed_men_who_block_a_road_are_not_protesters(nlp, text):
    assert all(m.event_type != "Protests" for m in mentions(nlp, text))


@pytest.mark.parametrize("text, sub", [
    ("Rebels took twelve soldiers hostage near the border.", "Abduction/forced disappearance"),
    ("The house of a councillor was petrol bombed by unknown attackers overnight.", "Attack"),
])
def test_hostage_taking_and_petrol_bombing_are_violence(nlp, text, sub):
    assert first(nlp, text).sub_event_type == sub


@pytest.mark.parametrize("text, sub, inter2", [
    # only a state arrests: an armed group detaining fighters fights them, one detaining civilians abducts them
    ("Al Shabaab militants detained three traders in the market.", "Abduction/forced disappearance", 7),
    ("A patrol of pro-Iran militias detained two soldiers at a checkpoint.", "Armed clash", 1),
    ("Police detained three ISIL members in a raid.", "Arrests", 2),
])
def test_who_detains_decides_arrest_abduction_or_fight(nlp, text, sub, inter2):
    event = first(nlp, text, None) if sub != "Arrests" else first(nlp, text, "Strategic developments")
    assert (event.sub_event_type, event.actor2.inter) == (sub, inter2)


def test_clashes_between_unidentified_armed_groups_are_a_battle(nlp):
    clash = first(nlp, "Clashes took place between two unidentified armed groups near the town.")
    assert (clash.event_type, clash.actor1.inter, clash.actor2.inter) == ("Battles", 3, 3)


@pytest.mark.parametrize("text, sub", [
    # demonstrators who fight the police make a violent demonstration, even where the police killed some of them
    ("Police clashed with rioters who were protesting the eviction plan; two officers and a resident were killed.",
     "Violent demonstration"),
    ("Police opened fire on students protesting peacefully over fees, killing two.", "Excessive force against protesters"),
])
def test_violent_demonstrators_and_peaceful_ones_met_with_force(nlp, text, sub):
    assert first(nlp, text).sub_event_type == sub


def test_bonfires_on_the_road_make_a_demonstration_violent(nlp):
    found = mentions(nlp, "A crowd demonstrated against the death of a trader by setting up bonfires on the main road.")
    assert "Violent demonstration" in {m.sub_event_type for m in found}


def test_a_demonstration_that_turns_violent_is_one_violent_demonstration(nlp):
    found = mentions(nlp, "About 200 pensioners blocked the avenue to the ministry over unpaid pensions. When they tried "
                          "to force the gate, police clashed with them and fired tear gas.")
    assert [(m.event_type, m.sub_event_type) for m in found] == [("Riots", "Violent demonstration")] * 2
    assert found[0].actor2.inter == 1  # the police they fought


@pytest.mark.parametrize("text, sides", [
    ("On 18 Jan 2016, between RCSS troops and TNLA forces a battle took place in a village of Hsipaw Township.",
     ("RCSS", "TNLA")),
    ("On 30 December 2020, Turkish warplanes carried out airstrikes targeting PKK forces in the Metina region.",
     ("Military Forces of Turkey (2003-)", "PKK: Kurdistan Workers Party")),
])
def test_sides_named_by_their_units_or_positions(nlp, text, sides):
    event = first(nlp, text)
    assert (event.actor1.normalized, event.actor2.normalized) == sides


@pytest.mark.parametrize("text, militia", [
    ("Members from the Songhai community killed three herders near the wells.", "Songhai Ethnic Militia (Unknown Country)"),
    ("Bozo fishermen's neighbours, Dogon farmers, attacked the hamlet and killed four people.",
     "Dogon Ethnic Militia (Unknown Country)"),
])
def test_a_people_whose_members_kill_is_its_militia(nlp, text, militia):
    attack = first(nlp, text)
    assert (attack.actor1.normalized, attack.actor1.inter, attack.actor2.inter) == (militia, 4, 7)


def test_a_communitys_members_killed_are_civilians(nlp):
    attack = first(nlp, "Gunmen killed three members of the Songhai community near the wells.")
    assert attack.actor2.inter == 7


@pytest.mark.parametrize("text", [
    "Rebel commanders denied claims that they abducted 12 aid workers near the river.",
    "The militia denied responsibility for the bombing of the market.",
    "The army denied killing civilians in the village.",
])
def test_what_a_party_denies_doing_is_not_an_event(nlp, text):
    assert mentions(nlp, text) == []


def test_a_headline_that_takes_territory_over(nlp):
    event = first(nlp, "Government troops attack rebel districts, take them over from the Somali National Front")
    assert (event.event_type, event.sub_event_type) == ("Battles", "Government regains territory")


def test_party_supporters_who_assault_a_rival_are_a_mob(nlp):
    """The agent of the last conjunct ("assaulted and injured by ...") is the agent of both."""
    event = first(nlp, "During poll-related violence, a member of the UNP was assaulted and injured by SLFP supporters in "
                       "the town.")
    assert (event.sub_event_type, event.actor1.inter, event.actor2.inter) == ("Mob violence", 5, 7)


def test_a_crowd_gathered_to_burn_tires_is_the_riot(nlp):
    found = mentions(nlp, "Party cadres have gathered at major crossings of the city burning tires.")
    assert [m.sub_event_type for m in found] == ["Violent demonstration"]


@pytest.mark.parametrize("text", [
    "Foreign mercenaries who backed the coup killed a soldier near the barracks.",
    "A lieutenant was killed in gunfire from across the river while stationed at his post.",
])
def test_soldiers_on_duty_killed_by_an_unknown_hand_fought_a_battle(nlp, text):
    event = first(nlp, text)
    assert (event.event_type, event.actor1.inter, event.actor2.inter) == ("Battles", 3, 1)


def test_an_off_duty_soldier_killed_is_a_civilian(nlp):
    event = first(nlp, "An off-duty soldier was shot dead by unknown men at the market.")
    assert (event.event_type, event.actor2.inter) == ("Violence against civilians", 7)


def test_a_militia_abducting_villagers_abducts(nlp):
    event = first(nlp, "A communal militia attacked the village, abducting nine residents.")
    assert event.sub_event_type == "Abduction/forced disappearance"


def test_a_crowd_that_fights_the_police_for_its_demands_is_a_violent_demonstration(nlp):
    event = first(nlp, "Over 50 former workers of a mining company clashed with the police. The group tried to enter the "
                       "company's building to demand their delayed salaries.")
    assert (event.sub_event_type, event.actor1.inter, event.actor2.inter) == ("Violent demonstration", 5, 1)


@pytest.mark.parametrize("text, sides", [
    ("Turkana attack KDF", (3, 1)),  # a headline's verb read as a noun between two names
    ("KDF pursue Pokot warriors, clash following a raid on a village", (1, 4)),  # whom the chain's first verb went after
])
def test_headline_sides(nlp, text, sides):
    event = first(nlp, text)
    assert (event.event_type, event.actor1.inter, event.actor2.inter) == ("Battles", *sides)


def test_a_report_that_only_reports_hearing_of_an_event_gives_it_hedged(nlp):
    """"Report of armed clashes ...": all the note tells, so it is the event, marked hedged; beside an
    event the text tells itself, what it only heard of stays out."""
    [only] = mentions(nlp, "Report of armed clashes between unknown groups in Terekaka town in December.")
    assert (only.event_type, only.hedged) == ("Battles", True)
    told = mentions(nlp, "Gunmen shot dead two traders in the market. There were reports of clashes in the hills.")
    assert [m.event_type for m in told] == ["Violence against civilians"] and not told[0].hedged


def test_the_acronym_is_is_read_as_the_group_not_the_verb(nlp):
    """"IS militants set on fire the farmers' crops": the model parsed "IS" as the verb "is", and the
    militants as its attribute, so the group was lost as the doer."""
    event = first(nlp, "On 12 May 2020, IS militants set on fire the farmers crops in Umm al Hintah village.",
                  "Strategic developments")
    assert event.actor1 is not None and event.actor1.normalized.startswith("Islamic State")
    armed = first(nlp, "On Mar 03, IS militants targeted 2 police personnel killing them with gunfire in Tall Bayad.")
    assert (armed.sub_event_type, armed.actor1.inter, armed.actor2.inter) == ("Armed clash", 2, 1)


def test_a_coded_notes_label_is_no_actor(nlp):
    """"Weapons seizure: ... Ukrainian Security Service forces seized a cache": the forces seized it, not
    "Weapons", the first word of the note's label."""
    m = first(nlp, "Weapons seizure: On 20 September 2023, Ukrainian Security Service forces seized a large cache of "
                   "weapons in an abandoned building.", "Strategic developments")
    assert m.actor1 is not None and m.actor1.normalized.startswith("Police Forces of") and m.actor1.inter == 1


def test_a_weapons_nationality_is_whose_strike_it_was(nlp):
    """"Israeli naval struck the coastal area": Israel's military, not an unidentified group; "a Russian drone
    was shot down ... Debris of the drone hit buildings": Russia's strike, named where the drone first was. A
    capitalised word before "rockets" ("Not all rockets hit") names no one."""
    m = first(nlp, "On 8 October 2023, Israeli naval struck the coastal area along the west of Gaza City. Casualties "
                   "unknown.")
    assert m.actor1 is not None and m.actor1.normalized.startswith("Military Forces of Israel")
    m = first(nlp, "On 14 September 2023, a Russian drone was shot down by the Ukrainian military in Pershotravensk. "
                   "Debris of the drone hit residential buildings.", "Explosions/Remote violence")
    assert m.actor1 is not None and m.actor1.normalized.startswith("Military Forces of Russia")
    m = first(nlp, "Hamas militants fired several barrages of rockets from Gaza toward southern Israel. Not all rockets "
                   "hit populated areas.", "Explosions/Remote violence")
    assert m.actor1 is not None and m.actor1.normalized.startswith("Hamas")


def test_burning_and_killing_people_is_an_attack(nlp):
    """"set fire to, and killed, resident men": the killing is the event, not only property destroyed, whoever
    the perpetrators turn out to be."""
    m = first(nlp, "On 15 December 2024, Al Baraa Ibn Malik set fire to, and killed, an unspecified number of "
                   "resident men in Al Samrab, accusing them of collaborating with RSF.")
    assert (m.event_type, m.sub_event_type) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text, sides", [
    ("On 2 November 2019, clashes took place between opposition factions under Operation Peace Spring and QSD "
     "near Nweihat village in al-Hasakeh. Neither fatalities nor injuries were reported.", (2, 2)),
    # the regime's side first, its allies with it (ACLED: Military Forces of Syria against an Islamist militia)
    ("On 1 November 2019, clashes took place between regime and pro-regime forces and Islamist factions in Tahtaya "
     "area in Idleb with neither fatalities nor injuries reported.", (1, 3)),
    ("On 22 February 2020, clashes erupted between pro-Hadi and affiliated forces and pro-Houthi forces in Al Ghayl "
     "district (Al Jawf). No fatalities nor injuries reported.", (1, 1)),  # both sides state forces to ACLED
    ("On 25 January 2021, two unknown groups clashed at an unspecified location near Lankien town (Nyirol county, "
     "Jonglei state), wounding an NGO staff member caught in the crossfire.", (3, None)),
])
def test_clashes_between_forces_named_by_their_side_are_battles(nlp, text, sides):
    """Factions, regime forces, forces named for the side they fight for and unknown groups are organised
    and armed: their clashes are battles, not a riot between two crowds."""
    event = first(nlp, text)
    inter2 = event.actor2.inter if event.actor2 is not None else None
    assert (event.event_type, event.sub_event_type, event.actor1.inter, inter2) == ("Battles", "Armed clash", *sides)


@pytest.mark.parametrize("text, sub, inter1", [
    ("On 31 July 2020, two unknown attackers fired upon a civilian travelling along the road near Makpandu.",
     "Attack", 3),
    ("On 4 November 2019, in Santiago, police ran a patrol car over a civilian. The victim was taken to hospital.",
     "Attack", 1),
    ("On 23 October 2019, in Concepcion, a journalist was injured when mounted police charged against her with "
     "their horses.", "Attack", 1),
    ("On 6 November 2019, in Talca, police forces forced a group of three men to stay naked while under custody in "
     "the police station.", "Sexual violence", 1),
])
def test_violence_against_civilians_told_in_other_words(nlp, text, sub, inter1):
    """Firing upon someone, running a car or a horse over them and forced nudity in custody (sexual violence in
    ACLED's codebook) are violence against civilians, though no "attack" or "killed" is written."""
    event = first(nlp, text)
    assert (event.event_type, event.sub_event_type, event.actor1.inter) == ("Violence against civilians", sub, inter1)


def test_a_victims_past_protest_is_not_the_setting_of_the_violence(nlp):
    """Police who beat to death a man who "had recently participated in a protest" attacked a civilian: the
    protest is his past, not a demonstration they intervened in."""
    event = first(nlp, "On 20 October 2019, in Maipu, a group of police officers beat to death a civilian that had "
                       "recently participated in a protest near this area.")
    assert (event.event_type, event.actor1.inter, event.actor2.inter) == ("Violence against civilians", 1, 7)


@pytest.mark.parametrize("text", [
    "On 29 March 2020, in Melipilla, a group of citizens demonstrated against the government. The group built "
    "barricades and set them on fire across the freeway.",
    "On 18 October 2019, in Maipu, students demonstrated over a rise in the metro fare. Rioters destroyed metro "
    "stations. Police reported 308 people arrested.",
])
def test_a_demonstration_whose_crowd_then_destroys_is_a_violent_demonstration(nlp, text):
    """When the crowd of a demonstration told just before burns barricades or destroys stations, the
    demonstration turned violent: one violent demonstration by rioters, not a peaceful protest beside a
    separate act of property destruction."""
    kinds = {(m.event_type, m.sub_event_type) for m in mentions(nlp, text)}
    assert ("Riots", "Violent demonstration") in kinds and ("Protests", "Peaceful protest") not in kinds


def test_damage_by_others_after_a_demonstration_stays_their_own(nlp):
    """Unknown gunmen who burn a church after a march are not the march's crowd: the march stays peaceful."""
    kinds = [(m.event_type, m.sub_event_type) for m in mentions(nlp, "Protesters marched through Nairobi on Monday. "
                                                                     "Unknown gunmen set fire to a church in the evening.")]
    assert ("Protests", "Peaceful protest") in kinds and ("Riots", "Violent demonstration") not in kinds


@pytest.mark.parametrize("text", [
    "On 20 November 2019, in Osorno, Police Forces of Chile clashed against a small group of rioters.",
    "On 20 November 2019, in Osorno, police clashed with rioters.",
    "On 20 November 2019, in Osorno, rioters clashed with police.",
])
def test_police_and_rioters_fighting_is_the_rioters_riot(nlp, text):
    """Whoever the sentence names first, a street fight between police and rioters is the rioters' violent
    demonstration (rioters as actor 1), not an armed clash: police forces are no army in a street fight."""
    event = first(nlp, text)
    assert (event.event_type, event.actor1.inter, event.actor2.inter) == ("Riots", 5, 1)


def test_what_victims_were_doing_and_what_a_protest_remembers_are_background(nlp):
    """"a civilian arrested during a demonstration" beaten in custody is an attack on a civilian; citizens who
    gather "recalling the death of" a man killed by soldiers, demanding justice, hold a protest."""
    event = first(nlp, "On 19 October 2019, in Quilpue, police beat up and tortured a civilian arrested during a "
                       "demonstration in the district.")
    assert (event.event_type, event.actor1.inter) == ("Violence against civilians", 1)
    event = first(nlp, "On 20 November 2019, in La Serena, a group of citizens gathered recalling the death of a man "
                       "killed by soldiers during the unrest. The group demands justice for the case.")
    assert (event.event_type, event.sub_event_type) == ("Protests", "Peaceful protest")
    event = first(nlp, "On 21 October 2019, in Tome, a police officer beat a minor with a truncheon after he was "
                       "arrested near a protest in which he was uninvolved.")
    assert (event.event_type, event.actor1.inter) == ("Violence against civilians", 1)


def test_the_doer_the_parser_hung_elsewhere(nlp):
    """"..., Metropolitan region, a group of police officers attacked a journalist": the parser made the group
    an apposition of the region; "soldiers were reported to have beaten civilians": the soldiers are the
    subject of "reported". Both are who acted; "10 people were reported killed" stays the victims."""
    event = first(nlp, "On 25 November 2019, in Santiago, Metropolitan region, a group of between 6 to 10 police "
                       "officers attacked a journalist.")
    assert event.actor1 is not None and event.actor1.inter == 1
    event = first(nlp, "Around 31 July 2020 (end of month), SSPDF soldiers were reported to have beaten several "
                       "civilians in the Agoro area of Magwi county.")
    assert event.actor1 is not None and event.actor1.name == "SSPDF soldiers" and event.actor1.inter == 1
    # ("At least 10 people were reported killed", whose victims stay victims: tests/test_extract_api.py)


def test_rival_governments_forces_fight_battles(nlp):
    """The GNA's forces against the LNA's positions are two armed sides of one state, which ACLED tells apart
    by the government each serves: an armed clash, not an attack on civilians."""
    event = first(nlp, "On 26 February 2020, GNA forces targeted LNA positions near the Al-Tekbali camp. Several LNA "
                       "fighters were reportedly wounded.")
    assert (event.event_type, event.actor1.normalized, event.actor2.normalized) == (
        "Battles", "Military Forces of Libya Government of National Accord", "Military Forces of Libya Haftar Faction")
    event = first(nlp, "On 2 November 2019, an Islamist sniper killed a regime fighter on Hakora front in Hama.")
    assert (event.event_type, event.actor1.inter, event.actor2.inter) == ("Battles", 3, 1)


def test_a_single_unknown_man_is_the_doer_only_when_he_acts(nlp):
    """"raped by an unidentified man": an unidentified armed group to ACLED; "an unidentified man was shot dead
    by police": the victim, a civilian; "a tribal fight between two clans" is a fight, of two clan militias."""
    event = first(nlp, "On 3 March 2023, a woman was raped by an unidentified man in Kathmandu.")
    assert (event.sub_event_type, event.actor1.inter, event.actor2.inter) == ("Sexual violence", 3, 7)
    event = first(nlp, "On 3 March 2023, an unidentified man was shot dead by police in Kathmandu.")
    assert (event.event_type, event.actor1.inter, event.actor2.inter) == ("Violence against civilians", 1, 7)
    event = first(nlp, "On 3 March 2023, in Port Moresby, a tribal fight between two clans left 3 dead.")
    assert (event.event_type, event.actor1.inter, event.actor2.inter) == ("Battles", 4, 4)


def test_a_new_base_is_a_base_established(nlp):
    """"established a new base in the Sambisa forest" is ACLED's headquarters or base established; a camp
    opened for displaced people is no armed group's base."""
    [event] = mentions(nlp, "On 3 March 2023, ISWAP established a new base in the Sambisa forest.")
    assert event.sub_event_type == "Headquarters or base established"
    assert not mentions(nlp, "On 3 March 2023, the UN opened a new camp for displaced people in Bentiu.")


@pytest.mark.parametrize("text, inter2", [
    ("Troops killed 12 Boko Haram fighters in an ambush near Gwoza.", 2),
    ("Indian security forces killed three militants in a gunfight in Pulwama district, police said.", 2),
])
def test_a_killing_told_inside_an_ambush_or_gunfight_says_who_fought_whom(nlp, text, inter2):
    """The killing is the toll of the ambush or gunfight, not a second event, but it names the sides: the
    troops ambushed Boko Haram, not Boko Haram civilians."""
    event = first(nlp, text)
    assert (event.event_type, event.actor1.inter, event.actor2.inter) == ("Battles", 1, inter2)


def test_clashes_between_rival_militias_named_by_people(nlp):
    """"Clashes between rival Fulani and Bambara militias": one side each, the noun naming both."""
    event = first(nlp, "Clashes between rival Fulani and Bambara militias in central Mali's Mopti region left 15 dead "
                       "over the weekend, officials said.")
    assert (event.event_type, event.actor1.identity, event.actor2.identity) == ("Battles", "Fulani", "Bambara")


@pytest.mark.parametrize("text, event_type", [
    # one of a gang shot by armed men: a fight between armed men, not an attack on a civilian
    ("On 14 June 2023, a man was shot and killed by two armed individuals. The victim had a police record for robbery "
     "and drug trafficking.", "Battles"),
    ("On 22 June 2023, a drug trafficker was killed in a drive-by shooting by two men on a motorcycle.", "Battles"),
    # ... but a gang leader found killed, no fight told, was attacked
    ("A suspected crime gang leader was killed in uncertain circumstances and his body dumped in Maungu.",
     "Violence against civilians"),
])
def test_a_gang_member_shot_is_the_other_side_of_a_fight(nlp, text, event_type):
    assert first(nlp, text).event_type == event_type


def test_a_device_a_fighter_carried_is_no_explosion(nlp):
    """"the police killed a militant equipped with an IED": a fight, the device only what he carried; a bomber
    wearing a vest who blew himself up did explode it."""
    event = first(nlp, "On 22 February 2020, the police killed a presumed JNIM militant equipped with an IED in Solhan.")
    assert (event.event_type, event.actor2.inter) == ("Battles", 2)
    bomb = first(nlp, "A suicide bomber wearing an explosive vest blew himself up at the market, killing 5.")
    assert bomb.event_type == "Explosions/Remote violence"


def test_a_protestant_church_is_no_protest(nlp):
    event = first(nlp, "Militants attacked the village, killed 24 civilians and set a protestant church ablaze.")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")


def test_a_mob_that_attacks_a_protest_is_a_protest_others_broke_up(nlp):
    """"Supporters of the ruling party attacked an opposition rally": the rally's people are protesters whose
    protest a mob broke up (ACLED: protest with intervention, protesters first), not rioters of their own
    demonstration; crowds that "clashed at a rally" fought each other there."""
    event = first(nlp, "Supporters of the ruling party attacked an opposition rally in Harare with stones, injuring 10.")
    assert (event.sub_event_type, event.actor1.inter, event.actor2.inter) == ("Protest with intervention", 6, 5)
    event = first(nlp, "On 6 June 2023, members of the party's youth wing assaulted and injured 20 students on campus, "
                       "when the students were staging a protest demanding the eviction of outsiders.")
    assert (event.sub_event_type, event.actor1.inter, event.actor2.inter) == ("Protest with intervention", 6, 5)
    event = first(nlp, "On 10 May 2022, a group of armed men shot dead two anti-government protesters at the protest site.")
    assert (event.sub_event_type, event.actor1.inter) == ("Excessive force against protesters", 6)
    event = first(nlp, "The supporters of two rival candidates clashed at a rally in Migori. Youth hurled stones at "
                       "each other.")
    assert event.event_type == "Riots" and event.actor2 is not None and event.actor2.inter == 5


def test_a_drone_attack_is_a_drone_strike(nlp):
    """"launched a drone attack on an oil facility": remote violence by air, not an attack on civilians."""
    event = first(nlp, "On 4 March 2023, Houthi forces launched a drone attack on a Saudi oil facility in Jizan.")
    assert (event.event_type, event.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")


@pytest.mark.parametrize("text, event_type, sub", [
    # control gained over a place, whatever the verb, is territory taken
    ("Rebel fighters gained full control over the town of Kalehe after heavy fighting with the army.", "Battles",
     "Non-state actor overtakes territory"),
    # a drone or aircraft brought down is a weapon's use disrupted
    ("The LNA said it had downed two Turkish drones over Misrata.", "Strategic developments", "Disrupted weapons use"),
    ("Customs officers seized 200 kilograms of explosive material at the port of Mombasa.", "Strategic developments",
     "Disrupted weapons use"),
    # forces that dig in or are reinforced change their activity, whoever they are
    ("Rebel positions near the airport in Goma were reinforced and trenches were dug along the road.",
     "Strategic developments", "Change to group/activity"),
    # sabotage is planned destruction of property, not a mob's
    ("Unknown individuals sabotaged a water pipeline near Hama.", "Strategic developments", "Looting/property destruction"),
    # violence the text lays on the demonstrators, and rioters who act, make a violent demonstration or a riot
    ("Hundreds marched in Lima against the congress. There was violence by demonstrators near the plaza.", "Riots",
     "Violent demonstration"),
    ("Rioters set fireworks inside a police station in Valparaiso.", "Riots", "Mob violence"),
    # weapons fired at something, however many words name them
    ("Gunmen fired several rounds of automatic rifles at a passenger bus near Garissa.", "Violence against civilians",
     "Attack"),
])
def test_codebook_kinds_told_in_other_words(nlp, text, event_type, sub):
    event = first(nlp, text, event_type)
    assert (event.event_type, event.sub_event_type) == (event_type, sub)
    if "reinforced" in text:  # the forces reinforced are the actor, not the army by default
        assert event.actor1.inter == 2 and event.actor2 is None
    if "sabotaged" in text:
        assert event.actor1.inter == 3


def test_armed_men_who_fire_at_each_other_fight(nlp):
    """"Police officers fired at each other": one force on both sides of an armed clash, not an attack on civilians."""
    event = first(nlp, "Police officers fired at each other at a checkpoint in Goma after a dispute over bribes.")
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert event.actor1.normalized == event.actor2.normalized and event.actor1.inter == 1
    crowd = first(nlp, "Supporters of the two parties threw stones at each other in Kisumu.")
    assert (crowd.event_type, crowd.sub_event_type) == ("Riots", "Mob violence")


def test_a_crowd_and_the_police_named_together_are_the_two_sides(nlp):
    event = first(nlp, "Protesters and police clashed outside the parliament in Nairobi.")
    assert (event.event_type, event.sub_event_type) == ("Riots", "Violent demonstration")
    assert (event.actor1.inter, event.actor2.inter) == (5, 1)


def test_days_of_fighting_after_the_attack_are_its_toll_not_a_second_event(nlp):
    """The fight told first is the event; "killed in three days of fighting" after it is its toll. Told alone, the
    fighting is the event itself."""
    told = [m for m in mentions(nlp, "Militiamen attacked an army post in Kumbo. At least 30 were killed in three "
                                     "days of fighting.") if m.event_type != "Strategic developments"]
    assert [m.event_type for m in told] == ["Battles"]
    alone = first(nlp, "At least 20 people were killed in two days of fighting between the army and rebels in Kidal.")
    assert (alone.event_type, alone.actor1.inter, alone.actor2.inter) == ("Battles", 1, 2)


def test_herders_sections_that_clash_and_kill_are_militias(nlp):
    event = first(nlp, "Youth from two sub-clans of the Lou Nuer clashed at a cattle camp in Akobo, killing 9.")
    assert (event.event_type, event.actor1.inter, event.actor2.inter) == ("Battles", 4, 4)


def test_sides_of_between_with_allies_are_split_where_both_are_armed(nlp):
    event = first(nlp, "On 22 February 2020, clashes erupted between government and allied forces and Houthi forces "
                       "on the frontline near Marib.")
    assert event.event_type == "Battles" and event.actor1.normalized != event.actor2.normalized


@pytest.mark.parametrize("text, inters", [
    ("Soldiers repulsed an Al Shabaab attack on their base.", (1, 2)),
    ("Police thwarted an attack by bandits on the village.", (1, 3)),
    ("Syrian army forces repelled an infiltration attempt conducted by QSD near the village.", (1, 2)),
    ("The army repelled an attack on its positions, killing 20 assailants.", (1, 3)),
])
def test_forces_who_repel_an_attack_fight_the_attackers(nlp, text, inters):
    """Repelling an attack is a battle with whoever attacked, named before "attack" or after "by"; a report that
    names no attacker still has two sides (ACLED's unidentified armed group)."""
    event = first(nlp, text)
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert (event.actor1.inter, event.actor2.inter) == inters


@pytest.mark.parametrize("text", [
    "Militants opened fire on a vehicle of the Ministry of Health, wounding two people.",
    "Gunmen attacked APC members at a campaign rally ahead of the governorship election, injuring three.",
    "A retired army colonel was shot dead by unknown gunmen outside his home.",
])
def test_unarmed_officials_party_members_and_retired_officers_are_civilians(nlp, text):
    """A ministry's staff, a party's members and a retired colonel carry no arms for anyone: violence against
    them is violence against civilians, not a battle with the government, the party or the army."""
    event = first(nlp, text)
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.actor2.inter == 7


def test_armed_men_who_leave_a_place_without_a_fight_hand_it_over(nlp):
    """ACLED's non-violent transfer of territory: forces that withdraw without fighting. A party leaving talks holds
    no ground, and a retreat told with the fight is the fight's."""
    event = first(nlp, "On 8 May 2023, Russian forces withdrew from the village of Robotyne without fighting.",
                  "Strategic developments")
    assert event.sub_event_type == "Non-violent transfer of territory"
    assert event.actor1.normalized.startswith("Military Forces of Russia") and event.actor2 is None
    assert not [m for m in mentions(nlp, "The opposition party withdrew from the talks in Nairobi.")
                if m.sub_event_type == "Non-violent transfer of territory"]
    assert not [m for m in mentions(nlp, "Rebels retreated from Kitshanga after clashes with the army.")
                if m.sub_event_type == "Non-violent transfer of territory"]


def test_a_bomb_defused_is_no_explosion(nlp):
    """"Police defused an IED": disrupted weapons use alone; a device that went off beside it is still its own event."""
    told = mentions(nlp, "On 8 May 2023, police defused an IED planted along the Mogadishu-Afgoye road.")
    assert [(m.event_type, m.sub_event_type) for m in told] == [("Strategic developments", "Disrupted weapons use")]
    both = mentions(nlp, "An IED exploded near a police vehicle in Kismayo, injuring 2 officers; a second device was "
                         "defused.")
    assert "Explosions/Remote violence" in [m.event_type for m in both]


def test_activists_attacked_when_not_protesting_are_civilians(nlp):
    event = first(nlp, "On 8 May 2023, ZANU-PF supporters assaulted 3 CCC activists in Harare.")
    assert event.actor2.inter == 7


def test_damage_told_after_an_attack_by_no_one_else_is_the_attacks(nlp):
    """"Fulani herders killed 12 farmers. Houses were burnt.": one attack (ACLED folds its damage in); damage done
    by someone named is an event of its own."""
    told = mentions(nlp, "On 8 May 2023, Fulani herders killed 12 farmers in Mangu. Houses were burnt.")
    assert [m.event_type for m in told] == ["Violence against civilians"]
    named = mentions(nlp, "On 8 May 2023, gunmen attacked Kuru village. Several shops were looted by soldiers the next "
                          "day.")
    assert "Strategic developments" in [m.event_type for m in named]
    # the attackers already told, named again by their noun ("by the militants"), are no one new
    again = mentions(nlp, "On 28 December 2019, JNIM militants attacked the police station in Komabangou. One "
                          "policeman was killed, and a civilian vehicle was set ablaze by the militants.")
    assert {m.event_type for m in again} == {"Battles"}  # (the toll's sentence is fused with the attack later)


@pytest.mark.parametrize("text, inters", [
    # an IED planted by a named group: the group is its author, the convoy that struck it the target
    ("On 5 March 2024, a military convoy hit an IED planted by ISSP militants near Tillia. Four soldiers were killed.",
     (2, 1)),
    # two peoples' armed men, named with one noun, fight each other
    ("On 4 April 2024, Meitei and Kuki armed groups exchanged fire in Bishnupur district. One person was killed.", (4, 4)),
    ("On 18 March 2024, armed youth from Twic county clashed with Dinka youth in Tonj, killing 13 people.", (4, 4)),
    # a state's forces and the militia or mercenaries beside them are one side against the enemy
    ("On 24 June 2024, the Burkinabe army and VDP repelled an attack by JNIM militants on the detachment of Mansila.",
     (1, 2)),
    ("On 29 June 2024, FACA and Wagner forces clashed with CPC rebels near Bossangoa.", (1, 2)),
    ("On 29 June 2024, FACA soldiers and Wagner mercenaries clashed with CPC rebels near Bossangoa.", (1, 2)),
    # the members of an armed group a strike kills are that group; a nation's people it kills are civilians
    ("On 24 May 2024, an Israeli drone strike targeted a car in Naqoura, killing two Hezbollah members.", (1, 3)),
    ("On 25 May 2024, Israeli airstrikes hit a displacement camp in Rafah, killing 45 Palestinians.", (1, 7)),
    # ... and so are a demobilised fighter and suspected thieves a mob lynches
    ("On 16 May 2024, FARC dissidents killed a demobilised former combatant in Puerto Guzman.", (2, 7)),
    ("On 21 April 2024, a mob lynched two suspected thieves in Kisumu.", (5, 7)),
    ("On 7 June 2024, a roadside bomb hit a ranger patrol in Bannang Sata, injuring 3 rangers. Insurgents were "
     "suspected.", (2, 1)),
])
def test_who_did_it_to_whom_in_words_from_many_regions(nlp, text, inters):
    event = first(nlp, text)
    assert (event.actor1.inter, event.actor2.inter) == inters


def test_party_supporters_arrested_are_civilians_rioters_arrested_rioters(nlp):
    supporters = first(nlp, "On 23 April 2024, police arrested 20 opposition supporters in Kampala.", "Strategic developments")
    assert (supporters.sub_event_type, supporters.actor2.inter) == ("Arrests", 7)
    rioters = first(nlp, "On 23 April 2024, police arrested 20 rioters in Kampala.", "Strategic developments")
    assert rioters.actor2.inter == 5


@pytest.mark.parametrize("text, event_type, sub", [
    ("On 13 June 2024, activists hacked a BNP leader to death in Cumilla.", "Riots", "Mob violence"),
    ("On 28 July 2024, police beat a petitioner in Beijing.", "Violence against civilians", "Attack"),
    ("On 10 July 2024, security forces forcibly disappeared an activist from his home in Alexandria.",
     "Violence against civilians", "Abduction/forced disappearance"),
    ("On 2 July 2024, residents of Rosario held a cacerolazo against rising insecurity.", "Protests", "Peaceful protest"),
    ("On 9 July 2024, protesting youths blocked the expressway and set bonfires.", "Riots", "Violent demonstration"),
    ("On 16 July 2024, Wazalendo militiamen established a new position in Kitshanga.", "Strategic developments",
     "Headquarters or base established"),
    ("On 18 May 2024, dissidents attacked a military base in Argelia with explosive-laden drones.",
     "Explosions/Remote violence", "Air/drone strike"),
    ("On 9 May 2024, police detained 30 people who gathered in Taksim Square for May Day.", "Protests",
     "Protest with intervention"),
    # a counted crowd makes a note a demonstration's: a party's members beating officials are a mob, not an armed group
    ("On 13 September 2020, UPND members beat up state officials and destroyed machinery in Chitamba village. "
     "[size=no report]", "Riots", "Mob violence"),
    ("On 28 October 2020, election-related violence, with property damage, was registered in Liwale district. 13 people "
     "were arrested. [size=no report]", "Riots", "Violent demonstration"),
    # ... and a note with no other event word is a demonstration
    ("On 3 October 2024, climate activists glued themselves to a road in Berlin. [size=around 10]", "Protests",
     "Peaceful protest"),
    ("On 18 October 2024, Congress party members staged a dharna outside the collectorate in Bhopal.", "Protests",
     "Peaceful protest"),
    ("On 19 October 2024, students picketed the Ministry of Education in Kathmandu.", "Protests", "Peaceful protest"),
    ("On 4 November 2024, police detained several activists protesting the collapse of a canopy in Novi Sad.", "Protests",
     "Protest with intervention"),
    # strategic developments in other words
    ("On 12 March 2024, JNIM imposed a blockade on the town of Djibo.", "Strategic developments",
     "Change to group/activity"),
    ("On 13 March 2024, the SAF announced the mobilization of civilians to fight the RSF in Gedaref.",
     "Strategic developments", "Change to group/activity"),
    # fighters who surrender come to terms with the forces (ACLED codes an agreement)
    ("On 14 March 2024, about 300 Mai-Mai militiamen surrendered to FARDC in Beni.", "Strategic developments",
     "Agreement"),
    ("On 16 March 2024, MINUSMA handed over its camp in Ber to the Malian army.", "Strategic developments",
     "Non-violent transfer of territory"),
    ("On 21 March 2024, Al Shabaab released a hostage in Jilib after ransom was paid.", "Strategic developments", "Other"),
    # (an exchange is agreed between the sides: the codebook lists prisoner exchanges under agreements)
    ("On 22 March 2024, Ukraine and Russia exchanged 100 prisoners of war at the border.", "Strategic developments",
     "Agreement"),
    ("On 25 March 2024, bandits rustled 300 cows from herders in Zurmi.", "Strategic developments",
     "Looting/property destruction"),
    # weapons by ACLED's sub-types
    ("On 7 April 2024, a Russian guided aerial bomb hit a residential area of Kharkiv, killing 2.",
     "Explosions/Remote violence", "Air/drone strike"),
    ("On 11 April 2024, a suicide car bomb exploded at a military base in Baidoa.", "Explosions/Remote violence",
     "Suicide bomb"),
    ("On 22 April 2024, unknown men threw an explosive device at a police station in Jamundi.",
     "Explosions/Remote violence", "Grenade"),
])
def test_more_codebook_kinds_in_other_words(nlp, text, event_type, sub):
    event = first(nlp, text, event_type)
    assert (event.event_type, event.sub_event_type) == (event_type, sub)


def test_both_parties_to_an_agreement(nlp):
    """An agreement has no target, but ACLED records both signatories."""
    event = first(nlp, "On 24 April 2024, the Colombian government and the ELN signed a ceasefire agreement in Caracas.",
                  "Strategic developments")
    assert event.sub_event_type == "Agreement"
    assert event.actor1.normalized.startswith("Government of Colombia") and event.actor2.normalized.startswith("ELN")


@pytest.mark.parametrize("text, event_type, sub, inters", [
    ("On 18 August 2024, police repelled bandits who attempted to abduct travellers on the highway, killing two.",
     "Battles", "Armed clash", (1, 3)),
    ("On 15 August 2024, vigilantes engaged bandits in a gun duel in Maru. 5 bandits were killed.", "Battles",
     "Armed clash", (3, 3)),
    # a state's raid that kills is a fight, not a search; a raid that only takes cattle is looting
    ("On 9 September 2024, soldiers raided a separatist camp in Batibo, killing 4 separatists.", "Battles",
     "Armed clash", (1, 2)),
    ("On 20 September 2024, armed men raided cattle camps in Rumbek East and took 500 cattle.",
     "Strategic developments", "Looting/property destruction", (3, 7)),
    ("On 13 September 2024, M23 bombs fell on the Mugunga displacement camp, killing 5 displaced people.",
     "Explosions/Remote violence", "Shelling/artillery/missile attack", (2, 7)),
])
def test_raids_duels_and_repelled_fighters(nlp, text, event_type, sub, inters):
    event = first(nlp, text, event_type)
    assert (event.sub_event_type, event.actor1.inter, event.actor2.inter) == (sub, *inters)


@pytest.mark.parametrize("text, inters", [
    # a ground assault on positions, told with the shelling that covered it
    ("On 3 September 2024, HTS forces launched an attack on Syrian regime positions near Kellez, amid intense "
     "shelling by regime forces on the area.", (2, 1)),
    # shelling the other side answers
    ("On 14 September 2025, heavy machine gunfire from army-controlled areas targeted Ara village, leading Druze "
     "fighters to return shelling.", (1, 4)),
    # an army's skirmish with no foe named is a battle with an unidentified armed group, not a mob's fight
    ("Eritrea makes incursion onto Ethiopian soil, skirmish ensues", (1, 3)),
    # an armed group that detains fighters of another fights them
    ("On 13 September 2025, Women's Protection Units detained two ISIL members during a security operation in Raqqa.",
     (2, 2)),
])
def test_fights_told_as_shelling_skirmishes_or_detentions(nlp, text, inters):
    event = first(nlp, text)
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert (event.actor1.inter, event.actor2.inter) == inters


def test_shelling_no_one_answers_stays_remote_violence(nlp):
    event = first(nlp, "Regime forces shelled Kafr Nabl with artillery. No casualties.")
    assert event.event_type == "Explosions/Remote violence"


def test_government_employees_in_a_brawl_are_no_state_forces(nlp):
    event = first(nlp, "On April 10, a clash broke out between government doctors and patients at Bir Hospital.")
    assert event.event_type == "Riots" and event.actor1.inter != 1


def test_an_officer_the_report_says_was_off_duty_is_a_civilian(nlp):
    event = first(nlp, "On 28 December 2020, a police officer was shot dead by unidentified assailants in Dasmarinas. "
                       "The motive was unclear. The officer was in front of his residence and is assumed off-duty.")
    assert (event.event_type, event.actor2.inter) == ("Violence against civilians", 7)


def test_party_members_at_a_political_meeting_are_civilians(nlp):
    event = first(nlp, "On 12 January 2021, unidentified gunmen attacked PDP members at a political meeting in "
                       "Umuezeoka. Property damage reported.")
    assert (event.event_type, event.actor2.inter) == ("Violence against civilians", 7)


def test_a_counted_crowd_does_not_turn_recalled_violence_into_a_riot(nlp):
    """"Truck drivers protested ... citing recent kidnappings ... [size=no report]": the protest is the event."""
    told = mentions(nlp, "On 3 January 2020, heavy truck drivers in Gondar protested a lack of security on the roads, "
                         "citing recent ransom-motivated kidnappings of drivers. [size=no report]")
    assert "Riots" not in [m.event_type for m in told] and "Protests" in [m.event_type for m in told]


def test_the_arrest_whose_release_protesters_demand_is_no_intervention(nlp):
    event = first(nlp, "On April 18, journalists staged a sit-in in Pokhara. The protesters were demanding the release of "
                       "a journalist who was arrested for publishing a report.", "Protests")
    assert event.sub_event_type == "Peaceful protest"


@pytest.mark.parametrize("text, sub", [
    ("Strikes: On 13 April 2023, bank employees in El Fasher went on strike, demanding higher protection.", "Other"),
    ("Mass graves: On 3 May 2023, a mass grave was discovered near the town.", "Other"),
    ("Recruitment: On 3 May 2023, the militia enlisted 200 young men in the town.", "Change to group/activity"),
])
def test_acleds_labels_for_strategic_developments(nlp, text, sub):
    event = first(nlp, text, "Strategic developments")
    assert event.sub_event_type == sub


@pytest.mark.parametrize("text, inters", [
    ("On 3 May 2024, fighting occurred in Mahaday (Middle Shabelle).", (3, 3)),
    ("On 3 May 2024, clashes erupted in Kismayo. 3 people were killed.", (3, 3)),
    ("On 3 May 2024, clashes were reported in Beledweyne between unknown groups.", (3, 3)),
])
def test_clashes_told_with_no_one_are_between_unidentified_armed_groups(nlp, text, inters):
    """ACLED's reading of fighting no one is named in: two unidentified armed groups; residents who clash, or
    clashes beside named forces, keep their sides."""
    event = first(nlp, text)
    assert (event.event_type, event.actor1.inter, event.actor2.inter) == ("Battles", *inters)
    assert first(nlp, "On 3 May 2024, clashes erupted between residents in Kibera.").event_type == "Riots"


@pytest.mark.parametrize("text, names", [
    # the note's opening places taken into the subject by the parser: the words after the last comma
    ("On 7 November 2024, in Port-au-Prince - Delmas 19, Ouest, police and the MSS conducted an operation against the "
     "Viv Ansanm coalition. Two gang members were killed.", ("Police Forces", "Viv Ansanm Gang")),
    # the parser's noun "shot" in "a Houthi sniper shot and injured a child"
    ("On 25 November 2024, a Houthi sniper shot and injured a child in Taizz city.",
     ("Military Forces of Yemen (2016-) Supreme Political Council", "Civilians")),
    ("On 9 November 2024, armed men shot dead two men in Culiacan. The attack was attributed to the Chapitos faction of "
     "the Sinaloa Cartel.", ("Sinaloa Cartel", "Civilians")),
    ("On 17 November 2024, in Bogota, police arrested an alias 'El Paisa', a leader of the Clan del Golfo.",
     ("Police Forces", "AGC: Gaitanist Self-Defense Forces of Colombia")),
])
def test_doers_the_parse_hides_and_groups_by_their_names(nlp, text, names):
    event = next(m for m in mentions(nlp, text))
    assert event.actor1.normalized.startswith(names[0]) and event.actor2.normalized.startswith(names[1])


def test_a_strike_that_hits_is_an_air_strike_not_a_walkout(nlp):
    event = first(nlp, "On 30 November 2024, an Israeli strike hit a car in Tyre, killing 2 people.")
    assert (event.sub_event_type, event.actor1.normalized[:25]) == ("Air/drone strike", "Military Forces of Israel")
    # a walkout with no crowd told is ACLED's other strategic development; strikers who march protest
    strike = mentions(nlp, "On 30 November 2024, teachers went on strike in Tyre.")[0]
    assert (strike.event_type, strike.sub_event_type, strike.actor1.inter) == ("Strategic developments", "Other", 6)
    assert first(nlp, "On 30 November 2024, teachers on strike marched to parliament in Tyre.").event_type == "Protests"


def test_a_protests_crowd_fighting_the_police_next_turns_it_violent(nlp):
    """"... demonstrations over discontent with the government. Rioters and Police Forces clashes in the streets":
    the protest just told turned into a violent demonstration against the police, not a mob's brawl."""
    told = mentions(nlp, "On 18 October 2019, in Nunoa, demonstrations were held over general discontent with the "
                         "government. Groups of citizens took the streets demanding changes. Rioters and Police Forces "
                         "clashes in the streets of the district.")
    riot = next(m for m in told if m.event_type == "Riots")
    assert riot.sub_event_type == "Violent demonstration" and riot.actor2 is not None and riot.actor2.inter == 1


@pytest.mark.parametrize("text, event_type, sub, inters", [
    # headlines in the present tense, whose verbs the parser often reads as nouns
    ("M23 captures Rutshuru after fighting with FARDC.", "Battles", "Non-state actor overtakes territory", (2, None)),
    ("FARDC retakes Bunagana from M23.", "Battles", "Government regains territory", (1, 2)),
    ("SAF and SPLM-N clash in South Kordofan.", "Battles", "Armed clash", (1, 2)),
    ("ADF attack FARDC positions near Beni.", "Battles", "Armed clash", (2, 1)),
    ("Boko Haram militants loot and burn shops in Bosso.", "Strategic developments", "Looting/property destruction",
     (2, 7)),
    ("Government Antonov bombs village in Jebel Marra, killing 4.", "Explosions/Remote violence", "Air/drone strike",
     (1, 7)),
    ("Police disperse MDC supporters in Harare with tear gas.", "Protests", "Protest with intervention", (6, 1)),
    ("Government deploys troops to Bamenda after separatist attacks.", "Strategic developments",
     "Change to group/activity", (1, None)),
])
def test_headlines_in_the_present_tense(nlp, text, event_type, sub, inters):
    event = first(nlp, text, event_type)
    assert event.sub_event_type == sub
    assert (event.actor1.inter, event.actor2.inter if event.actor2 else None) == inters


def test_forces_battling_attackers_named_earlier_in_the_sentence(nlp):
    """"Al Shabaab militants stormed a hotel ..., and security forces were battling them": a battle between the two."""
    event = first(nlp, "MOGADISHU, March 14 (Reuters) - Al Shabaab militants stormed a hotel near the presidential palace "
                       "late on Thursday, and security forces were battling them on Friday morning, police said.")
    assert (event.event_type, event.actor1.normalized, event.actor2.inter) == ("Battles", "Al Shabaab", 1)


@pytest.mark.parametrize("text, event_type, sub, inters", [
    ("Gunmen shoot dead polio worker in Bajaur.", "Violence against civilians", "Attack", (3, 7)),
    ("Security forces kill 6 militants in North Waziristan raid.", "Battles", "Armed clash", (1, 2)),
    ("HTS fighters attack regime positions in Idlib countryside.", "Battles", "Armed clash", (2, 1)),
    ("Army, NPA rebels clash in Samar; 2 soldiers dead.", "Battles", "Armed clash", (1, 2)),
    ("Rival militias clash in Tripoli; 10 dead.", "Battles", "Armed clash", (3, 3)),
    ("Armed men abduct and kill activist in Benghazi.", "Violence against civilians", "Attack", (3, 7)),
    ("Farmers clash with police at the Punjab-Haryana border.", "Riots", "Violent demonstration", (5, 1)),
    ("Police arrest 50 BNP activists in Dhaka.", "Strategic developments", "Arrests", (1, 7)),
])
def test_more_headlines_from_asia_and_the_middle_east(nlp, text, event_type, sub, inters):
    event = first(nlp, text, event_type)
    assert event.sub_event_type == sub
    assert (event.actor1.inter, event.actor2.inter if event.actor2 else None) == inters


def test_jets_that_strike_make_an_air_strike_not_a_walkout(nlp):
    event = first(nlp, "Russian jets strike rebel positions in Idlib.")
    assert event.sub_event_type == "Air/drone strike" and event.actor1.normalized.startswith("Military Forces of Russia")


def test_arrests_by_the_authorities_are_the_polices(nlp):
    event = first(nlp, "On 20 March 2024, Russian authorities arrested a journalist in Moscow on treason charges.",
                  "Strategic developments")
    assert event.actor1.normalized.startswith("Police Forces")



def test_what_the_protesters_did_where_they_protested_is_told_not_recalled(nlp):
    """"Protests took place in Mombasa, where demonstrators blocked roads and burned tyres": the clause tells the
    protest's own violence, not a grievance about someone else (which "relatives of a woman who was found dead
    staged protests" still is)."""
    told = mentions(nlp, "Protests took place in Mombasa, where demonstrators blocked roads and burned tyres.")
    assert ("Riots", "Violent demonstration") in [(m.event_type, m.sub_event_type) for m in told]
    recalled = mentions(nlp, "Relatives of a woman who was found dead staged protests in Nairobi.")
    assert [m.event_type for m in recalled] == ["Protests"]


@pytest.mark.parametrize("text, sides", [
    # the attackers fought the forces that repelled them: one battle, not an attack on the village besides
    ("Suspected Islamic militants attacked Nacoba village. No fatalities reported. They set fire to the village and "
     "burned down 20 huts before being repelled by security forces.", (3, 1)),
    ("Suspected Islamic militants attacked Nacoba village before being repelled by security forces.", (3, 1)),
])
def test_an_attack_the_forces_repelled_is_a_battle(nlp, text, sides):
    found = [m for m in mentions(nlp, text) if m.event_type != "Strategic developments"]
    assert [(m.event_type, m.actor1.inter, m.actor2.inter) for m in found] == [("Battles", *sides)]


@pytest.mark.parametrize("text", [
    "On 17 April 2021, soldiers clashed with Al Shabaab militants in Afgoye. Three militants were shot dead.",
    "On 17 April 2021, police engaged in a shootout with armed robbers in Eldoret. Two of the robbers were shot dead.",
    # (and soldiers shot dead where militants ambushed them are the ambush's other side)
    "On 3 May 2020, Al Shabaab militants ambushed a convoy near Afgoye; two soldiers were shot dead.",
])
def test_fighters_shot_dead_after_a_battle_are_its_toll_not_a_second_attack(nlp, text):
    assert [m.event_type for m in mentions(nlp, text)] == ["Battles"]


@pytest.mark.parametrize("text", [
    "One person has been shot dead in Bonyunyu as villagers protested the planned construction of a dam. "
    "Police also arrested three people.",
    "On 3 May 2020, one person was shot dead during a protest in Kisumu.",
])
def test_a_death_while_villagers_protested_is_excessive_force(nlp, text):
    found = mentions(nlp, text)
    assert (found[0].event_type, found[0].sub_event_type) == ("Protests", "Excessive force against protesters")
    assert not any(m.event_type in ("Riots", "Violence against civilians") for m in found)


def test_youths_armed_with_machetes_are_the_attackers_not_their_machetes(nlp):
    event = first(nlp, "On 6 May 2021, a group of youths armed with machetes attacked passers-by in Bukavu, injuring 4.")
    assert (event.event_type, event.sub_event_type, event.actor1.inter) == ("Riots", "Mob violence", 5)


@pytest.mark.parametrize("text, event_type, sub", [
    # headlines in the present tense, as older notes write them
    ("Muslim youths and Christian youths fight in Jos; several houses burned.", "Riots", "Mob violence"),
    ("Angry residents burn a suspected thief to death in Abomey-Calavi.", "Riots", "Mob violence"),
    ("Militants burn a school in Titao.", "Strategic developments", "Looting/property destruction"),
    ("University students demonstrate in Nairobi against increased fees.", "Protests", "Peaceful protest"),
    ("Suspected Al Shabaab militants behead 9 villagers in Jima village, Lamu county.",
     "Violence against civilians", "Attack"),
    # the beating and the property the codebook names
    ("On 5 April 2021, soldiers beat and injured a motorcyclist at a checkpoint in Kalay for violating the curfew.",
     "Violence against civilians", "Attack"),
    ("On 26 April 2021, suspected herders destroyed farmland and crops in Agatu (Benue).",
     "Strategic developments", "Looting/property destruction"),
])
def test_present_tense_headlines_and_plain_verbs(nlp, text, event_type, sub):
    event = first(nlp, text, event_type)
    assert event.sub_event_type == sub


def test_a_mass_grave_found_is_a_development_not_a_killing(nlp):
    found = mentions(nlp, "On 6 June 2021, a mass grave containing 12 bodies was discovered in Tarhuna.")
    assert [(m.event_type, m.sub_event_type) for m in found] == [("Strategic developments", "Other")]


def test_a_victim_suspected_of_being_an_informer_is_a_civilian(nlp):
    event = first(nlp, "On 1 July 2021, Maoists killed a villager suspecting him to be a police informer in Bijapur.")
    assert (event.event_type, event.actor2.inter) == ("Violence against civilians", 7)


@pytest.mark.parametrize("text, event_type, sub", [
    # what protesters did is their act, not the grievance their protest names
    ("On 8 May 2020, youths protesting police brutality set fire to a police post in Abuja; police fired tear gas.",
     "Riots", "Violent demonstration"),
    ("On 1 June 2020, protesters broke into the district office in Kisii and destroyed furniture.",
     "Riots", "Violent demonstration"),
    ("On 3 May 2020, demonstrators forced the closure of a mining site in Kolwezi and damaged equipment.",
     "Riots", "Violent demonstration"),
    ("On 5 May 2020, protesting traders overturned a police car in Lusaka.", "Riots", "Violent demonstration"),
    ("On 8 May 2020, demonstrators attempted to storm the governor's residence in Basra and were dispersed with tear "
     "gas.", "Riots", "Violent demonstration"),
    # devices made harmless or found unexploded: disrupted weapons use, no explosion
    ("On 18 May 2020, Iraqi security forces dismantled an IED planted on a road in Tarmiyah.",
     "Strategic developments", "Disrupted weapons use"),
    ("On 16 May 2020, an unexploded mortar shell was found in a field in Idleb.",
     "Strategic developments", "Disrupted weapons use"),
    ("On 19 May 2020, the Turkish military established a new military point in Qmenas in Idleb.",
     "Strategic developments", "Headquarters or base established"),
    ("On 15 May 2020, the Taliban announced a three-day ceasefire for Eid.", "Strategic developments", "Agreement"),
    ("On 9 March 2023, Russian forces launched Shahed drones at Kyiv; Ukrainian air defence shot down 10 of them.",
     "Explosions/Remote violence", "Air/drone strike"),
    # territory taken after the other side left, no fight told
    ("On 17 May 2020, Houthi forces took control of Qania area in Al Bayda after anti-Houthi tribesmen withdrew.",
     "Strategic developments", "Non-violent transfer of territory"),
    # people who block a road protest, whether or not the note says why
    ("Transport workers blocked the main avenues of the city for six hours.", "Protests", "Peaceful protest"),
])
def test_development_and_demonstration_phrasings(nlp, text, event_type, sub):
    assert (event_type, sub) in [(m.event_type, m.sub_event_type) for m in mentions(nlp, text)]


@pytest.mark.parametrize("text", [
    "Soldiers blocked roads leading to the town.",
    "Police blocked the road to the palace on Monday.",
])
def test_forces_blocking_a_road_are_no_protest(nlp, text):
    assert "Protests" not in [m.event_type for m in mentions(nlp, text)]


def test_protesters_who_block_a_highway_named_for_two_towns_riot_in_the_town_told(nlp, gazetteer):
    doc = make_document("On 6 May 2020, garment workers protesting unpaid wages blocked the Dhaka-Mymensingh highway "
                        "and vandalised vehicles in Gazipur.", published="2020-05-06")
    events = events_of(nlp, gazetteer, doc)
    assert [(e.event_type, e.sub_event_type, e.location) for e in events] == [("Riots", "Violent demonstration", "Gazipur")]


@pytest.mark.parametrize("text, event_type, sub, inter1", [
    # locals who kill men they believe murderers are a mob
    ("On 31 May 2020, locals in Za-Sounta chased down and killed two men believed to have murdered a neighbour.",
     "Riots", "Mob violence", 5),
    # whom videos show beating people acts, however the clause is hung
    ("As reported on 28 April 2020, in Teloloapan, videos appeared in which members of an alleged criminal group were "
     "seen beating young people with boards for not respecting the curfew.", "Violence against civilians", "Attack", 3),
    # attacked BY a police officer; and a victim who had been pelted with stones is no rioter
    ("On 9 October, a man was attacked by a police officer in Baragoi. He had been pelted with stones.",
     "Violence against civilians", "Attack", 1),
    # torture in a police station or a prison is the state's, and a death from it a killing
    ("On 6 May 2020, two Dalit men were tortured and illegally confined in Sandhaur police station.",
     "Violence against civilians", "Attack", 1),
    ("On 29 April 2020, a man died as a result of torture in the regime's Sidnaya military prison.",
     "Violence against civilians", "Attack", 1),
    ("On 2 May 2020, in Kelly Village, a man was sitting outside when six masked and armed men stepped out of a car "
     "and ordered him to come with them.", "Violence against civilians", "Abduction/forced disappearance", 3),
])
def test_who_did_violence_to_civilians(nlp, text, event_type, sub, inter1):
    event = first(nlp, text)
    assert (event.event_type, event.sub_event_type, event.actor1.inter) == (event_type, sub, inter1)


@pytest.mark.parametrize("text", [
    # the officer the parse hung on the region, and no target in the road the sentence opens with
    "On 2 May 2020, on the road that connects Iguala to Huitzuco, Guerrero, a police officer from Huitzuco was "
    "attacked. The officer survived the attack. There is no information about the perpetrators.",
    # those a shooting "leaves dead"
    "Shooting by suspected Al Shabaab sympathisers leaves two police officers dead",
])
def test_police_attacked_by_armed_men_fight_them(nlp, text):
    found = mentions(nlp, text)
    assert [(m.event_type, m.actor2.inter) for m in found] == [("Battles", 1)]


def test_running_battles_between_mobs_and_police_are_a_violent_demonstration(nlp, gazetteer):
    doc = make_document("First of three days of riots called for by opposition leaders. Running battles between mobs "
                        "and the police were witnessed.", published="2008-01-14")
    events = events_of(nlp, gazetteer, doc)
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Riots", "Violent demonstration")]


@pytest.mark.parametrize("text, event_type, sub", [
    ("On 5 May 2020, anti-Houthi National Resistance forces reportedly established two fortifications in Kilu 16 area.",
     "Strategic developments", "Change to group/activity"),
    ("On 2 May 2020, in Caracas, members of the pro-government armed group Colectivos conducted military exercises.",
     "Strategic developments", "Change to group/activity"),
    ("On 6 May 2020, more than 108 war-affected villagers from Pa Kar Chaung Wa village fled their village to Paletwa "
     "Town.", "Strategic developments", "Other"),
    ("On 28 April 2020, in Brus Laguna, military forces found and destroyed a clandestine airstrip used for drug "
     "trafficking.", "Strategic developments", "Looting/property destruction"),
    # burning what stands for someone is a protester's sign, not arson
    ("KSIMU residents and NASA supporters burned banners congratulating President Uhuru Kenyatta on his win. Police "
     "intervened with teargas.", "Protests", "Protest with intervention"),
    ("Victims of a bank heist protest.", "Protests", "Peaceful protest"),
    ("On 1 May 2020, in Caltzontzin, students blocked the train's rails rejecting the results of the negotiations.",
     "Protests", "Peaceful protest"),
])
def test_events_that_were_missed_entirely(nlp, text, event_type, sub):
    assert told_first(nlp, text) == (event_type, sub)


def test_people_who_flee_an_attack_are_its_consequence_not_an_event(nlp):
    found = mentions(nlp, "On 3 May 2020, ADF militants attacked the village of Mamove, killing 5 civilians. Hundreds "
                          "of residents fled their homes.")
    assert [m.event_type for m in found] == ["Violence against civilians"]


@pytest.mark.parametrize("text, sub", [
    # the codebook's agreements: prisoner exchanges, peace talks
    ("On 7 January 2021, the Houthis and the government exchanged 20 prisoners in Taiz.", "Agreement"),
    ("On 6 January 2021, the government and the SPLM-N held peace talks in Juba.", "Agreement"),
    # an armed group's own changes and its rule over people
    ("On 1 January 2021, several armed groups in Ituri announced their merger into a new coalition.",
     "Change to group/activity"),
    ("On 2 January 2021, Al Shabaab militants distributed leaflets in Beledweyne warning residents not to work with the "
     "government.", "Change to group/activity"),
    ("On 19 January 2021, Wagner Group personnel arrived in Bangui.", "Change to group/activity"),
    ("On 6 May 2025, ISIS-Somalia fighters moved into the Cal Miskaad mountains.", "Change to group/activity"),
    ("On 2 May 2025, clan elders brokered a reconciliation between two warring sub-clans in Galmudug.", "Agreement"),
    # people held before and freed in the report: the release, not the old abduction
    ("On 9 January 2021, 5 people abducted by bandits last week were released in Zamfara after a ransom was paid.",
     "Other"),
])
def test_strategic_developments_the_codebook_names(nlp, text, sub):
    assert told_first(nlp, text) == ("Strategic developments", sub)


@pytest.mark.parametrize("text", [
    "One person has died while eight others have been injured in morning clashes between the Kisii and Kipsigis "
    "groups at Olmelil.",
    # the toll told first, the clashes after it (with the missing between), over cattle rights
    "At least five people were killed and four others reported missing following clashes in Dukana over rights to "
    "cattle and property.",
])
def test_communities_that_fight_with_deaths_are_their_militias_battle(nlp, text):
    event = first(nlp, text)
    assert (event.event_type, event.actor1.inter, event.actor2.inter) == ("Battles", 4, 4)


def test_a_headlines_doers_before_a_verb_read_as_a_noun(nlp):
    event = first(nlp, "Armed Pokot militiamen attack and hold hostage three police posts in Lorokon village.")
    assert (event.event_type, event.actor1.inter, event.actor2.inter) == ("Battles", 4, 1)


@pytest.mark.parametrize("text, sub", [
    ("On 1 August 2020, unknown gunmen gunned down a trader in Maiduguri.", "Attack"),
    ("On 2 August 2020, a man threw acid on a woman in Lahore.", "Attack"),
    ("On 3 August 2020, suspected militants slaughtered 5 villagers in Beni territory.", "Attack"),
    ("On 4 August 2020, armed men strangled a human rights defender in Guatemala City.", "Attack"),
    ("On 6 August 2020, militia members mutilated two farmers in Djugu.", "Attack"),
    ("On 7 August 2020, a journalist was poisoned in Moscow.", "Attack"),
    # a person set ablaze is attacked, not property destroyed; a house torched with children burnt alive, an attack
    ("On 8 August 2020, unidentified assailants set a man ablaze in Douala.", "Attack"),
    ("On 17 August 2020, unknown assailants torched a family's house in Kasai, burning two children alive.", "Attack"),
    ("On 16 August 2020, a man was found with his throat slit in Kidal.", "Attack"),
    ("On 13 August 2020, an activist went missing after being taken by men in civilian clothes in Harare.",
     "Abduction/forced disappearance"),
    ("On 18 August 2020, gunmen seized 10 travelers on the Abuja-Kaduna road.", "Abduction/forced disappearance"),
    ("On 10 October 2020, bandits invaded a school in Kagara and carried away 27 students.",
     "Abduction/forced disappearance"),
    # (aid workers taken are people, not aid looted)
    ("On 11 October 2020, three aid workers were taken by armed men in Bunia.", "Abduction/forced disappearance"),
    ("On 14 October 2020, two civilians died after being hit by soldiers' bullets in Bunia.", "Attack"),
    # unknown men who cut someone with machetes came armed: no mob
    ("On 5 January 2022, a local chief was hacked with machetes by unknown attackers in Ituri.", "Attack"),
    ("On 7 January 2022, two girls were sexually abused by militiamen in Kalehe.", "Sexual violence"),
    ("On 8 January 2022, a lawyer disappeared after being detained by intelligence agents in Cairo; his whereabouts "
     "remain unknown.", "Abduction/forced disappearance"),
])
def test_violence_against_civilians_in_its_many_verbs(nlp, text, sub):
    event = first(nlp, text)
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", sub)


@pytest.mark.parametrize("text, event_type, sub", [
    ("On 2 September 2020, soldiers and Ambazonian separatists traded gunfire in Bamenda.", "Battles", "Armed clash"),
    ("On 1 March 2021, the Ukrainian army and Russian-backed separatists exchanged small arms fire near Horlivka.",
     "Battles", "Armed clash"),
    # two unnamed armed sides, one of them a community's guard
    ("On 1 April 2021, bandits attacked members of a vigilante group in Zurmi, killing 4 vigilantes.",
     "Battles", "Armed clash"),
    # a robbery the police foiled, with robbers killed, is a fight with the robbers
    ("On 6 September 2020, police foiled a bank robbery in Nairobi, killing two robbers.", "Battles", "Armed clash"),
    ("On 17 September 2020, opposition supporters boycotted the session and held a sit-down in Kampala.",
     "Protests", "Peaceful protest"),
    ("On 1 November 2020, residents presented a petition to the governor in Kisumu demanding better roads.",
     "Protests", "Peaceful protest"),
    ("On 2 November 2020, farmers held placards outside the district office in Ludhiana against the farm laws.",
     "Protests", "Peaceful protest"),
    # (a stoppage with no crowd told is, as a strike is, ACLED's other development)
    ("On 15 November 2020, workers downed tools at a mine in Rustenburg over pay.", "Strategic developments", "Other"),
    # fans who fight each other are a mob, not armed men
    ("On 19 September 2020, football fans fought with each other after a match in Cairo.", "Riots", "Mob violence"),
])
def test_fights_and_gatherings_in_other_words(nlp, text, event_type, sub):
    assert told_first(nlp, text) == (event_type, sub)


@pytest.mark.parametrize("text", [
    "On 1 December 2020, police nabbed three suspected gang members in Mombasa.",
    "On 2 December 2020, police picked up an opposition activist from his home in Harare.",
    "On 3 December 2020, security forces held 20 suspected militants in Srinagar.",
    "On 8 December 2020, a journalist was summoned and held for questioning by police in Lagos.",
])
def test_arrests_in_other_words(nlp, text):
    assert told_first(nlp, text) == ("Strategic developments", "Arrests")


def test_protesters_taken_into_custody_were_a_protest_the_police_broke_up(nlp):
    found = mentions(nlp, "On 4 December 2020, the police took 12 protesters into custody in Minsk.")
    assert ("Protests", "Protest with intervention") in [(m.event_type, m.sub_event_type) for m in found]


def test_riders_who_beat_a_police_officer_are_a_mob_and_what_he_had_done_is_no_event(nlp):
    found = mentions(nlp, "On 10 February 2021, motorcycle taxi riders beat up a police officer who had arrested their "
                          "colleague in Kampala.")
    assert [(m.event_type, m.sub_event_type, m.actor2.inter) for m in found] == [("Riots", "Mob violence", 1)]


def test_a_clash_the_parse_hangs_on_the_protests_object_is_still_the_crowds_act(nlp):
    found = [(m.event_type, m.sub_event_type) for m in mentions(nlp, "Hawkers protesting the eviction clashed with "
                                                                      "police in Nakuru.")]
    assert ("Riots", "Violent demonstration") in found


@pytest.mark.parametrize("text, expected", [
    # a death the protest is against is its grievance, not force used on it
    ("Residents protesting the killing of a boy by police blocked the road.", ("Protests", "Peaceful protest")),
    ("Residents protesting the killing of a boy blocked the road. Police dispersed them with tear gas.",
     ("Protests", "Protest with intervention")),
    # attacks on armed men are fights: whom a pronoun or "the victim" stands for (the object of the first verb of
    # the chain), the object two verbs share, a blade that arms the attackers
    ("Bandits robbed a police officer near Kandi and killed him.", ("Battles", "Armed clash")),
    ("Gunmen robbed a gendarme at a market and shot the victim.", ("Battles", "Armed clash")),
    ("Herders stabbed and wounded a soldier at a checkpoint.", ("Battles", "Armed clash")),
    # ... the state's intelligence and security services are state forces
    ("A member of the state security was found shot dead near Daraa.", ("Battles", "Armed clash")),
    # ... an official's guards are armed men; a farm's guard is a civilian
    ("Gunmen shot dead three of the mayor's bodyguards.", ("Battles", "Armed clash")),
    ("Militants shot dead the bodyguard of a provincial governor.", ("Battles", "Armed clash")),
    ("Raiders attacked a guard at a farm with machetes.", ("Violence against civilians", "Attack")),
    # ... two cartels by their Spanish names are two armed sides
    ("Members of the CJNG clashed with the Carteles Unidos in Aguililla, leaving 4 dead.", ("Battles", "Armed clash")),
    # people of a body no list arms, attacking with no arms told, are a mob; not members of an armed group, nor
    # attackers with guns
    ("About twenty members of a church attacked and injured a journalist in the village.", ("Riots", "Mob violence")),
    ("Members of an armed group attacked a village and shot two farmers.", ("Violence against civilians", "Attack")),
    # a raid on herds is cattle rustling: a theft, unless someone is hurt
    ("Bandits raided 200 head of cattle from herders near Baragoi.",
     ("Strategic developments", "Looting/property destruction")),
    ("Raiders raided goats in Kapedo and shot dead a herder.", ("Violence against civilians", "Attack")),
    # patrols and reinforcements sent are a force's change of activity; a network shut down is a blackout
    ("Russian military police patrolled the M4 highway near Ariha.", ("Strategic developments", "Change to group/activity")),
    ("Turkish and Russian forces conducted a joint patrol near Darbasiyah.",
     ("Strategic developments", "Change to group/activity")),
    ("The regime sent military reinforcements to Kafr Nabl.", ("Strategic developments", "Change to group/activity")),
    ("The internet was shut down across the Amhara region.", ("Strategic developments", "Other")),
    # machine guns fired at places, whatever lighter arms beside them, are fire from afar; a vessel or a bus seized
    # with the people on board is a hijacking
    ("Houthi forces fired 23mm and 14.5mm machine guns, besides sniper rifles, at scattered farms of Hays district.",
     ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("Pirates seized a Liberian-flagged tanker with 19 crew on board off the coast of Togo.",
     ("Violence against civilians", "Abduction/forced disappearance")),
    ("Gunmen hijacked a bus carrying 30 passengers near Katsina.", ("Violence against civilians", "Abduction/forced disappearance")),
    # raiders driven off by a force fought it
    ("Pirates boarded a tanker off the coast of Togo but were chased away by the navy.", ("Battles", "Armed clash")),
    # a device set off by those who found it did not go off in an attack
    ("A landmine was found and detonated by the army near Tessalit.", ("Strategic developments", "Disrupted weapons use")),
    # warning shots hit no one
    ("Border guards fired warning shots in the air near a disputed pasture.", ("Strategic developments", "Other")),
    ("Soldiers fired shots into the air near the border post at night.", ("Strategic developments", "Other")),
])
def test_who_the_target_is_and_what_the_act_is(nlp, text, expected):
    assert told_first(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Renewed fighting between Degodia and Garre clans in Wajir.",
    "Borana and Gabra communities clashed near Sololo.",
    "Two clans clashed over grazing land near Dhusamareb.",
    "Armed Lou Nuer herders clashed with Murle youth near Pibor.",
])
def test_two_peoples_who_fight_are_two_communal_militias_in_battle(nlp, text):
    found = first(nlp, text)
    assert (found.event_type, found.actor1.inter, found.actor2.inter) == ("Battles", 4, 4)


def test_peoples_clashing_during_riots_stay_rioters(nlp):
    # the clash is told as part of the riots: a mob's, as ACLED codes it
    assert told_first(nlp, "Second of three days of riots called by the opposition, during which Luo and Kalenjin "
                           "tribes clashed with each other.")[0] == "Riots"


def test_a_past_verb_after_a_demand_is_the_crowds_act_where_the_parse_found_no_verb(nlp):
    # the small parser reads "pelted" as an adjective of "stones": the demand is the crowd's, the stoning its act
    found = [(m.event_type, m.sub_event_type) for m in mentions(
        nlp, "On 1 May 2020, migrant workers demanding to go home pelted stones at police in Surat.")]
    assert ("Riots", "Violent demonstration") in found


@pytest.mark.parametrize("text", [
    # an army's or a rebel group's clashes are fought with another armed side, named or not
    "On 6 March 2020, 4 Taliban militants and 3 soldiers were killed during clashes in Baghlan.",
    # the parse gave both sides one phrase: armed men fought someone
    "In Zitacuaro, Michoacan, state police answering an emergency call clashed with armed individuals.",
    # a gunfight is fought by two armed sides, whoever the attack's victims were
    "Police respond to attack on a village; engage raiders in gunfight.",
])
def test_clashes_and_gunfights_of_armed_sides_are_battles(nlp, text):
    assert ("Battles", "Armed clash") in [(m.event_type, m.sub_event_type) for m in mentions(nlp, text)]


def test_villagers_armed_with_guns_who_repel_bandits_fight_a_battle(nlp):
    found = first(nlp, "Residents armed with rifles repelled an attack by bandits in Gusau; 3 bandits were killed.")
    assert (found.event_type, found.actor1.inter, found.actor2.inter) == ("Battles", 4, 3)


def test_whose_base_the_attackers_a_force_killed_had_attacked(nlp):
    found = first(nlp, "The army killed 15 ISWAP fighters who attacked their base in Marte.")
    assert (found.event_type, found.actor2.inter if found.actor2 else None) == ("Battles", 1)


# Found in Burkina Faso notes of 2020 that no earlier fix was tuned on (stop 24).

@pytest.mark.parametrize("text, inter2", [
    # armed men who answered the attack on a village
    ("On 10 September 2020, presumed JNIM or ISGS militants attacked the village of Gassere (Tangaye, Yatenga). "
     "Volunteer fighters (VDP) responded to the attack. One VDP fighter was killed, others wounded.", 4),
    ("On 7 February 2020, suspected JNIM or ISGS militants attacked the village of Siewali, Dozo militiamen defending "
     "the village were overpowered, and ten villagers killed.", 4),
    # ... or among those it killed
    ("On 16 August 2020, presumed JNIM or ISGS militants attacked the village of Sassambari (Kombori, Kossi). One Dozo "
     "militiaman was killed and two others went missing.", 4),
])
def test_an_attack_on_a_village_its_armed_men_fight_is_a_battle(nlp, text, inter2):
    event = first(nlp, text)
    assert (event.event_type, event.actor2.inter) == ("Battles", inter2)


def test_a_village_councilman_killed_is_a_civilian(nlp):
    event = first(nlp, "Around 16 August 2020, presumed JNIM or ISGS militants killed a village development "
                       "councilman (CVD) in Kieme (Djibasso, Kossi).")
    assert (event.event_type, event.actor2.inter) == ("Violence against civilians", 7)


def test_of_two_groups_a_note_is_unsure_between_the_first_named_is_the_actor(nlp):
    event = first(nlp, "On 12 January 2020, suspected JNIM or ISGS militants killed a former councilman in the "
                       "village of Komompouma.")
    assert event.actor1.normalized.startswith("JNIM")


def test_a_named_operation_is_its_forces_fighting_the_group_the_note_names_next(nlp):
    event = first(nlp, "On 7 May 2020, French Operation Barkhane forces conducted air/ground operations in the area of "
                       "Yomboli (Oursi, Oudalan). Several corpses of suspected ISGS militants were reportedly left behind.")
    assert (event.event_type, event.actor2.inter) == ("Battles", 2)  # (external, 8, in a report set in Burkina Faso)
    assert event.actor1.normalized.startswith("Military Forces of France")


def test_a_toll_told_as_a_headline_after_a_clash_is_the_clashs(nlp):
    found = mentions(nlp, "On 8 June 2020, JNIM and ISGS militants reportedly clashed in Hamdalaye (Mansila, Yagha). "
                          "At least 13 ISGS militants killed and motorbikes and weapons recovered by JNIM.")
    assert [m.event_type for m in found if m.event_type != "Strategic developments"] == ["Battles"]


@pytest.mark.parametrize("text, sub", [
    ("Military forces encounter Boko Haram at Gudumbali were they killed two and wounded one.", "Armed clash"),
    # a headline's present tense; the force that took the ground says which kind
    ("Military forces dislodge Boko Haram from Ngoshe and Guva, killing several.", "Government regains territory"),
    # an escort that returned fire, a security official killed: armed men on the other side
    ("Unknown gunmen attack the convoy of the deputy governor. Security force escort returned fire.", "Armed clash"),
    ("Al Shabaab attack a kill a security official in Jowhar on 21/06.", "Armed clash"),
])
def test_forces_met_or_hit_in_terse_notes_are_a_battle(nlp, text, sub):
    assert told_first(nlp, text) == ("Battles", sub)


@pytest.mark.parametrize("text, inter1, inter2", [
    # two peoples, each by its trade
    ("On 16 May 2020, Gourmantche farmers and Fulani pastoralists clashed in the commune of Botou, leaving four "
     "wounded.", 4, 4),
    # locals who fought a militia are the village's armed men
    ("On 21 May 2020, Koglweogo militiamen and locals clashed in the village of Sangha, leaving five people dead.", 4, 4),
])
def test_communities_and_militias_that_clash_are_a_battle(nlp, text, inter1, inter2):
    event = first(nlp, text)
    assert (event.event_type, event.actor1.inter, event.actor2.inter) == ("Battles", inter1, inter2)


def test_the_assault_a_protest_wants_punished_is_its_grievance(nlp, gazetteer):
    doc = make_document("On 9 September 2022, the staff of the Weligama local council and sanitation personnel "
                        "protested in front of their office in Weligama (Matara, Southern) demanding the prompt arrest "
                        "of the two individuals responsible for the assault on a sanitation worker.")
    event = events_of(nlp, gazetteer, doc)[0]
    assert (event.event_type, event.sub_event_type) == ("Protests", "Peaceful protest")


@pytest.mark.parametrize("text", [
    "On 4 September 2020, aircrafts of the G5 Sahel Force or French Operation Barkhane reportedly struck a presumed "
    "ISGS militant position near Kacham.",
    "On 24 May 2020, French Operation Barkhane conducted an aerial operation in northern Burkina Faso against "
    "gathering of suspected ISGS or JNIM militants.",
])
def test_aircraft_that_struck_and_aerial_operations_are_air_strikes(nlp, text):
    assert told_first(nlp, text) == ("Explosions/Remote violence", "Air/drone strike")


@pytest.mark.parametrize("text", [
    # militants pursued, a base dismantled with militants killed, bomb planters ambushed
    "On 5 August 2020, volunteer fighters pursued presumed ISGS or JNIM militants in the area of Koare, following "
    "exchanges of gunfire.",
    "On 11 September 2020, the Burkinabe army dismantled a suspected JNIM or ISGS militant base in the area of "
    "Tongomayel. Two militants were killed, and explosives and assorted military equipments were seized.",
    "On 6 February 2020, a military patrol ambushed and killed two IED planters in the village of Takouani.",
    # strikes from the air that backed troops on the ground
    "Around 12 May 2020, the Burkinabe army reportedly conducted airstrikes and ground operations in the forest of "
    "Mangodara, targeting presumed Katiba Macina (JNIM) militants.",
])
def test_forces_hunting_armed_men_fight_them(nlp, text):
    assert told_first(nlp, text) == ("Battles", "Armed clash")


def test_explosives_seized_are_no_explosion(nlp):
    kinds = [m.event_type for m in mentions(nlp, "Two militants were killed, and explosives and assorted military "
                                                 "equipments were seized.")]
    assert "Explosions/Remote violence" not in kinds


def test_fighters_disarmed_by_a_rival_group_are_disrupted_weapons_use(nlp):
    assert told_first(nlp, "On 20 April 2020, JNIM militants reportedly disarmed ISGS militants in the area of "
                           "Baraboule.") == ("Strategic developments", "Disrupted weapons use")


def test_a_killing_a_court_of_an_armed_group_carried_out_is_the_event(nlp):
    # the relative clause tells what the court did, not a noun described ("the collapse that killed 15")
    assert told_first(nlp, "On 3 May 2020, Al shabaab militants conducted a Sharia court which sentenced to death and "
                           "executed a young male in Public Square for allegedly being an American spy.") \
        == ("Violence against civilians", "Attack")


def test_damage_alone_is_property_destruction_and_beside_an_attack_its_damage(nlp):
    assert told_first(nlp, "On 6 May 2020, a man drove through a fence of former military barracks, now housing "
                           "migrants in Obrenovac, and continued to drive through the camp. No one was injured but "
                           "there was material damage.") == ("Strategic developments", "Looting/property destruction")
    assert [m.event_type for m in mentions(nlp, "Rebels shelled the town, causing material damage.")] \
        == ["Explosions/Remote violence"]


@pytest.mark.parametrize("text, inter1", [
    # a headline's present tense, a party's cadres, an unknown group
    ("UPND cadres beats residents in Kizito area of Lusaka. 5 seriously injured.", 3),
    ("Unknown group injure a boy in El Fasher. He died the next day.", 3),
])
def test_present_tense_assaults_by_cadres_or_an_unknown_group(nlp, text, inter1):
    event = first(nlp, text)
    assert (event.event_type, event.actor1.inter, event.actor2.inter) == ("Violence against civilians", inter1, 7)


@pytest.mark.parametrize("text, inter1", [
    # the police, not the neighbourhood the parser made a second subject of the sentence
    ("On 4 June 2019, in the Waspan Norte neighbourhood, Managua City (Managua, Managua), the police forces burst into "
     "a house and beat a 20-year-old student, asking him where he hid weapons.", 1),
    # supporters who are armed are an armed group, not a mob
    ("On 19 April 2020, in Masatepe (Masaya), a man was attacked and injured by an armed group of Ortega supporters "
     "before being detained by the police.", 3),
])
def test_who_beat_or_attacked_a_civilian_is_read_past_a_fronted_place_and_by_their_arms(nlp, text, inter1):
    event = first(nlp, text)
    assert (event.event_type, event.actor1.inter) == ("Violence against civilians", inter1)


@pytest.mark.parametrize("text, expected", [
    # a tyre burnt to block a road, a fence torn down: the demonstration turned violent
    ("On 12 October 2020, hundreds of people held a demonstration in front of the Palopo city hall, rejecting the "
     "omnibus law. They blockaded the main road by burning a tire.", ("Riots", "Violent demonstration")),
    ("On 9 October 2020, thousands of people held a demonstration in front of the Ciamis council building, rejecting "
     "the omnibus law. They tore down the fence of the building.", ("Riots", "Violent demonstration")),
])
def test_what_demonstrators_burn_or_tear_down_makes_a_riot(nlp, text, expected):
    assert told_first(nlp, text) == expected


def test_social_unrest_named_as_a_context_is_no_riot(nlp):
    assert told_first(nlp, "On 29 October 2019, in Managua, mothers of persons deprived of liberty in the context of "
                           "social unrest protested in front of the National Assembly.")[0] == "Protests"


@pytest.mark.parametrize("text", [
    "On 8 May 2020, Imbonerakure tortured a CNL member in Ruramba (Kayokwe, Mwaro).",
    "On 3 May 2020, 10 Imbonerakure attacked a CNL member in Bugabira commune (Kirundo).",
])
def test_one_member_of_a_party_attacked_is_a_civilian(nlp, text):
    m = first(nlp, text)
    assert (m.event_type, m.actor2.inter) == ("Violence against civilians", 7)


def test_one_member_of_a_state_force_attacked_is_still_a_fight(nlp):
    m = first(nlp, "On 18 March 2020, 1 NDS member was killed by unknown gunmen on a motorbike in Lashkargah city, "
                   "Helmand.")
    assert (m.event_type, m.actor2.inter) == ("Battles", 1)


@pytest.mark.parametrize("text", [
    "Around 7 May 2020, in Acapulco, Guerrero, a dead man was thrown from a car near La Venta toll.",
    "Around 8 May 2020, in Tetecala, Morelos, two human heads were found along with a threatening message.",
    "Around 7 May 2020, in Manzanillo, Colima, human remains were found inside plastic bags.",
    "Around 4 May 2020, in Leon, Guanajuato, three people died and were found wrapped in blankets.",
    "On 4 May 2020, residents found the bodies of two men in Leon, Guanajuato.",
    "On 4 May 2020, police found the body of a woman wrapped in a blanket in Leon, Guanajuato.",
])
def test_bodies_found_are_a_killing_by_someone_unknown_not_by_the_finders(nlp, text):
    m = first(nlp, text)
    assert (m.event_type, m.sub_event_type) == ("Violence against civilians", "Attack")
    assert m.actor1.inter == 3 and m.actor2.inter == 7


def test_an_operation_that_left_fighters_dead_is_a_battle_with_them(nlp):
    m = first(nlp, "On 3 May 2020, an army operation near the Tigris river left 3 IS militants dead.")
    assert (m.event_type, m.actor1.inter, m.actor2.inter) == ("Battles", 1, 2)


@pytest.mark.parametrize("text", [
    "On 6 May 2020, soldiers beat and extorted a civilian in Gulu town.",
    "On 6 May 2020, paramilitaries beat a civilian in Gulu town.",
])
def test_armed_men_who_beat_a_civilian_attack_a_civilian(nlp, text):
    m = first(nlp, text)
    assert (m.event_type, m.actor2.inter) == ("Violence against civilians", 7)
    assert m.actor1.inter in (1, 3)


def test_what_a_force_is_accused_of_is_the_reports_event_hedged(nlp):
    m = first(nlp, "On 2 May 2020, police in Burgersfort are accused of assaulting a taxi driver for not wearing "
                   "his face mask.")
    assert (m.event_type, m.actor1.inter, m.actor2.inter) == ("Violence against civilians", 1, 7)
    assert m.hedged


def test_what_an_arrested_man_is_accused_of_stays_background(nlp):
    found = mentions(nlp, "On 2 May 2020, police in Burgersfort arrested a man accused of killing his neighbour.")
    assert [(m.event_type, m.sub_event_type) for m in found] == [("Strategic developments", "Arrests")]


@pytest.mark.parametrize("text", [
    # the force whose operation it was began the fight
    "On 29 April 2020, in Santaluz, Bahia, two gang members were killed after exchanging fire with military police "
    "forces during an operation. 2 fatalities.",
    # the force the note told running an operation, before the shoot-out it then tells
    "On 9 May 2020, in Sao Goncalo, Rio de Janeiro, the Military Police carried out an operation against drug "
    "trafficking in the Chumbada community. A shoot-out broke out and two suspects died.",
])
def test_a_fight_in_a_forces_operation_has_the_force_first(nlp, text):
    m = first(nlp, text, "Battles")
    assert (m.actor1.inter, m.actor2.inter) == (1, 3)


def test_gang_members_who_attack_a_patrol_stay_first(nlp):
    m = first(nlp, "On 4 May 2020, in Teotepeque (La Libertad), police officers were patrolling at the El Angel "
                   "neighborhood when alleged gang members approached and started shooting. The police shot back.",
              "Battles")
    assert m.actor1.inter == 3


def test_people_the_parse_left_without_a_verb_still_protest_where_the_state_is_written_after_the_town(nlp, gazetteer):
    # the model reads "residents" as a third place after "Cordoba municipality, Veracruz": they still blocked the roads;
    # and "Cordoba, Veracruz" is the state, not a second event at the port city of Veracruz
    doc = make_document("On 1 May 2020, in Cordoba municipality, Veracruz, residents of Aquila village blocked the roads "
                        "to prevent trash trucks from discharging wastes in their community.", published="2020-05-01")
    assert [e.event_type for e in events_of(nlp, gazetteer, doc)] == ["Protests"]
    doc = make_document("On 1 May 2020, in Cordoba, Veracruz, residents blocked the roads to demand water.",
                        published="2020-05-01")
    assert [(e.event_type, e.location) for e in events_of(nlp, gazetteer, doc)] == [("Protests", "Cordoba")]


@pytest.mark.parametrize("text, location", [
    # the place the container was written to locate, though the container stands nearer the verb
    ("On 1 May 2020, Coalition Forces and US forces carried out a landing operation in the village of Hajin in the "
     "eastern countryside of Deir-ez-Zor, during which US forces raided a house and arrested 2 brothers.", "Hajin"),
    ("As reported on 28 April 2020, 2 members of LaQ were found dead in Al Mayadin desert in Deir-ez-Zor countryside, "
     "they were excuted by IS after few days of being kidnapped.", "Al Mayadin"),
    # ... and in the sentences after it: "Afrin city in Aleppo" leaves the narrative in Afrin
    ("On 28 April 2020, a fuel tanker exploded in the market area in Raju street of Afrin city in Aleppo under unknown "
     "circumstances. As a result, 43 persons were killed.", "Afrin"),
    # a name whose particle the tagger reads as a word: "Ma'arrat An Nu'man"
    ("Looting: On 29 April 2020, regime forces continued to loot civilian residences in Ma'arrat An Nu'man in Idleb.",
     "Ma'arrat An Nu'man"),
    # "between A and B": ACLED codes A (66 of 76 dev rows), though B stands nearer the verb told after it
    ("On 1 May 2020, Israeli warplanes carried out raids on an ammunition warehouse in the area between Homs and Tadmor.",
     "Homs"),
    ("On 30 April 2020, on the road between Jowhar and Balcad (Balcad, Middle Shabelle), an IED killed two "
     "soldiers.", "Jowhar"),
    # (an A no list holds would be placed only near its district: B, a known town beside it, stays)
    ("On 16 March 2020, military forces and suspected JNIM militants clashed between Bouni and Bourasso (Bourasso, "
     "Kossi). No casualties reported.", "Bourasso"),
    # (nor an A read in another province, a namesake: not Coahuila's Escobedo, nor the state for want of it)
    ("On 1 May 2020, at the borders between Escobedo and Monterrey municipalities, Nuevo Leon, a man was found dead.",
     "Monterrey"),
    # the note's own coding, "(presumed to be at the state capital of Wad Medani)": not a gloss of areas, nor the country
    # for a state no list spells "El Gazira"
    ("On 3 May 2020, supporters of the outlawed National Congress Party demonstrated in El Gazira state (presumed to be "
     "at the state capital of Wad Medani), against a proposed extension of the United Nation's presence.", "Wad Medani"),
    # a protest told with no site but where the protesters are from: there (not the country)
    ("On 28 April 2020, a group of citizens from Redeyef (Gafsa) protested to demand a local medical analysis center.",
     "Redeyef"),
    # (a site told wins: "migrants from Caracas protested in Cucuta")
    ("On 3 May 2020, Venezuelan migrants from Caracas protested in Cucuta, Colombia.", "Cucuta"),
])
def test_the_event_is_at_the_place_the_note_locates_it_by(nlp, gazetteer, text, location):
    doc = make_document(text, published="2020-05-01")
    assert events_of(nlp, gazetteer, doc)[0].location == location


def test_a_village_placed_once_by_its_state_stays_there(nlp, gazetteer):
    # "in the area of Kashtanove, Donetsk ... near Kashtanove": one place, not the Kashtanove of Crimea the second time
    doc = make_document("On 2 May 2020, the Ukrainian Forces fired 120mm mortars at the positions of the Donbass "
                        "People's Militia in the area of Kashtanove, Donetsk. The OSCE SMM observed a total of 40 "
                        "shots/bursts of fire involving small arms near Kashtanove.", published="2020-05-02",
                        source="OSCE SMM-Ukraine")
    events = events_of(nlp, gazetteer, doc)
    assert {round(e.latitude) for e in events} == {48}  # Donetsk's latitude, not Crimea's 45


def test_a_village_no_list_holds_and_its_province_are_one_place(nlp, gazetteer):
    # "in the area of Yasne, Donetsk, killing one DPR rebel": Donetsk is the province Yasne is placed in, so the
    # killing is at Yasne too, not a second event in the city of Donetsk
    doc = make_document("On 2 May 2020, the Ukrainian Forces fired 82mm mortars at the positions of the Donbass People's "
                        "Militia in the area of Yasne, Donetsk, killing one DPR rebel.", published="2020-05-02",
                        source="OSCE SMM-Ukraine")
    assert {e.location for e in events_of(nlp, gazetteer, doc)} == {"Yasne"}


@pytest.mark.parametrize("text", [
    "On 1 May 2020, activists of Socialist Party and CPB took out a procession and formed a human chain in Barisal city "
    "(Barisal) to observe the labor day.",
    "On 3 May 2020, students formed a human chain in Dhaka demanding justice for the victim.",
])
def test_a_human_chain_and_a_procession_taken_out_are_protests(nlp, gazetteer, text):
    # South Asia's usual forms of a demonstration
    doc = make_document(text, published="2020-05-01")
    assert [(e.event_type, e.sub_event_type) for e in events_of(nlp, gazetteer, doc)] == \
        [("Protests", "Peaceful protest")]


def test_party_members_who_beat_another_partys_monitors_riot(nlp, gazetteer):
    doc = make_document("On 2 May 2020, opposition MCP party members allegedly beat DPP monitors and the party's "
                        "district head in Dowa (Central).", published="2020-05-02")
    assert [(e.event_type, e.location) for e in events_of(nlp, gazetteer, doc)] == [("Riots", "Dowa")]
    # a party that beats another at the polls harms no one
    doc = make_document("On 2 May 2020, the MCP beat the DPP in the fresh presidential election.", published="2020-05-02")
    assert events_of(nlp, gazetteer, doc) == []


def test_residents_from_two_places_joined_by_the_notes_spanish_and_came_from_both(nlp, gazetteer):
    # "residents from El Junquito y La Ceiba protested" behind the palace in Caracas: in Caracas, not in Trujillo's
    # La Ceiba municipality
    doc = make_document("On 6 May 2020, behind the Miraflores presidential palace in Caracas, residents from El Junquito "
                        "y La Ceiba protested to demand potable water. Protesters informed that they have spent a month "
                        "without receiving water.", published="2020-05-06")
    assert {e.location for e in events_of(nlp, gazetteer, doc)} == {"Caracas"}


def test_a_district_the_note_codes_to_is_no_village_of_another_province(nlp, gazetteer):
    # GeoNames has moved Sugapa to the new Central Papua: the note's "Papua province" still holds its district
    doc = make_document("On 5 November 2020, Indonesian military forces interrogated and beat a family of three at an "
                        "airport in Intan Jaya Regency (Papua province), coded as Sugapa district, alleging that the "
                        "family head was a rebel.", published="2020-11-05")
    assert events_of(nlp, gazetteer, doc)[0].location == "Sugapa"


def test_the_country_an_envoy_is_sent_to_is_no_site(nlp, gazetteer):
    # "kidnapped Sierra-Leonean Ambassador to Nigeria ... en route to Jaji, Kaduna": in Kaduna, not "Nigeria"
    doc = make_document("Unknown gunmen on 01/07 kidnapped Sierra-Leonean Ambassador to Nigeria, Maj-Gen. Nelson "
                        "Williams (Rtd) along Abuja-Kaduna Express way while en route to Jaji, Kaduna.",
                        published="2016-07-01", source="Xinhua")
    assert events_of(nlp, gazetteer, doc)[0].location == "Kaduna"


def test_a_village_of_a_district_glossed_by_its_seat(nlp, gazetteer):
    # "the Khawja-Jir village of Kushk (Rabat-e Sangi-ye Pain) district": Kushk is the district, coded at its seat
    # Rabat-e Sangi-ye Pain (read whole, ezafe and all), not the town of Kushk in Shindand, 170 km south
    doc = make_document("On 29 April 2020, 2 soldiers were shot and killed by Taliban militants in the Khawja-Jir "
                        "village of Kushk (Rabat-e Sangi-ye Pain) district, Herat.", published="2020-04-29")
    event = events_of(nlp, gazetteer, doc)[0]
    assert event.location == "Kushk" and abs(event.latitude - 34.80) < 0.1 and abs(event.longitude - 62.14) < 0.1
