"""Phrase lists for bench/stress_set.py: page furniture the dev cleaning set does not use, and short article lines.

BOILERPLATE is written independently of the dev set (none of these lines is a dev boilerplate line). It is
split alternately into BOILERPLATE_A (tune on it) and BOILERPLATE_B (report on it). ``{placeholders}`` are
filled by the generator from the FILL_* lists. SHORT_ARTICLE_LINES are legitimate article text (sub-headings,
short sentences and quotes) that a cleaner must keep.
"""
from __future__ import annotations

# English: sharing and apps, paywalls, photo credits, bylines and dates, advertising, newsletters, comments,
# reading time and audio, copyright, navigation. Then es, pt, fr, de, it, nl, id, pl, tr. The alternate split
# below gives A and B the same mix of kinds and languages.
BOILERPLATE: list[str] = [
    'Share this on WhatsApp', 'Share via Email', 'Copy link', 'Link copied to clipboard',
    'Send us a tip', 'Gift this article', 'Save article', 'Add to reading list', 'Get the {site} app',
    'Open in app', 'Download the {site} app for iOS and Android',
    'Turn on notifications to get breaking news alerts', 'Follow {site} on Google News',
    'Join our WhatsApp channel', 'Subscribe for unlimited access', 'Already a subscriber? Log in',
    'Become a member', 'Support independent journalism. Donate today.',
    'You have {n} free articles remaining this month', 'Photograph: {name}/{agency}',
    'Photo by {name} / {agency}', 'Image: {agency}', '(Photo: {name}/{agency})',
    'Credit: {name} for {site}', 'Illustration by {name}', 'File photo: {agency}', 'By {name} | {date}',
    'By {name}, {site} | Published {date}', 'Published {date} at {time}', 'Posted: {date} {time}',
    'First published on {date}', 'Last modified on {date}', '{name} · {date}',
    'Reporting by {name}; Editing by {name2}', 'Written by {name}',
    '{name} is a staff writer at {site}.', 'Advertisement - scroll to continue', 'Ad Feedback',
    'ADVERTISING', 'Article continues after this ad', 'The story continues below', 'Promoted Stories',
    'Paid Partner Content', 'Content from our partners',
    'Get our free morning briefing delivered to your inbox', 'Enter your email address', 'Sign me up',
    'By signing up, you agree to our Terms of Use and Privacy Policy', 'Thanks for subscribing!',
    'Want more stories like this? Sign up for {site} Daily', 'View {n} comments', 'Comments ({n})',
    'Join the discussion', 'Show comments', 'Be the first to comment', '{min} min read',
    'Reading time: {min} minutes', 'Listen to this article', 'Listen · {min}:{ss} min',
    '© {year} {site}', '(c) Copyright {year} {agency}. Not for redistribution.',
    'This material may not be published, broadcast, rewritten or redistributed.',
    'Copyright {year} {agency}. Reproduction prohibited.', 'Tags: {tag}, {tag2}', 'Filed under: {tag}',
    'Report an error', "Editor's picks", "Don't miss", 'Sponsored links by Taboola', 'Jump to comments',
    'Next article', 'Show more', 'Open image in gallery', 'Click to enlarge',
    'Have a story idea? Email us at tips@{domain}',
    # other languages
    'Compartir en WhatsApp', 'Compartilhe esta notícia', "Partager l'article", 'Artikel teilen',
    'Condividi su WhatsApp', 'Deel dit artikel', 'Bagikan artikel ini', 'Udostępnij', 'Paylaş',
    'Suscríbete a nuestro boletín', 'Assine nossa newsletter', 'Abonnez-vous à notre newsletter',
    'Jetzt abonnieren', 'Iscriviti alla newsletter', 'Simak berita lainnya di Google News',
    'Article réservé aux abonnés', 'Haberin devamı için tıklayın', 'Te puede interesar', 'Veja também',
    'Foto: {name} / EFE', 'Foto: {name}/Agência Brasil', 'Foto: dpa', 'Foto di {name} / Ansa',
    'Fotografia: {agency}', 'Zdjęcie: {name} / PAP', 'Leia também', 'Publié le {date_fr}',
    'Lesezeit: {min} Minuten', 'Temps de lecture : {min} min', 'Lectura de {min} minutos',
    'Diterbitkan {date}', 'Veröffentlicht am {date_de}', 'Lire aussi', 'Mehr zum Thema', 'Leggi anche',
    'Lees ook', 'Baca juga:', 'Czytaj także', 'İlginizi çekebilir', 'Publicidad', 'Anzeige',
    'Pubblicità', 'Advertentie', 'Reklama', 'Reklam', 'Riproduzione riservata ©',
    'Todos los derechos reservados © {year}', 'Alle Rechte vorbehalten.', 'Commentaires ({n})',
    'Lees meer over {tag}', 'Ouvir notícia', 'Artikel anhören', 'Écouter cet article',
    'Dengarkan artikel ini', 'Yorum yap', 'Tempo di lettura: {min} minuti',
]
BOILERPLATE_A: list[str] = BOILERPLATE[0::2]
BOILERPLATE_B: list[str] = BOILERPLATE[1::2]

FILL_NAMES = ["Jane Doe", "Marta Ruiz", "Tom Okafor", "Lena Vogt", "Priya Nair", "Ahmed Saleh", "Chris Wong",
              "Ana Souza", "Pierre Martin", "Kasia Nowak"]
FILL_AGENCIES = ["Reuters", "AFP via Getty Images", "AP", "EPA-EFE", "Bloomberg", "Shutterstock", "Anadolu",
                 "Xinhua", "dpa", "Alamy"]
FILL_SITES = ["The Morning Ledger", "Daily Courier", "Metro Herald", "CityWire", "Northern Post", "The Signal",
              "Harbor Times", "Valley News", "Capital Report", "Observer Now"]
FILL_TAGS = ["Politics", "Economy", "World", "Technology", "Climate", "Health", "Elections", "Business"]
FILL_DATES = ["March 3, 2024", "14 November 2019", "2024-02-11", "Tue 12 Nov 2019", "Jan. 8, 2024", "11/21/2019"]
FILL_TIMES = ["6:02 a.m. ET", "09:41", "14.05 GMT", "11:30 PM EST", "7:15 p.m.", "16h20"]
FILL_DATES_FR = ["12 novembre 2019 à 14h05", "3 mars 2024 à 09h12", "28 janvier 2024 à 18h40"]
FILL_DATES_DE = ["12.11.2019, 14:05 Uhr", "03.03.2024, 09:12 Uhr", "28.01.2024, 18:40 Uhr"]

SHORT_ARTICLE_LINES: list[str] = [
    "What happens next", "The numbers", "Why it matters", "What we know so far", "A long road ahead",
    "Photo opportunities were rare.", "\u201cWe are not done yet,\u201d she said.", "Nobody was hurt.",
    "The vote was 52 to 48.", "Then the rain came.", "It did not last.", "\u201cIt\u2019s a disgrace,\u201d he said.",
    "Police declined to comment.", "The reaction", "How we got here", "The bigger picture", "Who is affected?",
    "What the experts say", "A turning point", "The cost of living", "Neither side blinked.", "The answer was no.",
    "\u201cAbsolutely not.\u201d", "That changed in March.", "Not everyone agrees.", "The market shrugged.",
    "Prices have since doubled.", "Questions remain.", "Here is how it works.", "The first test came quickly.",
    "Inside the deal", "Early warnings", "\u201cI was terrified,\u201d she recalled.", "The mood was sombre.",
    "The rest is history.", "Sales fell 3% in the quarter.", "The talks collapsed on Friday.", "Lessons learned",
    "Local reaction", "What remains unclear",
]
