"""The vocabulary of page furniture, by kind and in several languages (en, es, pt, fr, de, it, nl, id, pl, tr, sv, ro).

Words, not phrases: the ``boilerplate`` stage judges a short line by the share
of its words that name furniture, so an unseen phrasing of known furniture
("Deel dit artikel", "Get the app for Android") is caught by its words.
"""
from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


FURNITURE_WORDS: frozenset[str] = _words(
    # sharing
    """
    share shares shared sharing tweet tweets retweet email e-mail print facebook twitter x whatsapp linkedin
    pinterest reddit telegram instagram youtube tiktok flipboard messenger threads bluesky rss copy copied link
    clipboard compartir comparte compartilhe compartilhar partager partagez teilen teile condividi condividere
    deel delen bagikan udostępnij podziel paylaş paylas dela distribuie distribuiți
    """
    # subscribing, membership, apps, alerts
    """
    subscribe subscribed subscription subscriptions subscriber subscribers subscribing newsletter newsletters
    sign signup login log register alerts alert notifications notification follow followers like likes
    member members membership unlimited access paywall premium ad-free exclusive offer account
    app apps ios android install download play store inbox briefing
    suscríbete suscribirse suscripción suscriptores boletín assine assinante assinantes inscreva boletim
    abonnez abonnement abonnés abonnés abonnieren abonniere iscriviti abbonati abbonamento abonneer nieuwsbrief
    langganan berlangganan subskrybuj zapisz newslettera prenumeruj prenumerata abone bülten bültenimize
    prenumerera prenumeration nyhetsbrev abonează abonați abonament abonare unlock
    síguenos siga seguici suivez folgen volg ikuti obserwuj śledź takip följ urmărește urmăriți
    free gratis kostenlos kostenlosen gratuit gratuite gratuito gratuita gratuitamente
    digest bulletin weekly daily readers enter address receive confirm verify signing registered
    inscrivez inscription inscris inscribete inscríbete regístrate registrati iscrizione anmelden registrieren
    aanmelden inschrijven cadastre-se cadastre lettre information quotidienne hebdomadaire settimanale
    quotidiana semanal diario diaria
    download downloads descarga descargar descarga baixe baixar herunterladen télécharger téléchargez scarica
    scaricare downloaden
    support supporter supporters contribute contribution contributions independent become
    sostieni sostienici unterstützen unterstütze soutenez soutenir apoya apoye apoie hazte socio socios
    abonado abonados mitglied mitglieder adhérent adhérez steun word lid
    remaining receba receive celular
        """
    # reading on, related and recommended stories, navigation
    """
    read reading continue continues full story stories article articles related recommended popular
    trending latest top news headlines more most also see view watch video videos listen audio podcast
    podcasts available episode episodes
    back skip main menu navigation search home page next previous prev section sections jump
    save saved bookmark bookmarks gift show hide expand collapse load loading close open opens window tab
    scroll keep later author authors bio biography profile size font
    également ebenfalls inoltre
        click tap here enlarge fullscreen gallery galleries slideshow picks pick suggested topics tags tag filed
    don't miss must editor's editors
    leer lee leia leggi lire lesen lees más mais anche aussi auch ook juga także meer mehr weiterlesen suite
    seguir leyendo lendo saiba continua leggere veja vedi zie siehe baca czytaj simak lainnya devamı tıklayın
    zobacz więcej również oku selengkapnya zurück oben läs också citește și
    live updates refresh pinned
    relacionado relacionados relacionadas relacionada correlati correlate liés similaires verwandte weitere
    ilgili relaterat relaterade legate
    thema themen tema
    noticia notícia notizia noticias notícias notizie actualités nachrichten nieuws berita wiadomości
    haber haberler haberin haberi nyheter știri știre
    artículos artigos articoli artikel artikelen artikeln articol articolul
    interesar interessar ilginizi çekebilir
    """
    # listening and reading time
    """
    now seconds min mins minutes minute hour hours hrs day days week weeks
    lettura lectura lecture leitura lesezeit leestijd okuma czytania minuti minutos
    minuten menit dakika
    anhören escuchar écouter ouvir ascolta ascoltare luister dengarkan dinle posłuchaj
    """
    # media and credits
    """
    photo photos photograph photographs picture pictures image images caption credit credits illustration
    illustrations graphic graphics
    foto fotos fotografia fotografía zdjęcie zdjęcia bild imagen imagem immagine vídeo vídeos crédito credito
    crédit quelle fuente fonte fot fotoğraf
    getty afp reuters ap epa shutterstock istock associated press file dpa ansa efe pap anadolu xinhua alamy
    bloomberg agência agencia agence agentur
    """
    # bylines, dates, updates
    """
    written reporting editing edited contributed additional staff
    updated update posted published modified ago today yesterday
    publicado actualizado atualizado aggiornato pubblicato publié mis jour aktualisiert veröffentlicht
    gepubliceerd bijgewerkt diterbitkan diperbarui dipublikasikan opublikowano zaktualizowano aktualizacja
    yayınlanma yayınlandı güncelleme güncellendi publicerad uppdaterad publicat actualizat
    """
    # advertising and sponsored content
    """
    advertisement advertisements advertising ad ads sponsored sponsor partner partners promoted paid feedback
    content taboola outbrain partnership
    publicidad publicidade pubblicità publicité werbung anzeige reklame advertentie iklan reklama reklam annons
    publicitate
    anuncio anuncios annuncio annunci annonce annonces gesponsert patrocinado sponsorizzato
    """
    # comments and reader contact
    """
    comment comments commenting reply replies leave join discussion conversation report error tip tips send
    discussing discuss closed guidelines useful helpful
        thanks thank
    comentarios comentários comentar commenti commentaires commenter kommentare kommentieren reacties
    komentar komentarze komentarz skomentuj yorum yorumlar yap yaz kommentarer kommentera comentarii comentează
    """
    # legal lines, cookies, support
    """
    copyright rights reserved material broadcast rewritten redistributed redistribution reproduction
    reproduced prohibited permission
    derechos reservados direitos droits réservé réservée réservés riproduzione riservata vorbehalten rechte hak cipta
    dilindungi zastrzeżone prawa
    cookie cookies privacy policy terms service accept consent settings preferences manage contact browser
    accepter accepte acceptez aceptar acepto akzeptieren accetta accetto aceitar continuer continuar
        javascript
    donate donation donations journalism media source
    periodismo giornalismo journalisme journalismus jornalismo journalistiek
    """
)

# Words that hold a furniture line together without naming furniture.
GLUE_WORDS: frozenset[str] = _words(
    """
    the a an to on in of for with by at from and or this that these our us you your we me my it is are be
    all any other new below above up out via here's it's get by under per into just first last a.m p.m
    about down never want month months year its use apply wherever please
    y el la los las de del en a al por para con nuestro nuestra también esta este su
    o os as do da dos das em no na um uma nosso nossa também esta este
    il lo i gli le di del della in su per con il nostro nostra alla al questo questa
    le la les de du des en sur pour avec notre nos vous à aux cet cette ce et
    der die das den dem des ein eine zu zum zur im am auf für mit uns sie unser unsere jetzt diesen
    het een van op voor met ons onze dit over uit
    di ini dan untuk ke
    w na i z do ten
    bu ve için bizi edin ol
    och på vår våra vårt till av om pe la și pentru cu noastră nostru ne
    """
)

# Words of someone telling a story (third persons, past tenses of "be", "have", "say"): page
# furniture speaks to the reader ("you", "us") in the imperative, an article tells what happened.
NARRATIVE_WORDS: frozenset[str] = _words(
    """
    he she they his her their him them was were had said says told
    él ella ellos dijo fue era ele ela eles disse foi il elle ils elles a dit était er sie war waren sagte
    lui lei disse era hij zij was waren zei dia mereka kata on ona był była powiedział o dedi
    """
)

# Months, weekdays and time zones: the words of a date stamp ("Published Tue 12 Nov 2019", "3:45 PM ET").
# They hold a stamp together but name no furniture: "EST 50 8,412.36" is a table row.
TIME_ZONES: frozenset[str] = _words("gmt utc et est edt pt pst pdt bst cet cest ist uhr")
CALENDAR_WORDS: frozenset[str] = TIME_ZONES | _words(
    """
    mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday
    lunes martes miércoles jueves viernes sábado domingo segunda terça quarta quinta sexta
    lundi mardi mercredi jeudi vendredi samedi dimanche montag dienstag mittwoch donnerstag freitag samstag
    sonntag lunedì martedì mercoledì giovedì venerdì sabato domenica maandag dinsdag woensdag donderdag vrijdag
    zaterdag zondag senin selasa rabu kamis jumat sabtu minggu
    am pm
    jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august
    september october november december
    enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
    janeiro fevereiro março maio junho julho setembro outubro novembro dezembro
    janvier février mars avril mai juin juillet août septembre octobre novembre décembre
    januar februar märz juni juli oktober dezember
    gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre
    januari februari maart mei augustus
    """
)


# A broader vocabulary by kind, in the same languages, written from knowledge of news sites without
# seeing any test set; words that also make article lines ("artículo 155", "de plus en plus",
# "Disclaimer", "This is a developing story") were left out.
_BROADER_FURNITURE: frozenset[str] = _words(
    # accounts, newsletters, paywalls
    """
    abbonarti abbonato abmelden abo abonnee abonnees abonnent abonnenten abonnentin abonner abonné abonnée
    abos accedi acceso acesso anmeldung anytime assinar assinatura autentificare bezpłatny boletines
    briefings buletin cadastro captcha cerrar connecter connexion cont contenido contenidos contenuti
    contenuto conteúdo conteúdos contraseña daftar débloquer einloggen enable enabled entrar esclusivo
    esqueci exclusiva exclusivo freischalten gifted giriş grátis identifiez ilimitado infolettre iniciar
    inloggen iscriverti konto logga logged logout masuk nieuwsbrieven notified notify offert olvidaste
    password passwort paywalled postfach prenumerant recaptcha recevez recevoir registrazione registreer
    registrera registreren regístrese resubscribe riservato s'abonner s'identifier s'inscrire schliessen
    senha sesión signin subskrypcja subskrypcję suscribirte suscripciones suscriptor suscriptora suscríbase
    unlocked unsubscribe unsubscribed username wachtwoord zaloguj zarejestruj zugang ücretsiz üye üyelik
    """
    # advertising, sponsored and partner content
    """
    adblock adblocker advert advertenties advertiser advertorial adverts affiliate allowlist anúncio
    bersponsor blocker contenu disable gesponsord gesponsorde içerik konten materiał oferecido parceria
    partenaire partenaires partnera partnerbijdrage patrocinada patrocinio powered promo promocionado
    promotional proposé publireportage sponsorisé sponsorizat sponsorizzata sponsorizzati sponsorlu
    sponsorowany sponsrad werbefrei whitelist
    """
    # apps and alerts
    """
    activa activează alertas alertes aplicación aplicativo aplicația aplikacja aplikację aplikasi appen
    appli attiva benachrichtigungen bildirim bildirimleri descarcă indir ladda meldingen notificaciones
    notificações notifiche notificări notificările notifikasi notiser pobierz powiadomienia unduh uygulama
    uygulamayı widget
    """
    # bylines, dates, reading time
    """
    aangepast actualización actualizada actualizare aedt aest agences agencias agenturen aggiornamento
    aggiornata agências atualizada atualização autor autorin brt cdt citire contributor contributors cst dk
    editör eest eet estimated geleden godz godzin godziny godzinę güncellenme heure heures hkt hora horas
    jam jst kst lesedauer lästid mdt mesz mez minut minuter minuto minuty minutę mnt modifié msk mst
    newsdesk nzdt nzst ore pembaruan penulis pubblicata publiée redacción redactie redaktion redazione
    redação reviewed rédaction sgt std stunde stunden süresi terbit timmar timme uur wib wita yazar
    """
    # comments and feedback
    """
    adaugă comenta comentario comentariu comente comentário commenta commentaire commenters commento deixe
    dislike dodaj kirim kommentar laisser laissez lascia leserkommentare melden odpowiedz reactie reageer
    reageren responder rispondi réagir réagissez répondre tulis typo upvoted
    """
    # donations and membership
    """
    bağış contribua destek doação dona donación donar donasi donating donează doneer donors dukung patreon
    spende spenden susține wesprzyj
    """
    # following
    """
    acompanhe connect segui sigue unfollow volgen
    """
    # legal lines, cookies, settings
    """
    ablehnen acceptera accepteren acceptă aceito advertise agb ajustes akceptuję condiciones conditions
    confidentialité configuración configurar configurações cookiebeleid customise customize datenschutz
    datenschutzerklärung diritti dismiss drepturile einstellungen einwilligung förbehållna gestisci gizlilik
    godkänn générales hakları impostazioni impressum imprint informativa instellingen inställningar kakor
    kontakt licensing légales masthead mentions nutzungsbedingungen paramètres paramétrer personalise
    personalize personnaliser preferencias preferenze preferências privacidad privacidade privacybeleid
    prywatności rechazar refuser reject rejeitar reprint reprints rezervate rifiuta riservati rättigheter
    saklıdır setuju setări syndication terima termos términos ustawienia vendors verwalten voorbehouden
    voorwaarden weigeren zustimmen çerez çerezler
    """
    # media credits and captions
    """
    agencies agenzia agerpres ajans ajansı anp archiv archive archives archivio archivo arquivo beeld belga
    bildergalerie bilderstrecke bildspel bron cortesía courtesy ddp depositphotos dha diaporama divulgação
    dreamstime fotogallery fotostrecke galeri galeria galerie galería galleria grafik ians iha ilustración
    imago infografía infographic kaynak keystone källa lapresse legenda lightbox lusa mediafax newswires
    pexels pictured pixabay pti reprodução sipa sumber sursa sursă symbolbild tt unsplash upi yonhap źródło
    """
    # related and recommended stories, navigation
    """
    accueil anterior articole artykuł artykułu artykuły beitrag beiträge bekeken blog blogs bookmarked
    breadcrumb buscar citite commented discover dropdown emailed empfohlen explore fazla featured feeds fler
    footer föregående gelezen gerelateerd gerelateerde infos interessare intéresser lea letti leídas leído
    leídos lidas lidos lihat liveblog läst lästa manquez meest meistgelesen meistgelesene menú menü mira
    mise najnowsze najpopularniejsze następny nächster nästa okunan okunanlar pdf polecane popolari
    poprzedni populaires populares populer populärt popüler portada powiązane ratez recomandate recomendadas
    recomendados recomendamos recommandé recommandés rekomendasi scopri sebelumnya seguinte selanjutnya
    senaste sidebar siguiente sitemap sonraki startseite submenu successivo suivant swipe terbaru terkait
    terkini terpopuler terug ticker toggle topo torna translate updating următor vezi visti visto vistos
    volgend volgende voltar volver vorherige vorheriger vorig vorige zoeken önceki önerilen
    """
    # sharing, printing, saving, copying links
    """
    afdrukken bağlantı bağlantıyı bewaren clic clicca clique cliquez collegamento compartido compartilhado
    copia copiado copiar copiază copier correo courriel digg drucken embed enlace enregistrer enviar envoyer
    favoris gemerkt guardado guardar imprimer imprimir invia klicka klicken klik kliknij kopieer kopiera
    kopieren kopiuj kopiëren kopyala lien links linkul länk länken mail mailen mastodon merken opslaan
    partage partilhar partilhe paylaşın permalink printen repost reposts retweets salin salva salvar
    sauvegarder senden shortlink skopiuj sms snapchat speichern tautan trimite tumblr tıkla upvote upvotes
    url versenden viber vk wechat weibo xing
    """
    # video, audio, embeds
    """
    aktivieren anschauen ansehen assista autoplay bekijk beschikbaar disponibile disponible disponível
    embedded empfohlener external externe externer guarda indisponible indisponível inhalt inhalte inhoud
    izle lyssna mute narrated narration oglądaj ouça playback redaktioneller regarder third-party titta
    tonton unavailable unmute verfügbar vidéo vidéos vorlesen wideo zustimmung
    """
)

_BROADER_GLUE: frozenset[str] = _words(
    """
    acum aici alle anda ao aqui aquí boven cele daha dalej deja dernière dernières dla déjà e fa faça för h
    hace haz hier hs há här ici ihr ihre je kami kl laatst laatste lalu med mer mest minha mult naar nas ner
    neueste nous ora oss ostatnia par pas pela pelo più pode potrebbe pourrait puede savoir se sedan senast
    seu się son sua te temu terakhir też ti todo tout tu tutaj ultima ultime ultimo un una une uso você vos
    votre yang zuletzt às çok önce última últimas último
    """
)

# Months and weekdays in Polish, Turkish, Swedish, Romanian, and month abbreviations.
_BROADER_CALENDAR: frozenset[str] = _words(
    """
    abr agt aprilie aralık augusti avr ağustos cuma cumartesi czerwca czwartek decembrie desember dez dic
    duminică déc ekim ene eylül februarie fredag févr giu grudnia haziran ianuarie iulie iunie janv joi juil
    kasım kwietnia lipca listopada lug luni lutego lördag mag maj maja marca maret mart martie marți mayıs
    miercuri mrt mrz måndag niedziela nisan noiembrie ocak octombrie okt onsdag ott pazar pazartesi
    października perşembe piątek poniedziałek quarta-feira quinta-feira salı segunda-feira septembrie
    sexta-feira sierpnia sobota stycznia sâmbătă söndag temmuz terça-feira tisdag torsdag vineri września
    wtorek çarşamba środa şubat
    """
)

FURNITURE_WORDS = FURNITURE_WORDS | _BROADER_FURNITURE
GLUE_WORDS = GLUE_WORDS | _BROADER_GLUE
CALENDAR_WORDS = CALENDAR_WORDS | _BROADER_CALENDAR
