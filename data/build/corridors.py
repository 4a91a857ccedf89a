"""The corridor network: places and segments, with public sources.

Coordinates are approximate (about 0.05 degrees) and not from a cited
gazetteer. km is the sourced route length where a source gives one, else the
great-circle distance times the detour factor of the mode (see DETOUR
below: the median ratio of sourced length to great-circle distance over the
sourced segments of that mode), marked as an estimate. days is sourced where
a source gives it, else km at the speed of the mode (SPEED). A place may
cost time of its own (border clearance, gauge change, port transhipment and
waiting): DWELL, by the class of the place.
"""

# id: (label, kind, country, lat, lon, dwell class or None, note)
PLACES = {
    "XIA": ("Xi'an", "city", "CN", 34.34, 108.94, None, None),
    "LZH": ("Lanzhou", "city", "CN", 36.06, 103.83, None, None),
    "URU": ("Urumqi", "city", "CN", 43.83, 87.62, None, None),
    "KHO": ("Khorgos / Altynkol", "border_crossing", "CN", 44.21, 80.41, "rail_border_kz", "CN/KZ border, 1435/1520 mm gauge break"),
    "DOS": ("Alashankou / Dostyk", "border_crossing", "CN", 45.17, 82.57, "rail_border_kz", "CN/KZ border, 1435/1520 mm gauge break"),
    "ALA": ("Almaty", "city", "KZ", 43.24, 76.89, None, None),
    "MOI": ("Moiynty", "station", "KZ", 47.22, 73.37, None, "coordinates estimate"),
    "AKT": ("Aktau port", "port", "KZ", 43.65, 51.17, "caspian_port_kz", None),
    "KUR": ("Kuryk port", "port", "KZ", 43.18, 51.65, "caspian_port_kz", None),
    "UZE": ("Uzen (Zhanaozen)", "station", "KZ", 43.34, 52.86, None, None),
    "ALT": ("Alat (Port of Baku)", "port", "AZ", 39.94, 49.41, "caspian_port", None),
    "BAK": ("Baku", "city", "AZ", 40.41, 49.87, None, None),
    "SUM": ("Sumgait", "city", "AZ", 40.59, 49.67, None, None),
    "AST": ("Astara", "border_crossing", "IR", 38.43, 48.87, "rail_border", "IR/AZ twin towns, 1435/1520 mm gauge break"),
    "TBS": ("Tbilisi", "city", "GE", 41.72, 44.79, None, None),
    "POT": ("Poti port", "port", "GE", 42.15, 41.67, "black_sea_port", None),
    "BAT": ("Batumi port", "port", "GE", 41.64, 41.64, "black_sea_port", None),
    "AKH": ("Akhalkalaki", "station", "GE", 41.41, 43.48, "rail_border", "1435/1520 mm gauge break"),
    "KRS": ("Kars", "city", "TR", 40.60, 43.10, None, None),
    "ANK": ("Ankara", "city", "TR", 39.94, 32.85, None, None),
    "IST": ("Istanbul", "city", "TR", 41.01, 28.98, None, None),
    "KPK": ("Kapikule / Kapitan Andreevo", "border_crossing", "TR", 41.71, 26.35, "rail_border", "TR/BG border, EU external border"),
    "CON": ("Constanta port", "port", "RO", 44.17, 28.65, "black_sea_port", None),
    "BUD": ("Budapest", "city", "HU", 47.50, 19.04, None, None),
    "DUI": ("Duisburg", "city", "DE", 51.43, 6.76, None, "duisport, the European end of most China-Europe trains"),
    "BRE": ("Brest / Malaszewicze", "border_crossing", "BY", 52.08, 23.69, "rail_border", "BY/PL border, 1520/1435 mm gauge break"),
    "MUM": ("Mumbai / JNPT", "port", "IN", 18.95, 72.95, "ocean_port", None),
    "BND": ("Bandar Abbas", "port", "IR", 27.18, 56.27, "ocean_port", None),
    "THR": ("Tehran", "city", "IR", 35.69, 51.39, None, None),
    "QAZ": ("Qazvin", "city", "IR", 36.27, 50.00, None, None),
    "RSH": ("Rasht", "city", "IR", 37.28, 49.58, None, None),
    "ANZ": ("Bandar Anzali", "port", "IR", 37.47, 49.46, "caspian_port", None),
    "GOR": ("Gorgan", "city", "IR", 36.84, 54.44, None, None),
    "INC": ("Incheh Borun / Akyayla", "border_crossing", "IR", 37.43, 54.72, "rail_border",
            "IR/TM border, 1435/1520 mm gauge break"),
    "BOL": ("Serhetyaka / Bolashak", "border_crossing", "TM", 42.62, 53.55, "rail_border",
            "TM/KZ border; coordinates estimate"),
    "BER": ("Bereket", "station", "TM", 39.24, 55.52, None, None),
    "ASR": ("Astrakhan", "port", "RU", 46.35, 48.04, "caspian_port", None),
    "ATY": ("Atyrau", "city", "KZ", 47.11, 51.92, None, None),
    "MOW": ("Moscow", "city", "RU", 55.76, 37.62, None, None),
    "SPB": ("St Petersburg port", "port", "RU", 59.88, 30.22, "ocean_port", None),
    "CHB": ("Chabahar (Shahid Beheshti)", "port", "IR", 25.29, 60.64, "chabahar", None),
    "ZAH": ("Zahedan", "city", "IR", 29.50, 60.86, None, None),
    "MIL": ("Milak", "border_crossing", "IR", 31.00, 61.78, None, "near Zabol; the crossing's time is counted at Zaranj"),
    "ZAR": ("Zaranj", "border_crossing", "AF", 30.96, 61.86, "road_border", "IR/AF border"),
    "DEL": ("Delaram", "city", "AF", 32.17, 63.43, None, None),
    "HER": ("Herat", "city", "AF", 34.35, 62.20, None, None),
    "SRH": ("Torghundi / Serhetabat", "border_crossing", "AF", 35.28, 62.34, "road_border", "AF/TM border"),
    "MSH": ("Mashhad", "city", "IR", 36.30, 59.60, None, None),
    "SRK": ("Sarakhs", "border_crossing", "IR", 36.54, 61.16, "rail_border", "IR/TM border, 1435/1520 mm gauge break"),
    "GWD": ("Gwadar port", "port", "PK", 25.12, 62.32, "ocean_port", None),
    "HOS": ("Hoshab", "city", "PK", 26.02, 63.93, None, None),
    "SUR": ("Surab", "city", "PK", 28.49, 66.26, None, None),
    "QUE": ("Quetta", "city", "PK", 30.18, 67.00, None, None),
    "CHM": ("Chaman / Spin Boldak", "border_crossing", "PK", 30.92, 66.45, "road_border", "PK/AF border"),
    "KDH": ("Kandahar", "city", "AF", 31.63, 65.71, None, None),
    "KBL": ("Kabul", "city", "AF", 34.53, 69.17, None, None),
    "MZR": ("Mazar-i-Sharif", "city", "AF", 36.71, 67.11, None, None),
    "TRM": ("Hairatan / Termez", "border_crossing", "UZ", 37.22, 67.28, "rail_border", "AF/UZ border"),
    "TAS": ("Tashkent", "city", "UZ", 41.30, 69.24, None, None),
    "ISB": ("Islamabad", "city", "PK", 33.68, 73.05, None, None),
    "GIL": ("Gilgit", "city", "PK", 35.92, 74.31, None, None),
    "SOS": ("Sost", "dry_port", "PK", 36.69, 74.82, None, None),
    "KHU": ("Khunjerab Pass", "border_crossing", "PK", 36.85, 75.43, "road_border", "PK/CN border, 4,693 m"),
    "TXK": ("Tashkurgan", "city", "CN", 37.77, 75.23, None, None),
    "KSH": ("Kashgar", "city", "CN", 39.47, 75.99, None, None),
    "IRK": ("Irkeshtam", "border_crossing", "KG", 39.68, 73.91, "road_border", "KG/CN border"),
    "OSH": ("Osh", "city", "KG", 40.53, 72.80, None, None),
    "AND": ("Andijan", "city", "UZ", 40.78, 72.34, None, None),
    "GKY": ("Galkynysh gas field", "field", "TM", 37.15, 62.35, None,
            "the field's southern edge, estimate: the 214 km pipeline to Serhetabat starts there"),
    "MAR": ("Mary", "city", "TM", 37.60, 61.83, None, "coordinates estimate"),
    "TKB": ("Turkmenabat", "city", "TM", 39.08, 63.58, None, "coordinates estimate"),
    "MUL": ("Multan", "city", "PK", 30.20, 71.47, None, None),
    "FAZ": ("Fazilka", "city", "IN", 30.40, 74.03, None, None),
    "TMB": ("Turkmenbashi", "port", "TM", 40.02, 52.97, None, "assumed fibre landing"),
    # CAREC corridor 2 places (coordinates are estimates)
    "GAR": ("Gardabani / Boyuk Kasik", "border_crossing", "GE", 41.46, 45.09, "rail_border", "AZ/GE border, CAREC 2a"),
    "BEY": ("Beyneu", "station", "KZ", 45.32, 55.20, None, "CAREC 2a"),
    "JIZ": ("Jizzakh", "city", "UZ", 40.12, 67.84, None, "CAREC 2a"),
    "KAN": ("Kanibadam", "city", "TJ", 40.29, 70.42, None, "CAREC 2a"),
    "HAM": ("Hami", "city", "CN", 42.83, 93.51, None, "CAREC 2a"),
    # the sea route to Europe
    "SHA": ("Shanghai port", "port", "CN", 31.23, 121.49, "ocean_port", None),
    "ROT": ("Rotterdam port", "port", "NL", 51.95, 4.14, "ocean_port", None),
    "SAM": ("Yalama / Samur", "border_crossing", "AZ", 41.78, 48.51, "rail_border", "AZ/RU border"),
}

# Where a source gives a figure it is cited; everything else is an estimate
# and says how it was made.
REINGEX = "en.reingex.com/India-Iran-Afghanistan.shtml"
CAREC22 = "ADB CAREC CPMM 2022, cpmm.carecprogram.org/?p=130 and cpmm.carecprogram.org/2022-report/kazakhstan"
TITR24 = ("TITR working group schedule, May 2024: Altynkol-Absheron 9 days, -Poti/Batumi 12, -Constanta 20-22 "
          "(en.trend.az/casia/kazakhstan/3906462.html)")
COMCEC = ("COMCEC 2017, Improving Transnational Transport Corridors in the OIC Member Countries, Table 58 "
          "(Fimotions 2017): Nhava Sheva-Moscow by sea and rail via Suez 32 days")

# Time at places, in days, by class. The CAREC figures are the programme's
# measured averages for 2022; the port times are estimates calibrated
# against the published transit times of data/calibration.tsv, as said.
DWELL = {
    "rail_border_kz": (2.8, "rail border-crossing time at Kazakhstan's BCPs, 67.4 h in 2022 (" + CAREC22 + ")", False),
    "rail_border": (1.7, "average rail border-crossing time on the CAREC corridors, 40.6 h in 2022 (" + CAREC22 +
                    "); applied outside CAREC too", True),
    "road_border": (0.41, "average road border-crossing time on the CAREC corridors, 9.9 h in 2022 (" + CAREC22 + ")",
                    False),
    "caspian_port_kz": (4.0, "estimate: waiting for a Caspian vessel, the corridor's main limit (KTZ's chairman, "
                        "report.az 2025-11-26), loading and unloading; calibrated on Altynkol-Absheron 9 days (" +
                        TITR24 + ")", True),
    "caspian_port": (1.0, "estimate: unloading and clearance at a Caspian port where cargo does not wait for "
                     "vessels, a day", True),
    "chabahar": (0.5, "estimate: the 2017 trial took 7 days from Mumbai into Afghanistan, 5 at sea and 2 on the "
                 "road (" + REINGEX + "), which leaves about half a day in Chabahar", True),
    "black_sea_port": (6.0, "estimate: the wait for the weekly Black Sea sailings and transhipment, calibrated on "
                       "Altynkol-Constanta 20-22 days (" + TITR24 + ")", True),
    "ocean_port": (5.0, "estimate: dwell and transhipment at a container port, calibrated on " + COMCEC, True),
}

# (from, to, corridor, mode, km or None, km source, days or None, days source, note, status)
# km None: an estimate (see DETOUR); corridor may list several, "TITR;NORTH".
S = []


def seg(a, b, corridor, mode, km=None, km_src=None, days=None, days_src=None, note=None, status=None):
    S.append((a, b, corridor, mode, km, km_src, days, days_src, note, status))


WATSUP = "watsupasia.com/news/transcontinental-freight-train-line-improves-china-c-asia-trade"
XINHUA17 = "Xinhua 2017, lucaturilli.net/n3/2017/0608/c90000-9226072.html"
KTZ = "KTZ via seanews.ru/en/2024/03/12/en-kazakhstan-launches-block-train-from-xi-an-to-azerbaijan"
RAILLY = "raillynews.com/2019/07/azerbeycan-demiryolu-haritasi/"
FARN = "rogerfarnworth.com/2020/04/13/railways-in-iran-part-5-from-1980-to-1999/"
APP = "APP via brecorder.com/news/40094706"
KKH = "kashgarguide.com/kashgar-attraction/khunjerab-pass; bilspostcards.blogspot.com/2019/10/khunjerab-pass.html"
AFINTL = "afintl.com/en/202504248323; steelguru.com (2018)"
PEMP = ("Rodrigue, Port Economics, Management and Policy: Shanghai-Rotterdam via Suez about 10,600 nmi, 27 days at "
        "16 knots without calls, about 35 with them (porteconomicsmanagement.org/pemp/contents/part1/"
        "interoceanic-passages/routing-options-shanghai-rotterdam)")
NORTH9908 = ("derived: 9,908 km Xi'an-Duisburg by the Northern route (duisport via railmarket.com/news/freight-rail/"
             "2099; shiphub.co/xian-duisburg) less the other legs")

# TITR / Middle Corridor
seg("XIA", "LZH", "TITR;NORTH", "rail", 916, "derived: 3,860 km Xi'an-Almaty (" + WATSUP + ") - 370 - 670 - 1,904",
    note="Xi'an to Almaty 6 days (same source); the Northern route shares it. The Longhai line is shorter: the "
         "3,860 km may count a longer way")
seg("LZH", "URU", "TITR;NORTH", "rail", 1904, "Lanzhou-Xinjiang railway, 1,904 km (kiwix.haohe.fun, Wikipedia "
    "Lanxin railway)", note="by Hami")
seg("URU", "KHO", "TITR", "rail", 670, XINHUA17)
seg("KHO", "ALA", "TITR", "rail", 370, XINHUA17)
seg("ALA", "AKT", "TITR", "rail", 2758, "derived: 3,128 km Altynkol-Aktau (" + KTZ + ") - 370",
    note="may bypass Almaty city")
seg("KHO", "AKT", "TITR", "rail", 3128, KTZ, 3, KTZ, note="Altynkol to Aktau direct")
seg("URU", "DOS", "TITR;NORTH", "rail", 460, "Northern Xinjiang railway, 460 km (newikis.com/en/Northern_Xinjiang_railway, "
    "Wikipedia)", note="Urumqi to Alashankou: the Dostyk entry of both routes")
seg("DOS", "MOI", "TITR", "rail", 836, "Dostyk-Moyinty 836 km, double track since 2025 (Samruk-Kazyna via "
    "trend.az/business/transport/4091560.html)", note="the Dostyk entry; 837 km per jamestown.org")
seg("MOI", "AKT", "TITR", "rail", None, None, note="by Zhezkazgan and Beyneu")
seg("AKT", "ALT", "TITR;CAREC", "ferry", None, None, 1.0,
    "sr-center.info/en/news/-modernization-of-the-middle-corridor-kazakhstan-and-azerbaijan-on-the-way-to-new-records",
    note="18-24 h including loading, at most 30 h")
seg("KUR", "ALT", "TITR", "ferry", None, None, 1.17, "goingincirclestour.wordpress.com/2018/11/03/the-caspian-sea-ferry/ (blog, weak)")
seg("ALT", "BAK", "TITR;CAREC", "rail", None, None, note="Alat to Baku")
seg("BAK", "GAR", "TITR;CAREC", "rail", 503, "Azerbaijani section of the Baku-Tbilisi-Kars line (" + RAILLY + ")",
    note="405 km per President Aliyev (report.az): conflicting")
seg("GAR", "TBS", "TITR;CAREC", "rail", None, None, note="Gardabani to Tbilisi")
seg("GAR", "AKH", "TITR", "rail", 230, "derived: Georgian section of BTK 259 km (" + RAILLY + ") less 29 km "
    "Akhalkalaki-Kartsakhi", note="by Marabda, south of Tbilisi")
seg("TBS", "POT", "TITR", "rail", 310, "JRTR 24, ejrcf.or.jp/jrtr/jrtr24/f42_gor.html")
seg("TBS", "BAT", "TITR", "rail", None, None, note="about 5 h by passenger train (en.vestikavkaza.ru/material/170132)")
seg("AKH", "KRS", "TITR", "rail", 105, "BTK route map, encyclopedia.datana.cloud, Kars-Tbilisi-Baku railway",
    note="Turkish part 76 km, Akhalkalaki-Kartsakhi 29 km")
seg("KRS", "ANK", "TITR", "rail", 1446.1, "Ankara-Kars railway, 1,446.1 km (encyclopedia.datana.cloud, Wikipedia)",
    note="mostly single track")
seg("ANK", "IST", "TITR", "rail", 576.6, "Istanbul-Ankara railway, 576.6 km (en.wikipedia.org/wiki/Istanbul-Ankara_railway)",
    note="Marmaray tunnel under the Bosporus since 2019")
seg("IST", "KPK", "TITR", "rail", None, None, note="to the Bulgarian border")
seg("KPK", "BUD", "TITR", "rail", None, None, note="through Bulgaria and Serbia")
seg("POT", "CON", "TITR", "ferry", None, None, 2.5,
    "E60 line: leaves Constanta on Tuesday, in Poti on Thursday evening (en.vestikavkaza.ru/news/Ferry-service-connects-Georgia-Romania.html)",
    note="weekly")
seg("BAT", "CON", "TITR", "sea", None, None, 5,
    "5 days each way planned for the Batumi-Constanta feeder (middlecorridor.com, 2019)", status="planned",
    note="agreed in 2019; no regular service found")
seg("CON", "BUD", "TITR", "rail", None, None, note="through Romania")
seg("BUD", "DUI", "TITR", "rail", None, None, note="through Austria and Germany")
# the Northern route through Kazakhstan, Russia and Belarus
seg("DOS", "MOW", "NORTH", "rail", ("rest", 9908, ["XIA", "LZH", "URU", "DOS", "MOW", "BRE", "DUI"]), NORTH9908,
    note="through Kazakhstan and Russia (EAEU: no customs border on the way); the World Bank finds the Middle "
         "Corridor three times slower than this route")
seg("MOW", "BRE", "NORTH", "rail", 1100, "Moscow-Brest railway, about 1,100 km (infosekolah.net/en/Moscow-Brest_Railway, "
    "Wikipedia)", note="by Smolensk and Minsk")
seg("BRE", "DUI", "NORTH", "rail", None, None, note="through Poland and Germany")
# INSTC
seg("MUM", "BND", "INSTC", "sea", None, None)
seg("BND", "THR", "INSTC", "rail", None, None, note="Bafq-Bandar Abbas 626 km (" + FARN + ")")
seg("THR", "QAZ", "INSTC", "rail", None, None)
seg("QAZ", "RSH", "INSTC", "rail", 164, "en.wikipedia.org/wiki/Astara-Rasht-Qazvin_railway", note="opened 6 Mar 2019")
seg("RSH", "AST", "INSTC", "road", 162, "iasbook.com/rasht-astara-railway-and-instc/; menafn.com/1107610776",
    note="by road until the railway is built")
seg("RSH", "AST", "INSTC", "rail", 162, "iasbook.com/rasht-astara-railway-and-instc/; menafn.com/1107610776",
    status="planned", note="the missing rail link; a EUR 1.6 bn Russian loan")
seg("AST", "BAK", "INSTC", "rail", None, None)
seg("BAK", "SAM", "INSTC", "rail", None, None, note="western route")
seg("SAM", "MOW", "INSTC", "rail", None, None, note="western route, by Makhachkala")
seg("RSH", "ANZ", "INSTC", "road", None, None, note="Caspian branch")
seg("ANZ", "ASR", "INSTC", "ferry", None, None)
seg("ASR", "MOW", "INSTC", "rail", None, None)
seg("THR", "GOR", "INSTC", "rail", None, None, note="eastern branch")
RAILTR = "railturkey.org/2014/12/03/kazakhstan-turkmenistan-iran-railway/"
seg("GOR", "INC", "INSTC", "rail", 88, RAILTR + "; tass.com/world/764933",
    note="908 km Gorgan-Bereket-Uzen in all (IR 88, TM 700, KZ 120); 928 per TASS")
seg("INC", "BER", "INSTC", "rail", 700 * 283 / 790, "derived: the 700 km Turkmen part (" + RAILTR + ") split by "
    "great-circle distance", note="opened Dec 2014")
seg("BER", "BOL", "INSTC", "rail", 700 * 507 / 790, "derived: the 700 km Turkmen part (" + RAILTR + ") split by "
    "great-circle distance")
seg("BOL", "UZE", "INSTC", "rail", 120, RAILTR, note="the Kazakh part")
seg("UZE", "AKT", "INSTC", "rail", None, None)
seg("UZE", "BEY", "INSTC", "rail", None, None, note="eastern branch, north to Russia")
seg("BEY", "ATY", "INSTC", "rail", None, None, note="eastern branch")
seg("ATY", "ASR", "INSTC", "rail", None, None, note="eastern branch into Russia (EAEU)")
# the maritime route through Suez
seg("SHA", "ROT", "SUEZ", "sea", 10600 * 1.852, PEMP, 27, PEMP, note="by Singapore, Bab el-Mandeb, Suez and Gibraltar")
seg("MUM", "SPB", "SUEZ", "sea", 16000, "some 16,000 km through the Suez Canal (FIEO via induqin.com/post/"
    "st-petersburg-to-mumbai-in-25-days-india-can-now-bypass-the-suez-canal-to-reach-northern-russia)",
    note="by Suez, usually with a transhipment in a North Sea port")
seg("ROT", "SPB", "SUEZ", "sea", None, None, note="North Sea and Baltic feeders, around Denmark")
seg("ROT", "DUI", "SUEZ", "rail", None, None, note="the Betuweroute")
seg("SPB", "MOW", "SUEZ", "rail", 649.7, "Saint Petersburg-Moscow railway, 649.7 km (en.wikipedia.org/wiki/"
    "Saint_Petersburg-Moscow_railway)")
# Chabahar
seg("MUM", "CHB", "CHABAHAR", "sea", None, None, 5, REINGEX, note="2017 trial; then 2 days by road into Afghanistan")
seg("CHB", "ZAH", "CHABAHAR", "road", 700, REINGEX)
seg("CHB", "ZAH", "CHABAHAR", "rail", 628, "en.irna.ir/news/83850452", status="under_construction",
    note="610 km per Press TV")
seg("ZAH", "MIL", "CHABAHAR", "road", 250, "derived: 950 km Chabahar-Milak - 700 (" + REINGEX + ")", note="via Zabol")
seg("MIL", "ZAR", "CHABAHAR", "road", None, None, note="border")
seg("ZAR", "DEL", "CHABAHAR", "road", 218, "es.knowledger.de/2900286/Route606(Afghanistan)",
    note="Route 606, India-built, opened 22 Jan 2009; about 2 h by car (en-academic.com/dic.nsf/enwiki/11629047)")
seg("DEL", "HER", "CHABAHAR", "road", None, None, note="A01")
seg("HER", "SRH", "CHABAHAR", "road", None, None, note="onward to Turkmenistan")
seg("ZAH", "MSH", "CHABAHAR", "rail", None, None, status="under_construction", note="Zahedan-Mashhad railway")
seg("MSH", "SRK", "CHABAHAR", "rail", 165, FARN, note="opened 1996-97")
# Gwadar
seg("GWD", "HOS", "GWADAR;CPEC", "road", 193, APP, note="M-8, CPEC western alignment")
seg("HOS", "SUR", "GWADAR;CPEC", "road", 449, APP, note="N-85; the source calls it Quetta to Hoshab")
seg("SUR", "QUE", "GWADAR;CPEC", "road", 235, APP, note="N-25")
seg("QUE", "CHM", "GWADAR", "road", 110, "marcovasta.net/Pakistan/Quetta-Iran.htm (travel guide, weak)")
seg("CHM", "KDH", "GWADAR", "road", None, None)
seg("KDH", "KBL", "GWADAR", "road", None, None)
seg("KBL", "MZR", "GWADAR", "road", None, None, note="railway planned")
seg("MZR", "TRM", "GWADAR", "rail", 75, "ariananews.af/trans-afghan-railway-to-be-complete-within-5-years-says-uzbek-official/")
seg("TRM", "TAS", "GWADAR", "multimodal", None, None, note="road and rail")
# CPEC and the Karakoram Highway
seg("QUE", "ISB", "CPEC", "road", None, None, note="western alignment")
seg("ISB", "GIL", "CPEC", "road", 600, "derived: 870 - 270 (" + KKH + ")", note="Karakoram Highway")
seg("GIL", "SOS", "CPEC", "road", 195, "derived: 270 - 75 (" + KKH + ")")
seg("SOS", "KHU", "CPEC", "road", 75, KKH, note="125 km per another blog: conflicting")
seg("KHU", "TXK", "CPEC", "road", 130, KKH, note="pass closed to heavy vehicles 30 Nov - 1 May")
seg("TXK", "KSH", "CPEC", "road", 290, "derived: 420 - 130 (" + KKH + ")")
# Kashgar-Osh-Tashkent (QTTA) road
seg("KSH", "IRK", "QTTA", "road", None, None)
seg("IRK", "OSH", "QTTA", "road", 240, "kg.vesti.news/uzbekistan-hochet-postroit-trassu-andizhan-irkeshtam-17090921101052.htm")
seg("OSH", "AND", "QTTA", "road", None, None, note="derived 45 km is below the great-circle distance: rounding; estimate used")
seg("AND", "TAS", "QTTA", "multimodal", None, None)
# TAPI pipeline and the Caspian fibre: not for freight
seg("GKY", "SRH", "TAPI", "pipeline", 214, AFINTL,
    note="205 km in another report; the Turkmen section is built (2024), no gas flows yet")
for a, b in (("SRH", "HER"), ("HER", "KDH"), ("KDH", "CHM")):
    seg(a, b, "TAPI", "pipeline", None, None, status="under_construction",
        note="Afghan section 774 km in all; 14 km built by April 2025 (" + AFINTL + ")")
for a, b in (("CHM", "QUE"), ("QUE", "MUL"), ("MUL", "FAZ")):
    seg(a, b, "TAPI", "pipeline", None, None, status="planned", note="Pakistani section 826 km in all")
seg("SUM", "AKT", "FIBRE", "fibre", 380, "en.trend.az/business/4013155.html", status="under_construction",
    note="400 Tbps, target end of 2026, about USD 50.6 m")
seg("SUM", "TMB", "FIBRE", "fibre", None, None, status="planned", note="phase 2, end points assumed (digitalsilkway.az)")
# CAREC corridor 2a (ADB CPMM 2014 via ccirom-tkm.ro/2018/03/21/the-carec-programme-corridor-2/): the
# Baku-Gardabani line, Alat and the Aktau ferry above (tagged TITR;CAREC), then inland from Aktau
CAREC = "carecprogram.org/?page_id=20; ccirom-tkm.ro/2018/03/21/the-carec-programme-corridor-2/"
seg("AKT", "BEY", "CAREC", "rail", None, None, note="CAREC 2a: " + CAREC)
seg("BEY", "JIZ", "CAREC", "rail", None, None, note="CAREC 2a: " + CAREC)
seg("JIZ", "KAN", "CAREC", "rail", None, None, note="CAREC 2a: " + CAREC)
seg("KAN", "OSH", "CAREC", "road", None, None, note="CAREC 2a: " + CAREC)
seg("OSH", "HAM", "CAREC", "multimodal", None, None, note="CAREC 2a: " + CAREC)
# connections the documents imply but no source measures: estimates, so that
# the corridors meet and can be compared (no corridor of their own)
seg("HAM", "URU", None, "rail", None, None, note="connector: Hami to Urumqi")
seg("HAM", "LZH", None, "rail", None, None, note="connector: Hami to Lanzhou")
seg("TAS", "JIZ", None, "rail", None, None, note="connector: Tashkent to Jizzakh")
seg("TAS", "ALA", None, "rail", None, None, note="connector: Tashkent to Almaty")
seg("URU", "KSH", None, "rail", None, None, note="connector: the Southern Xinjiang railway")
seg("SRH", "MAR", None, "rail", None, None, note="connector: Serhetabat to Mary")
seg("SRK", "MAR", None, "rail", None, None, note="connector: Sarakhs to Mary")
seg("MAR", "TKB", None, "rail", None, None, note="connector: Mary to Turkmenabat")
seg("TKB", "JIZ", None, "rail", None, None, note="connector: Turkmenabat to Jizzakh, by Bukhara and Samarkand")

# Speeds that turn km into days where no source gives days (km a day).
SPEED = {
    "rail": (1000.0, "block container trains: 3,128 km Altynkol-Aktau in 3 days (" + KTZ + "), and 9,908 km "
             "Xi'an-Duisburg in 9.8 days on the 2022 express (shiphub.co/xian-duisburg)"),
    "road": (400.0, "a truck's day, about 10 h at the CAREC road speed without delay, 42 km/h in 2022 (" + CAREC22 + ")"),
    "multimodal": (400.0, "as road"),
    "sea": (711.0, "16 knots, the container-ship speed of " + PEMP),
    "ferry": (300.0, "Caspian and Black Sea ferries and feeders, about 7 knots with loading (estimate)"),
}
# Slower railways, where a segment runs in one of these countries (its
# slower end decides): estimates, calibrated as said.
RAIL_BY_COUNTRY = {
    "AZ": (600.0, "estimate: the TITR schedule takes 3 days from Absheron to Poti, about 870 km with the Georgian "
           "border (" + TITR24 + ")"),
    "GE": (600.0, "estimate: as Azerbaijan"),
    "TR": (300.0, "estimate: mostly single track, the Bosporus crossed by the Marmaray tunnel between passenger "
           "trains, and the World Bank (2023) finds operators avoid Turkiye for its infrastructure gaps; set so "
           "that the Middle Corridor stays about as slow as the World Bank finds it"),
    "DE": (600.0, "estimate: EU international rail freight runs on separate national networks with their own "
           "rules and paths (European Court of Auditors, special report 08/2016); slower than the through "
           "trains of the broad-gauge countries"),
    "PL": (600.0, "estimate: as Germany"),
    "HU": (600.0, "estimate: as Germany"),
    "RO": (600.0, "estimate: as Germany"),
    "NL": (600.0, "estimate: as Germany"),
    "IR": (400.0, "estimate: calibrated so that the INSTC takes Mumbai-Moscow in about 25 days (Concor, Business "
           "Standard 2020; COMCEC 2017: 26 days by sea and rail)"),
}

# Detour factors: network km per great-circle km, by mode. Rail and road: the
# median over this table's own sourced segments of that mode (computed by
# make_datasets.py). Sea and ferry crossings between nearby ports run close
# to the great circle: 1.1 (estimate).
SEA_DETOUR = 1.1
