"""Ukraine 2014/2022/2023 and Kosovo 1999 articles (own writing) with their gold edges."""
from _common import Article

RU = ["Russia", "Russian government", "Moscow", "Kremlin", "Russian forces", "Russian troops",
      "Russian military", "Russian army", "Russian defence ministry", "Russian Federation",
      "Vladimir Putin", "Putin"]
UA14 = ["Ukraine", "Ukrainian government", "Kiev", "Kyiv", "Ukrainian forces", "Ukrainian troops",
        "Ukrainian army", "interim government", "Oleksandr Turchynov", "Turchynov",
        "Arseniy Yatsenyuk", "Yatsenyuk"]
UA = ["Ukraine", "Ukrainian government", "Kyiv", "Kiev", "Ukrainian forces", "Ukrainian troops",
      "Ukrainian army", "Ukrainian military", "Armed Forces of Ukraine", "Volodymyr Zelensky",
      "Zelensky", "Zelenskyy"]
US = ["United States", "US", "U.S.", "USA", "Washington", "American government", "US government",
      "White House", "State Department", "Pentagon", "US military", "US forces"]
US_OBAMA = US + ["Barack Obama", "Obama"]
US_BIDEN = US + ["Joe Biden", "Biden"]
EU = ["European Union", "EU", "Brussels"]
NATO = ["North Atlantic Treaty Organization", "NATO", "the alliance", "Western alliance"]
SEPS = ["pro-Russian separatists", "separatists", "Donetsk People's Republic", "DPR",
        "pro-Russian rebels", "pro-Russian gunmen", "gunmen", "armed men", "militants"]
GER = ["Germany", "German government", "Berlin", "Angela Merkel", "Merkel"]


def ukr01():
    a = Article("own-ukr-01", "2014-04-16",
                "Ukraine sends troops against pro-Russian separatists as Kiev blames Moscow for unrest", """
Skip to main content

KIEV — Ukrainian troops moved against pro-Russian separatists in the east of the country on Tuesday, retaking a military airfield outside the town of Kramatorsk in the first armed action of what the interim government calls an "anti-terrorist operation".

Acting President Oleksandr Turchynov told parliament the operation would proceed "step by step" against armed men who have seized police stations and government buildings in at least ten towns of the Donetsk region since the weekend. Kiev accuses Moscow of orchestrating the unrest and of sending special forces to lead it.

Armoured vehicles flying Ukrainian flags drive through Kramatorsk on Wednesday. (Reuters)

In Sloviansk, where gunmen in unmarked uniforms have held the police headquarters since Saturday, the town's self-proclaimed "people's mayor", Vyacheslav Ponomarev, appealed to Russian President Vladimir Putin for help. Denis Pushilin, a leader of the self-declared Donetsk People's Republic, said the separatists would not lay down their weapons while "the junta in Kiev" remained in power.

Putin told German Chancellor Angela Merkel by telephone on Tuesday that Ukraine was on the brink of civil war and condemned what he called an unconstitutional use of force against peaceful protesters. Foreign Minister Sergei Lavrov on Monday blamed the violence on Right Sector, a Ukrainian nationalist group, and said there were no Russian agents in the region.

The White House on Monday accused Moscow of fomenting the unrest. The United States and the European Union, which imposed travel bans and asset freezes on Russian officials after the annexation of Crimea last month, are preparing further sanctions.

NATO said on Wednesday it would strengthen its air and sea presence in eastern Europe, but alliance officials said military action in Ukraine was not under consideration.

Diplomats from Ukraine, Russia, the United States and the EU are due to meet in Geneva on Thursday. Ukraine's interim government has said it will not negotiate with what it calls terrorists.

Sign up for our newsletter
""")
    LAV = ["Sergei Lavrov", "Lavrov"]
    RS = ["Right Sector", "Pravyi Sektor"]
    a.e(UA14, ["attacks", "opposes"], SEPS, "tue", note="moved against separatists, retook airfield on Tuesday")
    a.e(SEPS, ["attacks", "opposes"], UA14, note="seized police stations and government buildings since the weekend")
    a.e(UA14, "accuses", RU, note="Kiev accuses Moscow of orchestrating the unrest")
    a.e(RU, ["aids", "backs"], SEPS, by=UA14, note="sending special forces to lead it, per Kiev")
    a.e(["Denis Pushilin", "Pushilin"], "member_of", SEPS, note="a leader of the self-declared DPR")
    a.e(["Vyacheslav Ponomarev", "Ponomarev"], "member_of", SEPS, opt=True, note="self-proclaimed people's mayor of a separatist-held town")
    a.e(RU, "condemns", UA14, "tue", note="Putin condemned the use of force")
    a.e(RU, "negotiates", GER, "tue", opt=True, note="a phone call between Putin and Merkel")
    a.e(LAV, "member_of", RU)
    a.e(LAV + RU, "accuses", RS, "mon", note="Lavrov blamed the violence on Right Sector")
    a.e(US_OBAMA, "accuses", RU, "mon")
    a.e(US_OBAMA, "sanctions", RU, note="travel bans and asset freezes last month")
    a.e(EU, "sanctions", RU)
    a.e(UA14, "negotiates", RU, opt=True, note="due to meet in Geneva: planned, not held")
    a.e(UA14, "condemns", SEPS, opt=True, note="'what it calls terrorists'")
    a.e(SEPS, "condemns", UA14 + ["junta in Kiev"], opt=True, note="'the junta in Kiev'")
    a.e(RU, "attacks", UA14, opt=True, note="annexation of Crimea: actor implied")
    a.no(NATO, "attacks", RU, "military action not under consideration")
    a.no(UA14, "negotiates", SEPS, "refusal to negotiate with 'terrorists'")
    a.no(SEPS, "*", ["Sloviansk"], "a place")
    a.no(UA14, "*", ["Kramatorsk"], "a place")
    a.no(RU, "aids", ["Vyacheslav Ponomarev", "Ponomarev"], "an appeal for help is not help")
    return a


def ukr02():
    a = Article("own-ukr-02", "2022-02-25",
                "Russian forces close in on Kyiv as West hits Moscow with sanctions", """
Russian troops pushed towards Kyiv from the north on Friday, a day after President Vladimir Putin launched a full-scale invasion of Ukraine by land, sea and air, and Ukrainian officials said fighting had reached the outskirts of the capital.

Putin announced what he called a "special military operation" in a televised address before dawn on Thursday, 24 February. Within minutes missiles struck military targets across the country, and columns of tanks crossed the border from Russia, from Belarus and from Russian-annexed Crimea.

President Volodymyr Zelensky ordered a general mobilisation and said his country had been left alone to defend itself. Ukraine cut diplomatic ties with Moscow on Thursday. Mykhailo Podolyak, an adviser to Zelensky, accused Russia of deliberately shelling residential districts.

Belarus, whose leader Alexander Lukashenko has allowed Russian troops to use his territory, said its own army was not taking part in the operation.

US President Joe Biden on Thursday announced sweeping sanctions on Russia's biggest banks and on exports of high-technology goods, calling Putin "the aggressor". The European Union agreed its own package late on Thursday, and Britain on Thursday froze the assets of major Russian banks.

Kyiv's Western backers have sent anti-tank missiles and ammunition in recent weeks, but Germany has so far refused to supply lethal weapons, citing its long-standing policy against arming parties to a conflict.

NATO Secretary-General Jens Stoltenberg condemned the "brutal act of war" and said the alliance would defend every inch of allied territory, but he made clear that it would not send troops into Ukraine.

Russia's defence ministry said on Friday it had captured Hostomel airfield north-west of Kyiv after landing airborne troops there. Ukrainian commanders said their forces had fought back and shot down several helicopters. Russian shells also landed in residential areas of Kharkiv.

In Grozny, Chechen leader Ramzan Kadyrov said thousands of his fighters were ready to join the assault.

China declined to describe the attack as an invasion and said it understood Russia's "legitimate security concerns".
""")
    BY = ["Belarus", "Belarusian government", "Minsk", "Alexander Lukashenko", "Lukashenko"]
    UK = ["United Kingdom", "UK", "Britain", "British government", "London"]
    WEST = ["Western governments", "Western backers", "the West", "Western countries", "Kyiv's Western backers"]
    CN = ["China", "Beijing", "Chinese government"]
    a.e(RU, "attacks", UA, "thu", note="invasion launched Thursday 24 February")
    a.e(UA, "sanctions", RU, "thu", note="cut diplomatic ties")
    a.e(["Mykhailo Podolyak", "Podolyak"], "member_of", UA)
    a.e(UA + ["Mykhailo Podolyak", "Podolyak"], "accuses", RU)
    a.e(UA, ["attacks", "opposes"], RU, by=UA, note="fought back at Hostomel, per Ukrainian commanders")
    a.e(BY, ["aids", "backs", "allies_with"], RU, note="allowed Russian troops to use its territory")
    a.e(US_BIDEN, "sanctions", RU, "thu")
    a.e(US_BIDEN, "condemns", RU, "thu", note="'the aggressor'")
    a.e(EU, "sanctions", RU, "thu")
    a.e(UK, "sanctions", RU, "thu")
    a.e(WEST, ["aids", "backs"], UA, note="sent anti-tank missiles")
    a.e(["Jens Stoltenberg", "Stoltenberg"], "member_of", NATO)
    a.e(NATO + ["Jens Stoltenberg", "Stoltenberg"], "condemns", RU)
    a.e(NATO, "threatens", RU, opt=True, note="would defend every inch: deterrence, not an explicit threat")
    a.e(CN, "backs", RU, opt=True, note="understood Russia's security concerns")
    a.e(RU, "declares_war_on", UA, "thu", opt=True, note="announced a 'special military operation'")
    a.no(GER, "aids", UA, "refused to supply lethal weapons")
    a.no(BY, "attacks", UA, "its army is not taking part")
    a.no(NATO, "attacks", RU, "conditional; will not send troops")
    a.no(["Ramzan Kadyrov", "Kadyrov"], "attacks", UA, "ready to join: hypothetical")
    a.no(CN, "condemns", RU, "declined to call it an invasion")
    a.no(RU, "*", ["Kharkiv", "Hostomel airfield", "Hostomel"], "places")
    return a


def ukr03():
    a = Article("own-ukr-03", "2023-05-22",
                "Wagner chief claims Bakhmut as Kyiv says its troops still hold ground", """
Yevgeny Prigozhin, the founder of Russia's Wagner mercenary group, said on Saturday that his fighters had taken full control of Bakhmut after a battle of more than nine months, a claim Ukraine disputed.

In a video recorded in the ruins of the city and flanked by fighters holding Russian flags, Prigozhin said Wagner would hand the city over to the regular army by 1 June and pull back to rear bases.

President Vladimir Putin congratulated the Wagner assault units and the Russian troops who supported them on Sunday, the Kremlin said.

Ukraine's deputy defence minister, Hanna Maliar, said on Monday that Ukrainian forces still held a small area in the south-west of the city and were pressing attacks on Russian positions on its flanks.

Prigozhin has spent weeks feuding with the Russian military leadership. In expletive-laden videos he has accused Defence Minister Sergei Shoigu and the chief of the general staff, Valery Gerasimov, of starving his men of ammunition, and earlier this month he threatened to pull Wagner out of Bakhmut altogether.

At the G7 summit in Hiroshima, leaders pledged on Friday to step up support for Kyiv, and US President Joe Biden told allies on Friday that Washington would back a joint effort to train Ukrainian pilots on F-16 fighter jets.

In a separate development, the Russian Volunteer Corps, a little-known group of anti-Kremlin Russian nationalists who fight on Ukraine's side, said on Monday that it had crossed into Russia's Belgorod region together with the Freedom of Russia Legion and attacked border posts. Kyiv said it had nothing to do with the raid and did not arm the group.

Russian officials said troops and border guards were fighting the intruders near the village of Kozinka.
""")
    WAG = ["Wagner Group", "Wagner", "Wagner mercenary group", "Wagner mercenaries", "Wagner PMC",
           "Yevgeny Prigozhin", "Prigozhin"]
    WAG_ORG = WAG[:5]
    PRIG = ["Yevgeny Prigozhin", "Prigozhin"]
    SHO = ["Sergei Shoigu", "Shoigu"]
    GER_ = ["Valery Gerasimov", "Gerasimov"]
    G7 = ["Group of Seven", "G7", "G7 leaders"]
    RVC = ["Russian Volunteer Corps", "RVC", "intruders"]
    LEG = ["Freedom of Russia Legion", "Legion"]
    a.e(WAG, "attacks", UA, "sat", by=WAG, note="claims full control of Bakhmut on Saturday")
    a.e(PRIG, "member_of", WAG_ORG, note="founder")
    a.e(RU, ["backs", "aids"], WAG, "sun", by=RU, note="Putin congratulated Wagner; troops supported them, per the Kremlin")
    a.e(["Hanna Maliar", "Maliar"], "member_of", UA)
    a.e(UA + ["Hanna Maliar", "Maliar"], "attacks", RU, "mon", by=UA + ["Hanna Maliar", "Maliar"], note="pressing attacks on Russian positions, Maliar said Monday")
    a.e(WAG, "accuses", RU + SHO + GER_, note="accused Shoigu and Gerasimov of starving his men of ammunition")
    a.e(SHO, "member_of", RU)
    a.e(GER_, "member_of", RU)
    a.e(WAG, "threatens", RU + SHO + GER_, opt=True, note="threat to withdraw is not a threat of force")
    a.e(G7, ["backs", "aids"], UA, "fri")
    a.e(US_BIDEN, ["backs", "aids"], UA, "fri", note="back training of pilots on F-16s")
    a.e(RVC, "attacks", RU, "mon", by=RVC)
    a.e(LEG, "attacks", RU, "mon", by=RVC, note="coordination: together with the Legion")
    a.e(RVC, "opposes", RU, note="anti-Kremlin")
    a.e(RVC, ["allies_with", "backs"], UA, note="fight on Ukraine's side")
    a.e(RVC, "allies_with", LEG, "mon", opt=True, note="joint raid")
    a.e(RU, "attacks", RVC, by=RU, note="troops fighting the intruders, per Russian officials")
    a.e(RU, "attacks", UA, opt=True, note="Russian troops supported the Bakhmut assault")
    a.no(UA, "aids", RVC, "Kyiv denies arming the group")
    a.no(WAG, "*", ["Bakhmut"], "a place")
    a.no(RVC, "*", ["Belgorod", "Belgorod region", "Kozinka"], "places")
    return a


def kos01():
    a = Article("own-kos-01", "1999-03-25",
                "NATO bombs Yugoslavia as Milosevic rejects Kosovo peace plan", """
BELGRADE — NATO warplanes and cruise missiles struck targets across Yugoslavia on Wednesday night in the first attack on a sovereign European state in the alliance's 50-year history, after President Slobodan Milosevic refused to accept a peace plan for Kosovo.

NATO Secretary-General Javier Solana said the air campaign was meant to halt the Serbian crackdown on ethnic Albanians in Kosovo, where more than 2,000 people have been killed in a year of fighting. American B-52 bombers and warships fired cruise missiles, and British Harrier jets took part in the first wave, officials said.

US President Bill Clinton said on Wednesday that the strikes were intended to deter "an even bloodier offensive against innocent civilians in Kosovo".

Belgrade declared a state of war late on Wednesday and on Thursday broke off diplomatic relations with the United States, Britain, France and Germany. State television called the attacks "criminal aggression" and showed burning buildings near Pristina airport.

Russia, Serbia's traditional ally, condemned the strikes. President Boris Yeltsin recalled Russia's military representative to NATO and suspended cooperation with the alliance. China also denounced the bombing.

The Kosovo Liberation Army (KLA), the ethnic Albanian guerrilla force fighting Serbian forces for independence, welcomed the campaign. KLA spokesman Jakup Krasniqi said the rebels would keep up their attacks on Serb police. NATO leaders insist the alliance is not fighting on the side of the KLA.

Greece, a NATO member with close ties to Serbia, said its forces would not take part in the strikes.

Serb forces were reported to be burning ethnic Albanian villages in the Drenica region on Thursday.
""")
    YU = ["Federal Republic of Yugoslavia", "Yugoslavia", "Yugoslav government", "Belgrade", "Serbia",
          "Serbian forces", "Serb forces", "Serb police", "Yugoslav army", "Serbian government",
          "Slobodan Milosevic", "Milosevic"]
    NATO99 = NATO
    US99 = US + ["Bill Clinton", "Clinton", "American"]
    UK = ["United Kingdom", "UK", "Britain", "British government", "London", "British", "Tony Blair", "Blair"]
    FR = ["France", "French government", "Paris", "Jacques Chirac", "Chirac"]
    DE = ["Germany", "German government", "Bonn", "Gerhard Schroeder", "Schroeder"]
    RU99 = ["Russia", "Russian government", "Moscow", "Kremlin", "Boris Yeltsin", "Yeltsin"]
    CN = ["China", "Beijing", "Chinese government"]
    KLA = ["Kosovo Liberation Army", "KLA", "UCK", "ethnic Albanian guerrillas", "rebels"]
    ALB = ["ethnic Albanians", "Kosovo Albanians", "ethnic Albanian civilians", "innocent civilians"]
    a.e(NATO99, "attacks", YU, "wed")
    a.e(US99, "attacks", YU, "wed", note="B-52s and cruise missiles")
    a.e(UK, "attacks", YU, "wed", note="Harriers in the first wave")
    a.e(["Javier Solana", "Solana"], "member_of", NATO99)
    a.e(YU, "attacks", ALB, note="Serbian crackdown on ethnic Albanians; villages burned")
    a.e(YU, "sanctions", US99, "thu", note="broke off relations")
    a.e(YU, "sanctions", UK, "thu")
    a.e(YU, "sanctions", FR, "thu")
    a.e(YU, "sanctions", DE, "thu")
    a.e(YU, "condemns", NATO99, note="'criminal aggression'")
    a.e(YU, "declares_war_on", NATO99, "wed", opt=True, note="declared a state of war: a domestic emergency, not a declaration against a named actor")
    a.e(RU99, "condemns", NATO99)
    a.e(RU99, "sanctions", NATO99, note="recalled representative, suspended cooperation")
    a.e(RU99, ["allies_with", "backs"], YU, opt=True, note="traditional ally")
    a.e(CN, "condemns", NATO99)
    a.e(KLA, ["attacks", "opposes"], YU)
    a.e(KLA, "backs", NATO99, note="welcomed the campaign")
    a.e(["Jakup Krasniqi", "Krasniqi"], "member_of", KLA)
    a.e(US99, "opposes", YU, opt=True, note="deter an offensive")
    a.e(["Greece", "Greek government", "Athens"], "member_of", NATO99, opt=True, note="'a NATO member'")
    a.no(NATO99, "allies_with", KLA, "NATO insists it is not fighting on the KLA's side")
    a.no(["Greece", "Greek government", "Athens"], "attacks", YU, "will not take part")
    a.no(NATO99, "*", ["Kosovo", "Pristina airport", "Pristina"], "places")
    a.no(YU, "*", ["Drenica", "Drenica region"], "a place")
    return a


ARTICLES = [ukr01, ukr02, ukr03, kos01]
