"""The actor network of the two seed documents, as data.

Every row cites its document by file name and a short locating quote. The
facts, their numbering and the data-quality notes (DQ1-DQ14) follow the
project's facts sheet; see data/README.md.
"""

D0 = "000_9373ac7f8ef79bbf.txt"  # Digital Transformation and International Politics (11 Aug 2023)
D3 = "003_8fe3099dcc788773.txt"  # Dialogue Summary: Japan and South Korea in Central Asia (2021)

# id: (kind, label, country, region)
ACTORS = {
    # states
    "KOR": ("state", "South Korea", "KR", "East Asia"),
    "JPN": ("state", "Japan", "JP", "East Asia"),
    "CHN": ("state", "China", "CN", "East Asia"),
    "RUS": ("state", "Russia", "RU", "Russia"),
    "USA": ("state", "United States", "US", "West"),
    "KAZ": ("state", "Kazakhstan", "KZ", "Central Asia"),
    "UZB": ("state", "Uzbekistan", "UZ", "Central Asia"),
    "KGZ": ("state", "Kyrgyzstan", "KG", "Central Asia"),
    "TJK": ("state", "Tajikistan", "TJ", "Central Asia"),
    "TKM": ("state", "Turkmenistan", "TM", "Central Asia"),
    "IND": ("state", "India", "IN", "South Asia"),
    "PAK": ("state", "Pakistan", "PK", "South Asia"),
    "TUR": ("state", "Turkey", "TR", "West Asia"),
    "IRN": ("state", "Iran", "IR", "West Asia"),
    "AFG": ("state", "Afghanistan", "AF", "South Asia"),
    "UKR": ("state", "Ukraine", "UA", "Europe"),
    # blocs
    "C5": ("bloc", "Central Asia (five states)", None, "Central Asia"),
    "EU": ("bloc", "European Union", None, "Europe"),
    "NATO": ("bloc", "NATO", None, "West"),
    "OTS": ("bloc", "Organization of Turkic States", None, "West Asia"),
    # institutions
    "ADB": ("institution", "Asian Development Bank", None, "Multilateral"),
    "EBRD": ("institution", "European Bank for Reconstruction and Development", None, "Multilateral"),
    "OECD_DAC": ("institution", "OECD Development Assistance Committee", None, "Multilateral"),
    "KOICA": ("institution", "Korea International Cooperation Agency", "KR", "East Asia"),
    "KITA": ("institution", "Korea International Trade Association", "KR", "East Asia"),
    "JP_MOF": ("institution", "Japan Ministry of Finance", "JP", "East Asia"),
    "KR_MOFA": ("institution", "Korea Ministry of Foreign Affairs", "KR", "East Asia"),
    "KR_MOE": ("institution", "Korea Ministry of Education", "KR", "East Asia"),
    "UZ_MITC": ("institution", "Uzbekistan Ministry for Development of IT and Communications", "UZ",
                "Central Asia"),
    "OKF": ("institution", "Overseas Koreans Foundation", "KR", "East Asia"),
    "AKS": ("institution", "Academy of Korean Studies", "KR", "East Asia"),
    "KF": ("institution", "Korea Foundation", "KR", "East Asia"),
    "GESE": ("institution", "Global E-School in Eurasia", None, "East Asia"),
    "KCACF": ("forum", "Korea-Central Asia Cooperation Forum", "KR", "East Asia"),
    "KCACF_SEC": ("institution", "Korea-Central Asia Cooperation Forum Secretariat", "KR", "East Asia"),
    "KCABC": ("forum", "Korea-Central Asia Business Council", "KR", "East Asia"),
    "CAREC": ("programme", "Central Asia Regional Economic Cooperation", None, "Multilateral"),
    "EDCF": ("institution", "Economic Development Cooperation Fund", "KR", "East Asia"),
    "NAVOI": ("institution", "Navoi free industrial zone", "UZ", "Central Asia"),
    "CCAS": ("forum", "China-Central Asia Summit", "CN", "East Asia"),
    "OXUS": ("institution", "Oxus Society for Central Asian Affairs", "US", "West"),
    "DAVIS": ("institution", "Davis Center for Russian and Eurasian Studies", "US", "West"),
    "HARVARD": ("institution", "Harvard University", "US", "West"),
    # people
    "KORYO_SARAM": ("group", "Koryo-saram (Korean diaspora)", None, "Central Asia"),
    # companies
    "HUAWEI": ("company", "Huawei", "CN", "East Asia"),
    "HIKVISION": ("company", "Hikvision", "CN", "East Asia"),
    "PROTEI": ("company", "Protei", "RU", "Russia"),
    "YANDEX": ("company", "Yandex", "RU", "Russia"),
    "KT": ("company", "KT", "KR", "East Asia"),
    "EAST_TEL": ("company", "East Telecom", "UZ", "Central Asia"),
    "IMAX": ("company", "iMax", "UZ", "Central Asia"),
    "LGCNS": ("company", "LG CNS", "KR", "East Asia"),
    "LGCNS_UZ": ("company", "LG CNS Uzbekistan", "UZ", "Central Asia"),
    "GLOVIS": ("company", "Hyundai Glovis", "KR", "East Asia"),
    "RGB": ("company", "RG Brands", "KZ", "Central Asia"),
    # initiatives
    "BRI": ("initiative", "Belt and Road Initiative", "CN", "East Asia"),
    "DSR": ("initiative", "Digital Silk Road", "CN", "East Asia"),
    "DIGKZ": ("initiative", "Digital Kazakhstan", "KZ", "Central Asia"),
    "TK2040": ("initiative", "Taza Koom 2040", "KG", "Central Asia"),
    "UZ_SMART": ("initiative", "Uzbekistan smart-city concept", "UZ", "Central Asia"),
    "NNP": ("initiative", "New Northern Policy", "KR", "East Asia"),
    "KCITY": ("initiative", "K-City Network", "KR", "East Asia"),
    "KSP": ("programme", "Knowledge Sharing Program", "KR", "East Asia"),
    "CCAI": ("initiative", "Comprehensive Central Asia Initiative", "KR", "East Asia"),
    "NAI": ("initiative", "New Asia Initiative", "KR", "East Asia"),
    "EAI": ("initiative", "Eurasia Initiative", "KR", "East Asia"),
    "EDP": ("initiative", "Eurasian Diplomacy From the Pacific", "JP", "East Asia"),
    "SRAP": ("initiative", "Silk Road Action Plan", "JP", "East Asia"),
    "CAJ": ("forum", "Central Asia Plus Japan", "JP", "East Asia"),
    "AFP": ("initiative", "Arc of Freedom and Prosperity", "JP", "East Asia"),
    "EXR": ("initiative", "Eurasian Crossroads", "JP", "East Asia"),
    "SORM": ("initiative", "SORM lawful-interception specification", "RU", "Russia"),
    "INSTC": ("initiative", "International North-South Transport Corridor", None, "Multilateral"),
    "TITR": ("initiative", "Trans-Caspian International Transport Route", None, "Multilateral"),
    "SEC": ("initiative", "Southern Economic Corridor", None, "Multilateral"),
    "TAPI": ("initiative", "TAPI gas pipeline", None, "Multilateral"),
    "CHB_PORT": ("initiative", "Chabahar port link", "IR", "West Asia"),
    "GWD_PORT": ("initiative", "Gwadar port logistics", "PK", "South Asia"),
    "US_CONT": ("initiative", "US Eurasia containment strategy (as China sees it)", "US", "West"),
    "KR_CA_NEW": ("initiative", "Korea's expected Central Asia initiative", "KR", "East Asia"),
}

C5 = ["KAZ", "UZB", "KGZ", "TJK", "TKM"]

# (sources, targets, relation, amount, unit, year, doc, quote[, extra])
# extra: dict of more attributes (detail, estimate, symmetric, weight_usd_bn, note)
R = []


def rel(src, dst, relation, amount=None, unit=None, year=None, doc=D0, quote="", **extra):
    srcs = src if isinstance(src, list) else [src]
    dsts = dst if isinstance(dst, list) else [dst]
    for s in srcs:
        for d in dsts:
            R.append((s, d, relation, amount, unit, year, doc, quote, extra))


# 1.2 rows 1-100
rel("RUS", "C5", "security_guarantee", quote="Russia for security and China for economy")
rel("CHN", "C5", "economic_partner", quote="Russia for security and China for economy")
rel("TJK", "CHN", "territorial_cession", 1000, "km2", 2011,
    quote="Dushanbe ceded 1,000 square kilometers of the Pamir Mountains to China",
    note="other reports give 1,100 or 1,122 km2 (DQ11)")
rel("CHN", "TJK", "debt_relief", None, None, 2011, quote="in exchange for debt relief",
    note="claimed only by this document (DQ11)")
rel("USA", "KGZ", "security", quote="Kyrgyzstan, which decided to host a U.S. air base", detail="air base")
rel("C5", ["USA", "JPN", "EU"], "summit_format", quote="5+1 summit format including the U.S., Japan, the EU")
rel("RUS", "KAZ", "security_intervention", None, None, 2022,
    quote="helped resolve the unrest in Kazakhstan in January 2022")
rel("TJK", "KGZ", "border_dispute", quote="enclave border disputes between Tajikistan and Kyrgyzstan",
    symmetric=True)
rel("RUS", ["TJK", "KGZ"], "security", quote="Russian influence that helped resolve", detail="mediation")
rel("C5", "RUS", "diplomatic_attendance", 5, "heads of state", 2023,
    quote="heads of state of all five Central Asian countries attended the Moscow Victory Day Parade")
rel("CHN", "C5", "summit_format", None, None, 2020, quote="China conducted its first 5+1 format event in 2020")
rel("CHN", "C5", "summit_format", None, None, 2022, quote="held virtual summits with Central Asian countries in 2022",
    detail="virtual summits")
rel("CHN", "CCAS", "host", None, None, 2023, quote="China hosted the China-Central Asia Summit in Xi'an")
rel("C5", "CCAS", "membership", None, None, 2023, quote="China hosted the China-Central Asia Summit in Xi'an",
    note="implied")
rel("CHN", "C5", "aid", 3.8, "USD bn", 2023, quote="26 billion yuan (approx. 3.8 billion dollars)",
    detail="pledge of CNY 26 bn", usd_bn=3.8)
rel("CHN", "BRI", "ownership", None, None, 2013, doc=D3,
    quote="launch of China's Belt and Road Initiative (BRI) in 2013")
rel("BRI", "C5", "policy_target", quote="Central Asian countries oppose and fear China's Belt and Road Initiative",
    note="opposed by the target")
rel("C5", ["IND", "TUR", "IRN"], "cooperation", quote="neighboring regional powers, such as India, Turkey, and Iran",
    detail="hedging")
rel("C5", "EU", "cooperation", quote="strengthening cooperation with Western powerhouses, such as the EU",
    detail="hedging")
rel("C5", "KOR", "cooperation", quote="along with middle powers in other regions, such as South Korea",
    detail="hedging")
rel("KOR", "C5", "ministerial_talks", quote="Korea continues to hold ministerial-level talks")
rel("TUR", "C5", "summit_format", None, None, 2023, quote="Turkey (Oct. 2023, 10th OTS, Kazakhstan)",
    note="held 3 Nov 2023 in Astana (DQ9)")
rel("TUR", "OTS", "membership", quote="Turkey (Oct. 2023, 10th OTS, Kazakhstan)", note="implied")
rel("KAZ", "OTS", "host", None, None, 2023, quote="Turkey (Oct. 2023, 10th OTS, Kazakhstan)")
rel("IND", "C5", "summit_format", None, None, 2022, quote="India (Jan. 2022, Virtual Summit)")
rel("EU", "C5", "summit_format", None, None, 2022, quote="EU (1st, Nov. 22, Kazakhstan/2nd, Jun. 2023, Kyrgyzstan)",
    note="first held 27 Oct 2022 in Astana, second 2 Jun 2023 (DQ8)")
rel("HUAWEI", ["UZB", "KAZ", "TJK", "KGZ"], "telecom_supply",
    quote="Huawei dominates major telecom operators in Uzbekistan, Kazakhstan, Tajikistan, and Kyrgyzstan",
    note="supplier or owner: read as supplier (DQ14)")
rel(["HUAWEI", "HIKVISION"], "CHN", "home_state", quote="Chinese telecommunications company Huawei")
rel("DSR", "BRI", "part_of", None, None, 2015, quote="as part of the Belt and Road Initiative, China proposed")
rel("CHN", "DSR", "ownership", None, None, 2015, quote="China proposed the \"Digital Silk Road\"")
rel("DSR", "C5", "policy_target", None, None, 2020, quote="formalized at a meeting of foreign ministers",
    note="dated 17 Jul 2020 in the document; the meeting was 16 Jul 2020 (DQ10)")
rel("CHN", ["UZB", "KAZ"], "joint_projects", quote="main partners in the region are Uzbekistan and Kazakhstan")
rel("CHN", ["KGZ", "TJK"], "investment",
    quote="investments in Kyrgyzstan and Tajikistan are mainly targeted at the creation of smart cities",
    detail="smart cities, next-generation networks")
rel("CHN", "TKM", "investment", quote="building fiber optic communication channels under the Caspian Sea",
    detail="subsea fibre")
rel("KAZ", "DIGKZ", "ownership", None, None, 2018,
    quote="Kazakhstan has been actively promoting the \"Digital Kazakhstan\" program since 2018")
rel("DIGKZ", "DSR", "within_framework", None, None, 2018,
    quote="Kazakhstan has been actively promoting the \"Digital Kazakhstan\" program")
rel("UZB", "UZ_SMART", "ownership", quote="Uzbekistan ... smart city")
rel("KGZ", "TK2040", "ownership", quote="e-government system, which is the first phase of its \"Taza Koom 2040\"")
rel("YANDEX", "C5", "digital_services", quote="Russian-language portals like Yandex")
rel("YANDEX", "RUS", "home_state", quote="Russian-language portals like Yandex", note="implied")
rel("HIKVISION", "C5", "surveillance_supply",
    quote="Hikvision supply most of the photo and video surveillance technology")
rel("PROTEI", "C5", "surveillance_supply", 5, "countries", quote="to all five Central Asian countries",
    detail="SORM")
rel("PROTEI", "RUS", "home_state", quote="Russian companies like Protei")
rel("PROTEI", "SORM", "supply", quote="Protei have exported \"SORM")
rel("RUS", "C5", "policy_diffusion",
    quote="All Central Asian countries share Russian laws, institutions, and technologies")
rel("RUS", "C5", "company_relocation", None, None, 2022,
    quote="many Russian ICT companies are relocating to Central Asia")
rel("KOR", "NNP", "ownership", 9, "bridges planned", 2017, doc=D3,
    quote="envisions the creation of nine transport, logistics and energy bridges",
    note="virtually abandoned under Yoon Suk-yeol (D0)")
rel("NNP", "C5", "policy_target", quote="key partners in the New Northern Policy")
rel("KOR", "C5", "aid", quote="A significant portion of the ODA going to Central Asia has been allocated to",
    detail="digital sector, digital health")
rel("KT", ["EAST_TEL", "IMAX"], "investment", None, None, 2007,
    quote="KT entered the Uzbek market in 2007 through investments in East Telecom and iMax")
rel(["LGCNS", "UZ_MITC"], "LGCNS_UZ", "joint_venture",
    quote="established \"LG CNS Uzbekistan\" in collaboration with Uzbekistan's Ministry")
rel("GLOVIS", "RGB", "logistics_service", quote="Hyundai Glovis is in charge of smart logistics for RG Brands")
rel(["KT", "LGCNS", "GLOVIS"], "KOR", "home_state", quote="When it comes to the private sector, KT",
    note="implied")
rel(["EAST_TEL", "IMAX"], "UZB", "home_state", quote="KT entered the Uzbek market in 2007 through investments in "
    "East Telecom and iMax", note="implied")
rel("LGCNS_UZ", "UZB", "home_state", quote="established \"LG CNS Uzbekistan\" in collaboration with Uzbekistan's Ministry",
    note="implied")
rel("RGB", "KAZ", "home_state", quote="In Kazakhstan, Hyundai Glovis is in charge of smart logistics for RG Brands",
    note="implied")
rel("IND", "INSTC", "participation", quote="India hopes to actively participate in the International North-South")
rel("INSTC", "CHB_PORT", "links", quote="to link the port of Chabahar to Central Asia")
rel("PAK", "GWD_PORT", "logistics_development", quote="logistics from the existing port of Gwadar to Central Asia")
rel("EU", "TITR", "support", quote="through the Trans-Caspian International Transport Route (TITR)",
    note="bypasses Russia")
rel(["TUR", "C5", "IND", "PAK", "IRN"], "SEC", "membership",
    quote="Southern Economic Corridor network, which includes India, Pakistan, Turkey, and Iran")
rel("KOR", "KCITY", "ownership", 21, "countries",
    quote="smart technologies from 33 Korean companies have entered 21 different countries")
rel("CHN", "C5", "market_leader", quote="China, which is the leader in the smart city market")
rel("CHN", "C5", "ppp_contracts", quote="Chinese companies have a long history of winning PPP contracts")
rel("EDCF", "C5", "loan", quote="in conjunction with EDCF tied loans", detail="tied loans, proposed")
rel("RUS", "CHN", "rapprochement", None, None, 2022, quote="China and Russia have become closer",
    symmetric=True)
rel("RUS", "UKR", "war", None, None, 2022, quote="since the start of the war in Ukraine")
rel("USA", "US_CONT", "ownership", quote="the United States' Eurasia containment strategy")
rel("US_CONT", "C5", "policy_target", quote="a gap in the United States' Eurasia containment strategy",
    note="a gap, as China sees it")
rel("KOR", "KR_CA_NEW", "ownership", quote="the Korean government's new Central Asia cooperation initiative",
    note="expected")
rel("OXUS", "DAVIS", "co_organizer", 2, "seminars", 2021, doc=D3,
    quote="the Oxus Society for Central Asian Affairs and the Davis Center")
rel("DAVIS", "HARVARD", "part_of", doc=D3, quote="the Davis Center of Russian and Eurasian Studies at Harvard University")
rel("JPN", "C5", "aid", 10000, "people invited", None, doc=D3,
    quote="some 10,000 Central Asians being invited to Japan",
    note="share of Japan's ODA: 6% (1996 peak), 2.8% (2018)")
rel("JPN", "UZB", "aid", None, None, 2014, doc=D3, quote="temporarily becoming Uzbekistan's top donor in 2014")
rel("KOR", "C5", "aid", 10, "times growth", 2019, doc=D3, quote="expanded some ten times between 2006 and 2019")
rel("KOR", "UZB", "aid", 2, "times the other four combined", None, doc=D3,
    quote="roughly twice the amount of development assistance")
rel("JPN", "ADB", "ownership", doc=D3, quote="Japan is the largest shareholder and appoints the president")
rel("ADB", "C5", "funding", 22, "USD bn", None, doc=D3,
    quote="providing $22 billion in loans, grants and technical assistance since independence",
    detail="loans, grants and technical assistance, cumulative", usd_bn=22.0)
rel("KOR", "KSP", "ownership", 87, "partner countries", 2004, doc=D3, quote="2004 Knowledge Sharing Program (KSP)")
for dst, yr in (("UZB", 2004), ("KAZ", 2009), ("TJK", 2014), ("KGZ", 2014)):
    rel("KSP", dst, "technical_assistance", None, None, yr, doc=D3,
        quote="Uzbekistan (2004), Kazakhstan (2009) and both Tajikistan and Kyrgyzstan (2014)")
rel("KSP", "NAVOI", "advisory", 24, "companies", None, doc=D3, quote="founding its free industrial zone outside Navoi")
rel("NAVOI", "UZB", "located_in", doc=D3, quote="free industrial zone outside Navoi")
rel("KOR", "C5", "trade_2020", 3.9, "USD bn", 2020, doc=D3, quote="in 2020 Korean exports to the region stood at $3.9 billion",
    detail="exports", note="the text's 2020 figures, a layer of their own without weight: trade (weighted) is the 2019 table")
rel("KOR", "KAZ", "trade_2020", 1.99, "USD bn", 2020, doc=D3, quote="Kazakhstan (51%) with Uzbekistan following close behind",
    detail="exports, 51% of 3.9", estimate=True, note="the text's 2020 figures, a layer of their own without weight: trade (weighted) is the 2019 table")
rel("KOR", "UZB", "trade_2020", 1.87, "USD bn", 2020, doc=D3, quote="Uzbekistan following close behind at 48%",
    detail="exports, 48% of 3.9", estimate=True, note="the text's 2020 figures, a layer of their own without weight: trade (weighted) is the 2019 table")
rel("C5", "KOR", "trade_2020", 1.1, "USD bn", 2020, doc=D3, quote="imports standing at just $1.1 billion USD",
    detail="Korean imports", note="the text's 2020 figures, a layer of their own without weight: trade (weighted) is the 2019 table")
rel("KAZ", "KOR", "trade_2020", 1.08, "USD bn", 2020, doc=D3, quote="98% of which comes from Kazakhstan",
    detail="crude oil, raw materials; 98% of 1.1", estimate=True, note="the text's 2020 figures, a layer of their own without weight: trade (weighted) is the 2019 table")
rel("KOR", "UZB", "investment", 76, "new firms", 2019, doc=D3,
    quote="76 newly established Korean companies in Uzbekistan in 2019", note="20 in 2020")
rel("KOR", "C5", "investment", 34, "USD (unit doubtful)", None, doc=D3,
    quote="fallen from $182 billion USD in 2010 to just $34 billion",
    note="from 182 (2010); 'billion' is implausible, probably million; end year not given (DQ6)")
rel("C5", "KOR", "migration", 20449, "people", 2019, doc=D3, quote="20,449 citizens of Central Asia entering Korea for work",
    detail="work, total 2016-2019")
rel("C5", "KOR", "migration", 7722, "people", 2019, doc=D3, quote="7,722 for study", detail="study, total 2016-2019")
rel("C5", "JPN", "migration", 2693, "people", 2019, doc=D3, quote="2,693", detail="work, total 2016-2019")
rel("C5", "JPN", "migration", 11725, "people", 2019, doc=D3, quote="11,725", detail="study, total 2016-2019")
rel("JPN", "C5", "diplomatic_recognition", None, None, 1992, doc=D3,
    quote="1992: Recognition and the establishment of diplomatic relations")
rel("JP_MOF", ["OECD_DAC", "EBRD", "ADB"], "aid_channel", None, None, 1993, doc=D3,
    quote="supports aid mechanisms for Central Asia through the OECD DAC, EBRD, and ADB")
rel("JPN", "EDP", "ownership", None, None, 1997, doc=D3, quote="Eurasian Diplomacy From the Pacific")
rel("EDP", "RUS", "policy_target", None, None, 1997, doc=D3, quote="closer cooperation with Russia and its neighbors")
rel("JPN", "SRAP", "ownership", None, None, 1998, doc=D3, quote="Silk Road Action Plan")
rel("SRAP", "C5", "policy_target", None, None, 1998, doc=D3, quote="transport infrastructure and mineral resources")
rel("JPN", "CAJ", "ownership", None, None, 2004, doc=D3, quote="Central Asia Plus Japan framework")
rel("CAJ", "C5", "summit_format", None, None, 2004, doc=D3, quote="a prototype for the future C5+1 formats")
rel("CAJ", "AFG", "membership", None, None, 2006, doc=D3,
    quote="Japan brought Afghanistan within its Central Asia and Japan framework")
rel("JPN", "AFP", "ownership", None, None, 2006, doc=D3, quote="Arc of Freedom and Prosperity")
rel("AFP", ["CHN", "RUS"], "policy_target", None, None, 2006, doc=D3,
    quote="unstated goals of containing China's rising influence", detail="containment (unstated)")
rel("JPN", "RUS", "territorial_dispute", doc=D3, quote="the disputed Southern Kuril Islands/ Northern Territories",
    symmetric=True)
rel("JPN", "EXR", "ownership", None, None, 2009, doc=D3, quote="Eurasian Crossroads to develop North-South")
rel("KOR", "CCAI", "ownership", None, None, 2004, doc=D3, quote="Comprehensive Central Asia Initiative in 2004")
rel("KOR", "NAI", "ownership", None, None, 2009, doc=D3, quote="New Asia Initiative, launched in 2009")
rel("KOR", "EAI", "ownership", None, None, 2013, doc=D3, quote="Eurasia Initiative")
rel("EAI", "BRI", "response_to", None, None, 2013, doc=D3, quote="Launched just one month after China's announcement")
for dst, n, share in (("UZB", 176900, "0.55%"), ("KAZ", 100385, "0.6%"), ("TJK", 600, None),
                      ("KGZ", 17105, "0.2%"), ("TKM", 396, None)):
    rel("KOR", dst, "diaspora", n, "people", None, doc=D3, quote="Figure 3: Ethnic Korean Population in Central Asia",
        note=("share of population " + share) if share else "share rounds to 0")
rel("KOR", "C5", "diaspora", 300000, "people", None, doc=D3, quote="community of over 300,000 in Central Asia",
    note="Figure 3 sums to 295,386 (DQ7)")
rel("KOR", "KORYO_SARAM", "diaspora", 500000, "people", None, doc=D3,
    quote="around half a million of whom reside in Russia and Central Asia",
    note="Russia and Central Asia together; the Central Asian part is the 300,000 of the next row")
rel("KORYO_SARAM", ["C5", "RUS"], "located_in", doc=D3,
    quote="around half a million of whom reside in Russia and Central Asia")
rel("C5", "KOR", "diaspora", 40000, "people", None, doc=D3, quote="some 40,000 currently living and working in Korea",
    detail="Koryo-saram in Korea")
rel("KOR", ["OKF", "AKS", "KF", "GESE"], "diaspora_fora", doc=D3,
    quote="utilized this diaspora for regional diplomacy through a number of fora")
rel("AKS", "KR_MOE", "affiliation", doc=D3, quote="Academy of Korean Studies (MoE)")
rel("KF", "KR_MOFA", "affiliation", doc=D3, quote="Korean Foundation (MOFA)",
    note="endnote 9 calls it non-governmental (DQ13)")
rel("KF", "GESE", "funding", doc=D3, quote="funding from the Korea Foundation")
rel("KOR", "GESE", "support", doc=D3, quote="supported, but not funded")
rel("KOR", "KCACF", "ownership", 13, "meetings", 2007, doc=D3, quote="Korea-Central Asia Cooperation Forum (13 meetings since 2007)")
rel("KOR", "KCACF_SEC", "ownership", None, None, 2017, doc=D3, quote="Korea-Central Asia Cooperation Forum Secretariat")
rel("KOR", "KCABC", "ownership", None, None, 2020, doc=D3, quote="Korea-Central Asia Business Council")
rel("KCACF", "C5", "forum_format", doc=D3, quote="structures for engagement", note="implied")
rel("ADB", "CAREC", "support", 11, "member states", 1997, doc=D3, quote="CAREC ... has worked since 1997",
    note="founding year differs between sources (DQ12)")
rel("ADB", "TAPI", "support", None, None, 1999, doc=D3, quote="supported and developed within the ADB during his presidency",
    note="Chino Tadao, ADB president 1999-2005")
rel(["TKM", "AFG", "PAK", "IND"], "TAPI", "membership", doc=D3, quote="TAPI (Turkmenistan-Afghanistan-Pakistan-India)",
    note="implied by the name")
rel("JPN", ["TJK", "AFG"], "security_assistance", doc=D3, quote="Japanese security activities on the Tajik-Afghan border")
rel(["USA", "NATO"], "AFG", "military_withdrawal", doc=D3, quote="U.S. and NATO withdrawal from Afghanistan")
rel("JPN", ["KOR", "CHN"], "cooperation", doc=D3, quote="sought to cooperate with both South Korea and China",
    detail="1990s-2000s, then soured")
rel(["EU", "USA"], ["JPN", "KOR"], "shared_interests", doc=D3,
    quote="the EU and U.S. both share common interests with Japan and Korea")
rel("CHN", "C5", "loan", doc=D3, quote="larger and more accessible concessional loans from Beijing",
    detail="concessional")
rel(["JPN", "KOR"], ["UZB", "KAZ"], "priority_partner", doc=D3, quote="primarily focused on Uzbekistan and Kazakhstan")
rel("KOR", "RUS", "engagement", doc=D3, quote="used the region as a means of expanding ties with Russia",
    detail="via Central Asia, 1990s")
rel("C5", ["CHN", "PAK"], "counterbalancing", doc=D3,
    quote="bargaining power vis-a-vis neighboring powers such as China and Pakistan")

# Figure 2 (KITA 2019), every filled cell; USD normalised (DQ1)
FIG2 = {
    "UZB": (2.36, 2.34, 0.02, 1.5),
    "TKM": (0.0132, 0.0132, 0.00001, 0.002),
    "KAZ": (4.22, 2.66, 1.56, 4.0),
    "KGZ": (0.107, 0.106, 0.0006, None),
    "TJK": (0.029, 0.029, 0.000005, 0.063),
}
for x, (total, export, imp, rok) in FIG2.items():
    q = "Figure 2: Trade and Investment Between South Korea and Central Asia (KITA 2019)"
    # the total is its own relation, without weight: the flows below carry it
    rel("KOR", x, "trade_total", total, "USD bn", 2019, doc=D3, quote=q, detail="bilateral total", symmetric=True)
    rel("KOR", x, "trade", export, "USD bn", 2019, doc=D3, quote=q, detail="exports", usd_bn=export)
    rel(x, "KOR", "trade", imp, "USD bn", 2019, doc=D3, quote=q, detail="Korean imports", usd_bn=imp,
        **({"note": "printed as \"$0.02\" without unit; 2.36 - 2.34 = 0.02 bn (DQ1)", "estimate": True}
           if x == "UZB" else {}))
    if rok is not None:
        rel("KOR", x, "unlabelled_figure", rok, "USD bn", 2019, doc=D3, quote=q,
            note="row labelled only 'ROK'; probably investment, not assumed (DQ2)")
