"""Write locales/*/LC_MESSAGES/messages.po from the extracted template and the table below.

    pybabel extract -F babel.cfg -k tr -k N_ -k plural:1,2 --no-location --omit-header \
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
from translations_admin import ADMIN, ADMIN_PLURALS
from translations_consult import CONSULT, CONSULT_PLURALS
from translations_council import COUNCIL, COUNCIL_PLURALS

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
    "I know Azerbaijan's migration rules only, so I cannot answer for another country. Its own "
    "migration service or its embassy gives its rules; an Azerbaijani citizen abroad can also "
    "turn to Azerbaijan's embassy or consulate there.": (
        "Mən yalnız Azərbaycanın miqrasiya qaydalarını bilirəm, başqa ölkə üçün cavab verə "
        "bilmərəm. O ölkənin qaydalarını onun miqrasiya xidməti və ya səfirliyi bildirir; "
        "xaricdə olan Azərbaycan vətəndaşı oradakı Azərbaycan səfirliyinə və ya konsulluğuna da "
        "müraciət edə bilər.",
        "Я знаю только правила миграции Азербайджана и не могу ответить за другую страну. Её "
        "правила сообщают её миграционная служба или посольство; гражданин Азербайджана за "
        "рубежом может также обратиться в посольство или консульство Азербайджана там.",
    ),
    "An Azerbaijani citizen's own ID card and passport are issued by the ASAN service centres "
    "({url}, call centre {phone}), not by the migration service.": (
        "Azərbaycan vətəndaşının şəxsiyyət vəsiqəsini və pasportunu miqrasiya xidməti deyil, "
        "\"ASAN xidmət\" mərkəzləri verir ({url}, çağrı mərkəzi {phone}).",
        "Удостоверение личности и паспорт гражданина Азербайджана выдаёт не миграционная "
        "служба, а центры «ASAN xidmət» ({url}, колл-центр {phone}).",
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

TRANSLATIONS.update(
    {
        "Start: language and main menu": (
            "Başla: dil və əsas menyu",
            "Начало: язык и главное меню",
        ),
        "Browse topics": ("Mövzular", "Темы"),
        "Fee calculator": ("Rüsum kalkulyatoru", "Калькулятор пошлин"),
        "Registration deadline": ("Qeydiyyat müddəti", "Срок регистрации"),
        "E-services: check status, payments": (
            "Elektron xidmətlər: status, ödənişlər",
            "Электронные услуги: статус, платежи",
        ),
        "Call centre, e-mail, offices": (
            "Çağrı mərkəzi, e-poçt, ofislər",
            "Колл-центр, e-mail, офисы",
        ),
        "Public Council: free legal advice": (
            "İctimai Şura: pulsuz hüquqi məsləhət",
            "Общественный совет: бесплатная юридическая помощь",
        ),
        "Change language": ("Dili dəyiş", "Сменить язык"),
        "Thank you for the feedback!": ("Rəyiniz üçün təşəkkür edirik!", "Спасибо за отзыв!"),
        "🔗 migration.gov.az": ("🔗 migration.gov.az", "🔗 migration.gov.az"),
        "⚖️ Public Council": ("⚖️ İctimai Şura", "⚖️ Общественный совет"),
        "🧭 Which working group handles my problem?": (
            "🧭 Problemimlə hansı işçi qrup məşğul olur?",
            "🧭 Какая рабочая группа занимается моим вопросом?",
        ),
        "🔗 Facebook page": ("🔗 Facebook səhifəsi", "🔗 Страница в Facebook"),
        "⬅️ Back": ("⬅️ Geri", "⬅️ Назад"),
        "The Public Council has {count} working groups. Choose the topic of your problem:": (
            "İctimai Şuranın {count} işçi qrupu var. Probleminizin mövzusunu seçin:",
            "В Общественном совете {count} рабочих групп. Выберите тему вашего вопроса:",
        ),
        "Led by: {leads}": ("Rəhbər: {leads}", "Руководитель: {leads}"),
        "Contact the Public Council and name this working group: {contact}": (
            "İctimai Şura ilə əlaqə saxlayın və bu işçi qrupun adını çəkin: {contact}",
            "Свяжитесь с Общественным советом и назовите эту рабочую группу: {contact}",
        ),
        "This button has expired. Here is the menu:": (
            "Bu düymənin vaxtı keçib. Budur menyu:",
            "Эта кнопка устарела. Вот меню:",
        ),
        "📅 When did you arrive in Azerbaijan? Type the date, for example <code>03.11.2026</code>, "
        "<code>3/11</code>, <code>2026-11-03</code>, “today” or “5 November”.": (
            "📅 Azərbaycana nə vaxt gəlmisiniz? Tarixi yazın, məsələn <code>03.11.2026</code>, "
            "<code>3/11</code>, <code>2026-11-03</code>, «bu gün» və ya «5 noyabr».",
            "📅 Когда вы приехали в Азербайджан? Напишите дату, например <code>03.11.2026</code>, "
            "<code>3/11</code>, <code>2026-11-03</code>, «сегодня» или «5 ноября».",
        ),
        "I could not read that date. Please type it like <code>03.11.2026</code> or “today”.": (
            "Bu tarixi oxuya bilmədim. Belə yazın: <code>03.11.2026</code> və ya «bu gün».",
            "Не получилось прочитать дату. Напишите, например, <code>03.11.2026</code> или «сегодня».",
        ),
        "That date does not exist. Please check the day and month.": (
            "Belə tarix yoxdur. Günü və ayı yoxlayın.",
            "Такой даты не существует. Проверьте день и месяц.",
        ),
        "That date is in the future. Please type the day you arrived.": (
            "Bu tarix gələcəkdədir. Gəldiyiniz günü yazın.",
            "Эта дата ещё не наступила. Напишите день, когда вы приехали.",
        ),
        "That date is more than a year ago. Please check it, or call the call centre (012) 919 about "
        "your case.": (
            "Bu tarix bir ildən çox əvvəldir. Tarixi yoxlayın və ya vəziyyətinizlə bağlı (012) 919 "
            "çağrı mərkəzinə zəng edin.",
            "Эта дата больше года назад. Проверьте её или позвоните в колл-центр (012) 919 по "
            "вашему случаю.",
        ),
        "Arrival: <b>{date}</b>. Which passport do you hold?": (
            "Gəliş: <b>{date}</b>. Hansı ölkənin vətəndaşısınız?",
            "Дата приезда: <b>{date}</b>. Гражданином какой страны вы являетесь?",
        ),
        "🇰🇿 Kazakhstan": ("🇰🇿 Qazaxıstan", "🇰🇿 Казахстан"),
        "Another country": ("Başqa ölkə", "Другая страна"),
        "Arrival: {arrival}. If you stay more than {days} days, register at your place of stay by "
        "<b>{last_day}</b>.": (
            "Gəliş: {arrival}. {days} gündən çox qalırsınızsa, olduğunuz yer üzrə <b>{last_day}</b> "
            "tarixinədək qeydiyyatdan keçin.",
            "Приезд: {arrival}. Если вы остаётесь дольше {days} дней, зарегистрируйтесь по месту "
            "пребывания до <b>{last_day}</b>.",
        ),
        "⚠️ That day has passed. Register as soon as possible and ask the call centre (012) 919 what "
        "to do.": (
            "⚠️ Bu gün artıq keçib. Mümkün qədər tez qeydiyyatdan keçin və nə etməli olduğunuzu "
            "(012) 919 çağrı mərkəzindən soruşun.",
            "⚠️ Этот срок уже прошёл. Зарегистрируйтесь как можно скорее и уточните в колл-центре "
            "(012) 919, что делать.",
        ),
        "How: online at eservice.migration.gov.az, by e-mail to qeydiyyat@migration.gov.az, at a "
        "regional migration department or an ASAN service centre. Registration is free.": (
            "Necə: eservice.migration.gov.az saytında onlayn, qeydiyyat@migration.gov.az ünvanına "
            "e-poçtla, regional miqrasiya idarəsində və ya ASAN xidmət mərkəzində. Qeydiyyat "
            "pulsuzdur.",
            "Как: онлайн на eservice.migration.gov.az, по e-mail qeydiyyat@migration.gov.az, в "
            "региональном миграционном управлении или в центре ASAN xidmət. Регистрация бесплатная.",
        ),
        "🏠 How to register": ("🏠 Necə qeydiyyatdan keçmək olar", "🏠 Как зарегистрироваться"),
        "💻 The State Migration Service's e-services. Choose one:": (
            "💻 Dövlət Miqrasiya Xidmətinin elektron xidmətləri. Birini seçin:",
            "💻 Электронные услуги Государственной миграционной службы. Выберите:",
        ),
        "Have ready:": ("Hazır saxlayın:", "Подготовьте:"),
        "🔗 Open the service": ("🔗 Xidməti aç", "🔗 Открыть услугу"),
        "💼 Work permit": ("💼 İş icazəsi", "💼 Разрешение на работу"),
        "🪪 Temporary residence permit": (
            "🪪 Müvəqqəti yaşamaq üçün icazə",
            "🪪 Разрешение на временное проживание",
        ),
        "⏳ Stay extension": ("⏳ Olma müddətinin uzadılması", "⏳ Продление пребывания"),
        "🛂 E-visa": ("🛂 Elektron viza", "🛂 Электронная виза"),
        "Adult": ("Böyük (18 yaşdan yuxarı)", "Взрослый"),
        "Child under 18": ("18 yaşadək uşaq", "Ребёнок до 18 лет"),
        "Full-time student": ("Əyani təhsil alan tələbə", "Студент очной формы"),
        "up to {years} years": ("{years} ilədək", "до {years} года"),
        "💰 Which fee do you want to know?": (
            "💰 Hansı rüsumu bilmək istəyirsiniz?",
            "💰 Какую пошлину вы хотите узнать?",
        ),
        "Who is it for?": ("Kim üçün?", "Для кого?"),
        "For how long?": ("Hansı müddətə?", "На какой срок?"),
        "How fast? Faster processing costs more.": (
            "Nə qədər tez? Sürətli baxılma daha bahadır.",
            "Как быстро? Ускоренное рассмотрение стоит дороже.",
        ),
        "State fee: <b>{amount}</b>": (
            "Dövlət rüsumu: <b>{amount}</b>",
            "Госпошлина: <b>{amount}</b>",
        ),
        "Legal basis: {basis}": ("Hüquqi əsas: {basis}", "Правовая основа: {basis}"),
        "In force since: {date}": ("Qüvvədədir: {date}", "Действует с: {date}"),
        "⚠️ This amount is not confirmed by an official source. Check it on migration.gov.az or with "
        "the call centre (012) 919 before paying.": (
            "⚠️ Bu məbləğ rəsmi mənbə ilə təsdiqlənməyib. Ödəməzdən əvvəl migration.gov.az saytında "
            "və ya (012) 919 çağrı mərkəzində yoxlayın.",
            "⚠️ Эта сумма не подтверждена официальным источником. Перед оплатой уточните её на "
            "migration.gov.az или в колл-центре (012) 919.",
        ),
        "Pay online: find your payment number at eservice.migration.gov.az (“Payment search”).": (
            "Onlayn ödəniş: ödəniş nömrənizi eservice.migration.gov.az saytında tapın "
            "(«Ödənişlərin axtarışı»).",
            "Оплата онлайн: номер платежа можно найти на eservice.migration.gov.az "
            "(«Ödənişlərin axtarışı»).",
        ),
        "🔗 Payment search": ("🔗 Ödənişlərin axtarışı", "🔗 Поиск платежей"),
        "🔄 Another fee": ("🔄 Başqa rüsum", "🔄 Другая пошлина"),
        "💻 E-services": ("💻 Elektron xidmətlər", "💻 Электронные услуги"),
        "🏠 Registration at place of stay": (
            "🏠 Olduğu yer üzrə qeydiyyat",
            "🏠 Регистрация по месту пребывания",
        ),
        "⏳ Extending the stay": ("⏳ Olma müddətinin uzadılması", "⏳ Продление пребывания"),
        "🏡 Permanent residence permit": (
            "🏡 Daimi yaşamaq üçün icazə",
            "🏡 Разрешение на постоянное проживание",
        ),
        "⚠️ Fines and expulsion": ("⚠️ Cərimələr və ölkədən çıxarılma", "⚠️ Штрафы и выдворение"),
        "🛂 Visas": ("🛂 Vizalar", "🛂 Визы"),
        "🇦🇿 Citizenship and asylum": ("🇦🇿 Vətəndaşlıq və sığınacaq", "🇦🇿 Гражданство и убежище"),
        "☎️ Contacts": ("☎️ Əlaqə", "☎️ Контакты"),
        "Choose a topic:": ("Mövzunu seçin:", "Выберите тему:"),
        "⬅️ Back to topics": ("⬅️ Mövzulara qayıt", "⬅️ К темам"),
        "📚 Topics": ("📚 Mövzular", "📚 Темы"),
        "💰 Fees": ("💰 Rüsumlar", "💰 Пошлины"),
        "📅 Registration deadline": ("📅 Qeydiyyat müddəti", "📅 Срок регистрации"),
        "Hello, {name}! I answer questions about migration in Azerbaijan: registration, residence and "
        "work permits, fees, fines, visas and whom to contact.\n\nType your question in your own "
        "words, or choose a topic below. Choose your language:": (
            "Salam, {name}! Azərbaycanda miqrasiya ilə bağlı suallara cavab verirəm: qeydiyyat, "
            "yaşamaq və iş icazələri, rüsumlar, cərimələr, vizalar və hara müraciət etmək.\n\n"
            "Sualınızı öz sözlərinizlə yazın və ya aşağıdan mövzu seçin. Dili seçin:",
            "Здравствуйте, {name}! Я отвечаю на вопросы о миграции в Азербайджане: регистрация, "
            "разрешения на проживание и работу, пошлины, штрафы, визы и куда обращаться.\n\n"
            "Напишите вопрос своими словами или выберите тему ниже. Выберите язык:",
        ),
        "What would you like to know? Type a question or choose:": (
            "Nəyi bilmək istəyirsiniz? Sual yazın və ya seçin:",
            "Что вы хотите узнать? Напишите вопрос или выберите:",
        ),
        "Choose your language:": ("Dili seçin:", "Выберите язык:"),
        "Done: I will answer in English.": (
            "Oldu: bundan sonra Azərbaycan dilində cavab verəcəyəm.",
            "Готово: буду отвечать по-русски.",
        ),
        "I do not know the command {command}. Type a question, or choose:": (
            "{command} əmrini tanımıram. Sual yazın və ya seçin:",
            "Я не знаю команды {command}. Напишите вопрос или выберите:",
        ),
        "Your message is too long for me. Please ask in at most {limit} characters: one question per "
        "message works best.": (
            "Mesajınız çox uzundur. Sualınızı ən çox {limit} simvolla yazın: hər mesajda bir sual "
            "daha yaxşıdır.",
            "Сообщение слишком длинное. Задайте вопрос не длиннее {limit} символов: лучше один "
            "вопрос в сообщении.",
        ),
        "You are sending messages very fast. Please wait a minute, then ask again.": (
            "Mesajları çox tez göndərirsiniz. Bir dəqiqə gözləyin, sonra yenidən soruşun.",
            "Вы отправляете сообщения слишком часто. Подождите минуту и спросите снова.",
        ),
        "Sorry, something went wrong on my side. Please try again in a minute.": (
            "Bağışlayın, məndə xəta baş verdi. Bir dəqiqədən sonra yenidən cəhd edin.",
            "Извините, у меня что-то пошло не так. Попробуйте ещё раз через минуту.",
        ),
        "I can read only text messages. Please type your question.": (
            "Mən yalnız mətn mesajlarını oxuya bilirəm. Sualınızı yazın.",
            "Я понимаю только текстовые сообщения. Напишите, пожалуйста, вопрос.",
        ),
        "⚠️ <b>If you are detained, ordered to leave the country, your passport is held by an "
        "employer, or someone threatens or forces you: get legal help now.</b>": (
            "⚠️ <b>Sizi saxlayıblarsa, ölkəni tərk etmək barədə qərar veriblərsə, pasportunuzu "
            "işəgötürən saxlayırsa və ya kimsə sizi hədələyir, məcbur edirsə: dərhal hüquqi yardım "
            "alın.</b>",
            "⚠️ <b>Если вас задержали, приказали покинуть страну, работодатель удерживает ваш "
            "паспорт или вам угрожают, принуждают: сразу обратитесь за юридической помощью.</b>",
        ),
        "⚖️ Free legal consultations for migrants — Public Council at the State Migration Service: "
        "{phone}.": (
            "⚖️ Miqrantlara pulsuz hüquqi məsləhət — Dövlət Miqrasiya Xidməti yanında İctimai Şura: "
            "{phone}.",
            "⚖️ Бесплатные юридические консультации для мигрантов — Общественный совет при "
            "Государственной миграционной службе: {phone}.",
        ),
        "🛡 Asylum-seekers and refugees — UNHCR free legal counselling: {phone} (Monday–Friday).": (
            "🛡 Sığınacaq axtaranlar və qaçqınlar — BMT Qaçqınlar üzrə Ali Komissarlığının (UNHCR) "
            "pulsuz hüquqi məsləhəti: {phone} (bazar ertəsi–cümə).",
            "🛡 Ищущие убежище и беженцы — бесплатная юридическая консультация УВКБ ООН (UNHCR): "
            "{phone} (понедельник–пятница).",
        ),
        "☎️ State Migration Service call centre: {phone}.": (
            "☎️ Dövlət Miqrasiya Xidmətinin çağrı mərkəzi: {phone}.",
            "☎️ Колл-центр Государственной миграционной службы: {phone}.",
        ),
    }
)

# (singular, plural) → az forms (2, the same: a noun after a number stays singular), ru (3).
PLURALS: dict[tuple[str, str], tuple[tuple[str, ...], tuple[str, ...]]] = {
    ("{count} day left.", "{count} days left."): (
        ("{count} gün qalıb.", "{count} gün qalıb."),
        ("Остался {count} день.", "Осталось {count} дня.", "Осталось {count} дней."),
    ),
    ("up to {count} day", "up to {count} days"): (
        ("{count} günədək", "{count} günədək"),
        ("до {count} дня", "до {count} дней", "до {count} дней"),
    ),
    ("up to {count} year", "up to {count} years"): (
        ("{count} ilədək", "{count} ilədək"),
        ("до {count} года", "до {count} лет", "до {count} лет"),
    ),
    ("up to {count} month", "up to {count} months"): (
        ("{count} ayadək", "{count} ayadək"),
        ("до {count} месяца", "до {count} месяцев", "до {count} месяцев"),
    ),
    ("within {count} hour", "within {count} hours"): (
        ("{count} saat ərzində", "{count} saat ərzində"),
        ("за {count} час", "за {count} часа", "за {count} часов"),
    ),
    ("within {count} working day", "within {count} working days"): (
        ("{count} iş günü ərzində", "{count} iş günü ərzində"),
        ("за {count} рабочий день", "за {count} рабочих дня", "за {count} рабочих дней"),
    ),
}

TRANSLATIONS.update(COUNCIL)
TRANSLATIONS.update(ADMIN)
PLURALS.update(COUNCIL_PLURALS)
PLURALS.update(ADMIN_PLURALS)
TRANSLATIONS.update(CONSULT)
PLURALS.update(CONSULT_PLURALS)


def main() -> int:
    with (LOCALES / "messages.pot").open("rb") as handle:
        template = read_po(handle)
    missing = [
        m.id
        for m in template
        if m.id and (m.id not in PLURALS if m.pluralizable else m.id not in TRANSLATIONS)
    ]
    if missing:
        print("no translation for:\n" + "\n".join(f"  {m!r}" for m in missing), file=sys.stderr)
        return 1
    for index, lang in enumerate(("az", "ru", "en")):
        catalog = Catalog(locale=lang, project="migrabot", fuzzy=False)
        for message in template:
            if not message.id:
                continue
            if message.pluralizable:
                text = message.id if lang == "en" else PLURALS[message.id][index]
            else:
                text = message.id if lang == "en" else TRANSLATIONS[message.id][index]
            catalog.add(message.id, text, flags=message.flags)
        target = LOCALES / lang / "LC_MESSAGES" / "messages.po"
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("wb") as handle:
            write_po(handle, catalog, width=99, omit_header=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
