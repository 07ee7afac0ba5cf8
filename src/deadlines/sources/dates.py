"""Read dates, times and zones out of the free text of web pages.

Venues write dates every way there is: "March 7, 2025 (11:59 PM PT)", "Thursday 23rd April
2020", "2014 November 14 (Fri)", "23:59:59 AoE (Anywhere on Earth) July 8, 2025",
"May 31st at 11:59PM EST, 2026", "6/23/14", "November ??, 2013". These functions find
them in a piece of text, with their spans, so a caller can tell what label precedes which
date. Nothing here guesses silently: a wrong weekday or a misspelt ordinal ("June 4nd") is
read and reported, a placeholder ("??", "TBD", "TBC") or a month with no day ("mid-October")
is reported and gives no date.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache


def _months(*names: str) -> dict[str, int]:
    """A month's number by each of its names: the n-th text names month n, its names split by
    spaces."""
    return {name: number for number, said in enumerate(names, start=1) for name in said.split()}


_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)
# month names as pages misspell them, read and reported ('24th Februray 2026')
_MISSPELT_MONTHS = {
    "februray": 2, "feburary": 2, "febuary": 2, "febraury": 2, "janurary": 1, "januray": 1,
    "agust": 8, "augst": 8, "septmber": 9, "setpember": 9, "ocotber": 10, "novmber": 11,
    "decmber": 12, "apirl": 4, "arpil": 4, "novemeber": 11, "decemeber": 12, "septemeber": 9,
    "noember": 11, "novenber": 11, "ocober": 10, "janaury": 1, "octomber": 10, "semptember": 9,
}
# and any two neighbouring letters swapped in a long month name ('Decemebr 15th 2024'), but
# for the French names that are such swaps ('octobre' is a month, not a slip)
_MISSPELT_MONTHS |= {
    swapped: number
    for number, name in enumerate(_MONTH_NAMES, 1)
    if len(name) > len("march")
    for i in range(len(name) - 1)
    if name[i] != name[i + 1]
    and (swapped := name[:i] + name[i + 1] + name[i] + name[i + 2 :])
    not in {"septembre", "octobre", "novembre", "decembre"}
}
# or one letter dropped inside a month of seven letters or more ('Sepember 10, 2017'; not its
# first or last, which a line's break or a cut word drops: 'Octobe')
_MISSPELT_MONTHS |= {
    name[:i] + name[i + 1 :]: number
    for number, name in enumerate(_MONTH_NAMES, 1)
    if len(name) >= len("january")
    for i in range(1, len(name) - 1)
}
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
    r"|" + "|".join(sorted(_MISSPELT_MONTHS, key=len, reverse=True)) + r")\.?"
)
MONTH = _MONTH  # for callers that look for a month name next to other marks
MONTH_NAMES = _MONTH_NAMES  # and for those that write a month out
# common misspellings of weekdays ('Tusday 11th April'), each to the day it names
_MISSPELT_WEEKDAYS = {
    **dict.fromkeys(("tusday", "teusday"), "tue"),
    **dict.fromkeys(("wednsday", "wendesday", "wedensday"), "wed"),
    **dict.fromkeys(("thrusday", "thrursday", "thusday", "thurday"), "thu"),
    "firday": "fri",
    **dict.fromkeys(("satruday", "saturady"), "sat"),
}
# a weekday in Chinese ('星期日', '(一)') and in Japanese ('(金)'), by its one character
_CJK_WEEKDAYS = dict(zip("一二三四五六日天月火水木金土", [
    "mon", "tue", "wed", "thu", "fri", "sat", "sun", "sun", "mon", "tue", "wed", "thu", "fri", "sat"
], strict=True))  # fmt: skip
_WEEKDAY = (
    r"(?:Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?"
    rf"|Sat(?:urday)?|Sun(?:day)?|{'|'.join(_MISSPELT_WEEKDAYS)})\.?"
)
WEEKDAY = _WEEKDAY  # for callers that strip a weekday left next to a date
_DAY = r"(?:\d{1,2}|\?\?)(?:st|nd|rd|th)?"
# an ordinal mistyped, read only before a year: 'November 18h, 2022', 'March 3rdth, 2023'
_DAY_TYPO = r"\d{1,2}(?:h|(?:st|nd|rd)th)(?=,?[\s\x01\x02]*(?:19|20)\d{2}\b)"
_YEAR = r"(?:19|20)\d{2}"
_S = r"[\s\x01\x02]*"  # spaces, and the marks of struck-out text
_DASH = r"[\s\x01\x02]*(?:-|–|—|to|or|and|&)[\s\x01\x02]*"  # 'January 4 or 5, 2027': either day
# a month glued to the word before it by markup ('<b>Camera-ready</b><span>Aug 15</span>')
_GLUED = r"(?:\b|(?-i:(?<=[a-z])(?=[A-Z])))"

# 3/31/14, 12/07/2013 (US order, as US-run venues and the CVF write them; day first on a page
# that writes 30/03/2026)
_SLASH = re.compile(r"\b(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{2}|\d{4})\b")
# 09-15-2024 / 15-09-2024: read as slashed dates are, with a full year only (not a range)
_DASHED = re.compile(r"(?<![\d-])(?P<m>\d{1,2})-(?P<d>\d{1,2})-(?P<y>(?:19|20)\d{2})\b")
_NUMERIC = (_SLASH, _DASHED)
# 締切: 5/20, Due date: 5/20 (a month and day in figures and no year, as East Asian and US
# pages write them: read only right after a label's colon, its full-width form too, where a
# fraction or a score is not written; day first, as slashed dates are, on a page that writes
# 30/03/2026)
_LABELLED_SLASH = re.compile(
    r"(?<=[:\uff1a])[ \t\u3000]*(?P<m>[0-3]?\d)/(?P<d>[0-3]?\d)(?![\d/]|[.,]\d)"
    # (not a window's first day: 'Submissão de trabalho: 09/11 a 25/11', 'Late Registration:
    # 10/15 (Sat) 至 11/4 (Fri)')
    r"(?!\s*(?:\([^()]{1,12}\)\s*)?(?:-|–|~|\u301c|\uff5e|至|到|a|al|to|bis|até)\s*\d)"
)
# and one with its weekday after it in Chinese or Japanese, anywhere ('截稿日期為 12/16 (星期日)',
# '5/20 (金)', its brackets full-width too)
_WEEKDAY_SLASH = re.compile(
    r"(?<![\d/.])(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?=[ \t\u3000]*[(\uff08]"
    r"(?:星期|週|周|礼拜|禮拜)?(?P<w>[一二三四五六日天月火水木金土])[)\uff09])"
)
_YEARLESS = (_LABELLED_SLASH, _WEEKDAY_SLASH)

# a year or a day glued to the label after it by markup ('October 2, 2026<span>Paper
# deadline</span>', '<time>August 22</time><span>Abstract deadline</span>')
_GLUED_AFTER = r"(?-i:(?=[A-Z][a-z]))"

# The months of pages in French, Spanish, Portuguese, German, Italian, Dutch, Polish, Turkish,
# Croatian, Serbian, Slovenian, Russian, Ukrainian, Bulgarian, Swedish, Romanian, Greek,
# Catalan, Malay and Indonesian, read only day first as those languages write them ('29 de
# dezembro de 2024', '15. März 2026', '3 mars 2026', '25 października 2022', '17 марта 2025',
# '15 листопада 2026', '2 maj 2023', '30 Ogos 2026', "31 d'agost de 2026"): month first,
# 'Mars 2' is more likely a name than a date. (Polish and Russian name a day's month in the
# genitive, as these are; so are Croatian's, but for October's "listopada", which in Polish is
# November's and is read as Polish.)
_FOREIGN_MONTHS = _months(
    ("janvier janv enero janeiro januar gennaio"
     " januari stycznia ocak января siječnja січня"
     " ianuarie ιανουαρίου януари gener"),
    ("février fevrier févr fevr febrero fevereiro februar febbraio"
     " februari lutego şubat subat февраля veljače лютого"
     " februarie φεβρουαρίου февруари febrer"),
    ("mars marzo março marco märz maerz"
     " maart marca mart марта ožujka березня maret mac"
     " martie μαρτίου март marec març"),
    ("avril avr abril aprile"
     " kwietnia nisan апреля travnja квітня"
     " aprilie απριλίου април"),
    ("mai mayo maio maggio"
     " mei maj maja mayıs mayis мая svibnja травня"
     " μαΐου май maig"),
    ("juin junio junho juni giugno"
     " czerwca haziran июня lipnja червня"
     " iunie ιουνίου юни junij juny"),
    ("juillet juil julio julho juli luglio"
     " lipca temmuz июля srpnja липня julai"
     " iulie ιουλίου юли julij juliol"),
    ("août aout aôut agosto"  # (and its circumflex misplaced: 'aôut')
     " augustus augusti sierpnia ağustos agustos августа kolovoza серпня"
     " agustus agu agt ogos avgust αυγούστου август agost"),
    ("septembre septiembre setiembre setembro settembre"
     " września wrzesnia eylül eylul сентября rujna вересня septembar"
     " septembrie σεπτεμβρίου септември setembre"),
    ("octobre octubre outubro oktober okt ottobre"
     " października pazdziernika ekim октября жовтня oktobar"
     " octombrie οκτωβρίου октомври"),
    ("novembre noviembre novembro"
     " listopada kasım kasim ноября studenoga studenog листопада novembar nopember"
     " noiembrie νοεμβρίου ноември"),
    ("décembre decembre déc diciembre dezembro dezember dicembre"
     " grudnia aralık aralik декабря prosinca грудня decembar desember disember"
     " decembrie δεκεμβρίου декември desembre"),
)
# Arabic months: as Egypt and the Gulf name them (with and without the hamza), and as the
# Levant and Iraq do ('آب', 'تشرين الأول'), two words for four of them
_FOREIGN_MONTHS |= _months(
    "يناير كانون_الثاني",
    "فبراير شباط",
    "مارس آذار اذار",
    "أبريل ابريل إبريل نيسان",
    "مايو أيار ايار",
    "يونيو يونيه حزيران",
    "يوليو يوليه تموز",
    "أغسطس اغسطس آب",
    "سبتمبر أيلول ايلول",
    "أكتوبر اكتوبر تشرين_الأول تشرين_الاول",
    "نوفمبر تشرين_الثاني",
    "ديسمبر كانون_الأول كانون_الاول",
)
_FOREIGN_MONTHS = {name.replace("_", " "): number for name, number in _FOREIGN_MONTHS.items()}
_FOREIGN_MONTH = (
    "(?:"
    + "|".join(n.replace(" ", r"\s+") for n in sorted(_FOREIGN_MONTHS, key=len, reverse=True))
    + ")"
)
FOREIGN_MONTH = _FOREIGN_MONTH  # for callers that look for a month another language names
# Hungarian months, and the short forms Hungarian pages write ('márc.', 'szept.'): Hungarian
# writes the year first, then the month and the day with a dot ('2024. április 5.')
_HUNGARIAN_MONTHS = _months(
    "január jan", "február febr", "március márc", "április ápr", "május máj",
    "június jún", "július júl", "augusztus aug", "szeptember szept", "október okt",
    "november nov", "december dec",
)
_HUNGARIAN_MONTH = "(?:" + "|".join(sorted(_HUNGARIAN_MONTHS, key=len, reverse=True)) + ")"
# Thai months, written in full or cut short ('6 มกราคม 2568', '17 ม.ค. 68'); Thai pages count
# years in the Buddhist era, 543 ahead (2568 is 2025)
_THAI_MONTHS = _months(
    "มกราคม ม.ค.", "กุมภาพันธ์ ก.พ.", "มีนาคม มี.ค.", "เมษายน เม.ย.", "พฤษภาคม พ.ค.",
    "มิถุนายน มิ.ย.", "กรกฎาคม ก.ค.", "สิงหาคม ส.ค.", "กันยายน ก.ย.", "ตุลาคม ต.ค.",
    "พฤศจิกายน พ.ย.", "ธันวาคม ธ.ค.",
)
_THAI_MONTH = (
    "(?:" + "|".join(re.escape(n) for n in sorted(_THAI_MONTHS, key=len, reverse=True)) + ")"
)
_BUDDHIST_ERA = 543
# the weekdays of those languages, as they write one before a day-first date
_FOREIGN_WEEKDAY = (
    r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo"
    r"|segunda|ter[çc]a|quarta|quinta|sexta)(?:-feira)?"
    r"|\b(?:luned[ìi]|marted[ìi]|mercoled[ìi]|gioved[ìi]|venerd[ìi]|sabato|domenica"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
    r"|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
    r"|pazartesi|sal[ıi]|[çc]ar[şs]amba|per[şs]embe|cuma(?:rtesi)?|pazar)\b"
)
FOREIGN_WEEKDAY = _FOREIGN_WEEKDAY  # for callers that strip one left next to a date
# months cut to three letters in Portuguese, Spanish and Italian, read only in '2/jun',
# '10/fev' (day, slash, month), where no other word can stand
_SHORT_MONTHS = _months(
    "jan ene gen", "fev feb", "mar", "abr apr", "mai may mag", "jun giu", "jul lug",
    "ago aug", "set sep", "out oct ott", "nov", "dez dic dec",
)
_OF = r"(?:of|de|del)"  # '7th of May', '29 de dezembro', '3 de mayo del 2025'

# Each form captures: weekday (w), month (m), day (d), an optional range end day (d2), year (y).
_FORMS = [
    # Friday, November 1, 2013 / March 7 2025 / January 20-27, 2014 / June 4nd, 2025 /
    # April 20 - May 24, 2026 / April, 30
    re.compile(
        rf"(?:(?P<w>{_WEEKDAY}),?{_S})?{_GLUED}(?P<m>{_MONTH}),?{_S}(?P<d>{_DAY_TYPO}|{_DAY})(?:\b|{_GLUED_AFTER})"
        r"(?:\s(?:st|nd|rd|th)\b)?"  # (its ordinal set apart: 'Oct 15 th 2022')
        rf"(?:{_DASH}(?:(?P<m2>{_MONTH}){_S})?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*{_MONTH}))?"
        # 'August 29th (Friday), 2025', 'January 10 Wednesday, 2024': the weekday before the year
        rf"(?:(?:{_S}\({_WEEKDAY}\)|{_S}{_WEEKDAY})?,?{_S}(?P<y>{_YEAR})(?:\b|{_GLUED_AFTER}))?",
        re.IGNORECASE,
    ),
    # 15 March to 15 May 2020 / 26th February - 3rd March 2026: a window across two months,
    # day first, its year said after its end
    re.compile(
        rf"(?<!\d:)(?<![A-Za-z][-+−])\b(?P<d>{_DAY})[.,]?{_S}(?:of{_S})?(?P<m>{_MONTH})\b\.?"
        r"[ \t\x01\x02]*(?:-|–|—|to|till|until)[ \t\x01\x02]*"
        rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?[.,]?{_S}(?:of{_S})?(?P<m2>{_MONTH})\b"
        rf"(?:,?{_S}(?P<y>{_YEAR})\b)?",
        re.IGNORECASE,
    ),
    # Thursday 23rd April 2020 / 7th September 2020 / 19. June 2026 (a German day's dot) /
    # 19th, July, 2024 / 26-29 March 2022 (a range of days in one month, its end the second)
    re.compile(
        # (not a time's minutes: '23:59 September 9, 2024', nor a zone's hours: 'UTC-0 May 28')
        rf"(?:(?P<w>{_WEEKDAY}),?{_S})?(?<!\d:)(?<![A-Za-z][-+−])\b(?P<d>{_DAY})"
        r"(?:\s(?:st|nd|rd|th)\b)?"  # (its ordinal set apart: '20 th February 2024')
        # ('11th the February 2022': an ordinal's 'of' mistyped)
        # (and spaced: '24 - 28 April 2026'; or joined: '28th and 29th February 2020')
        rf"(?:(?:[ \t]?[-–][ \t]?|[ \t]+(?:and|&)[ \t]+)(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)?"
        rf"[.,]?{_S}"
        rf"(?:of{_S}|(?<=st\s|nd\s|rd\s|th\s)the{_S})?"
        rf"(?P<m>{_MONTH})\b"
        # (its year glued to the label after it by markup: '3 August 2026System description')
        rf"(?:,?{_S}(?P<y>{_YEAR})(?:\b|{_GLUED_AFTER}))?"
        rf"(?:{_S}\((?P<w2>{_WEEKDAY})\.?\))?",  # '23 Apr 2026 (Thu)': its weekday after it
        re.IGNORECASE,
    ),
    # 29 de dezembro de 2024 / 15. März 2026 / 3 mars 2026 / 1er juin 2026 / vendredi 3 avril
    # 2026 (the weekday before it read as part of the date, not as a label)
    re.compile(
        rf"(?:(?:{_FOREIGN_WEEKDAY}),?{_S})?"
        rf"(?<!\d:)(?<![A-Za-z][-+−])\b(?P<d>\d{{1,2}})(?:er|º|o)?"
        # '19 - 30 Janvier 2026': a range of days in one month, its end the second day
        rf"(?:{_DASH}(?P<d2>\d{{1,2}})(?:er|º|o)?)?\.?{_S}(?:{_OF}{_S}|d['’])?"  # "31 d'agost"
        rf"(?P<m>{_FOREIGN_MONTH})\.?(?!\w)"
        rf"(?:,?{_S}(?:{_OF}{_S})?(?P<y>{_YEAR})\b)?",
        re.IGNORECASE,
    ),
    # 17 de set. de 2023 / 5 de dic. de 2024: the short month between two 'de', as Portuguese
    # and Spanish pages write a date their scripts format ('toLocaleDateString')
    re.compile(
        rf"\b(?P<d>\d{{1,2}}){_S}de{_S}(?P<m>"
        + "|".join(sorted(_SHORT_MONTHS, key=len, reverse=True))
        + rf")\.?{_S}de{_S}(?P<y>{_YEAR})\b",
        re.IGNORECASE,
    ),
    # Noviembre 13, 2015 / Marzo 1 de 2016 (the month first, as some Spanish pages write it,
    # English-wise): only with its year, as a month's name alone before a number may be a word
    # of another language ('Mars 2')
    re.compile(
        # (letters, then a space and a digit, looked for first: a page's every word is not
        # tried against every month's name)
        rf"(?<!\w)(?=[^\W\d_]{{3,20}}\.?\s+\d)(?P<m>{_FOREIGN_MONTH})\.?\s+(?P<d>\d{{1,2}})(?!\d|[.:/])"
        rf",?{_S}(?:{_OF}{_S})?(?P<y>{_YEAR})\b",
        re.IGNORECASE,
    ),
    # 2014 November 14 (Fri) / 2015 January 18-30 / 2026/August/01
    re.compile(
        rf"\b(?P<y>{_YEAR})(?:{_S}|[-/.])(?P<m>{_MONTH})(?:{_S}|[-/.])(?P<d>{_DAY})\b"
        rf"(?:{_DASH}(?P<d2>\d{{1,2}})\b)?(?:{_S}\((?P<w>{_WEEKDAY})\))?",
        re.IGNORECASE,
    ),
    # 2026-03-20 / 2025/05/02 / 2026.03.20 / 2026-03-20T23:59 / 2025/01/25-30 (a range of days)
    re.compile(
        r"\b(?P<y>(?:19|20)\d{2})([-/.])(?P<m>\d{1,2})\2(?P<d>\d{1,2})"
        r"(?:[-–~](?P<d2>[0-3]?\d)(?![\d/.:-]))?(?:\b|(?=T\d))"
    ),
    # 15-Mar-2026, 15-Mar-26 (as conference systems write it, the year in four digits or two)
    re.compile(
        rf"\b(?P<d>\d{{1,2}})-(?P<m>{_MONTH})-(?P<y>{_YEAR}|\d{{2}})\b(?!-)", re.IGNORECASE
    ),
    # 31/Jan/2024, 23/SEPT/2023, 31/ene/24, 20/julho/2019, 27-29/febrero/24 (day, month's name
    # and year between slashes, in any language the reader knows; a range of days in one month)
    re.compile(
        r"(?<![\d/])\b(?P<d>[0-3]?\d)(?:[-–](?P<d2>[0-3]?\d))?/"
        rf"(?P<m>{_MONTH}|{_FOREIGN_MONTH}|"
        + "|".join(sorted(_SHORT_MONTHS, key=len, reverse=True))
        + rf")\.?/(?P<y>{_YEAR}|\d{{2}})\b(?![/\w])",
        re.IGNORECASE,
    ),
    # April 28 '24 / Mar 15 '24 (a year written with an apostrophe)
    re.compile(
        rf"\b(?P<m>{_MONTH}){_S}(?P<d>{_DAY})\b{_S}[’‘'](?P<y>\d{{2}})\b", re.IGNORECASE
    ),
    # 30th August '25 (and so day first)
    re.compile(
        rf"\b(?P<d>{_DAY}){_S}(?:of{_S})?(?P<m>{_MONTH}){_S}[’‘'](?P<y>\d{{2}})\b", re.IGNORECASE
    ),
    _SLASH,
    _DASHED,
    _LABELLED_SLASH,
    _WEEKDAY_SLASH,
    # 31.07.2026 (day first, as European venues write it; the dots and the full year say so)
    re.compile(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d{2})\b"),
    # 17.07.24 (and the year in two digits: day and month in two as well, no version's dots)
    re.compile(r"(?<![\d.])(?P<d>[0-3]\d)\.(?P<m>[01]\d)\.(?P<y>[2-3]\d)(?![\d.]|\w)"),
    # 2/jun, 27/jan (day first, then the month cut short, as Portuguese pages write it)
    re.compile(
        r"(?<![\d/])\b(?P<d>[0-3]?\d)/(?P<m>"
        + "|".join(sorted(_SHORT_MONTHS, key=len, reverse=True))
        + r")\b(?![/\w])",
        re.IGNORECASE,
    ),
    # 19.10. (day first with no year, as German pages write it: both dots say so)
    # (or with a space after the day's dot, as Slovenian pages write it: '20. 7.')
    re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\. ?(?P<m>[01]?\d)\.(?![\d.]|\w)"),
    # 2024. április 5. / 2024. május 10-12. / április 15. (Hungarian: the year first, the day's
    # dot said when no year is)
    _HUNGARIAN := re.compile(
        rf"(?:\b(?P<y>{_YEAR})\.{_S})?(?<!\w)(?P<m>{_HUNGARIAN_MONTH})\.?{_S}(?P<d>[0-3]?\d)"
        rf"(?:{_S}[-–]{_S}(?P<d2>[0-3]?\d))?(?:\.|(?(y)(?!\d)|(?!)))",
        re.IGNORECASE,
    ),
    # 6 มกราคม 2568 / วันที่ 17 ม.ค. 68 (Thai: day first, the year in the Buddhist era)
    _THAI := re.compile(
        rf"(?<!\d)(?P<d>[0-3]?\d){_S}(?P<m>{_THAI_MONTH}){_S}(?:พ\.ศ\.{_S})?(?P<y>25\d\d)?"
    ),
    # 15 Tháng 6, 2026 / ngày 20-23 tháng 9 năm 2026 (Vietnamese: the day, then the month's
    # number after 'tháng', then the year, after a comma or 'năm')
    _VIETNAMESE := re.compile(
        r"(?<![\d.])(?P<d>[0-3]?\d)(?:[ \t]*[-–][ \t]*(?P<d2>[0-3]?\d))?[ \t]+th[áa]ng[ \t]+"
        r"(?P<m>1[0-2]|0?[1-9])(?!\d)(?:,?[ \t]*(?:n[ăa]m[ \t]+)?(?P<y>(?:19|20)\d\d)\b)?",
        re.IGNORECASE,
    ),
    # 2024年4月12日 / 4月12日 (Chinese and Japanese pages: year, month and day marked)
    re.compile(
        r"(?:(?P<y>(?:19|20)\d{2})\s*年\s*)?(?P<m>[01]?\d)\s*月\s*(?P<d>[0-3]?\d)\s*日"
        r"(?:\s*[(（][月火水木金土日一二三四五六][)）])?"  # its weekday
    ),
    # 2025년 11월 14일 / 12월 04-05일 (Korean pages: year, month and day marked, as in Chinese)
    re.compile(
        r"(?:(?P<y>(?:19|20)\d{2})\s*년\s*)?(?P<m>[01]?\d)\s*월\s*(?P<d>[0-3]?\d)"
        r"(?:\s*[-~–]\s*(?P<d2>[0-3]?\d))?\s*일"
        r"(?:\s*\(\s*[월화수목금토일](?:요일)?\s*\)|\s*[월화수목금토일]요일)?"  # its weekday
    ),
]

# the forms of one language, tried only on a text with a sign of it: a Hungarian year's dot or
# month, a Thai letter (most pages have neither, and a long one is read faster for it)
_SIGNS = {
    _HUNGARIAN: re.compile(
        r"\b(?:19|20)\d\d\.\s|\b(?:január|február|március|április|május|június|július"
        r"|augusztus|szeptember|október|márc|ápr|máj|jún|júl|szept)",
        re.IGNORECASE,
    ),
    _THAI: re.compile(r"[\u0e00-\u0e7f]"),
    _VIETNAMESE: re.compile(r"th[áa]ng", re.IGNORECASE),
}

_PLACEHOLDER = re.compile(
    rf"\b(?:TBD|TBA|TBC|to be (?:announced|determined|confirmed))\b"
    rf"|(?:\b{_MONTH}{_S})?\?\?(?:-\?\?)?",
    re.IGNORECASE,
)
# a month with no day: 'mid-October', 'early March 2026', 'end of May' (reported, not guessed)
_VAGUE = re.compile(
    # (a whole word: not 'early dec' of 'an early decision')
    rf"\b(?:early|mid|late|(?:the{_S})?(?:end|beginning|middle){_S}of)[\s-]*{_MONTH}(?!\w)"
    rf"(?:{_S}{_YEAR}\b)?"
    rf"|(?:(?<=:)|(?<=\|)){_S}{_MONTH}{_S}{_YEAR}\b"  # 'Registration: April 2026'
    # or a card's month before its step, run together ('October 2026Camera-ready deadline')
    rf"|^{_S}{_MONTH}{_S}{_YEAR}(?=[^\W\d])",
    re.IGNORECASE,
)

# the afternoon or the morning said before a time in Chinese, Japanese and Korean (two
# characters each, as the bare-11:59 check's lookbehind needs)
_AFTERNOON = ("下午", "晚上", "晚間", "晚间", "午後", "오후")  # (晚間: the evening)
CJK_MERIDIEM = "|".join([*_AFTERNOON, "上午", "午前", "오전"])
_TIME = re.compile(
    # (no minute past 59: a template's sample 'Today 5:60 pm' is no time)
    r"(?P<h>\b\d{1,2})(?:[:.](?P<min>[0-5]\d))?(?::\d{2})?\s*(?P<ap>[ap]\.?\s?m\b\.?)"
    # (not a zone's offset: 'IST (UTC+5:30)')
    r"|(?:\b|(?<=T))(?<!UTC[+−-])(?<!GMT[+−-])(?<!UTC [+−-])(?<!GMT [+−-])"
    # (and '23.00 hrs', its dot said to be a clock's by the hours after it)
    r"(?P<h24>[01]?\d|2[0-4])(?::|\.(?=[0-5]\d\s*(?:hrs?|hours)\b))(?P<min24>[0-5]\d)(?::[0-5]\d)?"
    r"(?:\b|(?=h\b)|(?=(?:GMT|UTC|AoE|PST|PDT|CET|CEST|EST|EDT|Z)\b))"  # '00:00GMT'
    # '2359 GMT' ('November 1, 2013, 2359 GMT'; '1700GMT'), not a year after a comma ('June 17
    # (extended), 2026 AoE') nor this century's anywhere ('November 15 (extended) 2024 AoE')
    r"|(?!20[0-4]\d\b)(?:(?<!,)(?<!,\s)|(?!(?:19|20)\d\d))\b(?P<mil>(?:[01]\d|2[0-3])[0-5]\d)"
    r"(?=\s*(?:GMT|UTC|AoE|hrs?\b|PST|PDT|PT|EST|EDT|ET\b))"
    # hours then minutes in French and Portuguese: '18h00', '23h:55m'
    r"|\b(?P<hfr>[01]?\d|2[0-3])h:?(?P<minfr>[0-5]\d)(?:m(?:in)?)?\b"
    r"|\b(?P<noon>noon|midnight)\b"
    # Chinese and Korean: '23时59分', '23시 59분'
    r"|(?P<hcn>[01]?\d|2[0-4])\s*[时時点點시]\s*(?P<mincn>[0-5]?\d)\s*[分분]"
    # the afternoon or the morning said before the time: '下午 11:59', '午後11:59', '오후 11:59'
    rf"|(?P<apcjk>{CJK_MERIDIEM})\s*(?P<hcjk>\d{{1,2}})[:：](?P<mincjk>[0-5]\d)",
    re.IGNORECASE,
)

# Zone phrases, longest first; each maps to a label `timezones.parse_zone` reads.
_ZONE_WORDS = [
    (r"any(?:where|\s?time)[\s-]+on[\s-]+earth", "AoE"),
    (r"anywhere\s+in\s+the\s+world", "AoE"),  # '11:59 PM, anywhere in the world!'
    (r"\bAOE\b", "AoE"),
    (r"pacific\s+standard\s+time", "PST"),
    (r"pacific\s+daylight\s+time", "PDT"),
    (r"pacific\s+time", "PT"),
    # 'Pacific' alone right after a time ('11:59 pm Pacific'), never 'Asia-Pacific'
    (r"(?:(?<=[ap]m\s)|(?<=[ap]\.m\.\s)|(?<=:\d\d\s))pacific\b", "PT"),
    (r"eastern\s+standard\s+time", "EST"),
    (r"eastern\s+daylight\s+time", "EDT"),
    (r"eastern\s+time", "ET"),
    (r"(?:(?<=[ap]m\s)|(?<=[ap]\.m\.\s)|(?<=:\d\d\s))eastern\b", "ET"),
    (r"central\s+european\s+summer\s+time", "CEST"),
    (r"central\s+european\s+time", "CET"),
    (r"british\s+summer\s+time", "BST"),
    # Bangladesh's clock, whose letters are Britain's summer time's too: 'BST (Bangladesh
    # Standard Time)' is Dhaka's
    # (each way opening on a word, never on spaces, which a long run of would make slow)
    (
        (
            r"(?-i:\bBST\b)\s*\(\s*bangladesh(?:i)?\s+(?:standard\s+)?time\s*\)"
            r"|\bbangladesh(?:i)?\s+(?:standard\s+)?time"
        ),
        "Asia/Dhaka",
    ),
    # Ireland's clock, however a page names it: 'Irish Standard/Local Time', 'Irish time'
    (
        r"irish\s+(?:(?:standard|summer|local)(?:\s*/\s*(?:standard|local))?\s+)?time",
        "Europe/Dublin",
    ),
    (r"hawaii(?:an)?(?:[\s-]+aleutian)?(?:\s+standard)?\s+time", "HST"),
    (r"(?-i:\bHAST\b)", "HST"),  # Hawaii-Aleutian Standard Time, in its four letters
    # American Samoa's clock, an hour behind AoE (not Samoa's, a day ahead of it)
    (r"american\s+samoa(?:n)?(?:\s+standard)?\s+time|pago\s+pago\s+time", "Pacific/Pago_Pago"),
    # Nepal's clock, five hours and three quarters ahead of UTC
    (r"(?-i:\bNPT\b)|nepal(?:i)?\s+(?:standard\s+)?time", "Asia/Kathmandu"),
    (r"central\s+(?:standard\s+|daylight\s+)?time", "America/Chicago"),
    (r"mountain\s+(?:standard\s+|daylight\s+)?time", "America/Denver"),
    # the Mountain and Central zones' letters right after a time ('11:59 pm MT', '5:00 PM (CT)'),
    # in capitals (alone they are a scan's and a translation's: 'CT images', 'MT track')
    (r"(?:(?<=[ap]m\s)|(?<=[ap]\.m\.\s)|(?<=:\d\d\s)|(?<=[ap]m\s\()|(?<=:\d\d\s\())(?-i:MT)\b",
     "America/Denver"),
    (r"(?:(?<=[ap]m\s)|(?<=[ap]\.m\.\s)|(?<=:\d\d\s)|(?<=[ap]m\s\()|(?<=:\d\d\s\())(?-i:CT)\b",
     "America/Chicago"),
    (r"china\s+standard\s+time", "Asia/Shanghai"),
    (r"japan\s+standard\s+time", "JST"),
    (r"korea(?:n)?\s+standard\s+time", "KST"),
    (r"india(?:n)?\s+standard\s+time", "Asia/Kolkata"),
    (r"singapore\s+standard\s+time", "SGT"),
    # German: Central European summer time, and its winter's; and their older English names,
    # Middle European (Summer) Time
    (r"(?-i:\bMESZ\b|\bMEST\b)", "CEST"),
    (r"(?-i:\bMEZ\b|\bMET\b)", "CET"),
    # Australia's three clocks, the eastern and central with their summer time
    (r"australian\s+eastern\s+standard\s+time", "AEST"),
    (r"australian\s+eastern\s+daylight\s+time", "AEDT"),
    (r"australian\s+central\s+standard\s+time", "ACST"),
    (r"australian\s+central\s+daylight\s+time", "ACDT"),
    (r"australian\s+western\s+standard\s+time", "AWST"),
    (r"(?:new\s+zealand|\bnz)\s+standard\s+time", "NZST"),  # ('NZ Standard Time')
    (r"(?:new\s+zealand|\bnz)\s+daylight\s+time", "NZDT"),
    (r"greenwich\s+mean\s+time", "UTC"),
    (r"coordinated\s+universal\s+time", "UTC"),
    # Universal Time's two letters, after a time of day ('7:59:59 AM UT'), not in a name
    (r"(?-i:(?:(?<=\d)|(?<=\d\s)|(?<=[AaPp][Mm]\s)|(?<=[ap]\.m\.\s))UT)\b", "UTC"),
    (r"(?<=\d\d:\d\d)Z\b|(?<=\d\d:\d\d:\d\d)Z\b", "UTC"),  # ISO 8601: '2026-03-15T23:59Z'
    # a capital's time in the venue's language: 'horário de Brasília', 'heure de Paris'
    (r"hor[áa]rio\s+(?:oficial\s+)?de\s+bras[íi]lia|\bBRT\b", "America/Sao_Paulo"),
    (r"heure\s+(?:de\s+)?paris", "Europe/Paris"),  # (and 'heure Paris', the 'de' left out)
    (r"北京时间|北京時間", "Asia/Shanghai"),
    (r"日本標準時|日本時間", "JST"),  # Japanese: Japan's standard time
    (r"한국\s*(?:표준\s*)?시[간각]", "KST"),  # Korean: Korea's (standard) time
    (r"t[üu]rkiye\s+saati|\bTS[İI]\b", "Europe/Istanbul"),  # Turkish: Turkey's time
]

# Cities that host conferences and name no zone of the zone database, to the zone they keep:
# a page says "23:59 Beijing Time" far more often than "Asia/Shanghai".
_HOST_CITIES = {
    "Asia/Shanghai": ("beijing", "hangzhou", "shenzhen", "guangzhou", "nanjing", "wuhan", "china"),
    "America/Los_Angeles": ("seattle", "san francisco", "san diego", "san jose", "pasadena"),
    "America/New_York": ("boston", "washington", "philadelphia", "pittsburgh", "atlanta"),
    "America/Chicago": ("austin", "houston", "dallas", "nashville", "new orleans"),
    "America/Denver": ("salt lake city",),
    "Asia/Kolkata": ("india", "delhi", "new delhi", "mumbai", "bangalore", "hyderabad"),
    "Europe/Madrid": ("barcelona", "valencia", "seville"),
    "Europe/Berlin": ("munich", "hamburg", "frankfurt", "heidelberg", "tübingen"),
    "Europe/Rome": ("milan", "florence", "turin", "naples"),
    "Europe/Zurich": ("geneva", "lausanne"),
    "Asia/Tokyo": ("kyoto", "osaka", "yokohama", "japan"),
    "Asia/Seoul": ("busan", "daejeon", "korea"),
    "Asia/Dubai": ("abu dhabi",),
    "Asia/Jerusalem": ("israel", "tel aviv", "haifa"),
    "Pacific/Niue": ("alofi",),
    "Europe/London": ("uk", "british"),
}  # fmt: skip


def _cities() -> dict[str, str]:
    """A city that names an IANA zone, as a page writes it ("Melbourne time"), to that zone,
    and the host cities the zone database does not name ("Beijing time")."""
    import zoneinfo

    found: dict[str, str] = {}
    for name in sorted(zoneinfo.available_timezones()):
        area, _, city = name.rpartition("/")
        if area and not area.startswith(("Etc", "SystemV", "US", "Canada", "Brazil", "Chile")):
            found.setdefault(city.replace("_", " ").lower(), name)
    for zone, cities in _HOST_CITIES.items():
        for city in cities:
            found.setdefault(city, zone)
    return found


_CITIES = _cities()
_ZONE = re.compile(
    # No zone starts inside a Latin word: a scan of prose skips four positions in five at once,
    # not trying every zone word and city there (a long label was read a few times over).
    r"(?<![A-Za-z])(?:"
    + "|".join(f"(?P<z{i}>{rx})" for i, (rx, _) in enumerate(_ZONE_WORDS))
    # a city's name, only where "time" follows within a few words (a quick test first)
    + r"|(?P<city>\b(?=[\w /]{1,30}?\s(?:local\s+)?time\b)(?:"
    + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in sorted(_CITIES, key=len, reverse=True))
    # 'Paris time', or 'Paris / Pacific Time': two zones sharing the word
    + r")(?:\s+(?:local\s+)?time\b|(?=\s*/\s*[\w ]{1,25}?\btime\b)))"
    # an IANA name ('Etc/GMT+12', which is UTC-12; 'America/Los_Angeles')
    + r"|(?P<iana>\b(?:Etc/GMT[+-]\d{1,2}|(?:Africa|America|Antarctica|Asia|Atlantic|Australia"
    # (and one written with a space for its underscore: 'America/New York time')
    + r"|Europe|Indian|Pacific)/[A-Z][A-Za-z_]+(?:/[A-Z][A-Za-z_]+)?(?: [A-Z][a-z]+)?"
    # (and the database's older names a page may still write: 'Brazil/East', 'US/Pacific')
    + r"|(?:Brazil|Canada|Chile|Mexico|US)/[A-Z][A-Za-z_-]+)\b)"
    # 'GMT+8', 'UTC/GMT +08:00': either name, then the offset
    + r"|(?P<off>\b(?:UTC|GMT)(?:\s*/\s*(?:UTC|GMT))?\s*[+\-−±]\s*\d{1,2}(?:[:.]?\d{2})?)"
    # ISO 8601's offset after a time: '2025-03-15T23:59:00-07:00'
    + r"|(?P<iso>(?<=T\d\d:\d\d)(?::\d\d)?[+\-]\d\d:\d\d\b)"
    # and a data file's timestamp, its offset after a space: '2019-06-01 12:00:00 -0800'
    + r"|(?P<stamp>(?<=\d\d:\d\d:\d\d)\s[+\-][01]\d[0-5]\d\b)"
    # (a zone's letters in capitals, but UTC and GMT: French 'est' and 'et', English 'west'
    # and 'pt.' are words)
    + r"|(?P<abbr>(?:\b|(?<=\d\d))(?:UTC|GMT|(?-i:PST|PDT|PT|EST|EDT|ET|CET|CEST|BST|KST|JST"
    + r"|SGT|HST|AEST|AEDT|ACST|ACDT|AWST|NZST|NZDT|MST|MDT|CDT|EET|EEST|WET|WEST|IST))\b))",
    re.IGNORECASE,
)
# a zone and the word 'time' a page may write after it ('10:00 AM CET time')
_ZONE_NAMED = re.compile(rf"(?:{_ZONE.pattern})(?:\s+time\b)?", re.IGNORECASE)
# "et al.", "pt", "west" in prose are not zones
_CASE_SENSITIVE = {"ET", "PT", "MST", "MDT", "CDT", "EET", "EEST", "WET", "WEST"}


@dataclass(frozen=True)
class Found:
    """One date read from text: where it is, what it says, and what had to be assumed."""

    start: int
    end: int
    text: str
    date: dt.date | None  # None for a placeholder ('November ??, 2013', 'TBD')
    end_date: dt.date | None = None  # the last day of a range ('January 20-27, 2014')
    year_stated: bool = True
    problems: tuple[str, ...] = ()
    # month, day, the range's last (month, day), weekday: a date read before its year is known
    parts: tuple[int, int, tuple[int, int] | None, str | None] | None = None


@dataclass(frozen=True)
class Clock:
    """A time of day and/or zone read from text."""

    time: dt.time | None = None
    zone: str | None = None
    problems: tuple[str, ...] = field(default=())


def month_number(word: str) -> int | None:
    word = " ".join(word.lower().rstrip(".").split())  # ('تشرين  الأول': one space)
    known = (
        _FOREIGN_MONTHS.get(word)
        or _MISSPELT_MONTHS.get(word)
        or _SHORT_MONTHS.get(word)
        or _HUNGARIAN_MONTHS.get(word)
        or _THAI_MONTHS.get(word)
        or _THAI_MONTHS.get(word + ".")
    )
    if known is not None:
        return known
    for number, name in enumerate(_MONTH_NAMES, start=1):
        if len(word) >= 3 and name.startswith(word[:3]) and (
            name.startswith(word) or word == "sept"
        ):
            return number
    return None


def _ordinal_problem(day_text: str) -> str | None:
    m = re.fullmatch(r"(\d{1,2})(st|nd|rd|th|h|(?:st|nd|rd)th)", day_text.strip(), re.IGNORECASE)
    if not m:
        return None
    day, suffix = int(m.group(1)), m.group(2).lower()
    right = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return None if suffix == right else f"{day_text!r} read as day {day} ({day}{right})"


def _weekday_problem(weekday: str | None, date: dt.date, text: str) -> str | None:
    if not weekday:
        return None
    stated = weekday.lower().rstrip(".")
    stated = _CJK_WEEKDAYS.get(stated) or _MISSPELT_WEEKDAYS.get(stated, stated[:3])
    actual = date.strftime("%A")
    if actual.lower()[:3] != stated:
        return f"{text!r}: {date:%B} {date.day}, {date.year} is a {actual}; kept the date"
    return None


def day_first(text: str) -> bool:
    """Whether a text writes its slashed dates day first: one has a first part above 12
    (30/03/2026), or a range of days before its month (6-7/12/2025), and none a second part
    above 12 (3/31/2026)."""
    found = sorted(
        (m.start(), int(m["y"]), int(m["m"]), int(m["d"]))
        for form in _NUMERIC
        for m in form.finditer(text)
    )
    # (and those with no year, whose parts say it too: 'Abstract registration: 28/02')
    yearless = [(int(m["m"]), int(m["d"])) for form in _YEARLESS for m in form.finditer(text)]
    pairs = [(a, b) for _, _, a, b in found] + yearless
    ranged = any(int(m[1]) < int(m[2]) <= 31 for m in _DAYS_THEN_MONTH.finditer(text))
    if ranged or any(a > 12 or b > 12 for a, b in pairs):
        return (ranged or any(a > 12 >= b for a, b in pairs)) and not any(b > 12 for _, b in pairs)
    # every one could be either ('02/06/2026', '01/07/2026'): day first if only that reading
    # keeps a dates list in its order (June 2, June 5, July 1, not February 6, May 6, January 7)
    if not found:
        return False
    dates = [(y, a, b) for _, y, a, b in found]
    flipped = _descents([(y, b, a) for y, a, b in dates])
    if flipped != _descents(dates):
        return flipped == 0 < _descents(dates)
    # neither reading out of order ('04/05/2018', '11/05/2018'): day first on a page that
    # names its days or months in a language that writes them so ('Viernes', 'noviembre'), or
    # says its steps in one ('Encerramento das submissões', 'Divulgação dos trabalhos')
    if len(_DAY_FIRST_WORDS.findall(text)) >= _DAY_FIRST_SIGNS:
        return True
    if len({w.lower() for w in _DAY_FIRST_STEPS.findall(text)}) >= _DAY_FIRST_SIGNS:
        return True
    return _only_day_first_before(text, dates)


def _only_day_first_before(text: str, dates: list[tuple[int, int, int]]) -> bool:
    """Whether only the day-first reading of a page's slashed dates keeps every one of them on
    or before the last date the page writes in words, its event's ('07/05/2025' beside '10 & 11
    May 2025': May 7, not July 5, after the meeting)."""
    worded = [
        f.end_date or f.date
        for f in find_dates(text)
        if f.date is not None and f.year_stated and re.search(r"[^\W\d_]", f.text)
    ]
    if not worded:
        return False
    last = max(d for d in worded if d is not None)

    def after(readings: list[tuple[int, int, int]]) -> int | None:
        late = 0
        for year, month, day in readings:
            try:
                late += dt.date(year + 2000 if year < 100 else year, month, day) > last
            except ValueError:
                return None  # (not a date in this reading)
        return late

    month_first, day_first_ = after(dates), after([(y, b, a) for y, a, b in dates])
    return bool(month_first) and day_first_ == 0


_DAY_FIRST_WORDS = re.compile(
    _FOREIGN_WEEKDAY
    + "|"
    + "|".join(sorted((m for m in _FOREIGN_MONTHS if len(m) >= 5), key=len, reverse=True)),
    re.IGNORECASE,
)
_DAY_FIRST_SIGNS = 2
# the words of a call in Portuguese, Spanish, French, German or Italian: its submissions,
# registrations, papers, deadlines and what is made known
_DAY_FIRST_STEPS = re.compile(
    r"\b(?:submiss[õo]es|inscri[çc][õo]es|trabalhos|prazos?|divulga[çc][ãa]o|resumos"
    r"|inscripci[óo]n|inscripciones|trabajos|plazos?|ponencias|fecha\s+l[íi]mite"
    r"|soumissions?|inscriptions?|date\s+limite|einreichung|anmeldung|fristen?"
    r"|scadenza|iscrizion[ei]|contributi)\b",
    re.IGNORECASE,
)


def _descents(dates: list[tuple[int, int, int]]) -> int:
    """How many times a date comes before the one above it."""
    return sum(later < earlier for earlier, later in itertools.pairwise(dates))


_DAYS_THEN_MONTH = re.compile(
    r"(?<![\d/.-])(\d{1,2})\s*[-–]\s*(\d{1,2})/(?:0?[1-9]|1[0-2])/\d{4}\b"
)


def find_dates(
    text: str, default_year: int | None = None, *, day_first: bool = False
) -> list[Found]:
    """Find every date and placeholder in `text`, in order, without overlaps.

    Slashed dates are read month first (3/31/14) unless `day_first` says the page writes
    them day first (30/03/2026), or a date can only be read day first.
    """
    spans: list[tuple[int, int, re.Match[str]]] = []
    for form in _FORMS:
        if (sign := _SIGNS.get(form)) is not None and sign.search(text) is None:
            continue
        spans.extend((m.start(), m.end(), m) for m in form.finditer(text))
    spans.extend((m.start(), m.end(), m) for m in _PLACEHOLDER.finditer(text))
    spans.extend((m.start(), m.end(), m) for m in _VAGUE.finditer(text))
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    found: list[Found] = []
    last_end = -1
    for start, end, match in spans:
        if start < last_end:
            continue
        item = _read(match, text, default_year, day_first=day_first)
        if item is None:
            continue
        found.append(item)
        last_end = end
    return _without_restatements(text, found)


def _month_day(found: Found) -> tuple[int, int] | None:
    if found.date is not None:
        return found.date.month, found.date.day
    return found.parts[:2] if found.parts is not None else None


def _without_restatements(text: str, found: list[Found]) -> list[Found]:
    """Read a date followed by itself in brackets as one: 'August 15th (8/15/2025)'.

    The one that states its year is kept, over the span of both.
    """
    out: list[Found] = []
    for item in found:
        last = out[-1] if out else None
        if (
            last is not None
            and re.fullmatch(r"\s*\(\s*", text[last.end : item.start])
            and (close := re.match(r"\s*\)", text[item.end :]))
            and (day := _month_day(last)) is not None
            and day == _month_day(item)
        ):
            kept = last if last.year_stated or not item.year_stated else item
            out[-1] = replace(kept, start=last.start, end=item.end + close.end())
            continue
        out.append(item)
    return out


def _read(
    m: re.Match[str], text: str, default_year: int | None, *, day_first: bool = False
) -> Found | None:
    raw = text[m.start() : m.end()]
    clean = " ".join(raw.replace("\x01", " ").replace("\x02", " ").split())
    groups = m.groupdict()
    groups["w"] = groups.get("w") or groups.get("w2")
    if m.re is _VAGUE:
        return Found(m.start(), m.end(), clean, None, problems=(f"{clean!r} names no day",))
    if "m" not in groups:  # a placeholder
        return Found(m.start(), m.end(), clean, None, problems=(f"{clean!r} is not a date yet",))
    month_text, day_text = groups["m"], groups["d"]
    numeric = m.re in _NUMERIC or m.re in _YEARLESS
    if numeric and (day_first or int(month_text) > 12 >= int(day_text)):
        month_text, day_text = day_text, month_text
    if month_text == "may" and not groups.get("y") and not groups.get("w"):
        return None  # 'Papers rejected in Round 1 may not be resubmitted': the verb
    if month_text.isdigit():
        month = int(month_text)
    else:
        number = month_number(month_text)
        if number is None:
            return None
        month = number
    if day_text == "??":
        return Found(m.start(), m.end(), clean, None, problems=(f"{clean!r} is not a date yet",))
    problems: list[str] = []
    if (p := _ordinal_problem(day_text)) is not None:
        problems.append(p)
    if month_text.lower() in _MISSPELT_MONTHS:
        problems.append(f"{month_text!r} read as {_MONTH_NAMES[month - 1].title()}")
    day = int(re.sub(r"\D", "", day_text))
    year_text = groups.get("y")
    year_stated = year_text is not None
    if year_text is None:
        if default_year is None:
            parts = (month, day, _last_day(groups, month), groups.get("w"))
            return Found(
                m.start(), m.end(), clean, None, year_stated=False, problems=tuple(problems),
                parts=parts,
            )
        year = default_year
    else:
        year = int(year_text) + (2000 if len(year_text) == 2 else 0)
        if year > 2400:  # a Thai page's Buddhist-era year
            year -= _BUDDHIST_ERA
    try:
        date = dt.date(year, month, day)
    except ValueError:
        if month_text.isdigit() and (month > 12 or day > 31):
            return None  # numbers, not a date ('45/12/2026')
        return Found(
            m.start(), m.end(), clean, None, problems=(f"{clean!r} is not a real date",)
        )
    last = _last_day(groups, month)
    if year_stated and last is not None and last[0] < month and (month, day) != (2, 29):
        # a window across the new year, its year said after its end ('15 December to 15
        # January 2021'): the year is the end's
        date = date.replace(year=date.year - 1)
    end_date = _range_end(date, last)
    if (p := _weekday_problem(groups.get("w"), date, clean)) is not None:
        problems.append(p)
    return Found(m.start(), m.end(), clean, date, end_date, year_stated, tuple(problems))


def _last_day(groups: dict[str, str | None], month: int) -> tuple[int, int] | None:
    """The (month, day) a range ends on ('January 20-27', 'April 20 - May 24'), if any."""
    if not groups.get("d2"):
        return None
    end_month = month_number(m2) if (m2 := groups.get("m2")) else month
    return (end_month or month, int(groups["d2"] or 0))


def _range_end(date: dt.date, last: tuple[int, int] | None) -> dt.date | None:
    """The last day of a range starting on `date`, or None when it is no later day."""
    if last is None:
        return None
    try:
        end = dt.date(date.year + (last[0] < date.month), *last)
    except ValueError:
        return None
    return end if end > date else None


def weekday_disagrees(found: Found) -> bool:
    """Whether a date given its year was said with another day of the week ('Friday 8th
    December' read in 2024, when it was a Sunday)."""
    weekday = found.parts[3] if found.parts is not None else None
    if not weekday or found.date is None:
        return False
    return _weekday_problem(weekday, found.date, "") is not None


def with_year(found: Found, year: int) -> Found:
    """Return a date whose text had no year with `year`; check its weekday again."""
    if found.parts is None:
        return found
    month, day, last, weekday = found.parts
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return found
    end_date = _range_end(date, last)
    problems = [*found.problems]
    if (p := _weekday_problem(weekday, date, found.text)) is not None:
        problems.append(p)
    return Found(
        found.start,
        found.end,
        found.text,
        date,
        end_date,
        year_stated=False,
        problems=tuple(problems),
        parts=found.parts,
    )


def find_clock(text: str) -> Clock:
    """Find the first time of day and the first zone in `text`.

    A text with no time that names two zones ('Important Dates (Paris / Pacific Time
    Zone)') is read in the one whose midnight comes first, so no deadline is read late, and
    says so.
    """
    time = None
    if (m := _TIME.search(text)) is not None:
        time = _time_of(m)
    zones: list[str] = []
    for z in _ZONE.finditer(text):
        label = _zone_of(z)
        if label is None or (
            zones and _REFERENCE.search(text, max(0, z.start() - _REFERENCE_REACH), z.start())
        ):
            continue  # 'AoE time is 12 hours behind UTC': the zone it is told by
        label = _with_offset(label, text, z.end())
        if label in {"UTC", "GMT"}:
            label = _named_after(text, z.end()) or label
        if label not in zones:
            zones.append(label)
        if (stated := _other_offset(label, text, z.end())) and stated not in zones:
            zones.append(stated)  # 'Central Time (GMT-4)': two zones, read as two
        if time is not None and not label.startswith("Etc/"):
            break
    if zones and time is not None and (zone_at := _first_zone(text)) is not None:
        # '8:59 a.m. Eastern-ish time (13:59 UTC)': the time the zone is said with, where the
        # first time's own zone is not one this reader knows
        before = [t for t in _TIME.finditer(text, 0, zone_at) if t.end() <= zone_at]
        # (not a word glossing the time before it: '11:59AM (noon) UTC' is 11:59)
        if (
            len(before) > 1
            and m is not None
            and before[-1].start() > m.start()
            and not before[-1]["noon"]
        ):
            time = _time_of(before[-1])
    problems: tuple[str, ...] = ()
    if len(zones) > 1 and (place := _one_place(zones)) is not None:
        zones = [place]  # 'CET/CEST (Europe/Stockholm)': one place's winter and summer names
    if posix := _posix_sign(zones):
        # 'Etc/GMT-12' beside 'AoE (UTC-12)': the POSIX sign (Etc/GMT-12 is UTC+12) taken
        # for the usual one; the page's own words say which it meant
        zones = [z for z in zones if z != posix]
        problems = (f"{posix!r} beside {zones[0]!r}: the POSIX sign, read as {zones[0]}",)
    # the same zone said twice ('AoE (UTC-12)', 'UTC+9, Korean Standard Time') is one; a menu
    # of every zone is no note
    offsets = {_east_of_utc(z) for z in zones} if len(zones) > 1 else set()
    if not 1 < len(offsets) <= _MOST_ZONES:
        return Clock(time, zones[0] if zones else None, problems)
    first = max(zones, key=_east_of_utc)
    said = f"{text.strip()!r} names {len(offsets)} zones ({', '.join(zones)}); read in {first}"
    return Clock(time, first, (*problems, f"{said}, where the day ends first"))


def _one_place(zones: list[str]) -> str | None:
    """The place whose winter and summer names the zones are, if they are one place's ('CET',
    'CEST' and 'Europe/Stockholm'; 'PST/PDT'): its own name, the one a page named if any."""
    from deadlines.errors import DeadlinesError
    from deadlines.timezones import parse_zone

    try:
        parsed = [parse_zone(z) for z in zones]
    except DeadlinesError:
        return None
    named = [z for z in parsed if z.fixed is None and "/" in z.label]
    if len(named) > 1:
        return None
    if named:
        tz = named[0].tzinfo
        said = {dt.datetime(2025, month, 15, 12, tzinfo=tz).tzname() for month in (1, 7)}
        if all(z is named[0] or z.label in said for z in parsed):
            return named[0].label
        return None
    # (two names of one offset, 'AoE (UTC-12)', are one zone already)
    offsets = {z.fixed.utcoffset(None) if z.fixed else None for z in parsed}
    regions = {z.region for z in parsed}
    if len(regions) == 1 and None not in regions and None not in offsets and len(offsets) > 1:
        return regions.pop()
    return None


def _first_zone(text: str) -> int | None:
    """Where the first zone this reader knows starts in `text`, if any."""
    return next((z.start() for z in _ZONE.finditer(text) if _zone_of(z) is not None), None)


def _posix_sign(zones: list[str]) -> str | None:
    """An 'Etc/GMT±N' name said beside a zone N hours the other side of UTC, if any."""
    for name in zones:
        east = _east_of_utc(name) if name.startswith("Etc/GMT") else 0.0
        if east and any(_east_of_utc(other) == -east for other in zones if other != name):
            return name
    return None


_MOST_ZONES = 3  # more zones named together are a menu to pick one from, not a note
# how far before a zone its reference is looked for (the whole text before it, read again for
# each zone, made a paragraph of 10,000 zone names take 14 s)
_REFERENCE_REACH = 80
# what a zone is explained by, right before it: '12 hours behind Coordinated Universal Time'
_REFERENCE = re.compile(
    r"\b(?:behind|ahead\s+of|relative\s+to|compared\s+(?:to|with)|offset\s+from)"
    r"(?:\s+(?:the|coordinated\s+universal\s+time))*[\s(]*$",
    re.IGNORECASE,
)


@lru_cache(maxsize=256)
def _east_of_utc(label: str) -> float:
    """How far east of UTC a zone label is, in hours, over a year (unknown: far west)."""
    from deadlines.errors import DeadlinesError
    from deadlines.timezones import parse_zone

    try:
        tz = parse_zone(label).tzinfo
    except DeadlinesError:
        return -99.0
    days = (
        dt.datetime(2025, 1, 15, 12, tzinfo=dt.UTC),
        dt.datetime(2025, 7, 15, 12, tzinfo=dt.UTC),
    )
    return sum((tz.utcoffset(d) or dt.timedelta()).total_seconds() for d in days) / 7200


def _named_after(text: str, end: int) -> str | None:
    """A named zone right after a bare UTC: 'at 23:59 UTC CET' means the named one."""
    gap = re.match(r"[ /]+", text[end:])
    if gap is None or (z := _ZONE.match(text, end + gap.end())) is None or z.group("off"):
        return None
    label = _zone_of(z)
    return label if label not in {None, "UTC", "GMT"} else None


# A zone with summer time named with the offset it states in brackets: the offset says which
# half of the year the page means ('Pacific Time (UTC-7)' is PDT), and where that is not the
# date's, the catalog's rule for a mismatched abbreviation takes the earlier instant.
_SEASONS = {
    "PT": {-8: "PST", -7: "PDT"},
    "ET": {-5: "EST", -4: "EDT"},
    "CET": {1: "CET", 2: "CEST"},
}
_SEASON_OF = {a: z for z, kinds in _SEASONS.items() for a in (z, *kinds.values())}
_BRACKET_OFFSET = re.compile(
    r"\s*[(\[]\s*(?:UTC|GMT)\s*([+\-−])\s*(\d{1,2})(?::00)?\s*[)\]]", re.IGNORECASE
)


def _with_offset(label: str, text: str, end: int) -> str:
    season = _SEASON_OF.get(label)
    m = _BRACKET_OFFSET.match(text, end)
    if season is None or m is None:
        return label
    hours = int(m.group(2)) * (1 if m.group(1) == "+" else -1)
    return _SEASONS[season].get(hours, label)


def _other_offset(label: str, text: str, end: int) -> str | None:
    """The offset in brackets after a zone ('Central Time (GMT-4)') when the zone is never
    on it: the page names two zones, and the reader takes the one whose day ends first."""
    from deadlines.errors import DeadlinesError
    from deadlines.timezones import parse_zone

    m = _BRACKET_OFFSET.match(text, end)
    if m is None:
        return None
    hours = int(m.group(2)) * (1 if m.group(1) == "+" else -1)
    try:
        tz = parse_zone(label).tzinfo
    except DeadlinesError:
        return None
    taken = {
        offset.total_seconds() / 3600
        for month in (1, 7)
        if (offset := dt.datetime(2025, month, 15, tzinfo=tz).utcoffset()) is not None
    }
    return None if hours in taken else f"UTC{hours:+d}"


def _time_of(m: re.Match[str]) -> dt.time | None:
    g = m.groupdict()
    if g["noon"]:
        return dt.time(12) if g["noon"].lower() == "noon" else dt.time(23, 59)
    if g["mil"]:
        return dt.time(int(g["mil"][:2]), int(g["mil"][2:]))
    if g["h24"] or g["hcn"] or g["hfr"]:
        hour = int(g["h24"] or g["hcn"] or g["hfr"])
        minute = int(g["min24"] or g["mincn"] or g["minfr"])
        return dt.time(23, 59) if hour == 24 else dt.time(hour, minute)
    if g["hcjk"]:
        hour, minute = int(g["hcjk"]), int(g["mincjk"])
        pm = g["apcjk"] in _AFTERNOON
    else:
        hour, minute = int(g["h"]), int(g["min"] or 0)
        pm = g["ap"].lower().startswith("p")
    if pm and 12 < hour <= 23:
        return dt.time(hour, minute)  # '23:59 PM': a 24-hour time with a redundant pm
    if not 1 <= hour <= 12:
        return None
    hour = hour % 12 + (12 if pm else 0)
    return dt.time(hour, minute)


# the zone words' groups, by name, to the label each reads as
_ZONE_WORD_LABELS = {f"z{i}": label for i, (_, label) in enumerate(_ZONE_WORDS)}


def _zone_of(z: re.Match[str]) -> str | None:
    # (each way of naming a zone is one named group of the pattern's outer alternation, so
    # the last group matched is the way this zone was named)
    if (word := _ZONE_WORD_LABELS.get(z.lastgroup or "")) is not None:
        return word
    if city := z.group("city"):
        words = city.lower().split()
        name = " ".join(words[:-1] if words[-1] == "time" else words)
        return _CITIES[name.removesuffix(" local")]
    if iso := z.group("iso"):
        return "UTC" + iso[-6:]
    if stamp := z.group("stamp"):
        return f"UTC{stamp[-5:-2]}:{stamp[-2:]}"
    if iana := z.group("iana"):
        for name in (iana.replace(" ", "_"), iana.split(" ")[0]):
            if _known_zone(name):
                return name
        return None
    if off := z.group("off"):
        joined = "".join(off.split()).upper().replace("−", "-")
        return re.sub(r"^(UTC|GMT)/(?:UTC|GMT)", r"\1", joined)  # 'UTC/GMT+8': UTC+8
    abbr = z.group("abbr")
    if abbr.upper() in _CASE_SENSITIVE and abbr != abbr.upper():
        return None
    if abbr == "IST":  # India's, on the pages that write it, far more than Ireland's or Israel's
        return INDIA
    return abbr.upper()


@lru_cache(maxsize=64)
def _known_zone(name: str) -> bool:
    """Whether an IANA name is one the zone database holds ('Asia/Nowhere' is not)."""
    from deadlines.errors import DeadlinesError
    from deadlines.timezones import parse_zone

    try:
        parse_zone(name)
    except DeadlinesError:
        return False
    return True


INDIA = "Asia/Kolkata"
# zone abbreviations that name two zones a page could mean, left unread and reported
AMBIGUOUS = re.compile(r"\b(?:CST|AST)\b")


def has_zone(text: str) -> bool:
    return find_clock(text).zone is not None


# what may stand between a time and the date it belongs to ('11:59 PM AOE Saturday 8th April',
# '9:59 PM UTC-0 on Tuesday 11th'): a zone, a weekday, 'on'
_TO_ITS_DATE = re.compile(
    rf"[\s,;:()\x01\x02~-]*(?:on\s+)?(?:{_WEEKDAY},?\s*)?(?:the\s+)?", re.IGNORECASE
)


def clock_before(text: str) -> tuple[Clock, int] | None:
    """The time (and its zone) that `text` ends with, where a date follows it with at most a
    zone, a weekday or 'on' between, and where it starts; None when `text` ends otherwise."""
    times = list(_TIME.finditer(text))
    if not times or not _TO_ITS_DATE.fullmatch(strip_clock(text[times[-1].start() :])):
        return None
    start = times[-1].start()
    return find_clock(text[start:]), start


_STAMP_LEFT = re.compile(r"^\s+[+\-][01]\d[0-5]\d\b(?!\s*(?:[-\u2013]|to)\b)")


# the zones read only right after a time ('11:59 pm Pacific', '5:00 PM (CT)')
_AFTER_TIME = tuple(f"z{i}" for i, (rx, _) in enumerate(_ZONE_WORDS) if rx.startswith("(?:(?<="))


def _after_time(m: re.Match[str]) -> str:
    return " " if any(m.group(g) for g in _AFTER_TIME) else m.group()


@lru_cache(maxsize=8192)  # (a page's labels are stripped again and again, each at its length)
def strip_clock(text: str) -> str:
    """Remove times of day and zone names from `text` (to leave a date's label)."""
    text = _ZONE_NAMED.sub(_after_time, text)  # ('5:00 PM (CT)': its zone, while the time is there)
    text = _TIME.sub(" ", text)
    text = _ZONE_NAMED.sub(" ", text)
    # (a timestamp's offset its time left at the start: ' -0800 | Abstract Deadline')
    text = _STAMP_LEFT.sub(" ", text)
    # and the '@' that stood before a time ('Registrations Close @ 5pm!'), never an address's
    # (and the brackets it emptied: '(23:59, Pacific Standard Time)' leaves '( , )')
    # (and the part of the day a time was said to be in: '12:00pm (afternoon)')
    text = re.sub(r"\(\s*(?:in\s+the\s+)?(?:afternoon|morning|evening|noon|midday)\s*\)", " ", text)
    return re.sub(r"\([\s,;]*\)|\[[\s,;]*\]|(?<!\S)@(?=[\s!.,;:]|$)", " ", text)
