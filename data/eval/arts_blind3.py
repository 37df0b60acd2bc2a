"""Third blind held-out set (own writing, 16 articles from conflicts in no other set) with gold edges.

Run `python3 data/eval/arts_blind3.py` to write third-heldout.jsonl next to this file.
"""
import json
import os
import sys

sys.dont_write_bytecode = True  # keep data/eval free of __pycache__
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from _common import Article  # noqa: E402

SRC = "stancegraph third held-out corpus"

US = ["United States", "US", "U.S.", "USA", "Washington", "American government", "US government",
      "White House", "State Department", "Pentagon", "US military", "US forces", "American forces",
      "American troops", "US troops"]
UK = ["United Kingdom", "UK", "Britain", "British government", "London", "British forces",
      "British troops", "Downing Street"]
FR = ["France", "French government", "Paris", "French forces", "French troops", "French military"]
UN = ["United Nations", "UN", "U.N."]
UNSC = ["UN Security Council", "Security Council", "United Nations Security Council"]
AU = ["African Union", "AU"]
IN = ["India", "Indian government", "New Delhi", "Delhi", "Indian army", "Indian troops", "Indian forces"]
CN = ["China", "Chinese government", "Beijing", "People's Republic of China", "Chinese troops",
      "Chinese forces", "People's Liberation Army", "PLA"]
RU = ["Russia", "Russian government", "Moscow", "Kremlin"]


def art(id, pub, title, text):
    a = Article(id, pub, title, text, source=SRC)
    a.d["url"] = f"https://example.org/third-heldout/{id}"
    return a


def irq01():
    a = art("b3-irq-01", "2003-03-21",
            "US-led forces push into Iraq as Baghdad vows to resist", """
Skip to main content

KUWAIT CITY — American and British ground forces crossed from Kuwait into southern Iraq on Thursday, hours after U.S. cruise missiles struck targets in Baghdad in what President George W. Bush called the opening of a campaign to disarm Iraq and remove Saddam Hussein.

British Royal Marines and U.S. Marines moved on the Faw peninsula and the port of Umm Qasr, military officials said. Australia and Poland also have troops in the coalition, which Washington says is backed by more than 40 countries.

Iraqi forces fired several missiles at Kuwait on Thursday, the Kuwaiti defence ministry said. None caused casualties.

In a televised address, Saddam called the invasion a crime and urged Iraqis to fight the "criminal aggressors". His information minister, Mohammed Saeed al-Sahhaf, said the Americans would be defeated at the gates of Baghdad.

France, Germany and Russia, which blocked a second UN resolution authorising force, criticised the attack. Russian President Vladimir Putin said on Thursday the war was a big political mistake and demanded it stop. French President Jacques Chirac said France regretted an action taken without the approval of the United Nations.

Turkey has refused to let U.S. troops use its territory for a northern front, though its parliament on Thursday opened Turkish airspace to American aircraft.

Kurdish fighters of the Patriotic Union of Kurdistan, allied with Washington, said they were ready to join an offensive against Iraqi troops in the north but had not yet moved.

Iraqi officials denied again that Baghdad held weapons of mass destruction. Could the regime use chemical weapons as troops close in? U.S. commanders said they were prepared for it.

Photo: A U.S. Marine near the Kuwaiti border on Thursday. (AP)

Sign up for our Middle East newsletter
""")
    IQ = ["Iraq", "Iraqi government", "Baghdad", "Iraqi forces", "Iraqi troops", "Iraqi army", "regime",
          "Saddam Hussein", "Saddam"]
    USB = US + ["George W. Bush", "Bush", "Americans"]
    UKB = UK + ["British Royal Marines", "Royal Marines", "Tony Blair", "Blair"]
    COAL = ["US-led coalition", "coalition"]
    KW = ["Kuwait", "Kuwaiti government", "Kuwaiti defence ministry", "Kuwait City"]
    DE = ["Germany", "German government", "Berlin"]
    RUP = RU + ["Vladimir Putin", "Putin"]
    FRC = FR + ["Jacques Chirac", "Chirac"]
    TR = ["Turkey", "Turkish government", "Ankara", "Turkish parliament"]
    PUK = ["Patriotic Union of Kurdistan", "PUK", "Kurdish fighters"]
    SAH = ["Mohammed Saeed al-Sahhaf", "al-Sahhaf", "Sahhaf"]
    a.e(USB, "attacks", IQ, "thu")
    a.e(UKB, "attacks", IQ, "thu")
    a.e(USB, "allies_with", UKB, "thu", opt=True, note="joint ground push")
    a.e(["Australia", "Australian government", "Canberra"], "member_of", COAL, opt=True)
    a.e(["Poland", "Polish government", "Warsaw"], "member_of", COAL, opt=True)
    a.e(IQ, "attacks", KW, "thu", by=KW)
    a.e(IQ, "condemns", USB, note="called the invasion a crime")
    a.e(IQ, "opposes", USB, note="urged Iraqis to fight the aggressors")
    a.e(SAH, "member_of", IQ)
    a.e(SAH + IQ, "threatens", USB, opt=True, note="'would be defeated at the gates'")
    a.e(FRC, "condemns", USB, note="criticised the attack")
    a.e(DE, "condemns", USB)
    a.e(RUP, "condemns", USB, "thu")
    a.e(FRC, "opposes", USB, opt=True, note="blocked a second resolution")
    a.e(DE, "opposes", USB, opt=True)
    a.e(RUP, "opposes", USB, opt=True)
    a.e(TR, "aids", USB, "thu", opt=True, note="opened airspace")
    a.e(PUK, "allies_with", USB, note="allied with Washington")
    a.e(PUK, "opposes", IQ, opt=True, note="ready to join an offensive: not yet moved")
    a.no(PUK, "attacks", IQ, "had not yet moved; ready to join is hypothetical")
    a.no(IQ, "attacks", USB, "question: could the regime use chemical weapons")
    a.no(USB, "*", ["Faw peninsula", "Faw", "Umm Qasr"], "places")
    return a


def lbn01():
    a = art("b3-lbn-01", "2008-05-10",
            "Hezbollah gunmen take over west Beirut after government moves against its network", """
BEIRUT — Hezbollah fighters and their allies seized control of much of mostly Muslim west Beirut on Friday after two days of street battles with supporters of the Western-backed government, in the worst internal fighting since the 1975-90 civil war.

The Iranian-backed group's gunmen, joined by militiamen of the Amal movement, overran offices of the Future Movement, the party of parliamentary majority leader Saad Hariri, and forced his Future TV station off the air, witnesses said.

The violence erupted after the cabinet of Prime Minister Fouad Siniora declared Hezbollah's private telephone network illegal and removed the airport security chief, who is seen as close to the group. Hezbollah leader Sayyed Hassan Nasrallah said on Thursday the decision amounted to a declaration of war on the resistance and that the group would defend its weapons.

Siniora accused Hezbollah of staging an armed coup to bring back Syrian influence. The Lebanese army, which has stayed neutral, did not intervene in the fighting, and its commander, Gen. Michel Suleiman, has refused to take sides.

The United States condemned the violence on Friday and said Hezbollah and its backers in Syria and Iran were trying to bring down a legitimate government. Saudi Arabia, which backs Siniora, also condemned the group. Damascus denied any role in the fighting.

Arab League foreign ministers are expected to meet in Cairo on Sunday, and a League delegation could travel to Beirut next week if a truce holds.

Walid Jumblatt, the Druze leader allied with Hariri, said his supporters would not fight the army but would defend their areas in the mountains.
""")
    HZ = ["Hezbollah", "Hizbollah", "Hizbullah", "the group", "Hassan Nasrallah", "Sayyed Hassan Nasrallah", "Nasrallah"]
    AMAL = ["Amal movement", "Amal"]
    LB = ["Lebanese government", "Lebanon", "government", "cabinet", "Fouad Siniora", "Siniora", "Western-backed government"]
    FUT = ["Future Movement", "Hariri supporters"]
    HAR = ["Saad Hariri", "Hariri"]
    IR = ["Iran", "Iranian government", "Tehran"]
    SY = ["Syria", "Syrian government", "Damascus"]
    SA = ["Saudi Arabia", "Saudi government", "Riyadh"]
    LAF = ["Lebanese army", "Lebanese Armed Forces", "the army"]
    JUM = ["Walid Jumblatt", "Jumblatt"]
    a.e(HZ, "attacks", FUT, "fri")
    a.e(AMAL, "attacks", FUT, "fri")
    a.e(AMAL, "allies_with", HZ, "fri")
    a.e(HZ, ["opposes", "attacks"], LB, "fri", opt=True, note="street battles with government supporters")
    a.e(IR, ["backs", "aids"], HZ, note="Iranian-backed")
    a.e(["Western countries", "West"], "backs", LB, opt=True, note="Western-backed government")
    a.e(HAR, "member_of", FUT)
    a.e(LB, "opposes", HZ, opt=True, note="declared its network illegal")
    a.e(["Hassan Nasrallah", "Sayyed Hassan Nasrallah", "Nasrallah"], "member_of", ["Hezbollah", "Hizbollah", "Hizbullah"])
    a.e(HZ, "accuses", LB, "thu", opt=True, note="decision amounted to a declaration of war")
    a.e(LB, "accuses", HZ)
    a.e(US, "condemns", HZ, "fri")
    a.e(US, "accuses", HZ, "fri")
    a.e(US, "accuses", SY, "fri")
    a.e(US, "accuses", IR, "fri")
    a.e(SY, "backs", HZ, "fri", by=US, note="its backers in Syria and Iran, per the US")
    a.e(US, "backs", LB, "fri", opt=True, note="a legitimate government")
    a.e(SA, "backs", LB)
    a.e(SA, "condemns", HZ)
    a.e(JUM, "allies_with", HAR + FUT, note="Druze leader allied with Hariri")
    a.no(HZ, "declares_war_on", LB, "Nasrallah called the government's decision a declaration of war; nobody declared war")
    a.no(LB, "declares_war_on", HZ, "'amounted to a declaration of war' is a characterisation")
    a.no(LAF, "attacks", HZ, "did not intervene")
    a.e(["Michel Suleiman", "Suleiman", "Gen. Michel Suleiman"], "member_of", LAF)
    a.no(SY, "attacks", FUT + LB, "denied any role in the fighting; nobody asserts Syrian fighting")
    a.no(LAF, "*", FUT, "refused to take sides")
    a.no(JUM, "attacks", LAF, "would not fight the army")
    a.no(["Arab League", "League"], "negotiates", HZ, "expected meeting / conditional delegation")
    return a


def fkl01():
    a = art("b3-fkl-01", "1982-04-03",
            "Argentina seizes Falklands; Security Council demands withdrawal", """
LONDON — Argentine forces invaded the Falkland Islands on Friday and forced the surrender of the small garrison of Royal Marines in Port Stanley, ending 149 years of British rule over the South Atlantic colony.

The military junta in Buenos Aires, led by Lt. Gen. Leopoldo Galtieri, said the islands, which Argentina calls the Malvinas, had been "recovered" for the nation. The governor, Rex Hunt, was flown out to Uruguay.

Prime Minister Margaret Thatcher told an emergency session of the House of Commons on Saturday that a large naval task force would sail from Portsmouth on Monday. Britain broke off diplomatic relations with Argentina on Friday and froze Argentine assets in British banks.

The United Nations Security Council on Saturday adopted Resolution 502, which demands an immediate withdrawal of Argentine forces and a cessation of hostilities. Panama voted against; the Soviet Union, China, Poland and Spain abstained.

Argentine troops also landed on South Georgia on Saturday, where a party of 22 marines fought back and shot down a helicopter before surrendering, the Ministry of Defence said.

Foreign Secretary Lord Carrington is under pressure to resign. The United States, which is allied with both countries, has called for restraint; officials in Washington said Secretary of State Alexander Haig might offer to mediate. The European Community condemned the invasion. Australia and New Zealand, Commonwealth partners, backed Britain's call for an Argentine withdrawal.

Argentina's foreign minister, Nicanor Costa Méndez, denied that his country had committed aggression and said it would defend the islands if Britain attacked.
""")
    AR = ["Argentina", "Argentine government", "Buenos Aires", "Argentine forces", "Argentine troops",
          "military junta", "junta", "Leopoldo Galtieri", "Galtieri", "Lt. Gen. Leopoldo Galtieri"]
    UKT = UK + ["Margaret Thatcher", "Thatcher", "Royal Marines", "marines", "Ministry of Defence", "task force"]
    CAR = ["Lord Carrington", "Carrington"]
    CM = ["Nicanor Costa Méndez", "Costa Méndez", "Costa Mendez"]
    a.e(AR, "attacks", UKT, "fri", note="invaded and forced the surrender of the Royal Marines")
    a.e(UKT, "attacks", AR, "sat", by=["Ministry of Defence"] + UK, note="marines on South Georgia fought back, downed a helicopter, per the MoD")
    a.e(UKT, "sanctions", AR, "fri", note="broke off relations, froze assets")
    a.e(UKT, "threatens", AR, "sat", opt=True, note="a task force will sail")
    a.e(UNSC + UN, "opposes", AR, "sat", note="Resolution 502 demands withdrawal")
    a.e(["Panama", "Panamanian government"], "backs", AR, "sat", opt=True, note="voted against the resolution")
    a.e(CAR, "member_of", UKT)
    a.e(CM, "member_of", AR)
    a.e(["Alexander Haig", "Haig"], "member_of", US)
    a.e(US, "allies_with", UKT, opt=True, note="allied with both")
    a.e(US, "allies_with", AR, opt=True, note="allied with both")
    a.e(["European Community", "EC", "European Economic Community", "EEC"], "condemns", AR)
    a.e(["Australia", "Australian government", "Canberra"], "backs", UKT)
    a.e(["New Zealand", "New Zealand government", "Wellington"], "backs", UKT)
    a.e(["Australia", "Australian government", "Canberra"], "opposes", AR, opt=True, note="backed the call for withdrawal")
    a.e(["New Zealand", "New Zealand government", "Wellington"], "opposes", AR, opt=True)
    a.e(["Rex Hunt", "Hunt"], "member_of", UK, opt=True, note="'the governor' of a British colony")
    a.no(US, "negotiates", AR, "Haig might offer to mediate")
    a.no(UKT, "*", ["Port Stanley", "Stanley", "South Georgia", "Falkland Islands", "Falklands", "Malvinas"], "places")
    a.no(AR, "*", ["Uruguay"], "the governor was flown to Uruguay: a place")
    a.no(["Soviet Union", "USSR"], "*", AR, "abstained")
    return a


def gulf01():
    a = art("b3-gulf-01", "1991-01-17",
            "Allied warplanes pound Baghdad as Gulf war begins", """
RIYADH — U.S.-led allied aircraft and cruise missiles struck Baghdad and military targets across Iraq and occupied Kuwait early on Thursday, opening a war to drive Iraqi forces out of the emirate five months after Saddam Hussein's invasion.

"The liberation of Kuwait has begun," White House spokesman Marlin Fitzwater said. President George Bush said in a televised address that the allies would not allow Iraq to swallow its small neighbour and that the coalition had exhausted every diplomatic avenue.

British, Saudi and Kuwaiti jets took part in the first wave, alongside American F-117 stealth bombers, the U.S. command said. France, whose troops are deployed in Saudi Arabia, said its aircraft had also attacked Iraqi positions. Italy, a member of the coalition, contributed Tornado bombers.

Baghdad radio said Iraq had begun "the mother of all battles" and vowed the aggressors would be crushed. Iraq threatened to strike Israel if it was attacked, and the Israeli government put its forces on alert. U.S. officials urged Israel not to retaliate, fearing Arab members of the coalition could quit.

Soviet President Mikhail Gorbachev said he regretted the outbreak of war and that Moscow had tried until the last hour to persuade Saddam to withdraw. Jordan, which has close trade ties with Baghdad, condemned the attack. The Palestine Liberation Organization, whose leader Yasser Arafat has backed Saddam throughout the crisis, called it an act of aggression against the Arab nation.

Iraqi anti-aircraft fire lit the sky over Baghdad as the raids continued into the morning. It was not clear whether Iraqi ground forces in Kuwait would counter-attack.

The Security Council's resolution 678 authorised member states in November to use "all necessary means" to expel Iraq.
""")
    USB = US + ["George Bush", "Bush", "U.S. command", "allies", "allied aircraft", "US-led coalition", "coalition"]
    IQ = ["Iraq", "Iraqi government", "Baghdad", "Iraqi forces", "Iraqi troops", "Saddam Hussein", "Saddam", "Baghdad radio"]
    UKB = UK + ["British", "British jets"]
    SA = ["Saudi Arabia", "Saudi government", "Riyadh", "Saudi", "Saudi jets"]
    KW = ["Kuwait", "Kuwaiti government", "Kuwaiti", "Kuwaiti jets", "emirate"]
    IT = ["Italy", "Italian government", "Rome"]
    IL = ["Israel", "Israeli government", "Israeli forces"]
    SU = ["Soviet Union", "USSR", "Moscow", "Mikhail Gorbachev", "Gorbachev"]
    JO = ["Jordan", "Jordanian government", "Amman"]
    PLO = ["Palestine Liberation Organization", "PLO", "Yasser Arafat", "Arafat"]
    COAL = ["coalition", "US-led coalition", "allies"]
    a.e(USB, "attacks", IQ, "thu")
    a.e(UKB, "attacks", IQ, "thu", by=USB, note="per the U.S. command")
    a.e(SA, "attacks", IQ, "thu", by=USB)
    a.e(KW, "attacks", IQ, "thu", by=USB)
    a.e(FR, "attacks", IQ, "thu", by=FR)
    a.e(IT, "attacks", IQ, opt=True, note="contributed bombers")
    a.e(IT, "member_of", COAL, opt=True, note="'a member of the coalition'")
    a.e(IQ, "attacks", KW, opt=True, note="background: invasion five months ago")
    a.e(["Marlin Fitzwater", "Fitzwater"], "member_of", US)
    a.e(IQ, "threatens", USB, "thu", note="vowed the aggressors would be crushed")
    a.e(IQ, "threatens", IL, note="threatened to strike Israel")
    a.e(IQ, "declares_war_on", USB, "thu", opt=True, note="'the mother of all battles'")
    a.e(IQ, "attacks", USB, "thu", opt=True, note="anti-aircraft fire over Baghdad")
    a.e(SU, "condemns", USB, "thu", opt=True, note="regretted the outbreak")
    a.e(SU, "negotiates", IQ, opt=True, note="tried to persuade Saddam")
    a.e(JO, "condemns", USB, "thu")
    a.e(PLO, "condemns", USB, "thu")
    a.e(PLO, "backs", IQ, note="has backed Saddam")
    a.e(["Yasser Arafat", "Arafat"], "member_of", ["Palestine Liberation Organization", "PLO"])
    a.e(UNSC + UN, "backs", USB, opt=True, note="resolution 678 authorised force: background")
    a.e(UNSC + UN, "opposes", IQ, opt=True, note="authorised force to expel Iraq")
    a.no(IL, "attacks", IQ, "urged not to retaliate; only alert")
    a.no(IQ, "attacks", IL, "threat conditional on being attacked")
    a.no(["Arab members of the coalition"], "*", USB, "could quit: hypothetical")
    a.no(USB, "*", ["Kuwait City"], "a place")
    return a


def rwa01():
    a = art("b3-rwa-01", "1994-04-11",
            "Rwandan rebels advance on Kigali as massacres spread; foreigners evacuated", """
NAIROBI — Rebels of the Rwandan Patriotic Front pushed towards Kigali on Monday as troops of the Hutu-dominated army and militias pressed on with the killing of thousands of civilians, most of them Tutsis, in the capital and the countryside.

The violence began after the plane carrying President Juvénal Habyarimana and Burundi's President Cyprien Ntaryamira was shot down as it approached Kigali airport on Wednesday. The government blamed the Tutsi-led RPF for the attack; the rebels denied it and accused extremists in the presidential guard.

Members of the Interahamwe, a militia linked to the ruling MRND party, have manned roadblocks across the city and hacked to death people they identified as Tutsis or opposition supporters, aid workers said. Prime Minister Agathe Uwilingiyimana was killed by soldiers on Thursday, together with ten Belgian peacekeepers who were guarding her.

RPF commander Paul Kagame said his forces would fight until the massacres stopped. The rebels, who signed the Arusha peace accords with the government last year, said they would not negotiate with an interim government they called illegitimate.

Belgian and French paratroopers flew into Kigali on Saturday to evacuate foreigners. France, a long-time ally of the Habyarimana government, said its troops would not take part in the fighting. Belgium said on Sunday it was considering withdrawing its contingent from the UN mission, UNAMIR.

The U.N. Security Council condemned the killings. The mission's commander, Canadian Gen. Roméo Dallaire, has asked for reinforcements.

Burundi's government, which lost its president in the crash, appealed for calm. Uganda, where many RPF leaders grew up in exile, denied arming the rebels.
""")
    RPF = ["Rwandan Patriotic Front", "RPF", "rebels", "Tutsi-led RPF", "Paul Kagame", "Kagame"]
    RW = ["Rwanda", "Rwandan government", "Kigali", "government", "interim government", "Rwandan army",
          "Hutu-dominated army", "army", "troops", "soldiers", "presidential guard", "Juvénal Habyarimana", "Habyarimana"]
    INT = ["Interahamwe", "militia", "militias"]
    MRND = ["MRND", "ruling MRND party", "National Republican Movement for Democracy and Development"]
    BE = ["Belgium", "Belgian government", "Brussels", "Belgian peacekeepers", "Belgian paratroopers"]
    UNAMIR = ["UNAMIR", "UN mission", "United Nations Assistance Mission for Rwanda", "mission"]
    a.e(RPF, "attacks", RW, note="pushed towards Kigali")
    a.e(RW, "accuses", RPF, note="blamed the RPF for downing the plane")
    a.e(RPF, "accuses", RW, note="accused extremists in the presidential guard")
    a.e(INT, "member_of", MRND, opt=True, note="'linked to'")
    a.e(INT, "allies_with", RW, opt=True, note="army and militias killing together")
    a.e(RW, "attacks", BE, "thu", note="soldiers killed ten Belgian peacekeepers")
    a.e(RW, "attacks", ["Agathe Uwilingiyimana", "Uwilingiyimana"], "thu")
    a.e(["Paul Kagame", "Kagame"], "member_of", ["Rwandan Patriotic Front", "RPF"])
    a.e(RPF, "declares_war_on", RW, opt=True, note="fight until the massacres stopped")
    a.e(RPF, "condemns", RW, opt=True, note="called it illegitimate")
    a.e(FR, "allies_with", RW, opt=True, note="long-time ally")
    a.e(BE, "member_of", UNAMIR, opt=True)
    a.e(UNSC + UN, "condemns", RW + INT, opt=True, note="condemned the killings; perpetrators implied")
    a.e(["Roméo Dallaire", "Dallaire", "Romeo Dallaire"], "member_of", UNAMIR + UN)
    a.no(RPF, "negotiates", ["interim government"], "would not negotiate")
    a.no(FR, "attacks", RW + RPF, "would not take part in the fighting")
    a.no(RPF, "*", ["Kigali airport"], "a place")
    a.no(["Uganda", "Ugandan government", "Kampala"], "aids", RPF, "denied arming the rebels; nobody in the text asserts it")
    return a


def sle01():
    a = art("b3-sle-01", "2000-05-09",
            "British troops secure Freetown airport as RUF holds UN peacekeepers", """
FREETOWN — British paratroopers secured Sierra Leone's main airport at Lungi on Monday and began evacuating foreigners, as rebels of the Revolutionary United Front held about 500 United Nations peacekeepers hostage and advanced towards the capital.

The RUF seized the peacekeepers, most of them Zambian and Kenyan, over the past week after the UN mission, UNAMSIL, began disarming its fighters under last year's Lomé peace accord. Several peacekeepers have been killed.

Britain insists its force of about 700 is there only to protect its citizens. But officials in London said the troops could support the government of President Ahmad Tejan Kabbah if the rebels attacked Freetown, and Prime Minister Tony Blair's spokesman said the deployment had "steadied nerves".

Thousands of people marched on the Freetown home of rebel leader Foday Sankoh on Monday to demand the release of the hostages. His bodyguards opened fire on the crowd, killing at least 19, witnesses said. Sankoh, who joined a power-sharing government under the accord, was not seen.

Nigeria, whose troops led the West African ECOMOG force that drove the RUF out of Freetown in 1999, said it could send soldiers back.

Pro-government militias, including the Kamajors of the Civil Defence Forces, have joined the army in fighting the rebels north of the city.

UN Secretary-General Kofi Annan condemned the hostage-taking and accused Liberia's President Charles Taylor of arming the RUF in exchange for diamonds, a charge Monrovia rejects. The Security Council is considering an embargo on Sierra Leone's rough diamonds.

The West Side Boys, a splinter group of former soldiers, said they were ready to fight alongside the government.
""")
    RUF = ["Revolutionary United Front", "RUF", "rebels", "Foday Sankoh", "Sankoh", "Sankoh's bodyguards", "bodyguards"]
    SL = ["Sierra Leone", "Sierra Leonean government", "government", "Sierra Leone army", "army", "Freetown",
          "Ahmad Tejan Kabbah", "Kabbah"]
    UNAM = ["UNAMSIL", "UN mission", "United Nations Mission in Sierra Leone", "United Nations", "UN", "U.N.",
            "peacekeepers", "United Nations peacekeepers", "UN peacekeepers"]
    UKB = UK + ["Tony Blair", "Blair", "British paratroopers"]
    CDF = ["Civil Defence Forces", "CDF", "Kamajors", "pro-government militias"]
    LR = ["Liberia", "Liberian government", "Monrovia", "Charles Taylor", "Taylor"]
    ANN = ["Kofi Annan", "Annan"]
    WSB = ["West Side Boys"]
    a.e(RUF, "attacks", UNAM, note="seized and killed peacekeepers")
    a.e(RUF, "attacks", ["Zambia", "Zambian peacekeepers", "Zambian"], opt=True, note="peacekeepers 'most of them Zambian'")
    a.e(RUF, "attacks", ["Kenya", "Kenyan peacekeepers", "Kenyan"], opt=True)
    a.e(RUF, "attacks", SL, opt=True, note="advanced towards the capital")
    a.e(UNAM, "opposes", RUF, opt=True, note="began disarming its fighters")
    a.e(["Foday Sankoh", "Sankoh"], "member_of", ["Revolutionary United Front", "RUF"])
    a.e(CDF, "allies_with", SL, note="joined the army")
    a.e(CDF, ["attacks", "opposes"], RUF)
    a.e(SL, ["attacks", "opposes"], RUF)
    a.e(ANN, "member_of", ["United Nations", "UN"])
    a.e(ANN + UNAM, "condemns", RUF)
    a.e(ANN + UNAM, "accuses", LR)
    a.e(LR, "aids", RUF, by=ANN + UNAM, note="arming the RUF, per Annan; Monrovia rejects")
    a.e(UKB, "backs", SL, opt=True, note="could support: conditional, but deployment read as support")
    a.e(RUF, "negotiates", SL, opt=True, note="background Lomé accord, power-sharing")
    a.e(WSB, "backs", SL, opt=True, note="ready to fight alongside: stated readiness")
    a.no(UKB, "attacks", RUF, "only to protect citizens; support conditional on an attack")
    a.no(UNSC, "sanctions", SL + RUF, "considering an embargo")
    a.no(RUF, "*", ["Lungi", "Lungi airport"], "a place")
    a.no(WSB, "allies_with", SL, "ready to fight alongside: not yet")
    NG = ["Nigeria", "Nigerian government", "Abuja", "Nigerian troops"]
    ECOMOG = ["ECOMOG", "West African ECOMOG force", "Economic Community of West African States Monitoring Group"]
    a.e(NG + ECOMOG, "attacks", RUF, opt=True, note="background: 1999")
    a.e(NG, "member_of", ECOMOG, opt=True, note="led the force")
    a.e(RUF, "attacks", ["protesters", "crowd", "Thousands of people"], "mon", opt=True, note="bodyguards fired on the crowd")
    a.no(NG, "aids", SL, "could send soldiers back")
    return a


def lbr01():
    a = art("b3-lbr-01", "2003-06-05",
            "War crimes court indicts Liberia's Taylor as he attends peace talks in Ghana", """
ACCRA — A UN-backed war crimes court in Sierra Leone said on Wednesday it had indicted Liberian President Charles Taylor for his role in that country's civil war, as he met rebel leaders in Ghana for talks to end fighting at home.

The Special Court for Sierra Leone accused Taylor of bearing "the greatest responsibility" for atrocities by the Revolutionary United Front, which he armed and trained in exchange for diamonds, prosecutor David Crane said. It asked Ghana to arrest him.

Ghana did not arrest Taylor, who flew back to Monrovia on Wednesday night on a Ghanaian government plane. "I am the president of Liberia," he told supporters at the airport.

The talks in Accra, chaired by former Nigerian leader Abdulsalami Abubakar for the Economic Community of West African States, bring together Taylor's government and the two rebel movements fighting it: Liberians United for Reconciliation and Democracy, which holds much of the north, and the newer Movement for Democracy in Liberia, MODEL, in the southeast.

LURD, which diplomats say receives weapons from neighbouring Guinea, launched a new push on the capital this week. Guinea denies supporting the rebels. Taylor accuses the governments of Guinea and Ivory Coast of sponsoring the insurgencies.

A LURD official, Kabineh Ja'neh, said the group would not sign any ceasefire that left Taylor in power. The United States urged Taylor to step down and said it welcomed the indictment. Sierra Leone's government, which blames Taylor for a decade of war in the country, also welcomed it.

Photo caption: Charles Taylor arrives in Accra on Wednesday. (Reuters)
""")
    TAY = ["Charles Taylor", "Taylor"]
    LR = ["Liberia", "Liberian government", "Monrovia", "Taylor's government"] + TAY
    SCSL = ["Special Court for Sierra Leone", "Special Court", "war crimes court", "court", "David Crane", "Crane"]
    RUF = ["Revolutionary United Front", "RUF"]
    GH = ["Ghana", "Ghanaian government", "Accra"]
    ECO = ["Economic Community of West African States", "ECOWAS"]
    LURD = ["Liberians United for Reconciliation and Democracy", "LURD", "rebels", "the group"]
    MODEL = ["Movement for Democracy in Liberia", "MODEL"]
    GN = ["Guinea", "Guinean government", "Conakry"]
    CI = ["Ivory Coast", "Côte d'Ivoire", "Ivorian government", "Abidjan"]
    a.e(SCSL, "accuses", LR, "wed")
    a.e(["David Crane", "Crane"], "member_of", ["Special Court for Sierra Leone", "Special Court"])
    a.e(LR, "aids", RUF, "wed", by=SCSL, note="armed and trained the RUF, per the court")
    a.e(UN, "backs", SCSL, opt=True, note="UN-backed court")
    a.e(LR, "negotiates", LURD, "wed")
    a.e(LR, "negotiates", MODEL, "wed")
    a.e(["Abdulsalami Abubakar", "Abubakar"], "member_of", ECO, opt=True, note="chairs talks for ECOWAS")
    a.e(LURD, ["attacks", "opposes"], LR)
    a.e(MODEL, ["attacks", "opposes"], LR)
    a.e(GN, "aids", LURD, by=["diplomats"], note="receives weapons from Guinea, diplomats say")
    a.e(LR, "accuses", GN)
    a.e(LR, "accuses", CI)
    a.e(CI, ["aids", "backs"], LURD + MODEL, by=LR, opt=True, note="sponsoring the insurgencies, per Taylor: which group unclear")
    a.e(["Kabineh Ja'neh", "Ja'neh", "Kabineh Janeh"], "member_of", ["Liberians United for Reconciliation and Democracy", "LURD"])
    a.e(US, "opposes", LR, opt=True, note="urged Taylor to step down")
    a.e(US, "backs", SCSL, opt=True, note="welcomed the indictment")
    a.no(GH, "opposes", LR, "did not arrest Taylor")
    SLG = ["Sierra Leone", "Sierra Leone's government", "Sierra Leonean government", "Sierra Leone government", "Freetown"]
    a.e(SLG, "accuses", LR)
    a.e(SLG, "backs", SCSL, opt=True, note="welcomed the indictment")
    a.no(SCSL, "*", ["Sierra Leone"], "the court is in Sierra Leone: a place")
    return a


def civ01():
    a = art("b3-civ-01", "2011-04-05",
            "UN and French helicopters strike Gbagbo's bases in Abidjan", """
Skip to main content

ABIDJAN — United Nations and French helicopters fired rockets at military camps and the presidential residence of Laurent Gbagbo in Abidjan on Monday, as forces loyal to the internationally recognised president, Alassane Ouattara, launched what they called a final assault on the city.

UN Secretary-General Ban Ki-moon said he had ordered the strikes to stop Gbagbo's forces using heavy weapons against civilians and the UN mission, UNOCI. French President Nicolas Sarkozy said France had acted at the UN's request under Security Council resolution 1975.

Gbagbo, who has refused to cede power since losing the November election, was holed up in a bunker under the residence on Tuesday. His spokesman, Ahoua Don Mello, called the strikes illegal and accused France of trying to assassinate the president.

The Republican Forces of Côte d'Ivoire, Ouattara's army formed from the former New Forces rebels of Guillaume Soro, swept south last week and reached Abidjan on Thursday. Human rights groups have accused both sides of massacres, and the International Committee of the Red Cross said hundreds of people were killed in the western town of Duékoué.

Ouattara's government accuses the Young Patriots, a pro-Gbagbo militia led by Charles Blé Goudé, of killing civilians in Abidjan.

Gbagbo's army chief, Gen. Philippe Mangou, sought refuge at the South African ambassador's residence last week. Negotiations for Gbagbo's surrender were under way on Tuesday, French officials said.

The African Union, which recognises Ouattara, has not endorsed the military action. Russia questioned whether the UN force had acted within its mandate.

Sign up for our Africa briefing
""")
    GB = ["Laurent Gbagbo", "Gbagbo", "Gbagbo's forces", "forces loyal to Gbagbo", "Gbagbo camp"]
    OU = ["Alassane Ouattara", "Ouattara", "Ouattara's forces", "Republican Forces of Côte d'Ivoire", "Republican Forces",
          "FRCI", "Côte d'Ivoire", "Ivory Coast", "Ivorian government"]
    UNOCI = ["UNOCI", "UN mission", "United Nations Operation in Côte d'Ivoire", "United Nations", "UN", "U.N.",
             "Ban Ki-moon", "Ban"]
    FRS = FR + ["Nicolas Sarkozy", "Sarkozy", "French helicopters"]
    MEL = ["Ahoua Don Mello", "Don Mello"]
    NF = ["New Forces", "Forces Nouvelles", "Guillaume Soro", "Soro"]
    a.e(UNOCI, "attacks", GB, "mon")
    a.e(FRS, "attacks", GB, "mon")
    a.e(OU, "attacks", GB, "mon", opt=True, note="final assault on the city: target a place, Gbagbo implied")
    a.e(FRS, "allies_with", UNOCI, "mon", opt=True, note="acted at the UN's request")
    a.e(GB, "attacks", UNOCI, by=["Ban Ki-moon", "Ban"] + UNOCI, note="heavy weapons against the UN mission, per Ban")
    a.e(["Ban Ki-moon", "Ban"], "member_of", ["United Nations", "UN"])
    a.e(UNSC, "backs", UNOCI, opt=True, note="resolution 1975")
    a.e(MEL, "member_of", GB)
    a.e(MEL + GB, "condemns", UNOCI, note="called the strikes illegal")
    a.e(MEL + GB, "condemns", FRS, opt=True, note="France is also accused, the strikes were joint")
    a.e(MEL + GB, "accuses", FRS)
    a.e(GB, "opposes", OU, opt=True, note="refused to cede power")
    a.e(NF, "member_of", OU, opt=True, note="Republican Forces formed from the New Forces")
    a.e(["Human rights groups", "rights groups"], "accuses", GB, opt=True, note="'both sides'")
    a.e(["Human rights groups", "rights groups"], "accuses", OU, opt=True, note="'both sides'")
    a.e(["Philippe Mangou", "Mangou", "Gen. Philippe Mangou"], "member_of", GB)
    a.e(FRS + UNOCI, "negotiates", GB, "tue", opt=True, note="negotiations for surrender, parties unnamed")
    a.e(AU, "backs", OU, note="recognises Ouattara")
    YP = ["Young Patriots", "Young Patriots militia"]
    a.e(OU, "accuses", YP)
    a.e(YP, ["backs", "allies_with"], GB, note="pro-Gbagbo militia")
    a.e(["Charles Blé Goudé", "Blé Goudé", "Ble Goude"], "member_of", YP)
    a.e(RU, "condemns", UNOCI, opt=True, note="questioned the mandate")
    a.no(AU, "backs", UNOCI + FRS, "has not endorsed the military action")
    a.no(OU, "*", ["Duékoué", "Duekoue"], "a place")
    a.no(YP, "*", ["Abidjan"], "a place")
    a.no(["South Africa", "South African government"], "*", GB, "refuge at the ambassador's residence: no stance")
    return a


def bdi01():
    a = art("b3-bdi-01", "2015-05-14",
            "Burundi general announces coup against Nkurunziza; loyalists fight back", """
BUJUMBURA — A Burundian general announced on Wednesday that he had removed President Pierre Nkurunziza from power while the president was at a regional summit in Tanzania, after weeks of protests against his bid for a third term.

Maj. Gen. Godefroid Niyombare, a former intelligence chief sacked by Nkurunziza in February, said on a private radio station that the president had been dismissed and his government dissolved. Crowds cheered soldiers in the streets of the capital.

Forces loyal to the president fought the mutineers for control of the state broadcaster on Thursday, and the army chief of staff, Gen. Prime Niyongabo, said the coup had failed. The presidency said on Twitter that the attempt had been foiled and called it a "joke".

Nkurunziza, who was in Dar es Salaam with East African leaders to discuss the crisis, was unable to fly home on Wednesday after the airport was closed. Regional leaders at the summit condemned the coup but urged Burundi to postpone the election.

The African Union and the United Nations condemned the attempt to seize power. The United States said it recognised Nkurunziza as the legitimate president but called on him to respect the Arusha accords, which ended the civil war in 2005. Belgium, the former colonial power, suspended part of its aid to the government.

Opponents say a third term would violate the constitution and the accords. The ruling CNDD-FDD party and its youth wing, the Imbonerakure, have been accused by rights groups of intimidating opponents. The party denies arming the youth wing.
""")
    BI = ["Burundi", "Burundian government", "Bujumbura", "government", "presidency", "forces loyal to the president",
          "Pierre Nkurunziza", "Nkurunziza", "army"]
    NIY = ["Godefroid Niyombare", "Niyombare", "Maj. Gen. Godefroid Niyombare", "mutineers", "coup plotters"]
    EAC = ["East African leaders", "East African Community", "EAC", "Regional leaders"]
    CNDD = ["CNDD-FDD", "ruling CNDD-FDD party", "ruling party", "the party"]
    IMB = ["Imbonerakure", "youth wing"]
    a.e(NIY, ["attacks", "opposes"], BI, "wed", note="announced the president's removal")
    a.e(BI, "attacks", NIY, "thu")
    a.e(BI, "condemns", NIY, "thu", opt=True, note="called it a joke")
    a.e(["protesters", "Opponents"], "opposes", BI, opt=True)
    a.e(EAC, "condemns", NIY)
    a.e(EAC, "negotiates", BI, "wed", opt=True, note="summit to discuss the crisis")
    a.e(AU, "condemns", NIY)
    a.e(UN, "condemns", NIY)
    a.e(US, "backs", BI, note="recognised Nkurunziza as legitimate")
    a.e(["Belgium", "Belgian government", "Brussels"], "sanctions", BI, note="suspended aid")
    a.e(IMB, "member_of", CNDD, note="its youth wing")
    a.e(["Prime Niyongabo", "Niyongabo", "Gen. Prime Niyongabo"], "member_of", BI, note="army chief of staff")
    a.e(["Crowds"], "backs", NIY, opt=True, note="cheered soldiers")
    a.e(["rights groups"], "accuses", CNDD)
    a.e(["rights groups"], "accuses", IMB)
    a.e(BI, "member_of", CNDD, opt=True, note="president and ruling party")
    a.no(CNDD, "aids", IMB, "denies arming the youth wing")
    a.no(BI, "*", ["Tanzania", "Dar es Salaam"], "places of the summit")
    return a


def uga01():
    a = art("b3-uga-01", "2008-12-16",
            "Ugandan-led strike hits LRA camps in Congo after Kony fails to sign peace deal", """
KAMPALA — The armies of Uganda, the Democratic Republic of Congo and southern Sudan launched a joint offensive on Sunday against camps of the Lord's Resistance Army in Congo's Garamba national park, the Ugandan military said.

Ugandan helicopter gunships and jets bombed the main LRA base, and ground troops followed, army spokesman Capt. Chris Magezi said on Monday. He said the main camp had been destroyed but it was not known whether the rebel leader, Joseph Kony, had been killed or captured.

The operation, code-named Lightning Thunder, was launched after Kony repeatedly failed to show up to sign a final peace agreement negotiated over two years in Juba with mediation by the southern Sudanese government. Kony, who is wanted by the International Criminal Court for war crimes, has said he will not sign while the warrants stand.

The United States provided intelligence and fuel for the operation, U.S. officials said, and American military advisers helped plan it. The Congolese government said its troops were fighting alongside the Ugandans.

An LRA spokesman, David Matsanga, condemned the attack and accused Kampala of sabotaging the peace process. He said the rebels remained committed to talks. Aid groups fear the rebels will take revenge on villagers in the area, as they did after earlier offensives.

The rebels, who have fought the Ugandan government of President Yoweri Museveni for two decades, moved into Congo in 2005. They have been accused of abducting thousands of children in Congo and the Central African Republic this year.

The UN peacekeeping mission in Congo, MONUC, said it was not taking part in the operation but would provide logistical support if asked.
""")
    UG = ["Uganda", "Ugandan government", "Kampala", "Ugandan army", "Ugandan military", "Ugandan troops", "Ugandans",
          "Uganda People's Defence Force", "UPDF", "Yoweri Museveni", "Museveni"]
    CD = ["Democratic Republic of Congo", "DRC", "DR Congo", "Congo", "Congolese government", "Kinshasa",
          "Congolese army", "Congolese troops", "FARDC"]
    SS = ["southern Sudan", "Government of Southern Sudan", "southern Sudanese government", "Sudan People's Liberation Army", "SPLA", "Juba"]
    LRA = ["Lord's Resistance Army", "LRA", "rebels", "Joseph Kony", "Kony"]
    ICC = ["International Criminal Court", "ICC"]
    MAT = ["David Matsanga", "Matsanga"]
    MONUC = ["MONUC", "UN peacekeeping mission in Congo", "UN mission", "United Nations Mission in the DR Congo"]
    a.e(UG, "attacks", LRA, "sun", by=UG, note="the Ugandan military said")
    a.e(CD, "attacks", LRA, "sun", by=UG)
    a.e(SS, "attacks", LRA, "sun", by=UG)
    a.e(UG, "allies_with", CD, "sun", by=CD, note="joint offensive; Congo says its troops fight alongside")
    a.e(UG, "allies_with", SS, "sun", opt=True)
    a.e(CD, "allies_with", SS, "sun", opt=True)
    a.e(["Chris Magezi", "Magezi", "Capt. Chris Magezi"], "member_of", UG)
    a.e(LRA, "negotiates", UG, opt=True, note="peace agreement negotiated over two years: background")
    a.e(SS, "negotiates", LRA, opt=True, note="mediation")
    a.e(ICC, "accuses", ["Joseph Kony", "Kony"], opt=True, note="wanted for war crimes")
    a.e(US, "aids", UG, by=["U.S. officials"] + US, note="intelligence and fuel")
    a.e(US, "backs", UG, opt=True, note="advisers helped plan")
    a.e(MAT, "member_of", ["Lord's Resistance Army", "LRA"])
    a.e(MAT + LRA, "condemns", UG)
    a.e(MAT + LRA, "accuses", UG)
    a.e(LRA, ["attacks", "opposes"], UG, opt=True, note="fought for two decades: background")
    a.e(["Joseph Kony", "Kony"], "member_of", ["Lord's Resistance Army", "LRA"], note="the rebel leader")
    a.no(MONUC, "*", LRA, "not taking part; support only if asked")
    a.no(MONUC, "aids", UG, "would provide support if asked")
    a.no(LRA, "negotiates", ICC, "will not sign while warrants stand")
    a.no(UG, "*", ["Garamba national park", "Garamba"], "a place")
    a.no(LRA, "*", ["Central African Republic", "CAR"], "abductions in a place")
    return a


def npl01():
    a = art("b3-npl-01", "2005-02-02",
            "Nepal's king seizes power, vows to crush Maoist revolt", """
KATHMANDU — King Gyanendra dismissed Nepal's government and assumed direct power on Tuesday, saying the politicians had failed to hold elections or to end a nine-year Maoist insurgency that has killed more than 11,000 people.

Soldiers placed Prime Minister Sher Bahadur Deuba and other party leaders under house arrest, cut telephone lines and imposed censorship on newspapers. The king declared a state of emergency and said he would restore peace and democracy within three years.

The Communist Party of Nepal (Maoist), whose fighters control much of the countryside, called a three-day nationwide strike from Wednesday in protest. The rebels' chairman, Prachanda, said the royal move had exposed "the feudal autocracy" and called on the parliamentary parties to join a struggle against the monarchy.

India, Nepal's biggest aid donor and a main supplier of arms to the Royal Nepalese Army, called the takeover a serious setback to democracy. Britain and the United States also criticised the king, and New Delhi said it was reviewing its military assistance. China called the takeover an internal affair of Nepal.

In a televised speech the king said the Maoists had brought terror to the kingdom and that the army would crush them if they did not lay down their weapons. The rebels broke off talks with the government in 2003.

The Nepali Congress, the largest party, condemned the king's move and said it would not negotiate with a royal government. It has not joined forces with the Maoists.

Photo: Soldiers patrol a street in Kathmandu on Wednesday. (AFP)
""")
    KING = ["King Gyanendra", "Gyanendra", "king", "Nepal", "Nepalese government", "royal government", "Kathmandu",
            "Royal Nepalese Army", "army", "Soldiers", "monarchy"]
    DEU = ["Sher Bahadur Deuba", "Deuba"]
    MAO = ["Communist Party of Nepal (Maoist)", "CPN (Maoist)", "CPN-M", "Maoists", "Maoist", "rebels", "Prachanda"]
    NC = ["Nepali Congress", "Nepali Congress party"]
    a.e(KING, "opposes", DEU, "tue", note="dismissed, house arrest")
    a.e(KING, ["opposes", "attacks"], MAO, note="insurgency; vows to crush")
    a.e(MAO, ["attacks", "opposes"], KING, note="nine-year insurgency")
    a.e(MAO, "condemns", KING)
    a.e(["Prachanda"], "member_of", ["Communist Party of Nepal (Maoist)", "CPN (Maoist)", "Maoists"])
    a.e(IN, "aids", KING, note="main supplier of arms to the army")
    a.e(IN, "condemns", KING, note="'serious setback'")
    a.e(UK, "condemns", KING)
    a.e(US, "condemns", KING)
    a.e(KING, "threatens", MAO, opt=True, note="would crush them if they did not lay down weapons: conditional threat")
    a.e(KING, "accuses", MAO, note="brought terror")
    a.e(NC, "condemns", KING)
    a.no(NC, "allies_with", MAO, "has not joined forces")
    a.no(NC, "negotiates", KING, "would not negotiate")
    a.no(MAO, "negotiates", KING, "broke off talks")
    a.no(IN, "sanctions", KING, "reviewing assistance: not yet")
    a.e(CN, "backs", KING, opt=True, note="'an internal affair': weak")
    return a


def chn01():
    a = art("b3-chn-01", "2020-06-17",
            "India says 20 soldiers killed in clash with Chinese troops in Galwan Valley", """
NEW DELHI — Twenty Indian soldiers were killed in a clash with Chinese troops in the Galwan Valley in the Ladakh region on Monday night, the Indian army said, the first deadly confrontation on the disputed Himalayan border in 45 years.

The soldiers were beaten with rocks, clubs and wooden batons wrapped in barbed wire in hand-to-hand fighting on a narrow ridge, officials said. No shots were fired. India said there were casualties on the Chinese side, but Beijing has not given any figure.

The Indian foreign ministry accused China of trying to "unilaterally change the status quo" in violation of an agreement reached by military commanders on 6 June. China's foreign ministry spokesman, Zhao Lijian, said on Tuesday that Indian troops had crossed the Line of Actual Control twice and "provoked and attacked" Chinese personnel, and lodged a strong protest.

Prime Minister Narendra Modi said on Wednesday that the sacrifice of the soldiers would not be in vain and that India wanted peace but would give a "befitting reply" if provoked. Opposition leader Rahul Gandhi asked why the government had let Chinese troops occupy Indian territory.

Foreign Minister Subrahmanyam Jaishankar and his Chinese counterpart Wang Yi spoke by phone on Wednesday and agreed to cool the situation, both sides said. Major generals of the two armies have held talks in the valley since Tuesday.

The United States said it was monitoring the situation and supported a peaceful resolution. Pakistan, China's close ally, blamed India for the tensions.

Newsletter: Get our Asia briefing every morning
""")
    INM = IN + ["Narendra Modi", "Modi", "Indian foreign ministry", "Indian soldiers", "soldiers"]
    CNX = CN + ["Chinese foreign ministry", "Chinese personnel", "Xi Jinping", "Xi"]
    JAI = ["Subrahmanyam Jaishankar", "Jaishankar", "S. Jaishankar"]
    WY = ["Wang Yi"]
    ZH = ["Zhao Lijian", "Zhao"]
    PK = ["Pakistan", "Pakistani government", "Islamabad"]
    a.e(CNX, "attacks", INM, "mon", by=IN + ["Indian army"], note="the Indian army said")
    a.e(INM, "attacks", CNX, "mon", by=ZH + CN, note="'provoked and attacked', per Zhao; the clash itself is also reported by India")
    a.e(INM, "accuses", CNX)
    a.e(INM, "negotiates", CNX, "wed", note="Jaishankar and Wang Yi agreed to cool the situation; commanders' talks")
    a.e(ZH, "member_of", CN)
    a.e(ZH + CNX, "accuses", INM, "tue")
    a.e(ZH + CNX, "condemns", INM, "tue", opt=True, note="lodged a strong protest")
    a.e(JAI, "member_of", IN)
    a.e(WY, "member_of", CN)
    a.e(INM, "threatens", CNX, "wed", opt=True, note="befitting reply if provoked: conditional")
    a.e(["Rahul Gandhi", "Gandhi"], "condemns", INM, opt=True, note="a question implying criticism")
    a.e(["Rahul Gandhi", "Gandhi"], "member_of", ["Indian National Congress", "Congress", "opposition"], opt=True, note="opposition leader; party not named")
    a.e(PK, "allies_with", CNX, opt=True, note="close ally")
    a.e(PK, "accuses", INM)
    a.no(INM, "*", ["Galwan Valley", "Galwan", "Ladakh", "Line of Actual Control", "LAC"], "places")
    a.no(CNX, "*", ["Galwan Valley", "Galwan", "Ladakh"], "places")
    a.no(US, "*", CNX, "monitoring; supports a peaceful resolution")
    a.no(CNX, "attacks", ["Indian territory"], "occupy Indian territory: in a question; a place")
    return a


def ven01():
    a = art("b3-ven-01", "2023-12-04",
            "Venezuela claims backing for annexing Guyana's Essequibo after referendum", """
CARACAS — Venezuela's government said on Monday that voters had overwhelmingly approved its claim to the oil-rich Essequibo region of neighbouring Guyana in a referendum held on Sunday, raising fears of a border conflict in South America.

President Nicolás Maduro called the result a "resounding victory" and said Venezuela would take the first steps to create a new state called Guayana Esequiba. Officials did not say how the plan would be carried out. Opposition figures said turnout was far lower than claimed.

Guyana's President Irfaan Ali said his country was on alert and that the International Court of Justice, which on Friday ordered Venezuela to take no action that would alter the situation in the territory, was the place to settle the dispute. Georgetown accuses Caracas of threatening its sovereignty and says the 1899 arbitration award that fixed the border is valid.

Brazil, which borders both countries, has sent troops and armoured vehicles to its northern frontier, its defence ministry said. President Luiz Inácio Lula da Silva said South America did not need a war.

The United States, which has eased some oil sanctions on Caracas after an election deal with the opposition, reaffirmed its support for Guyana's sovereignty. The US Southern Command said it would hold military exercises with Guyana's defence force this week.

Caribbean Community leaders backed Guyana and condemned any attempt to seize its land. Maduro has said Venezuela will not use force, but he accused ExxonMobil, which operates Guyana's offshore fields, and the US military of plotting against his country.

Will the two neighbours meet? Brazil has offered to host talks.
""")
    VE = ["Venezuela", "Venezuelan government", "Caracas", "Nicolás Maduro", "Maduro", "Nicolas Maduro"]
    GY = ["Guyana", "Guyanese government", "Georgetown", "Irfaan Ali", "Ali", "Guyana Defence Force", "defence force"]
    ICJ = ["International Court of Justice", "ICJ", "World Court"]
    BR = ["Brazil", "Brazilian government", "Brasilia", "Luiz Inácio Lula da Silva", "Lula", "Brazilian defence ministry"]
    CARI = ["Caribbean Community", "CARICOM", "Caribbean Community leaders"]
    XOM = ["ExxonMobil", "Exxon"]
    SOUTHCOM = US + ["US Southern Command", "Southern Command", "SOUTHCOM"]
    a.e(VE, "opposes", GY, note="claim to Essequibo, plan to annex")
    a.e(GY, "accuses", VE)
    a.e(VE, "threatens", GY, by=GY, opt=True, note="threatening its sovereignty, per Georgetown")
    a.e(ICJ, "opposes", VE, "fri", opt=True, note="ordered Venezuela to take no action")
    a.e(US, "backs", GY)
    a.e(US, "sanctions", VE, opt=True, note="eased some oil sanctions: sanctions remain in part")
    a.e(SOUTHCOM, "allies_with", GY, opt=True, note="planned exercises this week")
    a.e(CARI, "backs", GY)
    a.e(CARI, "condemns", VE, opt=True, note="condemned 'any attempt': target implied")
    a.e(VE, "accuses", XOM)
    a.e(VE, "accuses", SOUTHCOM)
    a.e(XOM, "aids", GY, opt=True, note="operates offshore fields: commercial")
    a.e(VE, "negotiates", ["opposition", "Venezuelan opposition"], opt=True, note="election deal: background")
    a.no(VE, "attacks", GY, "will not use force")
    a.no(VE, "negotiates", GY, "a question; offered talks")
    a.no(BR, "negotiates", VE + GY, "offered to host talks")
    a.no(BR, "attacks", VE, "troops to the frontier; does not need a war")
    a.no(VE, "*", ["Essequibo", "Guayana Esequiba", "Essequibo region"], "places")
    return a


def pak01():
    a = art("b3-pak-01", "2009-05-08",
            "Pakistan orders army to eliminate Taliban in Swat as civilians flee", """
ISLAMABAD — Prime Minister Yousuf Raza Gilani ordered the army on Thursday to "eliminate the militants and terrorists" in the Swat valley, ending a peace deal that had allowed the Taliban to impose Islamic law in the region.

Jets and helicopter gunships pounded Taliban positions in Swat and the neighbouring Buner and Lower Dir districts on Friday, and the military said more than 140 militants had been killed in 24 hours. The Taliban ambushed a convoy near Mingora on Friday, killing several soldiers, a military spokesman, Maj. Gen. Athar Abbas, said.

The militants, led in Swat by the radical cleric Maulana Fazlullah, had pushed into Buner, 100 km from the capital, last month, alarming Washington. Fazlullah's father-in-law, Sufi Muhammad, whose movement Tehrik-e-Nifaz-e-Shariat-e-Mohammadi brokered the February truce, said the government was to blame for the collapse and called off his talks with the authorities.

The United States welcomed the offensive. Karzai, whose government accuses Pakistan of sheltering Afghan insurgents, also praised it. President Asif Ali Zardari, who met President Barack Obama and Afghan President Hamid Karzai in Washington on Wednesday, said Pakistan would not allow the Taliban to take over its territory. U.S. officials have pressed Islamabad to act, and Washington is providing military aid to Pakistan's army.

Tehrik-i-Taliban Pakistan, the umbrella group led by Baitullah Mehsud, threatened suicide attacks in Pakistani cities if the operation continued. The group denies links with al-Qaeda, which U.S. officials say shelters in the tribal areas.

The UN refugee agency said up to 500,000 people could flee the fighting.
""")
    PK = ["Pakistan", "Pakistani government", "Islamabad", "government", "army", "Pakistan army", "Pakistani army",
          "military", "authorities", "Yousuf Raza Gilani", "Gilani", "Asif Ali Zardari", "Zardari", "soldiers"]
    TTP = ["Tehrik-i-Taliban Pakistan", "TTP", "Pakistani Taliban", "Taliban", "militants", "the group",
           "Baitullah Mehsud", "Mehsud"]
    FAZ = ["Maulana Fazlullah", "Fazlullah"]
    SUFI = ["Sufi Muhammad"]
    TNSM = ["Tehrik-e-Nifaz-e-Shariat-e-Mohammadi", "TNSM"]
    USO = US + ["Barack Obama", "Obama"]
    AF = ["Afghanistan", "Afghan government", "Kabul", "Hamid Karzai", "Karzai"]
    AQ = ["al-Qaeda", "al Qaeda", "Al-Qaida"]
    a.e(PK, "attacks", TTP, "fri", note="jets and gunships pounded Taliban positions on Friday")
    a.e(PK, ["declares_war_on", "opposes"], TTP, "thu", note="ordered the army to eliminate the militants")
    a.e(TTP, "attacks", PK, "fri", by=["Athar Abbas", "Maj. Gen. Athar Abbas", "Abbas"] + PK)
    a.e(["Athar Abbas", "Maj. Gen. Athar Abbas", "Abbas"], "member_of", PK)
    a.e(FAZ, "member_of", ["Tehrik-i-Taliban Pakistan", "TTP", "Pakistani Taliban", "Taliban"], note="leads the militants in Swat")
    a.e(SUFI, "member_of", TNSM)
    a.e(TNSM, "negotiates", PK, opt=True, note="brokered the February truce: background")
    a.e(SUFI + TNSM, "accuses", PK)
    a.e(USO, "backs", PK, note="welcomed the offensive")
    a.e(USO, "negotiates", PK, "wed", opt=True, note="meeting in Washington")
    a.e(AF, "negotiates", PK, "wed", opt=True)
    a.e(USO, "aids", PK, note="providing military aid")
    a.e(["Baitullah Mehsud", "Mehsud"], "member_of", ["Tehrik-i-Taliban Pakistan", "TTP", "Pakistani Taliban"])
    a.e(TTP, "threatens", PK)
    a.e(["Maulana Fazlullah", "Fazlullah"], "allies_with", SUFI, opt=True, note="father-in-law: kin")
    a.no(TTP, "*", AQ, "denies links with al-Qaeda")
    a.e(AF, "accuses", PK)
    a.e(AF, "backs", PK, opt=True, note="praised the offensive")
    a.e(PK, ["aids", "backs"], ["Afghan insurgents", "insurgents"], by=AF, opt=True, note="sheltering, per Kabul")
    a.no(PK, "*", ["Swat", "Swat valley", "Buner", "Lower Dir", "Mingora", "tribal areas"], "places")
    a.no(["UN refugee agency", "UNHCR"], "*", TTP, "could flee: no stance")
    return a


def eth01():
    a = art("b3-eth-01", "2023-08-04",
            "Ethiopia declares emergency in Amhara as Fano militia seizes towns", """
ADDIS ABABA — Ethiopia's government declared a state of emergency in the Amhara region on Friday after fighting between the federal army and the Fano militia spread to the regional capital and the historic town of Lalibela.

Fano fighters took control of Lalibela on Wednesday and entered parts of Gondar and Bahir Dar on Thursday, residents said. The federal army said on Friday it had retaken several towns and killed hundreds of militiamen. Flights to the region were suspended.

The Amhara militia, which fought alongside federal troops against Tigrayan forces in the 2020-22 war, turned against Prime Minister Abiy Ahmed's government after it moved in April to dissolve regional special forces and fold them into the army and police. Fano leaders accuse Addis Ababa of betraying the Amhara and of leaving them exposed to the Tigray People's Liberation Front, with which the government signed a peace deal in Pretoria last November.

The Amhara regional president, Yilkal Kefale, asked the federal government on Thursday for help to restore order, saying the regional authorities could no longer control the situation.

The United States and the European Union called for restraint. The U.S. embassy said it was "concerned" by reports of heavy weapons being used in towns. Washington has not suspended cooperation with Addis Ababa.

The National Movement of Amhara, an opposition party whose lawmaker Desalegn Chanie was detained this week, condemned the government's response and said it was not part of Fano. The Oromo Liberation Army, which is fighting the government in Oromia, has not announced any link with the Fano militia.

Photo caption: A street in Bahir Dar on Thursday. (Reuters)
""")
    ET = ["Ethiopia", "Ethiopian government", "Addis Ababa", "federal government", "government", "federal army",
          "Ethiopian National Defense Force", "ENDF", "federal troops", "Abiy Ahmed", "Abiy", "Abiy Ahmed's government"]
    FANO = ["Fano", "Fano militia", "Fano fighters", "Amhara militia", "militia", "militiamen", "Fano leaders"]
    TPLF = ["Tigray People's Liberation Front", "TPLF", "Tigrayan forces", "Tigray Defence Forces"]
    AMH = ["Amhara regional government", "regional authorities", "Yilkal Kefale", "Kefale"]
    OLA = ["Oromo Liberation Army", "OLA"]
    a.e(FANO, "attacks", ET)
    a.e(ET, "attacks", FANO, "fri", by=ET, note="army said on Friday it retook towns")
    a.e(ET, "declares_war_on", FANO, "fri", opt=True, note="state of emergency: not a declaration of war")
    a.e(FANO, "opposes", ET, opt=True, note="turned against")
    a.e(FANO, "allies_with", ET, opt=True, note="fought alongside in 2020-22: background")
    a.e(FANO, "attacks", TPLF, opt=True, note="background")
    a.e(ET, "attacks", TPLF, opt=True, note="background")
    a.e(FANO, "accuses", ET)
    a.e(ET, "negotiates", TPLF, opt=True, note="peace deal last November: background")
    a.e(["Yilkal Kefale", "Kefale"], "member_of", ["Amhara regional government", "Amhara region", "Amhara"])
    a.e(AMH, "backs", ET, "thu", opt=True, note="asked for federal help")
    NAMA = ["National Movement of Amhara", "NaMA"]
    a.e(NAMA, "condemns", ET)
    a.e(["Desalegn Chanie", "Chanie"], "member_of", NAMA)
    a.e(ET, "opposes", ["Desalegn Chanie", "Chanie"], opt=True, note="detained: agent implied")
    a.e(OLA, ["attacks", "opposes"], ET)
    a.no(US, "sanctions", ET, "has not suspended cooperation")
    a.no(NAMA, "member_of", FANO, "not part of Fano")
    a.no(OLA, "allies_with", FANO, "no link announced")
    a.no(FANO, "*", ["Lalibela", "Gondar", "Bahir Dar", "Amhara region"], "places")
    a.no(ET, "*", ["Oromia"], "a place")
    return a


def kgz01():
    a = art("b3-kgz-01", "2022-09-16",
            "Kyrgyzstan and Tajikistan agree ceasefire after deadliest border clashes in years", """
BISHKEK — Kyrgyzstan and Tajikistan agreed a ceasefire on Friday after two days of fighting along their disputed border in which tanks, mortars and drones were used and dozens of people were killed, officials in both countries said.

The fighting began on Wednesday around the Tajik enclave of Vorukh and spread on Thursday and Friday to the Batken region. Kyrgyz border guards said Tajik forces had shelled the airport in Batken and several villages. Dushanbe blamed Kyrgyz troops for opening fire on Tajik positions first.

Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon, who were both attending a summit of the Shanghai Cooperation Organization in Samarkand, met on its sidelines on Friday and ordered their forces to pull back, Japarov's spokesman Erbol Sultanbayev said.

Russia, which has military bases in both countries and leads the Collective Security Treaty Organization to which both belong, called on the two sides to settle the dispute by peaceful means. Kremlin spokesman Dmitry Peskov said Moscow was ready to help but would not send troops.

Kyrgyzstan accused Tajikistan of a planned aggression. Tajik officials denied that their forces had crossed the border. A Kyrgyz defence ministry statement said Tajik troops had used drones against a school in the village of Ak-Sai on Friday morning.

Uzbek President Shavkat Mirziyoyev, who hosted the summit, offered to mediate. The CSTO, a Moscow-led security bloc, has not intervened. Could the truce hold? Previous ceasefires on the border, most of which has never been marked, broke down within days.
""")
    KG = ["Kyrgyzstan", "Kyrgyz government", "Bishkek", "Kyrgyz troops", "Kyrgyz forces", "Kyrgyz border guards",
          "Kyrgyz defence ministry", "Sadyr Japarov", "Japarov"]
    TJ = ["Tajikistan", "Tajik government", "Dushanbe", "Tajik forces", "Tajik troops", "Tajik officials",
          "Emomali Rahmon", "Rahmon"]
    CSTO = ["Collective Security Treaty Organization", "CSTO"]
    SCO = ["Shanghai Cooperation Organization", "SCO"]
    RUK = RU + ["Vladimir Putin", "Putin", "Dmitry Peskov", "Peskov"]
    a.e(KG, "negotiates", TJ, "fri")
    a.e(TJ, "attacks", KG, "fri", by=KG, note="shelled the airport, drones on a school, per Kyrgyz sources")
    a.e(KG, "attacks", TJ, by=TJ, note="opened fire first, per Dushanbe; the claim carries no day")
    a.e(TJ, "accuses", KG)
    a.e(KG, "accuses", TJ)
    a.e(["Erbol Sultanbayev", "Sultanbayev"], "member_of", KG)
    a.e(["Dmitry Peskov", "Peskov"], "member_of", RU)
    a.e(KG, "member_of", CSTO)
    a.e(TJ, "member_of", CSTO)
    a.e(RUK, "member_of", CSTO, opt=True, note="leads the CSTO")
    a.e(KG, "member_of", SCO, opt=True, note="attending the summit")
    a.e(TJ, "member_of", SCO, opt=True)
    a.e(RUK, "allies_with", KG, opt=True, note="bases in both")
    a.e(RUK, "allies_with", TJ, opt=True)
    a.no(RUK, "aids", KG + TJ, "would not send troops; ready to help")
    a.no(CSTO, "*", KG + TJ, "has not intervened")
    a.no(["Uzbekistan", "Uzbek government", "Tashkent", "Shavkat Mirziyoyev", "Mirziyoyev"], "negotiates", KG + TJ, "offered to mediate")
    a.no(TJ, "*", ["Batken", "Vorukh", "Ak-Sai", "Batken region"], "places")
    a.no(KG, "*", ["Vorukh", "Samarkand"], "places")
    return a


ARTICLES = [irq01, lbn01, fkl01, gulf01, rwa01, sle01, lbr01, civ01, bdi01, uga01, npl01, chn01, ven01,
            pak01, eth01, kgz01]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "third-heldout.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for make in ARTICLES:
            f.write(json.dumps(make().d, ensure_ascii=False) + "\n")
    print(f"wrote {len(ARTICLES)} articles to {out}")


if __name__ == "__main__":
    main()
