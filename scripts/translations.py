"""Write locales/*/LC_MESSAGES/messages.po from the extracted template and the table below.

    pybabel extract -F babel.cfg -k tr -k N_ -k tr.plural:1,2 --no-location --omit-header \
        -o locales/messages.pot .
    python scripts/translations.py

Translators may edit the .po files directly instead; this script keeps the three in step
while the UI is young. A msgid missing from the table fails loudly.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
LOCALES = ROOT / "locales"

# msgid → (az, ru); English uses the msgid itself.
TRANSLATIONS: dict[str, tuple[str, str]] = {
    "Source: {source}": ("Mənbə: {source}", "Источник: {source}"),
    "checked on {date}": ("yoxlanılıb: {date}", "проверено: {date}"),
    "☎️ Migration call centre: {phone} (from abroad {abroad}), in Azerbaijani, Russian and "
    "English.": (
        "☎️ Miqrasiya çağrı mərkəzi: {phone} (xaricdən {abroad}), azərbaycan, rus və ingilis "
        "dillərində.",
        "☎️ Колл-центр миграционной службы: {phone} (из-за рубежа {abroad}), на "
        "азербайджанском, русском и английском.",
    ),
    "⚖️ Free legal advice for migrants: the Public Council at the State Migration Service, "
    "{phone}.": (
        "⚖️ Miqrantlara pulsuz hüquqi məsləhət: Dövlət Miqrasiya Xidməti yanında İctimai Şura, "
        "{phone}.",
        "⚖️ Бесплатная юридическая консультация для мигрантов: Общественный совет при "
        "Государственной миграционной службе, {phone}.",
    ),
    "🔗 Official page": ("🔗 Rəsmi səhifə", "🔗 Официальная страница"),
    "None of these": ("Heç biri", "Ничего из этого"),
    "I am not sure I understood. Did you mean one of these?": (
        "Sualı tam anlamadım. Bunlardan birini nəzərdə tutursunuz?",
        "Я не совсем понял вопрос. Вы имели в виду что-то из этого?",
    ),
    "Please type your question in words, for example: “How much does a work permit cost?”": (
        "Sualınızı sözlə yazın, məsələn: «İş icazəsi neçəyədir?»",
        "Напишите вопрос словами, например: «Сколько стоит разрешение на работу?»",
    ),
    "I can only answer questions about migration in Azerbaijan: registration, residence and "
    "work permits, visas, fees, fines and whom to contact.": (
        "Mən yalnız Azərbaycanda miqrasiya ilə bağlı suallara cavab verirəm: qeydiyyat, yaşamaq "
        "və iş icazələri, vizalar, rüsumlar, cərimələr və hara müraciət etmək.",
        "Я отвечаю только на вопросы о миграции в Азербайджане: регистрация, разрешения на "
        "проживание и работу, визы, пошлины, штрафы и куда обращаться.",
    ),
    "Sorry, I do not have an answer to this question yet. I have passed it on to the people "
    "who keep my answers up to date.": (
        "Bağışlayın, bu suala hələ cavabım yoxdur. Sualı cavabları yeniləyən komandaya ötürdüm.",
        "Извините, на этот вопрос у меня пока нет ответа. Я передал его тем, кто обновляет "
        "мои ответы.",
    ),
    "📋 Menu": ("📋 Menyu", "📋 Меню"),
    "Type a question (Ctrl-D to quit).": (
        "Sualınızı yazın (çıxmaq üçün Ctrl-D).",
        "Задайте вопрос (выход: Ctrl-D).",
    ),
}


def main() -> int:
    with (LOCALES / "messages.pot").open("rb") as handle:
        template = read_po(handle)
    missing = [m.id for m in template if m.id and m.id not in TRANSLATIONS]
    if missing:
        print("no translation for:\n" + "\n".join(f"  {m!r}" for m in missing), file=sys.stderr)
        return 1
    for index, lang in enumerate(("az", "ru", "en")):
        catalog = Catalog(locale=lang, project="migrabot", fuzzy=False)
        for message in template:
            if not message.id:
                continue
            text = message.id if lang == "en" else TRANSLATIONS[message.id][index]
            catalog.add(message.id, text, flags=message.flags)
        target = LOCALES / lang / "LC_MESSAGES" / "messages.po"
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("wb") as handle:
            write_po(handle, catalog, width=99, omit_header=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
