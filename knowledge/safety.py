"""Messages that show danger get the legal-help contacts first, before any FAQ answer."""

from __future__ import annotations

import re

from .normalize import normalize

# Folded, punctuation-free text. Deliberately broad: a false alarm costs a few lines of
# contacts, a missed one may cost a person their freedom.
_DANGER = [
    # detention, arrest
    r"\b(saxla(yib|dilar|nib|mislar)|hebs|tutub(lar)?|tutdular|polis (meni )?apar)",
    r"\b(задерж|арест|забрали в полици|посадил|в отделени)",
    r"\b(detain|arrest|held by (the )?police|in custody|detention)",
    # deportation order, expulsion decision
    r"\b(deport|sinirdan kenar|olkeden cixar(il|ma) qerar|inzibati qaydada cixar)",
    r"\b(депорт|выдвор|высыла|выслать)",
    r"\b(deport|expulsion order|expelled|removal order)",
    # passport withheld by employer
    r"\b(pasport(umu|u)? (goturub|saxlayir|vermir|elimden))",
    r"\b(паспорт\w* (забрал|отобрал|не отда|удержива)|забрал\w* (мои |у меня )?паспорт)",
    r"\b(passport (taken|withheld|kept|confiscated)|took my passport|keeps my passport|"
    r"won ?t (give|return) my passport)",
    # trafficking, forced labour, violence
    r"\b(insan alver|mecburi emek|zorla islet|doy(ur|ul)|zorakiliq|tehdid ed)",
    r"\b(торговл\w* людьми|принудительн\w* труд|рабств|избива|бьет|бьют|насили|угрожа)",
    r"\b(trafficking|forced (labou?r|to work)|slavery|beat(s|en|ing)? me|violence|abuse|threaten)",
]
_PATTERN = re.compile("|".join(f"(?:{p})" for p in _DANGER))


def shows_danger(text: str) -> bool:
    """True when a message speaks of detention, deportation, a withheld passport,
    trafficking or violence, in Azerbaijani, Russian or English."""
    return bool(_PATTERN.search(normalize(text[:2000])))
