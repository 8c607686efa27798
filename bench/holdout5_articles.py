"""Original articles for the holdout5 cleaning set (bench/holdout5_set.py).

Every article here is invented for this benchmark: people, places, clubs,
companies and sites are fictional (hosts end in .example). Each entry is
ART(slug, host, lang, topic, text): the first line of ``text`` is the
headline, the rest are paragraphs separated by blank lines. ``topic`` only
documents the same-topic pairs; the generator finds the most similar article
by itself.
"""
from __future__ import annotations

ARTICLES: list[dict] = []


def ART(slug: str, host: str, lang: str, topic: str, text: str) -> None:
    lines = text.strip("\n").split("\n", 1)
    title = lines[0].strip()
    body = lines[1] if len(lines) > 1 else ""
    paras = [" ".join(p.split("\n")).strip() for p in body.split("\n\n")]
    paras = [p for p in paras if p]
    ARTICLES.append({"slug": slug, "host": host, "lang": lang, "topic": topic,
                     "title": title, "paragraphs": paras})


# --------------------------------------------------------------------------
# 1-2: the Velmar river flood (same-topic pair)
ART("velmar-flood-levee", "harborledger.example", "en", "velmar-flood", """
Velmar River tops levee in Ostrand, forcing 3,000 from homes overnight
OSTRAND — The Velmar River spilled over a 40-year-old earthen levee shortly after 2 a.m. on Tuesday, sending brown water through the town's east side and forcing roughly 3,000 residents to leave their homes in the dark, county officials said.

The river crested at 31.4 feet at the Ostrand gauge, nearly six feet above flood stage and just short of the record set in 1987, according to the regional weather office.

"We heard the sirens and then we heard the water," said Marisol Teague, 44, who carried her two children and a cat carrier to a neighbour's pickup truck. "By the time we got to the end of the street it was over the tires."

Emergency crews made 212 rescues by boat before dawn, Hollis County Sheriff Dwayne Okafor told reporters at a briefing held in the parking lot of the county fairground, which has been turned into a shelter.

No deaths had been reported as of Tuesday afternoon. Two firefighters were treated for hypothermia after their boat capsized near the Mill Street bridge.

The levee, built by the county in 1983, had been listed as "minimally acceptable" in a state inspection two years ago. Engineers had recommended raising a 900-foot stretch near the water treatment plant, but the $11 million project was never funded.

County Commissioner Bea Lindqvist said the board would "look hard at every decision that was made" but that the immediate priority was getting people to safety.

What we know so far

The breach is about 60 yards wide and is located just north of the Route 9 overpass.

Water reached the first floor of Ostrand Elementary and the public library. Both buildings will stay closed for the rest of the week.

The town's water treatment plant was shut down as a precaution, and residents still in their homes have been told to boil tap water until further notice.

Governor Elaine Fairbrook declared a state of emergency for Hollis and two neighbouring counties on Tuesday morning, clearing the way for National Guard trucks and state money.

Forecasters expect the river to stay above flood stage through at least Thursday. Another inch of rain is possible on Wednesday night.

"This is not over," said hydrologist Pete Varga. "A crest is a moment, not an ending. The water that is upstream right now still has to come through."

The American Red Cross said it had opened three shelters and was asking for volunteers, not clothing donations, which it said it could not sort quickly enough.

Residents looking for relatives can call the county's family reunification line at 555-0143.
""")

ART("velmar-flood-relief", "rivercountytimes.example", "en", "velmar-flood", """
After the Velmar flood, Ostrand's volunteers fill the gaps
The first thing Gus Ferreira did after the water went down on his block was haul his wet couch to the curb. The second thing he did was walk to the Lutheran church on Pine Street and ask what he could carry.

By Thursday, the church basement had become one of the busiest places in Ostrand. Volunteers sorted bleach, gloves, diapers and bottled water onto folding tables, while a retired nurse checked blood pressure in a corner that still smelled of river mud.

The flood that broke through the Velmar River levee on Tuesday damaged or destroyed an estimated 1,100 homes, according to a preliminary count by the Hollis County emergency management office. Officials said the number was likely to grow as inspectors reached streets that were still under water.

"Nobody told us to do this," said Pastor Ruth Adeyemi. "People just started showing up with trucks."

Mucking out

Much of the work now is the unglamorous job of "mucking out": pulling up carpet, cutting away drywall below the waterline and spraying what remains before mould sets in.

Teams of four or five move from house to house with shop vacuums and crowbars. A group of high school wrestlers finished seven basements on Wednesday alone, according to their coach.

State officials urged residents to photograph all damage before throwing anything away, because insurers and federal aid programmes will ask for proof.

Who pays?

Most homeowners in the flooded area do not carry flood insurance. Only 14 percent of households in the Ostrand ZIP code had a national flood policy last year, according to figures released by the state insurance department.

"People thought the levee meant they were out of the flood zone," said Diane Kowalczyk, a loan officer at Ostrand Savings. "On paper, some of them were."

Governor Elaine Fairbrook has asked for a federal disaster declaration, which would open up grants for uninsured homeowners. A decision could take weeks.

In the meantime, the Ostrand Community Foundation has raised $286,000 through an online fund, and local restaurants have pledged a share of their weekend sales.

At the fairground shelter, 140 people were still sleeping on cots on Thursday night. Among them was Leonard Pike, 79, who has lived on Canal Street since 1968.

"I stayed in '87 and I stayed this time until they made me go," he said. "I'll go back. Where else would I go?"
""")

# --------------------------------------------------------------------------
# 3-4: Port Calloway mayoral race (same-topic pair: news + opinion)
ART("calloway-mayor-debate", "baysidepost.example", "en", "calloway-mayor", """
Housing and the harbor dominate first Port Calloway mayoral debate
The three leading candidates for mayor of Port Calloway sparred over rents, the future of the old container terminal and the city's stretched police budget on Monday night in a debate that was civil for most of its 90 minutes, until it wasn't.

Councilwoman Ingrid Salcedo, the early front-runner, promised to build or preserve 6,000 affordable homes in four years, largely by rezoning industrial land along the harbor.

Businessman Tobias Wrenfield called the figure "a slogan, not a plan," and said he would cut permit waiting times in half before promising any number at all.

Former deputy police chief Marcus Ebuka, running as an independent, said neither of his rivals was being honest about the cost of the city's pension obligations.

The sharpest exchange came when moderator Ana Lutz asked about the 48-acre terminal site that the port authority wants to sell next year.

"Ms. Salcedo wants to put apartments on a site that still has diesel in the soil," Wrenfield said. "I want to know who is paying to clean it up, because it will not be her."

Salcedo responded that the cleanup money was already in the state budget and accused Wrenfield of "reading from a developer's talking points."

On policing, Ebuka said the department was 83 officers short and that response times for non-emergency calls had doubled since 2021. Both of the other candidates said they would fund a new recruiting class, but neither said how many officers.

WHAT THEY SAID ABOUT TAXES

Salcedo: no increase in the property tax rate in her first two years.

Wrenfield: a freeze on the business license fee and a review of every city contract over $1 million.

Ebuka: declined to rule anything out. "I'm not going to make a promise I'd break in February," he said.

A poll released last week by Calloway State University showed Salcedo at 34 percent, Wrenfield at 27 percent and Ebuka at 15 percent, with nearly a quarter of likely voters undecided.

The election is Nov. 4. If no candidate wins a majority, the top two will meet in a runoff in December.

Two more debates are planned, including one in Spanish hosted by Radio Bahía on Oct. 12.
""")

ART("calloway-mayor-column", "baysidepost.example", "en", "calloway-mayor", """
Opinion: Port Calloway's next mayor needs to talk about the harbor honestly
Every four years, Port Calloway's candidates for mayor discover the harbor. They stand in front of the cranes for a photo, they promise jobs or homes or parks, and then whoever wins spends the next four years discovering how little the mayor actually controls down there.

Monday's debate was no exception. Ingrid Salcedo wants apartments on the old container terminal. Tobias Wrenfield wants to know who pays for the cleanup. Marcus Ebuka wants to talk about pensions, which is fair, but is not an answer to the question.

Here is what none of them said: the port authority, not City Hall, owns the land. It answers to a board appointed by the governor. The city can rezone the site all it likes, but it cannot make the authority sell to anyone in particular, at any price.

That matters because the terminal is the biggest piece of empty waterfront the city will see in our lifetimes. Forty-eight acres, flat, next to a rail spur and a bus line. Whatever happens there will shape the east side for a century.

I have covered this city for 22 years. I have watched two mayors promise a waterfront park on that land. I have also watched the authority quietly lease it to a car-import company for storage, which is why you can see 4,000 identical sedans from the bridge every morning.

So, to the candidates, three questions.

First: will you ask the governor to give the city a seat on the port authority board, and what will you do if she says no?

Second: the state has set aside $38 million for soil cleanup. The engineers I have spoken to say the real cost could be twice that. Where does the rest come from?

Third: if apartments go up on the terminal, how many will be affordable to a dockworker? Not to a dockworker's manager. To a dockworker.

Salcedo's 6,000-home pledge is ambitious, and I am glad someone is being ambitious. But ambition that depends on land you do not control is a wish.

Wrenfield's skepticism is healthy, but skepticism is not a housing policy either. "Cut permit times in half" is a fine goal. It will not produce a single home on land nobody will sell.

Voters deserve better than photos in front of cranes. There are two debates left. Somebody should answer the questions.

Hal Petrossian is a columnist for the Bayside Post. Reach him at the newsroom.
""")

# --------------------------------------------------------------------------
# 5-6: Ashbury Rovers v Kelton Athletic (same-topic pair)
ART("ashbury-kelton-report", "touchlinedaily.example", "en", "ashbury-kelton", """
Ashbury Rovers 2-2 Kelton Athletic: Mbeki rescues point with stoppage-time header
Ashbury Rovers came from two goals down to snatch a 2-2 draw with Kelton Athletic at Fenwick Lane on Saturday, with substitute Themba Mbeki heading in the equaliser in the fourth minute of stoppage time.

Kelton, who started the day third in the table, looked comfortable for an hour after goals either side of half-time from Joel Hartigan and Luca Brenner.

Hartigan opened the scoring in the 27th minute, turning Rovers captain Sam Okonjo far too easily on the edge of the box and curling a low shot inside the far post.

Brenner doubled the lead three minutes after the restart, tapping in from two yards after goalkeeper Piet de Wolf could only parry Ryan Castellano's drive.

Rovers manager Gwen Harlow made a triple substitution on 62 minutes and the game changed almost immediately.

Dani Orellana pulled one back in the 71st minute with a volley from the edge of the area that went in off the underside of the bar, and Rovers pinned Kelton back for the final 20 minutes.

Kelton thought they had survived when referee Alan Shute waved away a penalty appeal for handball in the 89th minute. But with the final whistle seconds away, Orellana swung in a corner and Mbeki, on the pitch for barely 25 minutes, rose above two defenders to nod in.

"You can't coach that, that's just desire," Harlow said afterwards. "At 2-0 I thought we were gone. The players didn't."

Kelton boss Stefan Aalders was furious about the handball decision. "I've seen it five times now. His arm is up here," he said, raising his hand above his shoulder. "Everybody in the ground saw it except one man."

The draw leaves Kelton third, two points behind leaders Marrow City, while Rovers stay 14th.

Ashbury Rovers: de Wolf; Penhale, Okonjo, Strand, Achebe; Kowalski (Orellana 62), Birch, Lindahl (Mbeki 66); Quaye, Ferrante (Tully 62), Nkemelu.

Kelton Athletic: Marsh; Devlin, Oyelaran, Grundy, Petit; Castellano, Hartigan, Abara; Brenner, Voss (Kerrigan 80), Maddox.

Referee: Alan Shute. Attendance: 18,406.
""")

ART("ashbury-kelton-ratings", "terracesports.example", "en", "ashbury-kelton", """
Rovers player ratings v Kelton: Orellana the spark, Okonjo's off day
Ashbury Rovers salvaged a 2-2 draw against Kelton Athletic thanks to two goals from the bench. Here is how we rated the players at Fenwick Lane.

Piet de Wolf — 6

Made a decent stop from Castellano but the parry went straight into the danger zone for Kelton's second. Commanding in the air late on.

Tom Penhale — 5

Got forward well in the first half but was caught out of position more than once. Hartigan enjoyed himself down that side.

Sam Okonjo — 4

A rare bad afternoon for the captain. Turned far too easily for the opening goal and looked rattled until the changes.

Viktor Strand — 6

Steady. Won most of his headers and made a crucial block at 2-0 that kept Rovers in it.

Ibrahim Achebe — 6

Quiet defensively, and one lovely diagonal to Quaye in the second half deserved better.

Ollie Birch — 5

Worked hard in midfield but rarely found a forward pass. Booked for a late challenge on Abara.

Jonah Quaye — 7

The brightest starter. Always willing to take his man on and won the corner that led to the equaliser.

SUBSTITUTES

Dani Orellana — 8

Changed the game. His volley was the goal of the afternoon and his corner found Mbeki for the leveller. Surely starts next week?

Themba Mbeki — 8

Twenty-five minutes, one header, one point. Gave Kelton's centre-backs a physical problem they had not faced all afternoon.

Aaron Tully — 6

Added energy on the right and pressed well.

Manager: Gwen Harlow — 7

Her triple change on the hour was bold, and it worked. Questions remain about why Rovers started so passively.
""")

# --------------------------------------------------------------------------
# 7: high school basketball roundup (score lines)
ART("prep-hoops-roundup", "coastvarsity.example", "en", "prep-sports", """
Prep roundup: Seabrook stays unbeaten, Linden Hill wins in double overtime
Seabrook improved to 6-0 with a 71-58 win over Harwick on Friday night behind 24 points from junior guard Malik Dunmore, who made six 3-pointers.

Linden Hill needed two overtimes to get past Crestview 80-77. Senior forward Hana Voight hit the go-ahead free throws with 9.1 seconds left and finished with 31 points and 14 rebounds.

In the Coastal Conference, St. Brendan's held off a late rally from Marlow Prep to win 49-46.

BOYS

Seabrook 71, Harwick 58

Seabrook (6-0): Malik Dunmore 24 points, 6 3-pointers. Isaiah Cole 12 points, 9 rebounds. Devon Park 8 assists.

Harwick (2-4): Bryce Tolliver 19 points. Nate Ambrose 11 points, 7 rebounds.

St. Brendan's 49, Marlow Prep 46

St. Brendan's (4-2): Eamon Fitzgerald 17 points. Luis Ochoa 10 rebounds, 4 blocks.

Marlow Prep (3-3): Kwame Asante 21 points, 5 steals.

GIRLS

Linden Hill 80, Crestview 77 (2OT)

Linden Hill (5-1): Hana Voight 31 points, 14 rebounds. Priya Raman 15 points. Jess Whitcombe 9 assists.

Crestview (3-2): Tamara Boyd 26 points. Ellie Marsh 18 points, 4 3-pointers.

Bayview 55, Northgate 31

Bayview (4-2): Sofia Reyes 14 points, 6 steals. Grace Ahn 12 points.

Northgate (0-6): Kayla Dorsey 11 points.

Coaches and athletic directors can send results and statistics to the sports desk by 10 p.m. on game nights.
""")

# --------------------------------------------------------------------------
# 8: tennis final
ART("tennis-halvorsen-final", "baselinewire.example", "en", "tennis", """
Halvorsen saves three match points to win first title in Valbonne
Ingrid Halvorsen saved three match points in the second-set tie-break and went on to beat top seed Camila Ortega 4-6, 7-6 (9), 6-3 in the final of the Valbonne Open on Sunday, claiming the first WTA title of her career.

The 21-year-old Norwegian, ranked 58th in the world, had never been past the quarterfinals of a tour event before this week.

Ortega served for the match at 5-4 in the second set and led 6-3 in the tie-break, but Halvorsen reeled off four straight points, including a forehand pass down the line that left the Argentine shaking her head.

"I honestly didn't think about the match points," Halvorsen said. "I just thought, hit the ball hard, and if it goes out, at least it goes out like that."

The third set turned on a single break in the sixth game, when Ortega double-faulted twice. Halvorsen closed it out with her ninth ace of the match.

Ortega, who had won 14 of her previous 15 matches on clay, was gracious in defeat. "She played without fear today. That's what you have to do against the top players, and she did it," she said.

The win will lift Halvorsen to around 35th in Monday's rankings, which should be high enough to earn a seeding at the next major.

She receives 280 ranking points and a winner's cheque of $142,000.

Halvorsen's coach, former doubles specialist Arne Solbakken, said the pair had worked all winter on her second serve. "A year ago, that second-set tie-break, she loses it. Today she trusted it."

Next up for both players is the Marseille Classic, which starts on Tuesday.
""")

# --------------------------------------------------------------------------
# 9: Portuguese cycling
ART("volta-serrana-etapas", "pedalnoticias.example", "pt", "cycling-pt", """
Volta Serrana 2025 terá dez etapas e final inédito em Pedra Alta
A organização da Volta Serrana divulgou nesta segunda-feira o calendário completo da edição de 2025, que terá dez etapas entre abril e outubro e, pela primeira vez, uma chegada decisiva no alto da serra de Pedra Alta.

Segundo o diretor da prova, Renato Caldeira, a mudança atende a um pedido antigo das equipes. "Os ciclistas queriam uma final que premiasse quem sobe bem. Agora eles têm", afirmou.

A competição reuniu 34 equipes e mais de 260 atletas no ano passado, e a expectativa é superar esse número com a entrada de três formações estrangeiras.

Confira o calendário:

1ª etapa: 13 de abril – Campo Belo

2ª etapa: 4 de maio – Vale do Cedro

3ª etapa: 25 de maio – Santa Luzia da Serra

4ª etapa: 15 de junho – Porto Alegre do Sul

5ª etapa: 6 de julho – A definir

6ª etapa: 27 de julho – Três Pontes

7ª etapa: 17 de agosto – Rio Claro Novo

8ª etapa: 7 de setembro – Contra-relógio em Itaverá

9ª etapa: 28 de setembro – Serra Dourada

10ª etapa: 19 de outubro – Pedra Alta

O atual campeão, Diego Martins, da equipe Ventos do Sul, confirmou presença e disse que o novo percurso favorece os escaladores. "Vou ter que treinar mais subida, isso é certo", brincou.

As inscrições para as equipes abrem em 1º de fevereiro e custam R$ 4.500 por formação.

A organização também anunciou que todas as etapas terão transmissão ao vivo pela internet, com narração em português e espanhol.
""")

# --------------------------------------------------------------------------
# 10: music awards nominations list
ART("lumen-awards-nominations", "popcircuit.example", "en", "music-awards", """
Lumen Music Awards 2025: Tavi Rose leads nominations with six
Singer-songwriter Tavi Rose leads the nominations for this year's Lumen Music Awards with six nods, including album of the year for her second record, Paper Lanterns.

Rapper K-Dusk and the indie band Harbour Lights follow with four nominations each, while veteran soul singer Mavis Ogundipe will receive the Lifetime Achievement award at the ceremony in March.

The nominations were announced on Wednesday morning by last year's winner, Jonny Caird, during a live stream from the Regent Hall.

For the first time, the best new artist category was decided entirely by a public vote, after complaints last year that the shortlist was drawn from too narrow a pool.

"It's been a mad year," Rose said in a statement. "I wrote most of this record on a night bus, so seeing it next to these names is ridiculous in the best way."

The ceremony will take place on March 8 and will be broadcast live.

The nominations in full:

Album of the year

Tavi Rose – Paper Lanterns

Harbour Lights – Low Tide Sessions

K-Dusk – Concrete Psalms

Nell Varga – The Long Way Round

Song of the year

Tavi Rose, "Night Bus Hymn"

K-Dusk feat. Amara, "Halfway Home"

The Cressidas, "Sugar Static"

Best new artist

Amara

Polly & the Pins

Yusuf Kane

Best live act

Harbour Lights

The Cressidas

Big Ferris
""")

# --------------------------------------------------------------------------
# 11: tour dates
ART("harbour-lights-tour", "gigradar.example", "en", "music-tour", """
Harbour Lights announce 2026 arena tour, their biggest yet
Harbour Lights will play their first arena tour next spring, the band announced on Tuesday, with 14 dates across the UK and Ireland in support of their Lumen-nominated album Low Tide Sessions.

The tour begins in Aberdeen on April 3 and ends with two nights at the Westway Arena in London on April 25 and 26.

Singer Callum Rees said the band had "spent ten years playing rooms where you could shake hands with the back row" and wanted to see whether the songs would survive somewhere bigger.

"We're going to try to make a big room feel small," he said. "If it doesn't work, we'll go back to the pubs. We still know the landlords."

Support on all dates comes from Polly & the Pins, who are nominated for best new artist at next month's Lumen awards.

Tickets go on general sale at 9 a.m. on Friday. A fan pre-sale opens on Wednesday for people who signed up to the band's mailing list before Monday.

The full dates are:

April 3 – Aberdeen, Granite Hall

April 5 – Glasgow, Clydeside Arena

April 6 – Newcastle, Quayside Arena

April 8 – Leeds, First Direct Dome

April 10 – Belfast, Lagan Centre

April 11 – Dublin, Liffey Arena

April 14 – Cardiff, Bay Arena

April 16 – Birmingham, Canal Street Arena

April 17 – Nottingham, Trent Hall

April 19 – Manchester, Irwell Arena

April 21 – Bristol, Harbourside Hall

April 22 – Brighton, Seafront Centre

April 25 – London, Westway Arena

April 26 – London, Westway Arena

The band last toured in 2023, when they played 31 theatre shows in six weeks.
""")

# --------------------------------------------------------------------------
# 12: film review
ART("review-the-salt-orchard", "screenlantern.example", "en", "film-review", """
'The Salt Orchard' review: a quiet family drama that earns every tear
There is a scene about halfway through The Salt Orchard in which a grandmother teaches her grandson to graft an apple branch. Nobody says anything important. The camera doesn't move. It is the best four minutes of film I have seen this year.

Director Noor Halabi's second feature follows the Vasquez family over one summer on a failing orchard on the edge of a salt marsh, where the sea has been creeping into the soil for a decade.

Dolores (a superb Renata Alcaide) has run the farm since her husband died. Her son, Tomas (Ezra Lund), wants to sell to a developer. Her grandson, 11-year-old Benji (newcomer Kit Morales), just wants to know why the trees near the water are dying first.

That is more or less the plot. Halabi is not interested in twists. She is interested in how people who love each other manage to say nothing for three months.

Alcaide, best known for television, gives a performance made almost entirely of small movements. She wipes a counter that is already clean. She looks at her son a second too long. When she finally raises her voice, in the film's last act, it lands like thunder.

Lund is less convincing in a role that mostly requires him to look worried on the phone, but the script gives him one great speech about debt that reframes everything we thought we knew about Tomas.

Cinematographer Julien Ostrowski shoots the marsh in cold morning light, which makes the orchard look even more fragile.

If there is a weakness, it's the pacing in the middle third, where a subplot about a neighbour's fence goes nowhere. At 128 minutes, the film could lose ten without losing anything.

But those are small complaints about a film this patient and this generous.

The Salt Orchard opens in cinemas on Friday. Rated PG-13 for language and brief thematic material.

Rating: 4 out of 5
""")

# --------------------------------------------------------------------------
# 13-14: Norvik Vela 9 phone (same-topic pair)
ART("norvik-vela-9-review", "gadgetbench.example", "en", "vela-phone", """
Norvik Vela 9 review: the battery king finally gets a great camera
Norvik has spent three years making phones that last forever and take forgettable photos. The Vela 9 is the first one I'd recommend to someone who cares about both.

It costs $699 for the base model, which puts it up against the big names' cheaper flagships, and for the most part it holds its own.

Specs at a glance

Display: 6.7-inch OLED, 2,780 x 1,264 pixels, 1-120Hz

Processor: Skyline X3

Memory: 12GB RAM, 256GB or 512GB storage

Cameras: 50MP main (1/1.3-inch sensor), 48MP ultrawide, 12MP 3x telephoto; 32MP selfie

Battery: 6,100mAh, 80W wired, 50W wireless charging

Weight: 209g

Price: from $699

Design

The Vela 9 looks like last year's phone with the camera bump moved to the centre. The aluminium frame is now matte, which hides fingerprints, and the back is a soft-touch glass that Norvik calls "silk".

It is a big, heavy phone. If you have small hands, look elsewhere.

Battery life

This is still the reason to buy a Norvik. In my testing, the Vela 9 regularly finished a full day of heavy use with 45 percent left. On a lighter weekend it went two and a half days between charges.

The 80W charger is in the box, and it takes the phone from empty to full in 38 minutes.

Camera

The big change is the main sensor, which is larger than anything Norvik has used before. Daylight photos are crisp and natural, without the oversharpened look of earlier models. Night mode is genuinely good, though it takes about three seconds per shot.

The 3x telephoto is the weak link. Anything beyond 5x turns to watercolour.

Software

Norvik promises five years of OS updates, up from three. The skin is still cluttered with its own apps, but most can be uninstalled.

Verdict

The Vela 9 is not the fastest phone and not the prettiest. But it is the first Norvik without an asterisk, and at $699 that makes it one of the best deals of the year.
""")

ART("norvik-vela-9-launch", "mobilewatch.example", "en", "vela-phone", """
Norvik confirms Vela 9 price and launch date, promises five years of updates
Norvik has confirmed that the Vela 9 will go on sale in North America and Europe on Sept. 18, starting at $699 or €749, the company said at a launch event in Oslo on Thursday.

The phone keeps the enormous 6,100mAh battery that has become Norvik's calling card and adds a larger 50-megapixel main camera, which the company claims collects 40 percent more light than the Vela 8.

Norvik's chief executive, Henrik Aasen, spent most of his 25-minute presentation on the camera, showing side-by-side night shots with unnamed rival phones.

"For years, people told us: your phone lasts two days, but my photos look like a potato," Aasen said. "We heard you."

The company also extended its software promise to five years of Android version updates and six years of security patches, matching the longest commitments in the industry.

Pre-orders open on Thursday. Buyers who order before launch day get a free case and a 50W wireless charging stand, which otherwise costs $79.

A cheaper model, the Vela 9 Lite, will follow in November. Norvik would not say how much it will cost but confirmed it will have a smaller 5,000mAh battery and no telephoto camera.

Analysts said the price was aggressive. "They are basically daring the big two to respond," said Mira Johansson of research firm Fjordview. "At $699 with that battery, it's going to be an easy recommendation for a lot of reviewers."

Norvik sold about 11 million phones last year, mostly in Europe and Southeast Asia, and has been trying to grow in the United States, where it is sold through two carriers.

The Vela 9 comes in three colours: Glacier, Moss and Graphite.
""")

# --------------------------------------------------------------------------
# 15: deals listicle
ART("laptop-deals-weekend", "dealfinder.example", "en", "deals", """
The 12 best laptop deals this weekend, from $249 Chromebooks to gaming rigs
Back-to-school sales have started early, and a handful of retailers have cut prices on laptops we actually like. We've checked every price below against its 90-day history, so these are real discounts, not inflated list prices.

Prices were correct as of Saturday morning and can change quickly.

Budget picks

Ardent Chromebook 14 for $249 ($130 off)

A reliable, no-frills Chromebook with a surprisingly good keyboard and 10 hours of battery life. Ideal for homework and browsing.

Pelton Air 13 (8GB, 256GB) for $479 ($170 off)

The lowest price we have seen on the Air 13. It's light, quiet and fast enough for office work.

Mid-range

Corvane Slate 15 for $699 ($200 off)

Our favourite all-rounder this year, with a bright 15-inch screen and a comfortable trackpad. The 16GB model is worth the extra $60 if you can stretch.

Halden ProBook 14 OLED for $849 ($250 off)

The OLED display is stunning, though the battery takes a hit. Great for photo editing on the go.

Gaming

Vortix Raptor 16 (RTX-class GPU, 32GB RAM) for $1,399 ($400 off)

Heavy and loud, but it runs every current game at high settings and the 240Hz screen is a treat.

Vortix Raptor 14 for $1,099 ($300 off)

The smaller Raptor gives up some power for a much more portable chassis.

Premium

Pelton Pro 16 (M-class, 1TB) for $2,249 ($250 off)

Rarely discounted. If you edit video for a living, this is the one.

Accessories worth adding

Corvane USB-C dock for $89

Halden 65W travel charger for $29

Did we miss a deal? Let us know and we'll check it.

Disclosure: We may earn a commission when you buy through links on our site, which helps fund our testing.
""")

# --------------------------------------------------------------------------
# 16: how-to
ART("howto-backup-photos", "plaintech.example", "en", "howto", """
How to back up your phone photos properly (and why one copy is not enough)
If your phone fell into a lake tomorrow, how many of your photos would you lose? For most people, the honest answer is "I don't know", which is exactly the problem.

The good news is that a solid backup routine takes about 20 minutes to set up and almost no effort after that. Here's how we do it.

The 3-2-1 rule

Backup experts swear by a simple formula: keep three copies of anything important, on two different types of storage, with one copy somewhere other than your home.

For photos, that usually means the original on your phone, a copy in a cloud service and a copy on an external drive.

Step 1: Turn on cloud backup

Both major phone platforms come with a built-in photo backup service. Open your photo app's settings, find the backup option and switch it on. Choose "original quality" if you can afford the storage.

Check that backup only runs on Wi-Fi unless you have an unlimited data plan.

Step 2: Buy an external drive

A 1TB portable SSD costs around $70 and will hold roughly 200,000 photos. Spinning hard drives are cheaper, but they're more fragile if you drop them.

Step 3: Copy everything once a month

Plug your phone into a computer, import the photos and copy the folder to the drive. Put a monthly reminder in your calendar. It sounds old-fashioned. It works.

Step 4: Keep the drive somewhere else

Leave the drive at a relative's house or in a drawer at work. A backup that sits next to your laptop will burn in the same fire.

Common mistakes

Syncing is not the same as backing up. If you delete a photo from a synced folder, it disappears everywhere.

Don't rely on a single free cloud account. Accounts get locked, services shut down and passwords are forgotten.

Test your backup. Once a year, try restoring a few photos from each copy. A backup you've never tested is a hope, not a backup.

That's it. Twenty minutes now could save you ten years of memories later.
""")

# --------------------------------------------------------------------------
# 17: live updates
ART("storm-odile-live", "gulfcoastnow.example", "en", "storm-odile", """
Live updates: Tropical Storm Odile makes landfall near Port Selwyn
Tropical Storm Odile came ashore near Port Selwyn on Wednesday morning with sustained winds of 65 mph, knocking out power to more than 90,000 customers and flooding low-lying roads along the coast. Follow our live coverage below.

12:40 p.m.

The Selwyn County school district has cancelled classes for Thursday. Superintendent Alma Greer said buildings would be inspected before students return.

12:15 p.m.

Gulf Electric now reports 94,300 customers without power, most of them in Selwyn and Brant counties. A spokesman said crews from three other states were staged in Dunmore and would start work once winds drop below 35 mph.

11:52 a.m.

Police have closed the causeway to Pelican Key in both directions after waves washed over the road. Residents on the island were told on Monday to leave; about 200 stayed, according to the mayor.

11:30 a.m.

The National Hurricane Center's latest advisory puts Odile 15 miles north-northwest of Port Selwyn, moving north at 9 mph. It is expected to weaken to a tropical depression by Thursday morning.

Rainfall totals of 6 to 10 inches are still possible inland, with isolated amounts of 14 inches.

10:58 a.m.

A reader sent us this photo from Harbor Drive, where water is up to the door handles of parked cars.

10:20 a.m.

Mayor Lionel Pratt urged residents to stay off the roads. "If you don't have to be out, please don't be out," he said at a briefing. "Our crews need the streets."

9:45 a.m.

Odile made landfall at 9:10 a.m. about 8 miles east of Port Selwyn, the hurricane center said. Maximum sustained winds were 65 mph, just short of hurricane strength.

9:00 a.m.

Good morning. We're tracking Tropical Storm Odile as it approaches the coast. Here is what you need to know:

Shelters are open at Selwyn High School, the Brant County Civic Center and Dunmore Middle School. All accept pets in carriers.

The county's non-emergency storm line is 555-0199. Call 911 only for life-threatening emergencies.
""")

# --------------------------------------------------------------------------
# 18: Q&A interview
ART("interview-kestrel-founder", "foundersdesk.example", "en", "interview", """
'We almost ran out of money twice': Kestrel Freight's founder on building a trucking startup
Lena Oduya started Kestrel Freight in 2019 with a borrowed van and a spreadsheet. Today the company moves goods for 1,400 small businesses across three states and employs 230 people. We spoke with her about near-death experiences, hiring and why she hates the word "disrupt". The interview has been edited for length and clarity.

Why trucking?

My dad drove a truck for 30 years. I grew up hearing about how the small shippers always got the worst rates and the worst service, because nobody wanted a half-empty truck going to a town of 4,000 people. I thought, somebody should fix that. Then I realised nobody was going to, so I did.

What did the first year look like?

Me, one van and a lot of phone calls. I'd do sales in the morning and drive in the afternoon. We had eleven customers by Christmas and I knew every one of their dogs' names.

You've said the company nearly died twice.

The first time was 2020. Half our customers were restaurants. They closed overnight. We pivoted to delivering for farm shops and pharmacies, and that saved us, but for about six weeks I was paying drivers out of my own savings.

The second time was the fuel spike in 2022. Our margins went negative for a quarter. We renegotiated every contract we had, and a couple of customers walked. Honestly, it was the best thing that happened to us, because it forced us to price properly.

How do you hire drivers when everyone says there's a shortage?

We pay by the hour, not by the mile, and everybody is home every night. That's it. It's not magic. Most of our drivers are in their 40s and 50s and they came to us from long-haul because they wanted to see their families.

What's the word you hate?

"Disrupt." We didn't disrupt anything. We showed up on time for people other companies ignored.

What's next?

A fourth state next spring, and electric vans on our shorter routes. We've got six on trial now. The drivers love them. The accountants are still making up their minds.

Any advice for founders?

Know your unit economics before you know your logo.
""")

# --------------------------------------------------------------------------
# 19: central bank + market table
ART("central-bank-holds-rates", "ledgerline.example", "en", "rates", """
Central bank holds rates at 4.25%, signals cut could come in spring
The Bank of Estmark left its benchmark interest rate unchanged at 4.25 percent on Thursday but said for the first time that a cut could be "appropriate in the first half of next year" if inflation keeps falling.

The decision was expected by economists, but the change in language sent the currency down 0.8 percent against the dollar within minutes and pushed government bond yields to their lowest level since March.

Governor Sabine Ruthven told reporters the board had voted 6-3 to hold, with three members preferring an immediate cut of a quarter point.

"Inflation is moving in the right direction, but we are not yet at the point where we can declare victory," Ruthven said. "We would rather be a month late than a month early."

Consumer prices rose 2.9 percent in the year to October, down from a peak of 9.4 percent two years ago. The bank's target is 2 percent.

Unemployment has risen to 5.1 percent, the highest since 2021, and several large retailers have warned of a weak holiday season.

The bank also lowered its growth forecast for next year to 0.7 percent from 1.1 percent.

Market reaction

Ticker Last Change Change %

EST 50 8,412.36 +96.20 +1.16%

EST Banks 1,105.88 -7.45 -0.67%

10-yr bond yield 3.71% -0.12

Estmark crown/USD 0.0931 -0.0007 -0.75%

Homebuilders led the gains on the stock market, with Halvard Homes up 6 percent, while bank shares fell on worries about thinner lending margins.

"The door has been opened. The question now is how wide," said Petra Lang, chief economist at Nordbank. She expects the first cut in March.

The next rate decision is due on Dec. 12.
""")

# --------------------------------------------------------------------------
# 20-21: Skyreach Airlines strike (same-topic pair)
ART("skyreach-pilots-strike", "transportdispatch.example", "en", "skyreach-strike", """
Skyreach pilots to strike for 48 hours from Friday after pay talks collapse
Pilots at Skyreach Airlines will walk out for 48 hours starting at midnight on Friday, their union said on Tuesday, after a final round of pay talks broke up without agreement.

The strike will ground most of the carrier's 310 daily flights and could affect up to 45,000 passengers a day at the start of the autumn school holidays.

The Aviators' Guild, which represents about 1,900 Skyreach pilots, is seeking a 14 percent raise over two years to make up for what it says is a decade of pay falling behind inflation. The airline has offered 8 percent.

"Our members have been patient for a very long time," said Guild chairman Rolf Dekker. "Skyreach made record profits last year. It can afford to pay the people who fly its planes."

Skyreach said the strike was "completely disproportionate" and that its offer was the best in the industry this year.

Chief executive Annika Borg said the company would try to operate as many long-haul flights as possible using managers who hold pilot licences, but warned that short-haul cancellations were "inevitable."

Passengers whose flights are cancelled will be offered a full refund or free rebooking within 14 days, the airline said. It advised travellers not to go to the airport unless they had received confirmation that their flight was operating.

The two sides have held 11 rounds of talks since June. A mediator appointed by the labour ministry withdrew last week, saying the positions were too far apart.

It would be the first pilot strike at Skyreach since 2014, when a three-day walkout cost the company an estimated 60 million euros.

Shares in Skyreach fell 3.2 percent on Tuesday.
""")

ART("skyreach-strike-advice", "travelsmart.example", "en", "skyreach-strike", """
Skyreach strike: your rights and what to do if your flight is cancelled
The 48-hour pilot strike at Skyreach Airlines is expected to cancel hundreds of flights this weekend. If you are booked to travel, here is what you need to know.

Which flights are affected?

Skyreach says most short-haul flights on Saturday and Sunday will be cancelled. It hopes to run "the majority" of long-haul services, but has not published a list. Check your booking on the airline's app, which it says is updated every two hours.

Am I entitled to a refund?

Yes. If your flight is cancelled, you can choose between a full refund, paid within seven days, or a new flight to the same destination. Skyreach is offering free rebooking within 14 days, but under passenger rights rules you can also ask to be moved to the next available flight on another airline if Skyreach cannot get you there in reasonable time.

What about compensation?

This is less clear. Airlines normally don't have to pay compensation for "extraordinary circumstances", but courts have ruled that a strike by an airline's own staff is not extraordinary. That means you may be owed between 250 and 600 euros depending on the distance of your flight, on top of your refund.

Skyreach has not said whether it will pay automatically. Consumer groups recommend filing a claim in writing and keeping a copy.

What if I'm stuck abroad?

The airline must provide meals and, if necessary, a hotel room until it can fly you home. Keep every receipt. If the airline does not arrange a hotel for you, book a reasonable one yourself and claim the cost back.

I booked a package holiday. What happens?

Your tour operator is responsible for getting you there and back, or for offering a refund for the whole package if it cannot.

Does travel insurance help?

Sometimes. Many policies exclude strikes that were announced before you bought the cover. Read the small print.

Any tips?

Don't go to the airport without confirmation that your flight is running. Download the airline's app, turn on notifications and have a backup plan, whether that's a train, a bus or a night on a friend's sofa.
""")

# --------------------------------------------------------------------------
# 22: science
ART("exoplanet-water-clouds", "skyandlab.example", "en", "exoplanet", """
Astronomers spot water clouds on a 'warm Neptune' 140 light-years away
An international team of astronomers says it has found the clearest evidence yet of water-vapour clouds in the atmosphere of a planet outside our solar system, a world about four times the size of Earth orbiting a small red star 140 light-years away.

The planet, known as TOI-5521 b, circles its star every 11 days, close enough that its upper atmosphere is warm but not so hot that water would break apart.

The findings, published on Wednesday in the Astrophysical Letters, are based on observations of the planet passing in front of its star seven times between 2023 and 2024.

As the planet crossed the star's face, a tiny fraction of starlight filtered through its atmosphere. By measuring which colours of light were absorbed, the researchers could work out what the air was made of.

"We see water, we see methane, and we see a flattening in the spectrum that is very hard to explain without a cloud deck," said lead author Dr. Femi Adewale of the University of Kestrel. "It's like looking at a fingerprint that has been partly rubbed out."

The team estimates that the clouds sit at a pressure roughly one-hundredth of Earth's surface pressure.

Other scientists were cautiously impressed. "It's a beautiful data set," said Hanne Vogt, a planetary scientist who was not involved in the study. "I'd want to see it confirmed with another instrument before I'd call it settled, but it's convincing."

The researchers stress that TOI-5521 b is not a candidate for life. With no solid surface and a thick envelope of hydrogen, it is more like a small version of Neptune than a large Earth.

But learning how clouds form on planets like it could help scientists interpret future observations of smaller, rockier worlds.

The team has been granted time for 12 more transits next year.
""")

# --------------------------------------------------------------------------
# 23: health
ART("teen-sleep-study", "wellnesswire.example", "en", "health", """
Teens who put phones away an hour before bed sleep 40 minutes longer, study finds
Teenagers who stopped using their phones an hour before bedtime slept an average of 40 minutes more per night within three weeks, according to a study of 1,100 secondary school students published on Monday.

The researchers, from the Institute for Youth Health in Marlow, asked half of the students to leave their phones outside their bedrooms from 9 p.m. on school nights. The other half carried on as usual. Both groups wore wrist trackers that recorded their sleep.

By the third week, students in the phone-free group fell asleep on average 27 minutes earlier and woke up at about the same time. They also reported feeling less tired during morning lessons.

"Forty minutes sounds modest, but for a 15-year-old who is sleeping six and a half hours, it's the difference between chronically short sleep and nearly enough," said the study's lead author, Dr. Orla Brennan.

Most health bodies recommend that teenagers get between eight and ten hours of sleep.

Not every student stuck to the rules. About one in five in the phone-free group admitted sneaking their phone back in at least twice a week. Even so, the average benefit held up.

The study has limits. It lasted only six weeks, relied on wrist trackers that are less accurate than lab equipment and was carried out in just four schools.

Brennan said the findings should not be read as an argument against phones. "This isn't about taking phones off teenagers. It's about one hour, and where the phone sleeps," she said.

Parents who took part were divided. One mother told the researchers that the rule had "caused more arguments than anything since potty training". Another said her son now read before bed for the first time in years.

The institute is planning a larger trial across 30 schools next year.

Tips from the researchers

Charge phones outside the bedroom, in the kitchen or a hallway.

Use an old-fashioned alarm clock instead of the phone.

Agree the rule as a family, and follow it yourself.
""")

# --------------------------------------------------------------------------
# 24: police log
ART("police-log-brantford", "brantfordbeacon.example", "en", "police-log", """
Police log: arrests and incidents in Brantford County, week of March 10
The following arrests were reported by the Brantford County Sheriff's Office and the Brantford and Selby police departments. An arrest is not a conviction. Everyone named is presumed innocent until proven guilty in court.

Dorian K. Mayfield, 34, of Selby: Operating a vehicle while intoxicated, second offence; driving with a suspended licence. Held on $7,500 bond.

Krista L. Penn, 29, of Brantford: Theft, two counts; possession of a controlled substance. Released on her own recognisance.

Travis Ochoa, 41, of Lake Harmon: Domestic battery. Held without bond pending a hearing.

Elijah R. Stubbs, 19, of Brantford: Criminal mischief; resisting law enforcement. Held on $2,000 bond.

Marguerite A. Doyle, 52, of Selby: Failure to appear, warrant. Released after posting $500 bond.

Incidents

A catalytic converter was reported stolen from a pickup truck parked in the 400 block of Mill Road on Tuesday night. Deputies said it was the fourth such theft in the area this month.

Selby police responded to a report of a loose horse on State Road 12 on Wednesday morning. The horse was returned to its owner, who told officers it had "figured out the gate."

A resident of Canal Street reported receiving a phone call from someone claiming to be a court clerk and demanding payment in gift cards to cancel a jury duty fine. Police remind residents that courts never ask for payment by phone or gift card.

Two juveniles were referred to the county's diversion programme after spray-painting a bus shelter on Fourth Avenue.

Anyone with information about the Mill Road thefts is asked to call the sheriff's tip line.
""")

# --------------------------------------------------------------------------
# 25: fact check
ART("factcheck-wind-turbine-birds", "claimcheck.example", "en", "factcheck", """
Fact check: No, a single wind turbine does not kill 'thousands of birds a year'
CLAIM: A post shared widely on social media this week says that "every wind turbine kills thousands of birds a year" and that wind farms are "the biggest threat to birds in the country."

RATING: False

THE FACTS: Wind turbines do kill birds, and researchers take the problem seriously. But the numbers in the viral post are off by several orders of magnitude.

The post, which shows a photo of a turbine with a pile of dead birds at its base, had been shared more than 60,000 times across several platforms by Thursday.

The photo is genuine, but it was taken in 2011 after an unusual mass collision during a storm, according to the wildlife agency that published it at the time. It does not show a typical day.

Peer-reviewed studies in North America and Europe have estimated that each turbine kills somewhere between a handful and a few dozen birds a year on average, depending on location and design.

By comparison, scientists estimate that collisions with buildings and windows kill hundreds of millions of birds every year in the United States alone, and that domestic cats that roam outdoors kill more than a billion.

"Nobody in the field says turbines are harmless," said Dr. Catalina Ruiz, an ornithologist at the Coastal Bird Observatory. "Where you put them matters enormously, especially near migration routes and raptor nesting sites. But 'thousands per turbine' is simply not what the data show."

We contacted the account that first shared the post. It did not respond.

This article is part of our work to check misleading claims shared online.
""")

# --------------------------------------------------------------------------
# 26: council + tweets
ART("harlow-bay-bike-lanes", "harlowbaynews.example", "en", "bike-lanes", """
Harlow Bay council approves protected bike lanes on Beacon Street after five-hour meeting
The Harlow Bay City Council voted 5-4 early Wednesday to build protected bike lanes along 2.3 miles of Beacon Street, ending a fight that has split neighbours and business owners for more than a year.

The decision came shortly after 1 a.m., at the end of a meeting in which 112 people signed up to speak.

The plan removes one lane of car traffic in each direction and about 140 parking spaces, replacing them with concrete-separated bike lanes, wider bus stops and new crosswalks at six intersections.

Supporters pointed to city data showing 38 serious injury crashes on the street over five years, including the death of cyclist Jonah Whitlock in 2023.

"I don't want another family to get the call mine got," said Whitlock's sister, Erin Whitlock, who spoke near the start of the meeting and stayed until the vote.

Several shop owners warned that losing parking would hurt business. "My customers are 70 years old. They are not going to arrive on a cargo bike," said Ted Kaminski, who owns a hardware store near Ninth Avenue.

Councilmember Dana Ortiz, who voted yes, said the city would create a loading zone on every block and a free shuttle during construction.

Mayor Patrice Owusu, who cannot vote except to break a tie, posted shortly after the result:

Tonight the council chose safety. Beacon Street will be a street for everyone. Thank you to everyone who stayed up late to be heard.

— Patrice Owusu (@MayorOwusuHB) April 9, 2025

Councilmember Greg Hanley, who voted no, replied within minutes:

We just voted to make it harder for working people to get to work. I respect the process but I think we'll regret this one.

— Greg Hanley (@HanleyWard4) April 9, 2025

Construction is scheduled to begin in September and take about 18 months. The project will cost $21 million, most of it from a state transportation grant.
""")

# --------------------------------------------------------------------------
# 27: opinion
ART("opinion-office-mandate", "thecommonsreview.example", "en", "opinion-work", """
The return-to-office fight was never really about productivity
Another week, another chief executive announcing that employees must be at their desks five days a week. The reasons given are always the same: collaboration, culture, mentoring, "energy". The evidence offered is usually an anecdote.

I want to suggest something less flattering. The return-to-office push is mostly about control, and it is being sold as productivity because that is easier to say out loud.

Consider what we actually know. Large studies of hybrid work, in which staff come in two or three days a week, have found little or no difference in performance compared with full-time office work. Some find hybrid workers are more likely to stay in their jobs.

Fully remote work is more complicated. Junior staff in particular seem to learn more slowly when they never sit near experienced colleagues. That is a real cost, and those of us who like working from home should admit it.

But that is an argument for thoughtful hybrid arrangements, not for mandates. Nobody learns much from sitting in a half-empty office on a video call with colleagues in another city, which is what many five-day offices look like in practice.

So why the mandates? Partly, managers find it easier to manage people they can see. Partly, companies have signed long leases on buildings they now feel foolish paying for. And partly, I suspect, a strict mandate is a cheap way to reduce headcount without announcing layoffs. If 10 percent of staff quit rather than commute, that is 10 percent fewer redundancy payments.

None of this makes the office bad. Offices are good for some work and some people. I wrote this column at my kitchen table, but I'll go to the newsroom tomorrow because that's where the arguments happen, and the arguments are the best part.

What I object to is the pretence. If companies want people back for reasons of control or cost, they should say so, and let employees decide whether the bargain is still worth it.

The best workplaces I know have treated this as a question to answer with their staff, team by team. The worst have answered it with a memo.

Mina Kowalczyk writes about work and the economy.
""")

# --------------------------------------------------------------------------
# 28: listicle
ART("best-hiking-trails-northridge", "trailandtent.example", "en", "hiking", """
9 of the best day hikes in the Northridge Mountains
The Northridge Mountains are only a two-hour drive from the city, but most visitors stick to the same three crowded trails. We asked rangers, guides and our readers for their favourites. Here is what they told us.

1. Raven Ledge Loop

Distance: 5.2 miles. Difficulty: moderate.

A steady climb through old hemlock forest to a granite ledge with views of three lakes. Go early; the small car park fills by 9 a.m. on weekends.

2. Cinder Falls

Distance: 3 miles round trip. Difficulty: easy.

The best waterfall in the range is at its loudest in May. The path is mostly flat and suitable for older children.

3. Hollow Pine Ridge

Distance: 8.7 miles. Difficulty: hard.

A long, exposed ridge walk that rewards you with almost continuous views. Not one for windy days.

4. Lantern Lake

Distance: 4.1 miles. Difficulty: easy to moderate.

Bring a swimsuit. The lake is cold even in August, but the little beach at the far end is perfect for lunch.

5. Old Quarry Trail

Distance: 2.5 miles. Difficulty: easy.

Rusting machinery and flooded pits make this short walk feel like an adventure. Keep dogs on a lead near the water.

6. Eagle's Stair

Distance: 6 miles. Difficulty: hard.

Steep, rocky and, in places, hands-on. The reward is the highest summit you can reach in a day without technical gear.

7. Millbrook Meadows

Distance: 3.8 miles. Difficulty: easy.

Wildflowers in June, blueberries in August. Our readers' favourite, by some distance.

8. Fox Hollow

Distance: 5.5 miles. Difficulty: moderate.

9. The Watchtower

Distance: 7 miles. Difficulty: moderate to hard.

Before you go: carry water, a map and a layer even in summer. Mobile signal is patchy above 2,000 feet.
""")

# --------------------------------------------------------------------------
# 29: recipe / how-to
ART("recipe-first-sourdough", "kitchencorner.example", "en", "recipe", """
Your first sourdough loaf: a no-stress recipe for beginners
Sourdough has a reputation for being fussy. It doesn't have to be. This recipe skips most of the jargon and works on a normal weekday schedule. You'll need an active starter; if you don't have one, ask a friend or a local bakery. Most will give you a spoonful for free.

Makes one large loaf. Active time: about 30 minutes. Total time: about 24 hours.

Ingredients

100g active sourdough starter

350g water, lukewarm

500g strong white bread flour

10g fine salt

Method

1. In the evening, mix the starter and water in a large bowl until milky. Add the flour and stir until there are no dry patches. Cover and leave for 30 minutes.

2. Sprinkle over the salt with a splash of water and squeeze it into the dough with your hand.

3. Over the next two hours, do four sets of "stretch and folds": with a wet hand, lift one side of the dough, fold it over, turn the bowl and repeat four times. Cover between sets.

4. Leave the covered bowl on the counter overnight, eight to ten hours, until the dough has roughly doubled and is domed and bubbly.

5. In the morning, tip the dough onto a lightly floured surface, shape it into a tight ball and place it seam-side up in a floured bowl lined with a tea towel. Refrigerate for at least two hours, or up to a day.

6. Heat the oven to 240C with a lidded cast-iron pot inside for 45 minutes.

7. Turn the dough out onto baking paper, slash the top with a sharp knife and lower it into the hot pot. Bake with the lid on for 20 minutes, then lid off for 20 to 25 minutes until deep brown.

8. Cool on a rack for at least an hour before slicing. Yes, really.

Troubleshooting

Flat loaf? Your starter was probably not active enough, or the dough rose too long. Try a shorter overnight rise in warm weather.

Dense, gummy crumb? It needs more time in the oven, or more time to cool.
""")

# --------------------------------------------------------------------------
# 30: travel
ART("travel-48-hours-castellmar", "wanderpost.example", "en", "travel", """
48 hours in Castellmar: tiled alleys, cliff swims and the best fish stew on the coast
Castellmar has spent most of its history being overlooked. Wedged between two more famous resorts, the old fishing town never got an airport, a motorway exit or a cruise terminal. That, locals will tell you, is exactly why you should go.

Day one, morning

Start in the old town, where the alleys are too narrow for cars and almost every doorway is framed in blue-and-yellow tiles. The covered market opens at 7 a.m.; by 10, the best octopus is gone.

Have breakfast at Café Meridià on the market square: strong coffee, a slab of almond cake and a view of the fish auction through the window.

Day one, afternoon

Walk the cliff path north to Cala Fosca, a pebble cove reachable only on foot. It takes about 40 minutes. Bring water, shoes with grip and a mask; the water is clear enough to see the bottom at 20 feet.

Day one, evening

Dinner is the reason many people come. Can Pujadas, a family restaurant in a former net store, has served the same fish stew since 1961. Order it for two, and don't plan anything for afterwards.

Day two, morning

Rent a bicycle and ride the old railway line inland to the hill village of Santa Fe de Roca, 14 km away. The route is almost flat and passes through three tunnels, so bring a light.

Day two, afternoon

Back in town, visit the small Museu del Mar, where the collection of hand-painted boat figureheads is stranger and more wonderful than it sounds. Entry is 5 euros.

Where to stay

Hostal La Barca has eight simple rooms above a bar on the harbour, from 85 euros a night. For more comfort, Casa Olivera, a restored merchant's house, has a rooftop pool and doubles from 210 euros.

Getting there

Regional trains run hourly from the provincial capital and take 55 minutes. Parking in summer is close to impossible.
""")

# --------------------------------------------------------------------------
# 31: obituary
ART("obituary-eli-braddock", "jazzchronicle.example", "en", "obituary", """
Eli Braddock, trumpeter who bridged bebop and Caribbean music, dies at 88
Eli Braddock, the trumpeter and bandleader whose bright, restless sound helped bring calypso and steelpan rhythms into American jazz clubs in the 1960s, died on Sunday at his home in Philadelphia. He was 88.

His daughter, Loretta Braddock-Shaw, said the cause was complications of pneumonia.

Born in Port of Spain in 1937, Braddock moved to New York with his mother at the age of 12. He taught himself trumpet on an instrument bought from a pawnshop for $14 and was playing professionally by 17.

His breakthrough came in 1962 with the album Carnival in Harlem, which paired a conventional bebop quintet with two steelpan players. Critics were divided; audiences were not. The record stayed in print for six decades.

"Eli heard the pan as a harmonic instrument, not a novelty," said the pianist Rosalind Achterberg, who played in his band in the 1970s. "Everybody else was still laughing at it."

Over a career of more than 60 years, Braddock recorded 41 albums as a leader and appeared on hundreds more as a sideman.

He was a famously demanding bandleader. Musicians who were late to rehearsal paid a fine of one dollar per minute, collected in a coffee tin and spent on the band's Christmas dinner.

Later years

In the 1990s, Braddock founded a free music school in West Philadelphia that has taught more than 6,000 children. He continued to teach there every Saturday until last year.

He received a National Heritage Fellowship in 2008. Asked at the ceremony what he wanted to be remembered for, he said: "Showing up on time. And that one high C in 1964."

In addition to his daughter, he is survived by a son, Marcus; five grandchildren; and two great-grandchildren. His wife of 58 years, Celeste, died in 2019.
""")

# --------------------------------------------------------------------------
# 32: education protest
ART("tuition-protest-kestrel", "campusledger.example", "en", "tuition", """
Thousands of students march against tuition rise at University of Kestrel
More than 4,000 students marched through the centre of Kestrel on Thursday to protest a proposed 22 percent rise in tuition fees, the largest demonstration at the university in at least a decade.

The march began at the student union at noon and ended outside the administration building, where speakers called on the university's board of governors to reject the increase at its meeting next week.

The proposal would raise annual fees for undergraduate students from 9,000 to 10,980 crowns from next autumn. International students would see a smaller percentage rise but would continue to pay nearly three times as much.

University president Dr. Alastair Moreau has said the increase is needed to close a budget gap of 48 million crowns caused by rising energy costs and a freeze in government funding.

"Nobody wants to raise fees," Moreau said in a statement on Wednesday. "But the alternative is cutting courses, and that would hurt students far more."

Protest organisers dispute the figures. Student union president Amaka Obi said the university had spent 30 million crowns on a new sports centre over the past two years "while telling us it couldn't afford to heat the library."

Police said the march was peaceful. Two people were briefly detained after a smoke flare was set off near the administration building, but were released without charge.

Some faculty members joined the protest. "Our students are already working 20 hours a week to pay rent," said history professor Dr. Lina Osei. "This would push many of them out."

The board of governors meets on Tuesday. Its chair, Sir Geoffrey Lam, has said he will listen to "all voices," but has not indicated how he will vote.

A petition against the increase had collected 11,200 signatures by Thursday evening.
""")

# --------------------------------------------------------------------------
# 33-34: Tallow Creek fire (same-topic pair)
ART("tallow-creek-fire-grows", "highdesertherald.example", "en", "tallow-fire", """
Tallow Creek fire grows to 61,000 acres, now the largest in county history
The Tallow Creek fire more than doubled in size overnight, burning across 61,000 acres of grassland and juniper forest in northern Aldine County and becoming the largest wildfire in the county's recorded history, fire officials said on Monday.

The blaze was 5 percent contained as of Monday evening. Gusts of up to 50 mph pushed flames across two highways and a river that crews had hoped would act as a natural barrier.

At least 37 homes and 60 outbuildings have been destroyed, according to a preliminary assessment. One firefighter suffered burns to his hands and was taken to a hospital in Corvell; his injuries are not life-threatening.

"We had a plan for this fire on Saturday. By Sunday afternoon the fire had its own plan," said incident commander Rosa Whitehorse. "The wind was in charge."

The cause is under investigation. Investigators are examining a downed power line near Tallow Creek Road, where the fire was first reported at 1:48 p.m. on Saturday, but have not ruled out other causes.

More than 900 firefighters, 11 helicopters and four air tankers are now assigned to the fire, with more on the way from neighbouring states.

The fire is burning in country that has received less than a third of its normal rainfall since January. Humidity levels on Sunday dropped to 6 percent.

Ranchers in the area spent the weekend cutting fences and moving cattle. Dale Hutchins, who runs about 400 head near the town of Gray Butte, said he had lost at least 30.

"You do what you can and then you watch it come," he said.

Forecasters expect the wind to ease on Tuesday, which could give crews their first real chance to build containment lines along the fire's southern edge.

Smoke from the fire has drifted more than 200 miles, prompting air quality alerts in three cities.
""")

ART("tallow-creek-evacuations", "aldinecountynow.example", "en", "tallow-fire", """
Tallow Creek fire: evacuation orders, road closures and shelters
The Aldine County Sheriff's Office has expanded evacuation orders for the Tallow Creek fire. This page will be updated as information changes. All times are local.

Evacuation levels

Level 3 (GO NOW): Gray Butte; all residences along Tallow Creek Road; Juniper Flats subdivision; Old Mill Road north of Highway 20.

Level 2 (GET SET): The town of Sumner; Pine Hollow Road; residences east of the Dry Fork River between mileposts 18 and 31.

Level 1 (BE READY): Corvell north of Fourth Street; Antelope Ridge.

Residents under a Level 2 notice should pack medications, documents and pets and be ready to leave at a moment's notice, the sheriff's office said.

Road closures

Highway 20 is closed between Sumner and the county line.

Highway 7 is open with pilot cars between Corvell and Gray Butte junction. Expect long delays.

Shelters

The Red Cross has opened an evacuation centre at Corvell High School, 400 Mesa Drive. Cots, meals and showers are available.

Large animals can be taken to the Aldine County Fairgrounds, where volunteers are accepting horses, cattle and goats. Bring your own feed if possible.

Small pets are welcome at the high school shelter in carriers or on leads.

How to get alerts

Sign up for the county's emergency text alerts by texting ALDINE to the county alert number. Alerts are also posted on the sheriff's office social media accounts.

Sheriff Carl Bettencourt asked residents not to return to evacuated areas to check on property. "Our deputies can't protect you and fight traffic at the same time," he said. "Please let us do our jobs."
""")

# --------------------------------------------------------------------------
# 35: car show with model sub-heads
ART("auto-expo-electric-lineup", "motorpress.example", "en", "auto", """
Electric pickups and a tiny city car headline the Lakeport Auto Expo
Automakers brought a wave of new electric models to the Lakeport Auto Expo this week, from a work-ready pickup to a city car small enough to park nose-first at the curb. The show opens to the public on Saturday. Here are the vehicles drawing the biggest crowds.

BRANDT TERRAFORGE EV

Brandt is betting that fleet buyers are ready for an electric pickup if it can tow without anxiety.

The Terraforge EV offers an estimated 340 miles of range with its larger battery and can tow up to 11,000 pounds. Brandt says towing at maximum load cuts the range to about 170 miles, which it claims is enough for most job sites.

It goes on sale next summer starting at $58,900.

MIRU POCKET

The Miru Pocket is 2.5 meters long, seats two and has a top speed of 56 mph. It is designed for cities where parking is the real luxury.

Its range is a modest 110 miles, but Miru says the average city driver covers fewer than 25 miles a day. The price has not been announced, but company officials hinted it would be "well under $20,000."

HALCYON AURA CONCEPT

Halcyon's show car is a low, wedge-shaped sedan with no side mirrors, rear-hinged doors and a steering yoke instead of a wheel. The company says about 60 percent of the design will make it into a production model in 2027.

VESTA ROAMER HYBRID

Not everything at the show is fully electric. Vesta's updated Roamer SUV adds a plug-in hybrid version that can travel 42 miles on battery power before its gas engine starts.

Analysts say plug-in hybrids could be a bridge for buyers who still worry about charging on long trips.

Sales of new electric vehicles rose 18 percent last year but still account for less than one in ten new cars sold.

The expo runs through Nov. 30 at the Lakeport Convention Center. Adult tickets are $18.
""")

# --------------------------------------------------------------------------
# 36: game review
ART("review-ember-tide", "pixelverdict.example", "en", "game-review", """
Ember Tide review: a gorgeous sailing adventure that runs out of wind
Ember Tide wants you to fall in love with the sea, and for the first ten hours, you will.

Developer Lanternfish Studio's open-world adventure puts you at the helm of a small salvage boat in a flooded archipelago, where the remains of a lost civilisation lie just under the waves. You dive, you scavenge, you upgrade your boat, and slowly you piece together what happened.

Platforms: PC, console. Price: $39.99. Played on: PC. Time to finish: about 28 hours.

What works

Sailing feels wonderful. Wind direction matters, waves push the boat around and storms are genuinely frightening. I spent a lot of time just travelling between islands with the controller resting in my lap, watching the light change.

The diving sections are equally strong. Each sunken ruin is a small, hand-built puzzle, and finding a way into a collapsed tower with ten seconds of air left produced some of my favourite gaming moments this year.

The music, mostly cello and low brass, is perfect.

What doesn't

Around the halfway point, Ember Tide runs out of new ideas. The last three regions reuse the same ruin layouts with different colours, and the upgrade system stops offering anything more interesting than "bigger tank, faster engine".

The story, told through scattered notes, builds to an ending that is both predictable and rushed.

There are also technical problems. On PC, the game stuttered badly during storms until a patch released this week, and I had two crashes in the final hours.

The verdict

Ember Tide is a beautiful, frustrating game. Its first half is among the best exploration experiences of the year; its second half is padding. If you love sailing and can forgive repetition, it's worth the voyage.

Score: 7/10
""")

# --------------------------------------------------------------------------
# 37: courts
ART("verdict-greyhill-fraud", "courthousebeat.example", "en", "courts", """
Jury convicts former Greyhill Capital chief of fraud in $90 million investor scheme
A federal jury on Friday found Conrad Ashby, the former chief executive of Greyhill Capital, guilty of securities fraud and wire fraud for misleading investors about the value of a real estate fund that collapsed in 2022.

The jury deliberated for about nine hours over two days before returning guilty verdicts on six of the eight counts. Ashby was acquitted on two counts of money laundering.

Prosecutors said Ashby told investors the Greyhill Harbor Fund was worth about $240 million when, by his own internal estimates, it was worth less than half that. About 1,300 investors, many of them retirees, lost roughly $90 million.

"He looked investors in the eye and told them their savings were safe, while his own spreadsheets said otherwise," Assistant U.S. Attorney Mariana Cole told jurors in her closing argument.

Ashby, 57, showed no visible reaction as the verdict was read. His wife, seated in the second row, wept.

His lawyer, Theodore Quinlan, said he would appeal. "Mr. Ashby made mistakes of judgment in an extraordinary market. That is not a crime," Quinlan said outside the courthouse.

The trial lasted three weeks and included testimony from the fund's former chief financial officer, Neil Barros, who pleaded guilty last year and agreed to cooperate with prosecutors.

Barros told the jury that Ashby had instructed him to use "optimistic" valuations on three office buildings in quarterly reports, even after tenants had left.

Several investors testified, including a retired schoolteacher who said she had put her entire pension lump sum into the fund.

Sentencing is scheduled for July 14. The most serious charge carries a maximum of 20 years in prison.
""")

# --------------------------------------------------------------------------
# 38: transport
ART("riverline-tram-opening", "metrotransitnews.example", "en", "transit", """
Riverline tram opens after seven years, three budgets and one very long detour
After seven years of construction, two cost overruns and a diversion around a medieval well that nobody knew was there, the Riverline tram finally carried its first passengers on Sunday.

About 22,000 people rode the 9.4-kilometre line on opening day, when travel was free, according to the regional transport authority. Some queued for more than an hour at the central station to be on the first tram, which left at 6:02 a.m.

The line links the university hospital in the north with the new Eastbank housing district, stopping at 16 stations along the way. Trams will run every six minutes at peak times and every 12 minutes in the evenings.

The project was originally budgeted at 310 million euros and was due to open in 2021. The final cost is about 468 million euros.

Officials blamed much of the delay on unexpected finds under the old town. In 2020, workers uncovered a 14th-century well and part of a timber quay, forcing engineers to redesign a 600-metre section of the route.

"Would I have chosen to find a medieval well under the busiest junction in the city? No," said project director Henrike Vos. "But it's now in a museum, and the tram goes around it."

Not everyone was celebrating. Shop owners on Kleine Markt, where the street was closed for nearly three years, say they lost customers who have not come back. A compensation fund paid out 4.1 million euros, but traders say it was too little, too late.

Timeline

2018: construction begins

2020: medieval well discovered; route redesigned

2022: second budget increase approved

2024: test runs begin

2025: line opens

Regular fares apply from Monday. A single ticket costs 2.40 euros.
""")

# --------------------------------------------------------------------------
# 39: Spanish politics
ART("es-presupuestos-valdoria", "diariodelvalle.example", "es", "es-politics", """
El Parlamento de Valdoria aprueba los presupuestos tras un pacto de última hora
El Parlamento regional de Valdoria aprobó este jueves los presupuestos para 2026 con 34 votos a favor y 31 en contra, después de que el Gobierno cerrara en la madrugada un acuerdo con los dos diputados del partido regionalista Unión Serrana.

Las cuentas prevén un gasto total de 7.850 millones de euros, un 4,6 % más que este año, con aumentos destacados en sanidad, vivienda pública y transporte comarcal.

El acuerdo con Unión Serrana incluye una partida de 22 millones para reabrir los centros de salud rurales cerrados durante la pandemia y un plan para mejorar la conexión por autobús entre los pueblos del norte.

"Hemos antepuesto los intereses de la gente a las siglas", afirmó la presidenta regional, Carmen Olazábal, tras la votación.

La oposición criticó duramente el pacto. El portavoz del principal partido de la oposición, Javier Montoya, lo calificó de "compraventa de votos" y acusó al Gobierno de haber "hipotecado" la región.

Los presupuestos incluyen también una rebaja del tramo autonómico del IRPF para las rentas inferiores a 30.000 euros, que beneficiará, según el Ejecutivo, a unas 410.000 personas.

Principales partidas

Sanidad: 2.960 millones de euros

Educación: 1.870 millones

Vivienda: 310 millones

Transporte: 245 millones

Los sindicatos recibieron las cuentas con cautela. Consideran positivo el aumento en sanidad, pero recuerdan que la plantilla de enfermería sigue por debajo de la media nacional.

Los presupuestos entrarán en vigor el 1 de enero.
""")

# --------------------------------------------------------------------------
# 40: Spanish football
ART("es-real-torrealba-derbi", "golazodiario.example", "es", "es-football", """
El Torrealba gana el derbi en el último minuto y duerme líder
El Real Torrealba se impuso por 2-1 al Atlético Marinero en un derbi vibrante disputado en el estadio de La Alameda, gracias a un gol de cabeza de Iker Sarasola en el minuto 93.

El conjunto local se adelantó pronto, en el minuto 11, con un disparo lejano de Mateo Quiroga que se coló por la escuadra. El Marinero reaccionó tras el descanso y empató a la hora de juego por medio de su delantero paraguayo Hernán Benítez.

Cuando el partido parecía abocado al empate, un córner botado por Quiroga encontró la cabeza de Sarasola, que había entrado al campo apenas diez minutos antes.

"No sé ni cómo la he tocado. Solo he cerrado los ojos", confesó el delantero, de 19 años, a pie de campo.

Con esta victoria, el Torrealba suma 29 puntos y supera en la clasificación al Deportivo Costa, que empató el sábado.

El técnico local, Raúl Echevarría, elogió la reacción de su equipo. "Hemos sufrido, pero este equipo no se rinde nunca", dijo en rueda de prensa.

Su homólogo, Fernando Lis, se quejó del arbitraje. "Hay una falta clara en el córner del gol. No lo digo yo, lo dicen las imágenes", aseguró.

Ficha técnica

Real Torrealba: Ruiz; Gómez, Otamendi, Salas, Perea; Quiroga, Beltrán, Mora (Sarasola, 83'); Duarte, Nieto, Fabra.

Atlético Marinero: Ibáñez; Cano, Vidal, Prieto, Lozano; Benítez, Arana, Soler; Paredes, Gil, Roca.

Goles: 1-0, min. 11: Quiroga. 1-1, min. 61: Benítez. 2-1, min. 93: Sarasola.

Árbitro: Pablo Centeno. Amonestó a Salas, Arana y Soler.
""")

# --------------------------------------------------------------------------
# 41: French culture
ART("fr-festival-theatre-lormont", "scenesdouest.example", "fr", "fr-culture", """
Le festival de théâtre de Lormont fête ses 30 ans avec une édition record
Pour sa trentième édition, le festival de théâtre de Lormont a accueilli plus de 48 000 spectateurs en dix jours, un record depuis sa création en 1995, ont annoncé les organisateurs dimanche soir.

Soixante-deux spectacles ont été présentés dans onze lieux de la ville, du théâtre municipal aux cours d'école, en passant par un ancien hangar à bateaux reconverti pour l'occasion.

« Nous avons voulu revenir à l'esprit des débuts : du théâtre partout, pour tout le monde », explique la directrice artistique, Hélène Marchetti.

La création la plus attendue, Les Veilleurs, de la metteuse en scène Aurélie Fontanel, a joué à guichets fermés pendant toute la durée du festival. La pièce, qui suit trois gardiens de phare sur une île bretonne, a reçu une ovation de plus de dix minutes lors de la première.

Le festival a également fait la part belle aux jeunes compagnies, avec un programme de quinze spectacles proposés à prix libre.

Pour Julien Bercy, 24 ans, qui présentait son premier spectacle, l'expérience a été « vertigineuse ». « Jouer devant 300 personnes alors qu'on répétait dans un garage il y a six mois, c'est irréel. »

Côté finances, le budget de cette édition s'élevait à 1,9 million d'euros, dont près de la moitié provient de la billetterie.

La ville de Lormont a d'ores et déjà annoncé qu'elle renouvelait son soutien pour les trois prochaines années.

La 31e édition se tiendra du 9 au 19 juillet de l'année prochaine.
""")

# --------------------------------------------------------------------------
# 42: German transport strike
ART("de-warnstreik-nahverkehr", "rheinkurier.example", "de", "de-transport", """
Warnstreik legt Nahverkehr in Kesselbach weitgehend lahm
Ein ganztägiger Warnstreik hat am Dienstag den öffentlichen Nahverkehr in Kesselbach und im Umland weitgehend zum Erliegen gebracht. Busse und Straßenbahnen blieben von Betriebsbeginn an in den Depots.

Zu dem Ausstand hatte die Gewerkschaft Verkehr und Dienste aufgerufen. Sie fordert für die rund 2.300 Beschäftigten der Kesselbacher Verkehrsbetriebe eine Lohnerhöhung von 11 Prozent sowie zusätzliche Urlaubstage für Schichtarbeiter.

Die Arbeitgeberseite hatte zuletzt 5,5 Prozent über 24 Monate angeboten. Die nächste Verhandlungsrunde ist für den 18. März angesetzt.

„Die Kolleginnen und Kollegen fahren seit Jahren am Limit", sagte Gewerkschaftssekretär Jörg Albers bei einer Kundgebung vor dem Hauptbahnhof. „Ohne deutliche Verbesserungen finden wir bald niemanden mehr, der diese Arbeit macht."

Die Verkehrsbetriebe bezeichneten den Streik als unverhältnismäßig. Man sei zu weiteren Gesprächen bereit, erklärte eine Sprecherin.

Auf den Straßen der Innenstadt bildeten sich am Morgen lange Staus. Viele Pendler stiegen aufs Fahrrad um oder bildeten Fahrgemeinschaften.

Schülerinnen und Schüler wurden vielerorts vom Präsenzunterricht befreit. Die Stadt hatte die Schulen zuvor gebeten, Verspätungen großzügig zu entschuldigen.

Nicht betroffen waren die S-Bahnen und Regionalzüge, die von einem anderen Unternehmen betrieben werden. Sie waren allerdings deutlich voller als sonst.

Der Betrieb soll am Mittwoch ab 3 Uhr wieder normal anlaufen. Die Verkehrsbetriebe rechnen in den ersten Stunden noch mit Verspätungen.
""")

# --------------------------------------------------------------------------
# 43: Italian wine harvest
ART("it-vendemmia-colli-aurelio", "terrevino.example", "it", "it-wine", """
Vendemmia 2025 sui Colli Aurelio: meno uva, ma qualità eccellente
La vendemmia sui Colli Aurelio si è chiusa con un calo della produzione di circa il 15 per cento rispetto allo scorso anno, ma con una qualità delle uve che i produttori definiscono "tra le migliori dell'ultimo decennio".

A pesare sulla quantità sono state soprattutto le gelate tardive di aprile, che hanno colpito i vigneti di fondovalle, e la lunga siccità di luglio.

"Abbiamo raccolto meno, ma ogni grappolo era sano e maturo al punto giusto", racconta Giulia Ferrandi, titolare dell'azienda agricola Poggio Alto, a conduzione familiare da quattro generazioni.

Secondo il Consorzio di tutela, la produzione complessiva si attesterà intorno ai 182.000 ettolitri. I prezzi delle uve sono aumentati in media dell'8 per cento.

Il presidente del Consorzio, Alberto Sgarbi, invita però alla prudenza. "Il cambiamento climatico ci obbliga a ripensare tutto: le varietà, le esposizioni, perfino gli orari della raccolta", ha spiegato.

Molte aziende hanno infatti anticipato la vendemmia di oltre una settimana e raccolto di notte per preservare la freschezza delle uve.

Le varietà

Sangiovese: ottima maturazione, gradazione elevata

Trebbiano: acidità buona, produzione in calo del 20 per cento

Malvasia: rese basse ma profumi intensi

Cresce intanto l'interesse dei turisti: le cantine aperte per le degustazioni durante la vendemmia hanno registrato un aumento delle visite del 30 per cento.

I primi vini della nuova annata saranno presentati alla fiera di San Martino, a novembre.
""")

# --------------------------------------------------------------------------
# 44: Portuguese economy
ART("pt-inflacao-servicos", "folhaeconomica.example", "pt", "pt-economy", """
Inflação de serviços desacelera, mas alimentos voltam a pressionar preços
A inflação oficial desacelerou para 4,1% no acumulado de 12 meses até setembro, informou nesta quarta-feira o instituto nacional de estatística, puxada sobretudo pela queda nos preços de serviços e de passagens aéreas.

No mês, o índice subiu 0,32%, abaixo da mediana das projeções de analistas, que esperavam alta de 0,40%.

O grupo de alimentação e bebidas, porém, voltou a acelerar e subiu 0,71%, com destaque para o café, a carne bovina e o tomate. Segundo economistas, a estiagem no interior do país deve continuar pressionando esses itens até o fim do ano.

"O quadro é misto. Os serviços finalmente estão cedendo, o que é uma boa notícia para o Banco Central, mas a comida pesa muito no bolso das famílias de menor renda", avalia a economista Beatriz Couto, da consultoria Horizonte.

Os preços de serviços subiram 0,18% no mês, a menor variação desde o início de 2023. As passagens aéreas recuaram 9,4%.

Já a energia elétrica ficou praticamente estável, depois da alta de agosto causada pela mudança na bandeira tarifária.

Com o resultado, analistas passaram a considerar mais provável que o Comitê de Política Monetária mantenha a taxa básica de juros em 10,75% na reunião do fim do mês.

Principais variações em setembro

Alimentação e bebidas: +0,71%

Habitação: +0,12%

Transportes: -0,24%

Saúde e cuidados pessoais: +0,35%

O próximo dado de inflação será divulgado no dia 10 de novembro.
""")

# --------------------------------------------------------------------------
# 45: housing market
ART("housing-prices-cooling", "propertypulse.example", "en", "housing", """
Home prices fall for third month as buyers wait for cheaper mortgages
Average home prices in the Meridian region fell 0.6 percent in August, the third consecutive monthly decline, as higher borrowing costs kept many would-be buyers on the sidelines, according to figures from the regional property board.

The typical home sold for $412,300 last month, down from a peak of $431,000 in May. Prices are still 2.1 percent higher than a year ago.

Sales volumes fell 11 percent from July, while the number of homes listed for sale rose to its highest level since 2019.

"Sellers are finally having to listen to offers," said board president Glenn Osterhout. "Six months ago you listed on Thursday and had ten bids by Sunday. Now you might get two, and one of them will ask you to pay for a new roof."

The average 30-year fixed mortgage rate stood at 6.9 percent last week, roughly double what buyers could get three years ago.

First-time buyers have been hit hardest. A household earning the regional median income would need to spend 44 percent of its pre-tax pay on a mortgage for a typical home, according to an affordability index compiled by Meridian University.

Condominium prices held up better than detached houses, falling just 0.2 percent, as some buyers traded down.

By neighbourhood

Harbourview: $688,000, down 1.4 percent

Eastgate: $395,500, down 0.3 percent

Millbrook: $352,900, up 0.5 percent

Old Town: $471,200, down 0.9 percent

Economists expect prices to remain flat or fall slightly until mortgage rates come down, which most do not expect before next spring.

Real estate agents report that more sellers are offering incentives, such as covering closing costs or "buying down" the buyer's mortgage rate for the first two years.
""")

# --------------------------------------------------------------------------
# 46: weather
ART("weekend-forecast-heat", "skywatch.example", "en", "weather", """
Forecast: heat builds through the weekend, with relief arriving Monday night
After a pleasant start to the week, summer returns with a vengeance. Temperatures will climb each day through Sunday, peaking in the mid to upper 90s in most inland areas before a cold front brings storms and cooler air on Monday night.

A heat advisory is in effect from noon Saturday to 8 p.m. Sunday for the valley and foothill zones. Heat index values could reach 105 degrees.

Thursday

Sunny and warm. High 86, low 64. Light winds.

Friday

Mostly sunny and hotter. High 91, low 68.

Saturday

Hot and humid. High 96, low 73. A stray afternoon storm is possible in the mountains.

Sunday

The hottest day. High 98, low 75. Heat index near 105 in the afternoon.

Monday

Hot early, then scattered storms developing by late afternoon, some of which could be strong with gusty winds and heavy rain. High 93.

Tuesday

Much more comfortable behind the front. High 81, low 60.

The weekend heat is driven by a broad ridge of high pressure parked over the region. Overnight lows in the 70s will give little relief, especially in the city, where pavement holds on to the day's heat.

Meteorologist Kiran Dalal said Monday's storms bear watching. "The same heat that makes the weekend uncomfortable is fuel for storms when the front arrives. I wouldn't be surprised to see a few severe warnings."

Staying safe

Drink water before you feel thirsty, check on older neighbours and never leave children or pets in a parked car, even for a few minutes.

Cooling centres will be open at all public libraries on Saturday and Sunday.
""")

# --------------------------------------------------------------------------
# 47: celebrity roundup
ART("celebrity-roundup-friday", "glitterbeat.example", "en", "celebrity", """
Friday roundup: a surprise wedding, a reunion tour rumour and a very expensive sandwich
It's been a busy week in celebrity land. Here's everything you might have missed.

Dara Quinn and Leo Marsh tie the knot

Actress Dara Quinn and chef Leo Marsh were married last weekend in a small ceremony on a farm in the hills outside Valmont, a representative for Quinn confirmed on Tuesday. About 40 guests attended. The couple met in 2021 when Marsh catered the wrap party for Quinn's series Eastern Lights.

Are The Velvet Ninths getting back together?

Fans went into overdrive after all four members of the 2000s pop group posted the same photo of an empty stage with the caption "soon." The band split in 2011 amid reports of a feud between singers Kaylee Bright and Nadia Frost. Neither has commented.

Caleb Stroud's $200 sandwich

Comedian Caleb Stroud has been roasted online after posting a review of a sandwich that cost him $200 at a members-only club. "It was fine," he said in the video. "It was a fine sandwich." The clip has been watched more than 9 million times.

Mira Kent on her new role

Mira Kent says she lost 10 pounds and learned to fence for her role as a 17th-century swordswoman in the upcoming film The Crimson Oath. "I've never been so sore in my life. I walked like a cowboy for a month," she told a podcast.

Farewell, Grandpa Joe

Fans are paying tribute to Ronnie Alder, who played the lovable Grandpa Joe on the sitcom Family Matters Most for nine seasons. Alder died on Wednesday at 91.

That's all for this week. See you next Friday.
""")

# --------------------------------------------------------------------------
# 48-49: Aurora-2 launch (same-topic pair)
ART("aurora-launch-success", "orbitdaily.example", "en", "aurora-launch", """
Kestrel Space's Aurora-2 rocket reaches orbit on second attempt
Kestrel Space's Aurora-2 rocket reached orbit for the first time on Tuesday, four months after the company's first launch attempt ended in an explosion seconds after liftoff.

The 41-metre rocket lifted off from the Seaview launch site at 6:14 a.m. local time and deployed three small satellites into a 520-kilometre orbit about nine minutes later, the company said.

Cheers broke out in the control room as the second stage shut down on schedule. "Nominal orbit," a controller announced, and the company's founder, Anneke Voss, could be seen hugging engineers on the live feed.

"Four months ago we had a crater. Today we have an orbit," Voss said at a press conference. "I'm very proud of this team."

The failure in March was traced to a faulty valve in the first stage's fuel system. Kestrel said it had redesigned the valve and added extra sensors.

Tuesday's success makes Kestrel only the second private company in the region to reach orbit with its own rocket.

The satellites on board belonged to a university weather research programme, a maritime tracking start-up and a government agency that declined to describe its payload.

Kestrel plans to attempt to land and recover the first stage on a sea platform later this year, a technique that could sharply cut launch costs.

The company has raised about 340 million euros from investors and has contracts for 14 more launches.
""")

ART("aurora-launch-analysis", "spacepolicyreview.example", "en", "aurora-launch", """
Analysis: Aurora-2's success is a milestone, but the hard part starts now
Kestrel Space has done what most rocket start-ups never do: it has put a payload into orbit. Tuesday's Aurora-2 flight, coming just four months after a fiery failure, was a genuine engineering achievement.

But reaching orbit once is not a business. The question for Kestrel now is whether it can do it again, and again, cheaply enough to make money.

The numbers are daunting. Kestrel says it needs to launch at least eight times a year to break even. It has flown twice in three years, once successfully.

The company has 14 launches under contract, which sounds healthy until you look at who signed them. At least half are with start-ups that have yet to build their satellites, and several are "options" rather than firm orders.

Competition is also intensifying. Two larger rivals now offer rideshare slots on heavy rockets for a fraction of what a dedicated small launch costs. For many satellite operators, waiting a few months for a cheaper ride is a reasonable trade.

Kestrel's answer is reusability. If it can land and refly the Aurora-2's first stage, founder Anneke Voss argues, the cost per launch could fall by 40 percent.

That is a big if. Recovering a stage from the sea is notoriously difficult, and salt water is unkind to engines. Only a handful of companies have managed it.

Then there is money. Kestrel's last funding round valued it at about 1.1 billion euros, but investors have grown much more cautious about space companies since then. A second failure this year would make the next round very hard.

None of this is to diminish what happened on Tuesday. It is simply to say that in the launch business, the first orbit is the entrance exam, not the graduation.
""")

# --------------------------------------------------------------------------
# 50: agriculture
ART("drought-wheat-harvest", "farmgazette.example", "en", "drought", """
Drought cuts wheat harvest by a third on the Carrow plains
Farmers on the Carrow plains are bringing in their smallest wheat harvest in two decades after the driest spring since records began, with yields down by about a third, the regional farm bureau said on Thursday.

Average yields came in at 38 bushels per acre, compared with a five-year average of 57, according to a survey of 420 farms.

"Some of my fields didn't get a single decent rain from planting to harvest," said Anton Lisowski, who farms 2,600 acres near the town of Merriam. "You watch it every day and there is nothing you can do."

The shortfall is likely to push up prices for local millers and bakers, though global wheat prices have been relatively stable.

Some farmers have already abandoned fields that were not worth harvesting and are collecting crop insurance instead. The bureau estimates that about 8 percent of planted acres will not be harvested at all.

Livestock producers face a separate problem. Hay prices have nearly doubled since May, and some ranchers are selling cattle early rather than pay to feed them through the winter.

The state agriculture department has asked for a federal drought designation for 14 counties, which would make low-interest emergency loans available.

Farm groups say the harvest underlines the need for better water storage. "We keep having this conversation every few years," said bureau president Wendy Caldecott. "At some point it stops being bad luck and starts being the new normal."

Forecasters say there are signs of a wetter autumn, which would help winter wheat planted in the coming weeks.
""")

# --------------------------------------------------------------------------
# 51: morning briefing
ART("morning-briefing-five-things", "dailyupshot.example", "en", "briefing", """
Five things to know today: a rate decision, a strike and a record-breaking tortoise
Good morning. Here's what you need to know to start your Thursday.

1. All eyes on the central bank

The Bank of Estmark announces its interest rate decision at noon. Economists expect rates to stay at 4.25 percent, but markets will be listening closely for any hint that cuts are coming next year.

2. Pilots walk out at Skyreach

If you're flying this weekend, check your booking. Skyreach Airlines pilots begin a 48-hour strike at midnight on Friday, and the airline says most short-haul flights will be cancelled.

3. Riverline tram, day four

The new tram line is running, but not smoothly: signal problems caused 20-minute delays during Wednesday's evening rush. The transport authority says a software fix is being installed overnight.

4. A big night for Harbour Lights

The band's new single is expected to debut at number one on Friday, which would be their first chart-topper after ten years and five albums.

5. Meet Hortensia, 190 years young

A giant tortoise at the Valmont Zoo has been officially recognised as the oldest living land animal in the country, after researchers found her name in an 1840s ship's log. Keepers say she celebrated with a plate of dandelions.

And finally

Today's weather: sunny and mild, high of 19C. Tomorrow looks wetter.

Have a great day. We'll be back tomorrow morning.
""")

# --------------------------------------------------------------------------
# 52: explainer
ART("explainer-daylight-saving", "clearview.example", "en", "explainer", """
Why are we still changing the clocks? Your daylight saving questions answered
Clocks go back one hour at 3 a.m. on Sunday, giving most of us an extra hour in bed and an earlier sunset. Every year, the change prompts the same complaints. Here's what's actually going on.

Why do we change the clocks at all?

Daylight saving time was widely adopted during the First World War to save fuel by making better use of evening daylight. Most countries dropped it after the war and then brought it back, in various forms, in later decades.

Does it still save energy?

Not much. Modern studies find that any savings on lighting are small and are often cancelled out by extra heating or air conditioning. The energy argument is now rarely the main reason given for keeping the system.

So why keep it?

Supporters say lighter evenings are good for road safety, tourism and outdoor activity. Retailers and sports bodies tend to like it.

And why scrap it?

Sleep scientists point to evidence that the spring change, when we lose an hour, is linked to a short-term rise in heart attacks and road accidents. Many argue that permanent standard time, rather than permanent summer time, is healthier because it keeps mornings lighter.

Hasn't the European Parliament voted to end it?

In 2019, yes. But member states never agreed on whether to stay on summer or winter time, and the plan has been stuck ever since.

What happens on Sunday?

At 3 a.m. clocks go back to 2 a.m. Most phones and computers update automatically. Oven clocks and car dashboards, as ever, will need a human.

Does it affect my pets?

It might. Animals don't read clocks, so a dog used to a 7 a.m. walk will want it at what is now 6 a.m. Vets suggest shifting routines by ten minutes a day.
""")

# --------------------------------------------------------------------------
# 53: motor racing standings
ART("grand-touring-standings", "pitlanepost.example", "en", "motorsport", """
Grand Touring Series: Okafor extends lead after double podium at Redhill
Ade Okafor extended his lead in the Grand Touring Series standings to 38 points after finishing second and third in the two races at Redhill Raceway on Sunday.

Race one was won by Sven Lindqvist, who started from pole and led every lap. Race two went to Tomás Aguirre, his second win of the season, after a late safety car bunched the field.

Okafor's title rival Hugo Marchand had a miserable weekend, retiring from race one with a gearbox failure and finishing only ninth in race two after a drive-through penalty for a pit-lane speeding offence.

"It's the kind of weekend that can decide a championship," Okafor said. "But there are still four races left, and I've seen bigger leads disappear."

Marchand was blunt. "We threw away 40 points today. There is nothing else to say."

Championship standings after 8 of 12 races

Pos Driver Team Points Wins

1 Ade Okafor Halden Racing 196 3

2 Hugo Marchand Veloce Corse 158 2

3 Sven Lindqvist Nordic Motorsport 151 2

4 Tomás Aguirre Equipo Sierra 139 2

5 Ruth Kamau Halden Racing 104 0

6 Piotr Zielinski Veloce Corse 97 0

The series moves to the Costa Brava circuit in two weeks.
""")

# --------------------------------------------------------------------------
# 54-55: short briefs
ART("library-fines-abolished", "northvaleecho.example", "en", "local-brief", """
Northvale libraries scrap overdue fines for good
Northvale's public libraries will no longer charge fines for overdue books, the city council decided on Monday, making permanent a trial that began last year.

Library officials said the number of active cardholders rose 12 percent during the trial, and that more than 1,800 people whose cards had been blocked because of unpaid fines returned to borrow again.

The fines brought in about $41,000 a year, less than it cost staff to collect them, according to a council report.

"Fines kept the people who needed us most away from us," said library director Yvonne Adebayo.

Borrowers will still have to pay for lost or damaged items. Cards will be suspended if a book is more than 60 days overdue, and reactivated as soon as it is returned.

Old fines will be wiped from accounts automatically by the end of the month.
""")

ART("bridge-repairs-overnight", "valleycommuter.example", "en", "local-brief", """
Overnight closures on Granger Bridge for three weeks of repairs
The Granger Bridge will close to all traffic overnight from Monday for about three weeks while crews repair expansion joints and resurface the deck, the state highway department said.

The bridge will be closed from 10 p.m. to 5 a.m., Sunday nights through Thursday nights. It will remain open on weekends.

Drivers will be detoured via the Harlan Street Bridge, adding about 10 minutes to most trips. Buses on routes 14 and 22 will follow the same detour.

Pedestrians and cyclists will be able to use the north sidewalk at all times, except for two nights when crews work on that side. Those dates will be announced in advance.

The $3.2 million project is part of a statewide programme to repair ageing bridges. Granger Bridge opened in 1971 and carries about 26,000 vehicles a day.

The work is expected to be finished by the end of the month, weather permitting.
""")
