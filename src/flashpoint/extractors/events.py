"""Event mentions: find what happened in each sentence and type it by ACLED's codebook.

A trigger (a phrase such as "set ... on fire", "army units arrived", "the
border is closed") proposes a category; the category, the actors around it and
the report's context decide the ACLED type: a mob attacking people is
Riots/Mob violence, an armed group shooting unarmed residents is Violence
against civilians/Attack, state forces against rebels is Battles/Armed clash.
Negated, hypothetical and future statements are not events; hedged ones are
kept and marked.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from flashpoint.extractors.actors import (GROUP_ACRONYMS, NOT_ACTORS, SPELLED_OUT_GROUP, STATE_FORCE_ACRONYMS,
                                          classify_actor, communal_pair, community_militia, country_name, demonym_country,
                                          group_named_in, identity_group, named_group, national_forces, state_named)
from flashpoint.extractors.armed_groups import PRO_STATE
from flashpoint.extractors.cues import literal_cues, may_match
from flashpoint.extractors.datelines import strip_dateline
from flashpoint.extractors.places import CODED_AT
from flashpoint.model import Actor, EventMention, PlaceMention, Quantity, Span, TimeMention

VIOLENT = {"attack_police", "street_violence", "battle", "brawl", "riot", "arson", "shooting", "beating", "attack", "killing",
           "roadblock_forced", "abduction", "sexual", "explosion", "territory"}
# category → (regex, severity); order matters: earlier, more specific patterns claim their span first.
FOUND_DEAD_RX = r"\bfound (?:dead|murdered|killed|shot|strangled|beheaded|decapitated|dismembered|wrapped in|bound|tied up|with (?:their|his|her) (?:hands|feet|legs) tied)\b|\bdead (?:man|woman|men|women|person|people|bod(?:y|ies)) (?:was |were )?(?:found|discovered|dumped|thrown|abandoned|left)\b|\b(?:found|discovered)\s+(?:the\s+|an?\s+|two\s+|three\s+|\d+\s+)?(?:dead\s+|lifeless\s+|decomposing\s+|charred\s+|mutilated\s+)?(?:bod(?:y|ies)|corpses?)\b(?!\s+of\s+(?:water|evidence|work|knowledge))|\bbod(?:y|ies) (?:of [^.]{0,80}?)?(?:was |were )?(?:found|discovered|dumped|thrown|abandoned)\b|\b(?:dead )?bod(?:y|ies) (?:with (?:signs of (?:violence|torture)|gunshot wounds|bullet wounds)|in a (?:plastic )?bag|bearing [^.]{0,30}) (?:was |were )?(?:found|discovered|dumped|located)\b|\bslit (?:\w+ )?throats?\b|\b(?:human heads?|severed heads?|human remains|(?:human )?remains of (?:a |an |two |three |\d+ )?(?:\w+ )?(?:men|man|women|woman|people|persons?|bodies))\b[^.;]{0,60}?\b(?:was|were) (?:found|discovered|left|dumped)\b"
FOUND_DEAD = re.compile(FOUND_DEAD_RX, re.I)
# What people who block a road or padlock an office want: their act is a protest ("blocked the road ... over the
# poor state of roads", "closed the bridge ... demanding justice").
GRIEVANCE_RX = (r"\b(?:over(?! (?:the )?(?:weekend|past|last|next|course|night|period|holidays?|years?|months?|weeks?|days?)\b)|"
                r"demanding|to demand|in protest|to protest|due to|calling for|to denounce|denouncing|against|accusing|"
                r"in solidarity|complain(?:ing|ed)|to complain|to prevent|fearing|to ask|asking for|rejecting)\b")
OBSTRUCTION = re.compile(r"blocked|blockaded|padlocked|occupied|disrupted|prevented|closed", re.I)
# Forces that hold off an attack: a battle with the attackers (TRIGGERS, REPELLED_ATTACK)
# Damage told as what an act left, the event only when nothing else is told (else the damage of that event)
MATERIAL_DAMAGE = re.compile(r"(?:there was|caus(?:ed|ing)|resulting in|leaving)\s+(?:some\s+|significant\s+|extensive\s+)?"
                             r"(?:material|property) damage", re.I)
REPEL_VERBS = r"repel(?:led|s|ling)?|repuls(?:ed|ing)|foil(?:ed|ing)|thwart(?:ed|ing)|fought off|beat back|routed|chased away|chased off"
REPELLED_NOUNS = r"(?:bandits|militants|insurgents|attackers|assailants|gunmen|terrorists|rebels|fighters|jihadists|kidnappers|raiders)"
# Fire with small arms at the other side's positions, or what a ceasefire monitor heard of it: ACLED's armed clash,
# whatever heavier weapons fired beside them ("fired 122mm artillery, grenade launchers and small arms at the positions
# of ...", "fired with unspecified weapons on the positions of ...", "observed 46 bursts of fire involving small arms")
# (grenade launchers, machine guns and unknown weapons alone are fire from afar: ACLED's shelling)
SMALL_ARMS_FIRE = re.compile(r"\bfired\b[^.;]{0,140}?\b(?:small arms|unspecified weapons|automatic weapons|sniper rifles?|"
                             r"light weapons|assault rifles)\b[^.;]{0,60}?\b(?:at|on|towards)\s+(?:the\s+)?(?:\w+\s+)?"
                             r"positions\b|"
                             r"\b(?:observed|recorded|heard)\b[^.;]{0,80}?\b(?:shots|bursts(?: of fire)?|explosions)\b[^.;]{0,60}?"
                             r"\binvolving\s+(?:small arms|light weapons)|"
                             r"\bin both directions of the (?:frontline|contact line|line of contact)\b", re.I)
MOVED = r"relocated|redeployed|repositioned|regrouped"  # forces moved from one place to another
CRUDE_MAKES = r"crude|country-?made|country made|hand-?made|hand|sutli|desi"  # South Asia's hand-made bombs
# A device set off by those who found it: "safely detonated", "a landmine was found and detonated by the army"
CONTROLLED = (r"safely detonated|controlled (?:explosion|detonation)|found and detonated|"
              r"detonated by (?:the )?(?:army|police|military|security forces|sappers|deminers|engineers|bomb squad)|"
              r"(?:sappers|deminers|engineers|bomb squad|bomb disposal \w+) (?:safely )?detonated")
TRIGGERS: list[tuple[str, str, int]] = [
    # People held before and freed in the report: the release is the event, not the old abduction
    ("release", r"\b(?:kidnapped|abducted|hostages?|captives?|abductees)\b[^.;]{0,80}?\b(?:were|was|have been|had been|has been)\s+"
                r"(?:released|freed|set free)\b", 1),
    # First, so the weapons it names ("seized ... an improvised explosive device") are not read as explosions.
    # A manned aircraft shot down was fired on, with its crew: ACLED's missile attack, not a weapon disrupted
    ("explosion:Shelling/artillery/missile attack", r"\b(?:shot|shooting|brought) down\b(?![^.;]{0,30}?\b(?:drones?|missiles?|UAVs?|rockets?)\b)[^.;]{0,30}?\b(?:aircraft|(?:air)?planes?|helicopters?|jets?)\b|\bdowned\b(?![^.;]{0,30}?\b(?:drones?|UAVs?)\b)[^.;]{0,30}?\b(?:aircraft|(?:air)?planes?|helicopters?|jets?)\b", 8),
    ("weapons_seized", r"\bintercept(?:ed|ing|s)?\b[^.;]{0,50}?\b(?:drones?|missiles?|rockets?|projectiles)\b|\b(?:shot|shooting|brought) down\b[^.;]{0,30}?\b(?:drones?|missiles?|UAVs?)\b|\bdowned\b[^.;]{0,30}?\b(?:drones?|UAVs?)\b|\b(?:seized|confiscated|recovered|found|discovered|uncovered)\b[^.;]{0,60}?\b(?:weapons|arms|rifles|guns|ammunition|explosives|explosive (?:devices?|materials?|substances?)|IEDs?|arms caches?|(?:crude |country-?made |hand-?made )?bombs|grenades)\b|\bdefused\b|\b(?:dismantled|deactivated|disarmed|neutrali[sz]ed)\s+(?:an?\s+|the\s+|two\s+|three\s+|\d+\s+)?(?:[\w-]+\s+)?(?:IEDs?|explosive devices?|bombs?|mines?|landmines?|explosives|booby traps?)\b|\b(?:unexploded|undetonated)\b[^.;]{0,50}?\b(?:found|discovered|located|recovered)\b|\b(?:weapons|arms|firearms|rifles|guns|ammunition|explosives)\b[^.]{0,30}?\b(?:seized|confiscated|recovered)\b|\barms cache\b|\b(?:" + CONTROLLED + r")\b|"
                       # "JNIM militants reportedly disarmed ISGS militants": fighters stripped of their arms
                       r"\bdisarm(?:ed|ing)\s+(?:the\s+|\d+\s+|two\s+|three\s+|several\s+)?(?:[\w'’-]+\s+){0,2}?(?:militants|fighters|"
                       r"rebels|militiamen|combatants|soldiers)\b", 1),
    # Both sides firing artillery is a battle, not a shelling (before the weapons claim the words).
    ("battle", r"\bexchanged (?:\w+ )?(?:artillery|mortar|rocket|missile) ?(?:fire|shells|rounds)?\b|\bexchanges? of (?:\w+ )?(?:artillery|mortar|rocket) fire\b", 7),
    ("explosion:Air/drone strike", r"\b(?:suicide|kamikaze) (?:drones?|UAVs?)\b|\bdropped\b[^.;]{0,40}?\bfrom (?:an? |their )?"
                                   r"(?:[\w-]+ )?(?:drones?|UAVs?|quadcopters?)\b|\bdrone-dropped\b|\b(?:guided|glide|gliding|aerial|barrel|cluster)\s+(?:aerial\s+)?bombs?\b", 9),
    ("explosion:Suicide bomb", r"\bsuicide (?:(?:car|truck|vehicle|motorcycle|motorbike)[\s-]+)?(?:bomb(?:ers?|ings?|s)?|attack(?:ers?|s)?|vests?)\b", 9),
    ("explosion:Air/drone strike", r"(?:(?<=forces )|(?<=army )|(?<=military )|(?<=force )|(?<=jets )|(?<=planes ))bomb(?:s|ed)?\b|\b(?:air|drone|aerial|precision)[\s-]?strikes?\b|\b(?:drone|UAV|aerial) attacks?\b|\bair raids?\b|\bairstrikes?\b|\b(?:aerial|air) operations?\b|\b(?:warplanes?|aircrafts?|(?:fighter )?jets?)\b[^.]{0,80}?\b(?:struck|bombed|bombarded)\b|\b(?:warplanes?|(?:air)?planes?|jets?|aircrafts?|helicopters?|gunships?|drones?|UAVs?|air assets|air ?force|[Aa]ntonovs?|MiGs?|Sukhois?)\b[^.]{0,50}?\b(?:opened fire|bombed|bombs?|bombarded|bombards?|struck|strikes?|stuck|hit|hits|pound(?:s|ed)?|dropped|drops|fired|fires|attacked|attacks?|targeted|targets?|killed|kills?|slammed into|crashed into|carried out (?:\w+ )?(?:strikes|raids?|a raid))\b|\bbombed by (?:aircraft|jets|planes|drones)\b|\b(?:airborne|air-launched|aerial) (?:missiles?|missile strikes?)\b(?!\s+(?:complex|system|launcher))|\bair and (?:navy|naval|sea) missiles\b|\b(?:attacks?|strikes?|raids?|fire)\s+(?:by|from)\s+(?:[\w-]+\s+){0,2}(?:helicopters?|gunships?|warplanes?|(?:fighter )?jets?|drones?|aircraft)\b|\bdropp(?:ed|ing) (?:\w+ )?bombs\b|\b(?:attack\w*|struck|targeted|hit|bombed)\b[^.;]{0,140}?\b(?:with|using)\s+(?:[\w-]+\s+){0,2}drones?\b|\bdrones?\s+(?:with|carrying|loaded with|laden with)\s+explosives\b|\blaunch(?:ed|es|ing)?\s+(?:\w+\s+){0,3}?(?:drones?|UAVs?|Shaheds?|loitering munitions)\s+(?:at|on|towards?|against|targeting)\b|\b(?:[A-Z][a-z]+(?:i|n|an|ese|ish)\s+)strikes?\s+(?=(?:hit|killed|targeted|struck|destroyed|wounded|injured)\b)", 9),
    # Unexploded ordnance that goes off ("children found an unexploded shell") is a remote explosive to ACLED.
    # an explosive thrown by hand is ACLED's grenade: "threw an explosive device at a police station"
    ("explosion:Grenade", r"\b(?:threw|thrown|hurled|lobbed|tossed)\s+(?:an?\s+)?(?:improvised\s+|homemade\s+|home-made\s+)?"
                          r"explosive(?:s| devices?)?\b(?!\s+(?:laden|material))", 8),
    ("explosion:Remote explosive/landmine/IED", r"\b(?:unexploded|UXOs?\b|explosive remnants?|ordnance)[^.;]{0,20}?(?:\b(?:shells?|bombs?|ordnance|devices?|munitions?|mortars?|rockets?|grenades?)\b)?", 8),
    # Gunboats and warships firing on the shore, and tanks on a town: fire from afar, as ACLED codes it
    ("explosion:Shelling/artillery/missile attack", r"\b(?:gunboats?|warships?|naval (?:vessels?|boats?|ships?)|tanks)\b"
                                                   r"[^.;]{0,40}?\b(?:opened fire|fired|shelled|targeted)\b", 8),
    # an attack told with its weapon after it: "targeted US forces at the base with rockets"
    ("explosion:Shelling/artillery/missile attack", r"\b(?:attack(?:ed|s)?|struck|targeted|hit)\b[^.;]{0,140}?\b(?:with|using)\s+"
                                                   r"(?:[\w-]+\s+){0,2}(?:rockets?|missiles?|mortars?|artillery|shells)\b", 8),
    # Machine-gun fire from positions at a town or its vicinity, no fight told: fire from afar, as ACLED codes it
    ("explosion:Shelling/artillery/missile attack", r"\b(?:used|combed(?: \w+)? with|opened|fired)\s+(?:heavy\s+)?machine[ -]?gun ?fire\b"
                                                   r"(?=[^.;]{0,60}\b(?:town|village|vicinity|outskirts|area|plains?|hills?)\b)", 8),
    # machine guns fired at places, not at forces' positions, whatever lighter arms beside them: fire from afar
    # ("fired 14.5mm and 12.7mm machine guns, in addition to sniper rifles, at scattered areas of Durayhimi district")
    ("explosion:Shelling/artillery/missile attack", r"\bfired\b(?:[^.;]|(?<=\d)\.(?=\d)){0,60}?\bmachine ?guns?\b[^.;]{0,60}?\bat\s+(?:the\s+)?"
                                                   r"(?:[\w-]+\s+){0,2}(?:areas?|villages?|district|towns?|neighbou?rhoods?|"
                                                   r"farms?|houses?|homes?)\b", 8),
    # heavy guns fired at positions, and what a ceasefire monitor counts of fire (small arms aside: a battle)
    ("explosion:Shelling/artillery/missile attack", r"\bfired\b(?![^.;]{0,160}\b(?:small arms|sniper rifles?|light weapons|"
                                                   r"automatic weapons|assault rifles)\b)[^.;]{0,100}?\b(?:grenade launchers?|"
                                                   r"(?:heavy )?machine ?guns?|"
                                                   r"IFVs?|infantry fighting vehicles|anti-tank (?:weapons|missiles|guided missiles)|"
                                                   r"recoilless (?:guns|rifles))\b|\b(?:ATGMs?|anti-tank guided missiles?|"
                                                   r"RPGs?|rocket-propelled grenades?)\b|\b(?:explosions|bursts of fire|projectiles)\b"
                                                   r"[^.;]{0,30}?\binvolving\b(?!\s+(?:small arms|light weapons))|"
                                                   r"(?<!tear gas )(?<!teargas )(?<!tear-gas )(?<!smoke )\bshell(?:ed|ing|s)\b|\bnaval (?:\w+ )?(?:struck|shelled|fired|bombarded|targeted|attacked)\b|\bheavy (?:and [\w-]+ )?weapons\b|\bartillery\b|\bmissiles?\b|\brockets?\b|\bmortars?\b|\bbombs?\s+(?:fell|landed|rained)\b", 8),
    ("explosion:Remote explosive/landmine/IED", r"\b(?:land)?mines?\b[^.;]{0,40}?\bexplod(?:ed|es)\b|\bIEDs?\b(?!\s+(?:planters?|makers?|emplacers?|layers?|cells?|networks?|factory|workshops?))|\bblew up\b|\broadside bombs?\b|\blandmines?\b|\b(?:anti-?tank|anti-?personnel|land)[\s-]mines?\b|\b(?:hit|struck|stepped on|ran over|drove over|triggered)\s+(?:a|an)\s+(?:[\w-]+\s+)?mine\b|\bexplosive devices?\b|\bcar bombs?\b|\bbombs? (?:exploded|went off|blast)\b|\b(?:remote-controlled|roadside|planted|homemade|home-made|improvised|magnetic|sticky|parcel) bombs?\b|\b(?<!petrol )(?<!fire )bombs?\s+(?:planted|placed|hidden|attached)\b|\bbooby-?trapped\b|\bbomb(?:ing)? (?:attack|blast)s?\b|(?<!petrol )(?<!petrol-)(?<!fire )(?<!fire-)(?<!love )\bbombed\b|\bbombs?\b[^.]{0,60}?\b(?:exploded|went off|detonated)\b|\b(?:detonated|exploded|set off)\s+(?:an?\s+|the\s+|two\s+|three\s+|several\s+)?(?:[\w-]+\s+)?bombs?\b|\bexplosions?\b(?!\s*/|[/\w\s]{0,30}\binvolving\b)|\bblasts?\b|\b(?:home-?made |improvised |planted )?explosives?\b", 8),
    # South Asia's hand-thrown crude bombs ("hurled crude bombs", Bangladesh's "cocktails"): grenades in armed hands,
    # a riot's weapons in a crowd's or party men's (CRUDE_BOMB)
    ("explosion:Grenade", r"\bgrenades?\b(?!\s+launchers?)|\b(?:" + CRUDE_MAKES + r") bombs?\b|"
                          r"\b(?:hurl\w*|thr[eo]w\w*|explod\w*|blast\w*|detonat\w*|lob\w*)\s+(?:\w+\s+){0,2}?"
                          r"(?<!molotov )(?<!Molotov )cocktails?\b(?!\s+(?:party|bar|hour))", 8),
    ("explosion:Chemical weapon", r"\bchemical (?:weapons?|attack)\b|\bchlorine\b|\bsarin\b|\bnerve agents?\b|\btoxic gas\b|\bgas cylinders?\b", 9),
    ("attack_police", r"\battack(?:ed|ing|s)?\s+(?!by\b)(?:\w+\s+){0,3}(?:police|officers|policemen|law enforcement|soldiers|troops|security forces)\b|\battacks?\s+on\s+(?:the\s+)?(?:\w+\s+)?(?:police|officers|security forces|soldiers)\b|(?<!been )(?<!was )(?<!were )\bpelted\b[^.]{0,60}\bwith stones\b|\bthrew (?:stones|rocks|petrol bombs|molotov cocktails)\b(?=\s+(?:at|on|towards)\s+(?:the\s+)?(?:\w+\s+)?(?:police|officers|policemen|security forces|soldiers|troops|gendarmes)\b)|\bstoned\b", 6),
    # The street violence of a violent demonstration: barricades, burning tyres, stones at the police.
    ("street_violence", r"\b(?:demonstrators|protesters|protestors|rioters)\s+(?:\w+\s+)?(?:burned|burnt|torched|set fire to|"
                        r"stormed|ransacked)\b|\bfires? (?:were|was) (?:set|lit|started)\b|\bdemonstrat\w* violently\b|\bviolently (?:demonstrat|protest)\w*\b|\b(?:become|became|turned|grew|got)\s+\W?(?:rowdy|unruly)\b|\b(?:violence|vandalism|violent acts) (?:by|from|of) (?:the )?(?:demonstrators|protesters|protestors|rioters|marchers)\b|\b(?:demonstrators|protesters|protestors|demonstrations?|protests?|marchers|rallies|rally) (?:turned|became|grew) violent\b|\b(?:lit|set up|setting up|lighting|made|making) bonfires\b|\bviolent (?:demonstrations?|protests?)\b|\bburn(?:ing|ed|t|s)? (?:of )?(?:an? |old )?(?:tyres?|tires?|debris|rubbish|garbage|objects|barricades|wood|logs|branches)\b|"
                        # "They tore down the fence of the council building"
                        r"\b(?:tore|torn|tearing) down (?:the |a |an )?(?:[\w'’-]+\s+){0,2}?(?:fence|gate|wall|door|barrier|banners?|"
                        r"signs?|billboards?|posters?|pictures?|portraits?|flags?|statue|building)\b|\b(?:tyres|tires|bonfires)\s+(?:were|was|had been)\s+(?:burnt|burned|set (?:on fire|ablaze|alight)|lit|made|torched)\b|\b(?:police(?:men)?|officers|security forces|soldiers|troops)\b[^.;]{0,30}?\b(?:were|was)\s+(?:stoned|pelted|attacked with (?:stones|rocks|bricks|bottles|sticks))\b|\bvandali[sz](?:ed|ing)\b|\boverturn(?:ed|ing)\b[^.;]{0,20}?\b(?:cars?|vehicles?|trucks?|buses|vans?)\b|\bbarricad(?:es|ed|ing)\b|\bbarricade (?:the|a) (?:road|street|highway|entrance)\b|\b(?:threw|throw(?:ing|s)?|hurl(?:ed|ing|s)?|(?<!been )(?<!was )(?<!were )pelt(?:ed|ing)?)\b[^.;]{0,40}?\b(?:stones?|rocks?|boulders?|bottles?|flares|petrol bombs?|molotov (?:cocktails?|bombs?)|molotovs|fire ?bombs?|fireworks|projectiles?|bricks?|objects|tree trunks|logs)\b", 5),
    # a vehicle or vessel seized with the people on board is a hijacking: an abduction
    ("abduction", r"\bhijack(?:ed|ing|s)?\b|\b(?:seized|commandeered)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:tankers?|vessels?|ships?|"
                  r"boats?|trawlers?|buses|bus|trucks?|lorr(?:y|ies)|planes?)\b(?=[^.;]{0,40}\b(?:crew|passengers|on board|aboard)\b)",
     6),
    ("abduction", r"\bkidnap(?:ped|ping|pings|s)?\b(?! victims? (?:were |was )?(?:rescued|freed|released))|\babduct(?:ed|ing|ion|ions|s)?\b(?!\s+(?:gangs?|rings?|cells?|networks?))|"
                  # a vehicle seized with its people aboard takes them
                  r"\b(?:seized|hijacked|took|stole|commandeered)\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,2}(?:vehicles?|cars?|"
                  r"bus(?:es)?|trucks?|boats?|minibus(?:es)?)\s+with\s+(?:its\s+|the\s+|their\s+)?(?:drivers?|passengers|"
                  r"occupants|crew)\b|"
                  r"\btaken hostage\b|\b(?:took|taking|take|takes) (?:[\w-]+ ){0,3}hostages?\b|\bforced disappearances?\b|\bforcibly disappeared\b|\benforced disappearances?\b|\bheld (?:\w+ ){0,3}(?:captive|hostage)\b|"
                  r"\bforcibly recruit(?:ed|ing)\b|\bforced recruitment\b|"
                  # "six masked and armed men ordered him to come with them", "forced him into a car"
                  r"\bordered (?:him|her|them) to (?:come|go|leave) with them\b|"
                  r"\bseized (?:\d+ |two |three |four |five |several |dozens of |a |an )?(?:[\w-]+ )?(?:travell?ers|passengers|"
                  r"civilians|people|villagers|women|children|farmers|students|worshippers|residents|hostages)\b|"
                  r"\b(?:went|gone) missing after (?:being )?(?:taken|picked up|seized|arrested)\b|"
                  r"\bdisappeared after (?:being )?(?:detained|arrested|abducted|taken|picked up|seized)\b|"
                  r"\b(?:carried|carted|took|whisked|marched|led) (?:away|off)\s+(?:\d+ |two |three |four |five |several |"
                  r"dozens of |scores of |an unknown number of )?(?:[\w-]+ )?(?:students|pupils|people|villagers|women|children|"
                  r"passengers|worshippers|residents|civilians|farmers|girls|boys|travell?ers)\b|"
                  r"\b(?:was|were) taken (?:away )?by (?:armed |unknown |unidentified |masked |suspected )*(?:men|gunmen|"
                  r"militants|bandits|kidnappers|assailants|fighters|rebels|militiamen)\b|"
                  r"\b(?:forced|bundled|dragged|pushed) (?:him|her|them|the \w+) into (?:a|an|their|the) (?:\w+ )?"
                  r"(?:car|vehicle|van|truck|pick-?up)\b", 7),
    # (forced nudity is sexual violence in ACLED's codebook: "forced a female civilian to undress under custody")
    ("sexual", r"\brap(?:ed|e|es|ing)\b|\bsexual(?:ly)? (?:violence|assault(?:ed)?|abus(?:e|ed)|torture)\b|"
               r"\bforced\b[^.;]{0,50}?\bto (?:get |be |stay |remain )?(?:undress(?:ed)?|strip(?:ped)?|naked)\b|"
               r"\bstripped (?:\w+ ){0,2}naked\b|\bforced nudity\b", 7),
    ("battle", SMALL_ARMS_FIRE.pattern + r"|\bencounter(?:ed|s)?\b(?!\s+(?:\w+\s+)?(?:difficult|problem|obstacle|challenge|delay))|\bfire ?fights?\b|\bshoot-?outs?\b|\bgunfights?\b|\breturned fire\b|\bgun ?battles?\b|\bbattl(?:ed|ing)\b|\bexchanges? of (?:heavy |intense )?(?:gun)?fire\b|\b(?:exchang|trad)(?:ed|es|ing|e) (?:[\w-]+ ){0,3}?(?:gun)?fire\b|\b(?:" + REPEL_VERBS + r")\s+(?:an?\s+|the\s+|their\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?(?:attack|assault|offensive|advance|incursion|infiltration(?: attempt)?|attempt|robbery|robberies|kidnapping|abduction|raid|ambush)s?\b|\b(?:were|was|being|been) (?:repelled|repulsed|chased away|chased off|driven off|fought off|beaten back)\b|\bcame under (?:heavy )?fire\b|\bfought\b|(?<!to )\bbattles?\b(?! (?:the |against the )?(?:coronavirus|virus|pandemic|covid\S*|disease|fires?|floods?|drought|corruption|poverty|inflation|unemployment)\b)|\bcombat\b|\boffensive (?:against|on)\b|\bengaged\b(?=(?:\s+[\w-]+){0,3}\s+(?:troops|forces|soldiers|fighters|militants|rebels|army|police|units|bandits|"
               r"gunmen|kidnappers|terrorists|insurgents|gang(?:s| members)?)\b)|\bgun ?duels?\b|\boperations?\s+against\s+(?:the\s+)?(?:[A-Z0-9][\w'’-]*\s+){0,3}(?:gangs?|coalition|militants|insurgents|rebels|terrorists|bandits|militias?|armed groups?)\b|"
               # "the army dismantled a suspected JNIM militant base"
               r"\bdismantl(?:ed|ing)\s+(?:an?\s+|the\s+|their\s+)?(?:[\w'’-]+\s+){0,5}?(?:bases?|camps?|positions|hideouts?|"
               r"strongholds?)\b|"
               # "volunteer fighters pursued presumed ISGS militants"
               r"\bpursu(?:ed|ing)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:militants|fighters|attackers|assailants|gunmen|bandits|"
               r"rebels|insurgents|jihadists|terrorists)\b|"
               # "Barkhane forces conducted air/ground operations in the area of Yomboli"
               r"\b(?:conducted|launched|carried out)\s+(?:\w+\s+){0,2}?(?:air/ground|ground|combing|clearance|clearing|mopping-up|"
               r"counter-?terrorism|counter-?insurgency) operations?\b|"
               r"\b(?:" + REPEL_VERBS + r")\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?" + REPELLED_NOUNS + r"\b", 7),
    ("brawl", r"\b(?:mass\s+)?brawls?\b|\bgroup fight\b|\b(?:tribal|clan|communal|ethnic|inter-?clan|inter-?tribal) fights?\b|\bfight(?:ing)? broke out\b|(?<=s )\bfight\b(?= (?:in|at|near|over|with|each other|one another)\b)|\bfighting\b|\bfistfights?\b|\bscuffl(?:e|es|ed|ing)\b|\baltercations?\b|\bfought\b(?! (?:for|against) (?:the )?(?:rights?|justice|freedom|independence))|\bclash(?:es|ed)?\b|\bskirmish(?:es)?\b|\b(?:inter-?\s?)?communal violence\b", 5),
    ("riot", r"\bpogroms?\b|(?<!anti-)\briot(?:s|ing|ed)?\b(?! (?:gear|police|squad|control|shields?|units?|act)\b)|\bdisturbances\b|(?<!social )(?<!political )(?<!civil )\bunrest\b|\brampage\b|\blynch(?:ed|ing)?\b|\bmobs?\b", 5),
    ("arson", r"\bset\b(?!\s+(?:a |an |the |two |three |\d+ )?(?:man|woman|boy|girl|child|him|her|people|persons?|"
              r"civilians?|villagers?|suspects?)\b)[^.]{0,40}?\b(?:on fire|ablaze|alight)\b|\bburn(?:ed|t|ing|s)?\s+(?:(?:a|an|the|\d+|several|two|three|their|his|her)\s+)?"
              r"(?:[\w'’%-]+\s+){0,5}?(?:vehicles?|cars?|trucks?|backhoes?|equipment|machinery|houses?|homes?|huts|shops?|"
              r"buildings?|offices?|schools?|churches|mosques?|motorcycles?|tractors?|excavators?|bulldozers?|"
              r"cent(?:er|re)s?|stations?|headquarters|warehouses?|markets?|camps?|bars?|restaurants?|motorbikes?|granar(?:y|ies)|"
              r"chapels?|shrines?|kiosks?|stalls?|crops|harvests?)\b|\bset fire to\b|\btorch(?:ed|ing)\b|\bburn(?:ed|t|ing)\s+(?:down|to the ground)\b|\bburnt\b|\barson\b|\btorched\b|\b(?:set|lit|made|mounted)\s+bonfires\b|\bburn(?:ed|t|ing)\s+(?:car\s+)?(?:tyres|tires)\b|\bburning\s+(?:car\s+)?(?:tyres|tires)\b", 5),
    ("shooting", r"\bgun ?fire\b|\bopen(?:ed)? fire\b|\bshooting(?: at)?\b|\bshot at\b|\bfired (?:\w+ )?(?:at|on|upon|live|shots)\b|\bfired (?:[\w.,-]+ ){2,5}?(?:at|upon|towards)\b|\bfired (?:\w+\s+){0,2}(?:shots|rounds|bullets)\b|\bshot dead\b|\bshoots? dead\b|\bgunshots?\b|(?<!long )(?<!big )(?<!mug )(?<!flu )(?<!booster )\bshot\b(?!\s+(?:down|glass))|\b(?:man|woman|person|boy|girl|civilian|suspect|driver)\s+(?:was|were)\s+shot down\b|\bshoots?\b(?=\s+(?:at\s+)?(?:\w+\s+){0,2}(?:civilians|people|women|men|protesters|villagers|residents|students|children|a |an |two|three|\d))|\b(?:with|using) (?:\w+ )?firearms?\b|\bfirearms? attacks?\b", 7),
    ("beating", r"\bbeat(?:ing|en)?\b(?:\s+\w+){0,3}?\s+(?:up|to death)\b|\bbeat\s+and\s+(?:\w+\s+)?(?:injured|wounded|tortured|robbed|killed|detained|arrested|stripped|humiliated|extorted|harassed|threatened|kicked|whipped|flogged|raped|abducted|kidnapped|insulted|intimidated)\b|\bbeat\s+(?:up\s+)?(?:a|an|two|three|four|five|several|\d+)\s+(?:[\w-]+\s+)?(?:[a-z]*(?:er|or|ist|ant|ent|ian|man|men|woman|women|boy|girl|child|children|s))\b|\bbeat\b[^.;]{0,40}?\bwith (?:a |an |their |his |her )?"
                r"(?:truncheons?|batons?|sticks?|clubs?|whips?|rifle butts?|iron bars?|belts?|cables?)\b|\bbeats?\s+(?:up\s+)?(?:\w+\s+){0,2}(?:people|men|women|him|her|them|protesters|students|civilians|residents|journalists|villagers|youths?|boys?|girls?|a man|a woman|monitors|officials|supporters|members|agents|activists|workers|voters|reporters|traders|farmers|teachers|famil(?:y|ies))\b|\blynch(?:ed|ing)\b|\bbeat(?:en|ing)\b|\b(?:whipped|flogged|lashed)\b|\bstabb(?:ed|ing)\b|\bhack(?:ed|ing)\s+(?:[\w'’-]+\s+){0,5}?to death\b|\bhack(?:ed|ing)\b(?=[^.;]{0,30}\b(?:machetes?|axes?|knives|cutlass(?:es)?|pangas?)\b)|\bassault(?:ed|s|ing)?\b|\btortur(?:ed|ing)\b", 6),
    # a raid on herds is cattle rustling, a theft (ACLED: looting), unless someone is hurt: found before "raided"
    # reads as an attack ("dahalo raided cattle from civilians", "raided 300 goats")
    ("looting", r"\braid(?:ed|ing|s)?\s+(?:(?:\d[\d,]*|some|about|over|more than|hundreds of|dozens of|several|the|their)\s+)*"
                r"(?:head of\s+)?(?:livestock|cattle|cows|goats|sheep|camels|donkeys|herds?)\b", 3),
    ("attack", r"(?<=[a-z] )(?:injured|wounded)\s+(?:\d+|two|three|four|five|six|several|many|dozens)\s+(?:\w+\s+)?(?:people|persons|civilians|men|women|villagers|residents)\b|"
               # a headline's present tense: "Unknown group injure a boy in El Fasher"
               r"(?<=[a-z] )(?:injures?|wounds?)\s+(?:a|an|one|two|three|four|five|\d+|several)\s+(?:\w+\s+)?(?:boys?|girls?|m[ae]n|wom[ae]n|child(?:ren)?|civilians?|persons?|people|residents|villagers|students)\b|\b(?:injured|wounded|hurt)\s+by\s+(?:an?\s+|the\s+)?(?:unidentified\s+|unknown\s+|armed\s+|suspected\s+)?"
               r"(?:[A-Z][\w-]*\s+)?(?:gunm[ae]n|assailants?|attackers?|militants?|soldiers|police(?:m[ae]n)?|men|activists|"
               r"supporters|cadres|members|youths|mobs?|rioters|villagers|residents)\b|\b(?:under )?attack(?:ed|s|ing)?\b|\b(?:petrol|fire)[- ]?bomb(?:ed|ing)\b|\braid(?:ed|s)?\b|\bambush(?:ed|es)?\b|\bmassacred?\b|\btargeted\b(?!\s+(?:sanctions|killings?|campaign|measures)\b)|"
               # a vehicle or a horse driven at people: "ran a patrol car over a civilian", "charged against her with
               # their horses"
               r"\bran (?:(?:a|an|the|his|her|their) )?(?:[\w-]+ ){0,3}over (?:a |an |the |two |three |\d+ )?(?:[\w-]+ )?"
               r"(?:civilians?|pedestrians?|protesters|demonstrators|people|persons?|man|woman|boy|girl|child(?:ren)?|him|her|them)\b|"
               r"\bcharged (?:against|at|into) (?:a |an |the )?(?:[\w-]+ )?(?:her|him|them|crowd|protesters|demonstrators|"
               r"civilians|people|journalists?)\b|"
               # acid thrown at someone, bodies maimed, people set on fire
               r"\b(?:threw|thrown|throwing|poured) acid\b|\bacid attacks?\b|\bmutilat(?:ed|ing)\b|"
               r"\bset (?:a |an |the |two |three |\d+ )?(?:man|woman|boy|girl|child|him|her|people|persons?|civilians?|"
               r"villagers?|suspects?)\b[^.;]{0,20}?\b(?:ablaze|on fire|alight)\b", 6),
    ("killing", FOUND_DEAD_RX + r"|\bstabb(?:ed|ing)\b[^.;]{0,50}?\bto death\b|\bburn(?:ed|t|s|ing)?\s+(?:[\w'’-]+\s+){1,4}?(?:to death|alive)\b|\bdied\b[^.;]{0,30}?\b(?:tortur\w*|ill[- ]treatment|beatings?)\b|\bdied after (?:being )?(?:hit|struck|shot) by\b|\bkill(?:ed|ing|s)?\b|\bassassinat(?:ed|ion)\b|\bmurder(?:ed|s)?\b|\bexecuted\b|\bbehead(?:ed|s|ing)?\b|\bshot dead\b|\bneutrali[sz]ed\b|\bleft\s+(?:at least\s+|some\s+|about\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens|scores)\s+(?:[\w'’-]+\s+){0,3}?dead\b|\bgunned down\b|\bslaughter(?:ed|s|ing)\b|"
                r"\bstrangl(?:ed|es|ing)\b|\bthroats? (?:was |were |had been )?slit\b|\bpoison(?:ed|ing)\b", 7),
    ("protest", r"\bchant(?:ed|ing)\s+(?:[\w'’-]+\s+){0,3}slogans\b|"
                # burning what stands for someone is a protester's sign, no arson: "burned banners", "burnt an effigy"
                r"\bburn(?:ed|t|ing|s)?\s+(?:\w+\s+){0,2}(?:effig(?:y|ies)|flags?|banners?|posters?|portraits?|pictures?|"
                r"photos?|placards?)\b|"
                # a group handing its demand to an office, holding up its signs, or laying down its tools
                r"\b(?:presented|submitted|delivered|handed(?: over)?)\s+(?:a |an |their |its )?(?:\w+ )?(?:petitions?|memorand(?:um|a))\b|"
                r"\bheld (?:up )?(?:placards|banners|signs)\b|\bdowned tools\b|\bprotest(?:s|ed|ers|ing)?\b(?! (?:at|against|over) the (?:results?|outcome|decision)\b)|\bdemonstrat(?:ion|ions|ors|ed|ing)\b(?! (?:that|how|its|their|his|her) )|\bdemos?\b(?= (?:stopped|against|in|outside|by|over|at))|(?<!to )\bdemonstrates?\b(?= (?:against|in support|for|over|outside|in front|in [A-Z]|at [A-Z]))|(?<!campaign )(?<!election )(?<!political )\brall(?:y|ies|ied)\b|\b(?-i:march(?:ed|es|ing)?)\b|\bsit-(?:ins?|downs?)\b|\bcacerolazos?\b|\bpanela[cç]os?\b|\bpot-banging\b|\bbang(?:ed|ing) pots\b|\b(?:motorcades?|caravan(?:s|ned|ed)?)\b(?=[^.;]{0,100}\b(?:demand|against|protest|call(?:ing)? for|to denounce))|\b(?:solidarity|protest) (?:stands?|vigils?|gatherings?)\b|\bvigils?\b|\bblockades?\b(?=[^.]{0,120}\b(?:demand|against|protest|call(?:ing)? for))|\bcivil disobedience\b|\bhuman chains?\b|\b(?:took|take|takes|taking|brought|bring|brings|bringing) out (?:a |an )?(?:\w+ )?(?:processions?|rall(?:y|ies)|march(?:es)?)\b|\bpicket(?:s|ed|ing|ers?)?\b|\bdharnas?\b|\bgheraos?\b|\bhartals?\b|\b(?:glued|chained) themselves\b|\b(?:took|taken|taking|take) to the streets?\b|\bhunger strikes?\b|\b(?<!air )(?<!drone )strike(?:s|rs)?\b(?! (?:on|by|against|hit|killed|targeted|struck|destroyed|wounded|injured)\b)|\b(?:were|was|being) dispersed by\b|\bdispers(?:e|es|ed|ing)\b(?=[^.;]{0,60}\b(?:protesters|demonstrators|supporters|crowds?|marchers|students|gathering|rall(?:y|ies)|protests?|demonstrations?|sit-ins?)\b)|"
                r"\b(?:blocked|blockaded|padlocked|occupied|disrupted|prevented)\b(?=[^.;]{0,100}?" + GRIEVANCE_RX + r")|"
                # people who block a road protest, whether or not the note says why (a force or no one blocking it
                # is no protest: see the obstruction check where events are typed)
                r"\b(?:blocked|blockaded)\b(?= (?:off )?(?:the |a |several |both |all |\w+ ){0,2}(?:roads?|streets?|"
                r"highways?|avenues?|bridges?|junctions?|roundabouts?|intersections?|railway|rail line|traffic)\b)|"
                r"\bclosed\b(?=[^.;]{0,100}?\b(?:demanding|to demand|in protest|to protest)\b)", 3),
    ("arrests", r"\bcaptured\s+(?:\w+\s+){0,2}(?:militants|fighters|insurgents|rebels|suspects|members|gunmen|bandits|"
                r"terrorists|jihadists|kidnappers)\b|\btaken away by (?:the )?(?:\w+\s+){0,2}(?:police|security|soldiers|troops|agents|officers|intelligence|military|army|gendarmes)\b|\btaken? (?:\w+ )?in for questioning\b|\btook (?:him|her|them) in\b|\barrest(?:ed|s|ing)?\b|\bdetain(?:ed|s)?\b|\bdetentions?\b|\btaken into custody\b|\bapprehended\b|\brounded up\b|"
                r"\bnabbed\b|\btook\b(?=[^.;]{0,40}?\binto custody\b)|\bheld for questioning\b|"
                r"\b(?:police|soldiers|security forces|agents|officers|troops|gendarmes)\b[^.;]{0,20}?\bpicked up\b|"
                r"\bheld\s+(?:\d+\s+|two\s+|three\s+|four\s+|five\s+|several\s+|dozens of\s+)?(?:suspected\s+|alleged\s+)?"
                r"(?:militants|suspects|insurgents|rebels|activists|journalists|opposition (?:members|supporters|activists))\b", 2),
    ("deployment", r"\b(?:army|troops|soldiers|military|security forces|national guard|units|reinforcements|officers|personnel|mercenaries|contractors|fighters|militants|rebels|militiamen)\b[^.]{0,60}?\b(?:arrived|deployed|sent|dispatched|moved in|moved into|reached|(?:were|was) moved|moved to)\b|\bdeploy(?:ed|s|ing)\b(?=[^.;]{0,40}\b(?:troops|soldiers|forces|police|army|units|reinforcements)\b)|\bdeployed\b|\b(?:forces|troops|positions|units|fighters|lines)\b[^.;]{0,30}?\b(?:had been |have been |were |was )?reinforced\b|\bsent (?:\w+ )?reinforcements\b|\bpatrolled\b|\b(?:conducted|carried out|held|began|launched) (?:a |an )?(?:\w+ )?(?:joint )?(?:military )?patrols?\b|\b(?:built|dug|established|erected|set up|reinforced) (?:new |more |their |its |two |three |several |\d+ )?(?:fortifications|trenches|defensive positions|earthworks|barriers|defen[cs]e lines)\b|\b(?:conducted|held|carried out|staged|launched) (?:\w+ )?(?:joint )?(?:military |live-fire |armed )?(?:exercises|drills|manoeuvres|maneuvers|training)\b|\btrenches (?:were |had been |have been )?(?:built|dug)\b|\bcurfew\b|\bstate of emergency\b|\bmartial law\b|\bimpos(?:ed|es|ing) (?:a |an )?(?:\w+ )?(?:blockade|siege|embargo)\b|"
                   r"\bmobili[sz](?:ation|ed|es|ing)\b(?=[^.;]{0,60}\b(?:civilians|youths?|fighters|troops|reservists|men|"
                   r"forces|militias?)\b)|"
                   r"\bdefect(?:ed|s)? (?:to|from)\b|"
                   # an armed group's own changes and its rule over people (ACLED: change to group or activity)
                   r"\bannounced (?:their |its |the )?(?:merger|formation|creation|dissolution)\b|\bmerged (?:into|with)\b|"
                   r"\bdistributed (?:\w+ )?(?:leaflets|pamphlets|night letters|flyers)\b|"
                   r"\b(?:collected|collecting|imposed|levied|forced [^.;]{0,40}?to pay) (?:\w+ )?(?:taxes|zakat|levies|tolls)\b|"
                   # recruiting, and forces moved from one place to another ("SPLA-IO forces relocated to the
                   # cantonment site"): ACLED's change to group or activity
                   r"\brecruit(?:ed|ing|ment drives?|s)\b(?=[^.;]{0,60}\b(?:youths?|fighters|members|men|boys|children|"
                   r"recruits|civilians|people)\b)|\brecruitment (?:drive|campaign)s?\b|"
                   rf"\b(?:{MOVED})\b(?=[^.;]{{0,60}}\b(?:to|from|into|towards?)\b)", 2),
    # Armed men who leave a place without a fight hand it over (ACLED: non-violent transfer of territory)
    ("withdrawal", r"\bhand(?:ed|s)? over (?:(?:its|their|the|a)\s+)?(?:\w+\s+)?(?:camp|base|positions?|town|control|"
                   r"checkpoints?)\b|"
                   r"\b(?:withdr[ae]w|withdrawn|retreated|pulled out|evacuated)\s+(?:(?:all\s+)?(?:their|its|the)\s+"
                   r"(?:forces|troops|fighters|positions|units)\s+)?from\s+(?:the\s+)?(?:(?:town|village|city|area|base|"
                   r"district|positions?)\s+(?:of\s+)?)?[A-Z]", 2),
    ("border_closure", r"\bborders?\b[^.]{0,50}?\b(?:closed|shut|sealed)\b|\b(?:closed|shut|sealed)\b[^.]{0,20}?\bborders?\b|\b(?:strengthened|tightened|reinforced|stepped up|increased) security\b[^.]{0,60}\bborder|\bno one (?:was|is|were) (?:being )?allowed across\b|\bprevented from crossing\b", 2),
    ("road_closure", r"\broads?\b[^.]{0,40}?\b(?:are|were|is|was|have been|had been)\s+(?:closed off|closed|blocked|sealed off|cordoned off)\b|\bcordoned off\b", 1),
    ("blackout", r"\bblock(?:ed|ing)\s+(?:access to\s+)?(?:whatsapp|the internet|internet|telegram|facebook|social media|mobile|"
                 r"(?:a|the|several|\w+)\s+(?:news\s+)?websites?)\b|\b(?:internet|mobile networks?|phone lines?|whatsapp|telegram)\b[^.]{0,30}?\b(?:shutdown|blackout|cut off|cut|blocked|restricted|suspended)\b|\bshut down the internet\b|\b(?:internet|mobile networks?|phone lines?)\b[^.]{0,30}?\b(?:was|were|has been|had been) shut down\b|\b(?:cut|shut down|suspended|blocked|restricted)\s+(?:off\s+)?(?:\w+\s+){0,2}(?:internet|data|telecommunications?|phone|network)\b|\binternet (?:shutdown|blackout)\b", 1),
    ("roadblock_forced", r"\bforced their way\b|\bbroke into\b|\bbroken into\b|\b(?:attempted|tried) to storm\b|\bbroke through\b[^.]{0,30}\b(?:cordon|roadblock|barricade|checkpoint)|\bpushed the police\b[^.]{0,40}?\bout of the way\b|\bstormed\b", 5),
    ("mass_grave", r"\bmass graves?\b", 2),  # found, not dug in the report's event: a development (ACLED: Other)
    # people driven from their homes: ACLED's "other" development ("more than 108 villagers fled their village")
    ("displacement", r"\b(?:fled|flee|flees|fleeing)\s+(?:from\s+)?(?:their|the)\s+(?:village|villages|homes?|houses|town|area)\b|"
                     r"\b(?:were|was|been)\s+(?:forcibly\s+)?displaced\b|\bforcibly displaced\b", 1),
    ("crowd", r"\bcrowds?\b[^.]{0,80}?\bgather(?:ing|ed)\b|\bgathered\b|\bthronged\b", 1),
    ("looting", r"\b(?:seized|stole|stolen|robbed|took away|took(?! part\b)|drove away|made away with|carted away|rustled|removed)\b[^.;]{0,40}?\b(?:livestock|cattle|cows|goats|sheep|camels|donkeys|herds?|"
                r"vehicles?|cars?|trucks?|lorr(?:y|ies)|ambulances?|boats?|motorcycles?|motorbikes?|(?:tri|bi)cycles?|carts?|property|money|cash|food|foodstuffs?|goods|"
                r"supplies|aid|medicines?|fuel|phones?|millet|grains?|cereals?|harvests?|belongings|valuables)\b|"
                # "militants stripped marketgoers of money and seven motorbikes"
                r"\bstripped\b[^.;]{0,40}?\bof (?:their |his |her )?(?:[\w'’-]+ ){0,2}?(?:money|cash|motorbikes?|motorcycles?|"
                r"(?:mobile )?phones?|belongings|valuables|goods|(?:personal )?effects|property|livestock|cattle|vehicles?)\b|"
                r"\b(?:livestock|cattle|vehicles?|trucks?|medicines?|supplies|goods|aid)\b"
                r"(?! workers?\b)[^.;]{0,30}?\b(?:was|were) (?:seized|stolen|looted|taken)\b|"
                r"\b(?:destroyed|damaged|smashed) (?:(?:a|an|the|\d+|several|two|three)\s+)?(?:[\w'’-]+\s+){0,2}(?:pylons?|towers?|bridges?|antennas?|masts?|cameras|windows|ATMs|gates|"
                r"vehicles?|cars?|trucks?|equipment|machinery|houses?|homes?|huts|shops?|buildings?|offices?|schools?|"
                r"(?:metro |train |bus |police )?stations?|stores?|businesses|propert(?:y|ies)|facilities|"
                r"traffic lights|crops|farms?|farmlands?|plantations?|granar(?:y|ies)|airstrips?|laborator(?:y|ies)|labs?)\b|"
                r"\bloot(?:ed|ing|s)?\b(?= (?:and |the |a |an |\d|shops|houses|homes|stores|property|villages?|markets?|cattle|livestock))|"
                r"\bloot(?:ed|ing)\b|\bsabotaged\b|\bplunder(?:ed|ing|s)?\b|\bpillag(?:ed|ing|es)\b|"
                # "a man drove through the fence of the camp ... No one was injured but there was material damage"
                r"\b" + MATERIAL_DAMAGE.pattern + r"\b|\bransack(?:ed|ing|s)?\b|\bvandali[sz](?:ed|ing|es)\b|\bsmash(?:ed|ing) (?:the )?windows\b|\bdemolish(?:ed|ing)\b|\bbulldoz(?:ed|ing)\b|\brazed\b", 3),
    ("territory", r"\bseized (?:it|them|the (?:\w+ )?(?:town|village|city|area|base|camp|district|locality|post|positions?|checkpoint|airport|border crossing|county|port)|(?:a|an|two|three|four|\d+) (?:\w+ )?(?:posts|bases|positions|checkpoints|camps|outposts|military post|military base|police station))\b|\b(?:took|take|takes|taken) (?:the (?:\w+ )?(?:town|village|city|settlement|locality|district|base|airport|hill|heights))\b|\btook over\b|\btook back\b|\btakes? (?:(?:it|them|the \w+) )?over\b|\b(?:(?:seized|seizing|took|taken|taking|gained|gaining|gains|assumed|wrested|regained|regaining) (?:full |total |complete |effective )?control (?:of|over)|(?<!\d )(?<!two )(?<!three )(?<!four )(?<!five )(?<!were )(?<!was )(?<!and )captured(?! (?:alive|by|\d|two|three|four|five|several|dozens|[a-z]+ (?:men|people|fighters|militants|soldiers|civilians)))|overran|overrun|overt(?:ook|aken|akes)|recaptured|retook|retaking|retaken|regained (?:the )?territory|dislodged|dislodges?|drove out|driven out|pushed (?:back|away|out)|(?:re)?captures|overruns|retakes|seizes control (?:of|over)|takes control (?:of|over))\b", 7),
    # An agreement is an event when it is signed or declared, not when it is background ("rejected the 2016 peace agreement").
    # fighters who surrender to the authorities come to terms with them (ACLED: agreement)
    ("agreement", r"\b(?:exchanged|swapped|exchange of|swap of) (?:\d+ |some |more than \d+ )?(?:prisoners|POWs|detainees|bodies)\b|"
                  r"\bprisoner (?:exchange|swap)\b|\b(?:held|hold|holds|holding|resumed|began|opened) (?:\w+ )?(?:peace )?"
                  r"(?:talks|negotiations)\b|\bsurrender(?:ed|s)?\b(?=[^.;]{0,40}\b(?:to|with their weapons|their arms)\b)|\bthe surrender of\b|"
                  r"\b(?:signed|accepted|reached|brokered|mediated|concluded|agreed (?:to|on))\b[^.]{0,40}?\b(?:ceasefire|truce|agreement|deal|accord|reconciliation)\b|\b(?:ceasefire|truce|peace (?:deal|agreement|accord))\b[^.]{0,30}?\b(?:was|were|has been|have been|had been) (?:signed|agreed|reached|announced|declared)\b|\b(?:agreed|agreed to|declared|announced) (?:a |an )?(?:[\w-]+ )?(?:ceasefire|truce)\b", 1),
    # Rioters who act are a riot, when no other word of the sentence tells what they did ("rioters set
    # fireworks in a police station"); found last, and dropped beside any other trigger.
    ("street_violence", r"\brioters\b(?=\s+(?:[\w-]+\s+){0,10}?(?:set|threw|attacked|burned|burnt|clashed|looted|destroyed|"
                        r"vandali[sz]ed|erected|blocked|damaged|torched|smashed|hurled|fired|stoned|attack|stone|burn|loot|"
                        r"throw|clash|rob)\b)", 5),
    ("release", r"\breleas(?:ed|es|ing) (?:a |an |the |two |three |\d+ |several )?(?:\w+ )?(?:hostages?|captives?|abductees?|"
                r"kidnapped|prisoners of war|POWs)\b", 1),
    ("base", r"\b(?:established|set up|built|installed|created|erected)\s+(?:a\s+|an\s+|its\s+|their\s+)?(?:new\s+)?"
             r"(?:temporary\s+|permanent\s+|forward\s+)?(?:military\s+|operational\s+)?"
             r"(?:base|headquarters|position|camp|outpost|checkpoint|hideout|(?:military|observation) point|"
             r"observation post)s?\b", 1),
]
COMPILED = [(cat, re.compile(rx, re.I), sev) for cat, rx, sev in TRIGGERS]
LOOTED = next(rx for cat, rx, _ in COMPILED if cat == "looting")
CUES = [literal_cues(rx) for _, rx, _ in COMPILED]  # a pattern runs only on a sentence holding one of its words

# "Machar's forces denied claims that they abducted 21 aid workers": what a party denies doing is no event
DENIAL = re.compile(r"\b(?:denied|deny|denies|denying|dismissed|rejected)\s+(?:the\s+)?(?:(?:claims?|reports?|allegations?|"
                    r"accusations?|charges?|rumou?rs?)\s+|involvement in\s+|responsibility for\s+|having\s+)?(?:that\s+)?"
                    r"(?:[\w'’-]+\s+){0,2}$", re.I)
HYPOTHETICAL = re.compile(r"\b(?:will|would|could|might|(?-i:may)|should|shall|threaten(?:ed|s)? to|plan(?:s|ned)? to|vow(?:ed|s)? to|warn(?:ed|s)? of|if|unless|to prevent|in case of|fear(?:s|ed)? of|avoid|waiting for|demand(?:s|ed|ing)?|call(?:s|ed|ing)? for|urg(?:es|ed|ing))\b[^.]{0,40}$", re.I)
META = re.compile(r"\b(?:reports? of|comment on|asked about|information on|news of|rumou?rs? of)\s+(?:\w+\s+){0,2}$", re.I)
# "amid post-election unrest", "following the deadly attack on Panyam", "after protests over the arrest":
# an event named as the cause or setting of another is background to it, reported (if at all) elsewhere.
BACKGROUND = re.compile(r"\b(?:amid|amidst|following|after|since|due to|because of|in response to|in the wake of|"
                        r"victims of|in memory of|anniversary of|commemorat\w+|"
                        r"in retaliation for|in reaction to|denouncing|condemning|protesting(?: against)?|"
                        # a victim's past, not the event: "a civilian that had recently participated in a protest"
                        r"had (?:recently |earlier |previously )?(?:participated|taken part|been) in|"
                        r"(?:was|were) not (?:taking part|participating) in|"
                        # "two civilians arrested during a demonstration", "gathered recalling the death of a man
                        # killed by soldiers": what the victims were doing, and what a protest remembers
                        r"(?:arrested|detained|held) (?:during|at|near|after)|"
                        # what someone is accused of is no event of the report: "a foreign national accused of kidnapping"
                        # (but "police are accused of assaulting a driver": the report's own allegation, kept hedged)
                        r"(?<!\bare )(?<!\bis )(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?:accused|suspected) of(?: (?:the|a|an|his|her|their))?|"
                        r"(?:charged|convicted) (?:of|with)(?: (?:the|a|an|his|her|their))?|(?:accused|suspected) with(?: (?:the|a|an|his|her|their))?|"
                        r"(?:recalling|remembering|mourning|honou?ring)(?: the (?:death|killing|murder) of)?|"
                        r"(?:in|at) (?:the )?(?:memory|funeral|burial) of|"
                        r"demonstrat(?:ing|ed|ions?) against|protest(?:s|ed|ing)? against|rall(?:y|ies|ied) against|in protest (?:at|over|against))\s+(?:the\s+|a\s+|an\s+|recent\s+|last\s+\w+'s\s+)?"
                        r"(?:[\w-]+\s+){0,3}$", re.I)
GRIEVANCE_LEAD = re.compile(r"\b(?:denouncing|condemning|protesting|(?:demonstrat|protest|rall)\w* against|in protest (?:at|over|against))"
                            r"\s+(?:[\w-]+\s+){1,3}$", re.I)
PAST_VERB = re.compile(r"(?:set|threw|burnt|took|broke|beat|fought|shot|stole|hit|ran|tore|\w+ed)\b(?! by\b)")
# "3 policemen were killed following an attack by Taliban militants": the toll's own cause is the event.
TOLL_OF = re.compile(r"\b(?:killed|wounded|injured|died|dead|hurt)"
                     # ("killed and four others reported missing following clashes": the rest of the toll between)
                     r"(?:\s+and\s+(?:[\w-]+\s+){0,4}?(?:missing|injured|wounded|hurt|displaced|abducted))?"
                     r"(?:\s+(?:in|at|near|on)\s+[^.;]{0,60}?)?"  # (where, told between)
                     r"\s+(?:following|after|due to|because of|in the wake of)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}$", re.I)
DURING_THE_FIGHT = re.compile(r"[^.;]{0,40}?\b(?:during|amid|amidst|in the course of)\s+the\s+(?:\w+\s+)?(?:clash(?:es)?|"
                              r"fighting|fights?|battles?|attacks?|violence|raids?|assaults?|offensive)\b", re.I)
VICTIMS_OF = re.compile(r"\bvictims of\s+(?:the\s+|a\s+|an\s+|recent\s+)?(?:[\w-]+\s+){0,3}$", re.I)
# "28 soldiers were killed in the assault": the event already told, named again for its toll.
# "in the attack", "troops repelled the attack", "condemned the killing": the event told already.
ANAPHORIC = re.compile(r"\b(?:in|during|in the course of|since|repelled|repulsed|foiled|thwarted|condemned|denounced|survived|"
                       r"claimed(?: responsibility for)?|blamed \w+ for|(?:reasons?|causes?|motives?) (?:for|of|behind))"
                       r"\s+the\s+(?:\w+\s+)?$", re.I)
# "... killed five soldiers in the attack": the killing is the event told already, named again for its toll
IN_THE_TOLD_EVENT = re.compile(r"[^.;]{0,50}?\b(?:in|during)\s+the\s+(?:\w+\s+)?(?:attack|explosion|blast|bombing|ambush|"
                               r"air ?strike|strike|raid|assault|shelling)s?\b", re.I)
# "148 were killed in two days of fighting", after the attack that began it: the fight told already, its length
# given (told first, "20 were killed in two days of fighting between the army and rebels" is the event itself)
DURATION_OF = re.compile(r"\b(?:in|during|over)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:days?|hours?|weeks?|nights?)\s+of\s+$", re.I)
AMID = re.compile(r"\b(?:amid|amidst|during|in)\s+(?:the\s+)?(?:\w+\s+){0,2}$", re.I)
UNDER_ATTACK = re.compile(r"\b(?:came|come|comes|coming|was|were|is|are|been)\s+under\s+(?:\w+\s+)?attack\b", re.I)
ATTACKED_BY = re.compile(r"[^.;]{0,20}?\bby\s+(?P<who>[^.,;()]{3,60}?)(?=\s+(?:while|when|as|in|at|on|near|who|after)\b|[.,;(]|$)")
# "a farmer - accused by the police of being an NPA militant - was shot dead": the victim's alleged side, not the shooter
ACCUSED_OF_BEING = re.compile(r"\b(?:accused|suspected|alleged|branded|tagged)\b[^.;]{0,40}?\bof being\b[^.;,–-]{0,40}", re.I)
DEFINITE_LEAD = re.compile(r"^\s*(?:The|This|That|These|Those)\s+(?:[\w-]+\s+)?$")
PARTICIPATED = re.compile(r"\b(?:participated|took part|joined|attended|held|staged|organi[sz]ed|marched)\s+in\s+the\s+(?:\w+\s+)?$",
                          re.I)
# What a strike answered (explosions are read as background only this way: "killed after a shell hit" is the event)
RETALIATED_FOR = re.compile(r"\b(?:in response to|in retaliation for|in reaction to|in revenge for|in reprisal for)\s+"
                            r"(?:[\w'’-]+\s+){0,3}$", re.I)
BACKGROUND_CATEGORIES = {"riot", "brawl", "protest", "attack", "battle", "killing", "crowd", "beating", "territory", "arrests",
                         "arson", "shooting", "looting", "abduction", "sexual"}
HEDGE = re.compile(r"\b(?:reportedly|allegedly|(?:is|are|was|were|been) accused of|said to|were said|was said|rumou?r|unconfirmed|claimed|may have|might have|believed to|apparently|suspected)\b", re.I)
CLAUSE_BREAK = re.compile(r",\s*(?:but|and|while|whereas|although)\s|;|\s[–—]\s|,\s*who\s|,\s*where\s")
# (A candidate's campaign rally is not a demonstration: ACLED codes violence there by who commits it.)
PROTEST_CONTEXT = re.compile(r"\b(?:protest(?!ant)\w*|demonstrat\w*|(?<!campaign )(?<!election )(?<!political )rall(?:y|ies)|"
                             r"(?-i:march(?:ers?|ing|ed)))\b", re.I)
# "amid tensions following last week's demonstrations": a protest named as background is not this event's setting.
# ("a civilian that had recently participated in a protest": the victim's past, not the violence's setting)
BACKGROUND_LEAD = re.compile(r"\b(?:amid|following|after|since|ahead of|in the wake of|weeks? of|days? of|months? of|"
                             r"had (?:recently |earlier |previously )?(?:participated|taken part|been)|"
                             r"(?:arrested|detained|held) (?:during|at|near|after)|"
                             r"(?:was|were) not (?:taking part|participating))\b[^,.;]{0,60}$", re.I)
# The people a violent act targets, when the sentence before gathered them: "Police opened fire on the crowd".
GATHERED_TARGET = re.compile(r"\b(?:crowds?|gathering|them|demonstrators|protesters|protestors|marchers)\b", re.I)


def protest_setting(sentence: str) -> bool:
    """Whether the sentence sets its violence at a protest, not merely after or amid one."""
    return any(not BACKGROUND_LEAD.search(sentence[:m.start()]) for m in PROTEST_CONTEXT.finditer(sentence))


INTERVENTION_NEXT = re.compile(r"\b(?:halted|stopped|blocked|dispersed|prevented|intercepted) by (?:the )?(?:\w+ )?"
                               r"(?:police|security forces|gendarmes|troops|soldiers)\b|\bintervened\b|"
                               r"\b(?:police|security forces|gendarmes|gendarmerie|troops|soldiers|units?|guards?)\b[^.]{0,60}\b(?:dispers\w+|"
                               r"broke up|tear ?gas|water cannon|rubber bullets|batons?|detained|arrested|beat|charged|shoot in the air|"
                               r"fired (?:shots |warning shots )?in(?:to)? the air|warning shots|"
                               r"intercepted|prevented|removed|evicted|cleared|made (?:\w+ )?arrests)\b", re.I)
INTERVENTION = re.compile(r"\btear ?gas|water cannon|rubber bullets|dispers\w+|baton|"
                          r"(?<!the )(?<!of )(?<!for )(?<!who was )(?<!who were )(?<!had been )arrested|"  # (not the one whose release they demand)
                          r"detained|intervened|intercepted|prevented them|\bbeat\b|"
                          r"by force|forcibly|broke up|rounded up|halted by|stopped by|blocked by\b|"
                          # ("protesting the killing of a man by police blocked the road": the grievance's police)
                          r"(?<!by )\b(?:police|security forces|gendarmes|troops|soldiers)\b[^.;]{0,20}\b(?:blocked|stopped|halted)\b",
                          re.I)
# What a protest is against: a death it names is its grievance, not force used on it
GRIEVANCE_OF_DEATH = re.compile(r"\b(?:protest\w*|demonstrat\w*|denounc\w*|condemn\w*|against|over|mourn\w*|justice for|"
                                r"angered by|outraged by)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)


def lethal_told(text: str) -> bool:
    """Whether a text tells of lethal force or grave wounds, other than a death a protest is against."""
    return any(not GRIEVANCE_OF_DEATH.search(text, max(0, m.start() - 60), m.start()) for m in LETHAL.finditer(text))


# A death told as happening while people protested: "One person has been shot dead ... as villagers protested"
LETHAL_AS_THEY = re.compile(r"\b(?:shot dead|killed|shot)\b[^.;]{0,80}?\b(?:(?:as|while|when)\s+(?:[\w'’-]+\s+){1,4}|"
                            r"(?:during|at)\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,2})$", re.I)
LETHAL = re.compile(r"\blive (?:ammunition|ammo|rounds|fire|bullets)|shot dead|shoots? dead|killed|killing|\bkills?\b|opened fire|"
                    r"fired (?:live \w+ )?(?:on|at|into) (?:the )?(?:protesters|demonstrators|crowds?|students|marchers)|"
                    r"(?:seriously|severely|critically|gravely) (?:injured|wounded)|hit by (?:live )?bullets|"
                    r"(?:gunshot|bullet) wounds\b", re.I)
FORCES_PAIR = re.compile(r"\b([A-Z][\w'-]+)\s+(?:and|&)\s+([A-Z][\w'-]+)\s+(forces|troops|soldiers|border guards)\b")
GROUP_MEMBER = re.compile(r"\b([A-Z][\w-]+)\s+(?:members?|fighters?|militiam[ae]n|militants?|combatants?)\b")  # "one Asayish member"
PREPOSITION = r"(?:during|in|at|by|on|near|after|before|while|when|as|for|from|with|outside|inside)\b"
VICTIMS = re.compile(
    r"\b(?:killing|killed|kill|injuring|injured|wounding|wounded|targeting|targeted|shot dead|hit|struck)\s+"
    r"(?:at least\s+|more than\s+|about\s+|some\s+)?(?:[\d,]+\s+|(?!" + PREPOSITION + r")\w+\s+)?(?:(?!" + PREPOSITION + r")\w+\s+)?"
    r"(?P<who>police(?:m[ae]n| officers?)?|officers?|soldiers?|troops|servicem[ae]n|civilians?|people|persons?|"
    r"residents?|villagers?|child(?:ren)?|wom[ae]n|m[ae]n|worshippers?|passengers?|students?|farmers?|"
    r"protesters?|demonstrators?|militants?|fighters?|rebels?|insurgents?|jihadists?|gunmen|colonels?|lieutenants?|"
    r"commanders?|personnel|members?|guards?|gendarmes?|militiam[ae]n)\b", re.I)
OTHER_SIDE = re.compile(r"\bafter\s+(?:the\s+)?(?P<who>[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+(?:had\s+)?"
                        r"(?:withdrew|withdrawn|retreated|fled|pulled out|abandoned)\b")


# "killing 45 Palestinians": people named only for their nation, whom ACLED counts as civilians
NATIONALS_KILLED = re.compile(r"\b(?:killing|killed|injuring|wounding)\s+(?:at least\s+|more than\s+|some\s+|about\s+)?"
                              r"(?:[\d,]+|two|three|four|five|six|seven|eight|nine|ten|\w+teen|\w+ty|dozens of|scores of)"
                              r"\s+(?P<who>[A-Z][a-z]+?)(?:s)?\b")


def _nationals_killed(sentence: str) -> bool:
    return any(demonym_country(m.group("who")) for m in NATIONALS_KILLED.finditer(sentence))


def _beside_state(actor: Actor) -> bool:
    """A militia or foreign force that fights for a state (pro-government militias, mercenaries, allied armies):
    "VDP", "Wagner", "Rwandan troops"."""
    return actor.inter == 8 or actor.normalized in PRO_STATE


def _armed_actor(phrase: str, country: str | None, on) -> Actor | None:
    """An organised armed actor named by a phrase (forces, a known group, an acronym of fighters), else None.

    A bare acronym counts only beside an armed noun: "CSP-PSD fighters" is a group, "APC supporters" a party.
    """
    actor = classify_actor(phrase, country, on)
    if actor is None and (ARMED_NOUN.search(phrase) or _state_acronym(phrase) or _group_acronym(phrase)):
        actor = named_group(phrase, country, on)
    return actor if actor is not None and actor.inter in (1, 2, 3, 4, 8) else None


# An armed side named by a word and its unit or position: "TNLA forces", "the KIA 14th battalion", "IS positions".
NAMED_UNIT = re.compile(r"\b(?P<who>[A-Z][\w/-]*(?:\s+[A-Z][\w/-]*)?)(?:['’]s)?\s+(?:\d+\w*\s+)?(?:forces|fighters|troops|"
                        r"militants|members|positions?|battalions?|brigades?|regiments?|units?|camps?|bases?|army|armies|"
                        r"military|soldiers|column)\b")


def _named_sides(span: str, country: str | None, on) -> list[Actor]:
    """The armed actors a stretch of text names by unit or position, in the order written, each once."""
    sides: list[Actor] = []
    for m in NAMED_UNIT.finditer(span):
        who = m.group("who")
        acronym = who.isupper() and who not in NOT_ACTORS  # "SSA-S troops" are the SSA-S's, not the state's
        side = group_named_in(who, country, on) or (named_group(m.group(0), country, on) if acronym else None) \
            or _armed_actor(m.group(0), country, on)
        if side is not None and side.normalized not in {s.normalized for s in sides}:
            sides.append(side)
    return sides


def _state_acronym(phrase: str) -> bool:
    return any(w.upper() in STATE_FORCE_ACRONYMS for w in re.findall(r"[A-Za-z]+", phrase))


def _group_acronym(phrase: str) -> bool:
    """An armed group's own acronym, in capitals ("between the SAF and RSF"): armed with no armed noun beside it."""
    return any(w in GROUP_ACRONYMS for w in re.findall(r"[A-Z][A-Za-z/-]*[A-Z]", phrase))


CIVILIAN_VICTIMS = re.compile(
    r"\bbodies\b[^.]{0,40}?\b(?:from|in|under) the (?:rubble|ruins|debris)\b|"  # bodies pulled from the rubble
    r"\b(?:people|persons|civilians?|child(?:ren)?|wom[ae]n|residents?|members of|famil(?:y|ies)|customers|worshippers|"
    r"passengers?|villagers?|shoppers|students?|patients|workers?|farmers?|boys?|girls?)\b[^.]{0,60}?\b(?:killed|injured|"
    r"wounded|dead|died|hurt|injuring|wounding|killing)\b|"
    r"\b(?:killing|injuring|wounding)\s+(?:at least\s+|more than\s+)?(?:[\w-]+\s+){0,2}(?:people|persons|civilians?|"
    r"children|women|residents|members|customers|worshippers|passengers|villagers|shoppers)\b", re.I)
# ACLED codes a strike on a village, a house or a market as civilian targeting even where no one is hurt,
# and so the man who steps on a mine: the civilians are its second side.
CIVIL_TARGET = re.compile(r"\b(?:villages?|houses?|homes?|residential|residences?|buildings?|apartments?|hospitals?|"
                          r"clinics?|schools?|markets?|mosques?|churches|church|monaster(?:y|ies)|neighbou?rhoods?|"
                          r"fishermen|fisherman's|farms?|farmland|shops?|civilian|vehicles?|trucks?|cars?|bus(?:es)?|"
                          r"boats?|minibus(?:es)?)\b", re.I)
CIVILIAN_CAUGHT = re.compile(r"\b(?:man|woman|farmer|child|children|boys?|girls?|villagers?|civilians?|people|residents?|"
                             r"workers?)\b[^.;]{0,60}?\b(?:stepp(?:ed|ing)|found an? unexploded|picked up|played with)\b", re.I)
ARMED_TARGET = re.compile(r"\b(?:positions?|bases?|barracks|posts?|checkpoints?|convoys?|patrols?|troops|soldiers|fighters|"
                          r"militants|rebels|camps?|military|army|tanks?|armou?red vehicles?|launchers?|headquarters|"
                          r"outposts?|trenches)\b", re.I)
# "AZERTAC correspondent Maharram Ibrahimov": the acronym is the victim's employer, not an armed group.
CIVIL_ROLE = re.compile(r"\b(?:correspondents?|journalists?|cameram[ae]n|reporters?|officials?|employees?|staff|"
                        r"teachers?|doctors?|nurses?|engineers?|drivers?|workers?|CEO|director|chairman|campus|clinic|"
                        r"hospital|school|vehicle of|supporters|voters|(?:party )?members at|returnees?|defectors?|"
                        r"sympathi[sz]ers?|collaborators?|informants?)\b", re.I)
# "police repelled bandits who attempted to abduct travellers": the armed men repelled are the other side
REPELLED_FIGHTERS = re.compile(rf"(?:{REPEL_VERBS})\s+(?P<who>(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?{REPELLED_NOUNS})\b", re.I)
REPELLED_ATTACK = re.compile(rf"\b(?:{REPEL_VERBS})\s+(?:(?:an?|the|their|its)\s+)?"
                             r"(?:(?P<pre>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+)?(?:attack|assault|offensive|advance|incursion|"
                             r"raid|ambush|infiltration(?: attempt)?)s?(?:\s+(?:(?:conducted|launched|carried out|mounted|staged)\s+)?"
                             r"(?:by|from)\s+(?P<by>[^,.;()]{2,60}))?", re.I)
ATTACKERS_END = re.compile(r"\s+(?:on|in|at|near|against|targeting|leading|led|which|who|that|and|killing|wounding|"
                           r"injuring|using|with)\b.*$", re.I | re.S)
# The noun phrase right before a trigger, after the clause's opening comma: "On 25 November, a Houthi sniper shot"
PRE_TRIGGER_NP = re.compile(r"(?:^|[,;]\s*)(?P<who>(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+$", re.I)
# The object of a headline's verb: "ADF attack FARDC positions", "M23 captures Rutshuru"
HEADLINE_OBJECT = re.compile(r"\s+(?P<who>(?:the\s+)?(?:[A-Z][\w'’/-]*\s+){1,3}(?:positions?|bases?|camps?|convoys?|patrols?|"
                             r"troops|forces|soldiers|checkpoints?|posts?|fighters|militants))\b")
# "a leader of the Clan del Golfo", "a member of Al Shabaab": whose man the detained is
MEMBER_OF = re.compile(r"\b(?:leader|commander|member|head|chief|financier|operative|founder|militant|fighter)s?\s+of\s+"
                       r"(?:the\s+)?(?P<who>[A-Z][\w'’-]*(?:\s+(?:del|de|of|the|al)?\s*[A-Z][\w'’-]*)*)")
OFF_DUTY_TOLD = re.compile(r"\b(?:was|were|is|assumed|believed)\s+(?:to be\s+|to have been\s+)?off[- ]duty\b", re.I)
OFF_DUTY = re.compile(r"\b(?:off-duty|off duty|retired|former|ex-|demobili[sz]ed)\s*(?:\w+\s+){0,2}?(?:soldiers?|police(?:m[ae]n)?|officers?|"
                      r"combatants?|fighters?|rebels?|guerrillas?|militants?|militiam[ae]n|"
                      r"servicem[ae]n|members? of the (?:army|police|military)|generals?|colonels?|majors?|captains?|"
                      r"lieutenants?|sergeants?|corporals?|brigadiers?|commanders?|inspectors?|commissioners?|"
                      r"superintendents?|constables?|cops?|gendarmes?|guards(?:men|man)?|troopers?|veterans?)\b", re.I)
PLACE_OF = re.compile(r"\b(?:vicinity|outskirts|surroundings|countryside|area|areas|near|around|outside)\s+(?:of\s+)?(?:the\s+)?"
                      r"(?:[\w'’-]+\s+){0,3}$", re.I)


# The armed side a strike or an attack was aimed at, named right after its word ("an airstrike targeting Al Shabaab
# in Geel Gub village"): the target, not the village that says where.
AIMED_AT = re.compile(r"\s+(?:\w+\s+)?(?:targeting|targeted at|aimed at|against|on)\s+(?:the\s+)?(?:suspected\s+)?"
                      r"(?P<who>[^,.;()]{2,60}?)(?=\s+(?:in|at|near|around|outside|bases?|positions?|hideouts?|camps?|"
                      r"fighters|militants|members|elements)\b|[,.;()]|$)")


def _civil_target(after_trigger: str) -> bool:
    """A village, a house or a market the strike hit, not one that only says where ("the vicinity of Bara village")."""
    return any(not PLACE_OF.search(after_trigger[max(0, m.start() - 40):m.start()]) for m in CIVIL_TARGET.finditer(after_trigger))


DISARMED = r"defused|disarmed|dismantled|deactivated|neutrali[sz]ed"  # a device made harmless
DEFUSED = re.compile(rf"\b(?:{DISARMED}|detected|discovered|found|seized|recovered|confiscated)\b", re.I)
GONE_OFF = r"exploded|detonated|went off|blew up"  # a device that went off
WENT_OFF = re.compile(rf"\b(?:{GONE_OFF}|explosion|killed|killing|injured|injuring|wounded|wounding)\b", re.I)
CONTROLLED_DETONATION = re.compile(rf"\b(?:{CONTROLLED})\b", re.I)
DEFUSED_AROUND = re.compile(rf"\b(?:{DISARMED}|{CONTROLLED})\b", re.I)
BARE_DEVICE = re.compile(r"(?:(?:timed|home-?made|improvised|planted)\s+)?(?:IEDs?|explosives?|explosive devices?|bombs?|"
                         r"(?:land)?mines?)", re.I)
DETONATED = re.compile(rf"\b(?:{GONE_OFF}|blew (?:himself|herself|themselves))\b", re.I)
PREMATURE = re.compile(r"\b(?:while|when|as)\s+(?:in the process of\s+|they were\s+|he was\s+)?(?:planting|placing|laying|"
                       r"assembling|making|manufacturing|preparing|transporting|handling|fixing)\s+(?:an?\s+|the\s+|their\s+)?"
                       r"(?:[\w-]+\s+)?(?:IEDs?|explosives?|bombs?|(?:land)?mines?|devices?)\b|"
                       r"\b(?:premature(?:ly)?|accidental(?:ly)?)\s+(?:detonat|explo)\w*", re.I)
CARRYING = re.compile(r"\b(?:equipped with|carrying|armed with|wearing|in possession of|possessing)\s+(?:an?\s+|the\s+|\w+\s+)?"
                      r"(?:[\w-]+\s+)?$", re.I)
AIR_AND_GROUND = re.compile(r"\b(?:air ?strikes?|air raids?|aerial (?:strikes?|bombardments?))\s+(?:and|with)\s+(?:\w+\s+)?ground "
                            r"(?:operations?|offensives?|assaults?|attacks?|forces|troops)\b|\bair/ground\b|"
                            r"\bground (?:operations?|offensives?|assaults?|forces|troops)\b[^.;]{0,40}?\b(?:backed|supported) by "
                            r"(?:\w+\s+)?(?:air ?strikes?|air support|aircraft|helicopters)\b", re.I)
SEIZED_DEVICE_AFTER = re.compile(r"[^.;]{0,60}?\b(?:was|were|been)\s+(?:\w+\s+)?(?:seized|recovered|confiscated|found|discovered|"
                                 r"captured)\b", re.I)
SEIZED_DEVICE_BEFORE = re.compile(r"\b(?:seized|seizing|recovered|confiscated|found|discovered|captured|seizure of|cache of)\b"
                                  r"[^.;]{0,40}$", re.I)
SHOT_DOWN = re.compile(r"\b(?:shot|brought) down\b|\bdowned\b", re.I)
AIR_TO_AIR = re.compile(r"\b(?:aircrafts?|(?:fighter )?jets?|warplanes?|fighters? planes?|helicopters?|air ?force)\b", re.I)
INTERCEPTED = re.compile(r"\b(?:shot down|intercepted|debris)\b", re.I)  # a downed drone's debris targets no one
DISAPPEARED = re.compile(r"\b(?:whereabouts (?:are|were|remain(?:ed)?|is|was) (?:still )?unknown|incommunicado|"
                         r"(?:not|never|refused to|without) (?:officially )?(?:acknowledg\w*|disclos\w*|reveal\w*) "
                         r"(?:the |his |her |their )?(?:detention|arrest|whereabouts|where)|enforced disappearance|"
                         r"forcibly disappeared|unknown location)\b", re.I)
PERPETRATOR_REACH = 400  # characters after the event's sentence where its claim of responsibility may follow
# A group claiming what it did: "claimed to have", "claimed that they had", "claimed it"
CLAIMED_TO = r"claimed (?:to have|that (?:they|it)(?: had)?|they(?: had)?|it(?: had)?)"
CLAIMED_BY = re.compile(r"\b(?:claimed (?:responsibility for )?(?:the|this) (?:attack|bombing|strike|killing)s?|"
                        r"claimed responsibility|"  # "Al Shabaab claimed they killed five soldiers in the attack"
                        rf"{CLAIMED_TO} (?:killed|wounded|injured))\b", re.I)
DAMAGE_OF_THE_TOLD_EVENT = re.compile(r"\b(?:the|this)\s+(?:explosions?|blasts?|attacks?|strikes?|air ?strikes?|shelling|"
                                      r"bombing|bomb|fighting|clash(?:es)?)\s+(?:also\s+)?$", re.I)
# "... Al Shabaab claimed to have killed one soldier": the toll its claimant gives of the event told already
CLAIMED_TOLL = re.compile(rf"\b{CLAIMED_TO}\s+$", re.I)
ATTRIBUTED_TO = re.compile(r"\b(?i:attributed to|blamed on|claimed by|carried out by)\s+(?:the\s+)?"
                           r"(?P<who>[A-Z][\w'’-]*(?:\s+(?:\([^)]*\)|[A-Z][\w'’-]*))*)")
BLAMED = re.compile(r"\b(?:blamed|accused|suspected)\s+(?:the\s+)?(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
                    r"(?:\s+(?:military|army|armed forces|forces|troops|soldiers|police))?)")
ACCUSED_FORCES = re.compile(r"\b(?:accused|blamed)\s+(?:the\s+)?(?P<who>police|army|military|soldiers|security forces|troops|"
                            r"gendarmes|gendarmerie)\b(?:\s+(?:of|for))", re.I)
SUSPECTED_DOERS = re.compile(r"\b(?P<who>(?:[A-Z][\w'’-]*|[a-z]+)(?:\s+[A-Z]?[\w'’-]+){0,2}?)\s+(?:were|are|was|is)\s+"
                             r"(?:suspected|blamed|believed (?:to be )?responsible|thought (?:to be )?responsible)\b")
NATIONAL_STRIKE = re.compile(r"\b(?P<who>[A-Z][a-z]+)\s+(?:(?:air|drone|missile|artillery)\s*(?:strikes?|raids?|attacks?)|"
                             r"strikes?(?=\s+(?:hit|killed|targeted|struck|destroyed|wounded|injured)\b))\b")


PLANTED_BY = re.compile(r"\b(?!IEDs?\b)(?P<who>[A-Z][\w'’]+(?:[ -][A-Z][\w'’]+)?)(?:-| )(?:planted|laid)\b|"
                        r"\b(?:planted|laid) by (?:suspected )?(?:the )?(?P<by>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*"
                        r"(?: (?:militants|fighters|insurgents|rebels|jihadists|elements|members))?)|"
                        r"\((?P<held>[A-Z][\w'’ -]{1,40}?) (?:assumed|held|believed|thought|suspected)(?: to be)? responsible\)")


def _perpetrator(sentence: str, text: str, country: str | None, on) -> Actor | None:
    """Who did it when the clause has no subject: "an Israeli air strike", "Islamic State later claimed
    the attack", "attributed to Islamic State cells", "a Taliban-planted IED", "an IED planted by ISSP
    militants", "(Al Shabaab assumed responsible)"."""
    m = PLANTED_BY.search(sentence)
    if m:
        who = m.group("who") or m.group("by") or m.group("held")
        actor = _armed_actor(who, country, on) or named_group(who, country, on)
        if actor is not None:
            return actor
    m = NATIONAL_STRIKE.search(sentence)
    if m:
        actor = classify_actor(f"{m.group('who')} forces", country, on)
        if actor is not None:
            return actor
    m = ATTRIBUTED_TO.search(text)
    if m:
        # ("attributed to the Chapitos faction of the Sinaloa Cartel": the cartel the faction belongs to)
        whole = re.match(r"[^.;,()]{1,80}", text[m.start("who"):]).group(0)
        return _armed_actor(m.group("who"), country, on) or (_armed_actor(whole, country, on) if whole != m.group("who")
                                                             else None) or Actor(m.group("who"), m.group("who"), 2, country)
    accused = ACCUSED_FORCES.search(text)
    if accused:  # "The victim's family has accused the police of killing him"
        return classify_actor(accused.group("who"), country, on)
    # (not "a suspected Al Shabaab returnee was killed": the victim, a person the phrase describes)
    m = next((b for b in BLAMED.finditer(text)
              if not re.search(r"\b(?:a|an|the|one|two|three|\d+)\s+$", text[max(0, b.start() - 6):b.start()])), None) \
        or SUSPECTED_DOERS.search(text)
    if m:  # "The government in Niamey blamed IS Sahel": only an armed group the blame names
        actor = _armed_actor(m.group("who"), country, on)
        if actor is not None:
            return actor
    for claim in CLAIMED_BY.finditer(text):
        head = text[max(0, claim.start() - 60):claim.start()]
        # ("Al shabaab militants claimed ...": the group's name as written, with its fighters' noun)
        armed = re.search(r"([A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2}?\s+(?:militants|fighters|rebels|insurgents|forces))\s+"
                          r"(?:later\s+|has\s+|have\s+)?$", head)
        if armed and (actor := _armed_actor(armed.group(1), country, on)) is not None:
            return actor
        who = re.search(r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s+(?:later\s+|has\s+|have\s+)?$", head)
        if who:
            return _armed_actor(who.group(1), country, on) or Actor(who.group(1), who.group(1), 2, country)
        known = group_named_in(head[-30:], country, on)  # ("... and Al shabaab claimed": a known group, however written)
        if known is not None:
            return known
    return None


CASUALTY_VERBS = {"kill", "wound", "injure", "murder", "execute", "behead"}


SECURITY_OPERATION = re.compile(r"\b(?:security|military|army|counter-?(?:terrorism|insurgency)|police) (?:operations?|campaigns?|"
                                r"raids?|offensives?|sweeps?)\b|\bduring (?:a|an|the) (?:[\w-]+ )?(?:campaign|operation|raid|"
                                r"offensive|sweep)\b", re.I)


# Who fired, read from the words before the verb when the parse loses them (notes open with long place lists).
FIRED_BY = re.compile(r"(?:^|[,;:)]\s*)(?P<who>[^,;:()]{3,60}?)\s+(?:\w+ly\s+)?(?:fired|shelled|launched|dropped|struck|"
                      r"bombed|targeted|detonated)\b")
DURING_RAID = re.compile(r"\b(?:during|in) (?:a|an|the) (?P<force>police|military|army|security forces'?|joint) "
                         r"(?:raid|operation|crackdown|anti-drug operation|sting)\b", re.I)


DURING_FORCE_OPERATION = re.compile(r"\bduring (?:a|an|the|their|its) (?:[\w-]+ ){0,2}(?:operation|patrol|raid|"
                                    r"crackdown|sweep)\b", re.I)
FORCE_RAN_OPERATION = re.compile(r"\b(?P<force>(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:[Pp]olice|[Aa]rmy|[Ss]oldiers|[Tt]roops|"
                                 r"[Mm]ilitary|[Ff]orces|[Oo]fficers|[Aa]gents))\s+(?:\w+\s+)?(?:carried out|conducted|"
                                 r"launched|led)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:operation|raid)\b")
OPERATION_BY = re.compile(r"\b(?:during|in) (?:a|an|the) (?:[\w-]+ )?(?:raid|operation|offensive|sweep|crackdown|clearance "
                          r"operation)s? (?:by|of|conducted by|carried out by|launched by) (?:the )?(?P<force>[^,.;()]{2,50}?)"
                          r"(?=\s+(?:in|at|near|on|against|targeting)\b|[,.;()]|$)", re.I)


def _raiding_force(sentence: str, country: str | None, on) -> Actor | None:
    """The force whose raid or operation the sentence sets the violence in ("during a police raid", "during an
    operation by ANDSF forces")."""
    raid = DURING_RAID.search(sentence)
    if raid:
        return classify_actor(raid.group("force"), country, on)
    by = OPERATION_BY.search(sentence)
    force = classify_actor(by.group("force"), country, on) if by else None
    return force if force is not None and force.inter == 1 else None


def _clause_subject(sdoc, trig: Trigger) -> str | None:
    """The subject of the clause a participle hangs from: "Iraqi forces conducted an operation ...,
    killing 8 militants" — who killed is who conducted."""
    span = sdoc.char_span(trig.start, trig.end, alignment_mode="expand")
    if span is None or not (span.root.tag_ == "VBG" or span.root.pos_ == "NOUN" and span.root.dep_ in ("dobj", "pobj")):
        return None
    for head in list(span.root.ancestors)[:3]:
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if head.pos_ in ("VERB", "AUX") and subject is not None and subject.pos_ in ("NOUN", "PROPN"):
            renamed = [c for c in subject.children if c.dep_ == "appos"]
            # "in Cite de Dieu, Ouest, the Base 5 Secondes Gang engaged": the place a note opens with, renamed
            return _np_text(renamed[-1] if renamed else subject)
        if head.pos_ == "VERB" and head.dep_ == "acl" and head.head.pos_ in ("NOUN", "PROPN"):
            return _np_text(head.head)  # the parser's "police [engaged in clashes]": the noun it describes
        chained = next((s for c in head.children if c.dep_ in ("ccomp", "conj") and c.i < head.i and c.pos_ == "VERB"
                        for s in c.children if s.dep_ == "nsubj" and s.pos_ in ("NOUN", "PROPN")), None) \
            if head.pos_ == "VERB" and subject is None else None
        if chained is not None:
            return _np_text(chained)  # "Liyu Police forces move into Meda Welabu, engage in a battle": a headline's chain
        if head.pos_ == "VERB" and head.dep_ == "ROOT" and subject is None \
                and not any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children):  # (not "X was killed in ...")
            # "in Port-au-Prince - Delmas 19, Ouest, police and the MSS conducted an operation": a note's opening
            # places the parser took the subject into; the words after the last comma, when they name an actor
            before = sdoc.text[head.sent.start_char:head.idx]
            m = re.search(r",\s*(?P<who>[^,;()]{2,60}?)\s+$", before)
            if m and classify_actor(m.group("who"), None) is not None:
                return m.group("who")
    return None


def _prep_objects(head, preps: tuple[str, ...]) -> list[str]:
    """The noun phrases ``head``'s prepositions among ``preps`` govern, in the text's order."""
    return [_np_text(obj) for prep in head.children if prep.dep_ == "prep" and prep.lower_ in preps
            for obj in [next((c for c in prep.children if c.dep_ == "pobj"), None)] if obj is not None]


def _with_side(sdoc, trig: Trigger) -> str | None:
    """"clashes with Sudanese forces": the other side of a fight told by its noun."""
    span = sdoc.char_span(trig.start, trig.end, alignment_mode="expand")
    sides = _prep_objects(span.root, ("with", "against")) if span is not None else []
    if not sides and span is not None and span.root.dep_ == "conj" and span.root.head.pos_ == "VERB":
        # "UPDF pursue Jie warriors, clash ...": whom the first verb of the chain went after
        sides = [_np_text(c) for c in span.root.head.children if c.dep_ == "dobj"]
    if not sides:  # "drug traffickers exchanged fire with military police on the highway": the words right after
        after = WITH_AFTER.match(sdoc.text, trig.end)
        sides = [after.group("who")] if after else []
    return sides[0] if sides else None


USUAL_AUTHORS = re.compile(r"\b(?:but\s+)?(?P<who>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}?)\s+(?:are|is)\s+(?:often|usually|frequently|"
                           r"commonly|typically|generally)\s+(?:held\s+)?responsible for (?:similar|such)\b")
REPORTS_OF = re.compile(r"\b[Rr]eports? of (?P<who>[^,.;]{2,80}?)\s+(?=\w+ing\b)")
WITH_AFTER = re.compile(r"\s+(?:with|against)\s+(?:the\s+)?(?P<who>[^,.;()]{2,60}?)"
                        r"(?=\s+(?:on|in|at|near|during|after|before|while|when|for|over|around|outside|inside)\b|[,.;()]|$)")

# The other side of a fight, wherever the sentence tells it: "shot a man during clashes with stone-throwers"
CLASHED_WITH = re.compile(r"\b(?:clash(?:es|ed)?|confrontations?|scuffl(?:e|es|ed)|skirmish(?:es|ed)?)" + WITH_AFTER.pattern, re.I)


def _told_as_past_background(sdoc, trig: Trigger) -> bool:
    """"... the arrest of a police officer who had allegedly raped a girl": a relative clause in the past
    perfect recalls an earlier act, the reason for this event, not this event."""
    span = sdoc.char_span(trig.start, trig.end, alignment_mode="expand")
    if span is None:
        return False
    if not (trig.category in VIOLENT or trig.category.startswith("explosion:")):
        return False  # "MPs who had gathered at the station": the crowd of this event
    if span.root.pos_ == "NOUN" and RECENT_BEFORE.search(sdoc.text[max(0, trig.start - 50):trig.start]):
        return True  # "marched for peace in the face of the recent demonstrations and riots": what came before
    verb = span.root if span.root.pos_ in ("VERB", "AUX") else span.root.head
    return verb.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


RECENT_BEFORE = re.compile(r"\b(?:the|these|those)\s+(?:recent|previous|earlier|past|prior)\s+(?:[\w-]+\s+(?:and\s+)?){0,3}$|"
                           r"\b(?:similar|such)\s+$", re.I)  # ("often responsible for similar attacks": a kind, no event)


UNKNOWN_HAND = {("Violence against civilians", "Attack"), ("Violence against civilians", "Abduction/forced disappearance"),
                ("Explosions/Remote violence", "Remote explosive/landmine/IED"), ("Explosions/Remote violence", "Grenade"),
                ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
                ("Strategic developments", "Looting/property destruction")}


def _coded_sides(event_type: str, sub: str, a1: Actor | None, a2: Actor | None, country: str | None,
                 on) -> tuple[Actor | None, Actor | None]:
    """The sides the codebook fixes by the type itself: whoever violence against civilians strikes is a
    civilian (an off-duty soldier, a party's councillor), and a mine, a grenade or a killing whose author
    the report does not know is an unidentified armed group's."""
    if a1 is None and (event_type, sub) in UNKNOWN_HAND:
        a1 = classify_actor("unidentified armed group", country, on)
    if event_type == "Battles" and a1 is None:  # "a soldier was killed in gunfire": an unknown armed group fought
        a1 = classify_actor("unidentified armed group", country, on)
    if event_type == "Battles":  # a battle is fought by armed groups: party activists with firearms are a militia
        a1, a2 = (classify_actor("unidentified armed group", country, on) if side is not None and side.inter in (5, 6)
                  else side for side in (a1, a2))
    if event_type == "Violence against civilians" and (a2 is None or a2.inter != 7):
        a2 = classify_actor("civilians", country, on)
    if event_type == "Riots" and a1 is not None and a1.inter in (1, 8) and (a2 is None or a2.inter in (5, 7)):
        # "police officers fought with market vendors": a riot is the crowd's, the police its other side
        a1, a2 = classify_actor("rioters", country, on), a1
    return a1, a2


def _amid_fighting(before: str) -> bool:
    """Fighting named as the setting, by the words ``before`` it ("killed amidst clashes between ...")."""
    return bool(BACKGROUND.search(before) and AMID.search(before))


def _relative_clause(sdoc, trig: Trigger):
    """The relative clause a trigger sits in, if any: the clause's verb (its head is the noun it describes)."""
    span = sdoc.char_span(trig.start, trig.end, alignment_mode="expand")
    return None if span is None else next((t for t in [span.root, *span.root.ancestors] if t.dep_ == "relcl"), None)


def _in_relative_clause(sdoc, trig: Trigger) -> bool:
    """"the collapse of a canopy that killed 15 people": a clause that describes a noun, not the report's act."""
    return _relative_clause(sdoc, trig) is not None


def _relative_of_doer(sdoc, trig: Trigger) -> bool:
    """"a Sharia court which sentenced to death and executed a young male": a clause that tells what its noun, an armed
    body or a court, did; the report's act, not a noun described."""
    clause = _relative_clause(sdoc, trig)
    if clause is None:
        return False
    head = clause.head
    doer = classify_actor(_np_text(head), None)
    return head.lemma_.lower() in ("court", "tribunal") or doer is not None and doer.inter in (1, 2, 3, 8)


def _recalled_by_relative(sdoc, trig: Trigger) -> bool:
    """"whose children have been abducted", "who had been attacked": a relative clause in the perfect."""
    clause = _relative_clause(sdoc, trig)
    return clause is not None and any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("have", "has", "had")
                                      for c in clause.children)


GRIEVANCE_PREPS = {"against", "over", "about"}
GRIEVANCE_VERBS = {"denounce", "condemn", "decry", "protest", "demonstrate", "oppose", "reject", "repudiate", "mourn"}


GRIEVANCE_BEFORE = re.compile(r"\b(?:against|over|denouncing|condemning|decrying|protesting|repudiating)\s+(?:the\s+|a\s+|an\s+)?"
                              r"(?:[\w'’-]+\s+){0,3}$|"
                              # "demanding the arrest of the two individuals responsible for the assault"
                              r"\b(?:responsible for|accused of|suspected of|behind)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,2}$|"
                              # "staged following the death of a motorcyclist in a police shooting"
                              r"\b(?:following|after|over|against|for|in memory of)\s+the\s+(?:death|deaths|killing|killings|"
                              r"murder|murders|shooting)\s+of\b[^.;]{0,60}$", re.I)


def _grievance(sdoc, trig: Trigger, protests: list[Trigger]) -> bool:
    """"protested the IS attack on Yazidis", "demonstrating against the destruction of a mosque by mobs":
    what a protest is against is its grievance, not violence at the protest."""
    span = sdoc.char_span(trig.start, trig.end, alignment_mode="expand")
    if span is None:
        return False
    before = sdoc.text[max(0, trig.start - 90):trig.start]
    if any(p.start < trig.start for p in protests) and GRIEVANCE_BEFORE.search(before) and span.root.pos_ == "NOUN":
        return True  # "staged a protest in Kalna sub-division (...) against the attacks on ration dealers"
    if span.root.dep_ == "acl" and span.root.tag_ in ("VBD", "VBN") and span.root.sent.root.pos_ not in ("VERB", "AUX"):
        return False  # "Traders protesting the eviction clashed with police": the sentence's verb the parse missed
    heads = set()
    for p in protests:
        pspan = sdoc.char_span(p.start, p.end, alignment_mode="expand")
        if pspan is not None:
            heads |= {pspan.root.i, pspan.root.head.i}
    path = [span.root, *span.root.ancestors]
    for child, parent in zip(path, path[1:]):
        if child.dep_ in ("conj", "advcl") and child.lemma_.lower() not in GRIEVANCE_VERBS:
            return False  # "demonstrated and threw stones": a second act, not the protest's object
        if parent.lemma_.lower() in GRIEVANCE_VERBS or parent.i in heads:
            return child.dep_ == "dobj" and parent.lemma_.lower() in GRIEVANCE_VERBS \
                or child.dep_ == "prep" and child.lower_ in GRIEVANCE_PREPS \
                or child.dep_ in ("advcl", "xcomp", "acl") and child.lemma_.lower() in GRIEVANCE_VERBS
    return False


# The people who protest for someone hurt: "friends and family of a man killed at a grocery store protested"
KIN = {"family", "families", "relative", "friend", "parent", "mother", "father", "widow", "colleague", "neighbour",
       "neighbor", "son", "daughter", "wife", "husband", "brother", "sister", "classmate", "relatives", "friends"}


def _describes_someone(sdoc, trig: Trigger) -> bool:
    """"relatives of a woman who was found dead staged protests": a relative clause about someone other
    than the protesters tells their grievance, and so does a participle about the one whose kin protest
    ("friends and family of a man killed at a grocery store")."""
    span = sdoc.char_span(trig.start, trig.end, alignment_mode="expand")
    root = span.root if span is not None else None
    if root is not None and root.dep_ == "acl" and root.head.dep_ == "pobj" and root.head.head.lower_ == "of" \
            and root.head.head.head.lemma_.lower() in KIN:
        return True
    clause = _relative_clause(sdoc, trig)
    # ("protests took place in Mombasa, where demonstrators burned tyres": the protesters acting there)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if clause is not None else None
    return clause is not None and not PROTESTER_NOUN.search(clause.head.text) \
        and clause.head.lemma_.lower() not in ("student", "resident", "youth", "people", "supporter", "crowd") \
        and not (subject is not None and re.fullmatch(r"(?i:protesters|protestors|demonstrators|marchers|rioters|crowds?|they)",
                                                      subject.text))  # ("outside two hotels where they burned tires")


def casualties_phrase(sdoc, start: int, end: int) -> str | None:
    """Who the sentence's toll counts: the object of "killed", the subject of "were killed",
    the noun "left ... killed" describes."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    for tok in span if span is not None else []:
        if tok.lemma_ not in CASUALTY_VERBS or tok.pos_ not in ("VERB", "ADJ"):
            continue
        for child in tok.children:
            if child.dep_ in ("dobj", "nsubjpass"):
                return _np_text(child)
        if tok.dep_ in ("amod", "acl", "oprd", "ccomp", "xcomp") and tok.head.pos_ in ("NOUN", "PROPN"):
            return _np_text(tok.head)
    return None


COMMUNAL = re.compile(r"\b(?:farmers|herders|herdsmen|nomads|pastoralists|(?:cattle )?breeders)\b[^.]{0,60}\b(?:farmers|"
                      r"herders|herdsmen|nomads|pastoralists|(?:cattle )?breeders|residents|villagers|communit(?:y|ies))\b|\binter-?\s?(?:clan|communal|ethnic|tribal|village)\b|\b(?:clan|tribal)[- ]based\b|\bcommunal (?:violence|clash(?:es)?|fighting)\b|"
                      r"\bcommunities\b|\bclans\b|\btribes\b|\bethnic (?:clashes|groups?|fighting|violence)\b|"
                      r"\bbetween (?:the )?[A-Z][\w'-]+ and (?:the )?[A-Z][\w'-]+ groups\b|"  # "between the Kisii and Kipsigis groups"
                      r"\b(?:Muslims|Christians)\b[^.]{0,40}\band\b[^.]{0,20}\b(?:Muslims|Christians)\b|"
                      r"\b(?:land|grazing|border|boundary|water) disputes?\b|\bclan militias?\b|\bcommunal militias?\b|"
                      r"\b(?:two|rival|neighbou?ring) (?:villages|communities|families|clans)\b|\bvillages of [A-Z][\w'-]+ and [A-Z]|"
                      r"\b(?:[Rr]esidents|[Pp]eople|[Ii]nhabitants) of [A-Z][\w'-]+ and [A-Z]|\b(?:fishing|grazing|water|land) rights\b|\brights (?:to|over) (?:the )?(?:cattle|land|water|grazing|pastures?)\b|"
                      # herding peoples' sections and cattle camps: "youth from two subsections clashed at a cattle camp"
                      r"\bsub-?(?:sections?|clans?|tribes?)\b|\bcattle[ -](?:camps?|keepers|raids?|raiding|raiders|rustl\w+)\b|"
                      # two peoples' young men or herders: "Dinka and Nuer youth clashed"
                      r"\b[A-Z][a-z]{2,} and [A-Z][a-z]{2,} (?:youths?|young men|herders|herdsmen|farmers|pastoralists|"
                      r"clansmen|tribesmen|communities|militias?)\b",
                      re.I)
# Residents fighting with sticks and stones are a mob, however old their quarrel (ACLED: mob violence).
CROWD_FIGHT = re.compile(r"\b(?:residents|villagers|inhabitants|youths|locals)\b|\b(?:stones|sticks|machetes|clubs|knives|rocks)\b", re.I)
# ...unless people died: communities whose fight kills are armed militias to ACLED, unless the weapons were a crowd's
CROWD_WEAPONS = re.compile(r"\b(?:stones|sticks|clubs|rocks|fists)\b", re.I)
# ...but communities that fight with bows or guns are armed militias, whatever else they carry.
FIGHTING_ARMS = re.compile(r"\b(?:arrows|bows|guns|firearms|rifles|gunfire|shot(?:guns)?|fire ?arms|armed clash(?:es)?)\b", re.I)
ARMED_FIGHT = re.compile(r"\b(?:clash(?:ed|es)?|fought|fighting)\b[^.;]{0,30}?\bwith (?:fire ?arms|guns|rifles|arrows|"
                         r"automatic weapons)\b", re.I)
BETWEEN_NAMES = re.compile(r"\bbetween (?:the )?(?P<a>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)(?: \w+)? and (?:the )?"
                           r"(?P<b>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)")
# "clashes between Boko Haram faction of Shekau and ISWAP of Barnawi": the two sides as written, up to the clause's end
# ("clashes took place between opposition factions under Operation Peace Spring and QSD")
BETWEEN_GROUPS = re.compile(r"[^.;]{0,3}?(?:(?:took place|erupted|broke out|occurred|were reported|continued|resumed)\s+)?"
                            r"\bbetween (?:the )?(?:rival |two )?(?P<a>[^.;,]{2,60}?) and (?:the )?(?P<b>[^.;,]{2,60}?)"
                            r"(?=\s+(?:in|at|near|on|over|after|in the|around)\b|[.;,]|$)")
RECRUITED_OR_MOVED = re.compile(rf"\brecruit|\b(?:{MOVED})\b", re.I)
POSITIONS_OF = re.compile(r"\b(?:at|on|towards|targeting)\s+(?:the\s+)?(?:positions|posts) of (?:the\s+)?"
                          r"(?P<of>[^,.;()]{2,60}?)(?=\s+(?:in|at|near|located|assumed|around)\b|[,.;()]|$)|"
                          r"\b(?:at|on|towards|targeting)\s+(?:the\s+)?(?P<adj>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:positions|posts)\b",
                          re.I)
EXPLOSIONS_ALL = {f"explosion:{sub}" for sub in ("Shelling/artillery/missile attack", "Air/drone strike",
                                                 "Remote explosive/landmine/IED", "Grenade")}
WORK_STOPPAGE = re.compile(r"(?:general |sit-down |labou?r |nationwide |\w+-hours? )?strikes?|strikers|downed tools", re.I)
GATHERING = re.compile(r"\b(?:protest(?:s|ed|ers|ing)?|demonstrat\w+|rall(?:y|ies|ied)|march(?:ed|es|ing)?|gather(?:ed|ing)|"
                       r"sit-ins?|picket\w*|assembled|took to the streets)\b", re.I)
# Herders as the state's forces' target, unarmed and unnamed: civilians, not the herders' militia that attacks
HERDERS_FIRED_ON = re.compile(r"(?:the |a group of |some |\w+ )?(?:herdsmen|herders|pastoralists|nomads|cattle keepers)", re.I)
FACTIONS_OF = re.compile(r"[^.;]{0,40}?\bbetween (?:the )?(?:two|rival|different) (?:factions|units|wings|brigades|battalions|"
                         r"groups|camps) (?:of|within) (?:the )?(?P<x>[^,.;()]{2,60}?)(?=\s+(?:in|at|near|on|over|after)\b|[,.;()]|$)",
                         re.I)
SIDE_NOISE = re.compile(r"^(?:the|members of(?: the)?|a group of|an?)\s+|\s+(?:communities|community|clans?|tribes?|"
                        r"villages?|groups?|militias?|residents|people|farmers|herders|herdsmen|nomads|pastoralists)$", re.I)


def communal_sides(agent: str | None, patient: str | None, sentence: str, country: str | None) -> tuple[Actor, Actor]:
    """The two communities of a communal clash as ACLED's militias: named for their people
    ("Guji Ethnic Militia"), their village in a land dispute ("Koussouma Communal Militia"), or unnamed."""
    kind = "Clan" if re.search(r"\bclans?\b|inter-?clan", sentence, re.I) else \
        "Communal" if re.search(r"\b(?:land|grazing|boundary|water) disputes?|between (?:the )?villages|communal\b", sentence,
                                re.I) else "Ethnic"
    names: list[str] = []
    pair = BETWEEN_NAMES.search(sentence) or BETWEEN_GROUPS.search(sentence)  # "between the Guji and Gedeo communities"
    for phrase in (pair.group("a"), pair.group("b")) if pair else (agent, patient):
        for part in re.split(r"\s+and\s+", phrase or ""):
            name = SIDE_NOISE.sub("", SIDE_NOISE.sub("", part.strip()))
            # "the pro-government Kounta ethnic group", "pro-opposition Arab men": the people's name within
            name = re.sub(r"(?:\s+[a-z][\w'’-]*)+$", "", re.sub(r"^(?:[a-z][\w'’-]*\s+)+", "", name))
            if name.lower() in ("fighting", "clashes", "violence", "fights", "clash"):
                continue  # the event word the parse took for a side
            if re.fullmatch(r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?", name) and name not in names:
                names.append(name)
    cname = country_name(country) or "Unknown Country"
    sides = [Actor(n, f"{n} {kind} Militia ({cname})", 4, country, n) for n in names[:2]]
    while len(sides) < 2:
        label = "Unidentified Ethnic Militia" if kind == "Ethnic" else f"Unidentified {kind} Militia"
        sides.append(Actor(label, f"{label} ({cname})", 4, country))
    return sides[0], sides[1]


# ACLED's notes open a strategic development with its kind ("Arrests: ...", "Displacement: ..."): a coder's
# label, read as such, like the toll a note codes.
CODED_KINDS = {  # singular: a plural label ("Strikes:", "Mass graves:") is looked up without its "s"
    "arrest": ("Strategic developments", "Arrests"),
    "looting": ("Strategic developments", "Looting/property destruction"),
    "property destruction": ("Strategic developments", "Looting/property destruction"),
    "looting/property destruction": ("Strategic developments", "Looting/property destruction"),
    "land seizure": ("Strategic developments", "Looting/property destruction"),
    "arson": ("Strategic developments", "Looting/property destruction"),
    "interception": ("Strategic developments", "Disrupted weapons use"),
    "weapons seizure": ("Strategic developments", "Disrupted weapons use"),
    "detonation": ("Strategic developments", "Disrupted weapons use"),
    "defusal": ("Strategic developments", "Disrupted weapons use"),
    "disrupted weapons use": ("Strategic developments", "Disrupted weapons use"),
    "security measure": ("Strategic developments", "Change to group/activity"),
    "change to group/activity": ("Strategic developments", "Change to group/activity"),
    "change to armed group": ("Strategic developments", "Change to group/activity"),
    "agreement": ("Strategic developments", "Agreement"),
    "headquarters or base established": ("Strategic developments", "Headquarters or base established"),
    "non-violent transfer of territory": ("Strategic developments", "Non-violent transfer of territory"),
    "displacement": ("Strategic developments", "Other"),
    "non-violent activity": ("Strategic developments", "Other"),
    "other": ("Strategic developments", "Other"),
    "movement of force": ("Strategic developments", "Change to group/activity"),
    "deployment": ("Strategic developments", "Change to group/activity"),
    "recruitment": ("Strategic developments", "Change to group/activity"),
    "curfew": ("Strategic developments", "Change to group/activity"),
    # labels of the strategic developments ACLED files under "Other"
    "strike": ("Strategic developments", "Other"),
    "mass grave": ("Strategic developments", "Other"),
    "ceasefire": ("Strategic developments", "Other"),
    "prisoner exchange": ("Strategic developments", "Other"),
    "prisoner release": ("Strategic developments", "Other"),
    "hostage release": ("Strategic developments", "Other"),
    "explosive remnants of war": ("Strategic developments", "Other"),  # an old war's mine or shell going off
}
CODED_KIND = re.compile(r"\s*(?P<kind>(?:" + "|".join(re.escape(k) for k in sorted(CODED_KINDS, key=len, reverse=True))
                        + r")s?):\s*", re.I)


def coded_kind(label: str) -> tuple[str, str]:
    """The type and sub-type of an ACLED note's label ("Arrests:", "Strikes:", "Land seizure:")."""
    key = label.lower()
    return CODED_KINDS.get(key) or CODED_KINDS[key[:-1]]


# The noun two sides share when only the second says it: "government and opposition forces"
SHARED_FORCE_NOUN = re.compile(r"\s(forces|troops|fighters|militants|soldiers|militias?|militiamen|gunmen|groups|factions)$")


# The parties to an agreement: "the government and the ELN signed", "signed a truce with the M23".
AGREEMENT_PARTIES = re.compile(r"(?:^|[,;:]\s*|\b\d{4},?\s+)(?P<first>[^,;:]{2,60}?)\s+and\s+(?P<second>[^,;:]{2,60}?)\s+"
                               r"(?:signed|reached|concluded|agreed)\b|\b(?:deal|agreement|accord|truce|ceasefire)\s+"
                               r"with\s+(?P<with>[^,;:.]{2,60}?)(?=\s+(?:in|at|on|to|after|that|which|for)\b|[,;:.]|$)")


def _other_party(clause: str, first: Actor | None, country: str | None, on) -> Actor | None:
    """The second party to an agreement, when the clause names two: an agreement has no target, but ACLED
    records both signatories."""
    for m in AGREEMENT_PARTIES.finditer(clause):
        for phrase in (m.group("first"), m.group("second"), m.group("with")):
            party = phrase and (_armed_actor(phrase, country, on) or group_named_in(phrase, country, on)
                                or classify_actor(phrase, country, on))
            if party is not None and party.inter != 7 and (first is None or party.normalized != first.normalized):
                return party
    return None


def _between_sides(first: str, second: str, country: str | None, on) -> tuple[Actor, Actor] | None:
    """The two armed sides of "between A and B", where either may hold an "and" of its own: "between pro-Hadi and
    affiliated forces and pro-Houthi groups" is split where both halves name an armed actor, the last "and" first
    (a side's allies come with it: "between the army and allied militias and Al Shabaab")."""
    phrase = f"{first} and {second}"
    if " against " in phrase:  # "between regime and pro-regime forces against opposition and Islamist factions"
        words, link = phrase.split(" against ", 1), " against "
    else:
        words, link = phrase.split(" and "), " and "
    for cut in range(len(words) - 1, 0, -1):
        first_side, second_side = link.join(words[:cut]), link.join(words[cut:])
        noun = SHARED_FORCE_NOUN.search(second_side)
        if noun and len(first_side.split()) == 1:  # "between government and opposition forces"
            first_side += noun.group(0)
        sides = [_armed_actor(side, country, on) or group_named_in(side, country, on) for side in (first_side, second_side)]
        if sides[0] is not None and sides[1] is not None:
            return sides[0], sides[1]
    return None


def _lend_sides(sdoc, text: str, trig: Trigger, agent: str | None, patient: str | None) -> tuple[str | None, str | None]:
    """The sides another trigger of the same event names, where this one's words name none: "Russian forces
    attacked near Nadiia, but were repelled by the Ukrainian military"; "Clashes continued, with the army
    regaining control" (the event word is no actor); "set fire to metro stations ... and clashed with Carabineros"."""
    word = text[trig.start:trig.end].lower()
    for other in trig.merged:
        unnamed = agent is None or agent.lower() == word
        if not unnamed and _is_actor(patient):
            break
        more_agent, more_patient = trigger_actors(sdoc, other)
        if unnamed and (agent is None or more_agent):
            agent, patient = more_agent, patient or more_patient
        elif _is_actor(more_patient) and more_patient != agent:
            patient = more_patient
    return agent, patient


def _spelled_out(actor: Actor | None, acronyms: dict[str, str]) -> Actor | None:
    """An actor known by an acronym the report spells out elsewhere, under its full name."""
    if actor is None or actor.normalized not in acronyms:
        return actor
    return replace(actor, normalized=acronyms[actor.normalized])


def _is_actor(phrase: str | None) -> bool:
    return bool(phrase) and (classify_actor(phrase, None) is not None or named_group(phrase, None) is not None)


BARE_ACRONYM = re.compile(r"(?:the\s+)?[A-Z][A-Z0-9]{1,7}(?:[/-][A-Z0-9]{1,7})?")
ACRONYMS_CLASHED = re.compile(r"\b(?:the\s+)?(?P<a>[A-Z][A-Z0-9]{1,7}(?:[/-][A-Z0-9]{2,7})?)\s+(?:(?:and|&)\s+(?:the\s+)?"
                              r"(?P<b>[A-Z][A-Z0-9]{1,7}(?:[/-][A-Z0-9]{2,7})?)\s+(?:clashed|fought|exchanged fire|battled)\b|"
                              # a headline: "UPDF battles LRA", "FARDC clash with M23"
                              r"(?:battles?|clash(?:es)? with|fights?)\s+(?:the\s+)?(?P<b2>[A-Z][A-Z0-9]{1,7}(?:[/-][A-Z0-9]{2,7})?)\b)")
ARMED_CLASH = re.compile(r"\barmed (?:clash(?:es|ed)?|confrontations?|fighting)\b|"
                         r"\b(?:clash(?:es|ed)?|fighting|confrontations?)\b[^.;]{0,30}?\bbetween (?:two |rival )?"
                         r"(?:unidentified |unknown )?(?:armed (?:groups|men|factions)|gunmen|militias)\b|"
                         r"\b(?:clash(?:es|ed)?|fighting)\b[^.;]{0,30}?\bbetween (?:two |rival )?(?:unidentified|unknown) groups\b", re.I)
ARMED_NOUN = re.compile(r"\b(?:fighters|militants|rebels|gunmen|forces|troops|soldiers|militia\w*|combatants|"
                        r"insurgents|jihadists|guerrillas|army|cells)\b", re.I)
DEMANDS = re.compile(r"\b(?:demand(?:ed|ing|s)?|chant(?:ed|ing|s)?|slogans?|placards?|banners?|petition|call(?:ed|ing)? (?:for|on|upon)|"
                     r"denounc\w+|condemn\w+|to (?:support|oppose|protest|show support|express (?:their )?solidarity|"
                     r"mark|commemorate)|in (?:support|solidarity) (?:of|with))\b", re.I)
PEOPLE_NOUN = re.compile(r"\b(?:supporters|residents|youths|crowds?|students|workers|activists|villagers)\b", re.I)
POLICE_TARGET = re.compile(r"\b(?:at|on|against)\s+(?:the\s+)?(?:riot\s+)?(?:police|gendarmes|security forces|officers)\b", re.I)
PROTESTER_NOUN = re.compile(r"protesters|demonstrators|marchers|protestors|picketers?", re.I)
PROTEST_TARGET = re.compile(r"\b(?:rally|rallies|protests?|protesters|protestors|demonstrations?|demonstrators|marchers|"
                            r"sit-ins?|vigils?)\b", re.I)
REPORTED_TO = {"report", "say", "believe", "allege", "suspect", "claim", "understand", "think", "know", "accuse", "see"}
POLICE_WORD = re.compile(r"\b(?:police|carabineros|gendarm\w*)\b", re.I)
# Who did the damage after a demonstration, when it is the crowd itself: no one named, a pronoun, the group
CROWD_AGENT = re.compile(r"(?:the |some |several |a group of |groups of |many )?(?:they|them|the group|group|groups|"
                         r"protesters|demonstrators|marchers|protestors|participants|rioters|crowds?|people|youths?|"
                         r"students|citizens|residents|some of them|others)", re.I)
# What a crowd does that makes its demonstration violent
CROWD_DAMAGE = {"arson", "looting", "street_violence", "riot", "attack_police", "roadblock_forced"}
# ... or one of a force firing on his own: "an Administration Police officer shot dead two of his colleagues"
RECIPROCAL = re.compile(r"\s+(?:[a-z]+\s+)?(?:one another|each other)\b|"
                        r"\s+(?:(?:\w+|\d+)\s+(?:of\s+)?)?(?:his|her|their)\s+(?:own\s+)?(?:colleagues|comrades|"
                        r"fellow (?:officers|soldiers|policemen|police officers|fighters))\b", re.I)
RAID = re.compile(r"raid(?:ed|s)?", re.I)
STATE_FORCES = re.compile(r"\b(?:troops|army|soldiers|military|forces|servicemen|national guard|gendarmerie)\b", re.I)
NON_STATE_ARMED = re.compile(r"\b(?:rebels?|insurgents?|militants?|jihadists?|militias?|guerrillas?|dissidents?|"
                             r"fighters|terrorists|gunmen|armed groups?|resistance|paramilitar\w*|bandits|gangs?|gang members|"
                             r"gangsters|self-defen[cs]e groups?|(?:unknown|unidentified) (?:armed )?groups|raiders|(?:islamist|opposition|rebel|armed) factions)\b",
                             re.I)
ARMED = re.compile(r"\bgunmen|armed|militants?|rebels?|insurgents?|jihadists?|militia\w*|bandits\b", re.I)


@dataclass
class Trigger:
    category: str
    start: int
    end: int
    severity: int
    categories: set[str] = field(default_factory=set)
    merged: list["Trigger"] = field(default_factory=list)  # the sentence's other triggers told of the same event


def find_triggers(text: str, s_start: int, s_end: int, reported: bool = False, told: bool = False) -> list[Trigger]:
    """Non-overlapping triggers in one sentence, most specific pattern first.

    ``reported`` keeps what the text only reports hearing of ("Reports of armed clashes in Terekaka"):
    read when nothing else in the report is an event. ``told``: an event was told in an earlier sentence."""
    sentence = text[s_start:s_end]
    lowered = sentence.lower()
    taken: list[tuple[int, int]] = []
    found: list[Trigger] = []
    for (cat, rx, sev), cues in zip(COMPILED, CUES):
        if not may_match(cues, lowered):
            continue
        for m in rx.finditer(sentence):
            a, b = s_start + m.start(), s_start + m.end()
            if any(a < y and x < b for x, y in taken):
                continue
            before = text[max(s_start, a - 60):a]
            background = BACKGROUND.search(before) and not TOLL_OF.search(before) \
                and not (cat in ("battle", "brawl") and _amid_fighting(before)) \
                and not (VICTIMS_OF.search(before) and (m.group(0).lower().endswith("ed")
                                                        or re.match(r"\s*(?:[.;]|$)", text[b:s_end]))) \
                and not (GRIEVANCE_LEAD.search(before) and PAST_VERB.match(m.group(0).lower()))
            # ("youths protesting police brutality set fire to a police post": the protesters' act, not their grievance)
            # ("killed amidst clashes": the clashes; "victims of the floods blocked the road": the victims acted)
            # "killed in the attack" names the attack told already; "gathered" after "in the south" is no noun,
            # and one "participated in the protest rally" takes part in it.
            anaphoric = (ANAPHORIC.search(before) or told and DURATION_OF.search(before)) \
                and not m.group(0).lower().endswith("ed") \
                and not PARTICIPATED.search(before)
            if (META.search(before) and not reported) or (cat in BACKGROUND_CATEGORIES and (background or anaphoric)):
                continue
            answered = RETALIATED_FOR.search(before) if cat.startswith("explosion:") else None
            if answered and re.search(r"[a-z]{3}", text[s_start:max(s_start, a - 60) + answered.start()]):
                continue  # "aircraft struck a Hamas site in response to rockets fired at Sderot": the cause, told before
            if told and cat == "looting" and DAMAGE_OF_THE_TOLD_EVENT.search(before):
                continue  # "The explosion destroyed logistic vehicles": the damage of the event told already
            if told and cat == "killing" and (IN_THE_TOLD_EVENT.match(text, b, s_end) or CLAIMED_TOLL.search(before)):
                continue  # "Al Shabaab claimed they killed five soldiers in the attack": the toll of the attack told already
            taken.append((a, b))
            found.append(Trigger(cat, a, b, sev, {cat}))
    if any(t.category != "protest" and text[t.start:t.end].lower() != "rioters" for t in found):
        # "rioters set fire to ...": what they did tells the event (but "Rioters on the fringe of a protest ...
        # attack bystanders": the protest is the setting, the rioters' attack the event)
        found = [t for t in found if text[t.start:t.end].lower() != "rioters"]
    if reported and not found:  # "activists glued themselves to a road ... [size=around 10]": a crowd was counted
        found = [Trigger("protest", s_start + m.start(), s_start + m.end(), 3, {"protest"})
                 for m in SIZE_TAG.finditer(sentence)][:1]
    return sorted(found, key=lambda t: t.start)


def is_negated_or_hypothetical(sdoc, text: str, trig: Trigger, s_start: int) -> bool:
    """'police had no information', 'will be held accountable', 'waiting for the arrival'."""
    span = sdoc.char_span(trig.start, trig.end, alignment_mode="expand")
    if span is not None:
        root = span.root
        verb = root if root.pos_ in ("VERB", "AUX") else root.head
        for tok in (root, verb):
            for child in tok.children:
                if child.dep_ == "neg":
                    return True
                if child.dep_ == "aux" and child.lower_ in ("will", "would", "could", "might", "may", "should", "shall") \
                        and child.text != "May":  # ("on 3 May protested": the month, not the modal)
                    return True
            if tok.lower_ in ("no", "without"):
                return True
        for child in root.children:
            if child.dep_ == "det" and child.lower_ in ("no",):
                return True
    before = text[max(s_start, trig.start - 45):trig.start]
    if DENIAL.search(text[max(s_start, trig.start - 70):trig.start]) or re.search(r"\bwithout\s+(?:\w+\s+)?$", before):
        return True  # ("they fled without fighting", "dispersed without violence")
    # ("Rioters calling for peace in Beni clashed with police": the call is the subject's, the clash the sentence's
    # finite main verb, asserted)
    asserted = span is not None and span.root.dep_ == "ROOT" and span.root.tag_ in ("VBD", "VBN", "VBZ", "VBP") \
        and any(c.dep_ == "nsubj" for c in span.root.children)
    # ("migrant workers demanding to return home pelted stones at police": the small parser found no verb at the
    # root; a past verb not in a clause of its own is the sentence's act)
    asserted = asserted or span is not None and span.root.sent.root.pos_ not in ("VERB", "AUX") \
        and any(t.tag_ in ("VBD", "VBN") for t in span) \
        and not re.search(r"\b(?:who|that|which|to|be|been|being)\s+(?:\w+\s+)?$", before)
    return bool(HYPOTHETICAL.search(before)) and not asserted and not re.search(r"\b(?:said|says|told|claimed)\b", before)


# Words that open a sub-list of the phrase's people: "3 civilians including a former commander" is civilians.
# ("two civilians suspected of complicity with militants", "a villager suspecting him to be a police informer")
SUBLIST = {"including", "among", "excluding", "mostly", "mainly", "notably",
           "suspected", "accused", "alleged", "believed", "suspecting", "accusing", "alleging", "branding"}


def _np_text(token) -> str:
    """The phrase as written (spaces, hyphens and brackets kept), at most 8 tokens, up to a sub-list."""
    doc, start = token.doc, token.left_edge.i
    end = min(token.right_edge.i + 1, start + 8)
    cut = next((t.i for t in doc[start + 1:end] if t.lower_ in SUBLIST and t.i > token.i
                and t.dep_ != "amod"), None)  # (not "members of an alleged criminal group")
    if cut is not None:
        end = cut - 1 if doc[cut - 1].is_punct else cut
    return doc[start:end].text


def _bare_np(noun) -> str:
    """A noun with its own modifiers only ("Russian military forces"), not what the parser hung on it."""
    mods = [c.left_edge.i for c in noun.children if c.dep_ in ("det", "amod", "compound", "nummod", "poss") and c.i < noun.i]
    return noun.doc[min(mods, default=noun.i):noun.i + 1].text


def _between(root, verb) -> tuple[str, str] | None:
    """"clashes between the SAF and the RSF": the two sides, in the order the text gives them."""
    for head in (root, verb):
        if head.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" and c != root for c in head.children):
            continue  # "gunmen and militiamen clashed between Egareck and Midal": the subject fights, between places
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ != "between":
                continue
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            other = next((c for c in obj.children if c.dep_ == "conj"), None) if obj is not None else None
            if other is None:
                continue
            cc = next((c.i for c in obj.children if c.dep_ in ("cc", "punct") and c.i > obj.i), other.left_edge.i)
            first, second = obj.doc[obj.left_edge.i:cc].text, _np_text(other)
            noun = SHARED_FORCE_NOUN.search(second)
            if noun and " " not in first.strip():  # "between government and opposition forces": both sides' forces
                first += noun.group(0)
            return first, second
    return None


DONE_BY = {"perpetrate", "carry", "commit", "launch", "conduct", "stage", "mount", "claim", "execute"}
DATE_WORDS = {"on", "around", "about", "between", "in", "during", "from", "since", "by", "as", "reported", "week", "weekend",
              "month", "of", "the", "night", "and", "to", "early", "late", "overnight", "morning", "evening", "afternoon"}


def _past_leading_date(doc, first: int, last: int) -> int:
    """Where a subject starts once the note's opening date is left out: the parser often takes
    "Around 25 April 2021 (as reported), the IPOB ..." for one phrase with the date at its head."""
    comma = next((t.i for t in doc[first:last] if t.text == ","), None)
    if comma is None or comma + 1 >= last:
        return first
    lead = doc[first:comma]
    dated = any(t.ent_type_ in ("DATE", "TIME") or t.like_num for t in lead)
    if dated and all(t.ent_type_ in ("DATE", "TIME") or t.is_punct or t.like_num or t.lower_ in DATE_WORDS for t in lead):
        return comma + 1
    return first


WEAPON_WORDS = {"machete", "stick", "stone", "rock", "knife", "gun", "rifle", "arrow", "bow", "club", "weapon", "firearm",
                "arm", "spear", "axe", "sword", "cudgel", "baton", "iron", "rod", "bar", "fist", "bullet", "grenade", "bomb"}
# Whom a place was taken from, told as the fight that won it: "after clashes with military forces"
FOUGHT_FOR_IT = re.compile(r"\b(?:after|following|during|in)\s+(?:(?:heavy|fierce|intense|several|days of|hours of)\s+)*"
                           r"(?:clash(?:es)?|fighting|battles?|combat|an? (?:attack|assault) on)\s+(?:with|against)?\s*"
                           r"(?P<who>(?:the\s+)?[^,.;()]{2,50}?)(?=\s+(?:in|at|near|on|over|for|and|which|who|that)\b|[,.;()]|$)",
                           re.I)


ACCUSED_LEMMAS = {"accuse", "suspect", "allege"}


def _subjects(verb) -> list:
    """The verb's subjects; of two the parser set apart by a comma, the one next to the verb ("in the Waspan Norte
    neighbourhood, Managua City (Managua, Managua), the police forces burst into a house": the police, not the city)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] or [c for c in verb.children if c.dep_ == "csubj"]
    if not subjects and verb.dep_ == "pcomp" and verb.head.lower_ == "of" and verb.head.head.lemma_ in ACCUSED_LEMMAS:
        # "police are accused of assaulting a driver": the accused are who acted
        subjects = [c for c in verb.head.head.children if c.dep_ == "nsubjpass"]
    if len(subjects) > 1 and subjects[0].dep_ == "nsubj":
        doc = verb.doc
        between = doc[subjects[0].right_edge.i:subjects[-1].left_edge.i]  # (the first's last token, often the comma)
        if "," in between.text and not any(t.lower_ in ("and", "&") for t in between):
            return subjects[-1:]
    return subjects


def trigger_actors(sdoc, trig: Trigger) -> tuple[str | None, str | None]:
    """Agent and patient phrases around a trigger, from the dependency parse."""
    span = sdoc.char_span(trig.start, trig.end, alignment_mode="expand")
    if span is None:
        return None, None
    root = span.root
    while root.head is not root:
        if root.dep_ in ("compound", "amod", "nmod"):
            root = root.head  # "fired several mortar rounds": the noun phrase the weapon word modifies
        elif root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ in ("NOUN", "NUM", "PRON"):
            root = root.head.head  # "fired dozens of rockets": the quantity noun the verb governs
        else:
            break
    verb = root if root.pos_ in ("VERB", "AUX") else root.head
    agent = patient = None
    patient_from_prep = False  # a direct object outranks a prepositional target
    subjects = _subjects(verb)
    if subjects:
        # Two subjects the parser did not conjoin ("Hayat Tahrir al-Sham (HTS) and allied factions took"),
        # or a clause it took for the subject ("warplanes belonging to the Russian air force struck"): all of it.
        first, last = subjects[0].left_edge.i, subjects[-1].right_edge.i + 1
        inner = [c for c in subjects[0].children if c.dep_ == "nsubj"]
        if subjects[0].dep_ == "csubj" and inner:  # start at its own subject, not at "On 22 July, ..."
            first = inner[0].left_edge.i
        first = _past_leading_date(verb.doc, first, last)
        agent = verb.doc[first:min(last, first + 14)].text
        armed = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "with" else None
        if armed is not None and armed.lower_ == "armed" and subjects[0].lemma_.lower() in WEAPON_WORDS:
            # "a group of youths armed with machetes attacked passers-by": the parser made the weapons the subject
            first = _past_leading_date(verb.doc, verb.sent.start, armed.i)
            agent = verb.doc[first:armed.i].text
    for child in verb.children:
        if child.dep_ == "nsubjpass":
            patient = _np_text(child)
        elif child.dep_ == "agent":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                agent = _np_text(objs[0])
        elif child.dep_ in ("dobj", "obj") and not trig.start <= child.idx < trig.end:  # "opened fire": no target
            patient = _np_text(child) if patient is None or patient_from_prep else patient
            patient_from_prep = False
        elif child.dep_ == "prep" and child.lower_ in ("on", "at", "against", "between", "with") and child.i > verb.i:
            # ("On the road that connects Iguala to Huitzuco, a police officer was attacked": where, not whom)
            # "On 8 January" and "at dawn" are times, not targets
            # ("fought with machetes": what they fought with is no side)
            objs = [c for c in child.children if c.dep_ == "pobj" and c.ent_type_ not in ("DATE", "TIME")
                    and not (child.lower_ == "with" and c.lemma_.lower() in WEAPON_WORDS)]
            if objs and patient is None:
                patient, patient_from_prep = _np_text(objs[0]), True
    if agent is None and any(c.dep_ == "nsubjpass" for c in verb.children):
        # "was assaulted and injured by party supporters": the agent the parse hung on the last conjunct
        by = next((b for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                   for b in c.children if b.dep_ == "agent"), None)
        obj = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        agent = _np_text(obj) if obj is not None else None
    if patient is None:  # "Shooting by suspected Al Shabaab sympathisers leaves two police officers dead"
        left = LEAVES_DEAD.match(root.doc.text, root.idx + len(root.text), root.sent.end_char) \
            or LEFT_DEAD.match(root.doc.text, trig.start, trig.end)  # "an operation left 3 IS militants dead"
        patient = left.group("who") if left else None
    if patient is None and root is not verb:  # "drone strikes against a gathering of militants"
        targets = _prep_objects(root, ("on", "against", "at"))
        patient = targets[-1] if targets else None
    if root.pos_ == "NOUN":  # "an attack by Taliban militants", "Afghan commando forces' attack": its own agent
        by = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "by"), None) or next(
            (b for c in root.children if c.dep_ == "acl" and c.lemma_ in DONE_BY for b in c.children if b.dep_ == "agent"),
            None)  # "attacks perpetrated by X" (not "an IED planted by X", whose victim struck it)
        obj = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        if obj is not None and patient is not None and patient.startswith(root.doc[root.left_edge.i:root.i + 1].text):
            patient = None  # "attacks perpetrated by X were registered": the event is its own subject, not its target
        owner = next((c for c in root.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)
        if obj is not None:
            agent = _np_text(obj)
        elif owner is not None:
            agent = _bare_np(owner)
    if subjects and verb.lemma_ in CASUALTY_VERBS and \
            not any(c.dep_ in ("dobj", "obj", "agent", "auxpass", "nsubjpass") for c in verb.children) \
            and not any(c.dep_ == "conj" and c.pos_ == "VERB" and any(g.dep_ in ("dobj", "obj") for g in c.children)
                        for c in verb.children):  # ("a sniper shot and injured a child": the object is shared)
        agent, patient = None, patient or agent  # "Four people killed, several injured": a toll told without "were"
    sides = _between(root, verb) if trig.categories & {"battle", "brawl", "riot"} else None
    if sides:
        agent, patient = sides
    if agent is None:
        # "gunmen surrounded a mosque ... and opened fire": the subject of the first verb of the
        # chain, climbing over conjuncts the parser hung on a noun in between.
        up, hops = verb, 0
        while agent is None and up.dep_ in ("conj", "xcomp", "advcl") and up.head is not up and hops < 4:
            up, hops = up.head, hops + 1
            if up.pos_ in ("VERB", "AUX"):
                # ("SSPDF soldiers were reported to have beaten several civilians": who was reported to act)
                # (not "10 people were reported killed": the people are the victims)
                # ("members of a criminal group were seen beating young people": whom the videos showed acting)
                active = (any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
                          or verb.tag_ == "VBG" and verb.dep_ == "xcomp" and up.lemma_ == "see") \
                    and not any(c.dep_ == "auxpass" for c in verb.children)
                deps = ("nsubj", "nsubjpass") if up.lemma_ in REPORTED_TO and hops == 1 and active else ("nsubj",)
                agent = next((_np_text(c) for c in (_subjects(up) if deps == ("nsubj",) else up.children)
                              if c.dep_ in deps), None)
    if patient is None and any(c.dep_ == "auxpass" for c in verb.children) \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        # "..., Guerrero, a police officer from Huitzuco was attacked": the subject hung on the region as an apposition
        lead = _apposition_before(verb, (verb.i - 1, verb.i - 2))  # (past the passive's "was")
        if lead is not None:
            patient = _np_text(lead)
    reduced = verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_ in CASUALTY_VERBS \
        and verb.head.pos_ in ("NOUN", "PROPN") and not any(c.dep_ in ("dobj", "obj") for c in verb.children)
    if agent is None and reduced:
        patient = patient or _np_text(verb.head)  # "At least 13 ISGS militants killed and ...": those killed, no killers
    if agent is None and not reduced and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        # "On 25 November, in Santiago, Metropolitan region, a group of police officers attacked a journalist":
        # the parser hung the subject on the region as an apposition; it is the phrase right before the verb
        lead = _apposition_before(verb, (verb.i - 1,))
        if lead is not None:
            agent = _np_text(lead)
    verbless = agent is None and root.pos_ == "NOUN" and not any(t.pos_ in ("VERB", "AUX") for t in root.sent)
    if verbless and trig.categories & {"battle", "brawl"} and all(t.is_punct for t in root.doc[root.i + 1:root.sent.end]):
        # "Toubou ethnic militia and Tuareg ethnic militia clash.": a headline the parser read as a list of nouns
        agent = root.doc[root.sent.start:root.i].text or None
    elif verbless and root.i > root.sent.start and all(t.pos_ == "PROPN" for t in root.doc[root.sent.start:root.i]):
        # "Karamojong attack UPDF": a headline's subject and object, the verb read as a noun between two names
        after = [t for t in root.doc[root.i + 1:root.sent.end] if not t.is_punct]
        agent = root.doc[root.sent.start:root.i].text
        if after and all(t.pos_ == "PROPN" for t in after) and patient is None:
            patient = " ".join(t.text for t in after)
    if agent is None and root.pos_ == "NOUN" and root.i > root.sent.start and root.dep_ in ("ROOT", "compound", "nsubj") \
            and (lead := HEADLINE_DOERS.fullmatch(root.doc[root.sent.start:root.i].text)) is not None:
        # "Armed Pokot militiamen attack and hold hostage three police posts": a headline's doers before its verb,
        # the verb read as a noun
        agent = lead.group(0)
        if patient is None:
            objs = [t for t in root.doc[root.i + 1:root.sent.end] if t.dep_ in ("dobj", "pobj", "appos", "conj")
                    and t.pos_ in ("NOUN", "PROPN")]
            patient = _np_text(objs[0]) if objs else None
    first = _past_leading_date(verb.doc, verb.sent.start, verb.i)
    if agent is None and verb.dep_ == "acl" and verb.i - first <= 12 and not reduced \
            and (verb.tag_ == "VBD" or verb.tag_ == "VBN" and verb.sent.root.pos_ not in ("VERB", "AUX")
                 and not any(c.dep_ in ("agent", "auxpass", "nsubjpass") for c in verb.children)
                 and verb.doc[verb.i - 1].lower_ not in ("was", "were", "been", "be", "being", "is", "are")):
        # "Gunmen suspected to be Fulani herders attacked X", "youths from two rival communities fought with
        # machetes": the parser hung the verb on the last noun as if it were a participle (the sentence left
        # with no verb); the words before it, after the note's date, are who acted.
        agent = verb.doc[first:verb.i].text
    elif agent is None and not reduced and verb.dep_ in ("acl", "conj") and verb.head.dep_ == "ROOT" \
            and verb.head.pos_ in ("NOUN", "PROPN"):
        agent = _bare_np(verb.head)  # "Russian forces attacked near X": a verbless parse, the noun its subject
    if agent:
        agent = strip_dateline(agent)  # "RAIPUR - Maoist rebels": the filing city is no actor
        at = verb.doc.text.find(agent, verb.sent.start_char)
        side = re.search(r"\b(?:pro|anti)-$", verb.doc.text[max(0, at - 5):at]) if at > 0 else None
        if side:  # "pro-Hadi and affiliated forces": the parse left the side's prefix out of the subject
            agent = side.group(0) + agent
    if agent and agent.lower() in ("that", "who", "which") and verb.dep_ == "relcl":
        agent = _bare_np(verb.head)  # "a group of people that attacked police officers": the people
    elif agent and agent.lower() in PRONOUNS:
        agent = _speaker_of(verb)  # "the Arakan Army announced that it had captured Paletwa"
    if patient is None and agent is None and verb.dep_ in ("xcomp", "oprd", "advcl", "ccomp") \
            and verb.head.lemma_ in ("find", "discover", "leave", "report"):
        # "a member of the state security was found shot dead": the one found
        found = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
        patient = _np_text(found) if found is not None else None
    if patient is None and not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        # "stabbed and wounded a soldier": the object the verbs share, which the parse hangs on the last
        shared = next((g for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                       for g in c.children if g.dep_ in ("dobj", "obj")), None)
        patient = _np_text(shared) if shared is not None else None
    if patient and verb.dep_ == "relcl" and re.match(r"(?i)(?:their|its)\s+(?:\w+\s+)?(?:bases?|camps?|positions?|posts?|"
                                                     r"checkpoints?|barracks|convoys?|patrols?|outposts?)\b", patient):
        # "the army killed 20 fighters who attacked their base": whose base, the main clause's subject
        main = verb.head.head if verb.head.dep_ in ("dobj", "obj", "pobj", "nsubjpass") else None
        subject = next((c for c in main.children if c.dep_ == "nsubj"), None) if main is not None else None
        patient = _np_text(subject) if subject is not None else patient
    if patient and patient.lower() in ("him", "her", "them", "the victim", "the victims") and verb.dep_ == "conj" \
            and verb.head.pos_ == "VERB":
        # "robbed a police officer and killed him (the victim)": whom the first verb of the chain acted on
        obj = next((c for c in verb.head.children if c.dep_ in ("dobj", "obj")), None)
        patient = _np_text(obj) if obj is not None else patient
    if trig.category == "battle" and REPELLED.search(verb.doc.text[trig.start:trig.end]):
        if patient is None and verb.dep_ == "conj" and verb.head.pos_ in ("NOUN", "PROPN"):
            patient = _bare_np(verb.head)  # "Russian forces attacked ..., but were repelled by ..."
        if patient is None and verb.dep_ in ("pcomp", "advcl"):
            # "Militants burned huts before being repelled by security forces": who did what was repelled
            clause = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")
                           and any(c.dep_ == "nsubj" for c in a.children)), None)
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
            patient = _np_text(subject) if subject is not None and subject.lower_ not in PRONOUNS else None
        if patient:
            agent, patient = patient, agent  # "were repelled by the army": the repelled attacked first
    if trig.category == "killing" and verb.lemma_ in ("find", "discover") \
            and re.match(r"(?:found|discovered)\b", verb.doc.text[trig.start:trig.end], re.I):
        # "residents found the bodies of two men": who found the dead did not kill them; "three people died and
        # were found wrapped in blankets": the found are the dead
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        body = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
        whose = next((p for c in body.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj"), None) if body is not None else None
        agent, patient = None, patient or (agent if passive else _np_text(whose) if whose is not None else None)
    if trig.category == "territory":  # "retaken Wad Madani from the RSF": the place taken is no actor
        frm = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"), None)
        objs = [c for c in frm.children if c.dep_ == "pobj"] if frm is not None else []
        patient = _np_text(objs[0]) if objs else patient
        fought = FOUGHT_FOR_IT.search(verb.sent.text) if patient is None else None
        patient = fought.group("who") if fought else patient  # "seized Djibo after clashes with military forces"
    return agent, patient


LEAVES_DEAD = re.compile(r"[^.;]{0,60}?\bleav(?:es|ing|e)\s+(?P<who>(?:[\w'’-]+\s+){1,4}?)(?:dead|injured|wounded|hurt)\b",
                         re.I)
LEFT_DEAD = re.compile(r"left\s+(?:at least\s+|some\s+|about\s+)?(?P<who>(?:[\w'’-]+\s+){1,4}?)dead\b", re.I)
HEADLINE_DOERS = re.compile(r"(?:[\w'’-]+\s+){0,4}(?:militiamen|militia|militants|gunmen|fighters|rebels|insurgents|soldiers|"
                            r"troops|police|policemen|youths|raiders|bandits|herders|herdsmen|residents|villagers|students|"
                            r"protesters|supporters|rioters|mobs?)", re.I)
def _apposition_before(verb, ends: tuple[int, ...]):
    """A noun the parser hung as an apposition on the place before it ("On 25 November, in Santiago, Metropolitan
    region, a group of police officers attacked"), ending right before the verb (at one of ``ends``): the clause's
    subject, which the parse lost."""
    return next((t for t in verb.doc[verb.sent.start:verb.i] if t.dep_ == "appos" and t.pos_ in ("NOUN", "PROPN")
                 and t.right_edge.i in ends), None)


REPELLED = re.compile(r"\b(?:were|was|being|been) (?:repelled|repulsed)\b", re.I)
PRONOUNS = ("they", "he", "she", "it", "we", "who", "which", "that")
SAYING = {"say", "announce", "claim", "report", "confirm", "state", "declare", "tell", "add", "insist", "boast"}


def _speaker_of(verb) -> str | None:
    """Who a pronoun subject stands for when the clause is what someone said: the speaker, if named."""
    head = verb.head if verb.dep_ in ("ccomp", "conj") else None
    if head is None or head.lemma_ not in SAYING:
        return None
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in PRONOUNS:
        return None
    return strip_dateline(_np_text(subject))


# Cues the typing reads in a violent mention's sentence.
# "an army vehicle hit an IED": the side that struck the device is its target.
STRUCK_DEVICE = re.compile(r"\b(?:hit|struck|stepped(?: on)?|ran over|drove over|triggered|detonated by)\s+(?:a|an|the)\s+"
                           r"(?:[\w-]+\s+){0,2}(?:mines?|landmines?|IEDs?|explosive devices?|roadside bombs?)\b", re.I)
# armed people a verb's parse may not reach: "armed men driving two vehicles attacked a police patrol"
ARMED_PEOPLE = re.compile(r"\b(?:gunmen|armed (?:men|assailants|attackers|individuals|groups?|bandits)|heavily armed \w+)\b", re.I)
# close fighting that makes grenades or a rocket part of a battle
DIRECT_FIRE = re.compile(r"\b(?:firearms|gunfire|small arms|rifles|(?<!heavy )machine ?guns?|shoot ?-?out|gunfights?|firefights?|"
                         r"clash(?:es|ed)?|fighting|gun ?battle|exchange of fire|"
                         r"attack on (?:a|the) (?:check ?point|base|post|position|outpost))\b", re.I)
# Whom a mob or a looter strikes, making civilians its target (ACLED: actor2 Civilians): people, their villages,
# and for a mob their property too.
CIVIL_PEOPLE = re.compile(r"\b(?:villages?|man|woman|men|women|people|residents|villagers|civilians?|farmers?|traders?|"
                          r"students?|family|families|(?:suspected |alleged )?(?:thie(?:f|ves)|robbers?|criminals?|"
                          r"witch(?:es)?|wizards?|sorcerers?|kidnappers?))\b", re.I)
CIVIL_PROPERTY = re.compile(r"\b(?:houses?|homes?|shops?|stores?|huts|business(?:es)?|market)\b", re.I)
# Things wrecked, and people who could have been the target instead ("attacked and burned a school")
DESTROYED = re.compile(r"\b(?:burn(?:ed|t)|torched|set (?:on )?fire|destroy(?:ed|ing)|vandali[sz]ed|looted|ransacked|"
                       r"demolished)\b", re.I)
PEOPLE_HARMED = re.compile(r"\b(?:villagers|residents|civilians|people|passengers|worshippers|students|teachers|farmers|"
                           r"women|children|men|soldiers|troops|police\w*|officers|guards|members|"
                           r"(?:attacked|stormed|raided) (?:the |a )?(?:village|town|community|locality|settlement|camp))\b", re.I)
GUNFIRE = re.compile(r"\b(?:armed with (?:guns|rifles|firearms|AK-?47s?)|gunshots?|gunfire|shots were fired|opened fire)\b", re.I)
# People who fight with these are a mob, not an armed group (ACLED: rioters).
CRUDE_WEAPONS = re.compile(r"\b(?:sticks|stones|rocks|clubs|bricks|fists|machetes)\b", re.I)
# the text's own word for a crowd that demonstrates, as against a mob
DEMONSTRATORS = re.compile(r"\b(?:rioters|protesters|protestors|demonstrators|students)\b", re.I)
# territory changing hands without a fight: a non-violent transfer
# (a planned withdrawal, not a flight under attack: "seized Kalehe after government troops fled" was a fight)
AFTER_THEY_LEFT = re.compile(r"\b(?:after|following|as|when)\b[^.;]{0,60}?\b(?:withdrew|withdrawn|withdrawal|"
                             r"pulled out|evacuated|left (?:the )?(?:town|village|city|area|base|camp|positions?))\b", re.I)
UNOPPOSED = re.compile(r"\b(?:put up no resistance|no resistance|without (?:a )?(?:fight|fighting|resistance|a shot)|"
                       r"unopposed|without firing a shot|handed over|peacefully|"
                       r"no (?:clashes|fighting|violence|fight|combat)(?: (?:was|were|has been|have been))? reported|"
                       r"without (?:any )?(?:clashes|violence|combat))\b", re.I)
FORCES_FACED = re.compile(r"\b(?:police(?:men| officers)?|security forces|gendarmes|soldiers|troops|riot police|"
                          r"anti-riot (?:police|forces|units))\b", re.I)
# "The forces reacted with gunfire after the explosion", "prompting the Somali military to respond with gun fire"
ANSWERED_WITH_FIRE = re.compile(r"(?P<who>\b(?:[A-Z][a-z]+\s+)?(?:security forces|forces|military|army|soldiers|troops|"
                                r"police(?:men)?|officers|guards))\b[^.;]{0,30}?\b(?:react|respond|retaliat|answer)\w*\s+"
                                r"with\s+(?:heavy\s+)?(?:gun ?fire|gunshots|live fire|firing)\b")
# The other side firing back, which makes shelling, a grenade or a shooting a fight: "leading Druze fighters to return
# shelling", "The police shot back", "the officer returned fire, killing him"
RETURNED_FIRE = re.compile(r"(?:\b(?P<who>(?:[A-Z][\w'’-]+\s+)?(?:fighters|forces|troops|soldiers?|militants|army|military|"
                           r"rebels|militiamen|gunmen|police(?:m[ae]n| officers?)?|officers?|guards?|rangers?|agents?|"
                           r"gendarmes?|(?:force |security |police )?escorts?|bodyguards?))\s+(?:\w+\s+){0,2}?)?\b(?:(?:return(?:ed|ing)?|respond(?:ed|ing)?\s+"
                           r"(?:with|to))\s+(?:the\s+|their\s+)?(?:heavy\s+)?(?:fire|shelling|artillery(?: fire)?|mortar fire|"
                           r"gunfire)|fired back|shot back|retaliated)\b", re.I)
# Armed men who stood against the attack, which makes an attack on a village a fight: "Volunteer fighters (VDP)
# responded to the attack", "Koglweogo, Dozos, and local youth reportedly repulsed the attack", "Dozo militiamen
# defending the village were overpowered"
DEFENDED = re.compile(r"\b(?:(?:responded to|repelled|repulsed|fought off|beat back|pushed back)\s+(?:the|an?|their)\s+(?:[\w-]+\s+)?"
                      r"(?:attacks?|assaults?|raids?|incursions?|attackers|assailants|militants)|"
                      r"defending\s+(?:the|their)\s+(?:village|town|locality|area))\b", re.I)


def _defenders(sdoc, start: int, end: int) -> re.Match | None:
    """Who stood against an attack, as a match whose group "who" is their phrase (the verb's subject, or the noun
    "defending the village" describes), read from the parse between ``start`` and ``end``."""
    text = sdoc.text
    for m in DEFENDED.finditer(text, start, end):
        span = sdoc.char_span(m.start(), m.start() + len(m.group(0).split()[0]), alignment_mode="expand")
        if span is None:
            continue
        verb = span.root
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        who = subject if subject is not None else verb.head if verb.dep_ == "acl" else None
        if who is None:
            continue
        # (the whole subject, "Koglweogo, Dozos, and local youth"; of the described noun, up to it)
        phrase = sdoc[who.left_edge.i:(who.right_edge.i if subject is not None else who.i) + 1]
        return re.match(r"(?P<who>.+)", phrase.text)
    return None


# ... or armed men among those it killed or wounded: "attacked the village of Sassambari. One Dozo militiaman was killed"
ARMED_TOLL = re.compile(r"\b(?i:one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a|an)\s+(?P<who>(?:[A-Z][\w'’-]+\s+){0,2}"
                        r"(?:militiam[ae]n|militia members?|volunteer fighters?|(?:VDP|Dozo|Koglweogo) (?:fighters?|members?)|"
                        r"soldiers?|gendarmes?|police(?:m[ae]n| officers?)))\s+(?:was|were)\s+(?:killed|wounded|injured|shot)\b")
# "the Myanmar military and AA clashed": two sides joined before the verb, after the note's opening places
BOTH_SIDES_BEFORE = re.compile(r"(?:^|,\s*)(?P<a>(?:the\s+)?[^,;()]{2,40}?)\s+and\s+(?P<b>(?:the\s+)?[^,;()]{2,40}?)\s+$")
ARRESTED_FOR_FIGHTING = re.compile(r"[^.;]{0,40}?\b(?:after|when|because|for having)\s+(?:they|he|she|the\s+\w+)\s+(?:had\s+)?"
                                  r"(?:attacked|assaulted|beat|stoned|pelted|clashed with|fought)\s+(?:the\s+|two\s+|a\s+)?"
                                  r"(?:police\w*|officers?|soldiers?|troops|security forces|agents?|gendarmes?)\b", re.I)
RELATIVE_CLAUSE = re.compile(r",?\s+(?:who|whom)\s+")
# A ground assault on armed positions, told beside the shelling that covered it
GROUND_ATTACK = re.compile(r"\b(?:launched|carried out|mounted|staged)\s+(?:an?\s+|a\s+)?"
                           r"(?!(?:shelling|mortar|rocket|artillery|missile|drone|air)\b)(?:[\w-]+\s+)?(?:attack|assault|"
                           r"offensive)s?\s+(?:on|against)\s+(?:[\w'’-]+\s+){0,3}(?:positions|bases?|posts?|barracks|"
                           r"checkpoints?|outposts?|frontlines?)\b", re.I)
SHOT_DEAD_TOLL = re.compile(r"shot\s+dead\b", re.I)
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been)\s+$", re.I)
KILLED_TOO = re.compile(r"\b(?:killing|killed|kills?|beheaded|executed|shot dead|shoots? dead)\b", re.I)
# Detainees beaten, tortured or dying in custody: ACLED codes the state's violence, an attack.
HELD_BY_STATE = re.compile(r"\b(?:in|at|inside)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?(?:police (?:station|custody|cells?|post)|"
                           r"(?:military |state )?(?:prison|jail|detention (?:centre|center|facility))|custody|lock-?up)\b", re.I)
ABUSED_IN_CUSTODY = re.compile(r"\b(?:beat(?:en|ings?)?|tortur\w+|slapped|assault(?:ed|s)?|executed|died in (?:detention|custody)|"
                               r"killed)\b", re.I)
KILLS = re.compile(r"\b(?:killed|killing|murdered|shot dead|burned alive|burnt alive)\b|\bburn\w*\s+(?:[\w-]+\s+){0,3}alive\b",
                   re.I)
KILLED_AFTER = re.compile(r"\b(?:kidnap+ed|abducted)\b[^.;]{0,60}?\b(?:and|before|then|later)\b[^.;]{0,25}?"
                          r"\b(?:killed|murdered|executed|beheaded|shot dead|slaughtered)\b", re.I)
# When one event names several weapons, the codebook's most specific means wins: a chemical
# attack or a suicide bomber defines the event whatever else was fired; aircraft over missiles.
# (Chosen by a fixed order, not by a set's iteration order, so the output is reproducible.)
# A bare "explosion" or "blast" reads as a remote explosive, so that weapon comes last.
EXPLOSION_PRIORITY = ["explosion:Chemical weapon", "explosion:Suicide bomb", "explosion:Air/drone strike",
                      "explosion:Grenade", "explosion:Shelling/artillery/missile attack",
                      "explosion:Remote explosive/landmine/IED"]


# (or by the doers already told: "One policeman was killed, and a vehicle was set ablaze by the militants")
DAMAGE_BY_NO_ONE = re.compile(r"(?:^|[,;]\s+and\s+)\W*(?:[\w'’-]+\s+){0,6}?(?:were|was|had been|have been|got)\s+(?:also\s+)?"
                              r"(?:burn(?:t|ed)|torched|looted|set ablaze|set on fire|destroyed|razed|vandali[sz]ed|ransacked|"
                              r"pillaged|damaged)\b(?![^.;]*\bby\b(?!\s+(?:the|these|those)\s+(?:same\s+)?(?:militants|attackers|"
                              r"assailants|gunmen|insurgents|fighters|rioters|mob|group|men|jihadists|bandits)\b))", re.I)


def _damage_after_attack(sentence: str, told: list, index: int) -> bool:
    """Whether the sentence tells, in the passive and naming no one, damage done right after a violent event."""
    last = told[-1] if told else None
    return last is not None and last.span.sentence >= index - 1 and last.event_type in (
        "Violence against civilians", "Battles", "Riots", "Explosions/Remote violence") \
        and DAMAGE_BY_NO_ONE.search(sentence) is not None


def _others_protest(sdoc, triggers: list[Trigger], agent: str) -> bool:
    """Whether the sentence's protest is told of people other than ``agent`` ("members of the party's wing
    assaulted students when the students were staging a protest"), not of the attackers themselves."""
    protesting = [who for t in triggers if t.category == "protest" and (who := trigger_actors(sdoc, t)[0])]
    return bool(protesting) and not any(_same_people(agent, who) for who in protesting)


def _same_people(one: str, other: str) -> bool:
    """Whether two phrases name the same people by their head noun ("The employees demonstrated" and "employees
    from the directorate ... assaulted a journalist")."""
    head = re.findall(r"[a-z]+", other.lower())
    return bool(head) and re.search(rf"\b{head[-1]}\b", one.lower()) is not None


GANG_RECORD = re.compile(r"\b(?:(?:had|has|with) (?:a )?(?:police|criminal) record|(?:had|has|faced|facing|with) (?:criminal )?"
                         r"charges(?: against (?:him|her|them))?) for [^.;]{0,40}?\b(?:drug[- ]trafficking|"
                         r"trafficking|drug dealing)\b", re.I)
CRUDE_BOMB = re.compile(rf"\b(?:{CRUDE_MAKES}|cocktail|petrol|molotov) bombs?\b|"
                        r"\bcocktails?\b(?!\s+(?:party|bar|hour))", re.I)
# Residents who beat or lynch someone are a mob, whatever else they did to him ("beaten up, shot and killed by
# residents")
LYNCHED = re.compile(r"\b(?:beat(?:en|ing)?(?: up)?|lynch\w*|ston(?:ed|ing))\b", re.I)


# ACLED's own notes name the actor they coded: "pastoralists-militia (coded as Darfur communal militia)"
CODED_AS = re.compile(r"\((?:[^()]*?,\s*)?coded as (?:an? |the )?(?P<name>[^()]+?)\)", re.I)


def _coded_as(sentence: str, at: int, a1: Actor | None, a2: Actor | None, patient: str | None,
              country: str | None, on: date | None) -> tuple[Actor | None, Actor | None]:
    """The actors as a note says they were coded, in place of the ones read from its words: the name is the
    coder's, the words a witness's. It belongs to the phrase it follows: the doer before the event word, the
    target after it (places and counts "coded as" are no actors)."""
    for m in CODED_AS.finditer(sentence):
        coded = classify_actor(m.group("name"), country, on)
        if coded is None or coded.inter in (5, 6, 7) or coded.normalized.startswith(("Military Forces", "Police Forces")) \
                and not re.search(r"\b(?:military|police|army|forces)\b", m.group("name"), re.I):
            continue  # ("Unidentified Military Forces" is no country's army)
        follows_patient = bool(patient) and sentence[:m.start()].rstrip().endswith(patient.rstrip()[-20:])
        generic = a1 is None or a1.normalized.startswith(("Unidentified", "Rebel Group", "Rioters"))
        if not follows_patient and (m.start() < at or generic):
            a1 = coded  # ("Looting: ... four militants on Avanti (coded as ...) looted": a label before the doer)
        else:
            a2 = coded
    return a1, a2



TERRITORY_SUBS = ("Government regains territory", "Non-state actor overtakes territory")


def territory_sub(inter1: int | None) -> str:
    """Who took the ground says which kind of territorial battle: the state's forces regain it, anyone else overtakes it."""
    return TERRITORY_SUBS[0] if inter1 == 1 else TERRITORY_SUBS[1]


def _type_violent(cats: set[str], a1: Actor | None, a2: Actor | None, sentence: str, riot_context: bool,
                  organised: bool = False, at_protest: bool | None = None, riot_context_mob: bool = False) -> tuple[str, str]:
    """ACLED type for a violent mention, following the codebook's order of tests.

    ``riot_context_mob``: the report tells of a mob, a pogrom or communal violence somewhere.
    """
    explosions = sorted((c for c in cats if c.startswith("explosion:")), key=EXPLOSION_PRIORITY.index)
    organised_fight = ("battle" in cats or "brawl" in cats) and organised and not riot_context \
        or "battle" in cats and SMALL_ARMS_FIRE.search(sentence) is not None  # small arms at positions, heavier guns too
    i1, i2 = (a1.inter if a1 else None), (a2.inter if a2 else None)
    if cats & {"battle", "brawl"} and {i1, i2} & {1, 2, 8} and any(
            a is not None and a.name.lower() == "rioters" and "rioter" not in sentence.lower() for a in (a1, a2)):
        # "13 Taliban militants were killed during clashes": a crowd the text never told, set against an army or an
        # armed group, is the unknown armed side they fought
        organised_fight = not riot_context
    if "battle" in cats and i1 in (1, 2, 3, 4, 8) and i2 in (1, 2, 3, 4, 8) and a1.normalized != a2.normalized:
        organised_fight = True  # "Hazm Brigades thwarted an attack by Houthi forces ... heavy weapons": two forces fought
    if explosions and i1 in (1, 2, 3, 4, 8) and i2 in (1, 2, 3, 8) and DIRECT_FIRE.search(sentence) \
            and (explosions[0] in ("explosion:Grenade", "explosion:Shelling/artillery/missile attack")
                 or explosions[0] == "explosion:Remote explosive/landmine/IED" and re.search(r"\bambush", sentence, re.I)):
        organised_fight = True  # "attacked a police patrol using grenades and firearms": a battle, not a remote attack
    if explosions and a1 is not None and AIR_TO_AIR.search(a1.name) and SHOT_DOWN.search(sentence):
        return "Battles", "Armed clash"  # "Russian aircraft shot down a Ukrainian helicopter": two air forces fought
    if explosions and not organised_fight:  # forces clashing "with small arms and mortars" is a battle
        return "Explosions/Remote violence", explosions[0].split(":", 1)[1]
    if "sexual" in cats:
        return "Violence against civilians", "Sexual violence"
    if _damage_to_things(cats, a2, sentence) and i1 in (1, 2, 3, 4, 8) and not protest_setting(sentence) \
            and not a1.normalized.startswith("Unidentified") and not KILLS.search(sentence) and not LETHAL.search(sentence):
        # "suspected ISGS militants vandalized a local radio station", "militants attacked and burned a school",
        # "stormed a construction site and destroyed equipment": an armed group's damage to things, no one hurt
        return "Strategic developments", "Looting/property destruction"
    if "abduction" in cats and i1 in (2, 3, 4) and i2 in (1, 2, 3, 4, 8) and a1.normalized != a2.normalized \
            and (ARMED_NOUN.search(" ".join(a2.name.split()[:4])) or STATE_FORCES.search(" ".join(a2.name.split()[:4]))):
        return "Battles", "Armed clash"  # "JNIM militants abducted two Dozo militiamen": armed men seized, not civilians
    if "abduction" in cats and not (cats & {"battle", "brawl"} and (i1 in (1, 2, 3, 4, 8) or organised)):
        # Kidnapped and then killed, or people killed and others kidnapped: the codebook codes the killing, an attack.
        if KILLED_AFTER.search(sentence) or KILLED_TOO.search(sentence):
            return "Violence against civilians", "Attack"
        return "Violence against civilians", "Abduction/forced disappearance"
    armed = {1, 2, 3, 4, 8}
    if "beating" in cats and not cats & {"shooting", "killing", "abduction", "sexual", "battle"} \
            and _unarmed_unknown(a1) and not ARMED_ACT.search(sentence) and not TARGETED_ASSAULT.search(sentence) \
            and not KILLS.search(sentence) and "to death" not in sentence and not BLADES.search(sentence) \
            and not (a2 is not None and a2.inter in (1, 2, 8)):
        return "Riots", "Mob violence"  # "five unidentified men assaulted a civilian": no arms, a mob's beating
    if protest_setting(sentence) if at_protest is None else at_protest:
        if i1 == 1 or i2 == 6 or (i1, i2) == (6, 1):  # the state acting on protesters, however the parse ordered them
            # Demonstrators who fight, wreck or hurt the police make a violent demonstration even where the
            # police killed some of them; force is excessive against a crowd that was not violent (ACLED)
            if cats & {"brawl", "attack_police", "street_violence", "roadblock_forced", "riot", "battle"} \
                    or POLICE_HURT.search(sentence):
                # "clashes erupted between police and demonstrators", "engaged the demonstrators in running battles"
                return "Riots", "Violent demonstration"
            if lethal_told(sentence):
                return "Protests", "Excessive force against protesters"
            return "Protests", "Protest with intervention"
        return "Riots", "Violent demonstration"
    if cats == {"shooting"} and WARNING_SHOTS.search(sentence) and not KILLS.search(sentence) \
            and not re.search(r"\b(?:injur|wound|hurt|hit)\w*", sentence, re.I):
        # "border guards fired warning shots in the air near the village": no one shot at (ACLED: other)
        return "Strategic developments", "Other"
    two_sides = a1 is not None and a2 is not None and (a1.normalized != a2.normalized  # "GATIA and HCUA", two groups
                                                       # ("bandits attacked members of a vigilante group": two unnamed
                                                       # armed sides, one of them a community's guard)
                                                       or i1 == i2 == 3 and a1.name.lower() != a2.name.lower()
                                                       and any(GUARDS.search(a.name) for a in (a1, a2)))
    # (two communities' militias fight each other under one name: "Arso Communal Militia" on both sides)
    # (two gangs, unnamed both, are two sides too: "a gang member was killed by two rival gang members")
    rival_gangs = i1 == i2 == 3 and "Gang" in a1.normalized and "Gang" in a2.normalized
    if i1 in armed and i2 in armed and (i1 != i2 or two_sides or i1 == 4 or rival_gangs) or (i1 in (2, 3) and i2 == 1) \
            or (i1 == 1 and i2 in (2, 3, 4)) or organised_fight:
        if "territory" in cats:
            return "Battles", territory_sub(i1)
        return "Battles", "Armed clash"
    if i1 is None and (i2 in (1, 8) or i2 in (2, 3) and "shooting" in cats) \
            and (cats & {"shooting", "killing", "attack"} or "beating" in cats and BLADED.search(sentence)) \
            and not riot_context \
            and not protest_setting(sentence):
        # "mercenaries killed a soldier", "a lieutenant was killed in gunfire", "a drug trafficker was killed in a
        # drive-by shooting": whoever kills armed men on duty, or shoots a gang's, fights them (ACLED: an armed clash
        # with an unidentified armed group; a gang leader killed "in uncertain circumstances" stays an attack)
        return "Battles", "Armed clash"
    if "territory" in cats:
        return "Battles", territory_sub(i1)
    if "battle" in cats and not riot_context and i1 not in (5, 6, 7) and i2 not in (5, 6, 7):
        return "Battles", "Armed clash"  # a firefight or an exchange of fire takes two armed sides
    if "battle" in cats and not riot_context and i1 in armed and GUNFIGHT.search(sentence):
        # "Police respond to attack on village; engage raiders in gunfight": whoever the attack's victims were, a
        # gunfight is fought by two armed sides
        return "Battles", "Armed clash"
    if cats & {"brawl", "battle"} and not riot_context and not protest_setting(sentence) and (
            i1 in (1, 2, 8) and i2 is None and not _crowd_like(a1)
            or a1 is not None and a2 is not None and a1.name == a2.name and i1 in armed and ARMS.search(a1.name)):
        # "5 Taliban militants and 2 policemen were killed during clashes": an army's or a rebel group's clash is
        # fought with another armed side, named or not; ("police clashed with armed individuals": the parse gave
        # both sides the one phrase, and the armed men fought someone)
        return "Battles", "Armed clash"
    storming = "roadblock_forced" in cats and i1 in (2, 3, 4, 8)  # gunmen "stormed the community"
    if i1 in armed and (i2 in (7, None)) and (cats & {"shooting", "killing", "attack", "beating"} or storming) \
            and not (i1 == 1 and riot_context):
        return "Violence against civilians", "Attack"
    if cats & {"attack_police", "street_violence", "riot", "brawl", "roadblock_forced"} or i1 in (5, 7) or riot_context:
        if RIVALS.search(sentence) and i1 in (2, 3, 4) and cats & {"brawl", "battle"} and not _crowd_like(a1):
            return "Battles", "Armed clash"  # "Mayi Mayi Kabido militiamen clashed with each other": armed men
        if RIVALS.search(sentence):
            return "Riots", "Mob violence"  # "supporters threw stones at each other": a fight, not a demonstration
        if cats & {"roadblock_forced", "street_violence"} and not cats & {"riot", "brawl", "shooting", "beating"} \
                and ("street_violence" in cats and STREET_BARRICADES.search(sentence) or PROTEST_CONTEXT.search(sentence)
                     or DEMANDS.search(sentence)):
            return "Riots", "Violent demonstration"  # youths who storm a home with no demand are a mob
        if i2 == 1 and a1 is not None and DEMONSTRATORS.search(a1.name) and a1.name.lower() in sentence.lower() \
                and not re.search(r"\bmob\b", a1.name, re.I):  # the text's own word for them, not a default
            return "Riots", "Violent demonstration"  # rioters who clash with the police are a demonstration turned violent
        if i2 == 1 and i1 == 5 and "brawl" in cats and a1 is not None and a1.name.lower() in sentence.lower() \
                and not MOB_SETTING.search(sentence) and not re.search(r"\b(?:mob|football|match|fans|inmates|prisoners)\b",
                                                                       sentence, re.I):
            return "Riots", "Violent demonstration"  # "farmers clash with police at the border": ACLED's demonstration
        if "riot" in cats and RIOTING.search(sentence) and not _mob_told(sentence) and not riot_context_mob:
            return "Riots", "Violent demonstration"  # "students rioted", "a riot at the university": ACLED's demonstration turned violent
        return "Riots", "Mob violence"
    if cats & {"beating", "attack"} and not cats & {"shooting", "abduction", "sexual", "territory", "battle"} \
            and not ARMED_ACT.search(sentence) and not TARGETED_ASSAULT.search(sentence) and _crowd_like(a1) \
            and not (a1 is None and BLADES.search(sentence)) \
            and not (a2 is not None and a2.inter in (1, 2, 8)) \
            and ("beating" in cats or a1 is not None):
        return "Riots", "Mob violence"  # "a journalist was assaulted by party supporters": unarmed people, a mob
    if cats <= {"arson", "looting"} and _unarmed_unknown(a1) and not SABOTAGE.search(sentence) and not KILLS.search(sentence):
        return "Riots", "Mob violence"  # "unidentified persons looted and vandalised houses": a mob
    if cats <= {"arson", "looting"}:
        if (i1 in armed or a1 is None) and KILLS.search(sentence):  # "set fire to, and killed, resident men": an attack
            return "Violence against civilians", "Attack"
        return "Strategic developments", "Looting/property destruction"
    if cats & {"shooting", "killing", "attack", "beating"}:
        return "Violence against civilians", "Attack"
    return "Riots", "Mob violence"


GUNFIGHT = re.compile(r"\b(?:gun ?fights?|gun ?battles?|fire ?fights?|shoot-?outs?|exchanges? of (?:heavy )?(?:gun)?fire|"
                      r"exchanged (?:heavy )?(?:gun)?fire)\b", re.I)
WARNING_SHOTS = re.compile(r"\bwarning shots?\b|\b(?:fired|firing|shots?|shooting)\b[^.;]{0,30}\b(?:in|into) the air\b", re.I)
GUARDS = re.compile(r"\b(?:vigilante\w*|self-defen[cs]e|defen[cs]e (?:group|force|committee)s?|neighbou?rhood watch)\b", re.I)
# Unknown men who cut someone with blades came armed: "a local chief was hacked with machetes by unknown attackers"
BLADES = re.compile(r"\b(?:machetes?|axes?|knives|cutlass(?:es)?|pangas?)\b", re.I)
# ... or the blow itself: "pastoralists stabbed and wounded a soldier" came armed
BLADED = re.compile(BLADES.pattern + r"|\b(?:knife|stabb(?:ed|ing)|hacked|macheted)\b", re.I)
# Sabotage is no mob's work: "unknown individuals sabotaged a well" destroyed property, by plan
SABOTAGE = re.compile(r"\bsabotag\w*", re.I)
# Police hurt at a demonstration: the crowd fought (ACLED: a violent demonstration).
POLICE_HURT = re.compile(r"\b(?:police(?:m[ae]n| officers?| personnel)?|officers?|soldiers?|security forces)\b[^.;]{0,20}?\b"
                         r"(?:was|were) (?:\w+ )?(?:injured|wounded|hurt)\b", re.I)
# The street violence only a demonstration makes; a petrol bomb thrown at an office by a group is a mob's.
STREET_BARRICADES = re.compile(r"\b(?:barricad\w*|tyres|tires|road ?blocks?|bonfires|violent(?:ly)? (?:protests?|demonstrat\w*)|"
                               r"demonstrat\w* violently|confront\w* (?:the )?(?:police|security forces|soldiers)|"
                               r"at (?:the )?(?:police(?:men| officers)?|security forces)(?! (?:post|station|office)))\b", re.I)
# The word riot itself names a demonstration turned violent; a mob, a lynching or a pogrom is a mob's violence.
RIOTING = re.compile(r"\briot(?:s|ed|ing|ers)?\b(?! (?:gear|police|squad|control|shields?|units?|act)\b)", re.I)
RIVALS = re.compile(r"\b(?:each other|rival (?:supporters|groups|factions|camps)|between (?:two|rival) groups|revell?ers)\b", re.I)
MOB_SETTING = re.compile(RIVALS.pattern + r"|\b(?:mobs?|rival|lynch\w*|pogroms?|ethnic|communal|clans?|tribal|sectarian|villagers|"
                         r"vigilantes?|accused of|suspected (?:thie|witch)\w*|witchcraft)\b", re.I)
ARMS = re.compile(r"\b(?:gun\w*|armed|militants?|fighters|rebels|insurgents|jihadists|militia\w*|bandits|soldiers|troops|arsonists|hitmen|assassins)\b", re.I)


# "running battles between mobs and the police": a crowd fighting the police, a demonstration's violence
MOBS_AND_POLICE = re.compile(r"\bmobs?\s+(?:and|with|against)\s+(?:the\s+)?(?:police|security forces|soldiers|troops)\b", re.I)


def _mob_told(text: str) -> bool:
    """Whether the text tells of a mob's violence (a lynching, communal fighting), not a crowd fighting the police."""
    return MOB_SETTING.search(MOBS_AND_POLICE.sub("", text)) is not None


def _unarmed_unknown(actor: Actor | None) -> bool:
    """Unidentified people the text does not arm ("unidentified assailants", "unknown persons")."""
    return actor is not None and actor.normalized.startswith("Unidentified Armed Group") and not ARMS.search(actor.name) \
        and bool(UNNAMED.search(actor.name))  # not a group by its own name ("Imbonerakure") the lists lack


# An assault planned and armed, not a crowd's: "beaten with metal batons by two men on a motorbike", "masked men".
TARGETED_ASSAULT = re.compile(r"\b(?:batons?|iron (?:bars?|rods?)|metal (?:bars?|rods?|pipes?|batons?)|on (?:a )?motor"
                              r"(?:bike|cycle)s?|masked|hooded|planned|arrived in (?:\w+ )?(?:cars?|vehicles?|vans?))\b", re.I)
UNNAMED = re.compile(r"\b(?:unknown|unidentified|men|persons|individuals|people|group|culprits|perpetrators|assailants)\b", re.I)


ARMED_ACT = re.compile(ARMS.pattern + r"|\b(?:shot|shoot\w*|fired|gunfire|opened fire|bullets?|bomb\w*|grenades?|"
                       r"explosives?|machine guns?|ak-?47s?)\b", re.I)
# People the text names as attackers without arming them ("attacked by voters", "a group of people") ...
# A toll counted on both sides of a fight: both sides were armed.
BOTH_SIDES_TOLL = re.compile(r"\b(?:killed|dead|died|deaths|casualties|fatalities|injured|wounded|losses)\b[^.;]{0,30}?"
                             r"\b(?:on|from|among) (?:both|either|each) sides?\b|\bboth sides (?:suffered|lost|sustained)\b", re.I)
UNARMED_PEOPLE = re.compile(r"\b(?:group of (?:people|persons|men|youths)|people|persons|voters|residents|villagers|locals|students|"
                            r"youths?|mob|crowd|relatives|family members|neighbou?rs|supporters|accomplices|associates|parents|"
                            r"traders|workers|riders|drivers|operators|vendors|fans)\b", re.I)
# ... and, once classified, actors named that way or as a party's followers ("UNP members", "cadres").
CROWD_OF_PEOPLE = re.compile(UNARMED_PEOPLE.pattern + r"|\b(?:group|men|members|activists|cadres|culprits)\b", re.I)
NOT_A_CROWD = re.compile(r"\b(?:gangs?|cartels?|settlers|militia\w*|fighters|tribesmen|clansmen|bandits)\b", re.I)


# "a man was killed, and 3 others were injured by members of the CHADEMA": the agent of the clause's last verb
PASSIVE_BY = re.compile(r"\b(?:killed|injured|wounded|attacked|beaten|assaulted|stabbed|hacked)\b[^.;]{0,60}?\bby\s+"
                        r"(?P<who>(?:members|supporters|residents|a group|villagers|youths|a mob|a crowd)\b[^.,;()]{0,40})")


FORCES_BY = re.compile(r"\b(?:killed|injured|wounded|shot|attacked|beaten|assaulted|stabbed|tortured|abducted|arrested|raped)\b"
                       r"[^.;]{0,40}?\bby\s+(?P<who>(?:suspected\s+|alleged\s+)?(?:the\s+)?(?:[\w-]+\s+)?(?:security forces|"
                       r"soldiers|troops|police(?:men| officers)?|army|military|gendarmes|militiamen|militants|gunmen))\b", re.I)


def _told_doer(sdoc, sentence: str, trig: Trigger) -> str | None:
    """Who did it, where the parse gives the trigger no agent: the passive's "by ..." anywhere in the
    sentence, or the subject of the clause the trigger sits in ("residents killed a man during an attack")."""
    m = PASSIVE_BY.search(sentence)
    if m:
        return m.group("who")
    return _clause_subject(sdoc, trig) if trig.categories & {"attack", "killing"} else None


# A report of party politics: an acronym whose members or supporters fight there is a party, not an armed group.
PARTY_POLITICS = re.compile(r"\b(?:party|parties|elections?|electoral|campaign\w*|candidates?|polls?|ward|councill?ors?|"
                            r"ruling|opposition|MPs?|parliament\w*|rall(?:y|ies)|political|politicians?|lawmakers?|"
                            r"[Ss]enators?|House of Assembly)\b")
PARTY_PROPERTY = re.compile(r"\b(?:offices?|leaders?|headquarters|candidates?|supporters|campaigners?|rally)\b", re.I)
PARTY_FOLLOWERS = re.compile(r"\b(?:members|supporters|cadres|activists|followers|youths?|officials|sympathi[sz]ers)\b", re.I)


def _party_followers(agent: str, text: str) -> bool:
    """"Members of the CHADEMA", "UPND supporters" in a report of elections and parties: a party's
    followers, whom ACLED codes as rioters when they fight without arms."""
    return bool(PARTY_FOLLOWERS.search(agent) and re.search(r"\b[A-Z]{2,}\b", agent) and PARTY_POLITICS.search(text)
                and not ARMS.search(agent))


def _crowd_like(actor: Actor | None) -> bool:
    """Who beats or assaults without arms as a group the text does not arm: unnamed, people or a party's
    followers ("a group of three men", "UNP supporters", "residents")."""
    if actor is not None and NOT_A_CROWD.search(actor.name):
        return False
    return actor is None or _unarmed_unknown(actor) or actor.inter in (5, 6, 7) or \
        (actor.inter in (3, 4) and bool(CROWD_OF_PEOPLE.search(actor.name)) and not ARMS.search(actor.name)) or \
        (actor.inter == 2 and ":" not in actor.normalized and bool(UNARMED_PEOPLE.search(actor.name))
         and not ARMS.search(actor.name))  # "NRM and FDC youth": an acronym no list arms, and its youth


# "The army raided a camp. ... the military shot about 10 civilians, burnt huts": the raid was an attack.
RAID_TURNED_VIOLENT = re.compile(r"\b(?:shot|killed|killing|kills?|burn(?:ed|t)|destroyed|beat(?:en)?|wounded|wounding|injured|"
                                 r"injuring|torched|neutrali[sz]ed|clash(?:ed|es)|exchange of fire|firefight)\b", re.I)


def _state_raid(cats: set[str], trigger_text: str, a1: Actor | None) -> bool:
    """"Police raided the home of the opposition leader": a search, typed as arrests, not an attack."""
    return cats == {"attack"} and bool(RAID.fullmatch(trigger_text)) and a1 is not None and a1.inter == 1


NONVIOLENT_TYPES = {
    "protest": ("Protests", "Peaceful protest"),
    "arrests": ("Strategic developments", "Arrests"),
    "deployment": ("Strategic developments", "Change to group/activity"),
    "border_closure": ("Strategic developments", "Other"),
    "road_closure": ("Strategic developments", "Other"),
    "blackout": ("Strategic developments", "Other"),
    "crowd": ("Strategic developments", "Other"),
    "looting": ("Strategic developments", "Looting/property destruction"),
    "agreement": ("Strategic developments", "Agreement"),
    "weapons_seized": ("Strategic developments", "Disrupted weapons use"),
    "base": ("Strategic developments", "Headquarters or base established"),
    "withdrawal": ("Strategic developments", "Non-violent transfer of territory"),
    "release": ("Strategic developments", "Other"),
    "displacement": ("Strategic developments", "Other"),
}

# "a Russian drone", "Israeli missiles": the weapon's nationality is whose strike it was
WEAPON_OWNER = re.compile(r"\b(?P<who>[A-Z][a-z]+)\s+(?:(?:military|army|attack|combat|kamikaze|suicide|cruise|"
                          r"ballistic)\s+)?$")
WEAPON_NAMED = re.compile(r"\b(?P<who>[A-Z][a-z]+)\s+(?:[\w-]+\s+)?(?:drones?|missiles?|rockets?|UAVs?|warplanes|"
                          r"jets|aircraft|helicopters?|tanks?|gunboats?|warships?|artillery)\b")  # ("an Israeli Merkava tank")
LEVEL_COST = {1: 0, 2: 30, 3: 60}
LOCATIVE_LINK = re.compile(r"\b(?:in|at|near|outside|into)\b(?:\s+[\w'’-]+){0,4}\s*$", re.I)
FIGHTING = re.compile(r"\b(?:fight\w*|clash\w*|battles?|combat|offensive|attacks?|shell\w*|under fire|bombard\w*)\b", re.I)
NO_TARGET = {"border_closure", "road_closure", "blackout", "crowd", "deployment", "agreement", "base", "weapons_seized",
             "withdrawal", "release", "displacement"}


def _place_level(pm: PlaceMention) -> int:
    """1 a settlement (named or anchored), 2 a district, 3 a region, 4 a country."""
    if pm.place is None:
        return 3
    if pm.place.feature_code.startswith("PCL"):
        return 4
    if pm.place.feature_class == "P":
        # a place known only by the town the text puts it near is no more precise than "near that town"
        return 2 if not pm.in_gazetteer and pm.geo_precision >= 2 else 1
    return 2 if pm.place.feature_code.startswith("ADM2") else 3


def choose_place(trig: Trigger, places: list[PlaceMention], text: str) -> PlaceMention | None:
    """The place an event happened: the nearest eligible toponym in its clause, most specific first."""
    best, best_cost = None, None
    holds: dict[int, PlaceMention] = {}  # a place → the one it is written after as its container
    for pm in places:
        if pm.role != "place" or pm.place is None or pm.place.feature_code == "CONT":
            continue  # (no event is coded to a continent)
        if pm.span.end <= trig.start:
            gap = trig.start - pm.span.end
            between = text[pm.span.end:trig.start]
        else:
            gap = pm.span.start - trig.end
            between = text[trig.end:pm.span.start]
        breaks = len(CLAUSE_BREAK.findall(between))
        level = _place_level(pm)
        cost = gap + 50 * breaks + (150 if level == 4 else LEVEL_COST.get(level, 60))
        if pm.span.start >= trig.end and LOCATIVE_LINK.search(between):
            cost -= 25  # "disturbances had started in the neighbouring village of X"
        if pm.span.start >= trig.end and BACKGROUND_PLACE.search(between):
            continue  # "intercepted drones, part of Iran's retaliation for the strike on its consulate in Damascus"
        if pm.span.start >= trig.end and RECALLED_CLAUSE.search(between) or pm.span.end <= trig.start \
                and RECALLED_CLAUSE.search(text, max(0, pm.span.start - 60), pm.span.start):
            # "gunmen killed two men who had been kidnapped in Guadalajara", "a man who was allegedly kidnapped in
            # Santa Catarina was found beaten": where it began
            cost += RECALLED_COST
        if pm.span.end <= trig.start and RESIDENTS_OF.search(text, max(0, pm.span.start - 60), pm.span.start) \
                and any(_told_as_site(other, trig, text) for other in places):
            # "residents of a village in Tahta district protested ... in Sohag": who, not where (but "residents of
            # Goma protested against insecurity in Beni" did so in Goma)
            cost += RESIDENTS_COST
        if pm.span.end <= trig.start and FRONTED_PLACE.search(text, max(0, pm.span.start - 60), pm.span.start):
            cost -= FRONTED_BONUS  # "On 2 March, in Tlajomulco, Jalisco, gunmen killed ...": the place set first
        if ROAD_NAMED_FOR.match(text, pm.span.end):
            cost += ROAD_END_COST  # "blocked the Dhaka-Mymensingh highway ... in Gazipur": the town told, not the road's end
        elif ROAD_ENDS_AT.match(text, pm.span.end) and text[max(0, pm.span.start - 1):pm.span.start] == "-":
            # a road's far end yields to its first town, which ACLED codes a road by: every act on the
            # "Nairobi-Mombasa highway" is one event there (the far end stands for the road when its first town is
            # unknown)
            first_known = any(o.span.end == pm.span.start - 1 and o.place is not None and o.role == "place" for o in places)
            cost += ROAD_FAR_END_COST if first_known else ROAD_END_COST
        if ROAD_FAR_END_BEFORE.search(text, max(0, pm.span.start - 80), pm.span.start):
            cost += ROAD_FAR_END_COST
        if _second_of_between(pm, places, text):
            cost += BETWEEN_SECOND_COST  # "struck an IED between Gorgadji and Aribinda": ACLED codes Gorgadji
        if CODED_PLACE.search(text[max(0, pm.span.start - 40):pm.span.start]):
            cost -= 1000  # the note's own coding: "(coded to Pershotravensk, Dnipropetrovsk)"
        held = next((other for other in places if other.place is not None and other.role == "place"
                     and written_in(other, pm, text)), None)
        if held is not None:
            cost += CONTAINER_COST  # "civilians in Kafr Takharim in Idleb protested": the town, not the province holding it
            holds[id(pm)] = held
        if any(other.place is not None and other.role == "place" and other.span.end <= pm.span.start
               and DIRECTION_FROM.fullmatch(text[other.span.end:pm.span.start]) for other in places):
            cost += DIRECTION_COST  # "air raids on Majzar district west of Marib city": Majzar, placed by Marib
        if best_cost is None or cost < best_cost:
            best, best_cost = pm, cost
    chosen = _chosen_place(best, places, text)
    if chosen is None and trig.category == "protest":
        # "a group of citizens from Redeyef (Gafsa) protested": with no site told, where the protesters are from
        # (ACLED codes Redeyef), the town nearest the verb in its sentence
        origins = [pm for pm in places if pm.role == "origin" and pm.place is not None and pm.place.feature_class == "P"
                   and not re.search(r"[.!?]\s", text[min(pm.span.end, trig.start):max(pm.span.start, trig.end)])]
        chosen = min(origins, key=lambda pm: abs(pm.span.start - trig.start), default=None)
    held = holds.get(id(chosen)) if chosen is not None else None
    if held is not None and _place_level(held) <= _place_level(chosen) and held.place.country == chosen.place.country:
        # "landed in the village of Hajin in the eastern countryside of Deir-ez-Zor, during which US forces raided a
        # house": the place the container was written to locate, however much nearer the verb the container stands
        return held
    return chosen


def written_in(held: PlaceMention, container: PlaceMention, text: str) -> bool:
    """Whether a place is written right before the one that holds it: "Kafr Takharim in Idleb", "Juliaca, Puno"."""
    between = text[held.span.end:container.span.start]
    return held.span.end <= container.span.start and CONTAINER_AFTER.fullmatch(between) is not None


def _second_of_between(pm: PlaceMention, places: list[PlaceMention], text: str) -> bool:
    """Whether a place is the B of "between A and B" and A a place the gazetteer knows in B's province (an unknown
    A, placed only near its district, would put the event farther from where it was than B does; an A read in
    another province is a namesake misread: "between Escobedo and Monterrey municipalities, Nuevo Leon" found
    Coahuila's Escobedo)."""
    pair = BETWEEN_SECOND.search(text, max(0, pm.span.start - 90), pm.span.start)
    return pair is not None and any(
        other.place is not None and other.in_gazetteer and other.role == "place"
        and (other.place.country, other.place.admin1) == (pm.place.country, pm.place.admin1)
        and pair.start() < other.span.start < pm.span.start for other in places)


def _chosen_place(best: PlaceMention | None, places: list[PlaceMention], text: str) -> PlaceMention | None:
    """The cheapest place, or for a region a road's first town or a town the text places near or in it."""
    if best is not None and _place_level(best) >= 3:
        # "the Uruapan-Patzcuaro road in Michoacan was blocked": the road's first town, inside the province told
        road = next((pm for pm in places if pm.role == "place" and pm.place is not None and _place_level(pm) < 3
                     and ROAD_NAMED_FOR.match(text, pm.span.end) and pm.place.country == best.place.country
                     and (best.place.feature_code.startswith("PCL") or pm.place.admin1 == best.place.admin1)), None)
        if road is not None:
            return road
    if best is None or _place_level(best) >= 3:
        return near_reference(places, text) or glossed_town(places, text) or best
    return best


def _militias_of_peoples(agent: str | None, patient: str | None, country: str | None) -> tuple[Actor, Actor] | None:
    """Both sides of a clash named as a people's men ("armed Misseriya herders", "Ngok Dinka youth"), or None."""
    sides = [community_militia(p, country) if p else None for p in (agent, patient)]
    return (sides[0], sides[1]) if all(sides) and sides[0].normalized != sides[1].normalized else None


def _told_as_site(pm: PlaceMention, trig: Trigger, text: str) -> bool:
    """A place after the event's verb, joined to it by a locative and no grievance ("protested ... in Sohag")."""
    if pm.role != "place" or pm.place is None or pm.span.start < trig.end:
        return False
    between = text[trig.end:pm.span.start]
    return bool(LOCATIVE_LINK.search(between)) and not GRIEVANCE_WORDS.search(between) and "." not in between


GRIEVANCE_WORDS = re.compile(GRIEVANCE_RX + r"|\b(?:about|denounc\w*|condemn\w*|protest\w*|demand\w*)\b", re.I)
RESIDENTS_OF = re.compile(r"\b(?:residents|inhabitants|villagers|natives|people|families)\s+(?:of|from)\s+"
                          r"(?:[\w'’-]+\s+){0,5}$", re.I)
RESIDENTS_COST = 40
# what a relative clause recalls of the victims: "who had been kidnapped in", "who was allegedly abducted in"
RECALLED_CLAUSE = re.compile(r"\b(?:who|which|that|whom)\s+(?:had|have|has|(?:was|were)\s+(?:\w+ly\s+)?(?:kidnapped|abducted|"
                             r"taken|seized|arrested|detained|last seen|reported missing))\b", re.I)
# the far end of a road told by its ends: "on the road that connects Cuernavaca to Tepoztlan"
ROAD_FAR_END_BEFORE = re.compile(r"\b(?:road|highway|route|motorway)\s+(?:that\s+)?(?:connects|connecting|links|linking|joins|"
                                 r"joining|from|between)\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:to|and|with)\s+$|"
                                 # "the highway Turmero-Maracay": the far end of a road written after its word
                                 r"\b(?:road|highway|route|motorway|axis)\s+(?:[A-Z][\w'’]+\s+)?[A-Z][\w'’]+-$")
RECALLED_COST = 50
# A place a note sets at its sentence's head, before anything happens, governs the sentence
FRONTED_PLACE = re.compile(r"(?:^|[.!?]\s+|\n)(?:(?:On|Around|As reported on|Between|Overnight on|During)\b[^,.;]{0,40},\s*)?"
                           r"(?:in|at)\s+(?:the\s+(?:\w+\s+)?(?:village|town|city|district|area|municipality)\s+of\s+)?$")
FRONTED_BONUS = 20
# A town a road is named for ("the Dhaka-Mymensingh highway"): where the event was only when no other town is told
ROAD_NAMED_FOR = re.compile(r"-[A-Z][\w'’]+\s+(?:road|highway|route|axis|motorway|expressway)\b", re.I)
ROAD_ENDS_AT = re.compile(r"\s+(?:road|highway|route|axis|motorway|expressway)\b", re.I)
ROAD_END_COST = 40
ROAD_FAR_END_COST = 200
# A place written right after another that it holds ("Kafr Takharim in Idleb", "Juliaca, Puno") is where that one lies
# ("Ikorodu Local Government Area of Lagos State": an area's designator and "of" before the area holding it)
CONTAINER_AFTER = re.compile(r",\s*|\s+(?:(?:town|city|village|district|area|camp|axis|front|desert|countryside|outskirts)\s+)?"
                             r"in\s+(?:the\s+)?|"
                             # "the village of Hajin in the eastern countryside of Deir-ez-Zor"
                             r"\s+in\s+the\s+(?:[\w-]+\s+)?(?:countryside|outskirts|suburbs|hinterland)\s+of\s+|"
                             r"\s+(?:local government area|local government|lga|district|county|municipality|sub-?county|"
                             r"woreda|tehsil|taluka?|upazila)\s+(?:of|in)\s+(?:the\s+)?", re.I)
CONTAINER_COST = 40
# The second place of "between A and B" (its gloss of district and province may follow A: "between the villages of Amba
# (Bandiagara, Mopti) and Okoyeri"), which ACLED codes to A in 66 of 76 dev rows
BETWEEN_SECOND = re.compile(r"\bbetween (?:the (?:villages?|towns?|cities|localities) of )?[A-Z][^.;]{0,80}? and "
                            r"(?:the )?(?:village of |town of )?$")
BETWEEN_SECOND_COST = 60
# A place a direction from which locates the place just named ("Majzar district west of Marib city")
DIRECTION_FROM = re.compile(r"(?:\s+(?:district|village|town|area|governorate|province|region|county|city|camp))?,?\s+"
                            r"(?:(?:about|some|around)\s+)?(?:\d+(?:[.,]\d+)?\s*(?:km|kilometres|kilometers|miles)\s+)?"
                            r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of\s+"
                            r"(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?", re.I)
DIRECTION_COST = 60
GLOSSED_BEFORE = re.compile(r"[A-Z][\w'’-]*\s*\($")


def glossed_town(places: list[PlaceMention], text: str) -> PlaceMention | None:
    """"airstrikes in Avasin-Basyan (Mergasur) region of northern Iraq": a name the gazetteer lacks,
    glossed by the town it lies by, is placed near that town rather than in the whole country."""
    return next((_near_town(pm, text, pm.span.end + 1) for pm in _reference_towns(places)
                 if GLOSSED_BEFORE.search(text[max(0, pm.span.start - 40):pm.span.start])
                 and re.match(r"\s*\)", text[pm.span.end:])), None)


def _reference_towns(places: list[PlaceMention]) -> list[PlaceMention]:
    """The towns the text names as references ("15 km north of Torodi", "(Mergasur)"), not as sites."""
    return [pm for pm in places if pm.role == "reference" and pm.place is not None and pm.place.feature_class == "P"]


def _near_town(pm: PlaceMention, text: str, end: int) -> PlaceMention:
    """The event placed near a reference town (ACLED geo_precision 2), with the words that say so."""
    return replace(pm, geo_precision=2, anchor=text[max(0, pm.span.start - 30):end].strip())


BACKGROUND_PLACE = re.compile(r"\b(?:retaliation for|in response to|following|in the wake of|revenge for|reprisal for)\b", re.I)
# the note's own coding: "(coded to Pershotravensk)", "(presumed to be at the state capital of Wad Medani)"
CODED_PLACE = re.compile(rf"{CODED_AT}(?:village of\s+|town of\s+)?$", re.I)
DISTANCE_OF = re.compile(r"\d+(?:[.,]\d+)?\s*(?:km|kilometres|kilometers|miles)\s+(?:\w+\s+){0,2}?(?:of|from|outside)\s+(?:the\s+)?$", re.I)


def near_reference(places: list[PlaceMention], text: str) -> PlaceMention | None:
    """"ambushed a patrol about 15 km north of Torodi": the event is near Torodi (ACLED geo_precision 2)."""
    return next((_near_town(pm, text, pm.span.end) for pm in _reference_towns(places)
                 if DISTANCE_OF.search(text[max(0, pm.span.start - 50):pm.span.start])), None)


def merge_sentence_triggers(triggers: list[Trigger], places: list[PlaceMention], text: str) -> list[tuple[Trigger, PlaceMention | None]]:
    """Violent triggers of one sentence at one place are one event (ACLED: one event per place and day)."""
    out: list[tuple[Trigger, PlaceMention | None]] = []
    for trig in triggers:
        pm = choose_place(trig, places, text)
        key = pm.place.place_id if pm and pm.place else None
        if trig.category in VIOLENT or trig.category.startswith("explosion:"):
            for prev, prev_pm in out:
                prev_key = prev_pm.place.place_id if prev_pm and prev_pm.place else None
                if (prev.category in VIOLENT or prev.category.startswith("explosion:")) and prev_key == key:
                    prev.categories |= trig.categories
                    prev.severity = max(prev.severity, trig.severity)
                    prev.merged.append(trig)
                    break
            else:
                out.append((trig, pm))
        elif not any(prev.category == trig.category for prev, _ in out):
            out.append((trig, pm))
    violent = next((t for t, _ in out if t.category in VIOLENT), None)
    if violent is not None:  # "rioters looted and set alight shops": one riot, not a riot and a looting
        for t, _ in out:
            if t.category == "looting":
                violent.categories |= t.categories
        out = [(t, p) for t, p in out if t.category != "looting"]
    return out


def extract_event_mentions(
    sdoc,
    doc_id: str,
    sentences: list[tuple[int, int]],
    places: list[PlaceMention],
    quantities: list[Quantity],
    time_for,
    country_hint: str | None = None,
    reported: bool = False,
    published: date | None = None,
) -> list[EventMention]:
    """Event mentions sentence by sentence; ``time_for(start, end, sentence_start)`` gives the governing time.

    ``published`` names the forces of a sentence the text does not date by the regime of the report's day
    ("Police Forces of Kenya (2013-2022)" in a 2019 report), not by today's.

    A report whose only events are told as reports heard ("Reports of Christians attacking Jewish
    neighbours") is read again with those kept, hedged: what it reports is all it tells."""
    mentions = _event_mentions(sdoc, doc_id, sentences, places, quantities, time_for, country_hint, reported, published)
    if not mentions and not reported:
        mentions = [replace(m, hedged=not SIZE_TAG.search(m.span.text))
                    for m in _event_mentions(sdoc, doc_id, sentences, places, quantities, time_for, country_hint,
                                             reported=True, published=published)]
    return _crowd_counted(_repelled_attacks(mentions, sdoc.text), sdoc.text, country_hint)


def _same_place(a: EventMention, b: EventMention) -> bool:
    """Whether two mentions may be told of one place: the same place, or either placed nowhere."""
    pa = a.place.place if a.place is not None else None
    pb = b.place.place if b.place is not None else None
    return pa is None or pb is None or pa.place_id == pb.place_id


def _damage_to_things(cats: set[str], a2: Actor | None, sentence: str) -> bool:
    """Whether a violent mention wrecks only things: vandalism, looting or arson, or an attack told with its damage
    whose target is no one ("militants attacked and burned a school"), not an armed side, and no gun is told."""
    if cats <= {"street_violence", "looting", "arson"}:
        return True
    return cats <= {"street_violence", "looting", "arson", "attack", "roadblock_forced"} and bool(DESTROYED.search(sentence)) \
        and not PEOPLE_HARMED.search(sentence) and not GUNFIRE.search(sentence) \
        and not (a2 is not None and a2.inter in (1, 2, 3, 4, 8))


def _repeller(actor: Actor) -> bool:
    """An armed side that can hold off an attack: forces or a named armed group, not the unknown attackers."""
    return actor.inter in (1, 2, 3, 4, 8) and not actor.normalized.startswith("Unidentified Armed Group")


def _repelled_attacks(mentions: list[EventMention], text: str) -> list[EventMention]:
    """An attack the forces repelled is the fight with them: "militants attacked Nacoba village ... set fire to
    huts before being repelled by security forces" is one battle (ACLED), not an attack on civilians besides."""
    def told_repelled(m: EventMention) -> bool:  # the battle's own clause tells the repelling
        clause = re.match(r"[^.;]*", text[m.span.start:]).group(0)
        return bool(re.search(rf"\b(?:{REPEL_VERBS})\b|\brepelled\b", clause, re.I))

    repels = [m for m in mentions if m.event_type == "Battles" and m.actor1 is not None and m.actor2 is not None
              and told_repelled(m)]

    def attackers_of(attack: EventMention, battle: EventMention) -> bool:
        """The battle's side that is not the repellers': the attack's doers, or the unknown men the parse left
        ("They ... before being repelled by security forces", "Dan Na Ambassagou militiamen routed the assailants")."""
        sides = {battle.actor1.normalized, battle.actor2.normalized}
        return attack.actor1.normalized in sides or any(s.startswith("Unidentified Armed Group") for s in sides) \
            and any(_repeller(a) for a in (battle.actor1, battle.actor2))

    attacks: dict[int, EventMention] = {}  # battle -> the attack it ended
    for m in mentions:
        if m.event_type == "Violence against civilians" and m.sub_event_type == "Attack" and m.actor1 is not None:
            battle = next((r for r in repels if 0 <= r.span.sentence - m.span.sentence <= 2 and attackers_of(m, r)
                           and _same_place(m, r)), None)
            if battle is not None:
                attacks.setdefault(id(battle), m)
    ended = {id(a) for a in attacks.values()}
    out = []
    for m in mentions:
        if id(m) in attacks:  # the attackers fought the forces that repelled them
            attacker = attacks[id(m)].actor1
            repeller = next((a for a in (m.actor1, m.actor2) if a.inter == 1), None) or next(
                (a for a in (m.actor1, m.actor2) if _repeller(a) and a.normalized != attacker.normalized), m.actor2)
            out.append(replace(m, actor1=attacker, actor2=repeller))
        elif not (m.event_type == "Violence against civilians" and m.sub_event_type == "Attack"
                  and any(abs(m.span.sentence - a.span.sentence) <= 2 and m.actor1 is not None
                          and (m.actor1.normalized == a.actor1.normalized or id(m) in ended) for a in attacks.values())):
            out.append(m)
    return out


# ACLED's notes give a crowd's size ("[size=hundreds]", "[size=no report]") for demonstrations alone.
SIZE_TAG = re.compile(r"\[size=[^\]]*\]", re.I)
DEMONSTRATION_CAUSE = re.compile(PROTEST_CONTEXT.pattern + r"|\b(?:strike|demand\w*|election\w*|to denounce|"
                                 r"in (?:support|solidarity)|against)\b", re.I)


def _crowd_counted(mentions: list[EventMention], text: str, country_hint: str | None) -> list[EventMention]:
    """A note that counts its crowd tells a demonstration or a riot (ACLED records a size for no other event):
    an attack, a fight or damage there is the crowd's riot; arrests there are an intervention in a protest
    ("UPND members beat up state officials ... [size=no report]" is mob violence, not an armed attack)."""
    if not SIZE_TAG.search(text) or any(m.event_type in ("Protests", "Riots") for m in mentions):
        return mentions  # (a protest it tells is the event; the violence it recalls, background)
    out = []
    for m in mentions:
        if m.event_type == "Explosions/Remote violence" or m.actor1 is not None and m.actor1.inter == 1 \
                and m.sub_event_type != "Arrests" \
                or m.event_type == "Strategic developments" and m.sub_event_type not in ("Arrests", "Looting/property destruction") \
                or any(a is not None and (a.inter == 8 or a.inter == 2 and ":" in a.normalized) for a in (m.actor1, m.actor2)):
            out.append(m)  # (a known armed group's attack stays one; "UPND members" with a counted crowd are a party's)
            continue
        country = next((a.country for a in (m.actor1, m.actor2) if a is not None and a.country), country_hint)
        state = next((a for a in (m.actor1, m.actor2) if a is not None and a.inter == 1), None)
        violent = m.sub_event_type != "Arrests" or RAID_TURNED_VIOLENT.search(text) or re.search(
            r"\b(?:violence|clash\w*|vandali[sz]\w*|stones?|looted|burn\w*)\b", text, re.I)
        if not violent:
            out.append(replace(m, event_type="Protests", sub_event_type="Protest with intervention",
                               actor1=classify_actor("protesters", country), actor2=state))
            continue
        sub = "Violent demonstration" if DEMONSTRATION_CAUSE.search(text) else "Mob violence"
        other = state or (m.actor2 if m.actor2 is not None and m.actor2.inter in (5, 6, 7) else None)
        out.append(replace(m, event_type="Riots", sub_event_type=sub, actor1=classify_actor("rioters", country),
                           actor2=other))
    return out


def _event_mentions(sdoc, doc_id: str, sentences: list[tuple[int, int]], places: list[PlaceMention],
                    quantities: list[Quantity], time_for, country_hint: str | None, reported: bool,
                    published: date | None = None) -> list[EventMention]:
    text = sdoc.text
    riot_context = bool(re.search(r"\b(?:pogrom|riot|rioting|brawl|mob)\b", text, re.I))
    mob_report = _mob_told(text)
    # Troops and an armed group both in the report: "fighting" there is between organised forces.
    armed_context = bool(STATE_FORCES.search(text) and NON_STATE_ARMED.search(text))
    # "the Rapid Support Forces (RSF) ... RSF fighters": ACLED names a group in full wherever the report does
    acronyms = {m.group("acr"): m.group("name") for m in SPELLED_OUT_GROUP.finditer(text)}
    coded = CODED_KIND.match(text)
    usual = USUAL_AUTHORS.search(text)  # "Indigenous Militias are often responsible for similar attacks"
    # Communities that fight and kill are armed militias to ACLED; a scuffle no one dies in is a mob's.
    lethal_report = bool(re.search(r"\b(?:killed|killing|dead|died|deaths?|fatalities|lives)\b", text, re.I))
    mentions: list[EventMention] = []
    for index, (s_start, s_end) in enumerate(sentences):
        sentence = text[s_start:s_end]
        next_end = sentences[index + 1][1] if index + 1 < len(sentences) else s_end  # where the next sentence ends
        told_before = [m for m in mentions if m.span.sentence == index - 1]
        protest_before = any(m.event_type == "Protests" for m in told_before)
        protest_recently = any(m.event_type == "Protests" and index - 2 <= m.span.sentence < index for m in mentions)
        # "Protesters stormed parliament and set it ablaze. Police opened fire on the crowd": one violent demonstration
        rioting_before = any(m.sub_event_type == "Violent demonstration" for m in told_before)
        sent_places = [p for p in places if s_start <= p.span.start < s_end]
        triggers = [t for t in find_triggers(text, s_start, s_end, reported, told=bool(mentions))
                    if not is_negated_or_hypothetical(sdoc, text, t, s_start)
                    and not _told_as_past_background(sdoc, t)
                    # "Villages were set ablaze during the clashes": the damage of the fight told already, part of it
                    and not (mentions and t.categories <= {"arson", "looting"} and DURING_THE_FIGHT.match(text, t.end, s_end))
                    # "Fulani herders killed 12 farmers. Houses were burnt.": damage told after the attack, by no one
                    # else, is the attack's
                    and not (t.categories <= {"arson", "looting"} and _damage_after_attack(sentence, mentions, index))]
        if coded is not None and s_start <= coded.start("kind") < s_end:
            # The note says what kind of development it tells: that is its event; the sentence's
            # other triggers ("an IED exploded while they planted it") only lend it its actors.
            kinds = {"coded", *(c for t in triggers for c in t.categories)}
            triggers = [Trigger("coded", coded.start("kind"), coded.end("kind"), 1, kinds, merged=triggers)]
        if any(t.category in VIOLENT for t in triggers):
            # "Protesters clashed with police": the people who act, not a second (peaceful) event
            triggers = [t for t in triggers if not (t.category == "protest" and PROTESTER_NOUN.fullmatch(text[t.start:t.end]))]
        if DEMANDS.search(text[s_start:next_end]):  # a crowd that chants, demands or petitions is a protest
            for t in triggers:
                if t.category == "crowd":
                    t.category, t.categories = "protest", {"protest"}
        if any(t.category == "protest" or t.category in VIOLENT for t in triggers):
            # "gathered ... to protest" is the protest; "gathered at crossings burning tires", the riot
            triggers = [t for t in triggers if t.category != "crowd"]
        if mentions or any(t.category in VIOLENT or t.category.startswith("explosion:") for t in triggers):
            # "... killing 5 civilians and forcing residents to flee their homes": the attack's consequence, no event
            triggers = [t for t in triggers if t.category != "displacement"]
        if len(triggers) > 1:
            # "riders beat up a police officer who had arrested their colleague": what the relative clause recalls
            # happened before, the sentence's own act is the event ("women, whose children have been abducted in
            # Kano, staged demonstrations": the protest, even where the parse hangs it in a clause too)
            recalled = [t for t in triggers if _recalled_by_relative(sdoc, t)]
            if len(recalled) < len(triggers):
                triggers = [t for t in triggers if t not in recalled]
            elif any(t.category == "protest" for t in triggers):
                triggers = [t for t in triggers if t.category == "protest"]
        # ("Rebels shelled the town, causing material damage": the shelling's damage, no second event)
        triggers = [t for t in triggers if not (MATERIAL_DAMAGE.fullmatch(text[t.start:t.end]) and (mentions or len(triggers) > 1))]
        if any(t.category == "mass_grave" for t in triggers):
            # "a mass grave containing 12 bodies was discovered": the grave found (ACLED: other), not a new killing
            triggers = [t for t in triggers if not (t.category == "killing" and FOUND_DEAD.match(text, t.start))]
        if any(t.category == "arrests" for t in triggers):  # "arrested 100 in night raids" is the arrests
            triggers = [t for t in triggers if not (t.category == "attack" and RAID.fullmatch(text[t.start:t.end]))]
        if any(t.category == "protest" for t in triggers):
            # the grievance a protest names is not the report's event, the protest is (what a relative clause
            # recalls is gone already, above)
            protests = [t for t in triggers if t.category == "protest"]
            triggers = [t for t in triggers if t.category == "protest" or not (
                _grievance(sdoc, t, protests) or _describes_someone(sdoc, t))]
        # "Police forces barricaded the area and didn't allow the protest": the police's barricades, no riot
        triggers = [t for t in triggers if not (t.category == "street_violence" and text[t.start:t.end].lower().startswith("barricad")
                                                and re.search(r"\b(?:police|forces|soldiers|troops|authorities|gendarmes)\b[^.;]{0,20}$",
                                                              text[max(s_start, t.start - 40):t.start], re.I))]
        carried = [t for t in triggers if t.category.startswith("explosion:") and BARE_DEVICE.fullmatch(text[t.start:t.end])
                   and CARRYING.search(text[max(s_start, t.start - 40):t.start])
                   and not DETONATED.search(sentence)]
        if carried:
            # "the police killed a militant equipped with an IED": the device he carried, not an explosion
            triggers = [t for t in triggers if t not in carried]
        seized = [t for t in triggers if t.category.startswith("explosion:") and BARE_DEVICE.fullmatch(text[t.start:t.end])
                  and (SEIZED_DEVICE_AFTER.match(text, t.end, s_end) or SEIZED_DEVICE_BEFORE.search(text[max(s_start, t.start - 40):t.start]))
                  and not DETONATED.search(sentence)]
        if seized:
            # "Two militants were killed, and explosives and assorted military equipments were seized": a haul, no blast
            triggers = [t for t in triggers if t not in seized]
        unexploded = CONTROLLED_DETONATION.sub(" ", sentence)  # (a controlled detonation is no device going off)
        if any(t.category == "weapons_seized" for t in triggers) and DEFUSED.search(sentence) \
                and not WENT_OFF.search(unexploded):
            # "police defused an IED planted along the road": a bomb that did not go off is no explosion
            triggers = [t for t in triggers if not t.category.startswith("explosion:")]
        if any(t.category in VIOLENT or t.category.startswith("explosion:") for t in triggers):
            # "during an arrest raid in Jericho, Israeli forces shot a Palestinian": the raid is the setting of
            # the shooting, the event
            triggers = [t for t in triggers if not (t.category == "arrests"
                                                    and re.search(r"\bduring (?:an?|the)\s+$", text[max(s_start, t.start - 12):t.start]))]
        around = text[sentences[index - 1][0] if index else s_start:next_end]
        if not WENT_OFF.search(unexploded) and DEFUSED_AROUND.search(around):
            # "a timed IED was found on a roadside. The explosive was later safely defused ... It is unknown to whom
            # the explosive belonged": the device named again beside its defusal is no explosion either
            triggers = [t for t in triggers if not (t.category.startswith("explosion:")
                                                    and BARE_DEVICE.fullmatch(text[t.start:t.end]))]
        if DEFUSED_AROUND.search(sentence) and not DETONATED.search(unexploded):
            # "forces killed an IS suicide bomber and safely defused the explosive belt he was wearing": a bomber
            # stopped before he set it off is a fight or an arrest, no explosion
            triggers = [t for t in triggers if not (t.category == "explosion:Suicide bomb" or t.category.startswith("explosion:")
                                                    and (BARE_DEVICE.fullmatch(text[t.start:t.end])
                                                         or re.search(r"\b(?:belt|vest)\b", text[t.start:t.end + 8])))]
        amid = [t for t in triggers if t.category in ("battle", "brawl")
                and _amid_fighting(text[max(s_start, t.start - 60):t.start])]
        if amid and any(t.category in VIOLENT and t.category not in ("killing", "battle", "brawl")
                        or t.category.startswith("explosion:") for t in triggers):
            # "gunmen shot dead three people amid renewed fighting": the shooting is the event, the fighting its setting
            triggers = [t for t in triggers if t not in amid]
        if mentions:  # "The clash resulted in the killing of 1 soldier": the event told already, and its toll
            triggers = [t for t in triggers if not (DEFINITE_LEAD.match(text[s_start:t.start])
                                                    and (t.category in ("battle", "brawl", "attack")
                                                         or t.category.startswith("explosion:")))]
        if not triggers:
            continue
        if (mentions or any(t.category == "protest" for t in triggers)) \
                and all(t.category not in VIOLENT for t in triggers if not SHOT_DEAD_TOLL.match(text, t.start)):
            # "... clashed with Al Shabaab militants. Three militants were shot dead": a toll told after the event,
            # read as the killing verb it is ("One person has been shot dead as villagers protested": the protest's)
            for t in triggers:
                if SHOT_DEAD_TOLL.match(text, t.start) and PASSIVE_BEFORE.search(text, s_start, t.start):
                    t.category, t.categories = "killing", {"killing"}
        # Killing verbs report a toll, not a new event, when another trigger carries the violence
        # (but they still say who killed whom: "Troops killed 12 Boko Haram fighters in an ambush")
        toll_sides: list[tuple[str | None, str | None]] = []
        if any(t.category != "killing" and (t.category in VIOLENT) for t in triggers):
            toll_sides = [sides for t in triggers if t.category == "killing"
                          and (sides := trigger_actors(sdoc, t))[0] is not None]
            triggers = [t for t in triggers if t.category != "killing"]
        elif any(t.category == "killing" for t in triggers):
            # "2 civilians were killed by stray bullets": a toll of the fighting, not a new event
            # A body found is a killing whoever did it ("the bodies of four farmers were found").
            # (only as the report's first event: after one, "killed during the operation" is that event's toll)
            # The report's first event may be told by its toll alone ("a drug suspect was killed during a
            # police raid", "two men were killed in Baragoi"): that killing is the event.
            # Not a killing a relative clause recalls ("the collapse ... that killed 15 people"), nor one beside a protest.
            first_told = not mentions and not any(t.category == "protest" for t in triggers)
            triggers = [t for t in triggers if t.category != "killing" or FOUND_DEAD.match(text, t.start)
                        or (first_told and (not _in_relative_clause(sdoc, t) or _relative_of_doer(sdoc, t)))
                        or _is_actor(trigger_actors(sdoc, t)[0])]
        # "13 people were arrested after they attacked police officers with sticks": the fight with the police who
        # arrested them is the event, the arrests its end (ACLED codes the riot)
        triggers = [t for t in triggers if t.category != "arrests" or not ARRESTED_FOR_FIGHTING.match(text, t.end, s_end)
                    or not any(o.start > t.end and o.category in VIOLENT for o in triggers)]
        hedged = bool(HEDGE.search(sentence))
        sent_quantities = [q for q in quantities if s_start <= q.span.start < s_end]
        for trig, pm in merge_sentence_triggers(triggers, sent_places, text):
            country = pm.place.country if pm and pm.place else country_hint
            tm: TimeMention | None = time_for(trig.start, trig.end, s_start)
            on = tm.start.date() if tm and tm.start else published
            agent, patient = trigger_actors(sdoc, trig)
            if agent is None and patient is None and trig.categories & {"battle", "brawl"} \
                    and re.fullmatch(r"(?i:clashed|fought|battled|skirmished|(?:exchanged|traded) (?:[\w-]+ ){0,3}?(?:gun)?fire)",
                                     text[trig.start:trig.end]) \
                    and (pair := BOTH_SIDES_BEFORE.search(text[s_start:trig.start])) \
                    and all(_armed_actor(side, country, on) or named_group(side, country, on)
                            for side in (pair.group("a"), pair.group("b"))):
                # "..., Chin State, the Myanmar military and AA clashed": the two sides the parse lost in a note's
                # opening places, each an armed force or a group by its acronym
                agent, patient = pair.group("a"), pair.group("b")
            if trig.category == "coded" and (agent is None or trig.start <= text.find(agent, s_start) < trig.end):
                # "Displacement: ... RSF forcibly displaced civilians": the subject of the note's sentence
                # (not a word of the label: "Weapons seizure: ... Ukrainian Security Service forces seized")
                span = sdoc.char_span(s_start, s_end, alignment_mode="expand")
                subject = next((t for dep in ("nsubj", "nsubjpass") for t in (span or [])  # passive: who was redeployed
                                if t.dep_ == dep and t.head.pos_ == "VERB" and t.idx >= trig.end), None)
                agent = _np_text(subject) if subject is not None else None
                patient = None if agent is not None and patient == agent else patient
            agent, patient = _lend_sides(sdoc, text, trig, agent, patient)
            if text[trig.start:trig.end].lower().startswith("died"):
                agent, patient = None, patient or agent  # "a man died as a result of torture": the one who died
            if agent is None and trig.categories & {"beating", "killing", "attack", "shooting", "sexual"} \
                    and (held := HELD_BY_STATE.search(sentence)):
                # "two men were tortured and illegally confined in Sandhaur police station": whoever held them
                agent = "prison guards" if re.search(r"prison|jail", held.group(0), re.I) else "police"
            if agent and re.fullmatch(r"(?i:(?:unconfirmed |unverified |media |local )?reports?)", agent.strip()):
                # "Reports of security forces and Liyu Police attacking people": the doers the reports tell of
                told_of = REPORTS_OF.search(text, s_start, trig.end)
                agent = told_of.group("who") if told_of else None
            if agent is None and toll_sides:
                # the ambush or gunfight in which the killing was told; "the military forces killed 6 civilians
                # during a raid on Bafut town": who killed raided
                agent, patient = toll_sides[0][0], patient or toll_sides[0][1]
            if UNDER_ATTACK.search(text[max(s_start, trig.start - 25):trig.end]):
                # "supporters came under attack by an unidentified armed group": the subject was attacked
                by = ATTACKED_BY.match(text, trig.end, s_end)
                agent, patient = (by.group("who") if by else None), agent
            if agent is None and (trig.categories & {"killing", "shooting", "battle", "brawl"}
                                  or trig.category.startswith("explosion:")):
                # "forces conducted an operation ... killing 8 militants", "the gang engaged in clashes with ..."
                agent = _clause_subject(sdoc, trig)
            if agent is None and (trig.category in VIOLENT or trig.category.startswith("explosion:")
                                  or trig.categories & {"looting", "arson", "territory"}):
                # "a Houthi sniper shot and injured a child", "Boko Haram militants loot and burn shops": a headline's
                # verb the parser took for a noun, with the doer right before it (only an active verb with its object:
                # "1 policeman killed, 5 injured" is a toll)
                after = HEADLINE_OBJECT.match(text, trig.end, s_end)
                before = PRE_TRIGGER_NP.search(text[s_start:trig.start]) if after or re.match(
                    r"\s+(?:and\s+\w+\s+)?(?:a|an|the|two|three|four|five|several|his|her|their|\d+|shops|houses|homes|"
                    r"property|cattle|villages?)\b", text[trig.end:s_end]) else None
                found = before and (classify_actor(before.group("who"), country, on)
                                    or named_group(before.group("who"), country, on))
                if found is not None and found.inter in (1, 2, 3, 4, 8):
                    agent = before.group("who")
                    if patient is None and after:
                        patient = after.group("who")  # "ADF attack FARDC positions near Beni"
            if patient is None and trig.categories & {"battle", "brawl"}:
                patient = _with_side(sdoc, trig)  # "killed ... during clashes with Malian forces": the other side
            # Organised forces fight each other: armed groups and troops in the report, or as the subject
            # ("Kyrgyz and Tajik forces clashed").
            # ("Police Forces of Chile clashed against a group of rioters": police are no army in a street fight)
            organised = armed_context or bool(agent and (STATE_FORCES.search(agent) and not POLICE_WORD.search(agent)
                                                         or NON_STATE_ARMED.search(agent)))
            if organised and trig.categories & {"battle", "brawl"} \
                    and (crowd := CLASHED_WITH.search(sentence) or WITH_AFTER.match(text, trig.end)) \
                    and (crowd_side := classify_actor(crowd.group("who"), country, on)) is not None \
                    and crowd_side.inter in (5, 6):
                organised = False  # "troops shot a man during clashes with stone-throwers": a crowd, not an armed side
            else:
                crowd_side = None
            crude = CRUDE_WEAPONS.search(text[s_start:s_end + 200])  # sticks and stones: a mob's weapons
            if trig.categories & {"battle", "brawl"} and ARMED_FIGHT.search(sentence):
                organised = True  # "activists from the two parties clashed with firearms": armed, organised
            identity = identity_group(text, country)
            a1 = classify_actor(agent, country, on) if agent else None
            if a1 is not None and a1.inter == 1 and (clause := RELATIVE_CLAUSE.search(agent)) \
                    and (head := classify_actor(agent[:clause.start()], country, on)) is not None and head.inter != 1:
                a1 = head  # "shot by a man who was wanted by the police": the man, not the police his clause names
            if a1 is None and agent and (trig.category in VIOLENT or trig.category.startswith("explosion:")):
                a1 = state_named(agent, country, on)  # "Eritrea attacks Ethiopian town"
            a2 = classify_actor(patient, country, on) if patient else None
            if a2 is not None and a2.inter == 4 and a2.identity and not trig.categories & {"battle", "brawl"} \
                    and re.match(r"(?:\w+\s+){0,3}(?:herders|herdsmen|pastoralists|hunters)\b(?!\s+(?:militia|gunmen))", patient.strip(), re.I) \
                    and a1 is not None and a1.inter in (1, 2, 3, 4, 8):
                # "hunters killed 3 Fulani herders": herders the armed kill are their people's civilians, not its militia
                a2 = replace(classify_actor("civilians", country, on), name=patient, identity=a2.identity)
            if trig.category == "street_violence" and (a1 is None or a1.inter in (1, 8)) \
                    and re.fullmatch(r"(?i:violent (?:demonstrations?|protests?))", text[trig.start:trig.end]):
                # "police used teargas to disperse violent demonstrations by prisoners": the crowd's violence, the
                # police its other side
                a1, a2 = classify_actor("rioters", country, on), a1 or a2
            if crowd_side is not None and a1 is not None and a1.inter in (1, 8) and (a2 is None or a2.inter == 7):
                a1, a2 = crowd_side, a1  # whom the forces killed in a crowd's clash with them: the crowd's riot and its toll
            if a1 is not None and RECIPROCAL.match(text, trig.end, s_end):
                a2 = a1  # "SSPDF soldiers fired upon one another": the force against its own
                if a1.inter in (1, 2, 3, 4, 8):
                    trig = replace(trig, categories=trig.categories | {"battle"})  # armed men firing at each other fight
            if a2 is None and patient and NAMED_UNIT.search(patient):
                # "GNA forces targeted LNA positions": the LNA's (a bare acronym ACLED names otherwise is left alone:
                # "CJTF members" are ACLED's Civilian JTF, a militia, not a rebel group called CJTF)
                known = named_group(patient, country, on)
                a2 = known if known is not None and (known.inter in (1, 8) or " " in known.normalized) else None
            if trig.categories & {"battle", "brawl"} and (a1 is None or a1.inter in (1, 8)):
                # "Kyrgyz and Tajik forces clashed", "fire between Ethiopian and Eritrean forces": one side each
                pair = FORCES_PAIR.search(agent or "") or FORCES_PAIR.search(sentence)
                if pair and a2 is not None and a2.inter in (2, 3, 4) and patient and not FORCES_PAIR.search(patient):
                    pair = None  # "FACA and Wagner forces clashed with CPC rebels": the pair is one side
                if pair:
                    a1 = classify_actor(f"{pair.group(1)} {pair.group(3)}", country, on) or a1
                    a2 = classify_actor(f"{pair.group(2)} {pair.group(3)}", country, on) or a2
            listed = re.match(r"\s*(?P<x>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2}),\s+" + re.escape(agent), sentence) \
                if agent and trig.categories & {"battle", "brawl"} else None
            if listed and _armed_actor(listed.group("x"), country, on) is not None:
                agent = f"{listed.group('x')}, {agent}"  # "Army, NPA rebels clash": a headline's two sides, by a comma
            joiner = " and " if agent and " and " in agent else ", "
            if agent and trig.categories & {"battle", "brawl"} and joiner in agent:
                first, second = agent.split(joiner, 1)
                noun = re.search(r"[A-Z][\w'’-]*((?:\s+[a-z][\w-]*)+)$", second)
                if noun and re.search(r"(?:^|\s)[A-Z][\w'’-]*$", first):
                    first = f"{first}{noun.group(1)}"  # "Meitei and Kuki armed groups": the noun names both sides
                # Two bare acronyms that clash ("TNLA and RCSS clashed") are two armed groups.
                sides = [_armed_actor(part, country, on) or (named_group(part, country, on) if BARE_ACRONYM.fullmatch(part)
                                                            else None) for part in (first, second)]
                allies = a2 is not None and all(side is not None and side.inter == 1 for side in sides) \
                    and (sides[0].country == sides[1].country or None in (sides[0].country, sides[1].country)) \
                    and not FORCES_PAIR.search(agent)  # "military and police forces clashed with a militia"
                # "FACA and Wagner forces clashed with CPC rebels", "the army and VDP repelled an attack by JNIM":
                # a state's forces and the militia or foreign force fighting beside them are one side
                enemy = a2 is not None and a2.inter in (1, 2, 3, 4, 8) and a2 not in sides \
                    or REPELLED_ATTACK.search(text, trig.start, min(s_end, trig.end + 80)) is not None
                beside = enemy and all(side is not None for side in sides) and {side.inter for side in sides} & {1} \
                    and any(side.inter in (3, 4, 8) and _beside_state(side) for side in sides)
                if beside:
                    a1 = next(side for side in sides if side.inter == 1)  # the state's forces lead, their allies assist
                elif all(side is not None for side in sides) and not allies:  # "FARDC and M23 clashed": one side each
                    a1, a2 = sides
                    organised = True
                elif a2 is None:
                    # "Rioters and Police Forces clashed in the streets": the crowd one side, the police the other
                    crowd = [classify_actor(part, country, on) for part in agent.split(joiner, 1)]
                    if all(side is not None for side in crowd) and {side.inter for side in crowd} & {5, 6} \
                            and {side.inter for side in crowd} & {1, 8}:
                        a1, a2 = sorted(crowd, key=lambda side: side.inter not in (5, 6))
            between = BETWEEN_GROUPS.match(text, trig.end, s_end) if trig.categories & {"battle", "brawl"} else None
            if between and not (a1 and a2 and a1.inter in (1, 2, 3, 4, 8) and a2.inter in (1, 2, 3, 4, 8)
                                and a1.normalized != a2.normalized):  # (one side twice: "regime and pro-regime")
                # "clashes between Boko Haram faction of Shekau and ISWAP of Barnawi": each side a known armed group
                sides = _between_sides(between.group("a"), between.group("b"), country, on)
                if sides is not None:
                    a1, a2 = sides
                    organised = True
            factions = FACTIONS_OF.match(text, trig.end, s_end) if trig.categories & {"battle", "brawl"} else None
            inner = _armed_actor(factions.group("x"), country, on) if factions else None
            if inner is not None:
                # "clashes erupted between two factions of pro-Houthi forces": the force against itself
                a1, a2, organised = inner, inner, True
            pair = ACRONYMS_CLASHED.search(sentence) if trig.categories & {"battle", "brawl"} else None
            if pair and (PEOPLE_NOUN.search(sentence[max(0, pair.start() - 30):pair.start()]) or crude):
                pair = None  # "supporters of the APC and SLPP clashed with sticks and stones": a mob's fight
            if pair and not (a1 and a2 and a1.inter in (1, 2, 3, 4, 8) and a2.inter in (1, 2, 3, 4, 8)):
                # "TNLA and RCSS clashed", which the parser often reads as a list of places
                sides = [named_group(pair.group(k), country, on) for k in ("a", "b" if pair.group("b") else "b2")]
                if all(side is not None for side in sides):
                    a1, a2 = sides
                    organised = True
            # ("fighting occurred in Mahaday", "clashes erupted in Kismayo", told with no one at all: ACLED's
            # clashes between unidentified armed groups, unless crowds, their weapons or a protest are told)
            unmanned = (agent is None or re.fullmatch(r"(?i:(?:the |heavy |fierce |intense )?(?:clash\w*|fighting|skirmish\w*))",
                                                      agent)) \
                and (patient is None or patient == agent) and (a1 is None or a1.inter == 5) and (a2 is None or a2.inter == 5) \
                and not riot_context and not crude \
                and re.fullmatch(r"(?i:clash(?:es|ed)?|fighting|fought|skirmish(?:es)?|gunfights?)", text[trig.start:trig.end]) \
                and not CROWD_FIGHT.search(sentence) and not UNARMED_PEOPLE.search(sentence) \
                and not STATE_FORCES.search(sentence) and not NON_STATE_ARMED.search(sentence) and not ARMED_NOUN.search(sentence) \
                and not PROTEST_CONTEXT.search(text)
            if trig.categories & {"battle", "brawl"} and (ARMED_CLASH.search(sentence) or unmanned) \
                    and not (a1 and a1.inter in (5, 6, 7)):
                # "armed clashes were registered; no information on the actors": two unknown armed groups
                organised = True
                a1 = a1 or (named_group(agent, country, on) if agent else None) \
                    or classify_actor("unidentified armed group", country, on)  # "between FARDC and ADF"
                a2 = a2 or (named_group(patient, country, on) if patient else None) \
                    or classify_actor("unidentified armed group", country, on)
            if trig.categories & {"battle", "brawl"} and not riot_context and COMMUNAL.search(sentence) \
                    and (lethal_report and not CROWD_WEAPONS.search(sentence) or FIGHTING_ARMS.search(sentence)) \
                    and not (a1 and a1.inter in (1, 2, 8)) \
                    and not (a2 and a2.inter in (1, 2, 8)):  # "the army and a clan militia ambushed Al Shabaab"
                # "inter-clan clashes", "clashes between the Guji and Gedeo communities": communities
                # fighting are their militias to ACLED, and their fight a battle
                a1, a2 = communal_sides(agent, patient, sentence, country)
                organised = True
            if trig.categories & {"battle", "brawl"} and a1 is not None and a2 is None \
                    and (a1.inter in (2, 8) or a1.normalized.startswith("Military Forces")) and not crude and not riot_context \
                    and not PROTEST_CONTEXT.search(sentence):
                organised = True  # "Eritrea makes incursion onto Ethiopian soil, skirmish ensues": an army's clash is a battle
            if trig.categories & {"battle", "brawl"} and a1 is None and a2 is not None \
                    and (a2.inter in (2, 8) or a2.normalized.startswith("Military Forces")) and not crude \
                    and not riot_context and not PROTEST_CONTEXT.search(sentence) and not CROWD_FIGHT.search(sentence) \
                    and not UNARMED_PEOPLE.search(sentence):
                # "5 ASWJ members were killed ... during clashes with Mozambican Military Forces": whoever fights
                # an army or an armed group, with no crowd told, is armed too
                organised = True
            if trig.categories & {"battle", "brawl"} and a1 is not None and a1.inter == 4 and patient \
                    and (a2 is None or a2.inter in (5, 7)) and not crude:
                # "armed youth from Twic clashed with Ngok Dinka youth": a people's militia fights the other people's
                a2 = community_militia(patient, country) or a2
                organised = organised or a2 is not None and a2.inter == 4
            if a1 is not None and a1.inter == 2 and _party_followers(agent or "", text):
                a1 = replace(a1, inter=3)  # "CCM officials opened fire": a party's armed followers, a political militia
            doer = agent or _told_doer(sdoc, sentence, trig)
            if doer is None and trig.category in VIOLENT and any(
                    m.span.sentence < index and trig.categories & set(m.category.split("+")) for m in mentions):
                continue  # "Houthi forces assaulted 2 civilians. ... the 2 civilians were assaulted because ...": told again
            if (a1 is None or a1.inter in (2, 3) and _party_followers(doer or "", text)) and doer \
                    and trig.categories & {"attack", "beating", "killing"} and not ARMED_ACT.search(sentence) \
                    and not TARGETED_ASSAULT.search(sentence) \
                    and not NOT_A_CROWD.search(doer) and not STATE_FORCES.search(doer) \
                    and (UNARMED_PEOPLE.search(doer) and named_group(doer, country, on) is None
                         or _party_followers(doer, text)):
                # "attacked by voters", "a group of people attacked a doctor", "killed by members of the CHADEMA"
                a1 = classify_actor("rioters", country, on)
            if a1 is None and agent and trig.category not in ("protest", "arrests", "crowd") \
                    and not PEOPLE_NOUN.search(agent):  # "supporters of the APC" are people, not the APC
                a1 = named_group(agent, country, on)  # "the RSF shelled", "CSP-PSD fighters withdrew"
            if a2 is None and patient and (trig.category in VIOLENT or trig.category.startswith("explosion:")):
                a2 = named_group(patient, country, on) if not (CIVIL_ROLE.search(patient) or PARTY_PROPERTY.search(patient)
                                                               or _party_followers(patient, text)) \
                    or _state_acronym(patient) else None  # "attacks on FACA and MINUSCA positions"; not "an AZERTAC
                # correspondent", nor "UPFA offices" or "CCM leaders": a party's people and offices are civilians'
            if crude and a1 is not None and a1.inter == 2 and ":" not in a1.normalized \
                    and PARTY_FOLLOWERS.search(agent or "") and not ARMED_ACT.search(sentence):
                # "UNITA members were attacked with stones and machetes by MPLA members": a party's crowd
                a1 = classify_actor("rioters", country, on)
                if a2 is not None and a2.inter == 2 and ":" not in a2.normalized:
                    a2 = classify_actor("civilians", country, on)
            if trig.category == "explosion:Remote explosive/landmine/IED" and STRUCK_DEVICE.search(sentence) \
                    and a1 is not None:
                a1, a2 = None, a1  # "an army vehicle hit an IED": who hit the device is its target
            owner = None
            if trig.category.startswith("explosion:") and (a1 is None or a1.normalized.startswith("Unidentified")):
                # "Israeli naval struck"; "a Russian drone was shot down ... Debris of the drone hit buildings":
                # the weapon's nationality, written at the weapon or where the report first named it
                owner = WEAPON_OWNER.search(text[max(s_start, trig.start - 30):trig.start]) \
                    or next(reversed(list(WEAPON_NAMED.finditer(text, 0, trig.start))), None)
            forces = national_forces(f"{owner.group('who')} military", country, on) if owner else None  # a demonym only
            if forces is not None and forces.inter in (1, 8) \
                    and (a1 is None or not (agent or "").startswith(owner.group("who"))):
                a1 = forces
            if a1 is not None and a1.normalized.startswith("Unidentified Armed Group") and \
                    (trig.category in VIOLENT or trig.category.startswith("explosion:")):
                # "gunmen opened fire ... The government blamed IS Sahel": the unknown gunmen have a name
                named = _perpetrator(sentence, text[s_start:s_end + PERPETRATOR_REACH], country, on)
                a1 = named if named is not None and not named.normalized.startswith("Unidentified") else a1
            if a1 is None and (trig.category in VIOLENT or trig.category.startswith("explosion:")):
                # "On 11 May, IS abducted a farmer" (not "7 Taliban militants were killed": the group the victims are)
                # ("a man was shot from the back by suspected security forces": the force the passive names)
                by_force = FORCES_BY.search(sentence)
                a1 = (classify_actor(by_force.group("who"), country, on) if by_force else None) \
                    or _perpetrator(sentence, text[s_start:s_end + PERPETRATOR_REACH], country, on) \
                    or (group_named_in(ACCUSED_OF_BEING.sub("", text[s_start:trig.start]), country, on)
                        if not (patient and text.find(patient, s_start) < trig.start) else None)
                fired = FIRED_BY.search(sentence) if a1 is None and trig.category.startswith("explosion:") else None
                shooter = classify_actor(fired.group("who"), country, on) if fired else None
                if shooter is not None and shooter.inter in (1, 2, 3, 4, 8):
                    a1 = shooter  # "..., Myanmar military LIB 603 fired artillery shells": the clause's opening words
                if a1 is None and agent and not crude and trig.categories & {"attack", "beating"} \
                        and not trig.categories & {"shooting", "abduction", "killing"} and not trig.category.startswith("explosion:") \
                        and CROWD_OF_PEOPLE.search(agent) and not NOT_A_CROWD.search(agent) \
                        and not ARMED_ACT.search(sentence) and not BLADES.search(sentence) \
                        and not TARGETED_ASSAULT.search(sentence):
                    # "about fifteen members of a Christian sect attacked and injured a woman": people of a body no
                    # list arms, attacking with no arms told, are a mob
                    a1 = classify_actor("rioters", country, on)
                if a1 is None and agent and not riot_context and not crude and (trig.category.startswith("explosion:")
                                                                  or trig.categories & {"shooting", "attack", "abduction"}):
                    a1 = classify_actor("unidentified gunmen", country, on)  # "two men on a motorcycle threw a grenade"
                elif a1 is None and "killing" in trig.categories and DURING_RAID.search(sentence):
                    a1 = _raiding_force(sentence, country, on)  # "killed during a police raid": the force that raided
                elif a1 is None and "killing" in trig.categories and SECURITY_OPERATION.search(sentence):
                    a1 = classify_actor("security forces", country, on)  # "militants were killed during a campaign"
                elif a1 is None and FOUND_DEAD.match(text, trig.start):
                    a1 = classify_actor("unidentified gunmen", country, on)  # bodies found: killers unknown
            repelled = REPELLED_FIGHTERS.match(text, trig.start, trig.end) if "battle" in trig.categories else None
            if repelled and a1 is not None and a1.inter in (1, 2, 3, 4, 8) and (a2 is None or a2.inter == 7):
                a2 = classify_actor(repelled.group("who"), country, on) or a2  # "police repelled bandits who ..."
            if a2 is None and a1 is not None and a1.inter in (1, 2, 3, 4, 8) and "battle" in trig.categories:
                # "soldiers repulsed an Al Shabaab attack", "police thwarted an attack by bandits": the attackers
                m = REPELLED_ATTACK.search(text, trig.start, min(s_end, trig.end + 80))
                attacker = m and (ATTACKERS_END.sub("", m.group("by")) if m.group("by") else m.group("pre"))
                if attacker:
                    found = _armed_actor(attacker, country, on) or classify_actor(attacker, country, on) \
                        or _armed_actor(f"{attacker} forces", country, on)  # "repel Eritrean attacks", "by QSD"
                    a2 = found if found is not None and found.inter in (1, 2, 3, 4, 8) \
                        and found.normalized != a1.normalized else None
            if a2 is not None and (a2.inter == 1 and (OFF_DUTY.search(sentence) or OFF_DUTY_TOLD.search(text, s_start))
                                   or a2.inter in (2, 3)
                                   and ":" not in a2.normalized and OFF_DUTY.search(patient or "")):
                # an off-duty soldier, a demobilised fighter: a civilian to ACLED
                a2 = classify_actor("civilians", country, on)
            elif a2 is not None and a2.inter == 6 and trig.category in VIOLENT and not PROTEST_CONTEXT.search(sentence) \
                    and not (index > 0 and PROTEST_CONTEXT.search(text[sentences[index - 1][0]:s_start])):
                # "ZANU-PF supporters assaulted 3 CCC activists": activists who were not protesting are civilians
                a2 = classify_actor("civilians", country, on)
            elif a2 is not None and a2.normalized.startswith("Government of") \
                    and (trig.category in VIOLENT or trig.category.startswith("explosion:")):
                # "fired on a vehicle of the Ministry of Health": a government's unarmed staff and offices are
                # civilians to ACLED (the ministry at most an associated actor), so no battle is fought with them
                a2 = classify_actor("civilians", country, on)
            if trig.category in VIOLENT and a1 is None and DURING_RAID.search(sentence):
                a1 = _raiding_force(sentence, country, on)  # "a drug suspect was killed during a police raid"
                a2 = None if a2 is not None and a1 is not None and a2.normalized == a1.normalized else a2
            if a2 is None and trig.category.startswith("explosion:") and (CIVILIAN_VICTIMS.search(text)
                                                                        or _nationals_killed(sentence)):
                # ("killing two Hezbollah members": the members of an armed group are that group, not civilians)
                victim = VICTIMS.search(sentence)
                armed = victim and classify_actor(victim.group(0).split(None, 1)[1], country, on)
                a2 = armed if armed and armed.inter in (1, 2, 3, 4, 8) else classify_actor("civilians", country, on)
            if (a1 is None or a1.inter in (5, 7)) and agent and not riot_context and not crude \
                    and trig.categories & {"killing", "shooting", "attack", "abduction"} and KILLS.search(sentence):
                # "members from the Djerma community killed five Fulani": a people's militia, not unknown gunmen
                a1 = community_militia(agent, country) or a1
            if a1 is not None and a1.inter == 7 and not riot_context and not crude and \
                    (trig.category.startswith("explosion:") or trig.categories & {"shooting", "attack", "killing", "abduction"}):
                lynching = bool(UNARMED_PEOPLE.search(a1.name) and LYNCHED.search(sentence))
                if (trig.category.startswith("explosion:") or trig.categories & {"shooting", "abduction"}
                        or ARMED_ACT.search(sentence) or not UNARMED_PEOPLE.search(a1.name)) and not lynching:
                    # "two men on a motorcycle threw a grenade": whoever attacks with arms is an armed group to ACLED
                    a1 = classify_actor("unidentified gunmen", country, on)
                else:  # "a group of people attacked a doctor": people who attack unarmed are a mob
                    a1 = classify_actor("rioters", country, on)
            if a2 is None and trig.categories & {"battle"} | EXPLOSIONS_ALL and (owner := POSITIONS_OF.search(sentence)):
                # "fired ... at the positions of the Donbass People's Militia", "at the governmental positions"
                a2 = _armed_actor(owner.group("of") or owner.group("adj"), country, on)
            if a2 is None and "territory" in trig.categories:
                other = OTHER_SIDE.search(sentence)  # "took control of Kidal after CSP-PSD fighters withdrew"
                a2 = _armed_actor(other.group("who"), country, on) if other else None
            a1, a2 = _coded_as(sentence, trig.start - s_start, a1, a2, patient, country, on)
            if usual is not None and a1 is not None and a1.normalized.startswith("Unidentified Armed Group"):
                # "The identity of perpetrators is unknown but Indigenous Militias are often responsible for similar
                # attacks in the region": the note's own attribution of an unknown hand
                a1 = _armed_actor(usual.group("who"), country, on) or a1
            if trig.category in VIOLENT or trig.category.startswith("explosion:"):
                if a2 is None and (trig.categories & {"attack_police"} or (
                        trig.categories & {"street_violence"} and POLICE_TARGET.search(sentence))):
                    # ("attacked soldiers": the army, not the police)
                    struck = next((a for words in (patient, text[trig.start:trig.end]) if words
                                   and (a := classify_actor(words, country, on)) is not None and a.inter == 1), None)
                    a2 = struck or classify_actor("police", country, on)
                # "armed men driving two vehicles attacked a police patrol": armed people the parse did not link
                armed_by = ARMED_PEOPLE.search(sentence) or ARMED.search(sentence)
                if a1 is None and armed_by and not riot_context:
                    a1 = classify_actor(armed_by.group(0), country, on)
                if a1 is None and trig.categories & {"attack_police"} and not riot_context and not crude \
                        and a2 is not None and a2.inter == 1 and not PROTEST_CONTEXT.search(sentence) \
                        and re.search(r"\battacks?\b|\battacked\b|\bambush", text[trig.start:trig.end], re.I):
                    a1 = classify_actor("unidentified armed group", country, on)  # who attacks soldiers or a police post is armed
                if a1 is None and not (organised and not riot_context) and \
                        (trig.categories & {"brawl", "riot", "attack_police", "street_violence", "roadblock_forced"} or riot_context):
                    a1 = classify_actor("rioters", country, on)
                if a1 is not None and a1.inter == 7 and trig.categories & {"attack_police", "brawl", "riot", "arson", "beating"}:
                    a1 = Actor(a1.name, f"Rioters ({a1.normalized.split('(')[-1]}", 5, a1.country)
                if a2 is None and (trig.categories & {"shooting", "beating", "attack", "killing", "abduction", "sexual"}
                                   or trig.category.startswith("explosion:")):
                    victim = VICTIMS.search(sentence)  # "killing 2 police officers", "injuring 6 people"
                    a2 = classify_actor(victim.group(0).split(None, 1)[1], country, on) if victim else None
                    member = GROUP_MEMBER.search(victim.group(0)) if victim and a2 is None else None
                    if member is not None and member.group(1).lower() not in ("one", "two", "three", "several"):
                        a2 = named_group(member.group(1), country, on) or Actor(member.group(1), member.group(1), 2, country)
                    if a2 is None:  # "5 GATIA members were killed", "left a soldier killed": the toll names them
                        fallen = casualties_phrase(sdoc, s_start, s_end)
                        a2 = (classify_actor(fallen, country, on) or (named_group(fallen, country, on)
                              if not CIVIL_ROLE.search(fallen) or _state_acronym(fallen) else None)) if fallen else None
                    aimed = AIMED_AT.match(text, trig.end, s_end) if a2 is None else None
                    if aimed is not None:  # "conducted an airstrike targeting Al Shabaab in Geel Gub village"
                        aimed_at = _armed_actor(aimed.group("who"), country, on)
                        a2 = aimed_at if aimed_at is not None and aimed_at.normalized != (a1 and a1.normalized) else None
                    if a2 is None and not trig.category.startswith("explosion:"):
                        a2 = classify_actor("civilians", country, on)
                    elif a2 is None and (CIVILIAN_CAUGHT.search(sentence) or _civil_target(text[trig.start:s_end])
                                         and not ARMED_TARGET.search(text[trig.end:s_end])
                                         and not INTERCEPTED.search(text[s_start:s_end])):
                        a2 = classify_actor("civilians", country, on)  # "shelled a village", "a woman stepped on a mine"
                if a1 is not None and a1.inter in (1, 2, 3, 4, 8) and (a2 is None or a2.inter == 7) and not riot_context \
                        and trig.categories & {"attack", "shooting", "killing", "battle", "brawl"} \
                        and BOTH_SIDES_TOLL.search(text[s_start:next_end]) and not PROTEST_CONTEXT.search(sentence):
                    # "Liyu Police attacked pastoralists ... 21 people killed from both sides": the victims fought back,
                    # two armed sides to ACLED (people who take up arms are a communal militia)
                    a2 = classify_actor("communal militia" if a2 is not None else "unidentified armed group", country, on)
                    organised = True
                # "People gathered to denounce prices. Police opened fire on the crowd": that protest's crowd
                at_crowd = bool(patient and GATHERED_TARGET.search(patient))
                at_protest = protest_setting(sentence) or (protest_before and at_crowd) or (
                    # "... demonstrations over discontent with the government. Rioters and Police Forces clashes in the
                    # streets": the crowd of the protest just told, fighting the police, turned it violent
                    protest_recently and trig.categories & {"brawl", "riot", "attack_police", "street_violence"}
                    and bool(POLICE_WORD.search(sentence)) and not (a1 is not None and a1.inter in (2, 3, 4, 8)))
                # (crowds that "clashed at a rally" fought each other there: the rally is the setting)
                crowd_hand = a1 is None and bool(agent and CROWD_OF_PEOPLE.search(agent))  # "members of the party's wing"
                mob_on_protest = (crowd_hand or a1 is not None and a1.inter in (2, 3, 5, 7)) and bool(agent) \
                    and not PROTESTER_NOUN.search(agent or "") and not riot_context \
                    and not trig.categories & {"brawl", "battle", "riot", "street_violence", "attack_police"} \
                    and (bool(patient and PROTEST_TARGET.search(patient)) and (crowd_hand or a1.inter in (5, 7))
                         or at_protest and trig.categories & {"attack", "beating", "shooting"} and (a2 is None or a2.inter in (6, 7))
                         and _others_protest(sdoc, triggers, agent))
                if not at_protest and a2 is not None and a2.inter == 1 and (a1 is None or a1.inter in (5, 7)) \
                        and trig.categories & {"brawl", "attack_police", "street_violence"} and not riot_context \
                        and DEMANDS.search(text[s_start:next_end]):
                    at_protest = True  # "former workers clashed with the police ... to demand their delayed salaries"
                if a1 is not None and a2 is not None and a1.inter in (1, 8) and a2.inter == 5 \
                        and trig.categories & {"brawl", "riot"} and not trig.categories & {"shooting", "killing", "beating"}:
                    a1, a2 = a2, a1  # "police clashed with rioters" is the rioters' riot, as "rioters clashed with police"
                if a1 is not None and a1.inter == 1 and a2 is not None and a2.inter != 7 \
                        and HERDERS_FIRED_ON.fullmatch(a2.name.strip()) and not trig.categories & {"battle", "brawl"}:
                    a2 = classify_actor("civilians", country, on)  # "soldiers opened fire on herdsmen": no fight told
                if a2 is not None and a2.inter == 7 and trig.categories & {"killing", "shooting", "attack"} \
                        and GANG_RECORD.search(text[s_start:sentences[min(index + 2, len(sentences) - 1)][1]]):
                    # "a man was shot by two armed individuals. The victim had a police record for drug trafficking":
                    # one of a gang, the other side of a fight among armed men (ACLED: a gang is a political militia)
                    a2 = classify_actor("unidentified gang", country, on)
                if trig.categories & {"brawl", "battle"} and "riot" not in trig.categories and (a1 is None or a1.inter in (5, 7)) \
                        and (a2 is None or a2.inter in (5, 7)) and not protest_setting(sentence) and not riot_context \
                        and (pair := communal_pair(sentence, country) or _militias_of_peoples(agent, patient, country)):
                    # "renewed fighting between Garre and Murule clans", "armed Misseriya herders clashed with Ngok Dinka
                    # youth": two peoples' militias fought
                    a1, a2 = pair
                if trig.categories & {"brawl", "battle"} and not trig.categories & {"riot", "shooting", "killing", "beating"} \
                        and re.fullmatch(r"(?i:clash(?:ed|es)?|fought)", text[trig.start:trig.end]) \
                        and a1 is not None and a2 is not None and {a1.inter, a2.inter} & {2, 3, 4} and 7 in (a1.inter, a2.inter) \
                        and not protest_setting(sentence) and not riot_context:
                    # "Koglweogo militiamen and locals clashed": the locals who fought a militia are the village's own
                    # armed men (ACLED: a communal militia), not civilians it attacked
                    local = classify_actor("unidentified communal militia", country, on)
                    a1, a2 = (local, a2) if a1.inter == 7 else (a1, local)
                event_type, sub = _type_violent(trig.categories, a1, a2, sentence, riot_context, organised, at_protest,
                                                mob_report)
                if (event_type, sub) == ("Strategic developments", "Other") and a2 is not None and a2.inter == 7:
                    a2 = None  # warning shots in the air hit no one: no target side
                if event_type == "Explosions/Remote violence" and PREMATURE.search(sentence) \
                        and not (a2 is not None and a2.inter == 7 and (a1 is None or a1.inter == 7)):
                    # (a civilian hurt handling an unexploded shell was struck by a remnant of war, no one's own bomb)
                    # "two militants were killed while in the process of planting IEDs": their own device, gone off
                    # early (ACLED: disrupted weapons use, by the group whose device it was)
                    event_type, sub = "Strategic developments", "Disrupted weapons use"
                    a1, a2 = a1 if a1 is not None and a1.inter != 7 else a2, None
                if event_type == "Explosions/Remote violence" and sub in ("Grenade", "Remote explosive/landmine/IED") \
                        and (CRUDE_BOMB.search(sentence) and not NON_STATE_ARMED.search(sentence)
                             and (a1 is None or a1.inter in (5, 6, 7) or a1.normalized.startswith("Unidentified Armed Group"))
                             or a1 is not None and a1.inter == 5):  # ("supporters of two leaders clashed and detonated bombs")
                    # "unidentified men exploded four crude bombs at the DC office", "rioters exploded cocktail bombs
                    # during the blockade": the hand-made bombs of party men and crowds are a riot's weapons (ACLED),
                    # a demonstration's where one is on, a mob's otherwise
                    blockade = PROTEST_CONTEXT.search(sentence) or re.search(r"\b(?:blockade|hartal|shutdown)\b", text, re.I)
                    event_type, sub = "Riots", "Violent demonstration" if blockade else "Mob violence"
                    a1 = classify_actor("rioters", country, on)
                    if sub == "Mob violence" and a2 is None:
                        a2 = classify_actor("civilians", country, on)
                if mob_on_protest:
                    # "Supporters of the ruling party attacked an opposition rally", "members of the party's student
                    # wing assaulted students when they were staging a protest": a protest others broke up (ACLED: the
                    # protesters first, those who intervened second, with lethal force or serious injury excessive)
                    event_type = "Protests"
                    sub = "Excessive force against protesters" if LETHAL.search(sentence) \
                        or trig.categories & {"shooting", "killing"} else "Protest with intervention"
                    armed_hand = a1 is not None and a1.inter in (2, 3) and bool(trig.categories & {"shooting", "killing"})
                    a1, a2 = classify_actor("protesters", country, on), a1 if armed_hand else classify_actor("rioters", country, on)
                answered = ANSWERED_WITH_FIRE.search(text[s_start:next_end])
                if event_type == "Explosions/Remote violence" and sub in ("Grenade", "Remote explosive/landmine/IED") \
                        and answered and (a2 is None or a2.inter not in (2, 3, 4)):
                    # ACLED: a grenade thrown at forces who answer with gunfire is a fight, an armed clash
                    event_type, sub = "Battles", "Armed clash"
                    a2 = classify_actor(answered.group("who"), country, on) or classify_actor("army", country, on)
                    a1 = a1 or classify_actor("unknown gunmen", country, on)
                returned = RETURNED_FIRE.search(text[s_start:next_end]) or _defenders(sdoc, s_start, next_end)
                # (armed men among the dead make an attack a fight; a bomb that killed soldiers stays a bomb)
                fought = returned or ARMED_TOLL.search(text[s_end:next_end])  # (the toll told after, not the target)
                if event_type == "Violence against civilians" and sub == "Attack" and fought and fought.group("who") \
                        and trig.categories & {"shooting", "attack", "killing"} \
                        and (back := classify_actor(fought.group("who"), country, on)) is not None \
                        and back.inter in (1, 2, 3, 4, 8):
                    # "gang members approached and started shooting. The police shot back": those shot at fought back,
                    # an armed clash (whoever shot first at armed men is armed too)
                    other = a2 if a1 is not None and a1.normalized == back.normalized else a1
                    if other is None or other.inter in (5, 6, 7) or other.normalized == back.normalized:
                        other = classify_actor("unidentified armed group", country, on)
                    event_type, sub, a1, a2 = "Battles", "Armed clash", other, back
                if (event_type, sub) == ("Explosions/Remote violence", "Air/drone strike") and AIR_AND_GROUND.search(sentence):
                    # "the army conducted airstrikes and ground operations ... targeting JNIM militants": strikes that
                    # backed troops on the ground, a fight (ACLED: armed clash)
                    event_type, sub = "Battles", "Armed clash"
                if event_type == "Explosions/Remote violence" and sub != "Air/drone strike" and a1 is not None \
                        and a1.inter in (1, 2, 3, 4, 8) and (returned or GROUND_ATTACK.search(sentence)
                                                              and a2 is not None and a2.inter in (1, 2, 3, 4, 8)):
                    # "HTS launched an attack on regime positions amid shelling", "... leading Druze fighters to
                    # return shelling": two sides fire at each other, an armed clash to ACLED, not a remote attack
                    who = (returned.group("who") or "") if returned else ""
                    # ("The anti-Houthi forces responded to the fire": forces the list does not name are still armed)
                    fired_back = returned and (_armed_actor(who, country, on) or (
                        classify_actor("unidentified armed group", country, on) if ARMED_NOUN.search(who) else None))
                    if fired_back is not None and fired_back.normalized != a1.normalized:
                        a2 = fired_back
                    if a2 is not None and a2.inter in (1, 2, 3, 4, 8):
                        event_type, sub = "Battles", "Armed clash"
                if rioting_before and at_crowd and a1 is not None and a1.inter == 1:
                    event_type, sub = "Riots", "Violent demonstration"
                    a1, a2 = classify_actor("rioters", country, on), a1
                if event_type == "Battles" and "territory" in trig.categories and not trig.categories & {"battle", "shooting", "killing"} \
                        and (UNOPPOSED.search(text[s_start:s_end + 300])
                             or AFTER_THEY_LEFT.search(text, trig.end, s_end) and not FIGHTING.search(sentence)):
                    # ("took control of Qania area after anti-Houthi tribesmen withdrew": no fight told)
                    event_type, sub = "Strategic developments", "Non-violent transfer of territory"  # "put up no resistance"
                if _state_raid(trig.categories, text[trig.start:trig.end], a1) \
                        and not RAID_TURNED_VIOLENT.search(text[s_start:s_end + 300]):
                    event_type, sub = "Strategic developments", "Arrests"
                elif "attack" in trig.categories and trig.categories <= {"attack", "looting"} \
                        and RAID.fullmatch(text[trig.start:trig.end]) \
                        and LOOTED.search(sentence) and not RAID_TURNED_VIOLENT.search(sentence) \
                        and a1 is not None and a1.inter != 1:
                    # "armed men raided cattle camps and took 500 cattle": a raid that only takes is looting (ACLED)
                    event_type, sub = "Strategic developments", "Looting/property destruction"
                if event_type == "Protests" and not mob_on_protest:
                    # ACLED's current exports name the protesters first in every protest, the force that
                    # intervened or fired on them second (older exports put the state first under excessive force)
                    state = a1 if a1 is not None and a1.inter == 1 else classify_actor("police", country, on)
                    a1, a2 = classify_actor("protesters", country, on), state
                if event_type in ("Battles", "Explosions/Remote violence") and (a1 is None or a2 is None):
                    # "between SSA-S troops and TNLA forces a battle took place", "warplanes ... targeting PKK
                    # forces": sides the parse did not reach, named in the sentence (for a strike, after its word)
                    named = [side for side in _named_sides(sentence if event_type == "Battles" else text[trig.end:s_end],
                                                           country, on)
                             if a1 is None or side.normalized != a1.normalized]
                    if a1 is None and event_type == "Battles" and named:
                        a1 = named.pop(0)
                    if a2 is None and named and (a1 is None or named[0].normalized != a1.normalized):
                        a2 = named[0]
                    if a2 is None and a1 is not None and re.search(r"\b(?:rival|each other|one another)\b", sentence, re.I):
                        a2 = a1  # "rival militias clash in Tripoli": the same kind on both sides
                    if a2 is None and a1 is not None:
                        # "Al Shabaab militants stormed a hotel, and security forces were battling them": the doer
                        # of the sentence's other event word, fighting the first
                        others = [classify_actor(doer, country, on) for other in trig.merged
                                  if (doer := trigger_actors(sdoc, other)[0])]
                        a2 = next((o for o in others if o is not None and o.inter in (1, 2, 3, 4, 8)
                                   and o.normalized != a1.normalized), None)
                if (event_type, sub) == ("Battles", "Armed clash") and a2 is None and a1 is not None and a1.inter in (1, 8):
                    # "Barkhane forces conducted operations in the area of Yomboli. Several corpses of suspected ISGS
                    # militants were left behind": the group the next sentence names is the other side
                    a2 = next((side for side in _named_sides(text[trig.end:next_end], country, on)
                               if side.inter in (2, 3, 4) and side.normalized != a1.normalized), None)
                if (event_type, sub) == ("Battles", "Armed clash") and a2 is None and a1 is not None and a1.inter in (1, 8):
                    # "the army repelled an attack on its positions": a battle has two sides; ACLED names the
                    # one the report does not an unidentified armed group
                    a2 = classify_actor("unidentified gunmen", country, on)
                if a2 is not None and a2.inter == 5 and trig.category.startswith("explosion:"):
                    a2 = classify_actor("civilians", country, on)  # a crowd struck from the air is civilians
                if event_type == "Riots" and (_crowd_like(a1) if sub == "Mob violence" else
                                              _unarmed_unknown(a1) or (a1 is not None and a1.inter in (6, 7))):
                    # violent demonstrators, and the unknown people of a mob, are rioters
                    a1 = classify_actor("rioters", country, on) or a1
                if (event_type, sub) == ("Riots", "Violent demonstration") and a1 is not None and a1.inter == 1:
                    a1, a2 = classify_actor("rioters", country, on), a1  # the demonstrators fought the police
                facing = FORCES_FACED.search(text[s_start:next_end])
                if (event_type, sub) == ("Riots", "Violent demonstration") and a2 is None and facing:
                    # "threw objects and confronted police officers ... The police used tear gas": whom they fought
                    a2 = classify_actor(facing.group(0), country, on)
                if event_type == "Riots" and a2 is None and trig.categories & {"brawl", "battle"}:
                    a2 = classify_actor("rioters", country, on)  # a crowd that fought fought another crowd
            else:
                event_type, sub = NONVIOLENT_TYPES.get(trig.category, ("Strategic developments", "Other"))
                if trig.category == "protest" \
                        and all(OBSTRUCTION.fullmatch(text[t.start:t.end]) for t in triggers if t.category == "protest") \
                        and (agent is None and not UNARMED_PEOPLE.search(text[s_start:trig.start])
                             or agent is not None and _armed_actor(agent.split(",")[0], country, on) is not None):
                    # "the army blocked the road over security fears": no one protests (the subject's head
                    # decides: "the family of the martyr, Colonel X," are no soldiers); people the parse left no
                    # subject of the verb still do ("in Cordoba municipality, Veracruz, residents of Aquila village
                    # blocked the roads", where the model read the residents as a third place)
                    continue
                if trig.category == "protest" and WORK_STOPPAGE.fullmatch(text[trig.start:trig.end]) \
                        and not GATHERING.search(text):
                    # "students began observing a 72-hours strike": a strike with no crowd told is ACLED's other
                    # strategic development (a march or a rally on strike is a protest)
                    event_type, sub = "Strategic developments", "Other"
                if trig.category == "protest" and agent and re.search(r"\brioters\b", agent, re.I):
                    # "dozens of rioters held a demonstration in front of the election commission": the report's own
                    # word for the crowd, a demonstration turned violent
                    event_type, sub = "Riots", "Violent demonstration"
                    a1 = classify_actor("rioters", country, on)
                    following = text[s_end:sentences[min(index + 3, len(sentences) - 1)][1]]
                    if INTERVENTION.search(sentence) or INTERVENTION_NEXT.search(following):
                        a2 = classify_actor("police", country, on)  # "... The police intervened": whom they faced
                elif trig.category == "protest":
                    a1 = a1 if a1 and a1.inter == 6 else classify_actor("protesters", country, on)
                    # the next two sentences: "... They tried to enter a government building. The police intervened"
                    following = text[s_end:sentences[min(index + 2, len(sentences) - 1)][1]]
                    preceding = text[sentences[index - 1][0]:s_start] if index > 0 else ""
                    # "Police dispersed a gathering of students. Protesters were denouncing ...": told either way round
                    shot_as_they = LETHAL_AS_THEY.search(text, s_start, trig.start)  # "shot dead as villagers protested"
                    if INTERVENTION.search(sentence) or INTERVENTION_NEXT.search(following) or shot_as_they \
                            or (INTERVENTION_NEXT.search(preceding) and not any(m.span.sentence == index - 1
                                                                                for m in mentions)):
                        # "... gathered in front of Parliament. Police dispersed the crowd" (and strikers the police
                        # dispersed were a crowd in the street, not a work stoppage)
                        event_type, sub = "Protests", "Protest with intervention"
                        a2 = classify_actor("police", country, on)  # who intervened
                        if POLICE_HURT.search(sentence + following):
                            # "1 police personnel was injured during the demonstration": the crowd fought back
                            event_type, sub = "Riots", "Violent demonstration"
                            a1 = classify_actor("rioters", country, on)
                        if lethal_told(sentence + following) and (not LETHAL.search(text[s_start:trig.start])
                                                                    or shot_as_they):
                            # "... dispersed the demonstrators and two youths were seriously injured": the state's act
                            # ("One person has been shot dead as villagers protested": then too; but not "protested
                            # the killing of ...", their grievance)
                            sub = "Excessive force against protesters"
                    else:
                        a2 = None  # a peaceful protest has no second side ("a Houthi-sponsored protest")
                elif trig.category == "looting" and (a1 is not None and a1.inter == 6 or a1 is None and agent
                                                     and re.fullmatch(r"(?i:they|the group)", agent.strip())
                                                     and (protest_before or any(t.category == "protest" for t in triggers))
                                                     # ("demonstrators forced the closure of a site and damaged
                                                     # equipment": the verb the parse left without its subject)
                                                     or a1 is None and agent is None
                                                     and any(t.category == "protest" and t.start < trig.start
                                                             for t in triggers)):
                    # "a group of demonstrators vandalised three dozen tempos", "... staged a demonstration. They also
                    # damaged the CCTV cameras during their demonstration": a demonstration turned violent
                    event_type, sub = "Riots", "Violent demonstration"
                    a1 = classify_actor("rioters", country, on)
                elif trig.category == "looting" and SABOTAGE.match(text, trig.start):
                    if a1 is None or _unarmed_unknown(a1):  # "unknown individuals sabotaged a well": armed men, by plan
                        a1 = classify_actor("unidentified armed group", country, on)
                elif trig.category == "looting" and a1 is not None and (a1.inter in (5, 7) or _unarmed_unknown(a1)):
                    # Residents or a crowd looting and wrecking: a mob to ACLED, not a property destruction
                    event_type, sub = "Riots", "Mob violence"
                    a1 = Actor(a1.name, f"Rioters ({a1.normalized.split('(')[-1]}", 5, a1.country)
                elif trig.category in ("deployment",):  # "UPDF special forces were deployed to Juba": Uganda's
                    # (an armed group moves or digs in too: "Houthi forces had been reinforced", the forces told
                    # as what was reinforced)
                    armed = (1, 2, 3, 4, 8)
                    if RECRUITED_OR_MOVED.search(text[trig.start:trig.end]) and not any(a and a.inter in armed for a in (a1, a2)):
                        continue  # ("the company relocated its headquarters", "residents were relocated"): no force
                    a1 = a1 if a1 and a1.inter in armed else a2 if a2 and a2.inter in armed \
                        else classify_actor("army", country, on)
                elif trig.category == "withdrawal":
                    # only armed men hold ground ("the party withdrew from the talks" hands over none), and a
                    # retreat told beside a fight is that fight's end
                    if not (a1 and a1.inter in (1, 2, 3, 4, 8)) or FIGHTING.search(UNOPPOSED.sub("", sentence)) or any(
                            t.category in VIOLENT or t.category.startswith("explosion:") or t.category == "territory"
                            for t in triggers if s_start <= t.start < s_end):
                        continue
                elif trig.category in ("border_closure", "road_closure", "blackout"):
                    a1 = a1 if a1 and a1.inter == 1 else classify_actor("authorities", country, on)
                if trig.category == "coded":
                    event_type, sub = coded_kind(coded.group("kind"))
                    if coded.group("kind").lower() in ("strikes", "strike") and (a1 is None or a1.inter not in (5, 6)):
                        a1 = classify_actor("protesters", country, on)  # the strikers
                    if sub == "Arrests" and (a1 is None or a1.inter != 1):
                        a1 = classify_actor("police", country, on)
                    if sub == "Arrests" and a2 is None:
                        a2 = classify_actor("civilians", country, on)  # ACLED: the people detained, as civilians
                    if sub == "Change to group/activity" and a1 is None and a2 is not None and a2.inter in (1, 2, 3, 4, 8):
                        a1, a2 = a2, None  # "Movement of forces: the Myanmar military deployed 300 troops": who moved
                    elif sub == "Change to group/activity" and a1 is None:
                        a1 = classify_actor("authorities", country, on)  # "a state of emergency was declared"
                    elif sub == "Change to group/activity" and a2 is not None and a2.inter == a1.inter:
                        a2 = None  # "the military deployed 300 troops": its own troops, no second side
                if trig.category == "agreement":
                    a2 = _other_party(text[s_start:trig.end + 80], a1, country, on)
                elif trig.category in NO_TARGET:
                    a2 = None
                elif trig.category == "arrests" and a1 is not None and a1.inter in (2, 3, 4) and _armed_actor(agent or "", country, on):
                    # Only a state arrests (ACLED): an armed group that detains soldiers or fighters fights them,
                    # one that detains civilians abducts them
                    armed_target = a2 is not None and a2.inter in (1, 2, 3, 4, 8)
                    event_type, sub = ("Battles", "Armed clash") if armed_target else \
                        ("Violence against civilians", "Abduction/forced disappearance")
                    a2 = a2 if armed_target else classify_actor("civilians", country, on)
                elif trig.category == "arrests" and (a1 is None or a1.inter != 1 or a1.normalized.startswith("Government of")):
                    # ("Russian authorities arrested a journalist": who makes arrests is the police, to ACLED)
                    a1 = classify_actor("police", a1.country if a1 is not None and a1.inter == 1 else country, on)
                member = MEMBER_OF.search(sentence) if trig.category == "arrests" and (a2 is None or a2.inter == 7) else None
                group = member and (classify_actor(member.group("who"), country, on) or named_group(member.group("who"), country, on))
                if group is not None and group.inter in (2, 3):
                    a2 = group  # "arrested an alias 'El Paisa', a leader of the Clan del Golfo": the group's man
                if trig.category == "arrests" and a2 is None:
                    a2 = classify_actor("civilians", country, on)  # ACLED: the people detained, as civilians
                if trig.category == "arrests" and ABUSED_IN_CUSTODY.search(text[s_start:s_end + 200]) \
                        and not PROTESTER_NOUN.search(patient or ""):
                    event_type, sub = "Violence against civilians", "Attack"  # "arrested, beaten and tortured by police"
                if trig.category == "arrests" and DISAPPEARED.search(text[s_start:s_end + PERPETRATOR_REACH]):
                    # ACLED: a detention the state does not acknowledge is a forced disappearance
                    event_type, sub = "Violence against civilians", "Abduction/forced disappearance"
                if trig.category == "arrests" and a2 is not None and (a2.inter == 5 and not riot_context or a2.inter == 6
                                                                       and not PROTEST_CONTEXT.search(sentence)) \
                        and not re.search(r"\b(?:rioters?|looters?|hooligans?|mobs?)\b", a2.name, re.I):
                    a2 = classify_actor("civilians", country, on)  # "arrested 20 opposition supporters": people, not rioters
                if trig.category == "arrests" and patient and (PROTESTER_NOUN.search(patient) or re.match(
                        r"[^.;]{0,60}?\b(?:who (?:had |were )?)?(?:gathered|rallied|marched|protest(?:ed|ing)|"
                        r"demonstrat(?:ed|ing)|picket(?:ed|ing))\b",
                        text[text.find(patient, s_start, s_end):s_end] if patient in sentence else "")):
                    # "Police detained more than 150 protesters": ACLED codes the protest, with intervention
                    event_type, sub = "Protests", "Protest with intervention"
                    a1, a2 = classify_actor("protesters", country, on), a1
            if sub == "Mob violence" and a2 is not None and a2.inter in (2, 3) and patient \
                    and re.search(r"\b(?:members?|supporters?|cadres?|activists?|followers?|officials?)\b", patient, re.I) \
                    and ":" not in a2.normalized:
                a2 = classify_actor("civilians", country, on)  # "a member of UPFA was assaulted": a party's member, a civilian
            if a2 is None and (sub == "Mob violence" and (CIVIL_PEOPLE.search(sentence) or CIVIL_PROPERTY.search(sentence))
                               or sub == "Looting/property destruction"):
                a2 = classify_actor("civilians", country, on)  # a mob's or a looter's victims: people and their property
            if event_type == "Violence against civilians" and a1 is not None and a1.inter == 7 and agent \
                    and re.search(r"\b(?:unidentified|unknown|masked|armed)\b", agent, re.I):
                # "raped by an unidentified man": whoever does violence to civilians unknown is an armed group to ACLED
                a1 = classify_actor("unidentified armed group", country, on)
            a1, a2 = _coded_sides(event_type, sub, a1, a2, country, on)
            a1, a2 = _spelled_out(a1, acronyms), _spelled_out(a2, acronyms)
            crowd_did_it = agent is None or CROWD_AGENT.fullmatch(agent.strip()) is not None
            if event_type == "Violence against civilians" and (a1 is None or a1.inter == 1 or agent is None) and any(
                    (m.sub_event_type in ("Excessive force against protesters", "Protest with intervention")
                     or m.sub_event_type == "Violent demonstration" and (a1 is None or a1.inter == 1))
                    and index - 2 <= m.span.sentence < index for m in mentions):
                # "students demonstrated ... The police dispersed them by shooting live bullets. A boy was shot
                # dead", "prisoners rioted ... Prison guards killed one prisoner": the force the crowd met, told
                # already as the protest's intervention or the riot, not a second event (the force its other side)
                if a1 is not None and a1.inter == 1:
                    mentions = [replace(m, actor2=a1) if m.actor2 is None and m.sub_event_type == "Violent demonstration"
                                and index - 2 <= m.span.sentence < index else m for m in mentions]
                continue
            if protest_recently and crowd_did_it and trig.categories & CROWD_DAMAGE \
                    and event_type in ("Strategic developments", "Riots"):
                # "Citizens demonstrated against the government. They built and set on fire a barricade",
                # "... Rioters destroyed metro stations": the demonstration turned violent, one violent demonstration
                event_type, sub = "Riots", "Violent demonstration"
                a1 = classify_actor("rioters", country, on)
                a2 = a2 if a2 is not None and a2.inter in (1, 8) else None
                mentions = [replace(m, event_type=event_type, sub_event_type=sub, actor1=a1,
                                    actor2=m.actor2 if m.actor2 is not None and m.actor2.inter in (1, 8) else a2)
                            if index - 2 <= m.span.sentence < index and m.event_type == "Protests" else m for m in mentions]
            if (event_type, sub) == ("Riots", "Violent demonstration") and protest_before and a2 is not None \
                    and a2.inter in (1, 8) and trig.categories & {"brawl", "attack_police", "street_violence", "riot",
                                                                  "roadblock_forced"}:
                # "Retirees blocked the road in demonstration ... After they tried to force their way in, security
                # forces clashed with them": the demonstration that turned violent is one violent demonstration
                mentions = [replace(m, event_type=event_type, sub_event_type=sub, actor1=a1, actor2=a2)
                            if m.span.sentence == index - 1 and m.event_type == "Protests" else m for m in mentions]
            if event_type == "Battles" and (a1 is None or a1.inter in (2, 3)) and (a2 is None or a2.inter != 1):
                # "the Military Police carried out an operation in the Chumbada community. A shoot-out broke out":
                # the force whose operation the note told first is the fight's first side
                told = FORCE_RAN_OPERATION.search(text, sentences[index - 1][0] if index else s_start, s_end)
                force = classify_actor(told.group("force"), country, on) if told else None
                if force is not None and force.inter == 1:
                    a1, a2 = force, a1 if a1 is not None else classify_actor("unidentified armed group", country, on)
            if event_type == "Battles" and a1 is not None and a2 is not None and a1.inter in (2, 3) and a2.inter == 1 \
                    and DURING_FORCE_OPERATION.search(sentence):
                # "two gang members were killed after exchanging fire with military police forces during an
                # operation": the side whose operation it was began the fight (ACLED lists it first)
                a1, a2 = a2, a1
            if sub in TERRITORY_SUBS and a1 is not None:
                sub = territory_sub(a1.inter)  # (who took the ground, known only now: "Military forces dislodge Boko Haram")
            assoc2 = identity if a2 is not None and a2.inter in (5, 7) else None
            mentions.append(
                EventMention(
                    span=Span(doc_id, index, trig.start, trig.end, text[trig.start:trig.end]),
                    event_type=event_type,
                    sub_event_type=sub,
                    category="+".join(sorted(trig.categories)),
                    actor1=a1,
                    actor2=a2,
                    assoc_actor2=assoc2,
                    place=pm,
                    time=tm,
                    quantities=list(sent_quantities),
                    hedged=hedged,
                    severity=trig.severity,
                )
            )
            # "Protests also took place in Mombasa, Kisumu and Nakuru": ACLED codes one event per town
            mentions += [replace(mentions[-1], place=other, quantities=[]) for other in _listed_with(pm, sent_places, text)]
    return mentions


LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)\s*")
LIST_LOCATIVE = re.compile(r"\b(?:in|at|across|throughout)\s+(?:the\s+)?(?:(?:towns|cities|villages|localities)\s+of\s+)?$", re.I)


def _listed_with(pm: PlaceMention | None, places: list[PlaceMention], text: str) -> list[PlaceMention]:
    """The other towns of a list the event's town stands in after a locative ("in Mombasa, Kisumu and Nakuru"):
    each its own event. Only towns, each placed by the gazetteer, none holding another ("Tripoli, Libya" is a town
    and its country, not a list)."""
    if pm is None or pm.place is None or pm.place.feature_class != "P":
        return []
    towns = sorted((p for p in places if p.role == "place" and p.place is not None and p.place.feature_class == "P"
                    and p.anchor is None), key=lambda p: p.span.start)
    if pm not in towns:
        return []
    i = j = towns.index(pm)
    while i > 0 and LIST_JOIN.fullmatch(text[towns[i - 1].span.end:towns[i].span.start]):
        i -= 1
    while j + 1 < len(towns) and LIST_JOIN.fullmatch(text[towns[j].span.end:towns[j + 1].span.start]):
        j += 1
    listed = towns[i:j + 1]
    if len(listed) < 2 or not LIST_LOCATIVE.search(text[max(0, listed[0].span.start - 40):listed[0].span.start]):
        return []
    if len({p.place.place_id for p in listed}) < len(listed):
        return []  # a name told twice, or two names of one town
    return [p for p in listed if p is not pm]
