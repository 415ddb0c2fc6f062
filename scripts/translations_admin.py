"""Azerbaijani and Russian for the admins' screens (see translations.py)."""

ADMIN: dict[str, tuple[str, str]] = {
    "Not saved. Please fix:": ("Yadda saxlanmadı. Düzəldin:", "Не сохранено. Исправьте:"),
    "… and {count} more.": ("… və daha {count}.", "… и ещё {count}."),
    "deleted": ("silinib", "удалена"),
    "published": ("dərc olunub", "опубликована"),
    "draft": ("qaralama", "черновик"),
    "Saved {id} as revision {number}. Users see it now.": (
        "{id} {number} saylı redaksiya kimi yadda saxlanıldı. İstifadəçilər artıq onu görür.",
        "{id} сохранена как редакция {number}. Пользователи уже видят изменения.",
    ),
    "No entry {id}.": ("{id} adlı yazı yoxdur.", "Записи {id} нет."),
    "Usage: <code>/faq words</code> or <code>/faq id</code>": (
        "İstifadə: <code>/faq sözlər</code> və ya <code>/faq id</code>",
        "Использование: <code>/faq слова</code> или <code>/faq id</code>",
    ),
    "Nothing found.": ("Heç nə tapılmadı.", "Ничего не найдено."),
    "Usage: <code>/faq_show ID</code>": (
        "İstifadə: <code>/faq_show ID</code>",
        "Использование: <code>/faq_show ID</code>",
    ),
    "Usage: <code>/faq_alt ID az|ru|en phrasing</code>": (
        "İstifadə: <code>/faq_alt ID az|ru|en ifadə</code>",
        "Использование: <code>/faq_alt ID az|ru|en формулировка</code>",
    ),
    "Usage: <code>/{command} ID</code>": (
        "İstifadə: <code>/{command} ID</code>",
        "Использование: <code>/{command} ID</code>",
    ),
    "Usage: <code>/faq_history ID</code>": (
        "İstifadə: <code>/faq_history ID</code>",
        "Использование: <code>/faq_history ID</code>",
    ),
    "Usage: <code>/faq_revert ID REVISION</code>": (
        "İstifadə: <code>/faq_revert ID REDAKSİYA</code>",
        "Использование: <code>/faq_revert ID РЕДАКЦИЯ</code>",
    ),
    "Question": ("Sual", "Вопрос"),
    "Answer": ("Cavab", "Ответ"),
    "Alternate phrasings": ("Alternativ ifadələr", "Другие формулировки"),
    "Keywords": ("Açar sözlər", "Ключевые слова"),
    "Which field of {id} ({lang})?": ("{id} ({lang}) — hansı sahə?", "Какое поле {id} ({lang})?"),
    "Usage: <code>/faq_edit ID</code>": (
        "İstifadə: <code>/faq_edit ID</code>",
        "Использование: <code>/faq_edit ID</code>",
    ),
    "Edit {id}: which language?": ("{id} redaktəsi: hansı dil?", "Правка {id}: какой язык?"),
    "Preview, exactly as users will see it:": (
        "Önbaxış — istifadəçilər tam belə görəcək:",
        "Предпросмотр — ровно так увидят пользователи:",
    ),
    "Save this change?": ("Bu dəyişiklik yadda saxlanılsın?", "Сохранить это изменение?"),
    "Send the new text. For lists, one item per line or separated by “;”.": (
        "Yeni mətni göndərin. Siyahılar üçün hər sətirdə bir element və ya «;» ilə ayırın.",
        "Пришлите новый текст. Для списков — по одному на строку или через «;».",
    ),
    "Send the new text (Telegram HTML: <code>&lt;b&gt;</code>, <code>&lt;i&gt;</code>, <code>&lt;a href&gt;</code>).": (
        "Yeni mətni göndərin (Telegram HTML: <code>&lt;b&gt;</code>, <code>&lt;i&gt;</code>, <code>&lt;a href&gt;</code>).",
        "Пришлите новый текст (Telegram HTML: <code>&lt;b&gt;</code>, <code>&lt;i&gt;</code>, <code>&lt;a href&gt;</code>).",
    ),
    "New entry: choose its category.": (
        "Yeni yazı: kateqoriyanı seçin.",
        "Новая запись: выберите категорию.",
    ),
    "Question in {lang}:": ("{lang} dilində sual:", "Вопрос на языке {lang}:"),
    "Answer in {lang} (Telegram HTML, at most 1200 characters):": (
        "{lang} dilində cavab (Telegram HTML, ən çox 1200 simvol):",
        "Ответ на языке {lang} (Telegram HTML, не больше 1200 символов):",
    ),
    "Draft {id} created. Add alternate phrasings (/faq_alt), links and source (/faq_edit or a workbook), then /faq_publish {id}.": (
        "{id} qaralaması yaradıldı. Alternativ ifadələr (/faq_alt), keçidlər və mənbə əlavə edin (/faq_edit və ya iş kitabı), sonra /faq_publish {id}.",
        "Черновик {id} создан. Добавьте формулировки (/faq_alt), ссылки и источник (/faq_edit или книга Excel), затем /faq_publish {id}.",
    ),
    "➕ Alternate of: {title}": ("➕ Bunun alternativi: {title}", "➕ Формулировка для: {title}"),
    "🆕 New entry": ("🆕 Yeni yazı", "🆕 Новая запись"),
    "🙈 Dismiss": ("🙈 Keç", "🙈 Пропустить"),
    "Nothing to review: every question got an answer.": (
        "Baxılacaq heç nə yoxdur: bütün suallar cavablandırılıb.",
        "Разбирать нечего: на все вопросы был ответ.",
    ),
    "Dismissed.": ("Keçildi.", "Пропущено."),
    "Added as an alternate of {id} (revision {number}).": (
        "{id} üçün alternativ kimi əlavə olundu ({number} saylı redaksiya).",
        "Добавлено как формулировка к {id} (редакция {number}).",
    ),
    "<b>Last {days} days</b>: {total} questions": (
        "<b>Son {days} gün</b>: {total} sual",
        "<b>Последние {days} дн.</b>: вопросов — {total}",
    ),
    "answered {answer} · did you mean {clarify} · not found {none}": (
        "cavablandırılıb {answer} · dəqiqləşdirmə {clarify} · tapılmayıb {none}",
        "ответ {answer} · уточнение {clarify} · не найдено {none}",
    ),
    "Most asked:": ("Ən çox soruşulanlar:", "Чаще всего спрашивают:"),
    "Most 👎:": ("Ən çox 👎:", "Больше всего 👎:"),
    "The file is too large (at most 5 MB).": (
        "Fayl çox böyükdür (ən çox 5 MB).",
        "Файл слишком большой (не больше 5 МБ).",
    ),
    "Nothing was changed. Problems in {name}:": (
        "Heç nə dəyişmədi. {name} faylında problemlər:",
        "Ничего не изменено. Проблемы в {name}:",
    ),
    "Dry run of {name}: {added} added, {changed} changed, {unchanged} unchanged, 0 errors.": (
        "{name} yoxlaması: {added} əlavə, {changed} dəyişiklik, {unchanged} dəyişməz, 0 xəta.",
        "Пробный прогон {name}: добавлено {added}, изменено {changed}, без изменений {unchanged}, ошибок 0.",
    ),
    "✅ Apply": ("✅ Tətbiq et", "✅ Применить"),
    "Applied: {added} added, {changed} changed.": (
        "Tətbiq olundu: {added} əlavə, {changed} dəyişiklik.",
        "Применено: добавлено {added}, изменено {changed}.",
    ),
}

ADMIN_PLURALS = {
    ("<b>{count} question</b>, latest {when}:", "<b>{count} questions</b>, latest {when}:"): (
        ("<b>{count} sual</b>, sonuncu {when}:", "<b>{count} sual</b>, sonuncu {when}:"),
        (
            "<b>{count} вопрос</b>, последний {when}:",
            "<b>{count} вопроса</b>, последний {when}:",
            "<b>{count} вопросов</b>, последний {when}:",
        ),
    ),
    (
        "{count} group of questions to review, newest first.",
        "{count} groups of questions to review, newest first.",
    ): (
        (
            "Baxılacaq {count} sual qrupu, yeniləri əvvəldə.",
            "Baxılacaq {count} sual qrupu, yeniləri əvvəldə.",
        ),
        (
            "{count} группа вопросов для разбора, новые сверху.",
            "{count} группы вопросов для разбора, новые сверху.",
            "{count} групп вопросов для разбора, новые сверху.",
        ),
    ),
}

PRIVACY: dict[str, tuple[str, str]] = {
    "What is stored about you": ("Sizin haqqınızda nə saxlanılır", "Что о вас хранится"),
    "<b>What this bot stores about you</b>": (
        "<b>Bot sizin haqqınızda nə saxlayır</b>",
        "<b>Что бот хранит о вас</b>",
    ),
    "• Your Telegram id only as a keyed hash (a pseudonym): nobody can read your id or name from it.": (
        "• Telegram id-niz yalnız açarlı heş (psevdonim) kimi: ondan nə id-nizi, nə də adınızı oxumaq olar.",
        "• Ваш Telegram id только в виде хеша с ключом (псевдоним): по нему нельзя узнать ни id, ни имя.",
    ),
    "• The language you chose, so that answers come in it.": (
        "• Seçdiyiniz dil — cavablar o dildə gəlsin deyə.",
        "• Выбранный язык — чтобы отвечать на нём.",
    ),
    "• Your questions, with the answer the bot gave and your 👍/👎, so that the people who keep the answers can add what is missing. They see the text, not who wrote it.": (
        "• Suallarınız, botun cavabı və 👍/👎 qiymətiniz — cavabları yeniləyənlər çatışmayanı əlavə etsin deyə. Onlar mətni görür, kimin yazdığını yox.",
        "• Ваши вопросы, ответ бота и ваши 👍/👎 — чтобы те, кто ведёт ответы, добавили недостающее. Они видят текст, но не автора.",
    ),
    "• While you use a menu or a calculator, the step you are at.": (
        "• Menyu və ya kalkulyatordan istifadə edərkən olduğunuz addım.",
        "• Пока вы пользуетесь меню или калькулятором — текущий шаг.",
    ),
    "Do not send passport or document numbers: the bot never needs them. Send /forget to delete everything stored about you now.": (
        "Pasport və sənəd nömrələrini göndərməyin: bota onlar heç vaxt lazım deyil. Haqqınızda saxlanılan hər şeyi indi silmək üçün /forget göndərin.",
        "Не отправляйте номера паспорта и документов: боту они не нужны. Чтобы сразу удалить всё, что о вас хранится, отправьте /forget.",
    ),
    "Delete everything this bot stores about you (language, questions, feedback)? This cannot be undone.": (
        "Botun sizin haqqınızda saxladığı hər şey (dil, suallar, rəylər) silinsin? Bunu geri qaytarmaq olmaz.",
        "Удалить всё, что бот хранит о вас (язык, вопросы, отзывы)? Это нельзя отменить.",
    ),
    "🗑 Yes, delete": ("🗑 Bəli, sil", "🗑 Да, удалить"),
    "Nothing was deleted.": ("Heç nə silinmədi.", "Ничего не удалено."),
    "Done: everything stored about you has been deleted.": (
        "Oldu: haqqınızda saxlanılan hər şey silindi.",
        "Готово: всё, что о вас хранилось, удалено.",
    ),
}

PRIVACY_PLURALS = {
    (
        "Everything is deleted automatically after {count} day.",
        "Everything is deleted automatically after {count} days.",
    ): (
        (
            "Hər şey {count} gündən sonra avtomatik silinir.",
            "Hər şey {count} gündən sonra avtomatik silinir.",
        ),
        (
            "Всё удаляется автоматически через {count} день.",
            "Всё удаляется автоматически через {count} дня.",
            "Всё удаляется автоматически через {count} дней.",
        ),
    ),
}
ADMIN.update(PRIVACY)
ADMIN_PLURALS.update(PRIVACY_PLURALS)
