"""Second, blind held-out set: 16 articles (own writing) about conflicts outside the dev set and outside
own-heldout.jsonl, annotated by hand per ../../../shared/eval/GUIDE.md without looking at the extractor.

Run `python3 data/eval/arts_blind.py [OUT]` to write second-heldout.jsonl (or OUT).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep data/eval free of __pycache__
sys.path.insert(0, HERE)
from _common import Article  # noqa: E402


class Blind(Article):
    def __init__(self, id, pub, title, text, source="stancegraph blind held-out corpus"):
        super().__init__(id, pub, title, text, source)
        self.d["url"] = f"https://example.org/blind-heldout/{id}"


US = ["United States", "US", "U.S.", "USA", "Washington", "American government", "US government",
      "White House", "State Department", "Pentagon", "US military", "US forces", "US officials"]
UN = ["United Nations", "UN", "U.N."]
UNSC = ["UN Security Council", "Security Council", "United Nations Security Council"]
EU = ["European Union", "EU", "Brussels"]
NATO = ["North Atlantic Treaty Organization", "NATO", "the alliance", "Western alliance"]
AU = ["African Union", "AU"]
FR = ["France", "French government", "Paris", "French forces", "French troops", "French military", "Elysee"]
UK = ["United Kingdom", "UK", "Britain", "British government", "London"]
IS = ["Islamic State", "IS", "ISIS", "ISIL", "Daesh", "Islamic State group"]
AMNESTY = ["Amnesty International", "Amnesty"]
HRW = ["Human Rights Watch", "HRW"]


def nga01():
    a = Blind("blind-nga-01", "2015-03-09",
              "Chad and Niger open offensive on Boko Haram after Shekau pledges loyalty to Islamic State", """
Skip to main content

MAIDUGURI, Nigeria, 9 March 2015 — Troops from Chad and Niger crossed into north-eastern Nigeria on Sunday in a joint ground and air offensive against Boko Haram, a day after the Islamist group's leader pledged allegiance to the Islamic State.

In an audio message posted online on Saturday, Abubakar Shekau swore loyalty to Abu Bakr al-Baghdadi, the self-proclaimed caliph of the jihadist group that holds large parts of Iraq and Syria. Analysts called the pledge largely symbolic and said there was no sign that the Islamic State had sent fighters or money to Nigeria.

Hours before the message was released, five bombs tore through a fish market and a bus station in Maiduguri, killing at least 54 people. No one claimed the blasts, but the army on Sunday blamed them on the insurgents.

Chadian soldiers ride on a pickup truck near the border town of Gamboru. (AFP)

Chadian forces, who have been fighting the militants around Lake Chad since January, were joined for the first time by Nigerien units advancing from the Diffa region, officials in Niamey said. Cameroon, whose northern villages have been raided repeatedly by the group, has massed thousands of soldiers along the frontier.

The African Union last week endorsed a regional force of up to 10,000 troops to take on Boko Haram.

President Goodluck Jonathan, who faces a tough re-election fight on 28 March, has been criticised for leaning on neighbours to recover territory lost to the jihadists. His main challenger, former military ruler Muhammadu Buhari, accused the government of failing to protect the north-east.

Nigeria's defence spokesman, Major General Chris Olukolade, said on Monday that troops had retaken the town of Bama and "neutralised" scores of terrorists, a claim that could not be independently verified. He denied that Nigerian soldiers had fled ahead of the Chadian advance.

Shekau has threatened to attack Niger and Chad unless they stop helping Nigeria.

Sign up for our Africa newsletter
""")
    BH = ["Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS", "Islamic State West Africa Province",
          "ISWAP", "the insurgents", "the militants", "the jihadists", "the group"]
    SHEK = ["Abubakar Shekau", "Shekau"]
    ISB = IS + ["Abu Bakr al-Baghdadi", "Baghdadi", "al-Baghdadi"]
    NG = ["Nigeria", "Nigerian government", "Abuja", "Nigerian army", "Nigerian military", "Nigerian troops",
          "Nigerian soldiers", "the army", "the government", "Goodluck Jonathan", "Jonathan",
          "Chris Olukolade", "Olukolade"]
    TD = ["Chad", "Chadian government", "N'Djamena", "Chadian forces", "Chadian soldiers", "Chadian troops",
          "Idriss Deby", "Deby"]
    NE = ["Niger", "Nigerien government", "Niamey", "Nigerien units", "Nigerien troops", "Nigerien forces",
          "Mahamadou Issoufou", "Issoufou"]
    CM = ["Cameroon", "Cameroonian government", "Yaounde", "Cameroonian troops", "Paul Biya", "Biya"]
    BUH = ["Muhammadu Buhari", "Buhari"]
    a.e(TD, "attacks", BH, "sun", note="joint ground and air offensive on Sunday")
    a.e(NE, "attacks", BH, "sun")
    a.e(TD, "allies_with", NE, "sun", note="joint offensive, Nigerien units joined Chadian forces")
    a.e(SHEK + BH, ["member_of", "backs", "allies_with"], ISB, "sat", note="pledged allegiance on Saturday")
    a.e(SHEK, "member_of", BH, note="the group's leader")
    a.e(["Abu Bakr al-Baghdadi", "Baghdadi", "al-Baghdadi"], "member_of", IS, note="self-proclaimed caliph of the group")
    a.e(NG, "accuses", BH, "sun", note="army on Sunday blamed the blasts on the insurgents")
    a.e(BH, "attacks", CM, opt=True, note="raided northern villages: target is territory")
    a.e(CM, "opposes", BH, opt=True, note="massed soldiers along the frontier")
    a.e(AU, "opposes", BH, opt=True, note="endorsed a force to take on the group")
    a.e(BUH, "accuses", NG, note="accused the government of failing to protect the north-east")
    a.e(["Chris Olukolade", "Olukolade", "Major General Chris Olukolade"], "member_of",
        [n for n in NG if n not in ("Chris Olukolade", "Olukolade")], note="defence spokesman")
    a.e(NG, "attacks", BH, "mon", by=NG, note="troops retook Bama, per Olukolade on Monday")
    a.e(SHEK + BH, "threatens", NE, note="threatened to attack unless they stop helping Nigeria")
    a.e(SHEK + BH, "threatens", TD)
    a.e(TD, ["aids", "backs"], NG, opt=True, note="'helping Nigeria' presupposed in Shekau's threat; recovering territory")
    a.e(NE, ["aids", "backs"], NG, opt=True)
    a.e(BH, "attacks", NG, opt=True, note="territory lost to the jihadists; background")
    a.no(ISB, "aids", BH + SHEK, "negated: no sign IS sent fighters or money")
    a.no(SHEK + BH, "attacks", NE, "a threat, not an attack")
    a.no(NG, "*", ["Bama"], "a place")
    a.no(BH, "*", ["Maiduguri"], "a place")
    return a


def moz01():
    a = Blind("blind-moz-01", "2021-03-30",
              "Islamic State claims Palma assault as Mozambique says troops are hunting insurgents", """
PEMBA, Mozambique, 30 March 2021 — Islamic State claimed responsibility on Monday for a days-long assault on the northern Mozambican town of Palma, saying its fighters had killed dozens of soldiers and "Christians" and seized banks and government buildings.

Insurgents stormed the town, a hub for gas projects worth some $60 billion, on the afternoon of Wednesday, 24 March, attacking the army barracks, shops and a hotel where foreign contractors had taken refuge. The government said dozens of civilians had been killed, some of them beheaded.

The militants, who call themselves Ahlu Sunnah Wal Jamaa but are known locally as al-Shabab, have waged an insurgency in Cabo Delgado province since 2017. They have no known ties to the Somali group of the same name. Washington blacklisted them as a terrorist organisation this month under the name ISIS-Mozambique.

Mozambique's defence ministry spokesman, Colonel Omar Saranga, said on Sunday that security forces were pursuing the attackers and had regained control of parts of the town. He gave no figure for military casualties.

Photo: Evacuees from Palma arrive by boat at the port of Pemba on Saturday. (Reuters)

Helicopters of the Dyck Advisory Group, a South African private military company contracted by the police, flew rescue missions over the weekend and came under fire from the insurgents, its founder Lionel Dyck told reporters. Amnesty International this month accused both the contractors and the jihadists of killing civilians.

The energy group Total, which had only just begun returning staff to its site near Palma, said it was evacuating its workers.

President Filipe Nyusi has so far resisted calls for foreign troops, although US special forces began a two-month training course for Mozambican marines this month and Portugal has offered to send instructors. Leaders of the Southern African Development Community are due to meet in Maputo next week to discuss the crisis.
""")
    ASWJ = ["Ahlu Sunnah Wal Jamaa", "Ansar al-Sunna", "al-Shabab", "ISIS-Mozambique", "Islamic State Mozambique",
            "Islamic State Mozambique Province", "insurgents", "the militants", "the attackers", "the jihadists",
            "Cabo Delgado insurgents"]
    MZ = ["Mozambique", "Mozambican government", "Maputo", "Mozambican army", "Mozambican forces",
          "security forces", "Mozambican marines", "the government", "the police", "Filipe Nyusi", "Nyusi",
          "Omar Saranga", "Saranga"]
    DAG = ["Dyck Advisory Group", "DAG", "the contractors"]
    SOM = ["al-Shabaab", "Harakat al-Shabaab al-Mujahideen", "Somali group", "Somali al-Shabaab"]
    a.e(ASWJ, "attacks", MZ, "2021-03-24", note="stormed the town, attacking the army barracks")
    a.e(IS, "attacks", MZ, "2021-03-24", by=IS, note="IS claim: its fighters killed soldiers")
    a.e(ASWJ, "member_of", IS, opt=True, note="IS claims their assault; US lists them as ISIS-Mozambique")
    a.e(US, "sanctions", ASWJ, note="blacklisted as a terrorist organisation this month")
    a.e(["Omar Saranga", "Saranga", "Colonel Omar Saranga"], "member_of",
        [n for n in MZ if n not in ("Omar Saranga", "Saranga")], note="defence ministry spokesman")
    a.e(MZ, "attacks", ASWJ, "sun", by=MZ, note="forces pursuing the attackers, per Saranga on Sunday")
    a.e(DAG, ["aids", "backs"], MZ, opt=True, note="contracted by the police; rescue flights")
    a.e(ASWJ, "attacks", DAG, by=DAG + ["Lionel Dyck", "Dyck"], note="helicopters came under fire, Dyck said")
    a.e(["Lionel Dyck", "Dyck"], "member_of", DAG, note="its founder")
    a.e(AMNESTY, "accuses", DAG)
    a.e(AMNESTY, "accuses", ASWJ)
    a.e(DAG, "attacks", ASWJ, opt=True, note="killing civilians per Amnesty; helicopters in the fight")
    a.e(US, ["backs", "aids"], MZ, note="US special forces training Mozambican marines")
    a.no(["Portugal", "Portuguese government", "Lisbon"], ["aids", "backs"], MZ, "an offer to send instructors")
    a.no(ASWJ, "*", SOM, "negated: no known ties to the Somali group")
    a.no(ASWJ, "*", ["Palma"], "a place")
    a.no(["Southern African Development Community", "SADC"], "*", MZ, "a planned meeting")
    return a


def geo01():
    a = Blind("blind-geo-01", "2008-08-09",
              "Russian jets bomb Georgia as Moscow pours troops into South Ossetia", """
TBILISI/MOSCOW, Aug 9 — Russian warplanes bombed targets deep inside Georgia on Saturday, including a military airbase near Tbilisi and the town of Gori, as Moscow poured tanks into the breakaway region of South Ossetia to repel a Georgian offensive.

Georgia's parliament approved a "state of war", and President Mikheil Saakashvili accused Russia of a well-planned invasion of his country. "We are defending ourselves against Russian aggression on our own soil," he said in a televised address.

The fighting began late on Thursday when Georgian troops launched an assault to retake Tskhinvali, the South Ossetian capital, from separatists who have run the region with Moscow's backing since the early 1990s. South Ossetian leader Eduard Kokoity accused Tbilisi of genocide against Ossetians.

Moscow said on Friday that at least ten of its peacekeepers had been killed by Georgian fire, and President Dmitry Medvedev vowed that those responsible would be punished. Hours later Russian armoured columns rolled through the Roki tunnel.

In Abkhazia, Georgia's other breakaway region, separatist forces said they had opened a second front by shelling Georgian positions in the upper Kodori Gorge.

Washington, Tbilisi's closest Western ally, demanded an immediate halt to the bombing. Russia had escalated the conflict well beyond South Ossetia, a State Department official said. President George W. Bush, in Beijing for the Olympic Games, raised the crisis with Prime Minister Vladimir Putin.

France, which holds the rotating EU presidency, said it was ready to mediate and was sending Foreign Minister Bernard Kouchner to the region. Moscow ruled out talks with Saakashvili, whom officials described as a war criminal.

NATO, which promised Georgia eventual membership in April, said it was seriously concerned but would not be drawn into the conflict.

Georgian troops man a checkpoint on the road to Gori on Saturday. (AP)
""")
    GE = ["Georgia", "Georgian government", "Tbilisi", "Georgian troops", "Georgian forces", "Georgian army",
          "Georgian military", "Georgian parliament", "Mikheil Saakashvili", "Saakashvili"]
    RU = ["Russia", "Russian government", "Moscow", "Kremlin", "Russian forces", "Russian troops",
          "Russian army", "Russian military", "Russian warplanes", "Russian peacekeepers",
          "Dmitry Medvedev", "Medvedev", "Vladimir Putin", "Putin"]
    SO = ["South Ossetian separatists", "separatists", "South Ossetian forces", "South Ossetian authorities",
          "Eduard Kokoity", "Kokoity"]
    AB = ["Abkhaz separatists", "Abkhazian separatists", "separatist forces", "Abkhaz forces"]
    US_BUSH = US + ["George W. Bush", "Bush"]
    a.e(RU, "attacks", GE, "sat", note="warplanes bombed Georgia on Saturday (columns entered Friday)")
    a.e(GE + ["Georgian parliament"], ["declares_war_on", "opposes"], RU, "sat", opt=True,
        note="'state of war' without a named enemy; defending against Russian aggression")
    a.e(GE, "accuses", RU, note="Saakashvili accused Russia of an invasion")
    a.e(GE, "attacks", SO, "thu", note="assault to retake Tskhinvali began late on Thursday")
    a.e(RU, "backs", SO, note="run the region with Moscow's backing")
    a.e(SO, "accuses", GE, note="Kokoity accused Tbilisi of genocide")
    a.e(["Eduard Kokoity", "Kokoity"], "member_of", ["South Ossetian separatists", "separatists",
        "South Ossetian authorities", "South Ossetia"], opt=True, note="South Ossetian leader")
    a.e(GE, "attacks", RU, "fri", by=RU, note="peacekeepers killed by Georgian fire, Moscow said on Friday")
    a.e(RU, "threatens", GE, "fri", opt=True, note="Medvedev vowed those responsible would be punished")
    a.e(AB, "attacks", GE, by=AB, note="shelling Georgian positions, per the separatists")
    a.e(US_BUSH, ["backs", "allies_with"], GE, note="Tbilisi's closest Western ally")
    a.e(US_BUSH, ["condemns", "accuses", "opposes"], RU, note="demanded a halt; Russia escalated, State Dept said")
    a.e(US_BUSH, "negotiates", RU, opt=True, note="Bush raised the crisis with Putin")
    a.e(RU, ["accuses", "condemns"], GE, note="officials described Saakashvili as a war criminal")
    a.e(NATO, "backs", GE, opt=True, note="promised eventual membership")
    a.e(["Bernard Kouchner", "Kouchner"], "member_of", FR, opt=True)
    a.no(RU, "negotiates", GE, "refusal: ruled out talks with Saakashvili")
    a.no(FR + ["Bernard Kouchner", "Kouchner"], "negotiates", RU, "offer to mediate, a plan")
    a.no(FR + ["Bernard Kouchner", "Kouchner"], "negotiates", GE, "offer to mediate, a plan")
    a.no(NATO, "attacks", RU, "would not be drawn into the conflict")
    a.no(GE, "member_of", NATO, "only promised eventual membership")
    a.no(GE, "*", ["Tskhinvali"], "a place")
    a.no(RU, "*", ["Gori", "Kodori Gorge"], "a place")
    return a


def chc01():
    a = Blind("blind-chc-01", "1999-10-02",
              "Russian troops push into Chechnya as Moscow rejects Maskhadov's offer of talks", """
MOSCOW, Oct 2 — Russian ground forces pushed into northern Chechnya on Friday, seizing high ground north of the Terek river in the first big ground operation in the breakaway republic since Moscow's humiliating defeat in the 1994-96 war.

The advance followed more than a week of air strikes on Grozny, its airport and what the military called rebel bases. Moscow blames Chechen militants for a wave of apartment bombings that killed nearly 300 people in Moscow and two southern cities in September, and Prime Minister Vladimir Putin has vowed to hunt the "terrorists" down wherever they hide.

Chechen fighters led by the field commanders Shamil Basayev and Ibn al-Khattab invaded neighbouring Dagestan in August and were driven back by federal troops after weeks of fighting. Basayev has denied any role in the bombings.

Chechnya's elected president, Aslan Maskhadov, who has distanced himself from the warlords, declared martial law and called on Chechens to resist the invasion. He offered on Thursday to meet President Boris Yeltsin, but the Kremlin said there would be no negotiations with him, and Putin said Moscow no longer recognised Maskhadov as a legitimate leader.

Chechen officials said the bombing had killed hundreds of civilians. More than 100,000 refugees have fled into neighbouring Ingushetia, whose president, Ruslan Aushev, condemned the campaign as a war on ordinary people.

A Russian soldier stands guard near the Chechen border on Friday. (Reuters)

The United States urged Moscow to show restraint. A State Department spokesman said Washington condemned terrorism in all its forms but warned that the use of force could widen the conflict across the Caucasus.

Georgia rejected Russian claims that fighters and weapons were crossing into Chechnya from its territory, and said it would not allow Russian troops to use its soil for an attack.

Military analysts in Moscow said the army, far better prepared than in 1994, was unlikely to storm Grozny before winter.
""")
    RU = ["Russia", "Russian government", "Moscow", "Kremlin", "Russian forces", "Russian troops",
          "Russian army", "the army", "the military", "federal troops", "federal forces", "Russian ground forces",
          "Vladimir Putin", "Putin", "Boris Yeltsin", "Yeltsin"]
    CHR = ["Chechen rebels", "Chechen militants", "Chechen fighters", "rebels", "militants", "warlords",
           "Chechen separatists", "terrorists"]
    BAS = ["Shamil Basayev", "Basayev"]
    KHA = ["Ibn al-Khattab", "Khattab", "Emir Khattab"]
    MAS = ["Aslan Maskhadov", "Maskhadov", "Chechen government", "Chechen Republic of Ichkeria", "Ichkeria",
           "Chechnya", "Grozny", "Chechen officials", "Chechen authorities"]
    AUS = ["Ruslan Aushev", "Aushev", "Ingush government", "Ingush president"]
    GE = ["Georgia", "Georgian government", "Tbilisi", "Eduard Shevardnadze", "Shevardnadze"]
    a.e(RU, "attacks", CHR + BAS + KHA, "fri", note="ground push on Friday; air strikes on rebel bases")
    a.e(RU, "attacks", MAS, "fri", opt=True, note="air strikes on Grozny; invasion of the breakaway republic")
    a.e(RU, "accuses", CHR + BAS + KHA, note="Moscow blames Chechen militants for the bombings")
    a.e(RU, "threatens", CHR, opt=True, note="vowed to hunt the terrorists down")
    a.e(CHR + BAS + KHA, "attacks", RU, note="invaded Dagestan in August (Russian territory), fought federal troops")
    a.e(BAS, "member_of", CHR, note="field commander")
    a.e(KHA, "member_of", CHR, note="field commander")
    a.e(MAS, "opposes", RU, note="called on Chechens to resist the invasion")
    a.e(RU, ["opposes", "condemns"], MAS, opt=True, note="no longer recognised as legitimate")
    a.e(MAS, "accuses", RU, opt=True, note="Chechen officials: bombing killed civilians")
    a.e(AUS, "condemns", RU, note="condemned the campaign")
    a.e(US, ["condemns", "opposes"], RU, opt=True, note="urged restraint")
    a.e(RU, "accuses", GE, opt=True, note="Russian claims that fighters cross from Georgia")
    a.no(MAS, "negotiates", RU, "an offer to meet, refused by the Kremlin")
    a.no(GE, "aids", RU, "refusal to let Russian troops use its soil")
    a.no(RU + CHR + BAS + KHA, "*", ["Dagestan", "Ingushetia", "Terek river"], "places")
    return a


def lka01():
    a = Blind("blind-lka-01", "2009-05-18",
              "Sri Lanka says Tiger leader Prabhakaran killed as army declares war over", """
COLOMBO, May 18 — Sri Lanka's army said on Monday it had killed Velupillai Prabhakaran, the founder and leader of the Tamil Tiger rebels, ending one of Asia's longest-running wars after a final assault on a strip of coastal jungle in the north-east.

Soldiers shot dead the reclusive rebel chief and several top lieutenants as they tried to escape in an ambulance, army commander Lieutenant General Sarath Fonseka said. The claim could not be independently confirmed, and pro-rebel websites insisted that Prabhakaran was alive.

The Liberation Tigers of Tamil Eelam had conceded defeat on Sunday. "This battle has reached its bitter end," their head of international relations, Selvarasa Pathmanathan, said in a statement, adding that the Tigers had decided to "silence our guns".

President Mahinda Rajapaksa, who cut short a visit to Jordan, is to address parliament on Tuesday. His brother, Defence Secretary Gotabaya Rajapaksa, directed the campaign that drove the Tigers from their eastern strongholds in 2007 and captured their de facto capital, Kilinochchi, in January.

The United Nations estimates that some 7,000 civilians were killed between January and early May. Aid agencies accused both sides of endangering tens of thousands of people trapped in the war zone: the rebels of holding them as human shields, the military of shelling areas it had declared safe. The government has denied using heavy weapons there.

Britain and France, whose foreign ministers flew to Colombo last month to press for a truce, called on Monday for an independent inquiry into the last weeks of fighting. Sri Lanka has rejected such calls as interference and rebuffed every demand for a ceasefire with the rebels.

India, whose troops fought the Tigers as peacekeepers in the late 1980s, and China, which has supplied much of the army's weaponry, have both backed Colombo's campaign.

In London and Toronto, Tamil protesters denounced the offensive as genocide.

Photo caption: Sri Lankan soldiers celebrate in Colombo on Monday. (AFP)
""")
    SL = ["Sri Lanka", "Sri Lankan government", "Colombo", "Sri Lankan army", "Sri Lankan military",
          "the army", "the military", "the government", "soldiers", "Sri Lankan soldiers", "Sri Lanka's army",
          "Mahinda Rajapaksa", "Rajapaksa", "President Mahinda Rajapaksa",
          "Sarath Fonseka", "Fonseka", "Gotabaya Rajapaksa"]
    LTTE = ["Liberation Tigers of Tamil Eelam", "LTTE", "Tamil Tigers", "Tigers", "Tamil Tiger rebels",
            "the rebels", "rebels", "Velupillai Prabhakaran", "Prabhakaran", "Selvarasa Pathmanathan",
            "Pathmanathan"]
    SLx = lambda *drop: [n for n in SL if n not in drop]
    LTx = lambda *drop: [n for n in LTTE if n not in drop]
    AID = ["aid agencies", "humanitarian agencies", "relief agencies"]
    IN = ["India", "Indian government", "New Delhi", "Indian troops", "Manmohan Singh"]
    CN = ["China", "Chinese government", "Beijing"]
    TP = ["Tamil protesters", "protesters", "Tamil diaspora"]
    a.e(SL, "attacks", LTTE, "mon", by=SL, note="army said on Monday it had killed Prabhakaran")
    a.e(["Velupillai Prabhakaran", "Prabhakaran"], "member_of", LTx("Velupillai Prabhakaran", "Prabhakaran"),
        note="founder and leader")
    a.e(["Selvarasa Pathmanathan", "Pathmanathan"], "member_of", LTx("Selvarasa Pathmanathan", "Pathmanathan"),
        note="head of international relations")
    a.e(["Sarath Fonseka", "Fonseka"], "member_of", SLx("Sarath Fonseka", "Fonseka"), note="army commander")
    a.e(["Gotabaya Rajapaksa"], "member_of", SLx("Gotabaya Rajapaksa", "Rajapaksa"), note="defence secretary")
    a.e(AID, "accuses", LTTE, note="holding civilians as human shields")
    a.e(AID, "accuses", SL, note="shelling declared safe areas")
    a.e(UK, ["accuses", "condemns"], SL, "mon", opt=True, note="called for an inquiry on Monday")
    a.e(FR, ["accuses", "condemns"], SL, "mon", opt=True)
    a.e(UK, "negotiates", SL, opt=True, note="foreign ministers flew to Colombo to press for a truce")
    a.e(FR, "negotiates", SL, opt=True)
    a.e(SL, ["condemns", "opposes"], UK + FR, opt=True, note="rejected calls as interference")
    a.e(IN, "backs", SL, note="backed Colombo's campaign")
    a.e(CN, ["aids", "backs"], SL, note="supplied weaponry; backed the campaign")
    a.e(IN, "attacks", LTTE, opt=True, note="fought the Tigers in the 1980s: background")
    a.e(TP, "condemns", SL, note="denounced the offensive as genocide")
    a.no(SL, "negotiates", LTTE, "refusal: rebuffed every demand for a ceasefire")
    a.no(SL + LTTE, "*", ["Kilinochchi", "Jordan"], "places")
    return a


def mli01():
    a = Blind("blind-mli-01", "2013-01-14",
              "French jets pound Mali Islamists for fourth day; rebels seize Diabaly", """
BAMAKO/PARIS, Jan 14 — French warplanes pounded Islamist rebel positions across northern Mali for a fourth day on Monday, but the militants hit back by seizing the town of Diabaly, about 400 km from the capital, Defence Minister Jean-Yves Le Drian said.

France launched its intervention on Friday, after Islamist fighters overran the central town of Konna, routing Malian troops, and appeared poised to push south. President Francois Hollande said the operation, mounted at the request of Mali's interim President Dioncounda Traore, would last "as long as necessary".

The rebels are an alliance of Ansar Dine, the Movement for Oneness and Jihad in West Africa (MUJAO) and al-Qaeda in the Islamic Maghreb (AQIM), which seized the north last year.

On Sunday Rafale jets struck training camps and fuel depots of MUJAO in and around Gao, and positions of Ansar Dine near Kidal, killing dozens of fighters, residents said. A French helicopter pilot was killed by ground fire on the first day of the operation.

A MUJAO spokesman, Abou Dardar, said France had "opened the gates of hell" and threatened to strike French citizens abroad.

Britain is lending two C-17 transport aircraft to ferry French troops and armour, and Washington is sharing intelligence, officials said. Algeria, long wary of foreign intervention in the Sahel, has opened its airspace to French jets.

West African leaders have pledged a 3,300-strong force under the regional bloc ECOWAS, but its first units are not expected for weeks. The UN Security Council, meeting at France's request on Monday, voiced unanimous support for the operation.

The MNLA, a Tuareg separatist movement that was driven out of the northern towns last year by its former Islamist allies, said it was ready to help French troops on the ground.

A French Rafale jet takes off from Saint-Dizier air base. (Reuters)

Sign up for our daily briefing
""")
    ISL = ["Islamist rebels", "Islamist fighters", "the militants", "the rebels", "Islamists", "Islamist groups",
           "Islamist militants", "Islamist alliance"]
    AD = ["Ansar Dine", "Ansar Eddine", "Ansar al-Din", "Iyad Ag Ghaly"]
    MUJ = ["Movement for Oneness and Jihad in West Africa", "MUJAO", "MOJWA", "Movement for Unity and Jihad in West Africa"]
    AQIM = ["al-Qaeda in the Islamic Maghreb", "AQIM", "al-Qaida in the Islamic Maghreb"]
    FR_H = FR + ["Francois Hollande", "Hollande", "Jean-Yves Le Drian", "Le Drian", "Rafale jets",
                 "French warplanes", "French jets"]
    ML = ["Mali", "Malian government", "Bamako", "Malian troops", "Malian army", "Malian forces",
          "Dioncounda Traore", "Traore"]
    MNLA = ["National Movement for the Liberation of Azawad", "MNLA", "Tuareg separatists", "Tuareg separatist movement"]
    DZ = ["Algeria", "Algerian government", "Algiers"]
    ECO = ["Economic Community of West African States", "ECOWAS", "West African leaders"]
    a.e(FR_H, "attacks", ISL + AQIM, "fri", note="intervention launched Friday; pounded positions")
    a.e(ISL + AD + MUJ + AQIM, "attacks", ML, note="overran Konna, routing Malian troops (day not given)")
    a.e(ISL + AD + MUJ + AQIM, "attacks", FR_H, "mon", opt=True, note="hit back by seizing Diabaly; pilot killed by ground fire")
    a.e(FR_H, ["aids", "backs"], ML, note="intervention at Mali's request")
    a.e(AD, "allies_with", MUJ, note="an alliance of Ansar Dine, MUJAO and AQIM")
    a.e(AD, "allies_with", AQIM)
    a.e(MUJ, "allies_with", AQIM)
    a.e(FR_H, "attacks", MUJ, "sun", note="jets struck MUJAO camps on Sunday")
    a.e(FR_H, "attacks", AD, "sun")
    a.e(MUJ + ["Abou Dardar"], "threatens", FR_H, note="threatened to strike French citizens")
    a.e(["Abou Dardar"], "member_of", MUJ, note="MUJAO spokesman")
    a.e(UK, "aids", FR_H, note="lending C-17 transport aircraft")
    a.e(US, "aids", FR_H, note="sharing intelligence")
    a.e(DZ, ["aids", "backs"], FR_H, note="opened its airspace to French jets")
    a.e(UNSC, "backs", FR_H, "mon", note="voiced unanimous support on Monday")
    a.e(ISL + AD + MUJ + AQIM, "attacks", MNLA, note="drove the MNLA out of the northern towns last year")
    a.e(MNLA, "allies_with", ISL + AD + MUJ + AQIM, opt=True, note="former allies")
    a.e(ECO, "opposes", ISL + AD + MUJ + AQIM, opt=True, note="pledged a force: planned")
    a.no(MNLA, ["aids", "allies_with", "backs"], FR_H, "an offer to help")
    a.no(ECO, "attacks", ISL + AD + MUJ + AQIM, "a force pledged, not yet deployed")
    a.no(ISL + AD + MUJ + AQIM, "*", ["Diabaly", "Konna", "Gao", "Kidal"], "places")
    return a


def phl01():
    a = Blind("blind-phl-01", "2017-06-12",
              "Marawi battle drags on past Independence Day as US confirms special forces role", """
MARAWI, Philippines, June 12 — Philippine troops pressed a house-to-house offensive against Islamic State-linked gunmen in the southern city of Marawi on Monday, missing the government's goal of clearing the city by Independence Day.

About 100 militants were still holding out in the commercial centre, military spokesman Brigadier General Restituto Padilla said. Thirteen marines were killed on Friday in the heaviest single loss for government forces since fighters of the Maute group and a faction of Abu Sayyaf led by Isnilon Hapilon overran parts of the city on 23 May. Islamic State has named Hapilon its "emir" in Southeast Asia.

The US embassy in Manila said on Saturday that American special forces were providing technical assistance to the Philippine military at the government's request. President Rodrigo Duterte, who has railed against Washington since taking office, said he had never asked for American help and had not been told about it.

Duterte declared martial law across Mindanao on the night of the attack and has vowed to crush the militants.

Soldiers take cover behind an armoured vehicle in Marawi on Sunday. (Reuters)

The Moro Islamic Liberation Front, the largest Muslim rebel group in the south, which signed a peace deal with Manila in 2014, has agreed with the government to open a "peace corridor" to evacuate civilians. Its chairman, Murad Ebrahim, condemned the militants for bringing ruin on a Muslim city.

Islamic State's Amaq news agency has claimed the attack and released footage of fighters in Marawi, who officials say include Indonesians, Malaysians and Chechens. Malaysia and Indonesia agreed last week to start joint sea patrols with the Philippines to stop militants from crossing the Sulu Sea.

Australia has offered surveillance aircraft but none had arrived by Monday, officials said.

More than 200,000 residents have fled the city, and aid groups warn of disease in crowded evacuation centres.
""")
    PH = ["Philippines", "Philippine government", "Manila", "Philippine troops", "Philippine military",
          "Philippine army", "government forces", "the government", "the military", "marines", "soldiers",
          "Armed Forces of the Philippines", "AFP", "Rodrigo Duterte", "Duterte", "Restituto Padilla", "Padilla"]
    MAU = ["Maute group", "Maute", "Islamic State of Lanao", "Maute brothers", "Islamic State-linked gunmen",
           "IS-linked gunmen", "militants", "gunmen", "the fighters", "Islamic State-linked militants"]
    ASG = ["Abu Sayyaf", "Abu Sayyaf Group", "ASG"]
    HAP = ["Isnilon Hapilon", "Hapilon"]
    MILF = ["Moro Islamic Liberation Front", "MILF", "Murad Ebrahim", "Murad", "Al Haj Murad Ebrahim"]
    MY = ["Malaysia", "Malaysian government", "Kuala Lumpur"]
    ID = ["Indonesia", "Indonesian government", "Jakarta"]
    a.e(PH, "attacks", MAU, "mon", note="house-to-house offensive on Monday")
    a.e(PH, "attacks", ASG + HAP, "mon", opt=True, note="the Abu Sayyaf faction is among the gunmen")
    a.e(MAU, "attacks", PH, "2017-05-23", note="overran parts of the city on 23 May; marines killed Friday")
    a.e(ASG + HAP, "attacks", PH, "2017-05-23", note="a faction led by Hapilon overran parts of the city")
    a.e(MAU, "allies_with", ASG + HAP, "2017-05-23", note="fought together in Marawi")
    a.e(HAP, "member_of", ASG, note="leads a faction of Abu Sayyaf")
    a.e(HAP, "member_of", IS, note="IS named him its emir in Southeast Asia")
    a.e(["Restituto Padilla", "Padilla"], "member_of", [n for n in PH if n not in ("Restituto Padilla", "Padilla")])
    a.e(US, "aids", PH, "sat", by=US, note="special forces technical assistance, the embassy said on Saturday")
    a.e(PH, ["condemns", "opposes"], US, opt=True, note="Duterte has railed against Washington")
    a.e(PH, ["declares_war_on", "threatens", "opposes"], MAU, opt=True, note="vowed to crush the militants")
    a.e(MILF, "negotiates", PH, note="peace deal in 2014; agreed with the government on a corridor")
    a.e(["Murad Ebrahim", "Murad", "Al Haj Murad Ebrahim"], "member_of",
        ["Moro Islamic Liberation Front", "MILF"], note="its chairman")
    a.e(MILF, "condemns", MAU, note="condemned the militants")
    a.e(IS, "attacks", PH, by=IS, opt=True, note="Amaq claimed the attack")
    a.e(MAU, "member_of", IS, opt=True, note="'Islamic State-linked'")
    a.e(MY, ["negotiates", "allies_with"], PH, note="agreed to joint sea patrols")
    a.e(ID, ["negotiates", "allies_with"], PH)
    a.e(MY, ["negotiates", "allies_with"], ID, opt=True)
    a.no(["Australia", "Australian government", "Canberra"], "aids", PH, "an offer; nothing arrived")
    a.no(MAU + ASG + PH, "*", ["Marawi", "Mindanao", "Sulu Sea"], "places")
    return a


def ssd01():
    a = Blind("blind-ssd-01", "2013-12-20",
              "South Sudan fighting spreads as Machar loyalists hold Bor, UN base attacked", """
JUBA, Dec 20 — Forces loyal to South Sudan's former vice-president Riek Machar held the town of Bor on Friday, two days after an army commander defected and seized it, as fighting that began in the capital spread across the world's newest country.

President Salva Kiir has accused Machar, whom he sacked in July, of attempting a coup on Sunday night, when soldiers of the presidential guard fought each other at barracks in Juba. Machar, whose whereabouts are unknown, told a French radio station on Thursday that there had been no coup attempt and accused Kiir of using the clashes to purge his rivals.

General Peter Gadet, commander of the army's 8th Division, switched sides on Wednesday and took Bor, the capital of Jonglei state. A military spokesman, Philip Aguer, said government troops were preparing a counter-offensive.

On Thursday armed youths stormed a UN peacekeeping base at Akobo, killing two Indian peacekeepers and at least 20 civilians who had sought shelter there. UN Secretary-General Ban Ki-moon condemned the attack and said those responsible would be held accountable.

Uganda has sent troops to Juba, officially to evacuate its citizens, and President Yoweri Museveni said he would not allow the elected government to be overthrown.

The United States has flown 45 troops into the capital to protect its embassy. President Barack Obama warned South Sudan's leaders that any attempt to seize power by force would end American support.

Foreign ministers from the regional bloc IGAD arrived in Juba on Thursday to mediate, and Kiir said he was ready to talk to Machar without conditions. Machar said he would negotiate only once his detained allies were freed.

Displaced people shelter at a UN compound in Juba on Wednesday. (AFP)

Newsletter: Get the day's top Africa stories in your inbox
""")
    SS = ["South Sudan", "South Sudanese government", "Juba", "Salva Kiir", "Kiir", "government troops",
          "the army", "SPLA", "Sudan People's Liberation Army", "the elected government", "the government"]
    RM = ["Riek Machar", "Machar", "forces loyal to Machar", "Machar loyalists", "rebels",
          "SPLM-IO", "SPLA-IO", "Sudan People's Liberation Movement-in-Opposition"]
    GAD = ["Peter Gadet", "Gadet", "General Peter Gadet"]
    UNM = UN + ["UN Mission in South Sudan", "UNMISS", "UN peacekeepers", "peacekeepers", "Ban Ki-moon", "Ban"]
    YOUTH = ["armed youths", "Nuer youths", "White Army", "armed youth", "youths"]
    UG = ["Uganda", "Ugandan government", "Kampala", "Ugandan troops", "Yoweri Museveni", "Museveni"]
    US_O = US + ["Barack Obama", "Obama"]
    IGAD = ["Intergovernmental Authority on Development", "IGAD"]
    a.e(SS, "accuses", RM, note="Kiir accused Machar of attempting a coup")
    a.e(RM, "attacks", SS, "sun", by=SS, note="the alleged coup attempt on Sunday night, per Kiir (denied by Machar)")
    a.e(RM, "accuses", SS, "thu", note="told a radio station on Thursday; accused Kiir of a purge")
    a.e(GAD, "member_of", RM, "wed", note="switched sides to Machar's forces on Wednesday")
    a.e(GAD, "attacks", SS, "wed", opt=True, note="seized Bor from the government: target is a town")
    a.e(["Philip Aguer", "Aguer"], "member_of", SS, note="military spokesman")
    a.e(SS, "attacks", RM, opt=True, note="counter-offensive only planned; fighting implied")
    a.e(YOUTH, "attacks", UNM, "thu", note="stormed the UN base at Akobo on Thursday")
    a.e(UNM, "condemns", YOUTH, note="Ban condemned the attack")
    a.e(UG, ["backs", "aids"], SS, note="sent troops; will not allow the government to be overthrown")
    a.e(UG, "opposes", RM, opt=True, note="would not allow the government to be overthrown")
    a.e(US_O, "threatens", SS, opt=True, note="conditional warning to cut support")
    a.e(US_O, "backs", SS, opt=True, note="'American support' presupposed")
    a.e(IGAD, "negotiates", SS, "thu", opt=True, note="arrived to mediate")
    a.no(SS, "negotiates", RM, "an offer and a condition: no talks held")
    a.no(US_O, "sanctions", SS, "conditional: would end support")
    a.no(RM + GAD, "*", ["Bor", "Jonglei", "Akobo"], "places")
    return a


def caf01():
    a = Blind("blind-caf-01", "2013-12-06",
              "French troops patrol Bangui after night of sectarian killing", """
BANGUI, Dec 6 — French troops began patrolling the streets of Bangui on Friday after a night of sectarian killings left more than 100 people dead in the capital of the Central African Republic, hours after the UN Security Council authorised the use of force to restore order.

Christian militias known as anti-balaka attacked positions of the mainly Muslim former Seleka rebels in several districts at dawn on Thursday. Seleka fighters then went from house to house in reprisal.

The Security Council on Thursday unanimously approved a resolution allowing French and African Union troops to use force to protect civilians. French President Francois Hollande said within hours that France would double its contingent to 1,200 and act "immediately". French commanders said their troops would disarm all armed groups, Seleka and anti-balaka alike.

Michel Djotodia, the former Seleka leader who seized power in March and became the country's first Muslim president, accused supporters of the ousted president, Francois Bozize, of orchestrating the attack. A spokesman for Bozize's party denied any link to the militias.

Djotodia formally disbanded the Seleka coalition in September, but many of its fighters still answer to him rather than to the army.

The African Union force of about 2,500 includes a large Chadian contingent that Christian leaders in Bangui accuse of siding with the Seleka. Washington is considering a request to airlift more African troops to the country.

Human Rights Watch last month accused Seleka fighters of killing hundreds of civilians and burning villages, and said anti-balaka militias had carried out revenge killings of Muslims.

Photo: A French armoured vehicle near Bangui airport, where about 400 French soldiers have been stationed since the coup. (AFP)

Read more: Who are the anti-balaka?
""")
    AB = ["anti-balaka", "anti-balaka militias", "Christian militias", "the militias", "militias"]
    SEL = ["Seleka", "former Seleka rebels", "Seleka fighters", "ex-Seleka", "Seleka coalition", "Seleka rebels"]
    CAR = ["Central African Republic", "CAR", "Central African government", "Michel Djotodia", "Djotodia",
           "the army"]
    BOZ = ["Francois Bozize", "Bozize", "supporters of the ousted president", "Bozize supporters",
           "supporters of Francois Bozize", "Bozize's party", "Kwa Na Kwa", "KNK"]
    AUF = AU + ["African Union force", "MISCA", "African Union troops", "African troops"]
    FR_H = FR + ["Francois Hollande", "Hollande", "French commanders"]
    TD = ["Chad", "Chadian government", "N'Djamena", "Chadian contingent", "Chadian soldiers", "Chadian troops"]
    CHL = ["Christian leaders", "Christian leaders in Bangui", "church leaders"]
    a.e(AB, "attacks", SEL, "thu", note="attacked Seleka positions at dawn on Thursday")
    a.e(SEL, "attacks", AB, "thu", opt=True, note="reprisals were against civilians; a clash is mutual")
    a.e(UNSC, "backs", FR_H, "thu", note="authorised French troops to use force")
    a.e(UNSC, "backs", AUF, "thu", note="authorised AU troops to use force")
    a.e(FR_H, "opposes", SEL, opt=True, note="will disarm all armed groups: intent")
    a.e(FR_H, "opposes", AB, opt=True)
    a.e(CAR, "accuses", BOZ, note="Djotodia accused Bozize's supporters of orchestrating the attack")
    a.e(BOZ, "backs", AB, by=CAR, note="orchestrating the attack, per Djotodia; denied by the party")
    a.e(["Michel Djotodia", "Djotodia"], "member_of", SEL, opt=True, note="former Seleka leader")
    a.e(SEL + ["Michel Djotodia", "Djotodia"], "attacks", BOZ, opt=True, note="seized power in March (background)")
    a.e(SEL, "backs", CAR, opt=True, note="fighters still answer to Djotodia")
    a.e(TD, "member_of", AUF, opt=True, note="contingent of the AU force")
    a.e(CHL, "accuses", TD, note="accuse the Chadians of siding with the Seleka")
    a.e(TD, "backs", SEL, by=CHL, note="siding with the Seleka, per Christian leaders")
    a.e(HRW, "accuses", SEL, note="killing civilians, burning villages")
    a.e(HRW, "accuses", AB, note="revenge killings of Muslims")
    a.no(US, "aids", AUF, "only considering an airlift")
    a.no(AB + SEL, "*", ["Bangui"], "a place")
    return a


def cmr01():
    a = Blind("blind-cmr-01", "2017-12-05",
              "Cameroon orders villages evacuated as troops hunt Anglophone separatists", """
YAOUNDE, Dec 5 — Cameroon's army on Tuesday ordered residents of more than a dozen villages in the English-speaking South-West region to leave their homes, as troops hunted separatists blamed for killing at least six soldiers and police officers in the past month.

President Paul Biya, who has ruled since 1982, vowed last week to eradicate what he called "a band of terrorists" claiming to fight for secession. Many Cameroonians read his remarks, made on Thursday on his return from a summit in Ivory Coast, as a declaration of war on the separatists.

The Ambazonia Defence Forces, an armed group that emerged this year, has claimed several of the attacks on security posts in Manyu division. Its fighters say they are defending the self-declared state of "Ambazonia", whose independence separatist leaders proclaimed on 1 October.

Sisiku Julius Ayuk Tabe, who heads the separatists' self-styled interim government from abroad, accused Biya's forces of burning villages and said the movement would not negotiate with Yaounde until troops withdrew.

The crisis began a year ago with peaceful protests by lawyers and teachers against the dominance of French in the courts and schools of the two Anglophone regions. Security forces have since shot dead dozens of protesters, according to Amnesty International, which has accused the government of unlawful killings.

Soldiers on patrol in Buea, capital of the South-West region. (Reuters)

The opposition Social Democratic Front, whose base is in the North-West, condemned both the violence of the separatists and what it called the militarisation of the regions.

Nigeria, where several thousand Cameroonians have sought refuge, said it would not allow its territory to be used to destabilise its neighbour. The United States and the European Union have urged both sides to hold talks.
""")
    CM = ["Cameroon", "Cameroonian government", "Yaounde", "Cameroon's army", "Cameroonian army", "the army",
          "troops", "security forces", "Biya's forces", "the government", "Paul Biya", "Biya"]
    SEP = ["Anglophone separatists", "separatists", "secessionists", "separatist fighters", "Ambazonian separatists",
           "separatist leaders", "band of terrorists"]
    ADF = ["Ambazonia Defence Forces", "ADF", "Ambazonia Defense Forces"]
    AIG = ["Ambazonia Interim Government", "Interim Government of Ambazonia", "interim government",
           "Sisiku Julius Ayuk Tabe", "Ayuk Tabe", "Sisiku Ayuk Tabe", "the movement"]
    PROT = ["protesters", "lawyers and teachers", "Anglophone protesters"]
    SDF = ["Social Democratic Front", "SDF", "John Fru Ndi", "Fru Ndi"]
    NG = ["Nigeria", "Nigerian government", "Abuja"]
    a.e(CM, "attacks", SEP, "tue", note="troops hunted separatists; evacuation ordered Tuesday")
    a.e(SEP, "attacks", CM, note="blamed for killing soldiers and police officers")
    a.e(CM, "accuses", SEP, opt=True, note="'blamed for' without a named accuser")
    a.e(CM, ["declares_war_on", "threatens", "opposes"], SEP, "2017-11-30",
        note="vowed to eradicate 'a band of terrorists' on Thursday; read as a declaration of war")
    a.e(CM, "condemns", SEP, "2017-11-30", opt=True, note="'a band of terrorists'")
    a.e(ADF, "attacks", CM, by=ADF, note="claimed attacks on security posts")
    a.e(ADF, "member_of", SEP, opt=True, note="armed group of the separatist movement")
    a.e(SEP, "opposes", CM, "2017-10-01", opt=True, note="proclaimed independence")
    a.e(["Sisiku Julius Ayuk Tabe", "Ayuk Tabe", "Sisiku Ayuk Tabe"], "member_of",
        ["Ambazonia Interim Government", "Interim Government of Ambazonia", "interim government"], note="heads it")
    a.e(AIG, "accuses", CM, note="accused Biya's forces of burning villages")
    a.e(CM, "attacks", PROT, by=AMNESTY, note="shot dead dozens of protesters, according to Amnesty")
    a.e(AMNESTY, "accuses", CM)
    a.e(PROT, "opposes", CM, opt=True, note="protests against a policy")
    a.e(SDF, "condemns", SEP)
    a.e(SDF, "condemns", CM, note="what it called the militarisation")
    a.e(NG, "backs", CM, opt=True, note="won't let its territory destabilise its neighbour")
    a.no(AIG + SEP, "negotiates", CM, "conditional refusal: not until troops withdraw")
    a.no(NG, "aids", SEP + ADF + AIG, "negated: will not allow its territory to be used")
    a.no(US + EU, "negotiates", CM, "urged talks; none held")
    a.no(CM + SEP, "*", ["Manyu", "Buea", "Ivory Coast"], "places")
    return a


def hti01():
    a = Blind("blind-hti-01", "2024-03-04",
              "Haiti extends emergency after gangs storm prisons, free thousands", """
Skip to main content | Accessibility help

PORT-AU-PRINCE, March 4 — Haiti's government extended a state of emergency and a night curfew on Monday after armed gangs stormed the country's two largest prisons over the weekend, freeing thousands of inmates in the boldest challenge yet to the embattled authorities.

The assaults on the National Penitentiary in the capital and on a prison in Croix-des-Bouquets began on Saturday night. At least a dozen people were killed, and only about 100 of the nearly 4,000 prisoners stayed behind, officials said.

The gangs, which control most of Port-au-Prince, have joined forces under an alliance called Viv Ansanm, or "Living Together", bringing together the G9 and G-Pep federations that fought each other for years.

Jimmy Cherizier, a former police officer known as "Barbecue" who leads the G9, said the aim was to topple Prime Minister Ariel Henry and called on police and soldiers to arrest him.

Henry, who has governed without an election since President Jovenel Moise was assassinated in 2021, was in Nairobi, where on Friday he and Kenyan President William Ruto signed an agreement meant to pave the way for Kenyan police to lead a UN-backed security mission. The deployment, blocked by a Kenyan court in January, is not expected for months.

The acting prime minister, Finance Minister Patrick Boisvert, declared the emergency on Sunday.

The United States, which has backed Henry's government and pledged $200 million for the mission, said it was alarmed and urged him to move towards a political transition. Washington has said it will not send its own troops.

Caribbean leaders meeting in Guyana last week condemned the gang violence and urged Henry to agree a date for elections.

Police officers patrol near the National Penitentiary on Sunday. (AP)

Subscribe to our Americas newsletter
""")
    HT = ["Haiti", "Haitian government", "Port-au-Prince", "Haitian authorities", "the authorities",
          "Haitian police", "Haitian National Police", "Ariel Henry", "Henry", "Prime Minister Ariel Henry",
          "Patrick Boisvert", "Boisvert"]
    GANGS = ["armed gangs", "gangs", "Viv Ansanm", "Living Together", "Haitian gangs"]
    G9 = ["G9", "G9 an fanmi e alye", "G9 Family and Allies", "G9 federation", "Jimmy Cherizier", "Cherizier",
          "Barbecue"]
    GPEP = ["G-Pep", "GPep", "G-Pep federation"]
    KE = ["Kenya", "Kenyan government", "Nairobi", "Kenyan police", "William Ruto", "Ruto"]
    MSS = ["Multinational Security Support Mission", "MSS", "security mission", "UN-backed security mission",
           "the mission"]
    US_B = US + ["Joe Biden", "Biden"]
    CARI = ["Caribbean Community", "CARICOM", "Caribbean leaders"]
    a.e(GANGS, "attacks", HT, "sat", note="stormed the prisons on Saturday night")
    a.e(["G9", "G9 an fanmi e alye", "G9 Family and Allies", "G9 federation"], "member_of",
        ["Viv Ansanm", "Living Together"], note="joined forces under the alliance")
    a.e(GPEP, "member_of", ["Viv Ansanm", "Living Together"])
    a.e(G9, "allies_with", GPEP, note="joined forces")
    a.e(G9, "attacks", GPEP, opt=True, note="fought each other for years: background")
    a.e(["Jimmy Cherizier", "Cherizier", "Barbecue"], "member_of",
        ["G9", "G9 an fanmi e alye", "G9 Family and Allies", "G9 federation"], note="leads the G9")
    a.e(G9 + GANGS, "opposes", HT, note="aim is to topple Henry; called for his arrest")
    a.e(HT, "negotiates", KE, "fri", note="signed an agreement on Friday")
    a.e(UN + UNSC, "backs", MSS, opt=True, note="'UN-backed security mission'")
    a.e(KE, "member_of", MSS, opt=True, note="to lead the mission: planned")
    a.e(["Patrick Boisvert", "Boisvert"], "member_of", [n for n in HT if n not in ("Patrick Boisvert", "Boisvert")],
        note="acting prime minister, finance minister")
    a.e(US_B, "backs", HT, note="has backed Henry's government")
    a.e(US_B, "aids", MSS, opt=True, note="pledged $200 million")
    a.e(CARI, "condemns", GANGS, note="condemned the gang violence")
    a.e(CARI, "negotiates", HT, opt=True, note="urged Henry to agree a date for elections")
    a.no(KE + MSS, "attacks", GANGS + G9 + GPEP, "deployment not expected for months")
    a.no(US_B, "attacks", GANGS + G9 + GPEP, "will not send its own troops")
    a.no(GANGS + G9, "*", ["Croix-des-Bouquets", "National Penitentiary", "Guyana"], "places")
    return a


def irn01():
    a = Blind("blind-irn-01", "2024-04-14",
              "Iran fires hundreds of drones and missiles at Israel; most shot down", """
JERUSALEM/TEHRAN, April 14 — Iran launched more than 300 drones and missiles at Israel late on Saturday in its first direct attack on Israeli territory, but almost all of them were shot down by Israel and its allies, the Israeli military said on Sunday.

Iran's Revolutionary Guards said the strikes were retaliation for an air strike on Iran's consulate in Damascus on 1 April that killed seven Guards officers, among them a senior commander. Tehran blames Israel for that attack; Israel has neither confirmed nor denied involvement.

US, British and French warplanes helped bring down the drones, and Jordan intercepted objects that crossed its airspace. President Joe Biden condemned the attack "in the strongest possible terms" and called Washington's commitment to Israel's security "ironclad". Leaders of the Group of Seven, who held a video call on Sunday, condemned Iran unanimously.

Biden told Prime Minister Benjamin Netanyahu that the United States would not take part in any counter-strike, a White House official said.

Iran's mission to the United Nations said the matter "can be deemed concluded", but warned that Tehran's response would be "considerably more severe" if Israel retaliated. Armed forces chief Major General Mohammad Bagheri warned the United States that its bases would be targeted if it joined any Israeli response.

Israel's war cabinet met on Sunday to weigh a response. Benny Gantz, one of its members, said Israel would "exact a price from Iran in the way and at the time that suits us".

Hezbollah, Iran's ally in Lebanon, said it had fired rockets at Israeli positions in the occupied Golan Heights overnight.

An Israeli air defence system intercepts a drone over Ashkelon. (Reuters)
""")
    IR = ["Iran", "Iranian government", "Tehran", "Islamic Republic of Iran", "Revolutionary Guards",
          "Islamic Revolutionary Guard Corps", "IRGC", "Iranian military", "Ali Khamenei", "Khamenei",
          "Ebrahim Raisi", "Raisi", "Mohammad Bagheri", "Bagheri", "Iran's mission to the United Nations"]
    IL = ["Israel", "Israeli government", "Israeli military", "Israel Defense Forces", "IDF", "Israeli army",
          "Israeli war cabinet", "war cabinet", "Benjamin Netanyahu", "Netanyahu", "Benny Gantz", "Gantz"]
    US_B = US + ["Joe Biden", "Biden"]
    G7 = ["Group of Seven", "G7", "G-7"]
    JO = ["Jordan", "Jordanian government", "Amman"]
    HZ = ["Hezbollah", "Hizbollah", "Hizbullah", "Lebanese Hezbollah"]
    a.e(IR, "attacks", IL, "sat", note="launched drones and missiles late on Saturday")
    a.e(IL, "attacks", IR, "2024-04-01", by=IR, note="consulate strike on 1 April, Tehran blames Israel")
    a.e(IR, "accuses", IL, note="Tehran blames Israel")
    a.e(US_B, "aids", IL, note="warplanes helped bring down the drones")
    a.e(UK + ["British", "British warplanes"], "aids", IL)
    a.e(FR + ["French", "French warplanes"], "aids", IL)
    a.e(JO, "aids", IL, opt=True, note="intercepted objects over its own airspace")
    a.e(JO, "attacks", IR, opt=True, note="interceptions")
    a.e(US_B, "condemns", IR, note="Biden condemned the attack")
    a.e(US_B, ["backs", "allies_with"], IL, opt=True, note="'ironclad' commitment (same pair as the aids edge)")
    a.e(G7, "condemns", IR, "sun", note="video call on Sunday")
    a.e(US_B, "negotiates", IL, opt=True, note="Biden told Netanyahu")
    a.e(IR, "threatens", IL, note="response would be considerably more severe if Israel retaliated")
    a.e(IR, "threatens", US_B, note="Bagheri: US bases would be targeted")
    a.e(["Mohammad Bagheri", "Bagheri"], "member_of", [n for n in IR if n not in ("Mohammad Bagheri", "Bagheri")],
        note="armed forces chief")
    a.e(IL, "threatens", IR, "sun", note="Gantz: Israel would exact a price")
    a.e(["Benny Gantz", "Gantz"], "member_of", [n for n in IL if n not in ("Benny Gantz", "Gantz")],
        note="member of the war cabinet")
    a.e(HZ, "attacks", IL, by=HZ, note="fired rockets at Israeli positions, Hezbollah said")
    a.e(HZ, ["allies_with", "backs"], IR, note="'Iran's ally in Lebanon'")
    a.no(US_B, "attacks", IR, "will not take part in any counter-strike")
    a.no(IR, "attacks", US_B, "conditional: bases targeted if the US joins")
    a.no(IL, "*", ["Damascus", "Syria", "Syrian government"], "a place: the consulate in Damascus is Iran's")
    a.no(HZ + IL, "*", ["Golan Heights", "Golan", "Lebanon"], "places")
    return a


def eri01():
    a = Blind("blind-eri-01", "1998-06-06",
              "Ethiopia and Eritrea trade air strikes as border war escalates", """
ADDIS ABABA/ASMARA, June 6 — Ethiopian warplanes bombed the airport of the Eritrean capital, Asmara, on Friday, and Eritrean jets hit the northern Ethiopian town of Mekele hours later, killing dozens of civilians, as a border dispute between the former allies escalated into open war.

Addis Ababa said the raid on Asmara was a response to Eritrean shelling of the border towns of Zalambessa and Adigrat. Eritrea said its planes had aimed at military installations in Mekele and accused Ethiopia of starting the air war.

Fighting broke out in early May around Badme, a dusty village claimed by both countries, when Eritrean troops moved into areas administered by Ethiopia. On 13 May the Ethiopian parliament demanded an unconditional Eritrean withdrawal and authorised the government to take "all necessary measures" to defend the country's sovereignty.

Prime Minister Meles Zenawi has accused Eritrea of naked aggression. President Isaias Afwerki said on Saturday that his troops would not leave land that belonged to Eritrea and rejected what he called Ethiopian preconditions for talks.

A peace plan drawn up by US and Rwandan mediators calls on Eritrea to pull back to the positions it held before 6 May. Ethiopia has accepted it; Eritrea has not. The Organisation of African Unity urged both sides to halt hostilities.

The two leaders were once comrades-in-arms. Meles's Tigray People's Liberation Front and Isaias's Eritrean People's Liberation Front fought side by side for years to overthrow the Ethiopian military regime of Mengistu Haile Mariam, which fell in 1991.

Foreign governments began flying their citizens out of Asmara on Saturday.

Photo caption: Eritrean soldiers on the road to the Badme front, May 1998.
""")
    ET = ["Ethiopia", "Ethiopian government", "Addis Ababa", "Ethiopian troops", "Ethiopian army",
          "Ethiopian warplanes", "Ethiopian parliament", "Meles Zenawi", "Meles", "Prime Minister Meles Zenawi"]
    ER = ["Eritrea", "Eritrean government", "Asmara", "Eritrean troops", "Eritrean jets", "Eritrean army",
          "Isaias Afwerki", "Isaias", "President Isaias Afwerki"]
    TPLF = ["Tigray People's Liberation Front", "TPLF"]
    EPLF = ["Eritrean People's Liberation Front", "EPLF", "People's Front for Democracy and Justice", "PFDJ"]
    DERG = ["Derg", "Ethiopian military regime", "Mengistu Haile Mariam", "Mengistu", "military regime"]
    RW = ["Rwanda", "Rwandan government", "Kigali", "Rwandan mediators"]
    US_C = US + ["US mediators", "Bill Clinton", "Clinton"]
    a.e(ET, "attacks", ER, "fri", note="bombed Asmara airport on Friday")
    a.e(ER, "attacks", ET, "fri", note="jets hit Mekele on Friday; shelling, May incursion")
    a.e(ER, "accuses", ET, note="accused Ethiopia of starting the air war")
    a.e(ET, "accuses", ER, note="Meles: naked aggression")
    a.e(ET, ["threatens", "opposes"], ER, "1998-05-13", note="parliament demanded withdrawal, 'all necessary measures'")
    a.e(ER, "allies_with", ET, opt=True, note="former allies")
    a.e(US_C, "negotiates", ET, opt=True, note="mediators' plan accepted by Ethiopia")
    a.e(RW, "negotiates", ET, opt=True)
    a.e(US_C, "negotiates", ER, opt=True, note="mediation")
    a.e(RW, "negotiates", ER, opt=True)
    a.e(["Meles Zenawi", "Meles"], "member_of", TPLF, note="Meles's TPLF")
    a.e(["Isaias Afwerki", "Isaias"], "member_of", EPLF, note="Isaias's EPLF")
    a.e(TPLF, "allies_with", EPLF, note="fought side by side (background but explicit)")
    a.e(TPLF, ["attacks", "opposes"], DERG, opt=True, note="to overthrow the regime: background")
    a.e(EPLF, ["attacks", "opposes"], DERG, opt=True)
    a.no(ER, "negotiates", ET, "refusal: rejected preconditions for talks")
    a.no(ET + ER, "*", ["Badme", "Mekele", "Zalambessa", "Adigrat"], "places")
    return a


def bih01():
    a = Blind("blind-bih-01", "1995-08-31",
              "NATO pounds Bosnian Serb positions for second day", """
SARAJEVO, Aug 31 — NATO warplanes struck Bosnian Serb targets for a second day on Thursday, pounding ammunition dumps, radar sites and artillery positions around Sarajevo in the largest military operation in the alliance's history.

The raids, which began before dawn on Wednesday alongside shelling by French and British guns of the UN Rapid Reaction Force on Mount Igman, followed a mortar attack on Monday that killed 37 people in Sarajevo's Markale market. UN investigators said the shell had been fired from Bosnian Serb lines.

Bosnian Serb forces have besieged the city, held by the Muslim-led government, for more than three years.

Radovan Karadzic, the Bosnian Serb leader, denied that his forces were to blame for the massacre and called the air strikes a crime against the Serb people. His army commander, General Ratko Mladic, could not be reached.

Admiral Leighton Smith, commander of NATO forces in southern Europe, said the raids would go on until the Serbs pulled their heavy weapons back from the city.

Russia, the Serbs' traditional ally, condemned the bombing as cruel and called for an emergency session of the UN Security Council. The Bosnian government welcomed the strikes, and Prime Minister Haris Silajdzic said the West had at last shown it meant what it said.

US envoy Richard Holbrooke, who has been shuttling between Balkan capitals with a new peace plan, flew to Belgrade on Wednesday for talks with Serbian President Slobodan Milosevic. On Tuesday the Bosnian Serb leadership agreed to let Milosevic lead a joint Yugoslav-Bosnian Serb delegation at any future peace conference.

Earlier this month the Croatian army overran the Serb-held Krajina region in a four-day offensive that sent some 150,000 Serbs fleeing into Bosnia and Serbia.

Photo: Smoke rises over a Bosnian Serb ammunition depot near Pale on Wednesday. (Reuters)
""")
    BSA = ["Bosnian Serbs", "Bosnian Serb forces", "Bosnian Serb army", "Bosnian Serb leadership", "Republika Srpska",
           "the Serbs", "Bosnian Serb lines", "Radovan Karadzic", "Karadzic"]
    NATO_S = NATO + ["NATO warplanes", "Leighton Smith", "Admiral Leighton Smith"]
    RRF = ["Rapid Reaction Force", "UN Rapid Reaction Force", "RRF"]
    BIH = ["Bosnian government", "Bosnia", "Bosnia and Herzegovina", "Muslim-led government",
           "Alija Izetbegovic", "Izetbegovic", "Haris Silajdzic", "Silajdzic"]
    RU = ["Russia", "Russian government", "Moscow", "Kremlin", "Boris Yeltsin", "Yeltsin"]
    SRB = ["Serbia", "Serbian government", "Belgrade", "Yugoslavia", "Federal Republic of Yugoslavia",
           "Slobodan Milosevic", "Milosevic"]
    US_C = US + ["Richard Holbrooke", "Holbrooke", "Bill Clinton", "Clinton"]
    HR = ["Croatia", "Croatian government", "Zagreb", "Croatian army", "Franjo Tudjman", "Tudjman"]
    KRA = ["Krajina Serbs", "Croatian Serbs", "rebel Serbs", "Republic of Serbian Krajina", "Serbs", "Serb-held Krajina"]
    a.e(NATO_S, "attacks", BSA, "wed", note="raids began before dawn on Wednesday")
    a.e(RRF, "attacks", BSA, "wed", note="shelling by the Rapid Reaction Force")
    a.e(FR, "attacks", BSA, "wed", opt=True, note="French guns of the RRF")
    a.e(UK, "attacks", BSA, "wed", opt=True, note="British guns of the RRF")
    a.e(FR + UK, "member_of", RRF, opt=True)
    a.e(UN, "accuses", BSA, opt=True, note="UN investigators: shell fired from Serb lines")
    a.e(BSA, "attacks", BIH, note="have besieged the city held by the government")
    a.e(BSA, "condemns", NATO_S, note="Karadzic called the strikes a crime")
    a.e(["Radovan Karadzic", "Karadzic"], "member_of", [n for n in BSA if n not in ("Radovan Karadzic", "Karadzic")],
        note="the Bosnian Serb leader")
    a.e(["Ratko Mladic", "Mladic", "General Ratko Mladic"], "member_of",
        [n for n in BSA if n not in ("Radovan Karadzic", "Karadzic")], note="army commander")
    a.e(["Leighton Smith", "Admiral Leighton Smith"], "member_of", NATO, note="commander of NATO forces")
    a.e(NATO_S, "threatens", BSA, opt=True, note="raids will go on until weapons are pulled back")
    a.e(RU, "condemns", NATO_S, note="condemned the bombing as cruel")
    a.e(RU, ["backs", "allies_with"], BSA, note="the Serbs' traditional ally")
    a.e(BIH, "backs", NATO_S, note="welcomed the strikes")
    a.e(US_C, "negotiates", SRB, "wed", note="Holbrooke flew to Belgrade on Wednesday for talks with Milosevic")
    a.e(["Richard Holbrooke", "Holbrooke"], "member_of", US, note="US envoy")
    a.e(BSA, ["allies_with", "backs", "negotiates"], SRB, "tue", note="agreed to a joint delegation led by Milosevic")
    a.e(HR, "attacks", KRA, opt=True, note="overran the Serb-held Krajina region: target named by a territory")
    a.no(BSA + SRB, "negotiates", BIH, "only a future peace conference")
    a.no(NATO_S + RRF, "*", ["Sarajevo", "Mount Igman", "Pale", "Markale market", "Markale"], "places")
    return a


def wsh01():
    a = Blind("blind-wsh-01", "2020-11-14",
              "Polisario declares end of ceasefire after Moroccan troops enter Guerguerat buffer zone", """
We use cookies to improve your experience. Accept all

RABAT/ALGIERS, Nov 14 — The Polisario Front said on Saturday that it was at war with Morocco and had attacked Moroccan army positions along the sand wall that divides Western Sahara, a day after Moroccan troops moved into a UN-patrolled buffer zone to reopen a key trade route.

Brahim Ghali, the Polisario's secretary-general, signed a decree ending the movement's commitment to a ceasefire that has held since 1991, the Sahrawi news agency reported. The Polisario accused Rabat of a "flagrant violation" of the truce.

Morocco said its forces had set up a security cordon at Guerguerat, near the Mauritanian border, on Friday to end a three-week blockade of the road by Polisario supporters. Rabat said its troops had not fired on anyone and that the situation was calm. Its foreign ministry accused the Polisario of "banditry" and of provocations in the buffer zone.

Algeria, the Polisario's main backer, strongly deplored the clashes and called for an immediate halt.

Saudi Arabia, the United Arab Emirates and Qatar expressed support for Morocco's operation on Friday evening.

The UN, whose peacekeeping mission MINURSO monitors the truce, said Secretary-General Antonio Guterres had tried in recent days to avoid an escalation.

Morocco took control of most of the former Spanish colony in 1975 and regards it as its southern provinces. The Polisario, which seeks an independent state, fought a guerrilla war against Moroccan forces until the UN brokered the ceasefire. A referendum on self-determination promised under that deal has never been held.

Ghali's movement has said it will not return to talks unless a new UN envoy is appointed.

A Moroccan truck convoy crosses the Guerguerat crossing on Saturday. (AFP)
""")
    POL = ["Polisario Front", "Polisario", "Frente Polisario", "Sahrawi Arab Democratic Republic", "SADR",
           "the movement", "Ghali's movement", "Brahim Ghali", "Ghali"]
    MA = ["Morocco", "Moroccan government", "Rabat", "Moroccan army", "Moroccan troops", "Moroccan forces",
          "Royal Armed Forces", "King Mohammed VI", "Mohammed VI", "Moroccan foreign ministry"]
    DZ = ["Algeria", "Algerian government", "Algiers"]
    SUPP = ["Polisario supporters", "Sahrawi protesters", "protesters"]
    SA = ["Saudi Arabia", "Saudi government", "Riyadh"]
    AE = ["United Arab Emirates", "UAE", "Abu Dhabi", "Emirati government"]
    QA = ["Qatar", "Qatari government", "Doha"]
    a.e(POL, "declares_war_on", MA, "sat", note="said on Saturday it was at war with Morocco; ended the ceasefire")
    a.e(POL, "attacks", MA, "sat", by=POL, note="attacked positions along the wall, the Polisario said")
    a.e(["Brahim Ghali", "Ghali"], "member_of", [n for n in POL if n not in ("Brahim Ghali", "Ghali")],
        note="secretary-general")
    a.e(POL, "accuses", MA, note="'flagrant violation' of the truce")
    a.e(MA, "opposes", SUPP, "fri", opt=True, note="cordon to end the blockade (no fire)")
    a.e(SUPP, "opposes", MA, opt=True, note="blockade of the road")
    a.e(SUPP, "backs", POL, opt=True, note="'Polisario supporters'")
    a.e(MA, "accuses", POL, note="foreign ministry: banditry and provocations")
    a.e(DZ, "backs", POL, note="the Polisario's main backer")
    a.e(DZ, "condemns", MA, opt=True, note="deplored the clashes (no target named)")
    a.e(SA, "backs", MA, "fri", note="support for Morocco's operation on Friday evening")
    a.e(AE, "backs", MA, "fri")
    a.e(QA, "backs", MA, "fri")
    a.e(POL, "opposes", MA, opt=True, note="seeks an independent state; fought a guerrilla war")
    a.e(MA, "attacks", POL, opt=True, note="took control in 1975; war until 1991: background")
    a.e(["Antonio Guterres", "Guterres", "Secretary-General Antonio Guterres"], "member_of",
        ["United Nations", "UN"], note="the UN secretary-general (added after the first scoring: a gold omission)")
    a.no(POL, "negotiates", MA, "conditional refusal: no talks unless a new envoy is appointed")
    a.no(MA, "attacks", SUPP, "negated: troops had not fired on anyone")
    a.no(POL + MA, "*", ["Guerguerat", "Western Sahara", "Mauritania"], "places")
    return a


def tur01():
    a = Blind("blind-tur-01", "2015-07-29",
              "Turkish jets hit PKK camps again as Erdogan buries peace process", """
ISTANBUL, July 29 — Turkish warplanes struck Kurdistan Workers' Party (PKK) camps in the mountains of northern Iraq overnight, the military said on Wednesday, as President Tayyip Erdogan declared that a peace process with the militants could not continue.

The air campaign began late on Friday with raids on Islamic State positions in Syria, five days after a suicide bombing blamed on the jihadist group killed 32 young activists in the border town of Suruc.

The PKK, which accuses Ankara of tacitly backing Islamic State, claimed the killing of two Turkish policemen in Ceylanpinar on 22 July, saying they had collaborated with the jihadists. On Saturday it said a two-year-old ceasefire had lost all meaning.

NATO ambassadors held an emergency meeting in Brussels on Tuesday at Turkey's request and expressed "strong solidarity" with Ankara, though several allies urged it to keep the peace process alive.

Washington, which last week won permission to fly missions against Islamic State from Turkey's Incirlik air base, said Turkey had a right to defend itself. A State Department spokesman called the PKK a terrorist organisation.

Selahattin Demirtas, co-leader of the pro-Kurdish Peoples' Democratic Party (HDP), accused Erdogan of dragging the country into war to win back votes lost in June's election. Erdogan has asked prosecutors to investigate HDP politicians over alleged links to the PKK.

In Syria, the Kurdish YPG militia, which has fought Islamic State with US air support, said Turkish tanks had shelled its positions near the border on Monday. Turkish officials denied targeting the group.

Could the violence spread to Turkey's cities? Security analysts said the PKK was unlikely to wage a full urban campaign.

Smoke rises after an air strike in the Qandil mountains, in an image released by the Turkish army. (AFP)
""")
    TR = ["Turkey", "Turkish government", "Ankara", "Turkish military", "Turkish army", "Turkish armed forces",
          "Turkish warplanes", "Turkish jets", "Turkish officials", "Tayyip Erdogan", "Erdogan",
          "Recep Tayyip Erdogan", "Ahmet Davutoglu", "Davutoglu"]
    PKK = ["Kurdistan Workers' Party", "PKK", "Kurdistan Workers Party", "the militants"]
    HDP = ["Peoples' Democratic Party", "HDP", "Selahattin Demirtas", "Demirtas"]
    YPG = ["People's Protection Units", "YPG", "Kurdish YPG militia", "Kurdish People's Protection Units"]
    a.e(TR, "attacks", PKK, note="struck PKK camps overnight, the military said on Wednesday")
    a.e(TR, "attacks", IS, "fri", note="raids on IS positions began late on Friday")
    a.e(TR, "accuses", IS, opt=True, note="bombing 'blamed on' IS, accuser unnamed")
    a.e(TR, "opposes", PKK, opt=True, note="peace process could not continue")
    a.e(PKK, "accuses", TR, note="accuses Ankara of tacitly backing IS")
    a.e(TR, "backs", IS, by=PKK, note="per the PKK")
    a.e(PKK, "attacks", TR, "2015-07-22", by=PKK, note="claimed the killing of two policemen on 22 July")
    a.e(PKK, ["declares_war_on", "opposes"], TR, "sat", opt=True, note="ceasefire has lost all meaning")
    a.e(NATO, "backs", TR, "tue", note="'strong solidarity' at Tuesday's meeting")
    a.e(TR, "member_of", NATO, opt=True, note="'several allies'")
    a.e(TR, ["aids", "allies_with"], US, note="permission to fly from Incirlik")
    a.e(US, "attacks", IS, note="missions against IS")
    a.e(US, "backs", TR, note="right to defend itself")
    a.e(US, "condemns", PKK, note="'a terrorist organisation'")
    a.e(["Selahattin Demirtas", "Demirtas"], "member_of", ["Peoples' Democratic Party", "HDP"], note="co-leader")
    a.e(HDP, "accuses", TR, note="Demirtas accused Erdogan")
    a.e(TR, "accuses", HDP, note="investigation over alleged links to the PKK")
    a.e(HDP, "backs", PKK, by=TR, opt=True, note="'alleged links', per Erdogan")
    a.e(YPG, "attacks", IS, note="has fought Islamic State")
    a.e(US, "aids", YPG, note="with US air support")
    a.e(TR, "attacks", YPG, "mon", by=YPG, note="tanks shelled YPG positions, the YPG said (denied by Turkey)")
    a.no(TR, "negotiates", PKK, "the peace process cannot continue")
    a.no(PKK, "attacks", ["Turkey's cities", "Istanbul"], "a question, and a place")
    a.no(TR + PKK, "*", ["Suruc", "Ceylanpinar", "Qandil mountains", "Incirlik", "Incirlik air base"], "places")
    return a


ARTICLES = [nga01, moz01, geo01, chc01, lka01, mli01, phl01, ssd01, caf01, cmr01, hti01, irn01, eri01, bih01,
            wsh01, tur01]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "second-heldout.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for make in ARTICLES:
            f.write(json.dumps(make().d, ensure_ascii=False) + "\n")
    print(f"wrote {len(ARTICLES)} articles to {out}")


if __name__ == "__main__":
    main()
