"""Sudan 2023, Tigray 2020/2022, DRC/M23 2022/2025, Sahel 2022/2023, Somalia 2022 (own writing)."""
from _common import Article

UN = ["United Nations", "UN", "U.N."]
GUT = ["António Guterres", "Antonio Guterres", "Guterres"]
US = ["United States", "US", "U.S.", "USA", "Washington", "American government", "US government",
      "White House", "State Department", "Pentagon", "US military", "US forces"]
AU = ["African Union", "AU", "African Union Commission"]
FR = ["France", "French government", "Paris", "French forces", "French troops", "Emmanuel Macron", "Macron"]
WAG = ["Wagner Group", "Wagner", "Wagner mercenaries", "Wagner PMC"]
RU = ["Russia", "Russian government", "Moscow", "Kremlin", "Vladimir Putin", "Putin"]


def sud01():
    a = Article("own-sud-01", "2023-04-17",
                "Sudan's army and RSF paramilitaries fight for third day as death toll climbs", """
Skip to main content

KHARTOUM — Sudan's army bombed bases of the paramilitary Rapid Support Forces (RSF) in and around Khartoum on Monday as fighting between the two most powerful factions of the country's military government entered a third day, with the death toll rising to at least 185.

The clashes erupted on Saturday, 15 April, after weeks of tension over a plan to fold the RSF into the regular army. Each side blames the other for starting the fight.

Army chief General Abdel Fattah al-Burhan, who heads the ruling Sovereign Council, has called the RSF a "rebel militia" and ordered it dissolved. His deputy on the council and the RSF's commander, General Mohamed Hamdan Dagalo, known as Hemedti, called Burhan "a criminal" and vowed to fight until the army's headquarters fell.

Smoke rises over Khartoum's airport district on Monday. (Reuters)

Warplanes struck RSF positions near the airport, while the paramilitaries said they had seized the presidential palace and the Merowe air base in the north, claims the army denied. Burhan said there would be no talks until the RSF was dissolved.

The RSF also posted a video of Egyptian soldiers it had detained at Merowe. Cairo said the troops were in Sudan for joint training and were not taking part in the fighting.

UN Secretary-General António Guterres condemned the outbreak of fighting. US Secretary of State Antony Blinken said on Monday he had spoken to both Burhan and Dagalo by phone and urged an immediate ceasefire. The African Union said its commission chairman, Moussa Faki Mahamat, would travel to Khartoum.

The RSF grew out of the Janjaweed militias that the government of Omar al-Bashir armed in the 2000s to crush a rebellion in Darfur. Russia's Wagner Group has said it has no fighters in Sudan and has not supplied the RSF, after reports that it had sent weapons to the paramilitaries.
""")
    SAF = ["Sudanese Armed Forces", "SAF", "Sudanese army", "Sudan's army", "Sudanese military", "army",
           "Sudan", "Sovereign Council", "Abdel Fattah al-Burhan", "Burhan", "General Abdel Fattah al-Burhan"]
    SAF_ORG = SAF[:8]
    RSF = ["Rapid Support Forces", "RSF", "paramilitaries", "paramilitary Rapid Support Forces",
           "Mohamed Hamdan Dagalo", "Dagalo", "Hemedti"]
    RSF_ORG = RSF[:4]
    EG = ["Egypt", "Cairo", "Egyptian government", "Egyptian soldiers", "Egyptian troops"]
    BLINKEN_US = US + ["Antony Blinken", "Blinken"]
    a.e(SAF, "attacks", RSF, "mon", note="bombed RSF bases on Monday")
    a.e(RSF, "attacks", SAF, "sat", note="clashes erupted Saturday; seized palace per the RSF")
    a.e(SAF, "accuses", RSF, note="each side blames the other")
    a.e(RSF, ["accuses", "condemns"], SAF, note="each side blames the other; Hemedti called Burhan a criminal")
    a.e(SAF, ["condemns", "opposes"], RSF, note="'rebel militia', ordered dissolved")
    a.e(RSF, ["declares_war_on", "opposes"], SAF, note="vowed to fight until the army's HQ fell")
    a.e(["Abdel Fattah al-Burhan", "Burhan", "General Abdel Fattah al-Burhan"], "member_of", SAF_ORG, note="army chief")
    a.e(["Mohamed Hamdan Dagalo", "Dagalo", "Hemedti"], "member_of", RSF_ORG, note="commander")
    a.e(RSF, "attacks", EG, opt=True, note="detained Egyptian soldiers")
    a.e(GUT, "member_of", UN)
    a.e(UN + GUT, "condemns", SAF, opt=True, note="condemned the fighting, not a side")
    a.e(UN + GUT, "condemns", RSF, opt=True, note="condemned the fighting, not a side")
    a.e(BLINKEN_US, "negotiates", SAF, "mon", opt=True, note="phone call urging a ceasefire")
    a.e(BLINKEN_US, "negotiates", RSF, "mon", opt=True)
    a.e(["Moussa Faki Mahamat", "Moussa Faki", "Faki"], "member_of", AU)
    a.e(["government of Omar al-Bashir", "Omar al-Bashir", "Bashir"], "aids", ["Janjaweed", "Janjaweed militias"], note="armed in the 2000s")
    a.no(SAF, "negotiates", RSF, "no talks until the RSF is dissolved")
    a.no(EG, "attacks", RSF, "not taking part in the fighting")
    a.no(WAG, "aids", RSF, "Wagner denies supplying the RSF")
    a.no(RSF, "*", ["Khartoum", "Merowe", "Merowe air base"], "places")
    return a


def eth01():
    a = Article("own-eth-01", "2020-11-05",
                "Ethiopia's Abiy orders offensive in Tigray after attack on army base", """
ADDIS ABABA — Ethiopian Prime Minister Abiy Ahmed ordered the army on Wednesday to launch a military offensive against the ruling party of the northern Tigray region, accusing it of attacking a federal military base overnight and trying to steal artillery and equipment.

"The last red line has been crossed," Abiy said in a statement early on Wednesday, 4 November. He said forces of the Tigray People's Liberation Front (TPLF) had attacked the army's Northern Command in Mekelle.

Federal troops and Tigrayan forces clashed on Thursday near Dansha in western Tigray, close to the borders with Sudan and Eritrea, according to diplomatic and humanitarian sources.

The TPLF, which dominated Ethiopia's ruling coalition for almost three decades until Abiy took office in 2018, defied him in September by holding regional elections that the federal government declared illegal. Tigray's regional president, Debretsion Gebremichael, said the region's forces would defend themselves and accused the federal government of preparing an invasion.

Amhara regional special forces were fighting alongside federal troops against the Tigrayan forces, an Amhara official said.

Eritrea, whose President Isaias Afwerki made peace with Abiy in 2018 and remains hostile to the TPLF, said it was not involved in the conflict.

US Secretary of State Mike Pompeo condemned what he called the TPLF's attack on the base and urged the protection of civilians. UN Secretary-General António Guterres called for an immediate de-escalation.

Abiy's office said there would be no negotiations with "the junta" until the rule of law was restored in Tigray.

Internet and phone lines to the region were cut on Wednesday.
""")
    ETH = ["Ethiopia", "Ethiopian government", "federal government", "Addis Ababa", "Ethiopian army",
           "Ethiopian National Defense Force", "ENDF", "federal troops", "federal forces", "army",
           "Northern Command", "Abiy Ahmed", "Abiy", "Abiy's office"]
    TPLF = ["Tigray People's Liberation Front", "TPLF", "Tigrayan forces", "Tigray forces",
            "Tigray regional government", "Tigray region", "the junta", "junta",
            "Debretsion Gebremichael", "Debretsion"]
    TPLF_ORG = TPLF[:8]
    AMH = ["Amhara regional special forces", "Amhara special forces", "Amhara region", "Amhara regional government", "Amhara official", "Amhara forces"]
    ER = ["Eritrea", "Eritrean government", "Asmara", "Eritrean forces", "Eritrean troops", "Isaias Afwerki", "Isaias"]
    USP = US + ["Mike Pompeo", "Pompeo"]
    a.e(ETH, ["attacks", "opposes"], TPLF, "wed", note="ordered an offensive on Wednesday; clashes on Thursday")
    a.e(ETH, "accuses", TPLF, "wed")
    a.e(TPLF, "attacks", ETH, "wed", by=ETH, note="attack on the Northern Command, per Abiy's Wednesday statement")
    a.e(TPLF, "opposes", ETH, note="defied him by holding elections")
    a.e(TPLF, "accuses", ETH, note="Debretsion accused the federal government")
    a.e(["Debretsion Gebremichael", "Debretsion"], "member_of", TPLF_ORG, note="regional president, TPLF leader")
    a.e(AMH, "allies_with", ETH, by=AMH)
    a.e(AMH, "attacks", TPLF, by=AMH)
    a.e(ER, "opposes", TPLF, note="remains hostile to the TPLF")
    a.e(ER, "negotiates", ETH, opt=True, note="made peace in 2018: background")
    a.e(USP, "condemns", TPLF)
    a.e(GUT, "member_of", UN, opt=True)
    a.e(TPLF, "threatens", ETH, opt=True, note="would defend themselves")
    a.e(ETH, "condemns", TPLF, opt=True, note="'the junta'")
    a.no(ER, "attacks", TPLF, "Eritrea says it is not involved")
    a.no(ETH, "negotiates", TPLF, "refusal: no negotiations")
    a.no(ETH, "*", ["Dansha", "Mekelle"], "places")
    return a


def eth02():
    a = Article("own-eth-02", "2022-11-03",
                "Ethiopia and Tigrayan forces agree to silence the guns after two-year war", """
PRETORIA — Ethiopia's federal government and the Tigray People's Liberation Front (TPLF) agreed on Wednesday to a permanent cessation of hostilities, two years after a war that has killed tens of thousands of people and pushed hundreds of thousands towards famine.

The deal was signed in Pretoria after ten days of talks mediated by the African Union's envoy, former Nigerian president Olusegun Obasanjo. Under its terms, Tigrayan fighters will disarm within 30 days and federal authorities will restore basic services to the region. "We have agreed to permanently silence the guns," Obasanjo said.

The government's chief negotiator, Redwan Hussien, called the agreement a victory for Ethiopia. The TPLF's spokesman, Getachew Reda, said his side had made painful concessions because of the suffering of its people.

Fighting flared again in late August after a five-month truce collapsed, with each side accusing the other of attacking first. Federal and Eritrean forces captured the Tigrayan-held towns of Shire, Alamata and Korem in October.

Eritrea, whose troops have fought alongside the Ethiopian army, was not a party to the talks, and it is unclear whether its soldiers will withdraw. Amhara militiamen known as Fano, who also fought on the government side, were not consulted either.

US Secretary of State Antony Blinken welcomed the deal and said Washington would keep supporting the AU-led process. Aid agencies urged the government to lift its blockade of Tigray, which has cut the region off from fuel, cash and medicine for more than a year.

Prime Minister Abiy Ahmed said his government was committed to implementing the agreement.
""")
    ETH = ["Ethiopia", "Ethiopian government", "federal government", "Addis Ababa", "Ethiopian army",
           "federal forces", "federal authorities", "Abiy Ahmed", "Abiy"]
    TPLF = ["Tigray People's Liberation Front", "TPLF", "Tigrayan forces", "Tigrayan fighters", "Tigray forces"]
    ER = ["Eritrea", "Eritrean government", "Asmara", "Eritrean forces", "Eritrean troops", "Isaias Afwerki"]
    FANO = ["Fano", "Fano militia", "Amhara militiamen"]
    USB = US + ["Antony Blinken", "Blinken"]
    a.e(ETH, "negotiates", TPLF, "wed", note="cessation of hostilities signed Wednesday")
    a.e(["Olusegun Obasanjo", "Obasanjo"], "member_of", AU, note="the AU's envoy")
    a.e(["Olusegun Obasanjo", "Obasanjo"], "member_of", ["Nigeria", "Nigerian government", "Abuja"], opt=True, note="'former Nigerian president': past")
    a.e(AU + ["Olusegun Obasanjo", "Obasanjo"], "negotiates", ETH, "wed", opt=True, note="mediator")
    a.e(AU + ["Olusegun Obasanjo", "Obasanjo"], "negotiates", TPLF, "wed", opt=True, note="mediator")
    a.e(["Redwan Hussien", "Redwan"], "member_of", ETH)
    a.e(["Getachew Reda", "Getachew"], "member_of", TPLF)
    a.e(ETH, "accuses", TPLF, note="each side accusing the other of attacking first")
    a.e(TPLF, "accuses", ETH)
    a.e(ETH, "attacks", TPLF, note="captured Tigrayan-held towns in October")
    a.e(ER, "attacks", TPLF, note="coordination: federal and Eritrean forces captured towns")
    a.e(ER, "allies_with", ETH, note="fought alongside the Ethiopian army")
    a.e(FANO, "allies_with", ETH, note="fought on the government side")
    a.e(TPLF, "attacks", ETH, opt=True, note="war between them: implied")
    a.e(USB, "backs", AU, note="supporting the AU-led process")
    a.e(USB, "backs", ETH, opt=True, note="welcomed the deal")
    a.e(ETH, "sanctions", TPLF, opt=True, note="blockade of the region")
    a.no(ER, "negotiates", TPLF, "not a party to the talks")
    a.no(FANO, "negotiates", TPLF, "not consulted")
    a.no(ETH, "*", ["Shire", "Alamata", "Korem"], "places")
    return a


RW = ["Rwanda", "Rwandan government", "Kigali", "Rwandan army", "Rwandan troops", "Rwanda Defence Force",
      "RDF", "Paul Kagame", "Kagame"]
DRC = ["Democratic Republic of Congo", "DR Congo", "DRC", "Congo", "Congolese government", "Kinshasa",
       "Congolese army", "FARDC", "Congolese soldiers", "Félix Tshisekedi", "Felix Tshisekedi", "Tshisekedi"]
M23 = ["M23", "March 23 Movement", "M23 rebels", "Mouvement du 23 mars", "rebels"]
PROT = ["protesters", "demonstrators"]


def drc01():
    a = Article("own-drc-01", "2022-10-31",
                "Congo expels Rwandan envoy as M23 rebels seize eastern towns", """
KINSHASA — The Democratic Republic of Congo on Saturday ordered Rwanda's ambassador to leave the country within 48 hours, accusing Kigali of backing M23 rebels who seized two towns in the east of the country.

Government spokesman Patrick Muyaya said the decision, taken at an emergency meeting of the defence council chaired by President Félix Tshisekedi, was a response to "Rwanda's support for the M23 terrorist movement". Kinshasa has ruled out talks with the M23.

The M23, a mainly Tutsi-led group that was defeated by Congolese and UN forces in 2013, took up arms again late last year. Its fighters captured Kiwanja and Rutshuru on Saturday after heavy fighting with the army. On Sunday rebel spokesman Willy Ngoma warned that the group would march on Goma if the government kept refusing to negotiate.

A report by UN experts seen in August said members of the Rwandan army had carried out attacks on Congolese troops. Rwanda has dismissed the report. President Paul Kagame's government in turn accuses Kinshasa of fighting alongside the Democratic Forces for the Liberation of Rwanda (FDLR), a Hutu rebel group founded by perpetrators of the 1994 genocide.

Angola's President João Lourenço, who hosted a summit in Luanda in July at which Tshisekedi and Kagame agreed a "roadmap" to ease tensions, called both leaders on Sunday.

In Goma, hundreds of protesters marched on Monday against Rwanda, burning tyres and Rwandan flags.

Kenya is sending troops to eastern Congo as part of an East African Community regional force.
""")
    UNX = ["UN experts", "UN Group of Experts", "United Nations experts"]
    FDLR = ["Democratic Forces for the Liberation of Rwanda", "FDLR", "Forces démocratiques de libération du Rwanda"]
    AO = ["Angola", "Angolan government", "Luanda", "João Lourenço", "Joao Lourenco", "Lourenço"]
    a.e(DRC, "sanctions", RW, "sat", note="expelled the ambassador")
    a.e(DRC, "accuses", RW, "sat")
    a.e(RW, ["backs", "aids"], M23, "sat", by=DRC, note="'Rwanda's support for the M23', per Kinshasa")
    a.e(["Patrick Muyaya", "Muyaya"], "member_of", DRC)
    a.e(DRC, "condemns", M23, opt=True, note="'terrorist movement'")
    a.e(M23, "attacks", DRC, "sat", note="captured two towns after fighting with the army")
    a.e(DRC, "attacks", M23, "sat", opt=True, note="heavy fighting: mutual")
    a.e(["Willy Ngoma", "Ngoma"], "member_of", M23)
    a.e(M23 + ["Willy Ngoma", "Ngoma"], "threatens", DRC, "sun", note="would march on Goma")
    a.e(UN + ["UN forces", "MONUSCO"], "attacks", M23, opt=True, note="defeated in 2013: background")
    a.e(RW, "attacks", DRC, by=UNX, note="per the UN experts' report")
    a.e(UNX, "accuses", RW, opt=True, note="the report's finding")
    a.e(RW, "accuses", DRC)
    a.e(DRC, "allies_with", FDLR, by=RW, note="fighting alongside the FDLR, per Kigali")
    a.e(DRC, "negotiates", RW, note="Luanda roadmap agreed in July")
    a.e(AO, "negotiates", DRC, "sun", opt=True, note="phone calls")
    a.e(AO, "negotiates", RW, "sun", opt=True)
    a.e(PROT, "opposes", RW, "mon")
    a.e(["Kenya", "Kenyan government", "Nairobi", "Kenyan troops"], ["aids", "backs"], DRC, opt=True, note="troops in a regional force")
    a.no(DRC, "negotiates", M23, "ruled out talks")
    a.no(M23, "*", ["Goma", "Kiwanja", "Rutshuru"], "places; the Goma march is conditional anyway")
    a.no(PROT, "*", ["Goma"], "a place")
    return a


def drc02():
    a = Article("own-drc-02", "2025-01-29",
                "M23 tightens grip on Goma as protesters attack embassies in Kinshasa", """
GOMA — Rwanda-backed M23 rebels consolidated their hold on Goma on Wednesday, two days after entering eastern Congo's largest city, as pockets of Congolese soldiers and allied militias kept up resistance near the airport.

The rebels entered the city on Monday. Corneille Nangaa, the head of the Congo River Alliance (AFC), the political-military coalition that includes the M23, said the movement would not stop at Goma and would march on to Kinshasa.

Congo's army has been fighting alongside local militias known as Wazalendo, or "patriots", and Burundian troops deployed in South Kivu.

In Kinshasa on Tuesday, protesters angry at what they called Western complicity with Rwanda attacked the embassies of Rwanda, France, the United States and Belgium, setting fire to parts of several compounds.

Congo's foreign minister, Thérèse Kayikwamba Wagner, announced on Sunday that Kinshasa was severing diplomatic relations with Kigali.

South African President Cyril Ramaphosa blamed the deaths of 13 South African peacekeepers last week on the M23 and the Rwandan army. Kagame replied that the southern African force was "a belligerent force" fighting alongside the Congolese army and militias hostile to Rwanda, and said Rwanda would deal with South Africa "in that context" if it preferred confrontation.

The United States called on Rwanda to withdraw its troops and said it was considering sanctions. UN Secretary-General António Guterres on Tuesday condemned the offensive and urged Rwanda to pull its forces out of Congolese territory. The UN says the M23 now holds more territory in North Kivu than at any time since its 2012 rebellion.

A Congolese soldier guards a checkpoint in Goma on Wednesday. (Reuters)
""")
    AFC = ["Congo River Alliance", "AFC", "Alliance Fleuve Congo"]
    NANG = ["Corneille Nangaa", "Nangaa"]
    WAZ = ["Wazalendo", "allied militias", "local militias", "patriots"]
    BI = ["Burundi", "Burundian government", "Burundian troops", "Gitega"]
    BE = ["Belgium", "Belgian government", "Brussels"]
    ZA = ["South Africa", "South African government", "Pretoria", "South African troops", "South African peacekeepers", "Cyril Ramaphosa", "Ramaphosa"]
    SAM = ["Southern African Development Community Mission in the DRC", "SAMIDRC", "southern African force", "SADC force", "SADC"]
    THK = ["Thérèse Kayikwamba Wagner", "Therese Kayikwamba Wagner", "Kayikwamba Wagner", "Kayikwamba"]
    a.e(RW, "backs", M23, note="'Rwanda-backed'")
    a.e(M23, "attacks", DRC, "mon", note="entered Goma on Monday")
    a.e(NANG, "member_of", AFC)
    a.e(M23, "member_of", AFC)
    a.e(AFC + NANG, ["threatens", "opposes", "declares_war_on"], DRC, note="would march on to Kinshasa")
    a.e(M23, ["threatens", "opposes", "declares_war_on"], DRC, opt=True, note="'the movement' may be read as the M23")
    a.e(RW, "attacks", DRC, opt=True, note="Rwandan troops in Congo, implied by the call to withdraw")
    a.e(DRC, "attacks", M23, note="resistance near the airport")
    a.e(WAZ, "allies_with", DRC)
    a.e(WAZ, "attacks", M23, opt=True, note="kept up resistance: implied")
    a.e(BI, "allies_with", DRC)
    a.e(PROT, "attacks", RW, "tue", note="attacked embassies")
    a.e(PROT, "attacks", FR, "tue")
    a.e(PROT, "attacks", US, "tue")
    a.e(PROT, "attacks", BE, "tue")
    a.e(PROT, "accuses", ["Western governments", "the West", "Western countries"], "tue", opt=True, note="'Western complicity'")
    a.e(DRC, "sanctions", RW, "sun", note="severed relations")
    a.e(THK, "member_of", DRC)
    a.e(ZA, "accuses", M23)
    a.e(ZA, "accuses", RW)
    a.e(M23, "attacks", ZA, by=ZA, note="peacekeepers killed, per Ramaphosa")
    a.e(RW, "attacks", ZA, by=ZA)
    a.e(RW, ["condemns", "accuses"], SAM, note="'a belligerent force'")
    a.e(SAM, "allies_with", DRC, by=RW)
    a.e(RW, "threatens", ZA, note="conditional threat is a threatens edge")
    a.e(US, ["opposes", "condemns"], RW, note="called on Rwanda to withdraw")
    a.no(US, "sanctions", RW, "only considering sanctions")
    a.e(UN + GUT, "condemns", M23, "tue")
    a.e(UN + GUT, ["opposes", "condemns"], RW, "tue", note="urged Rwanda to pull its forces out")
    a.e(GUT, "member_of", UN)
    a.no(M23, "*", ["Goma"], "a place")
    a.no(["Wagner Group", "Wagner"], "*", RW + DRC, "'Wagner' here is the Congolese foreign minister's surname")
    return a


MALI = ["Mali", "Malian government", "Bamako", "Malian junta", "junta", "military rulers", "Malian army",
        "Malian troops", "military authorities", "Assimi Goita", "Goita", "Colonel Assimi Goita"]
ECOWAS = ["Economic Community of West African States", "ECOWAS", "West African bloc", "the bloc",
          "West African leaders"]
JNIM = ["Jama'at Nusrat al-Islam wal-Muslimin", "JNIM", "Group to Support Islam and Muslims", "GSIM"]


def sah01():
    a = Article("own-sahel-01", "2022-02-18",
                "France to pull troops out of Mali as ties with junta collapse", """
PARIS — France and its European allies announced on Thursday that they would withdraw their troops from Mali after nine years of fighting Islamist militants, blaming the country's military rulers for obstructing their mission.

President Emmanuel Macron said the French Barkhane force and the European Takuba task force would leave Mali over the next four to six months but would keep fighting al-Qaeda's Sahel branch, JNIM, and the Islamic State in the Greater Sahara (ISGS) elsewhere in the region, with Niger as their new hub.

Relations between Paris and Bamako have collapsed since Colonel Assimi Goita seized power in a second coup in May 2021. Mali's junta expelled the French ambassador last month after Foreign Minister Jean-Yves Le Drian called the military authorities "illegitimate".

Western governments say several hundred fighters of the Wagner Group, a Russian private military company, are now deployed in Mali. Bamako denies hiring Wagner, saying only that Russian military instructors are helping its army. Moscow says it has no links to the company.

ECOWAS imposed sanctions on Mali in January, closing borders and freezing its assets at the regional central bank, after the junta proposed staying in power for up to five more years.

JNIM fighters have repeatedly ambushed army convoys on the road near Boni, the Malian army says. The junta has floated talks with jihadist leaders, but no negotiations have taken place.

The junta's spokesman, Colonel Abdoulaye Maiga, said on Friday that French troops should leave "without delay".
""")
    FR22 = FR + ["Barkhane", "Barkhane force", "Jean-Yves Le Drian", "Le Drian"]
    EUR = ["European allies", "Takuba task force", "Takuba", "European task force"]
    ISGS = ["Islamic State in the Greater Sahara", "ISGS", "Islamic State Sahel Province", "IS Sahel"]
    AQ = ["al-Qaeda", "al-Qaida", "Qaeda"]
    WEST = ["Western governments", "the West", "Western countries"]
    a.e(FR22, "accuses", MALI, "thu", note="blaming the military rulers")
    a.e(FR22, ["attacks", "opposes"], JNIM)
    a.e(FR22, ["attacks", "opposes"], ISGS)
    a.e(EUR, ["attacks", "opposes"], JNIM, note="coordination: Barkhane and Takuba would keep fighting")
    a.e(EUR, ["attacks", "opposes"], ISGS)
    a.e(EUR, "accuses", MALI, "thu", note="coordination: France and its European allies, blaming")
    a.e(FR22, "allies_with", EUR, opt=True)
    a.e(JNIM, "member_of", AQ, note="al-Qaeda's Sahel branch")
    a.e(MALI, "sanctions", FR22, note="expelled the ambassador last month")
    a.e(FR22, "condemns", MALI, note="Le Drian: 'illegitimate'")
    a.e(["Jean-Yves Le Drian", "Le Drian"], "member_of", FR[:5])
    a.e(WAG, ["aids", "allies_with", "backs"], MALI, by=WEST, note="deployed in Mali, per Western governments")
    a.e(RU, "aids", MALI, by=MALI, note="Russian instructors helping its army, per Bamako")
    a.e(ECOWAS, "sanctions", MALI)
    a.e(JNIM, "attacks", MALI, by=MALI, note="repeated ambushes, the army says")
    a.e(["Abdoulaye Maiga", "Colonel Abdoulaye Maiga", "Maiga"], "member_of", MALI)
    a.e(MALI, "opposes", FR22, "fri", opt=True, note="demands immediate withdrawal")
    a.no(RU, "aids", WAG, "Moscow says it has no links")
    a.no(MALI, "negotiates", JNIM, "no negotiations have taken place")
    a.no(JNIM, "*", ["Boni"], "a place")
    return a


def sah02():
    a = Article("own-sahel-02", "2023-08-11",
                "ECOWAS orders standby force readied as Niger junta digs in", """
ABUJA — West African leaders on Thursday ordered the activation of a regional standby force to restore constitutional order in Niger, raising the stakes in their standoff with the officers who toppled President Mohamed Bazoum last month.

After a summit in Abuja, ECOWAS chairman and Nigerian President Bola Tinubu said all options remained on the table, including the use of force as a last resort, though the bloc still hoped for a peaceful solution.

The junta, led by General Abdourahamane Tiani, the former head of the presidential guard, ignored an ECOWAS deadline that expired on Sunday, closed Niger's airspace and said it would respond to any aggression. Bazoum has been held with his family at the presidential residence since the 26 July coup.

ECOWAS has already imposed tough economic sanctions on Niger, and Nigeria has cut electricity supplies to its northern neighbour.

The military governments of Mali and Burkina Faso have warned that any intervention in Niger would amount to a declaration of war against them, and sent a joint delegation to Niamey in a show of solidarity with the junta. Algeria and Chad said they would not take part in any military operation.

France, which has about 1,500 troops in Niger, said it backed the bloc's efforts and still recognised Bazoum as the country's only legitimate president. The junta has accused Paris of plotting to free Bazoum by force, which France denies.

Acting US Deputy Secretary of State Victoria Nuland met junta leaders in Niamey on Monday but was refused access to Bazoum.

Wagner founder Yevgeny Prigozhin praised the coup in an audio message.
""")
    NIG = ["National Council for the Safeguard of the Homeland", "CNSP", "Niger junta", "junta",
           "Niger", "Nigerien junta", "military rulers", "officers", "Abdourahamane Tiani", "Tiani",
           "General Abdourahamane Tiani"]
    NIG_ORG = NIG[:8]
    TIN = ["Bola Tinubu", "Tinubu"]
    BAZ = ["Mohamed Bazoum", "Bazoum"]
    NGA = ["Nigeria", "Nigerian government", "Abuja"]
    ML = ["Mali", "Malian government", "Bamako", "Malian junta", "Assimi Goita"]
    BF = ["Burkina Faso", "Burkinabe government", "Ouagadougou", "Burkinabe junta", "Ibrahim Traoré"]
    USN = US + ["Victoria Nuland", "Nuland"]
    a.e(ECOWAS + TIN, "threatens", NIG, "thu", note="force as a last resort; standby force activated")
    a.e(TIN, "member_of", ECOWAS, note="chairman")
    a.e(["Abdourahamane Tiani", "Tiani", "General Abdourahamane Tiani"], "member_of", NIG_ORG)
    a.e(NIG, "threatens", ECOWAS, note="would respond to any aggression")
    a.e(NIG, ["attacks", "opposes"], BAZ, note="toppled and detained him")
    a.e(ECOWAS, "sanctions", NIG)
    a.e(NGA, "sanctions", NIG, note="cut electricity supplies")
    a.e(ML, "threatens", ECOWAS, note="intervention would be a declaration of war")
    a.e(BF, "threatens", ECOWAS)
    a.e(ML, "backs", NIG, note="solidarity delegation")
    a.e(BF, "backs", NIG)
    a.e(FR, "backs", ECOWAS)
    a.e(FR, "backs", BAZ, note="still recognises him")
    a.e(NIG, "accuses", FR)
    a.e(USN, "negotiates", NIG, "mon", note="met junta leaders Monday")
    a.e(WAG + ["Yevgeny Prigozhin", "Prigozhin"], "backs", NIG, note="praised the coup")
    a.e(["Yevgeny Prigozhin", "Prigozhin"], "member_of", WAG)
    a.e(FR, "opposes", NIG, opt=True, note="refuses to recognise the junta")
    a.e(ECOWAS, "opposes", NIG, opt=True, note="restore constitutional order")
    a.no(ECOWAS, "attacks", NIG, "conditional: force as a last resort")
    a.no(ML, "declares_war_on", ECOWAS, "conditional")
    a.no(BF, "declares_war_on", ECOWAS, "conditional")
    a.no(FR, "attacks", NIG, "alleged plot, denied; a plan is not an act")
    a.no(["Algeria", "Algerian government", "Algiers"], "attacks", NIG, "refusal")
    a.no(["Chad", "Chadian government", "N'Djamena"], "attacks", NIG, "refusal")
    return a


def som01():
    a = Article("own-som-01", "2022-10-31",
                "Somali president vows 'total war' on al-Shabaab after Mogadishu bombings", """
Sign up for our morning briefing

MOGADISHU — Somalia's president vowed on Monday to wage "total war" on al-Shabaab, two days after twin car bombs claimed by the Islamist militants killed at least 100 people at a busy junction in the capital.

The bombs exploded minutes apart on Saturday outside the education ministry at the Zobe intersection. President Hassan Sheikh Mohamud, visiting the site on Sunday, blamed al-Shabaab and said his government would not rest until the group was defeated.

Al-Shabaab, al-Qaeda's affiliate in East Africa, said in a statement that it had targeted the ministry because it was an "enemy base". The group's spokesman, Ali Dhere, warned that it would keep attacking government ministries.

Since August, government troops backed by clan militias known as macawisley and by US air strikes have retaken dozens of villages from the militants in the Hiraan and Middle Shabelle regions.

The African Union Transition Mission in Somalia (ATMIS), which has about 20,000 troops from Uganda, Kenya, Ethiopia, Burundi and Djibouti, is also supporting the offensive.

Al-Shabaab has fought for more than 15 years to overthrow Somalia's Western-backed central government. In August its fighters laid siege to the Hayat Hotel in Mogadishu for 30 hours, killing 21 people.

Turkey, a major ally and aid donor, has flown in medical supplies and offered to treat the wounded in Turkish hospitals.

The president said the government might talk to al-Shabaab one day, but not now. He urged residents of areas held by the group to leave.
""")
    SOM = ["Somalia", "Somali government", "Federal Government of Somalia", "Mogadishu", "Somali army",
           "Somali National Army", "government troops", "central government", "Hassan Sheikh Mohamud", "Hassan Sheikh"]
    SHB = ["al-Shabaab", "Harakat al-Shabaab al-Mujahideen", "Shabaab", "al-Shabab", "militants", "the group",
           "Islamist militants"]
    SHB_ORG = SHB[:4]
    AQ = ["al-Qaeda", "al-Qaida", "Qaeda"]
    MAC = ["macawisley", "ma'awisley", "clan militias"]
    ATM = ["African Union Transition Mission in Somalia", "ATMIS", "African Union mission"]
    TR = ["Turkey", "Türkiye", "Turkish government", "Ankara", "Recep Tayyip Erdogan", "Erdogan"]
    a.e(SHB, "attacks", SOM, "sat", note="twin car bombs on Saturday, claimed by the group")
    a.e(SOM, ["declares_war_on", "opposes"], SHB, "mon", note="'total war'")
    a.e(SOM, "accuses", SHB, "sun", note="blamed al-Shabaab on Sunday")
    a.e(SHB_ORG, "member_of", AQ)
    a.e(["Ali Dhere", "Ali Mohamud Rage"], "member_of", SHB_ORG)
    a.e(SHB + ["Ali Dhere"], "threatens", SOM, note="would keep attacking ministries")
    a.e(SOM, "attacks", SHB, note="retook villages since August")
    a.e(MAC, ["allies_with", "aids", "backs"], SOM)
    a.e(MAC, "attacks", SHB, opt=True, note="implied by joint advance")
    a.e(US + ["American"], ["aids", "backs"], SOM, note="troops backed by US air strikes")
    a.e(US + ["American"], "attacks", SHB)
    a.e(ATM, ["aids", "backs"], SOM)
    a.e(ATM, "attacks", SHB, opt=True)
    for country in (["Uganda", "Ugandan government", "Kampala"], ["Kenya", "Kenyan government", "Nairobi"],
                    ["Ethiopia", "Ethiopian government", "Addis Ababa"], ["Burundi", "Burundian government", "Gitega"],
                    ["Djibouti", "Djiboutian government"]):
        a.e(country, "member_of", ATM, opt=True, note="troop contributor")
    a.e(TR, ["aids", "allies_with"], SOM)
    a.e(SHB, "opposes", SOM, note="fought to overthrow the government")
    a.e(["Western governments", "the West", "Western countries", "Western"], "backs", SOM, note="'Western-backed'")
    a.no(SHB, "*", ["Hayat Hotel"], "a building")
    a.no(SOM, "negotiates", SHB, "might talk one day: hypothetical")
    a.no(SHB, "*", ["Zobe", "Zobe intersection"], "a place")
    a.no(SOM, "*", ["Hiraan", "Middle Shabelle"], "places")
    return a


ARTICLES = [sud01, eth01, eth02, drc01, drc02, sah01, sah02, som01]
