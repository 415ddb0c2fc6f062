"""Azerbaijani and Russian for asking a council member and the proposals (see translations.py)."""

CONSULT: dict[str, tuple[str, str]] = {
    # Commands and entry points.
    "Ask a council member": ("Şura üzvünə sual verin", "Спросить члена совета"),
    "My requests to the council": ("Şuraya müraciətlərim", "Мои обращения в совет"),
    "🧑\u200d⚖️ Ask a council member": (
        "🧑\u200d⚖️ Şura üzvünə sual verin",
        "🧑\u200d⚖️ Спросить члена совета",
    ),
    "Sorry this did not help. A member of the Public Council can answer you in person, free of charge.": (
        "Təəssüf ki, bu kömək etmədi. İctimai Şuranın üzvü sizə şəxsən və ödənişsiz cavab verə bilər.",
        "Жаль, что это не помогло. Член Общественного совета может ответить вам лично и бесплатно.",
    ),
    "Please write to me in a private chat to ask a council member.": (
        "Şura üzvünə sual vermək üçün mənə şəxsi çatda yazın.",
        "Чтобы спросить члена совета, напишите мне в личном чате.",
    ),
    # The migrant's steps.
    "<b>Ask a member of the Public Council</b> — free of charge. A member answers here, in this chat, usually within a few working days.\n\n1/3 · What is your question about?": (
        "<b>İctimai Şuranın üzvünə sual verin</b> — ödənişsizdir. Üzv adətən bir neçə iş günü ərzində burada, bu çatda cavab verir.\n\n1/3 · Sualınız nə barədədir?",
        "<b>Спросите члена Общественного совета</b> — бесплатно. Член совета ответит здесь, в этом чате, обычно в течение нескольких рабочих дней.\n\n1/3 · О чём ваш вопрос?",
    ),
    "2/3 · Write your question in one message: what happened, what you need. ⚠️ Do not send passport, document or phone numbers.": (
        "2/3 · Sualınızı bir mesajla yazın: nə baş verib, nəyə ehtiyacınız var. ⚠️ Pasport, sənəd və telefon nömrələrini göndərməyin.",
        "2/3 · Напишите вопрос одним сообщением: что случилось и что вам нужно. ⚠️ Не присылайте номера паспорта, документов и телефона.",
    ),
    "Or send the question you asked me: «{text}»": (
        "Və ya mənə verdiyiniz sualı göndərin: «{text}»",
        "Или отправьте вопрос, который вы задали мне: «{text}»",
    ),
    "Use that question": ("Bu sualı göndər", "Отправить этот вопрос"),
    "Please write the question in {low} to {high} characters.": (
        "Sualı {low}–{high} simvol həcmində yazın.",
        "Напишите вопрос длиной от {low} до {high} символов.",
    ),
    "3/3 · The council member will see exactly this:\n\nName: <b>{name}</b>\nTopic: {topic}\nQuestion: {question}\n\nNothing else: not your phone number and not your Telegram account. Answers come here, from the bot. Send it?": (
        "3/3 · Şura üzvü məhz bunu görəcək:\n\nAd: <b>{name}</b>\nMövzu: {topic}\nSual: {question}\n\nBaşqa heç nə: nə telefon nömrəniz, nə də Telegram hesabınız. Cavablar buraya, botdan gələcək. Göndərilsin?",
        "3/3 · Член совета увидит ровно это:\n\nИмя: <b>{name}</b>\nТема: {topic}\nВопрос: {question}\n\nБольше ничего: ни номер телефона, ни ваш аккаунт Telegram. Ответы придут сюда, от бота. Отправить?",
    ),
    "✅ Send": ("✅ Göndər", "✅ Отправить"),
    "✅ Send and show my account": (
        "✅ Göndər və hesabımı göstər",
        "✅ Отправить и показать мой аккаунт",
    ),
    "Cancelled. Nothing was sent.": (
        "Ləğv edildi. Heç nə göndərilmədi.",
        "Отменено. Ничего не отправлено.",
    ),
    "Your request #{id} has been sent. You will get the answer here. See its status with /myrequests.": (
        "#{id} nömrəli müraciətiniz göndərildi. Cavabı burada alacaqsınız. Vəziyyətinə /myrequests ilə baxın.",
        "Ваше обращение #{id} отправлено. Ответ придёт сюда. Статус можно посмотреть командой /myrequests.",
    ),
    "No member is available right now; the request waits in the queue and members will see it in their daily list.": (
        "Hazırda əlçatan üzv yoxdur; müraciət növbədə gözləyir və üzvlər onu gündəlik siyahıda görəcəklər.",
        "Сейчас нет доступного члена совета; обращение ждёт в очереди, и члены совета увидят его в ежедневном списке.",
    ),
    "🗂 My requests": ("🗂 Müraciətlərim", "🗂 Мои обращения"),
    "You have no requests. Send /consult to ask a member of the Public Council.": (
        "Müraciətiniz yoxdur. İctimai Şuranın üzvünə sual vermək üçün /consult göndərin.",
        "У вас нет обращений. Отправьте /consult, чтобы спросить члена Общественного совета.",
    ),
    "<b>Your requests</b>": ("<b>Müraciətləriniz</b>", "<b>Ваши обращения</b>"),
    "waiting for a council member": ("şura üzvünü gözləyir", "ждёт члена совета"),
    "a council member is answering": ("şura üzvü cavab verir", "член совета отвечает"),
    "closed": ("bağlanıb", "закрыто"),
    "withdrawn": ("geri götürülüb", "отозвано"),
    "Withdraw request #{id}? The member will no longer answer it.": (
        "#{id} nömrəli müraciət geri götürülsün? Üzv artıq ona cavab verməyəcək.",
        "Отозвать обращение #{id}? Член совета больше не будет на него отвечать.",
    ),
    "Request #{id} withdrawn.": (
        "#{id} nömrəli müraciət geri götürüldü.",
        "Обращение #{id} отозвано.",
    ),
    "This request is no longer open.": (
        "Bu müraciət artıq açıq deyil.",
        "Это обращение уже не открыто.",
    ),
    "This request is no longer open. Send /consult to ask again.": (
        "Bu müraciət artıq açıq deyil. Yenidən soruşmaq üçün /consult göndərin.",
        "Это обращение уже не открыто. Отправьте /consult, чтобы спросить снова.",
    ),
    "💬 <b>A Public Council member answers</b> (request #{id}):": (
        "💬 <b>İctimai Şuranın üzvü cavab verir</b> (müraciət #{id}):",
        "💬 <b>Отвечает член Общественного совета</b> (обращение #{id}):",
    ),
    "↩️ Reply": ("↩️ Cavab yaz", "↩️ Ответить"),
    "Write your reply to the council member (request #{id}):": (
        "Şura üzvünə cavabınızı yazın (müraciət #{id}):",
        "Напишите ответ члену совета (обращение #{id}):",
    ),
    "Please write the reply in at most {high} characters.": (
        "Cavabı ən çoxu {high} simvolla yazın.",
        "Напишите ответ не длиннее {high} символов.",
    ),
    "Sent to the council member.": ("Şura üzvünə göndərildi.", "Отправлено члену совета."),
    "A Public Council member has taken your request #{id}. The answer will come here.": (
        "İctimai Şuranın üzvü #{id} nömrəli müraciətinizi götürdü. Cavab buraya gələcək.",
        "Член Общественного совета взял ваше обращение #{id}. Ответ придёт сюда.",
    ),
    "Your request #{id} is closed. Thank you! If you need more help, send /consult.": (
        "#{id} nömrəli müraciətiniz bağlandı. Təşəkkür edirik! Əlavə köməyə ehtiyacınız olsa, /consult göndərin.",
        "Ваше обращение #{id} закрыто. Спасибо! Если нужна ещё помощь, отправьте /consult.",
    ),
    # The members' side.
    "🆕 A migrant asks:": ("🆕 Miqrant soruşur:", "🆕 Вопрос от мигранта:"),
    "🔁 Still waiting for a member:": (
        "🔁 Hələ də üzv gözləyir:",
        "🔁 Всё ещё ждёт члена совета:",
    ),
    "<b>Request #{id}</b> · {topic}": (
        "<b>Müraciət #{id}</b> · {topic}",
        "<b>Обращение #{id}</b> · {topic}",
    ),
    "From: {name}": ("Kimdən: {name}", "От: {name}"),
    "✋ Take": ("✋ Götür", "✋ Взять"),
    "Pass": ("Ötür", "Пропустить"),
    "✋ Take #{id}": ("✋ #{id} götür", "✋ Взять #{id}"),
    "✋ You took this request.": ("✋ Bu müraciəti siz götürdünüz.", "✋ Вы взяли это обращение."),
    "Press “Answer” and write: the person gets it from the bot, without your name. Close it when done.": (
        "«Cavab ver» düyməsini basıb yazın: şəxs onu adınız olmadan botdan alacaq. İş bitəndə müraciəti bağlayın.",
        "Нажмите «Ответить» и напишите: человек получит ответ от бота, без вашего имени. Закройте обращение, когда закончите.",
    ),
    "✍️ Answer": ("✍️ Cavab ver", "✍️ Ответить"),
    "✅ Close": ("✅ Bağla", "✅ Закрыть"),
    "Request #{id} was taken by {member}.": (
        "#{id} nömrəli müraciəti {member} götürdü.",
        "Обращение #{id} взял(а) {member}.",
    ),
    "You passed on request #{id}.": (
        "#{id} nömrəli müraciəti ötürdünüz.",
        "Вы пропустили обращение #{id}.",
    ),
    "Another member has already taken this request.": (
        "Bu müraciəti artıq başqa üzv götürüb.",
        "Это обращение уже взял другой член совета.",
    ),
    "You have already taken this request.": (
        "Bu müraciəti artıq siz götürmüsünüz.",
        "Вы уже взяли это обращение.",
    ),
    "The person withdrew this request.": (
        "Şəxs bu müraciəti geri götürüb.",
        "Человек отозвал это обращение.",
    ),
    "This request is already closed.": (
        "Bu müraciət artıq bağlanıb.",
        "Это обращение уже закрыто.",
    ),
    "Only the member who took this request can answer or close it.": (
        "Bu müraciətə yalnız onu götürən üzv cavab verə və ya onu bağlaya bilər.",
        "Ответить на обращение или закрыть его может только взявший его член совета.",
    ),
    "This request no longer exists.": ("Bu müraciət artıq yoxdur.", "Этого обращения больше нет."),
    "Cancelled.": ("Ləğv edildi.", "Отменено."),
    "Write your answer to request #{id} in one message. The person gets it from the bot, without your name.": (
        "#{id} nömrəli müraciətə cavabınızı bir mesajla yazın. Şəxs onu adınız olmadan botdan alacaq.",
        "Напишите ответ на обращение #{id} одним сообщением. Человек получит его от бота, без вашего имени.",
    ),
    "Please write the answer in at most {high} characters.": (
        "Cavabı ən çoxu {high} simvolla yazın.",
        "Напишите ответ не длиннее {high} символов.",
    ),
    "Sent to the person (request #{id}).": (
        "Şəxsə göndərildi (müraciət #{id}).",
        "Отправлено человеку (обращение #{id}).",
    ),
    "↩️ <b>{name}</b> replies (request #{id}):": (
        "↩️ <b>{name}</b> cavab yazır (müraciət #{id}):",
        "↩️ <b>{name}</b> отвечает (обращение #{id}):",
    ),
    "Request #{id} was withdrawn by the person.": (
        "#{id} nömrəli müraciət şəxs tərəfindən geri götürüldü.",
        "Обращение #{id} отозвано человеком.",
    ),
    "since {date}": ("{date} tarixindən", "с {date}"),
    # Closing.
    "Closing #{id}": ("#{id} bağlanır", "Закрытие #{id}"),
    "Citizenship of the person? Tap, or type the country's name.": (
        "Şəxsin vətəndaşlığı? Seçin və ya ölkənin adını yazın.",
        "Гражданство человека? Выберите или напишите название страны.",
    ),
    "Topics (several allowed), then “Next”:": (
        "Mövzular (bir neçəsini seçmək olar), sonra «Davam»:",
        "Темы (можно несколько), затем «Далее»:",
    ),
    "Is your answer useful for everyone? It would go to the admins as a proposal for the bot's answers (without the person's name).": (
        "Cavabınız hamı üçün faydalıdırmı? O, botun cavabları üçün təklif kimi adminlərə gedəcək (şəxsin adı olmadan).",
        "Полезен ли ваш ответ всем? Он уйдёт администраторам как предложение для ответов бота (без имени человека).",
    ),
    "💡 Yes, propose it": ("💡 Bəli, təklif et", "💡 Да, предложить"),
    "No, close": ("Xeyr, bağla", "Нет, закрыть"),
    "Request #{id} through the bot": (
        "Botla gələn #{id} nömrəli müraciət",
        "Обращение #{id} через бота",
    ),
    "Closed request #{id}; logged as consultation #{number}.": (
        "#{id} nömrəli müraciət bağlandı; #{number} nömrəli məsləhət kimi qeydə alındı.",
        "Обращение #{id} закрыто; записано как консультация #{number}.",
    ),
    "Your answer went to the admins as a proposal. Thank you!": (
        "Cavabınız təklif kimi adminlərə göndərildi. Təşəkkür edirik!",
        "Ваш ответ отправлен администраторам как предложение. Спасибо!",
    ),
    # Admins' review of proposals.
    "💡 <b>Proposed by a council member</b> · {topic} · [{lang}]": (
        "💡 <b>Şura üzvünün təklifi</b> · {topic} · [{lang}]",
        "💡 <b>Предложение члена совета</b> · {topic} · [{lang}]",
    ),
    "Question: {text}": ("Sual: {text}", "Вопрос: {text}"),
    "Answer: {text}": ("Cavab: {text}", "Ответ: {text}"),
    "Write the answer in your own words, from the member's answer and an official source; their texts are offered at the matching steps.": (
        "Cavabı üzvün cavabı və rəsmi mənbə əsasında öz sözlərinizlə yazın; onların mətnləri uyğun addımlarda təklif olunur.",
        "Напишите ответ своими словами — по ответу члена совета и официальному источнику; их тексты будут предложены на нужных шагах.",
    ),
    "Suggested: {text}": ("Təklif: {text}", "Предложено: {text}"),
    "✅ Use the suggestion": ("✅ Təklifi götür", "✅ Взять предложенное"),
    # Admins: members' working groups.
    "Usage: <code>/groups TELEGRAM_ID 2,12</code> (working group numbers from 1 to {last}; none to clear).": (
        "İstifadə: <code>/groups TELEGRAM_ID 2,12</code> (1-dən {last}-dək işçi qrupların nömrələri; təmizləmək üçün heç nə yazmayın).",
        "Как использовать: <code>/groups TELEGRAM_ID 2,12</code> (номера рабочих групп от 1 до {last}; без номеров — очистить).",
    ),
    "Done: {id} now gets requests of working groups {groups}.": (
        "Hazırdır: {id} indi {groups} işçi qruplarının müraciətlərini alır.",
        "Готово: {id} теперь получает обращения рабочих групп {groups}.",
    ),
    # Privacy.
    "• If you ask a council member (/consult): your Telegram name, your question and the messages exchanged, to relay them; your chat is kept only until the request is closed.": (
        "• Şura üzvünə sual versəniz (/consult): Telegram adınız, sualınız və yazışma — onları ötürmək üçün; çatınız yalnız müraciət bağlanana qədər saxlanılır.",
        "• Если вы спрашиваете члена совета (/consult): ваше имя в Telegram, вопрос и переписка — чтобы их передавать; ваш чат хранится только до закрытия обращения.",
    ),
}

CONSULT_PLURALS: dict[tuple[str, str], tuple[tuple[str, ...], tuple[str, ...]]] = {
    (
        "{count} answer proposed by council members:",
        "{count} answers proposed by council members:",
    ): (
        (
            "Şura üzvlərinin təklif etdiyi {count} cavab:",
            "Şura üzvlərinin təklif etdiyi {count} cavab:",
        ),
        (
            "{count} ответ, предложенный членами совета:",
            "{count} ответа, предложенных членами совета:",
            "{count} ответов, предложенных членами совета:",
        ),
    ),
    ("<b>{count} request waits for a member:</b>", "<b>{count} requests wait for a member:</b>"): (
        ("<b>{count} müraciət üzv gözləyir:</b>", "<b>{count} müraciət üzv gözləyir:</b>"),
        (
            "<b>{count} обращение ждёт члена совета:</b>",
            "<b>{count} обращения ждут члена совета:</b>",
            "<b>{count} обращений ждут члена совета:</b>",
        ),
    ),
}
