"""The corridor network: places and segments, with public sources.

Coordinates are approximate (about 0.05 degrees) and not from a cited
gazetteer. km is the sourced route length where a source gives one, else the
great-circle distance between the end points (estimate). days is sourced
where a source gives it, else estimated from km (see data/SCHEMA.md).
"""

# id: (label, kind, country, lat, lon, note)
PLACES = {
    "XIA": ("Xi'an", "city", "CN", 34.34, 108.94, None),
    "URU": ("Urumqi", "city", "CN", 43.83, 87.62, None),
    "KHO": ("Khorgos / Altynkol", "border_crossing", "CN", 44.21, 80.41, "CN/KZ border"),
    "DOS": ("Alashankou / Dostyk", "border_crossing", "CN", 45.17, 82.57, "CN/KZ border"),
    "ALA": ("Almaty", "city", "KZ", 43.24, 76.89, None),
    "AKT": ("Aktau port", "port", "KZ", 43.65, 51.17, None),
    "KUR": ("Kuryk port", "port", "KZ", 43.18, 51.65, None),
    "UZE": ("Uzen (Zhanaozen)", "station", "KZ", 43.34, 52.86, None),
    "ALT": ("Alat (Port of Baku)", "port", "AZ", 39.94, 49.41, None),
    "BAK": ("Baku", "city", "AZ", 40.41, 49.87, None),
    "SUM": ("Sumgait", "city", "AZ", 40.59, 49.67, None),
    "AST": ("Astara", "border_crossing", "IR", 38.43, 48.87, "IR/AZ twin towns"),
    "TBS": ("Tbilisi", "city", "GE", 41.72, 44.79, None),
    "POT": ("Poti port", "port", "GE", 42.15, 41.67, None),
    "BAT": ("Batumi port", "port", "GE", 41.64, 41.64, None),
    "AKH": ("Akhalkalaki", "station", "GE", 41.41, 43.48, "1435/1520 mm gauge break"),
    "KRS": ("Kars", "city", "TR", 40.60, 43.10, None),
    "IST": ("Istanbul", "city", "TR", 41.01, 28.98, None),
    "CON": ("Constanta port", "port", "RO", 44.17, 28.65, None),
    "MUM": ("Mumbai / JNPT", "port", "IN", 18.95, 72.95, None),
    "BND": ("Bandar Abbas", "port", "IR", 27.18, 56.27, None),
    "THR": ("Tehran", "city", "IR", 35.69, 51.39, None),
    "QAZ": ("Qazvin", "city", "IR", 36.27, 50.00, None),
    "RSH": ("Rasht", "city", "IR", 37.28, 49.58, None),
    "ANZ": ("Bandar Anzali", "port", "IR", 37.47, 49.46, None),
    "GOR": ("Gorgan", "city", "IR", 36.84, 54.44, None),
    "BER": ("Bereket", "station", "TM", 39.24, 55.52, None),
    "ASR": ("Astrakhan", "port", "RU", 46.35, 48.04, None),
    "MOW": ("Moscow", "city", "RU", 55.76, 37.62, None),
    "CHB": ("Chabahar (Shahid Beheshti)", "port", "IR", 25.29, 60.64, None),
    "ZAH": ("Zahedan", "city", "IR", 29.50, 60.86, None),
    "MIL": ("Milak", "border_crossing", "IR", 31.00, 61.78, "near Zabol"),
    "ZAR": ("Zaranj", "border_crossing", "AF", 30.96, 61.86, None),
    "DEL": ("Delaram", "city", "AF", 32.17, 63.43, None),
    "HER": ("Herat", "city", "AF", 34.35, 62.20, None),
    "SRH": ("Torghundi / Serhetabat", "border_crossing", "AF", 35.28, 62.34, "AF/TM border"),
    "MSH": ("Mashhad", "city", "IR", 36.30, 59.60, None),
    "SRK": ("Sarakhs", "border_crossing", "IR", 36.54, 61.16, "IR/TM border"),
    "GWD": ("Gwadar port", "port", "PK", 25.12, 62.32, None),
    "HOS": ("Hoshab", "city", "PK", 26.02, 63.93, None),
    "SUR": ("Surab", "city", "PK", 28.49, 66.26, None),
    "QUE": ("Quetta", "city", "PK", 30.18, 67.00, None),
    "CHM": ("Chaman / Spin Boldak", "border_crossing", "PK", 30.92, 66.45, "PK/AF border"),
    "KDH": ("Kandahar", "city", "AF", 31.63, 65.71, None),
    "KBL": ("Kabul", "city", "AF", 34.53, 69.17, None),
    "MZR": ("Mazar-i-Sharif", "city", "AF", 36.71, 67.11, None),
    "TRM": ("Hairatan / Termez", "border_crossing", "UZ", 37.22, 67.28, "AF/UZ border"),
    "TAS": ("Tashkent", "city", "UZ", 41.30, 69.24, None),
    "ISB": ("Islamabad", "city", "PK", 33.68, 73.05, None),
    "GIL": ("Gilgit", "city", "PK", 35.92, 74.31, None),
    "SOS": ("Sost", "dry_port", "PK", 36.69, 74.82, None),
    "KHU": ("Khunjerab Pass", "border_crossing", "PK", 36.85, 75.43, "PK/CN border, 4,693 m"),
    "TXK": ("Tashkurgan", "city", "CN", 37.77, 75.23, None),
    "KSH": ("Kashgar", "city", "CN", 39.47, 75.99, None),
    "IRK": ("Irkeshtam", "border_crossing", "KG", 39.68, 73.91, "KG/CN border"),
    "OSH": ("Osh", "city", "KG", 40.53, 72.80, None),
    "AND": ("Andijan", "city", "UZ", 40.78, 72.34, None),
    "GKY": ("Galkynysh gas field", "field", "TM", 37.30, 62.40, "centroid estimate"),
    "MAR": ("Mary", "city", "TM", 37.60, 61.83, "coordinates estimate"),
    "TKB": ("Turkmenabat", "city", "TM", 39.08, 63.58, "coordinates estimate"),
    "MUL": ("Multan", "city", "PK", 30.20, 71.47, None),
    "FAZ": ("Fazilka", "city", "IN", 30.40, 74.03, None),
    "TMB": ("Turkmenbashi", "port", "TM", 40.02, 52.97, "assumed fibre landing"),
    # CAREC corridor 2 places (coordinates are estimates)
    "GAR": ("Gardabani", "border_crossing", "GE", 41.46, 45.09, "CAREC 2a"),
    "BEY": ("Beyneu", "station", "KZ", 45.32, 55.20, "CAREC 2a"),
    "JIZ": ("Jizzakh", "city", "UZ", 40.12, 67.84, "CAREC 2a"),
    "KAN": ("Kanibadam", "city", "TJ", 40.29, 70.42, "CAREC 2a"),
    "HAM": ("Hami", "city", "CN", 42.83, 93.51, "CAREC 2a"),
}

# (from, to, corridor, mode, km or None, km source, days or None, days source, note)
# km None: the great-circle distance is used and marked as an estimate.
S = []


def seg(a, b, corridor, mode, km=None, km_src=None, days=None, days_src=None, note=None):
    S.append((a, b, corridor, mode, km, km_src, days, days_src, note))


WATSUP = "watsupasia.com/news/transcontinental-freight-train-line-improves-china-c-asia-trade"
XINHUA17 = "Xinhua 2017, lucaturilli.net/n3/2017/0608/c90000-9226072.html"
KTZ = "KTZ via seanews.ru/en/2024/03/12/en-kazakhstan-launches-block-train-from-xi-an-to-azerbaijan"
RAILLY = "raillynews.com/2019/07/azerbeycan-demiryolu-haritasi/"
FARN = "rogerfarnworth.com/2020/04/13/railways-in-iran-part-5-from-1980-to-1999/"
REINGEX = "en.reingex.com/India-Iran-Afghanistan.shtml"
APP = "APP via brecorder.com/news/40094706"
KKH = "kashgarguide.com/kashgar-attraction/khunjerab-pass; bilspostcards.blogspot.com/2019/10/khunjerab-pass.html"
AFINTL = "afintl.com/en/202504248323; steelguru.com (2018)"

# TITR / Middle Corridor
seg("XIA", "URU", "TITR", "rail", 2820, "derived: 3,860 km Xi'an-Almaty (" + WATSUP + ") - 370 - 670",
    note="Xi'an to Almaty 6 days (same source)")
seg("URU", "KHO", "TITR", "rail", 670, XINHUA17)
seg("KHO", "ALA", "TITR", "rail", 370, XINHUA17)
seg("ALA", "AKT", "TITR", "rail", 2758, "derived: 3,128 km Altynkol-Aktau (" + KTZ + ") - 370",
    note="may bypass Almaty city")
seg("KHO", "AKT", "TITR", "rail", 3128, KTZ, 3, KTZ, note="Altynkol to Aktau direct")
seg("DOS", "AKT", "TITR", "rail", None, None,
    note="alternative entry; Dostyk-Moiynty section 837 km (jamestown.org)")
seg("AKT", "ALT", "TITR", "ferry", None, None, 1.0,
    "sr-center.info/en/news/-modernization-of-the-middle-corridor-kazakhstan-and-azerbaijan-on-the-way-to-new-records",
    note="18-24 h including loading, at most 30 h")
seg("KUR", "ALT", "TITR", "ferry", None, None, 1.17, "goingincirclestour.wordpress.com/2018/11/03/the-caspian-sea-ferry/ (blog, weak)")
seg("ALT", "TBS", "TITR", "rail", None, None, note="BTK Azerbaijani section 503 km or 405 km: conflicting (" + RAILLY + "; report.az)")
seg("TBS", "POT", "TITR", "rail", 310, "JRTR 24, ejrcf.or.jp/jrtr/jrtr24/f42_gor.html")
seg("TBS", "BAT", "TITR", "rail", None, None, note="about 5 h by passenger train (en.vestikavkaza.ru/material/170132)")
seg("TBS", "AKH", "TITR", "rail", None, None, note="Georgian section of BTK 259 km (" + RAILLY + ")")
seg("AKH", "KRS", "TITR", "rail", 105, "BTK route map, encyclopedia.datana.cloud, Kars-Tbilisi-Baku railway",
    note="gauge break at Akhalkalaki")
seg("KRS", "IST", "TITR", "rail", None, None)
seg("POT", "CON", "TITR", "ferry", None, None, note="weekly Poti line (en.vestikavkaza.ru/news/Ferry-service-connects-Georgia-Romania.html)")
seg("BAT", "CON", "TITR", "ferry", None, None, note="planned (commersant.ge)")
# INSTC
seg("MUM", "BND", "INSTC", "sea", None, None)
seg("BND", "THR", "INSTC", "rail", None, None, note="Bafq-Bandar Abbas 626 km (" + FARN + ")")
seg("THR", "QAZ", "INSTC", "rail", None, None)
seg("QAZ", "RSH", "INSTC", "rail", 164, "en.wikipedia.org/wiki/Astara-Rasht-Qazvin_railway", note="opened 6 Mar 2019")
seg("RSH", "AST", "INSTC", "road", 162, "iasbook.com/rasht-astara-railway-and-instc/; menafn.com/1107610776",
    note="railway planned: the missing link")
seg("AST", "BAK", "INSTC", "rail", None, None)
seg("BAK", "MOW", "INSTC", "rail", None, None, note="western route")
seg("RSH", "ANZ", "INSTC", "road", None, None, note="Caspian branch")
seg("ANZ", "ASR", "INSTC", "sea", None, None)
seg("ASR", "MOW", "INSTC", "rail", None, None)
seg("THR", "GOR", "INSTC", "rail", None, None, note="eastern branch")
seg("GOR", "BER", "INSTC", "rail", 88 + 700 * 283 / 790, "railturkey.org/2014/12/03/kazakhstan-turkmenistan-iran-railway/; tass.com/world/764933",
    note="908 km Gorgan-Bereket-Uzen in all (IR 88, TM 700, KZ 120); the TM part split by distance: estimate")
seg("BER", "UZE", "INSTC", "rail", 120 + 700 * 507 / 790, "railturkey.org/2014/12/03/kazakhstan-turkmenistan-iran-railway/",
    note="opened Dec 2014; split of the 908 km by distance: estimate")
seg("UZE", "AKT", "INSTC", "rail", None, None)
# Chabahar
seg("MUM", "CHB", "CHABAHAR", "sea", None, None, 5, REINGEX, note="2017 trial; then 2 days by road into Afghanistan")
seg("CHB", "ZAH", "CHABAHAR", "road", 700, REINGEX, note="railway 628 km under construction (en.irna.ir/news/83850452)")
seg("ZAH", "MIL", "CHABAHAR", "road", 250, "derived: 950 km Chabahar-Milak - 700 (" + REINGEX + ")", note="via Zabol")
seg("MIL", "ZAR", "CHABAHAR", "road", None, None, note="border")
seg("ZAR", "DEL", "CHABAHAR", "road", 218, "es.knowledger.de/2900286/Route606(Afghanistan)", 0.08,
    "en-academic.com/dic.nsf/enwiki/11629047", note="Route 606, India-built, opened 22 Jan 2009; about 2 h")
seg("DEL", "HER", "CHABAHAR", "road", None, None, note="A01")
seg("HER", "SRH", "CHABAHAR", "road", None, None, note="onward to Turkmenistan")
seg("ZAH", "MSH", "CHABAHAR", "rail", None, None, note="status unknown")
seg("MSH", "SRK", "CHABAHAR", "rail", 165, FARN, note="opened 1996-97")
# Gwadar
seg("GWD", "HOS", "GWADAR", "road", 193, APP, note="M-8")
seg("HOS", "SUR", "GWADAR", "road", 449, APP, note="N-85; the source calls it Quetta to Hoshab")
seg("SUR", "QUE", "GWADAR", "road", 235, APP, note="N-25")
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
seg("GKY", "SRH", "TAPI", "pipeline", 214, AFINTL, note="205 km in another report")
seg("SRH", "HER", "TAPI", "pipeline", None, None, note="Afghan section 774 km in all")
seg("HER", "KDH", "TAPI", "pipeline", None, None, note="Afghan section 774 km in all")
seg("KDH", "CHM", "TAPI", "pipeline", None, None, note="Afghan section 774 km in all")
seg("CHM", "QUE", "TAPI", "pipeline", None, None, note="Pakistani section 826 km in all")
seg("QUE", "MUL", "TAPI", "pipeline", None, None, note="Pakistani section 826 km in all")
seg("MUL", "FAZ", "TAPI", "pipeline", None, None, note="Pakistani section 826 km in all")
seg("SUM", "AKT", "FIBRE", "fibre", 380, "en.trend.az/business/4013155.html",
    note="400 Tbps, target end of 2026, about USD 50.6 m")
seg("SUM", "TMB", "FIBRE", "fibre", None, None, note="phase 2, end points assumed (digitalsilkway.az)")
# CAREC corridor 2a (ADB CPMM 2014 via ccirom-tkm.ro/2018/03/21/the-carec-programme-corridor-2/)
CAREC = "carecprogram.org/?page_id=20; ccirom-tkm.ro/2018/03/21/the-carec-programme-corridor-2/"
seg("GAR", "BAK", "CAREC", "rail", None, None, note="CAREC 2a: " + CAREC)
seg("BAK", "BEY", "CAREC", "ferry", None, None, note="CAREC 2a, across the Caspian by ferry and rail: " + CAREC)
seg("BEY", "JIZ", "CAREC", "rail", None, None, note="CAREC 2a: " + CAREC)
seg("JIZ", "KAN", "CAREC", "rail", None, None, note="CAREC 2a: " + CAREC)
seg("KAN", "OSH", "CAREC", "road", None, None, note="CAREC 2a: " + CAREC)
seg("OSH", "HAM", "CAREC", "multimodal", None, None, note="CAREC 2a: " + CAREC)
# connections the documents imply but no source measures: estimates, so that
# the corridors meet and can be compared (no corridor of their own)
seg("GAR", "TBS", None, "rail", None, None, note="connector: Gardabani to Tbilisi")
seg("BEY", "UZE", None, "rail", None, None, note="connector: Beyneu to Uzen")
seg("HAM", "URU", None, "rail", None, None, note="connector: Hami to Urumqi")
seg("HAM", "XIA", None, "rail", None, None, note="connector: Hami towards Xi'an")
seg("TAS", "JIZ", None, "rail", None, None, note="connector: Tashkent to Jizzakh")
seg("TAS", "ALA", None, "rail", None, None, note="connector: Tashkent to Almaty")
seg("URU", "KSH", None, "rail", None, None, note="connector: the Southern Xinjiang railway")
seg("SRH", "MAR", None, "rail", None, None, note="connector: Serhetabat to Mary")
seg("SRK", "MAR", None, "rail", None, None, note="connector: Sarakhs to Mary")
seg("MAR", "TKB", None, "rail", None, None, note="connector: Mary to Turkmenabat")
seg("TKB", "JIZ", None, "rail", None, None, note="connector: Turkmenabat to Jizzakh, by Bukhara and Samarkand")
seg("URU", "DOS", "NORTH", "rail", None, None, note="Urumqi to Alashankou")
seg("DOS", "MOW", "NORTH", "rail", None, None,
    note="the Northern route through Kazakhstan and Russia (World Bank: TITR costs about 3x it)")

# Speeds that turn km into days where no source gives days (see data/SCHEMA.md)
KM_PER_DAY = {"rail": 500.0, "road": 400.0, "multimodal": 400.0, "sea": 550.0, "ferry": 300.0}
