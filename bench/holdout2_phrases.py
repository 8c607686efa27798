"""Second held-out set, written from knowledge of real news sites (not from the repository's vocabulary).

FURNITURE: page-furniture lines that should be removed.
ARTICLE_LINES: legitimate short article lines that must be kept.
NON_ENGLISH: the lines (of either list) that are not English.
"""

FURNITURE_EN = [
    # sharing / following
    "Share this article",
    "Share on Facebook",
    "Share on X (opens in new window)",
    "Copy link",
    "Email this story to a friend",
    "Follow Reuters on LinkedIn",
    "Follow us on Instagram @nbcnews",
    "Enable notifications",
    # newsletter / app / podcast plugs
    "Sign up for our Morning Briefing newsletter",
    "Get the best of the Post delivered to your inbox every weekday.",
    "Download the NBC News app for breaking news alerts",
    "Listen to this article · 6 min",
    "Subscribe to The Daily on Apple Podcasts or Spotify",
    "Sign up for the Breaking News newsletter: get alerts straight to your inbox.",
    # paywall / registration
    "You have 3 free articles remaining this month.",
    "Already a subscriber? Log in",
    "Subscribe now for just $1 a week",
    "Create a free account to continue reading",
    "This article is for subscribers only.",
    "Unlock unlimited access for $4.99 a month",
    # credits
    "Photograph: Dan Kitwood/Getty Images",
    "(AP Photo/Evan Vucci)",
    "Image credit: NASA/JPL-Caltech",
    "Video: Sky News",
    "Graphic: Financial Times research",
    "Illustration by Sarah Chen for The Atlantic",
    "Photo courtesy of the Denver Police Department",
    # bylines / date stamps
    "By Maria Lopez, Staff Writer",
    "By JOHN SMITH Associated Press",
    "Reporting by Tom Hals; editing by Lisa Shumaker",
    "Published 7:42 AM ET, Tue March 5, 2024",
    "Updated 14 minutes ago",
    "Last modified on Wed 12 Jun 2024 18.03 BST",
    "March 3, 2024 at 6:15 p.m. EST",
    "Posted: 11/02/2023 | Updated: 11/03/2023",
    "2 hours ago",
    # reading time
    "4 min read",
    "Reading time: 7 minutes",
    # ads / sponsored
    "Advertisement",
    "Story continues below advertisement",
    "Sponsored content",
    "Paid post by Goldman Sachs",
    "ADVERTISING",
    "We may earn a commission when you buy through links on our site.",
    # comments
    "142 comments",
    "Join the conversation",
    "Comments are closed for this article.",
    "Be the first to comment",
    "Loading comments...",
    # related / recommended
    "Related: Inflation eases for third straight month",
    "Recommended for you",
    "More from Business",
    "Read more: Why mortgage rates are falling",
    "Most popular",
    "You might also like",
    "Watch: Firefighters battle blaze in downtown warehouse",
    # navigation leftovers
    "Skip to main content",
    "Back to top",
    "Home > News > Local",
    "Next article",
    "Print this page",
    "Tags: budget, city council, taxes",
    "Filed under: Politics",
    # copyright / legal / syndication
    "© 2024 The Associated Press. All rights reserved.",
    "This material may not be published, broadcast, rewritten or redistributed.",
    "Copyright © 2023 Hearst Communications, Inc.",
    "Terms of Use | Privacy Policy | Cookie Settings",
    "This story originally appeared on The Conversation.",
    "Have a news tip? Email tips@chicagotribune.com",
    # corrections
    "Correction: An earlier version of this story misstated the mayor's age.",
    "This article was amended on 4 April 2024 to correct a date.",
    "Editor's note: This story has been updated with new information.",
    # live blog
    "Refresh for updates",
    "Key events",
    "Show key events only",
    "Pinned post",
    "Live updates",
    # galleries / captions
    "1 of 12",
    "Image 3/8",
    "Expand gallery",
    "View 24 photos",
    "Show caption",
    "Hide caption",
]

FURNITURE_XX = [
    # Spanish
    "Compartir en WhatsApp",
    "Suscríbete a nuestro boletín diario",
    "Foto: EFE/Juan Carlos Hidalgo",
    "Actualizado: 12/03/2024 09:47 h",
    "Te puede interesar",
    "Comentarios (23)",
    # Portuguese
    "Compartilhe esta notícia",
    "Assine a newsletter do g1",
    "Foto: Reprodução/Instagram",
    "Atualizado há 2 horas",
    "Leia também: Governo anuncia novo pacote fiscal",
    "Continua após a publicidade",
    # French
    "Partager sur Facebook",
    "Abonnez-vous à notre newsletter",
    "Cet article est réservé aux abonnés.",
    "Publié le 14 mars 2024 à 08h32, mis à jour à 10h15",
    "Lire aussi : La réforme des retraites adoptée",
    "Temps de lecture : 3 min.",
    "Publicité",
    # German
    "Artikel teilen",
    "Folgen Sie uns auf Twitter",
    "Foto: dpa/Michael Kappeler",
    "Stand: 14.03.2024, 08:15 Uhr",
    "Lesezeit: 5 Min.",
    "Anzeige",
    "Mehr zum Thema",
    "Jetzt weiterlesen mit SZ Plus",
    # Italian
    "Condividi su Facebook",
    "Iscriviti alla newsletter",
    "Foto Ansa",
    "Aggiornato alle 11:42",
    "Leggi anche: Manovra, via libera del Senato",
    "Riproduzione riservata ©",
    # Dutch
    "Deel dit artikel",
    "Meld je aan voor onze nieuwsbrief",
    "Foto: ANP/Robin van Lonkhuijsen",
    "Lees ook: Kabinet wil minder arbeidsmigratie",
    "Advertentie",
    "Leestijd 3 minuten",
    # Indonesian
    "Bagikan artikel ini",
    "Baca juga: Harga beras naik jelang Ramadan",
    "Foto: ANTARA/Aprillio Akbar",
    "Editor: Budi Santoso",
    "Simak berita lainnya di Google News",
    "Kamis, 14 Maret 2024 10:15 WIB",
    # Polish
    "Udostępnij na Facebooku",
    "Czytaj także: Sejm przyjął ustawę budżetową",
    "Fot. PAP/Paweł Supernak",
    "Zapisz się do newslettera",
    "Reklama",
    "Aktualizacja: 14.03.2024 09:12",
    # Turkish
    "Haberi paylaş",
    "İlgili haberler",
    "Fotoğraf: AA",
    "Güncelleme: 14.03.2024 10:25",
    "Bizi Google Haberler'den takip edin",
    "Yorum yaz",
    # Swedish
    "Dela artikeln",
    "Läs också: Riksbanken sänker räntan",
    "Foto: TT/Fredrik Sandberg",
    "Publicerad 14 mars 2024 kl. 08.15",
    "Annons",
    "Prenumerera på vårt nyhetsbrev",
    # Romanian
    "Distribuie pe Facebook",
    "Citește și: Guvernul a aprobat bugetul pe 2024",
    "Foto: Inquam Photos/Octav Ganea",
    "Abonează-te la newsletter",
    "Publicitate",
    "Urmărește-ne pe Google News",
]

ARTICLE_EN = [
    # furniture-like words in real sentences
    "Comments from the minister drew criticism.",
    "The app was downloaded 2 million times.",
    "Subscribers rose 12% in the quarter.",
    "She shared the photo on Instagram.",
    "Advertising revenue fell 8% last year.",
    "The company's sponsored posts drew an FTC warning.",
    "He followed the team for 20 years.",
    "The photographer was detained for six hours.",
    "Copyright law was not designed for AI.",
    "The court ruled the correction was insufficient.",
    "Her podcast reaches 3 million listeners a week.",
    "Registration for the marathon closes Friday.",
    "The share price fell 4% on Monday.",
    "Log-in problems affected 40,000 customers.",
    "The video was viewed 10 million times.",
    "Related costs are expected to rise.",
    "Updates to the software will be free.",
    "The mayor declined to comment.",
    "Updated figures are due in May.",
    "The gallery reopens in June after a two-year renovation.",
    "Editors at the paper resigned in protest.",
    "The print edition will end in December.",
    "Subscriptions to the streaming service cost $9.99 a month.",
    "He signed up for the army at 17.",
    "Download speeds doubled after the upgrade.",
    "The ad campaign cost $4 million.",
    "Privacy advocates called the policy a step backwards.",
    "Photos of the crash circulated widely online.",
    "Reading levels have improved in 14 states.",
    "The report was published on Monday.",
    "The newsletter industry has grown rapidly.",
    "All rights to the film were sold to Netflix.",
    "Sign-ups for the programme doubled.",
    "The terms of the deal were not disclosed.",
    "Readers flooded the paper with letters.",
    "Next season, tickets will cost more.",
    # sub-headings
    "What happens next",
    "Why it matters",
    "A timeline of the crisis",
    "How we tested",
    "The full list of winners",
    # short sentences / quotes
    "The vote is expected on Thursday.",
    "\"We will not back down,\" she said.",
    "Police said no one was injured.",
    "Three people were arrested.",
    "\"It's a disgrace,\" one resident said.",
    "The menu changes every week.",
    "Turnout was 59.8%.",
    # product list items
    "Best for beginners: Kindle Paperwhite",
    "Battery life: up to 18 hours",
    "Price: $129",
    "Pros: Bright screen, long battery life",
    "Cons: No headphone jack",
    "Verdict: The best mid-range phone of the year",
    # sports list items
    "1. Manchester City, 71 points",
    "Goals: Haaland 23, Salah 18, Watkins 16",
    "Round 2: Alcaraz def. Zverev 6-3, 6-4",
    # election list items
    "Labour: 412 seats",
    "Conservatives: 121 seats",
    "Democrats: 48%",
    "Republicans: 46%",
    "Undecided: 6%",
]

ARTICLE_XX = [
    # Spanish
    "Los comentarios del ministro generaron polémica.",
    "La aplicación se descargó dos millones de veces.",
    "El Gobierno publicará los datos el lunes.",
    "\"No vamos a rendirnos\", dijo la alcaldesa.",
    # Portuguese
    "O número de assinantes cresceu 12% no trimestre.",
    "Ela compartilhou a foto nas redes sociais.",
    "A votação está marcada para quinta-feira.",
    # French
    "Les abonnés du journal ont augmenté de 10 %.",
    "La publicité représente 60 % des recettes.",
    "Le ministre a refusé de commenter.",
    # German
    "Die Anzeige wurde am Montag erstattet.",
    "Der Kommentar des Kanzlers sorgte für Empörung.",
    "Was jetzt passiert",
    "Bayern München: 61 Punkte",
    # Italian
    "Il video è stato visto da milioni di persone.",
    "La foto ha fatto il giro del web.",
    "Il sindaco non ha voluto commentare.",
    # Dutch
    "De app is twee miljoen keer gedownload.",
    "Het kabinet valt over de asielwet.",
    # Indonesian
    "Pelanggan listrik bertambah 5 persen tahun ini.",
    "Polisi menangkap tiga tersangka.",
    # Polish
    "Reklama piwa została zakazana przez sąd.",
    "Frekwencja wyniosła 74 procent.",
    # Turkish
    "Bakanın yorumları tepki çekti.",
    "Seçimde katılım yüzde 87 oldu.",
    # Swedish
    "Regeringen delade ut stödet i mars.",
    "Annonsintäkterna minskade med 8 procent.",
    # Romanian
    "Abonații au crescut cu 12% în trimestru.",
    "Fotografia a fost distribuită de mii de ori.",
]

FURNITURE = FURNITURE_EN + FURNITURE_XX
ARTICLE_LINES = ARTICLE_EN + ARTICLE_XX
NON_ENGLISH = frozenset(FURNITURE_XX) | frozenset(ARTICLE_XX)

assert len(set(FURNITURE)) == len(FURNITURE), "duplicate furniture line"
assert len(set(ARTICLE_LINES)) == len(ARTICLE_LINES), "duplicate article line"
assert not set(FURNITURE) & set(ARTICLE_LINES)
