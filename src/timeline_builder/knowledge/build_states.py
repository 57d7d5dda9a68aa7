"""Regenerate ``actors/states.tsv`` from pycountry plus the hand-curated columns below.

Run once after a pycountry upgrade or an edit of ``CURATED``/``HISTORIC``:
``python -m timeline_builder.knowledge.build_states``. The output is committed data; the
extractor never imports this module.
"""
from __future__ import annotations

import re
from pathlib import Path

import pycountry

from ..records import slugify

OUTPUT = Path(__file__).resolve().parent / "actors" / "states.tsv"

# alpha-3 <TAB> short common name <TAB> extra aliases <TAB> demonyms <TAB> metonyms <TAB> wikidata
# Metonyms are capitals and seats of power that stand for the government; the extractor
# drops them where the text names the place ("in Moscow"). Demonyms are the adjective
# and plural forms ("Russian", "Russians").
CURATED = """
AFG	Afghanistan		Afghan|Afghans	Kabul	Q889
ALB	Albania		Albanian|Albanians	Tirana	Q222
DZA	Algeria		Algerian|Algerians	Algiers	Q262
AGO	Angola		Angolan|Angolans	Luanda	Q916
ARG	Argentina		Argentine|Argentinian|Argentines|Argentinians	Buenos Aires|Casa Rosada	Q414
ARM	Armenia		Armenian|Armenians	Yerevan	Q399
AUS	Australia		Australian|Australians	Canberra	Q408
AUT	Austria		Austrian|Austrians	Vienna	Q40
AZE	Azerbaijan		Azerbaijani|Azerbaijanis	Baku	Q227
BHR	Bahrain		Bahraini|Bahrainis	Manama	Q398
BGD	Bangladesh		Bangladeshi|Bangladeshis	Dhaka	Q902
BLR	Belarus	Byelorussia|Belorussia	Belarusian|Belarusians|Byelorussian	Minsk	Q184
BEL	Belgium		Belgian|Belgians		Q31
BOL	Bolivia		Bolivian|Bolivians	La Paz	Q750
BIH	Bosnia and Herzegovina	Bosnia	Bosnian|Bosnians	Sarajevo	Q225
BRA	Brazil		Brazilian|Brazilians	Brasilia|Brasília	Q155
BGR	Bulgaria		Bulgarian|Bulgarians	Sofia	Q219
KHM	Cambodia	Kampuchea	Cambodian|Cambodians	Phnom Penh	Q424
CAN	Canada		Canadian|Canadians	Ottawa	Q16
CHL	Chile		Chilean|Chileans	Santiago	Q298
CHN	China	People's Republic of China|PRC|Red China|Communist China|Mainland China	Chinese	Beijing|Peking|Zhongnanhai	Q148
COL	Colombia		Colombian|Colombians	Bogota|Bogotá	Q739
CRI	Costa Rica		Costa Rican|Costa Ricans		Q800
HRV	Croatia		Croatian|Croatians|Croat|Croats	Zagreb	Q224
CUB	Cuba		Cuban|Cubans	Havana	Q241
CYP	Cyprus		Cypriot|Cypriots	Nicosia	Q229
CZE	Czech Republic	Czechia	Czech|Czechs	Prague	Q213
DNK	Denmark		Danish|Danes	Copenhagen	Q35
DOM	Dominican Republic		Dominican|Dominicans	Santo Domingo	Q786
ECU	Ecuador		Ecuadorian|Ecuadorians	Quito	Q736
EGY	Egypt		Egyptian|Egyptians	Cairo	Q79
SLV	El Salvador		Salvadoran|Salvadorans		Q792
EST	Estonia		Estonian|Estonians	Tallinn	Q191
ETH	Ethiopia		Ethiopian|Ethiopians	Addis Ababa	Q115
FIN	Finland		Finnish|Finns	Helsinki	Q33
FRA	France	French Republic	French	Paris|Élysée|Elysee|Élysée Palace|Elysee Palace|Quai d'Orsay	Q142
GEO	Georgia		Georgian|Georgians	Tbilisi	Q230
DEU	Germany	Federal Republic of Germany	German|Germans	Berlin	Q183
GHA	Ghana		Ghanaian|Ghanaians	Accra	Q117
GRC	Greece		Greek|Greeks	Athens	Q41
GRL	Greenland		Greenlandic|Greenlanders	Nuuk	Q223
GRD	Grenada		Grenadian|Grenadians		Q769
GTM	Guatemala		Guatemalan|Guatemalans		Q774
HTI	Haiti		Haitian|Haitians	Port-au-Prince	Q790
HND	Honduras		Honduran|Hondurans	Tegucigalpa	Q783
HUN	Hungary		Hungarian|Hungarians	Budapest	Q28
ISL	Iceland		Icelandic|Icelanders	Reykjavik	Q189
IND	India		Indian|Indians	New Delhi	Q668
IDN	Indonesia		Indonesian|Indonesians	Jakarta	Q252
IRN	Iran	Islamic Republic|Islamic Republic of Iran|Persia	Iranian|Iranians	Tehran|Teheran	Q794
IRQ	Iraq		Iraqi|Iraqis	Baghdad	Q796
IRL	Ireland		Irish	Dublin	Q27
ISR	Israel	Jewish state	Israeli|Israelis	Jerusalem|Tel Aviv	Q801
ITA	Italy		Italian|Italians	Rome	Q38
JPN	Japan		Japanese	Tokyo	Q17
JOR	Jordan		Jordanian|Jordanians	Amman	Q810
KAZ	Kazakhstan		Kazakh|Kazakhs|Kazakhstani	Astana|Nur-Sultan|Almaty	Q232
KEN	Kenya		Kenyan|Kenyans	Nairobi	Q114
PRK	North Korea	DPRK|Democratic People's Republic of Korea	North Korean|North Koreans	Pyongyang	Q423
KOR	South Korea	Republic of Korea|ROK	South Korean|South Koreans	Seoul	Q884
XKX	Kosovo		Kosovar|Kosovars|Kosovan	Pristina	Q1246
KWT	Kuwait		Kuwaiti|Kuwaitis	Kuwait City	Q817
KGZ	Kyrgyzstan	Kirghizia	Kyrgyz	Bishkek	Q813
LAO	Laos		Lao|Laotian|Laotians	Vientiane	Q819
LVA	Latvia		Latvian|Latvians	Riga	Q211
LBN	Lebanon		Lebanese	Beirut	Q822
LBY	Libya		Libyan|Libyans	Tripoli	Q1016
LTU	Lithuania		Lithuanian|Lithuanians	Vilnius	Q37
LUX	Luxembourg		Luxembourgish		Q32
MYS	Malaysia		Malaysian|Malaysians	Kuala Lumpur	Q833
MLT	Malta		Maltese	Valletta	Q233
MEX	Mexico		Mexican|Mexicans	Mexico City	Q96
MDA	Moldova		Moldovan|Moldovans	Chisinau|Chișinău	Q217
MNG	Mongolia		Mongolian|Mongolians	Ulaanbaatar|Ulan Bator	Q711
MNE	Montenegro		Montenegrin|Montenegrins	Podgorica	Q236
MAR	Morocco		Moroccan|Moroccans	Rabat	Q1028
MMR	Myanmar	Burma	Burmese	Naypyidaw|Rangoon	Q836
NPL	Nepal		Nepalese|Nepali	Kathmandu	Q837
NLD	Netherlands	Holland	Dutch	The Hague	Q55
NZL	New Zealand		New Zealander|New Zealanders	Wellington	Q664
NIC	Nicaragua		Nicaraguan|Nicaraguans	Managua	Q811
NGA	Nigeria		Nigerian|Nigerians	Abuja	Q1033
MKD	North Macedonia	Macedonia	Macedonian|Macedonians	Skopje	Q221
NOR	Norway		Norwegian|Norwegians	Oslo	Q20
OMN	Oman		Omani|Omanis	Muscat	Q842
PAK	Pakistan		Pakistani|Pakistanis	Islamabad	Q843
PSE	Palestine	State of Palestine|Palestinian Authority	Palestinian|Palestinians	Ramallah	
PAN	Panama		Panamanian|Panamanians	Panama City	Q804
PRY	Paraguay		Paraguayan|Paraguayans	Asuncion|Asunción	Q733
PER	Peru		Peruvian|Peruvians	Lima	Q419
PHL	Philippines		Filipino|Filipinos|Philippine	Manila	Q928
POL	Poland		Polish|Poles	Warsaw	Q36
PRT	Portugal		Portuguese	Lisbon	Q45
QAT	Qatar		Qatari|Qataris	Doha	Q846
ROU	Romania		Romanian|Romanians	Bucharest	Q218
RUS	Russia	Russian Federation	Russian|Russians	Moscow|Kremlin	Q159
SAU	Saudi Arabia		Saudi|Saudis	Riyadh	Q851
SRB	Serbia		Serbian|Serbians|Serb|Serbs	Belgrade	Q403
SGP	Singapore		Singaporean|Singaporeans		Q334
SVK	Slovakia		Slovak|Slovaks	Bratislava	Q214
SVN	Slovenia		Slovenian|Slovenians|Slovene	Ljubljana	Q215
SOM	Somalia		Somali|Somalis	Mogadishu	Q1045
ZAF	South Africa		South African|South Africans	Pretoria	Q258
ESP	Spain		Spanish|Spaniards	Madrid	Q29
LKA	Sri Lanka	Ceylon	Sri Lankan|Sri Lankans	Colombo	Q854
SDN	Sudan		Sudanese	Khartoum	Q1049
SWE	Sweden		Swedish|Swedes	Stockholm	Q34
CHE	Switzerland		Swiss	Bern	Q39
SYR	Syria	Syrian Arab Republic	Syrian|Syrians	Damascus	Q858
TWN	Taiwan	Republic of China|Formosa	Taiwanese	Taipei	Q865
TJK	Tajikistan		Tajik|Tajiks	Dushanbe	Q863
THA	Thailand	Siam	Thai	Bangkok	Q869
TUN	Tunisia		Tunisian|Tunisians	Tunis	Q948
TUR	Turkey	Türkiye|Turkiye	Turkish|Turks	Ankara	Q43
TKM	Turkmenistan		Turkmen		Q874
UKR	Ukraine		Ukrainian|Ukrainians	Kiev|Kyiv|Bankova	Q212
ARE	United Arab Emirates	UAE|Emirates	Emirati|Emiratis	Abu Dhabi	Q878
GBR	United Kingdom	Britain|Great Britain|UK|U.K.	British|Britons|English	London|Downing Street|Whitehall|Number 10	Q145
USA	United States	United States of America|US|U.S.|USA|U.S.A.|America	American|Americans	Washington|White House	Q30
URY	Uruguay		Uruguayan|Uruguayans	Montevideo	Q77
UZB	Uzbekistan		Uzbek|Uzbeks	Tashkent	Q265
VEN	Venezuela		Venezuelan|Venezuelans	Caracas	Q717
VNM	Vietnam	Viet Nam|Socialist Republic of Vietnam	Vietnamese	Hanoi	Q881
YEM	Yemen		Yemeni|Yemenis	Sanaa|Sana'a	Q805
ZWE	Zimbabwe		Zimbabwean|Zimbabweans	Harare	Q954
COD	Democratic Republic of the Congo	DRC|DR Congo|Congo-Kinshasa	Congolese	Kinshasa	Q974
COG	Republic of the Congo	Congo-Brazzaville|Congo		Brazzaville	Q971
VGB	British Virgin Islands				
VIR	United States Virgin Islands	US Virgin Islands			
VAT	Vatican	Holy See|Vatican City		Vatican	Q237
"""

# Historical states: code <TAB> id-name <TAB> aliases <TAB> demonyms <TAB> metonyms <TAB> wikidata <TAB> description
HISTORIC = """
SUN	Soviet Union	USSR|U.S.S.R.|Union of Soviet Socialist Republics|Soviets	Soviet	Moscow|Kremlin	Q15180	state 1922-12-30..1991-12-26
YUG	Yugoslavia	Socialist Federal Republic of Yugoslavia|Federal Republic of Yugoslavia	Yugoslav|Yugoslavs	Belgrade		state 1918-1992 (federal republic 1992-2003)
CSK	Czechoslovakia	Czechoslovak Socialist Republic|CSSR	Czechoslovak|Czechoslovaks	Prague	Q33946	state 1918-1992
DDR	East Germany	German Democratic Republic|GDR	East German|East Germans	East Berlin|Pankow	Q16957	state 1949-10-07..1990-10-03
DEU	West Germany	FRG	West German|West Germans	Bonn	Q713750	Federal Republic of Germany before reunification (1949-1990)
VDR	North Vietnam	Democratic Republic of Vietnam|DRV	North Vietnamese	Hanoi		state 1945-1976
VNM	South Vietnam	Republic of Vietnam	South Vietnamese	Saigon		state 1955-1975
YMD	South Yemen	People's Democratic Republic of Yemen		Aden		state 1967-1990
ZAR	Zaire	Republic of Zaire	Zairean|Zairian	Kinshasa		state 1971-1997
"""

HEADER = ("id", "name", "type", "country", "aliases", "demonyms", "metonyms", "wikidata", "period", "description")

# When a state existed in its present form (empty: always, as far as this knowledge goes).
# Outside it its capital is a city, not its government: "Berlin" in 1987, "Kiev" in 1962.
PERIODS = {
    "soviet-union": "1922-12-30..1991-12-26", "russia": "1991-12-26..", "germany": "1990-10-03..",
    "east-germany": "1949-10-07..1990-10-03", "west-germany": "1949-05-23..1990-10-03",
    "czechoslovakia": "1918-10-28..1992-12-31", "czech-republic": "1993-01-01..", "slovakia": "1993-01-01..",
    "yugoslavia": "1918-12-01..2003-02-04", "serbia": "2006-06-05..", "montenegro": "2006-06-03..",
    "croatia": "1991-06-25..", "slovenia": "1991-06-25..", "bosnia-and-herzegovina": "1992-03-03..",
    "north-macedonia": "1991-09-08..", "kosovo": "2008-02-17..",
    "ukraine": "1991-08-24..", "belarus": "1991-08-25..", "moldova": "1991-08-27..", "georgia": "1991-04-09..",
    "armenia": "1991-09-21..", "azerbaijan": "1991-10-18..", "kazakhstan": "1991-12-16..",
    "uzbekistan": "1991-08-31..", "turkmenistan": "1991-10-27..", "tajikistan": "1991-09-09..",
    "kyrgyzstan": "1991-08-31..", "north-vietnam": "1945-09-02..1976-07-02", "south-vietnam": "1955-10-26..1975-04-30",
    "vietnam": "1976-07-02..", "south-yemen": "1967-11-30..1990-05-22", "yemen": "1990-05-22..",
    "zaire": "1971-10-27..1997-05-17", "democratic-republic-of-the-congo": "1997-05-17..",
    "north-korea": "1948-09-09..", "south-korea": "1948-08-15..", "israel": "1948-05-14..",
}


def _short_name(country) -> str:
    """A readable short name for an uncurated ISO entry: 'Bolivia, Plurinational State of' -> 'Bolivia'."""
    name = getattr(country, "common_name", None) or country.name
    return re.sub(r",.*$", "", name).strip()


def build_rows() -> list[tuple[str, ...]]:
    curated = {}
    for line in CURATED.strip("\n").splitlines():
        code, short, aliases, demonyms, metonyms, wikidata = (line.split("\t") + [""] * 6)[:6]
        curated[code] = (short, aliases, demonyms, metonyms, wikidata)
    rows = []
    for country in pycountry.countries:
        short, extra, demonyms, metonyms, wikidata = curated.pop(
            country.alpha_3, (_short_name(country), "", "", "", ""))
        names = [short, *[a for a in extra.split("|") if a]]
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value and value not in names:
                names.append(value)
        rows.append((slugify(short), short, "state", country.alpha_3, "|".join(names[1:]),
                     demonyms, metonyms, wikidata, PERIODS.get(slugify(short), ""), "ISO 3166-1 " + country.alpha_3))
    # Entries ISO does not list (Kosovo's user-assigned XKX).
    for code, (short, extra, demonyms, metonyms, wikidata) in sorted(curated.items()):
        rows.append((slugify(short), short, "state", code, extra, demonyms, metonyms, wikidata,
                     PERIODS.get(slugify(short), ""), "not in ISO 3166-1; code user-assigned"))
    for line in HISTORIC.strip("\n").splitlines():
        code, name, aliases, demonyms, metonyms, wikidata, description = line.split("\t")
        rows.append((slugify(name), name, "state", code, aliases, demonyms, metonyms, wikidata,
                     PERIODS.get(slugify(name), ""), "historical: " + description))
    rows.sort(key=lambda r: r[0])
    return rows


def main() -> None:
    lines = ["# States and territories: generated by knowledge/build_states.py from pycountry "
             "plus curated names, demonyms and metonyms.",
             "# Edit the script, not this file, then rerun it. Columns are tab-separated; '|' separates "
             "alternatives.",
             "\t".join(HEADER)]
    lines += ["\t".join(row) for row in build_rows()]
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
