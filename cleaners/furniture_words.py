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
    am pm gmt utc et est edt pt pst pdt bst cet cest ist uhr
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

# Months and weekdays: the words of a date stamp ("Published Tue 12 Nov 2019").
CALENDAR_WORDS: frozenset[str] = _words(
    """
    mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday
    lunes martes miércoles jueves viernes sábado domingo segunda terça quarta quinta sexta
    lundi mardi mercredi jeudi vendredi samedi dimanche montag dienstag mittwoch donnerstag freitag samstag
    sonntag lunedì martedì mercoledì giovedì venerdì sabato domenica maandag dinsdag woensdag donderdag vrijdag
    zaterdag zondag senin selasa rabu kamis jumat sabtu minggu
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
