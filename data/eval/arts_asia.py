"""Myanmar 2021/2023, Israel-Hezbollah 2006, Israel-Hamas 2023, Afghanistan 2021, Karabakh 2023,
Colombia 2019 (own writing) with their gold edges."""
from _common import Article

UN = ["United Nations", "UN", "U.N."]
GUT = ["António Guterres", "Antonio Guterres", "Guterres"]
US = ["United States", "US", "U.S.", "USA", "Washington", "American government", "US government",
      "White House", "State Department", "Pentagon", "US military", "US forces", "US troops"]
UK = ["United Kingdom", "UK", "Britain", "British government", "London"]
CN = ["China", "Beijing", "Chinese government"]
RU = ["Russia", "Russian government", "Moscow", "Kremlin", "Vladimir Putin", "Putin"]
FR = ["France", "French government", "Paris", "Emmanuel Macron", "Macron"]
EU = ["European Union", "EU", "Brussels"]
TAT = ["Tatmadaw", "Myanmar military", "military", "Myanmar army", "army", "junta", "military junta",
       "State Administration Council", "SAC", "generals", "Myanmar's generals", "Min Aung Hlaing"]
TAT_ORG = TAT[:-1]


def mmr01():
    a = Article("own-mmr-01", "2021-02-02",
                "Myanmar military seizes power, detains Aung San Suu Kyi", """
Skip to main content

YANGON — Myanmar's military seized power on Monday in a coup against the elected government of Aung San Suu Kyi, detaining her and other leaders of her National League for Democracy (NLD) in early-morning raids and handing power to the army chief, Senior General Min Aung Hlaing.

The army, known as the Tatmadaw, declared a one-year state of emergency and said it had acted because of fraud in November's election, which the NLD won in a landslide. The election commission has said there was no evidence of widespread fraud.

In a letter written in anticipation of her detention and posted on the party's Facebook page on Monday, Suu Kyi urged supporters not to accept the coup and to protest against it.

Soldiers stand guard outside Yangon's city hall on Monday. (Reuters)

US President Joe Biden on Monday threatened to reimpose sanctions on the generals and called the takeover "a direct assault on the country's transition to democracy". UN Secretary-General António Guterres strongly condemned the detentions, and Britain and Australia also denounced the coup.

China, Myanmar's main diplomatic protector at the United Nations, said it had "noted" the events and called on all sides to resolve their differences. Thailand and Cambodia declined to criticise the takeover, calling it an internal affair.

The Karen National Union, one of the country's oldest ethnic armed groups, said it stood with the people against the military dictatorship.

The UN Security Council is due to discuss Myanmar on Tuesday.
""")
    NLD = ["National League for Democracy", "NLD", "elected government", "civilian government",
           "Aung San Suu Kyi", "Suu Kyi"]
    NLD_ORG = NLD[:4]
    USB = US + ["Joe Biden", "Biden"]
    AU_ = ["Australia", "Australian government", "Canberra"]
    KNU = ["Karen National Union", "KNU"]
    a.e(TAT, ["attacks", "opposes"], NLD, "mon", note="coup against the elected government; leaders detained")
    a.e(["Min Aung Hlaing", "Senior General Min Aung Hlaing"], "member_of", TAT_ORG, note="army chief")
    a.e(["Aung San Suu Kyi", "Suu Kyi"], "member_of", NLD_ORG)
    a.e(TAT, "accuses", NLD, "mon", opt=True, note="'acted because of fraud': implied accusation")
    a.e(NLD, "opposes", TAT, "mon", note="urged supporters to protest against the coup")
    a.e(USB, "threatens", TAT, "mon", note="threatened to reimpose sanctions")
    a.e(USB, "condemns", TAT, "mon")
    a.e(GUT, "member_of", UN)
    a.e(UN + GUT, "condemns", TAT)
    a.e(UK, "condemns", TAT)
    a.e(AU_, "condemns", TAT)
    a.e(CN, "backs", TAT, opt=True, note="'diplomatic protector'")
    a.e(KNU, "opposes", TAT)
    a.no(USB, "sanctions", TAT, "only threatened")
    a.no(CN, "condemns", TAT, "only 'noted' the events")
    a.no(["Thailand", "Thai government", "Bangkok"], "condemns", TAT, "declined to criticise")
    a.no(["Cambodia", "Cambodian government", "Phnom Penh"], "condemns", TAT, "declined to criticise")
    a.no(TAT, "*", ["Yangon", "Yangon city hall"], "a place")
    return a


def mmr02():
    a = Article("own-mmr-02", "2023-11-08",
                "Myanmar ethnic alliance's offensive poses biggest test for junta since coup", """
Three ethnic armed groups in northern Myanmar said on Tuesday they had captured more than 100 military posts and the border town of Chinshwehaw since launching a joint offensive against the junta on 27 October, the gravest challenge to military rule since the 2021 coup.

The Three Brotherhood Alliance, made up of the Myanmar National Democratic Alliance Army (MNDAA), the Ta'ang National Liberation Army (TNLA) and the Arakan Army, calls the campaign Operation 1027. TNLA fighters have overrun police stations in Namhsan township, while the MNDAA has surrounded the town of Laukkai.

The military has responded with air strikes and artillery. Junta spokesman Zaw Min Tun accused the alliance of attacking civilians and said the army would launch counter-attacks.

Anti-junta People's Defence Forces loyal to the National Unity Government (NUG), the shadow administration formed by ousted lawmakers, said on Monday they had taken the town of Kawlin in Sagaing region. The Bamar People's Liberation Army, a small armed group formed after the coup, said it was fighting alongside the alliance in northern Shan state.

The Kachin Independence Army, which has fought the military on and off for decades, is widely believed to be helping the alliance but has not said so.

The junta-appointed president, Myint Swe, warned on Wednesday that the country risked splitting apart if the government did not manage the crisis effectively. There have been no talks between the military and the alliance.

China, which has close ties to the generals and to some of the groups along its border, called for a ceasefire.
""")
    TBA = ["Three Brotherhood Alliance", "Brotherhood Alliance", "the alliance"]
    MNDAA = ["Myanmar National Democratic Alliance Army", "MNDAA", "Kokang army"]
    TNLA = ["Ta'ang National Liberation Army", "TNLA"]
    AA = ["Arakan Army", "AA"]
    PDF = ["People's Defence Forces", "People's Defence Force", "PDF", "PDFs", "People's Defense Forces"]
    NUG = ["National Unity Government", "NUG", "shadow government"]
    BPLA = ["Bamar People's Liberation Army", "BPLA"]
    KIA = ["Kachin Independence Army", "KIA"]
    ZMT = ["Zaw Min Tun", "Major General Zaw Min Tun"]
    # by 2023 the junta is the de facto government, so the state's names count for it (GUIDE: a state
    # and its government are one actor); on the day of the coup (mmr01) the text still sets them apart
    T23 = TAT + ["Myanmar", "Myanmar government", "Naypyitaw", "Naypyidaw"]
    T23_ORG = TAT_ORG + ["Myanmar", "Myanmar government", "Naypyitaw", "Naypyidaw"]
    a.e(TBA, "attacks", T23, "2023-10-27", by=TBA, note="joint offensive launched 27 October, the groups said")
    a.e(MNDAA, "member_of", TBA)
    a.e(TNLA, "member_of", TBA)
    a.e(AA, "member_of", TBA)
    a.e(TNLA, "attacks", T23, note="overran police stations")
    a.e(MNDAA, "attacks", T23, note="surrounded Laukkai")
    a.e(AA, "attacks", T23, "2023-10-27", opt=True, note="member of the joint offensive, no action of its own named")
    a.e(T23, "attacks", TBA, note="responded with air strikes")
    a.e(ZMT, "member_of", T23_ORG)
    a.e(TBA, "attacks", ["civilians"], by=T23 + ZMT, opt=True, note="per the junta; a vague collective")
    a.e(NUG, "opposes", T23, opt=True, note="shadow administration of ousted lawmakers")
    a.e(T23 + ZMT, "accuses", TBA)
    a.e(T23 + ZMT, "threatens", TBA, note="would launch counter-attacks")
    a.e(PDF, "opposes", T23, note="'anti-junta'")
    a.e(PDF, "attacks", T23, "mon", by=PDF, note="took Kawlin, they said on Monday")
    a.e(PDF, ["member_of", "backs"], NUG, note="loyal to the NUG")
    a.e(BPLA, "allies_with", TBA, by=BPLA)
    a.e(BPLA, "attacks", T23, by=BPLA, opt=True, note="implied by fighting alongside")
    a.e(KIA, "attacks", T23, note="has fought the military for decades")
    a.e(KIA, "aids", TBA, opt=True, note="'widely believed': unconfirmed")
    a.e(["Myint Swe", "President Myint Swe"], "member_of", T23_ORG, opt=True, note="junta-appointed president")
    a.e(CN, ["allies_with", "backs"], T23, opt=True, note="close ties")
    a.no(T23, "negotiates", TBA, "negated: no talks")
    a.no(MNDAA, "*", ["Laukkai"], "a place")
    a.no(PDF, "*", ["Kawlin", "Sagaing", "Sagaing region"], "places")
    a.no(TBA, "*", ["Chinshwehaw"], "a place")
    return a


ISR = ["Israel", "Israeli government", "Jerusalem", "Israeli military", "Israel Defense Forces", "IDF",
       "Israeli army", "Israeli forces", "Israeli troops", "Israeli air force", "Israeli warplanes"]
HEZ = ["Hezbollah", "Hizbollah", "Hizbullah", "Lebanese Hezbollah"]
IRN = ["Iran", "Iranian government", "Tehran", "Islamic Republic of Iran"]


def isr01():
    a = Article("own-isr-01", "2006-07-13",
                "Israel bombs Beirut airport after Hezbollah seizes two soldiers", """
BEIRUT — Israeli warplanes bombed Beirut's international airport and struck Hezbollah targets across southern Lebanon on Thursday, a day after the Shiite group captured two Israeli soldiers in a cross-border raid. Israel also imposed an air and sea blockade on Lebanon.

Hezbollah fighters crossed the border on Wednesday near the village of Zarit, attacked two army vehicles, killed three soldiers and seized two others. Five more soldiers died when troops pursued the attackers into Lebanon. Hezbollah leader Hassan Nasrallah said the captives would be returned only through indirect negotiations and a prisoner exchange.

Prime Minister Ehud Olmert on Wednesday called the raid "an act of war" and said the Lebanese government was responsible. The army chief, Lieutenant General Dan Halutz, threatened to "turn Lebanon's clock back 20 years" if the soldiers were not released.

Hezbollah, which holds two seats in Siniora's cabinet, is the only Lebanese faction that kept its weapons after the 1975-1990 civil war. Israel withdrew from southern Lebanon in 2000 after 18 years of occupation, under constant attack from Hezbollah guerrillas.

Lebanese Prime Minister Fouad Siniora said his government had not known of the operation and did not endorse it.

Israel also blamed Syria and Iran, Hezbollah's main backers. Iran and Syria arm Hezbollah and bear full responsibility, Foreign Minister Tzipi Livni said. Damascus warned that it would respond to any Israeli attack on Syrian territory.

The United States condemned Hezbollah's "unprovoked" attack and said Israel had the right to defend itself, while France and the European Union criticised the Israeli response as disproportionate. Saudi Arabia, in an unusual rebuke, criticised Hezbollah's "uncalculated adventures".
""")
    ISR06 = ISR + ["Ehud Olmert", "Olmert"]
    HAL = ["Dan Halutz", "Halutz", "Lieutenant General Dan Halutz"]
    LIV = ["Tzipi Livni", "Livni"]
    NAS = ["Hassan Nasrallah", "Nasrallah", "Sayyed Hassan Nasrallah"]
    LB = ["Lebanon", "Lebanese government", "Fouad Siniora", "Siniora", "Lebanese state"]
    SY = ["Syria", "Syrian government", "Damascus", "Bashar al-Assad", "Assad"]
    US06 = US + ["George W. Bush", "Bush"]
    SA = ["Saudi Arabia", "Saudi government", "Riyadh", "Saudi"]
    a.e(ISR06, "attacks", HEZ, "thu", note="struck Hezbollah targets on Thursday; pursuit on Wednesday")
    a.e(HEZ + NAS, "attacks", ISR06, "wed", note="cross-border raid on Wednesday")
    a.e(ISR06, ["attacks", "sanctions"], LB, "thu", note="bombed the country's airport; air and sea blockade")
    a.e(NAS, "member_of", HEZ)
    a.e(ISR06, "accuses", LB, "wed", note="Olmert: the Lebanese government was responsible")
    a.e(HAL, "member_of", ISR)
    a.e(ISR06 + HAL, "threatens", LB, note="conditional threat")
    a.e(ISR06 + LIV, "accuses", SY)
    a.e(ISR06 + LIV, "accuses", IRN)
    a.e(SY, "backs", HEZ, note="Hezbollah's main backers")
    a.e(IRN, "backs", HEZ)
    a.e(IRN, "aids", HEZ, by=ISR06 + LIV, note="'arm Hezbollah', per Livni")
    a.e(SY, "aids", HEZ, by=ISR06 + LIV)
    a.e(LIV, "member_of", ISR)
    a.e(SY, "threatens", ISR06, note="would respond to any attack: a conditional threat")
    a.e(US06, "condemns", HEZ)
    a.e(US06, "backs", ISR06, note="right to defend itself")
    a.e(FR, "condemns", ISR06)
    a.e(EU, "condemns", ISR06)
    a.e(SA, "condemns", HEZ)
    a.no(LB, "backs", HEZ, "did not endorse it")
    a.e(HEZ, "member_of", LB, opt=True, note="two seats in the cabinet")
    a.no(HEZ + NAS, "negotiates", ISR06, "returned only through negotiations: hypothetical")
    a.no(SY, "attacks", ISR06, "conditional")
    a.no(HEZ, "*", ["Zarit"], "a place")
    a.no(ISR06, "*", ["Beirut's international airport", "Beirut airport"], "infrastructure, not an actor")
    return a


def isr02():
    a = Article("own-isr-02", "2023-10-09",
                "Israel declares war on Hamas, orders 'complete siege' of Gaza", """
Sign up for our newsletter

JERUSALEM — Israel's security cabinet formally declared war on Hamas on Sunday, a day after the Islamist group's fighters broke through the Gaza border fence and killed hundreds of people in southern Israeli towns in the deadliest attack in the country's history.

Israeli warplanes pounded Gaza on Monday as Defence Minister Yoav Gallant ordered a "complete siege" of the territory, cutting off electricity, food and fuel.

Hamas's armed wing, the Qassam Brigades, said it was holding dozens of soldiers and civilians. Its spokesman, Abu Obeida, threatened on Monday to execute a hostage each time Israel struck civilian homes without warning. Palestinian Islamic Jihad said its fighters had taken part in Saturday's assault and were holding more than 30 captives.

On the Lebanese border, Hezbollah fired rockets and shells at Israeli positions in the Shebaa Farms area on Sunday "in solidarity" with the Palestinian resistance, and Israel struck back with drones and artillery. Could Hezbollah join forces with Hamas and open a second front? Israeli officials said they were preparing for that possibility.

US President Joe Biden said on Saturday that the United States stood "rock solid" behind Israel. On Sunday the Pentagon ordered the USS Gerald R. Ford carrier strike group to the eastern Mediterranean and said it would send additional munitions.

Iranian officials praised the attack, but Iran's mission to the United Nations said Tehran was not involved in it.

Smoke billows over Gaza City after an Israeli strike on Monday. (Reuters)
""")
    ISR23 = ISR + ["Benjamin Netanyahu", "Netanyahu", "security cabinet"]
    HAM = ["Hamas", "Islamic Resistance Movement", "Hamas fighters", "the Islamist group"]
    QAS = ["Izz ad-Din al-Qassam Brigades", "Qassam Brigades", "al-Qassam Brigades", "Qassam"]
    ABO = ["Abu Obeida", "Abu Ubaida"]
    PIJ = ["Palestinian Islamic Jihad", "Islamic Jihad", "PIJ"]
    GAL = ["Yoav Gallant", "Gallant"]
    USB = US + ["Joe Biden", "Biden"]
    a.e(HAM, "attacks", ISR23, "sat", note="Saturday's assault")
    a.e(ISR23, "declares_war_on", HAM, "sun")
    a.e(ISR23, "attacks", HAM, "mon", opt=True, note="pounded Gaza: the target named is a territory; Hamas implied")
    a.e(GAL, "member_of", ISR)
    a.e(QAS, "member_of", HAM, note="Hamas's armed wing")
    a.e(ABO, "member_of", QAS)
    a.e(QAS + ABO + HAM, "threatens", ISR23, "mon")
    a.e(PIJ, "attacks", ISR23, "sat", by=PIJ, note="took part in Saturday's assault, it said")
    a.e(PIJ, "allies_with", HAM, "sat", opt=True, note="joint assault")
    a.e(HEZ, "attacks", ISR23, "sun")
    a.e(ISR23, "attacks", HEZ, "sun", note="struck back with drones and artillery")
    a.e(USB, "backs", ISR23, "sat")
    a.e(USB, "aids", ISR23, "sun", note="carrier group and munitions")
    a.e(IRN, "backs", HAM, note="praised the attack")
    a.e(HEZ, "backs", HAM + ["Palestinian resistance"], "sun", opt=True, note="'in solidarity' with the Palestinian resistance")
    a.no(HEZ, "allies_with", HAM, "a question")
    a.no(IRN, "attacks", ISR23, "denied involvement")
    a.no(ISR23, "*", ["Gaza", "Gaza Strip", "Gaza City"], "a place")
    a.no(HEZ, "*", ["Shebaa Farms"], "a place")
    return a


def afg01():
    a = Article("own-afg-01", "2021-08-16",
                "Chaos at Kabul airport as Taliban take control of Afghanistan", """
KABUL — Thousands of Afghans desperate to flee the Taliban crowded the runway of Kabul airport on Monday, a day after the Islamist militants swept into the capital and President Ashraf Ghani fled the country, sealing the collapse of the Western-backed government.

The Taliban entered Kabul on Sunday, 15 August, meeting little resistance after government forces melted away across the country in little more than a week. Taliban spokesman Zabihullah Mujahid said the group wanted peaceful relations with the international community.

President Joe Biden defended his decision to withdraw US troops in a speech on Monday, saying American forces could not fight a war that Afghan forces were not willing to fight for themselves. He warned the Taliban that any attack on US personnel during the evacuation would be met with "devastating force". Washington signed a troop withdrawal deal with the Taliban in Doha in February 2020.

In the Panjshir valley north of Kabul, Ahmad Massoud, the son of the late anti-Taliban commander Ahmad Shah Massoud, and former vice-president Amrullah Saleh vowed to resist the militants, gathering fighters under a movement calling itself the National Resistance Front.

Pakistan's Prime Minister Imran Khan said on Monday that Afghans had broken "the shackles of slavery". Islamabad has long denied sheltering Taliban leaders.

NATO Secretary-General Jens Stoltenberg said the alliance was working to keep Kabul airport open for evacuation flights. Britain and Germany rushed to fly out their citizens and Afghan staff.

The Islamic State's local branch, known as ISIS-K, which has fought the Taliban for years, is expected to exploit the chaos, Western officials said.
""")
    TAL = ["Taliban", "Islamic Emirate of Afghanistan", "the militants", "Islamist militants"]
    TAL_ORG = TAL
    AFG = ["Afghan government", "Afghanistan", "government forces", "Afghan forces",
           "Afghan security forces", "Ashraf Ghani", "Ghani", "Western-backed government"]
    WEST = ["Western governments", "the West", "Western countries", "Western officials", "Western"]
    USB = US + ["Joe Biden", "Biden", "American forces"]
    NRF = ["National Resistance Front", "NRF", "National Resistance Front of Afghanistan"]
    MAS = ["Ahmad Massoud", "Massoud"]
    SAL = ["Amrullah Saleh", "Saleh"]
    PK = ["Pakistan", "Pakistani government", "Islamabad", "Imran Khan", "Khan"]
    ISK = ["Islamic State Khorasan Province", "ISIS-K", "ISKP", "IS-K", "Islamic State Khorasan"]
    IS = ["Islamic State", "IS", "ISIS", "ISIL", "Daesh"]
    a.e(TAL, ["attacks", "opposes"], AFG, "sun", note="entered Kabul on Sunday 15 August")
    a.e(WEST, "backs", AFG, note="'Western-backed government'")
    a.e(["Zabihullah Mujahid", "Mujahid"], "member_of", TAL)
    a.e(USB, "threatens", TAL, "mon")
    a.e(USB, "negotiates", TAL, note="Doha deal, February 2020")
    a.e(MAS, ["opposes", "declares_war_on"], TAL, note="vowed to resist")
    a.e(SAL, ["opposes", "declares_war_on"], TAL)
    a.e(NRF, ["opposes", "declares_war_on"], TAL, note="the movement they gather fighters under to resist")
    a.e(MAS, "member_of", NRF)
    a.e(SAL, "member_of", NRF)
    a.e(["Ahmad Shah Massoud"], "opposes", TAL, opt=True, note="'anti-Taliban commander': background")
    a.e(PK, "backs", TAL, "mon", note="Khan's praise")
    a.e(ISK, "member_of", IS, note="local branch")
    a.e(ISK, ["attacks", "opposes"], TAL)
    a.e(USB, "backs", AFG, opt=True, note="US troops were there for the government: implied")
    a.no(USB, "attacks", TAL, "conditional warning")
    NATO = ["North Atlantic Treaty Organization", "NATO", "the alliance"]
    a.e(["Jens Stoltenberg", "Stoltenberg"], "member_of", NATO)
    a.no(PK, "aids", TAL, "denied sheltering Taliban leaders")
    a.no(NRF, "*", ["Panjshir", "Panjshir valley"], "a place")
    a.no(TAL, "*", ["Kabul airport", "Kabul"], "a place")
    return a


def nkb01():
    a = Article("own-nkb-01", "2023-09-21",
                "Karabakh Armenians lay down arms as Azerbaijan claims victory", """
BAKU — Ethnic Armenian officials from Nagorno-Karabakh held talks with Azerbaijani representatives in the town of Yevlakh on Thursday on the region's "reintegration", a day after agreeing to lay down their arms to end a lightning offensive by Azerbaijani forces.

Azerbaijan launched what it called "local anti-terrorist measures" on Tuesday, 19 September, pounding Karabakh Armenian positions with artillery and drones. The separatist authorities accepted a ceasefire proposed by Russian peacekeepers on Wednesday, under which the Karabakh Defence Army will disband and hand over its weapons.

President Ilham Aliyev said in a televised address on Wednesday that Azerbaijan had restored its sovereignty "with an iron fist" and accused Armenia of arming the separatists.

Armenian Prime Minister Nikol Pashinyan said Armenia's armed forces had not taken part in the fighting and were not in Karabakh. Thousands of protesters gathered in Yerevan on Wednesday night, demanding his resignation and accusing him of betraying the Karabakh Armenians. Pashinyan also criticised Russia, Armenia's formal ally, for failing to stop the offensive.

Five Russian peacekeepers were killed on Wednesday when their vehicle came under fire; Baku apologised and said its troops had fired on them by mistake.

Aliyev's army retook large parts of the region in a 44-day war in 2020 with the help of Turkish drones. He said on Wednesday that the Armenians of Karabakh would be guaranteed their rights as citizens of Azerbaijan; Armenian officials dismissed the pledge.

Turkish President Recep Tayyip Erdogan, Baku's closest ally, said on Wednesday that Turkey supported the steps taken by Azerbaijan. France condemned the offensive and called for an emergency meeting of the UN Security Council.
""")
    AZ = ["Azerbaijan", "Azerbaijani government", "Baku", "Azerbaijani forces", "Azerbaijani troops",
          "Azerbaijani army", "Azerbaijani representatives", "Ilham Aliyev", "Aliyev"]
    KA = ["Nagorno-Karabakh authorities", "Karabakh Armenian authorities", "separatist authorities",
          "separatists", "Karabakh Armenians", "ethnic Armenian officials", "Republic of Artsakh",
          "Artsakh", "Karabakh Defence Army", "Artsakh Defence Army"]
    AM = ["Armenia", "Armenian government", "Yerevan", "Armenian forces", "Armenia's armed forces",
          "Nikol Pashinyan", "Pashinyan"]
    RUP = RU + ["Russian peacekeepers", "Russian peacekeeping force"]
    TR = ["Turkey", "Türkiye", "Turkish government", "Ankara", "Recep Tayyip Erdogan", "Erdogan"]
    a.e(AZ, "attacks", KA, "tue", note="offensive launched Tuesday 19 September")
    a.e(KA, "negotiates", AZ, "thu", note="talks in Yevlakh on Thursday; ceasefire accepted Wednesday")
    a.e(RUP, "negotiates", KA, "wed", opt=True, note="proposed the ceasefire")
    a.e(AZ, "accuses", AM, "wed")
    a.e(AM, "aids", KA, "wed", by=AZ, note="'arming the separatists', per Aliyev")
    a.e(["protesters", "demonstrators"], ["opposes", "accuses"], AM, "wed", note="demanding Pashinyan's resignation")
    a.e(AM, "condemns", RUP, note="criticised Russia for failing to stop the offensive")
    a.e(AM, "allies_with", RUP, opt=True, note="formal ally: background")
    a.e(AZ, "attacks", RUP, "wed", opt=True, note="fired on peacekeepers by mistake")
    a.e(TR, ["backs", "allies_with"], AZ, "wed")
    a.e(FR, "condemns", AZ)
    a.e(TR, "aids", AZ, note="Turkish drones in the 2020 war")
    a.no(AM, "attacks", AZ, "Armenian forces took no part")
    a.no(AZ, "*", ["Yevlakh", "Nagorno-Karabakh", "Karabakh"], "places")
    a.no(["protesters", "demonstrators"], "*", ["Yerevan"], "a place")
    return a


def col01():
    a = Article("own-col-01", "2019-01-21",
                "Colombia's ELN claims Bogota police academy bombing", """
BOGOTA — Colombia's National Liberation Army (ELN) claimed responsibility on Monday for a car bomb that killed 21 people at a police academy in the capital last week, calling the attack a legitimate act of war in response to government bombings of its camps.

In a statement posted online, the rebel group's central command said Thursday's attack on the General Santander school was lawful and accused President Iván Duque of ignoring its proposals for a bilateral ceasefire.

Duque on Friday called off peace talks with the group, which had been frozen since he took office in August, and reactivated arrest warrants against the ten members of the ELN's negotiating team who are in Havana. Colombia has asked Cuba to hand them over, but Havana has refused, saying it must respect the protocols agreed by the countries guaranteeing the talks.

The bombing was condemned by the United Nations, the United States and the European Union. Tens of thousands of demonstrators marched against the ELN in cities across the country on Sunday.

Defence Minister Guillermo Botero said the bomber, José Aldemar Rojas, was an explosives expert and a long-time member of the ELN. Duque's government has also accused Venezuela of sheltering ELN commanders on its side of the border.

The ELN, founded in 1964 by radical Catholic priests and students inspired by the Cuban revolution, has about 2,000 fighters. It stepped up attacks after the larger FARC rebel group disarmed under a 2016 peace deal with the government of Juan Manuel Santos. FARC dissidents who rejected that deal have formed alliances with the ELN in border areas, according to the army.

Fighting between the ELN and the army continues in the Catatumbo region.
""")
    ELN = ["National Liberation Army", "ELN", "Ejército de Liberación Nacional", "the rebel group"]
    CO = ["Colombia", "Colombian government", "Bogota", "Bogotá", "Colombian army", "army", "police",
          "Iván Duque", "Ivan Duque", "Duque", "Juan Manuel Santos", "Santos"]
    CU = ["Cuba", "Cuban government", "Havana"]
    VE = ["Venezuela", "Venezuelan government", "Caracas", "Nicolás Maduro", "Maduro"]
    FARC = ["Revolutionary Armed Forces of Colombia", "FARC"]
    DIS = ["FARC dissidents", "dissidents"]
    BOT = ["Guillermo Botero", "Botero"]
    ROJ = ["José Aldemar Rojas", "Jose Aldemar Rojas", "Rojas"]
    a.e(ELN, "attacks", CO, "thu", note="Thursday's car bomb at the police academy")
    a.e(ELN, "accuses", CO, "mon")
    a.e(CO, "attacks", ELN, "mon", note="government bombings of its camps (per the ELN); fighting in Catatumbo continues")
    a.e(CO, "opposes", ELN, "fri", note="called off talks, reactivated arrest warrants")
    a.e(UN, "condemns", ELN, note="passive: was condemned by")
    a.e(US, "condemns", ELN)
    a.e(EU, "condemns", ELN)
    a.e(["demonstrators", "marchers"], "opposes", ELN, "sun")
    a.e(BOT, "member_of", CO)
    a.e(ROJ, "member_of", ELN, by=CO + BOT)
    a.e(CO, "accuses", VE)
    a.e(VE, ["aids", "backs"], ELN, by=CO, note="sheltering ELN commanders, per Bogota")
    a.e(FARC, "negotiates", CO, note="2016 peace deal")
    a.e(DIS, "allies_with", ELN, by=CO, note="according to the army")
    a.e(DIS, "opposes", CO, opt=True, note="rejected the deal")
    a.e(CO, "sanctions", ELN, "fri", opt=True, note="arrest warrants")
    a.no(CO, "negotiates", ELN, "talks called off")
    a.no(CU, "*", ELN, "refused to hand them over: no stance")
    a.no(ELN, "*", ["Catatumbo"], "a place")
    return a


def kas01():
    a = Article("own-kas-01", "2019-02-27",
                "Pakistan says it downed two Indian jets as Kashmir crisis escalates", """
Skip to main content

ISLAMABAD — Pakistan said it shot down two Indian military aircraft over Kashmir on Wednesday and captured a pilot, a day after Indian warplanes struck what New Delhi called a militant training camp inside Pakistan.

India said its jets had hit a camp of Jaish-e-Mohammed (JeM) near the town of Balakot on Tuesday, killing a "very large number" of fighters. Pakistan said the Indian planes had violated its airspace and dropped their bombs on empty forest.

JeM, a Pakistan-based militant group, claimed the suicide bombing on 14 February that killed 40 Indian paramilitary police in Pulwama, the deadliest attack on Indian forces in Kashmir in three decades. Prime Minister Narendra Modi vowed the next day that those behind it would pay "a very heavy price".

India accuses Pakistan of sheltering the group and of using militants to wage a proxy war in Kashmir. Islamabad rejects the charge and says it gives only moral and diplomatic support to Kashmiris seeking self-determination.

Pakistan's military spokesman, Major General Asif Ghafoor, said the air force had struck open ground across the Line of Control on Wednesday to show its capability, and that two Indian jets that crossed into Pakistani airspace in pursuit had been shot down. India confirmed the loss of a MiG-21 and said its fighters had downed a Pakistani F-16.

Pakistani soldiers stand near the wreckage of an Indian aircraft on Wednesday. (Reuters)

Prime Minister Imran Khan offered talks and warned that neither country could afford a war between nuclear-armed neighbours. "If this escalates, it will be out of my control and Modi's," he said in a televised address.

The United States and China urged both sides to show restraint. Washington had earlier called on Pakistan to stop giving safe haven to JeM.
""")
    IN = ["India", "Indian government", "New Delhi", "Delhi", "Indian forces", "Indian air force",
          "Indian army", "Indian warplanes", "Indian jets", "Narendra Modi", "Modi"]
    PK = ["Pakistan", "Pakistani government", "Islamabad", "Pakistani military", "Pakistani air force",
          "Pakistan Air Force", "Pakistani army", "Imran Khan", "Khan"]
    JEM = ["Jaish-e-Mohammed", "JeM", "Jaish-e-Muhammad", "Jaish-e-Mohammad", "the group"]
    GHA = ["Asif Ghafoor", "Major General Asif Ghafoor", "Ghafoor"]
    a.e(IN, "attacks", JEM, "tue", by=IN, note="strike on a JeM camp, per India")
    a.e(IN, "attacks", PK, "tue", note="struck inside Pakistan on Tuesday; downed an F-16 on Wednesday, per India")
    a.e(JEM, "attacks", IN, "2019-02-14", note="claimed the Pulwama bombing of 14 February")
    a.e(IN, ["threatens", "opposes"], JEM, "2019-02-15", opt=True, note="'those behind it would pay': target by description")
    a.e(IN, "accuses", PK)
    a.e(PK, ["aids", "backs"], JEM, by=IN, note="sheltering the group, per India")
    a.e(PK, "backs", ["Kashmiris", "Kashmiri separatists"], by=PK, opt=True, note="moral and diplomatic support")
    a.e(GHA, "member_of", PK)
    a.e(PK + GHA, "attacks", IN, "wed", by=PK + GHA, note="struck across the LoC and shot down two jets")
    a.e(US + ["Donald Trump", "Trump"], "accuses", PK, opt=True, note="called on Pakistan to stop giving safe haven")
    a.e(US + ["Donald Trump", "Trump"], "opposes", JEM, opt=True)
    a.no(PK, "negotiates", IN, "an offer of talks is not talks")
    a.no(PK, "declares_war_on", IN, "hypothetical war")
    a.no(IN, "*", ["Balakot", "Line of Control"], "places")
    a.no(JEM, "*", ["Pulwama", "Kashmir"], "places")
    a.no(CN, "condemns", IN, "urged restraint only")
    return a


ARTICLES = [mmr01, mmr02, isr01, isr02, afg01, nkb01, col01, kas01]
