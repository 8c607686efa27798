"""Original articles for the holdout4 cleaning set (all people, places and
sites are invented; hosts use the reserved .example TLD).

Each article: slug, site, host, lang, topic (same-topic articles share it),
kind (site type), title, paras.  Paragraphs are written one per line in the
body strings below, separated by blank lines.
"""

ARTICLES = []


def _a(slug, site, host, lang, topic, kind, title, body):
    paras = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    assert all("\n" not in p for p in paras), slug
    ARTICLES.append(dict(slug=slug, site=site, host=host, lang=lang, topic=topic,
                         kind=kind, title=title, paras=paras))


MPA = ("Meridian Press Agency", "meridianpress.example", "wire")
KVRN = ("KVRN 7 News", "kvrn7.example", "localtv")
LEDGER = ("The Ledger", "theledger-daily.example", "business")
CIRC = ("Circuitry", "circuitry.example", "techblog")
FTR = ("Full Time Report", "fulltimereport.example", "sports")
BLAZE = ("The Daily Blaze", "dailyblaze.example", "tabloid")
COURIER = ("Harrow Valley Courier", "harrowvalleycourier.example", "regional")
SALT = ("Salt & Thyme", "saltandthyme.example", "food")
QDL = ("Le Quotidien du Lac", "quotidiendulac.example", "regional_fr")
DLV = ("Diario La Vega", "diariolavega.example", "regional_es")
FDP = ("Folha do Planalto", "folhadoplanalto.example", "regional_pt")
GDV = ("Gazzetta di Valmora", "gazzettavalmora.example", "regional_it")
NSA = ("Nordstadt Anzeiger", "nordstadt-anzeiger.example", "regional_de")


def _s(site, slug, lang, topic, title, body):
    name, host, kind = site
    _a(slug, name, host, lang, topic, kind, title, body)


# ---------------------------------------------------------------- bridge
_s(MPA, "mpa-kinnear-bridge", "en", "bridge",
   "Rescuers search river after Port Ambry bridge collapse leaves four missing", """
PORT AMBRY, Norland (MPA) — Rescue teams using sonar and divers searched the Tessel River on Wednesday for four people missing after a section of the 62-year-old Kinnear Bridge gave way during the morning rush hour, sending at least six vehicles into the water.

Eleven people were pulled from the river alive, and two of them were in critical condition at St. Brendan's Hospital, the regional emergency service said in a statement shortly after noon.

"We are still treating this as a rescue operation, not a recovery," fire chief Orla Maddox told reporters at a makeshift command post on the eastern bank. "The water is cold and the current is strong, but people have survived longer in worse."

The collapse happened at about 7:40 a.m. when a 90-metre span near the middle of the bridge dropped without warning, according to witnesses and traffic camera footage reviewed by MPA.

Delivery driver Tomasz Beale, 34, said he had braked hard when he saw the road ahead "fold like a piece of paper."

"The car in front of me just disappeared," he said. "I sat there for a second not understanding what I'd seen. Then I got out and started running back."

The Kinnear Bridge carries roughly 38,000 vehicles a day across the Tessel and links Port Ambry's container terminal with the motorway network. It was last fully inspected in 2021, when engineers rated its condition as "fair" and recommended repairs to expansion joints that had not yet been carried out, according to public records.

Norland's transport minister, Hal Reyes-Lindqvist, said an independent panel would investigate. "There will be answers, and if there were failures, there will be consequences," he said in a televised statement.

The port authority said container traffic would be diverted via the Sandholm crossing, about 30 km upstream, adding up to 90 minutes to journeys for freight lorries.

Police asked residents to avoid both riverbanks and to stop flying drones over the site, which they said had twice forced rescue helicopters to pull back.
""")

_s(KVRN, "kvrn-bridge-live", "en", "bridge",
   "LIVE: Kinnear Bridge collapse — closures, detours and what we know", """
Follow along for the latest on the partial collapse of the Kinnear Bridge in Port Ambry. KVRN 7 crews are at the scene on both sides of the river.

What we know so far:

• A center span of the bridge fell into the Tessel River around 7:40 a.m. Wednesday.

• At least 11 people have been rescued; four are unaccounted for.

• Route 9 is closed between Harbor Avenue and the Millbrook interchange.

• Port Ambry Public Schools says buses on routes 14 and 22 are running up to an hour late.

4:55 p.m. — The city has opened a family assistance center at the Eastside Community Hall, 210 Corliss Street. Anyone looking for a relative who may have been on the bridge is asked to go there or call the hotline at 555-0148.

3:20 p.m. — Governor Lena Strand has declared a state of emergency for Port Ambry County, freeing up state money for the response. She is expected to visit the scene tomorrow morning.

1:47 p.m. — KVRN 7's Derek Oyelaran spoke with a woman who says her brother drove across the bridge minutes before it fell. "He called me shaking," she said. "He kept saying, that was almost me."

12:05 p.m. — Fire Chief Orla Maddox says divers have located two vehicles on the riverbed. She would not say whether anyone was inside.

10:30 a.m. — Ferry operator Tessel Link says it will run extra boats every 20 minutes between the North Pier and Cobb's Landing until further notice. Fares are suspended for the day.

9:12 a.m. — Drivers heading to the port should use the Sandholm crossing. Expect long delays on Route 40 northbound.

8:15 a.m. — Aerial footage from Chopper 7 shows at least three cars partially submerged downstream of the missing span.

7:58 a.m. — We are getting reports of a partial collapse of the Kinnear Bridge. Emergency crews are on their way. Please avoid the area.
""")

_s(QDL, "qdl-pont-saint-aubert", "fr", "bridge",
   "Le pont de Saint-Aubert fermé à la circulation après la découverte de fissures", """
Le pont de Saint-Aubert, qui relie les deux rives de la Vère, est fermé à toute circulation depuis lundi soir après que des techniciens ont découvert des fissures sur l'une de ses piles.

L'ouvrage, construit en 1964, voit passer en moyenne 14 000 véhicules par jour. Une déviation a été mise en place par le pont de Montreuil-sur-Vère, à une dizaine de kilomètres en aval.

« Nous ne prendrons aucun risque », a déclaré mardi le président du conseil départemental, Bernard Lhomme. « Le pont restera fermé tant que nous n'aurons pas de certitude sur sa solidité. »

Les fissures ont été repérées lors d'une inspection de routine prévue de longue date. Des capteurs doivent être installés dès cette semaine pour mesurer d'éventuels mouvements de la structure.

Pour les commerçants du centre-bourg, la fermeture tombe au plus mal. « On perd déjà la moitié de nos clients de l'autre rive », soupire Nadine Ferrand, qui tient une boulangerie rue du Port.

Une navette gratuite pour les piétons et les cyclistes sera mise en service à partir de jeudi, entre 6 h et 21 h.

Le département estime que les travaux, s'ils sont nécessaires, pourraient durer plusieurs mois.
""")

# ---------------------------------------------------------------- rates
_s(MPA, "mpa-norland-rates", "en", "rates",
   "Norland central bank holds rates at 4.25%, hints at cut in spring", """
ESTERBY, Norland (MPA) — The Bank of Norland kept its benchmark interest rate unchanged at 4.25% on Thursday for a third straight meeting but signalled that it could begin lowering borrowing costs as early as March if inflation keeps easing.

The decision by the seven-member monetary policy board was unanimous, the bank said, though two members argued in favour of dropping language that described policy as needing to remain "restrictive for some time."

Annual consumer price inflation slowed to 3.1% in November from a peak of 9.4% last year, official data showed earlier this month. The bank targets 2%.

"We have come a long way, but the last stretch is often the hardest," Governor Petra Almgren told a news conference in Esterby. "We would rather be a little late than have to reverse course."

Markets had largely expected the hold. The Norland krona rose 0.4% against the euro after the statement, while two-year government bond yields fell six basis points to 3.72%.

Economists said the bank's updated projections, which show inflation reaching target in the third quarter of next year, leave room for two or three quarter-point cuts before the summer.

"The door to easing is now open. The question is how wide," said Jonas Ekwall, chief economist at Fjordline Bank.

The bank also lowered its growth forecast for next year to 0.8% from 1.2%, citing weak demand in export markets and a slowdown in housing construction.

The next policy decision is due on Feb. 6.
""")

_s(LEDGER, "ledger-mortgage-wait", "en", "rates",
   "Mortgage holders left waiting as Bank of Norland stands pat", """
Borrowers hoping for relief on their monthly payments will have to wait at least another two months after the Bank of Norland held its key rate at 4.25% yesterday, though lenders say fixed-rate deals are already getting cheaper.

Around 310,000 households are due to come off fixed-rate mortgages in the first half of next year, according to the Norland Mortgage Association, most of them deals struck when rates were below 2%.

For a typical 250,000-krona loan over 25 years, the difference is stark:

Rate 1.9% — monthly payment 1,047

Rate 4.25% — monthly payment 1,354

Rate 5.1% — monthly payment 1,477

“People are doing the maths and they don’t like the answer,” said Farida Oyelowo, a broker in Kessock. “I had a couple in on Monday whose payment is going up by more than 400 a month. They are looking at taking in a lodger.”

Lenders have nevertheless started trimming fixed rates in anticipation of cuts. Norbank lowered its five-year fix to 4.49% on Tuesday, and the building society Hearthstone followed with a 4.39% deal for buyers with a 25% deposit.

Swap rates, which lenders use to price fixed mortgages, have fallen about 40 basis points since October.

What it means for savers

Savers, by contrast, have enjoyed the best returns in 15 years. The average easy-access account pays 3.2%, according to the comparison site RateWatch, but analysts expect those rates to be the first to fall once the central bank moves.

“If you’ve got cash sitting idle, now is the moment to lock in a fixed-term account,” said RateWatch’s Neil Castellan.
""")

# ---------------------------------------------------------------- chips
_s(LEDGER, "ledger-kestrel-fab", "en", "chip",
   "Kestrel Semiconductor picks Dunmore for $4.1bn chip plant", """
Kestrel Semiconductor will build a $4.1 billion chip fabrication plant on a former steelworks site in Dunmore, the company said on Monday, in the largest single manufacturing investment in the region for more than two decades.

The plant, due to begin production in 2028, will make power-management and analogue chips used in electric vehicles and industrial equipment rather than the cutting-edge processors found in smartphones.

Kestrel expects to employ about 1,400 people at the site once it reaches full output, with a further 3,000 jobs during construction.

Chief executive Ravi Sundqvist said Dunmore had won out over shortlisted sites in two other states because of its water supply, its rail links and “a workforce that already knows what a shift pattern is.”

State officials confirmed a package of incentives worth $610 million over 15 years, including property-tax abatements and a $95 million training fund run with Dunmore Technical College.

Shares in Kestrel rose 3.8% to $71.20 in New York trading.

Analysts said the choice of mature-node chips was a pragmatic one. “These are the parts that were in shortest supply during the pandemic and they are not glamorous, but carmakers will pay for security of supply,” said Helen Marsh of Corbel Research.

Environmental groups have raised concerns about the plant’s water use, which Kestrel puts at 4 million gallons a day at peak. The company said 80% would be recycled on site.

Kestrel already operates fabs in Oregon and Malaysia. The Dunmore site would be its first new plant since 2012.

Construction is expected to start in the spring, pending final permits.
""")

_s(CIRC, "circ-kestrel-analysis", "en", "chip",
   "Why Kestrel's Dunmore fab matters more than its price tag suggests", """
Kestrel's announcement this week that it will build a $4.1 billion fab in Dunmore got the usual round of headlines about jobs and subsidies. But the interesting part is what the plant will actually make.

Quick refresher: not all chips are created equal.

The node question

The fabs that grab attention — the ones running 3nm and 2nm processes — cost $20 billion and up and make the CPUs and GPUs in your laptop and your phone. Kestrel's plant will run much older processes, 65nm to 180nm, for power-management ICs, sensors and analogue parts.

That sounds unexciting until you remember that a single EV can contain more than 3,000 chips, and the majority of them are this kind of unglamorous silicon.

"A car can ship without a fancy infotainment processor. It can't ship without a voltage regulator," one supply-chain manager at a European automaker told Circuitry.

Why now

During the 2021-22 shortage, lead times for some analogue parts stretched beyond 50 weeks. Carmakers idled lines. Few new mature-node fabs were being built anywhere, because the margins are thin and the existing plants were long since paid off.

Kestrel is betting that long-term supply agreements — it says it has signed three with automotive customers, though it won't name them — make the economics work this time.

What to watch

- Whether Kestrel can hire enough technicians. Dunmore Technical College is expanding its programme, but that pipeline takes years.

- Water. The fab will need 4 million gallons a day at peak, and the region had usage restrictions two summers ago.

- Timing. Production is promised for 2028. Fab timelines slip; ask anyone.

We'll be following this one.
""")

# ---------------------------------------------------------------- phone
_s(CIRC, "circ-fold3-review", "en", "phone",
   "Lumen Fold 3 review: the folding phone that finally folds flat", """
I've been carrying the Lumen Fold 3 for two weeks as my only phone, and for the first time with a foldable, I haven't missed my regular slab.

That's mostly down to two things: the hinge, which now closes completely with no gap, and the battery, which is big enough that I never ended a day below 20%.

Key specs

Display (inner): 7.8-inch OLED, 2,160 x 1,840, 1-120Hz

Display (outer): 6.3-inch OLED, 2,400 x 1,080, 120Hz

Chip / RAM / storage: Vantage X4, 12GB, 256GB or 512GB

Battery: 5,100mAh, 45W wired, 15W wireless

Weight: 229g

Price: $1,499 (256GB), $1,619 (512GB)

Design

Folded, the Fold 3 is 11.9mm thick — still chunkier than a normal phone, but it slides into a jeans pocket without the wedge shape of the Fold 2. The crease is visible when light hits it at an angle, and you can feel it under a finger, but I stopped noticing it after a couple of days.

Performance and battery

The Vantage X4 handles everything I threw at it. In our standard battery test — video streaming at 200 nits on the inner screen — the Fold 3 lasted 14 hours 12 minutes, nearly three hours longer than its predecessor.

Cameras are the weak spot. The 50MP main sensor is fine in daylight, but the 10MP telephoto struggles indoors and the ultrawide smears detail at the edges.

Verdict

If you've been waiting for foldables to grow up, this is the one. It's still expensive, and the cameras trail the best regular phones, but the Fold 3 is the first foldable I'd recommend without a long list of caveats.

Score: 8/10

Good: Flat hinge, excellent battery life, bright inner screen

Bad: Mediocre telephoto, heavy, pricey
""")

_s(CIRC, "circ-fold3-launch", "en", "phone",
   "Lumen unveils Fold 3 with bigger battery and a lower starting price", """
Lumen has announced the Fold 3, the third generation of its book-style foldable, at an event in Carrowmore on Tuesday. The headline changes are a hinge that closes flat, a 5,100mAh battery and a starting price $300 lower than last year's model.

The $1,499 base model comes with 256GB of storage; a 512GB version costs $1,619. Pre-orders open today, with shipping from Oct. 3.

Lumen says the redesigned hinge uses 40% fewer parts and is rated for 400,000 folds, double the previous claim.

"Our customers told us two things: make it thinner and make it last all day," said Lumen's head of devices, Mireille Tan, on stage. "We think we've done both."

The phone runs Orbis OS 9 and Lumen is promising six years of security updates.

There's no stylus support, which Lumen had hinted at earlier in the year, and the telephoto camera drops from 12MP to 10MP.

We've been testing the Fold 3 for a while; our full review is coming soon.
""")

# ---------------------------------------------------------------- football
_s(FTR, "ftr-pell-sacked", "en", "sack",
   "Carrowmore City sack Dario Pell after derby defeat", """
Carrowmore City have sacked manager Dario Pell less than 48 hours after a 4-0 home defeat by rivals Carrowmore Athletic left the club 17th in the table.

The 46-year-old Italian leaves after 14 months in charge, having won only seven of his 35 league matches. Assistant Kenji Farrant will take charge of first-team training on an interim basis.

A club statement said: “The board would like to thank Dario for his hard work and commitment. However, results have fallen well below the standards expected, and we believe a change is needed to secure our league status.”

Pell was appointed in the summer of last year on a three-year contract after guiding Sestri to promotion in Italy, and was backed with a club-record £22m spend on striker Yusuf Adeyemi.

Adeyemi has scored just three goals since his arrival.

Sunday’s derby defeat was City’s heaviest at home to Athletic since 1987, and sections of the crowd chanted for Pell’s dismissal before half-time.

Speaking after the match, Pell had insisted he was “not a quitter” and said the players were “with me one hundred percent.”

Former Wexley Rovers boss Callum Dray and ex-City captain Michael Osei are among the early favourites with bookmakers to replace him.

City travel to Harbourside on Saturday.
""")

_s(BLAZE, "blaze-pell-axed", "en", "sack",
   "PELL'S BELLS! City axe boss after derby shocker", """
DARIO PELL has been booted out of Carrowmore City — just two days after his side were humiliated by their bitter rivals.

The Italian was called into a meeting with chairman Gordon Blakemore at the club’s training ground at 9am yesterday.

It lasted less than 20 minutes.

A source said: “Gordon had seen enough. The derby was the final straw. The fans had turned, the dressing room had gone, and frankly so had Dario.”

Pell, who pockets a £3.5million payoff, was spotted leaving in his black Range Rover with his head bowed.

He did not speak to waiting reporters.

City fans were quick to celebrate online, with one writing: “Best news I’ve had all year. Ding dong!”

Another added: “Should have happened in October.”

But not everyone was happy. Ex-City legend Terry Vance blasted the board, saying: “Fourteen months? That’s no time at all. They gave him a striker who can’t score and then blame the manager.”

Interim boss Kenji Farrant will take charge for Saturday’s trip to Harbourside.

WHO’S NEXT?

Callum Dray — 3/1

Michael Osei — 4/1

Ines Rocha — 6/1
""")

_s(FTR, "ftr-wexley-harbourside", "en", "match",
   "Wexley Rovers 3-2 Harbourside: Okafor strikes late to complete comeback", """
Chidi Okafor’s stoppage-time header completed a remarkable comeback as Wexley Rovers came from two goals down to beat Harbourside at Mill Lane.

Harbourside looked on course for a first away win of the season when Lars Nyquist scored twice in the opening 25 minutes, first with a low drive from the edge of the box and then with a tap-in after goalkeeper Sam Pruitt parried a corner.

Rovers manager Ellie Grant made a double change at half-time, and it paid off within four minutes when substitute Tavi Moreno curled in from 20 yards.

Moreno then turned provider, crossing for captain Dean Whitlock to head in an equaliser on 71 minutes.

Harbourside had chances to restore their lead. Nyquist hit the post with 10 minutes left and Pruitt made a fine double save from Rafa Costa and Jamie Liddle.

Then, in the third minute of added time, Okafor rose above two defenders to meet Moreno’s corner and send Mill Lane into delirium.

“That’s the best we’ve played for 45 minutes all season,” Grant said. “At half-time I told them we had nothing to lose. They believed it.”

Harbourside boss Pieter Lund was less happy. “We stopped playing. You can’t do that here,” he said.

The win lifts Rovers to seventh, three points off the play-off places.

Line-ups

Wexley Rovers: Pruitt; Hale, Whitlock, Brandt, Ojo; Sweeney (Moreno 46), Kerr, Ali (Dunne 46); Okafor, Voss, Lyle.

Harbourside: Mendes; Costa, Liddle, Reyes, Ward; Fenn, Olsen, Blake; Nyquist, Hart, Cole.
""")

_s(FTR, "ftr-cup-final-live", "en", "match",
   "Northern Cup final LIVE: Harbourside v Carrowmore Athletic — minute by minute", """
Welcome to our live coverage of the Northern Cup final from the Tessel Stadium. Harbourside are chasing a first trophy in 31 years; Athletic won this competition two seasons ago.

Team news: Harbourside unchanged. Athletic without the injured Marek Duda, so Ben Aldous starts up front.

1' — We’re under way. Athletic kick off, attacking the south end.

9' — First chance of the afternoon. Nyquist gets in behind but drags his shot wide of the far post.

23' — GOAL! Harbourside 1-0 Athletic. Lars Nyquist, who else? A lovely one-two with Hart and he slots it under the keeper.

38' — Yellow card for Athletic’s Connor Plum, who hauls down Fenn on the break.

45+2' — Half-time. Harbourside lead 1-0 and fully deserve it.

52' — Athletic much brighter since the restart. Aldous heads over from six yards. He should score.

61' — GOAL! Harbourside 1-1 Athletic. Aldous makes amends, volleying in after a corner is only half-cleared.

74' — Double substitution for Harbourside: Blake and Cole off, Okonkwo and Sterling on.

88' — Penalty to Harbourside! Plum, already booked, catches Sterling’s ankle.

89' — Plum is sent off. And Nyquist... SCORES. Harbourside 2-1 Athletic.

90+5' — Full-time! Harbourside win the Northern Cup for the first time since 1993.

Lund, on the pitch: “I’m lost for words. These people have waited so long. This is for them.”

That’s it from us. Thanks for following along.
""")

_s(DLV, "dlv-vegueno-asciende", "es", "match",
   "El Atlético Vegueño asciende a Primera tras ganar 2-0 al Real Portillo", """
El Atlético Vegueño volverá a Primera División doce años después. El equipo de Manuel Cordero se impuso este domingo por 2-0 al Real Portillo en un estadio de Los Olivos lleno hasta la bandera.

Los goles llegaron en la segunda parte. Primero Iker Salas, de cabeza a la salida de un córner en el minuto 58, y después Dani Ortega, que sentenció a la contra en el 81.

«Esto es para la gente que ha estado aquí en los años malos, en Segunda B, en campos de tierra», dijo Cordero, visiblemente emocionado, en la sala de prensa.

Miles de aficionados invadieron el césped tras el pitido final y la celebración se trasladó después a la plaza Mayor, donde los jugadores fueron recibidos pasada la medianoche.

El capitán, Rubén Aguado, de 36 años, anunció que seguirá una temporada más: «No me voy a perder esto».

El club presentará el martes a sus abonados la campaña de la próxima temporada.
""")

# ---------------------------------------------------------------- drought
_s(COURIER, "courier-drought-farmers", "en", "drought",
   "Valley farmers warn of worst drought in three decades", """
Farmers across the Harrow Valley say this summer’s dry spell is the worst they have seen since 1995, with some already selling livestock early because they cannot grow enough grass to feed them.

Rainfall at the Harrowgate weather station has been 38% of the long-term average since April, according to figures from the regional met office.

Hugh Penrose, who keeps 180 dairy cows near Linwood, said he had started feeding winter silage in July.

“That’s stock I’m supposed to be using in January,” he said. “If it doesn’t rain properly by September, I don’t know what we do.”

The Valley Farmers’ Union says at least 40 of its members have asked for advice about selling cattle ahead of schedule. Prices at Harrowgate livestock market dropped 11% last week as more animals came up for sale.

Union chair Beth Aldridge called on the regional council to relax rules on abstracting water from the River Harrow for irrigation.

The Harrow Valley Water Board said it understood farmers’ concerns but had to protect river levels. “Flows in the Harrow are at their lowest since records began in 1962,” a spokesperson said. “Fish are already under stress.”

A temporary hosepipe ban for households has been in force since July 14.

Forecasters expect the dry weather to continue for at least another 10 days.
""")

_s(MPA, "mpa-heatwave-reservoirs", "en", "drought",
   "Heatwave grips Norland as reservoirs fall below 40% capacity", """
HARROWGATE, Norland (MPA) — Temperatures topped 36 degrees Celsius in parts of southern Norland on Tuesday as a heatwave entered its second week, and water authorities warned that reservoir levels had fallen below 40% of capacity for the first time since 2003.

The national weather service issued its highest heat warning for six regions, including Harrow Valley and the capital, Esterby, where the temperature reached 34.8C, one short of the city's all-time record.

Hospitals reported a rise in heat-related admissions, particularly among elderly people. The health ministry urged people to stay indoors between 11 a.m. and 4 p.m. and to check on neighbours living alone.

"This is not an ordinary summer," said Ingrid Solvang, a climatologist at the University of Esterby. "We are seeing the kind of heat that used to be a once-in-fifty-years event arrive every three or four years."

The drought has hit agriculture hard. The farmers' federation estimates that grain yields will be 20-25% below average.

Three regional water companies have imposed restrictions on garden watering and car washing. A fourth said it could introduce rationing in some towns by the end of the month if no significant rain fell.

Railways slowed trains on some lines as a precaution after rails buckled near Linwood on Monday.

Forecasters said a cooler air mass could bring thunderstorms to the north by the weekend, but the south was likely to remain hot and dry.
""")

_s(DLV, "dlv-sequia-riego", "es", "drought",
   "La sequía obliga a restringir el riego en toda la vega del Almar", """
La Confederación Hidrográfica del Almar ha aprobado este martes una reducción del 40 % en las dotaciones de riego para la próxima campaña, una medida sin precedentes desde la sequía de 1995.

Los embalses de la cuenca se encuentran al 23 % de su capacidad, frente al 51 % de media en la última década.

«No es una decisión que hayamos tomado a la ligera, pero no hay agua para más», explicó el presidente del organismo, Javier Olmedo, tras la reunión de la junta de gobierno.

Las organizaciones agrarias han reaccionado con preocupación. Según sus cálculos, unas 12.000 hectáreas de cultivos de regadío podrían quedarse sin sembrar.

«Con un 40 % menos de agua, el maíz no sale. Tendremos que elegir qué parcelas regamos y cuáles dejamos», lamentó Rosario Gil, agricultora de Villanueva del Almar.

El Ayuntamiento de La Vega, por su parte, ha anunciado que cerrará las fuentes ornamentales y reducirá el riego de parques y jardines a partir del lunes.

Los agricultores reclaman ayudas directas y una moratoria en el pago de los seguros agrarios.

La Agencia de Meteorología no prevé lluvias significativas hasta, al menos, mediados de octubre.
""")

# ---------------------------------------------------------------- fares / transport
_s(COURIER, "courier-bus-fares", "en", "fares",
   "Councillors back 6% bus fare rise despite protest outside chamber", """
Bus fares in Harrowgate will rise by 6% from April after councillors voted 21-14 in favour of the increase on Thursday night, while around 150 protesters chanted outside the civic centre.

A single adult fare will go up from £1.90 to £2.00, and a weekly pass from £16.50 to £17.50. Concessionary passes for pensioners and under-18s are unaffected.

Council leader Amrit Kaur said the authority had no choice after the national transport grant was cut by £4.2 million.

“Nobody on this council wants to put up fares,” she said. “The alternative was cutting three routes entirely, and that would hurt the same people far more.”

Opposition transport spokesman Gary Lindell called the vote “a tax on people who can least afford it” and said the council should have drawn on its reserves.

The Harrowgate Bus Users’ Group, which organised the protest, handed in a petition with 6,200 signatures.

Its secretary, Joan Whitfield, 68, said: “We’ll keep going. This isn’t over.”

The increase is the second in 18 months. Fares rose by 8% in October last year.

The council says it will review fares again next year.
""")

_s(KVRN, "kvrn-fare-hike-riders", "en", "fares",
   "'We can't keep paying more': Port Ambry riders react to proposed transit fare hike", """
Port Ambry Regional Transit wants to raise the base fare from $2.25 to $2.50 starting in July. At a public hearing Tuesday night, riders lined up to tell the board what they think.

Many of them were not happy.

"I take two buses to work and two buses home. That's a dollar more a day, five dollars a week. It adds up," said Marisol Vega, who cleans offices downtown.

"They keep cutting service and raising prices. The 14 used to come every 15 minutes. Now it's every 40," said retiree Walter Kim.

Student Aiden Brooks, 19, said he already skips meals some weeks to pay for his bus pass. "If it goes up again, I'll walk. It's four miles, but I'll walk."

Not everyone at the hearing opposed the plan. Downtown business owner Carla Dunn said she would accept a higher fare if the money went toward more frequent service. "Just show us where it's going," she said.

Transit general manager Robert Tsai told KVRN 7 that the agency faces a $9 million shortfall next year as federal pandemic relief money runs out.

"We've looked at every option. Fares are a small part of the picture, but they're a part," he said.

The board is expected to vote on the proposal on May 14. A second public hearing is scheduled for April 29 at the Eastside Community Hall.

You can also submit comments online through the transit agency's website until May 1.
""")

_s(FDP, "fdp-linha-412", "pt", "fares",
   "Prefeitura anuncia nova linha de ônibus para o bairro Santa Luzia", """
A Prefeitura de Vila Serena anunciou nesta segunda-feira a criação de uma nova linha de ônibus ligando o bairro Santa Luzia ao terminal central. A linha 412 começa a operar no dia 3 do próximo mês.

Os ônibus vão passar a cada 20 minutos nos horários de pico e a cada 40 minutos no restante do dia, das 5h à meia-noite.

A reivindicação é antiga. Moradores do bairro, que tem cerca de 18 mil habitantes, precisavam caminhar até 2 quilômetros para pegar ônibus na avenida Brasil.

“Eu saía de casa às cinco da manhã para chegar no serviço às sete. Agora vou ganhar quase uma hora por dia”, comemorou a diarista Lúcia Ferraz, de 46 anos.

A tarifa será a mesma das demais linhas municipais, R$ 4,50, com integração gratuita no terminal.

Segundo o secretário de Mobilidade, Paulo Rezende, a operação terá custo anual de R$ 2,1 milhões.

A prefeitura também estuda ampliar o horário da linha 305, que atende o distrito de Água Fria.
""")

_s(NSA, "nsa-parkgebuehren", "de", "fares",
   "Stadtrat streitet über höhere Parkgebühren in der Innenstadt", """
Die geplante Erhöhung der Parkgebühren in der Nordstädter Innenstadt sorgt weiter für Streit. In der Sitzung des Stadtrats am Donnerstagabend wurde die Entscheidung nach einer hitzigen Debatte erneut vertagt.

Die Verwaltung schlägt vor, die Gebühr für eine Stunde Parken von 1,50 auf 2,50 Euro anzuheben. Mit den Mehreinnahmen von rund 600.000 Euro im Jahr soll der Busverkehr ausgebaut werden.

„Wer den Bus attraktiver machen will, muss ihn auch bezahlen“, sagte Miriam Vogt, Fraktionschefin der Bürgerliste.

Der Einzelhandelsverband warnt dagegen vor einer Abwanderung der Kundschaft. „Schon jetzt fahren viele lieber ins Einkaufszentrum an der Ringstraße, wo das Parken nichts kostet“, sagte Verbandssprecher Holger Brandes.

Ein Kompromissvorschlag sieht vor, die ersten 30 Minuten kostenlos zu lassen.

Die Entscheidung soll nun in der Sitzung am 14. März fallen.
""")

# ---------------------------------------------------------------- food / festival
_s(SALT, "salt-tomato-soup", "en", "food",
   "The slow-roasted tomato soup that saved my winter", """
There’s a particular kind of grey afternoon, usually in late January, when nothing sounds good except something hot and red in a bowl. This is the soup I make on those days.

It started as a way to use up a glut of end-of-season tomatoes that I’d frozen whole in August. Roasting them low and slow with a whole head of garlic concentrates everything, and the result tastes like you’ve spent far longer on it than you have.

A few notes before you start:

Use the ripest tomatoes you can find. Tinned plum tomatoes work too — drain them and roast for 20 minutes less.

Don’t skip the pinch of sugar. It isn’t there to make the soup sweet; it rounds off the acidity.

Ingredients (serves 4)

1.2kg tomatoes, halved

1 whole head of garlic, top sliced off

2 red onions, cut into wedges

3 tbsp olive oil, plus extra to serve

700ml vegetable stock

1 tsp smoked paprika, a pinch of sugar, salt and pepper

Method

1. Heat the oven to 150C (130C fan). Spread the tomatoes, cut side up, and onions in a large roasting tin with the garlic. Drizzle with the oil, season well and roast for 1 hour 30 minutes.

2. Squeeze the garlic out of its skins into a pan. Add the tomatoes, onions, paprika, sugar and stock. Simmer for 10 minutes.

3. Blend until smooth, loosening with a little water if needed. Taste and adjust the seasoning.

Serve with a swirl of oil and a thick slice of toasted sourdough. It freezes beautifully for up to three months.
""")

_s(SALT, "salt-fennel-fig-review", "en", "food",
   "Fennel & Fig review: a tiny Linwood bistro with a very big heart", """
Fennel & Fig has 22 seats, one chef, a handwritten menu that changes most days and a queue that starts forming on the pavement around six.

Chef-owner Noor Haddad opened it in a former watch repairer’s on Linwood’s Church Street last spring after eight years cooking in Carrowmore. There are no bookings for parties under four.

We started with a plate of charred hispi cabbage on whipped feta, sharp with lemon and sweet with burnt honey, and a tartlet of leeks and smoked cheddar that I’m still thinking about a week later.

Mains were just as good. Hake came with brown shrimp, sea herbs and a butter sauce that my companion tried to finish with a spoon; a braise of lamb shoulder with apricots and chickpeas was generous and deeply spiced.

If there’s a misstep, it’s dessert. A fig and almond tart was pleasant but under-baked at the base.

Service, mostly from Haddad’s brother Sami, is warm and quick without hurrying you.

The wine list is short — eleven bottles — and sensibly priced, with most under £35.

Fennel & Fig, 14 Church Street, Linwood

Open Wednesday to Sunday, 5.30pm-10pm

About £45 a head for three courses without drinks

Food 9 · Atmosphere 8 · Value 9
""")

_s(SALT, "salt-night-market", "en", "festival",
   "After dark at the Harrow Valley Food Festival's new night market", """
At a little after nine on Saturday, the queue for Priya Lal’s dumpling stall snaked past the war memorial and halfway round the fountain in Harrowgate’s Market Square.

“We’ve made 2,000 today,” she told me, folding another without looking down. “I think we’ll run out by ten.”

This year the Harrow Valley Food Festival added a night market for the first time, keeping 45 stalls open until 11 p.m. on both evenings of the festival weekend, with string lights strung between the plane trees and a stage for local bands.

The organisers had hoped for 8,000 visitors across the two nights. By Saturday evening, they had stopped counting.

The best things I ate:

• Smoked lamb flatbread from Ember & Oak, with pickled red cabbage and a yoghurt so garlicky it should come with a warning

• Cardamom buns from Linwood bakery Rise, still warm

• Pork and chive dumplings from Lal’s Kitchen, obviously

• A cider-poached pear with salted caramel from the Valley Orchard co-op stand

Festival director Tom Aske said the night market would “definitely” return next year, possibly over three nights.
""")

_s(COURIER, "courier-night-market-record", "en", "festival",
   "Night market draws record 20,000 to Market Square", """
More than 20,000 people visited Harrowgate’s first food festival night market over the weekend, organisers say — more than double the number they had planned for.

The late-night event, part of the annual Harrow Valley Food Festival, saw Market Square packed until 11pm on Friday and Saturday.

Police said the event passed off peacefully, with no arrests, although officers had to close the junction of Bridge Street and High Street for an hour on Saturday because of crowding.

Some residents of nearby Abbey Row complained about noise and litter. “I love the festival, but I had people sitting on my doorstep at midnight,” said Carol Pym, 57.

Festival director Tom Aske apologised for the disruption and said extra bins and stewards would be provided next year.

Traders reported strong takings. Several said they had sold out before 10pm on Saturday.

The festival, now in its 12th year, is run by a volunteer committee with support from the regional council and local businesses.
""")

_s(QDL, "qdl-fete-du-lac", "fr", "festival",
   "La Fête du lac a attiré plus de 40 000 visiteurs ce week-end", """
Malgré une averse orageuse samedi en fin d'après-midi, la 27e Fête du lac a battu son record de fréquentation, avec plus de 40 000 visiteurs sur trois jours selon les organisateurs.

Le feu d'artifice de dimanche soir, tiré depuis des barges au milieu du lac, a rassemblé à lui seul près de 15 000 personnes sur les quais.

« C'est au-delà de tout ce qu'on espérait », se réjouit Claire Vasseur, présidente du comité des fêtes. « Les bénévoles ont été formidables. »

Côté sécurité, la préfecture ne signale aucun incident majeur. Les secours sont intervenus à 23 reprises, principalement pour des malaises liés à la chaleur.

Les restaurateurs installés sur le port affichent également le sourire. Plusieurs ont dû refuser du monde dimanche midi.

Nouveauté de cette édition : un marché de producteurs locaux, qui a réuni 35 exposants.

La prochaine édition aura lieu du 11 au 13 juillet.
""")

# ---------------------------------------------------------------- tabloid people
_s(BLAZE, "blaze-kiki-split", "en", "people",
   "Soap star Kiki Marlowe 'heartbroken' as she confirms split from footballer fiancé", """
SOAP favourite Kiki Marlowe has confirmed she has split from footballer fiancé Jordan Fry — just three months before their wedding.

The Riverside Lane actress, 29, broke her silence in an emotional post last night, telling fans she was “heartbroken but hopeful.”

She wrote: “After a lot of thought, Jordan and I have decided to go our separate ways. There’s no drama, no villain, just two people who want different things.”

The couple had planned a lavish ceremony at a country house hotel in June, with 200 guests.

A pal told the Blaze: “Kiki is devastated. She’d already had her final dress fitting.”

Fry, 31, who plays for Carrowmore Athletic, has not commented.

The pair met at a charity gala in 2021 and got engaged on a beach in Mauritius the following year.

Marlowe has played feisty barmaid Stacey Tull in Riverside Lane since 2016 and won best newcomer at the Soap Honours in her first year.

Fans flooded her post with support. One wrote: “Sending love Kiki, you deserve the world.”
""")

_s(BLAZE, "blaze-lotto-gnomes", "en", "people",
   "Lotto gran, 71, spends jackpot on 40 garden gnomes and a hot tub", """
A GRANDMOTHER who scooped £1.2million on the lottery has splurged on a hot tub, a cruise — and 40 garden gnomes.

Brenda Colley, 71, from Linwood, couldn’t believe her eyes when she checked her numbers on a Sunday morning.

“I made a cup of tea, sat down, checked them again, and then I rang my sister,” she said. “She thought I was having her on.”

The retired school dinner lady, who has six grandchildren, has already paid off her daughter’s mortgage.

But she admits the gnomes were a treat just for her.

“I’ve always loved them. Now I’ve got a fishing one, a sleeping one, one on a motorbike. The neighbours think I’ve gone mad.”

Brenda’s top tip for other winners? “Don’t tell anyone until you’ve had a sit down.”

She is planning a Caribbean cruise with her sister in the spring.
""")

# ---------------------------------------------------------------- wildfire
_s(KVRN, "kvrn-pine-hollow-fire", "en", "fire",
   "Pine Hollow fire forces 3,000 from homes as flames jump highway", """
More than 3,000 people have been ordered to leave their homes after a fast-moving wildfire near Pine Hollow jumped State Route 12 on Sunday afternoon.

The fire had burned about 4,800 acres by 6 p.m. and was 0% contained, according to the county fire district.

Evacuation orders cover:

• All of Pine Hollow north of Cedar Road

• The Ridgeview and Elk Crossing subdivisions

• Campgrounds along Deer Creek

A shelter is open at Port Ambry High School, 1100 Maple Avenue. Pets are welcome.

"It was just orange. The whole sky was orange," said Darlene Fisk, who left with her two dogs and a laundry basket of photos. "We didn't have time to take much else."

Battalion Chief Marcus Lyle said gusts of up to 45 mph pushed embers more than half a mile ahead of the main fire.

"We're going to be in this for a while," he said. "Please, if you're told to go, go."

The cause of the fire is under investigation.
""")

_s(MPA, "mpa-pine-hollow-containment", "en", "fire",
   "Crews gain ground on Pine Hollow wildfire as winds ease", """
PINE HOLLOW (MPA) — Firefighters made progress against a wildfire that has destroyed at least 27 homes near Pine Hollow, helped by calmer winds and cooler overnight temperatures, officials said on Tuesday.

The blaze, which broke out on Sunday, had grown to 7,150 acres but was 35% contained by Tuesday morning, up from 10% a day earlier.

About 900 firefighters, 14 helicopters and four air tankers are now assigned to the fire, including crews from three neighbouring states.

Some of the roughly 3,000 residents who were evacuated were allowed to return to homes south of Cedar Road, but authorities said the northern part of the town would remain closed for several days.

"The weather gave us a window and we used it," incident commander Jolene Marsh said at a morning briefing. "But we're not out of the woods. Literally."

No deaths have been reported. Two firefighters suffered minor injuries.

Investigators are examining whether a downed power line started the fire. The utility Cascade Power said it was cooperating.

The region has had less than half its normal rainfall since spring, leaving hillsides covered in dry brush.

Winds are forecast to pick up again on Thursday.
""")

# ---------------------------------------------------------------- retail
_s(LEDGER, "ledger-voss-interview", "en", "retail",
   "Grainline's Imani Voss: 'The high street isn't dying, it's being rebuilt'", """
Imani Voss became chief executive of Grainline, the homeware and clothing chain with 212 stores, eighteen months ago. She sat down with The Ledger to talk about shrinking shops, the online squeeze and why she still believes in physical retail. The interview has been edited for length.

You’ve closed 31 stores since you arrived. Is that the end of it?

Not necessarily the end, but the big restructuring is done. We had stores that made sense in 2005 and don’t today. Some were in towns where footfall fell by half. Others were simply too big.

How big is too big?

Our average store was around 22,000 square feet. The new format is closer to 12,000. You can show the full range in less space if you’re honest about what actually sells.

Online is now 38% of your sales. Does a store still matter?

More than ever, but differently. About a third of online orders are collected in store, and when people come to collect, one in four buys something else. The store is a warehouse, a showroom and a returns desk all at once.

Margins fell last year. Why?

Freight, wages and energy, roughly in that order. Freight has come back down. Wages won’t, and I don’t think they should.

What keeps you up at night?

Consumer confidence. People are still spending, but they’re thinking twice. We see it in basket sizes.

Will Grainline be a smaller company in five years?

Fewer stores, yes. Smaller, no. I expect revenue to be higher.

Voss, 49, previously ran the European division of the sportswear group Stride and began her career as a buyer at Halden’s department store.
""")

_s(LEDGER, "ledger-grainline-warning", "en", "retail",
   "Grainline shares slump 12% after profit warning", """
Shares in Grainline fell 12% on Wednesday after the homeware and clothing retailer cut its full-year profit forecast, blaming weak autumn trading and unseasonably warm weather that hit sales of coats and knitwear.

The company now expects pre-tax profit of £58m to £64m for the year to January, down from previous guidance of £72m.

Like-for-like sales in the 10 weeks to Nov. 11 were down 3.4%. Online sales rose 2.1%, while store sales fell 6.9%.

Chief executive Imani Voss said the company had “acted quickly on stock and costs” and that the run-up to Christmas had started “more encouragingly.”

Analysts at Corbel Research cut their target price to 142p from 175p. “This is Grainline’s second warning in eight months and the market’s patience is thin,” they wrote.

The shares closed at 118.4p, their lowest level since March 2020.

Key figures

Like-for-like sales: -3.4%

Gross margin: 41.2% (down 1.1 points)

Net debt: £96m

Grainline will publish its Christmas trading update on Jan. 14.
""")

_s(LEDGER, "ledger-skyvane-quarter", "en", "airline",
   "Skyvane posts record quarter as summer fares climb", """
Skyvane, the low-cost airline, reported the highest quarterly profit in its 19-year history on Tuesday as strong summer demand allowed it to charge more for seats despite adding capacity.

Operating profit for the three months to September rose 27% to €412m on revenue of €1.93bn. Average fares were up 9% on a year earlier.

The airline carried 21.6 million passengers in the quarter, with planes 94% full on average.

Quarter at a glance

Revenue: €1.93bn (+14%)

Operating profit: €412m (+27%)

Passengers: 21.6m (+6%)

Load factor: 94% (flat)

Chief executive Marco Lindgren warned that delayed aircraft deliveries from the manufacturer would limit growth next summer. Skyvane expects to receive 11 of the 19 new jets it had ordered for delivery before June.

“Demand isn’t our problem. Metal is,” Lindgren told analysts on a call.

The shares rose 5.6% in early trading.
""")

# ---------------------------------------------------------------- election / town politics
_s(COURIER, "courier-mayoral-debate", "en", "election",
   "Housing dominates heated mayoral debate", """
The two candidates to become Harrowgate’s next mayor clashed repeatedly over housing at a packed hustings at the Corn Exchange on Tuesday evening.

Labour’s Grace Okonjo promised to build 2,500 council homes over four years, paid for partly by borrowing against the council’s rental income.

Independent candidate Felix Brandt, a former chair of the chamber of commerce, called the plan “a fantasy with a mortgage attached” and said he would instead release council-owned land to private developers on condition that 40% of homes were affordable.

“You can’t borrow your way to a housing solution,” Mr Brandt said.

Ms Okonjo replied: “You can’t sell your way to one either. We’ve tried that for twenty years. Look where it got us.”

The audience of around 400 was largely good-humoured, though the chair, Canon Ruth Ellery, twice had to ask people to let the candidates finish.

On transport

Both candidates said they would oppose further bus fare rises. Mr Brandt said he would look at selling advertising space on buses and shelters; Ms Okonjo proposed a workplace parking levy.

On the high street

Ms Okonjo said she would bring empty shops back into use as “pop-up” spaces for start-ups. Mr Brandt promised to cut parking charges in the town centre to £1 for two hours.

Polling day is Thursday, May 2. Polling stations are open from 7am to 10pm.

A second debate, hosted by the Courier, will take place on April 24.
""")

_s(MPA, "mpa-harrowgate-count", "en", "election",
   "Harrowgate mayoral race too close to call as counting continues", """
HARROWGATE, Norland (MPA) — The contest to become mayor of Harrowgate was too close to call early on Friday, with election officials ordering a recount in two wards after the first tally put the candidates just 312 votes apart.

Grace Okonjo of the Labour Party narrowly led independent Felix Brandt with 50.4% of first-preference votes, according to provisional figures from the returning officer.

Turnout was 41.7%, the highest for a local election in the city since 1998.

"Every vote is going to be counted, and counted again if need be," returning officer Mark Heseltine told reporters at the count.

Housing costs dominated the campaign. Average rents in Harrowgate have risen 34% in five years, faster than in any other city in the region.

Brandt, a businessman backed by a loose coalition of independents, campaigned on releasing council land to developers. Okonjo pledged 2,500 new council homes.

A final result was expected by Friday afternoon.

The winner will replace outgoing mayor Stephen Crewe, who stood down after two terms.
""")

_s(GDV, "gdv-centro-pedonale", "it", "election",
   "Valmora, il sindaco presenta il piano per pedonalizzare il centro storico", """
Il sindaco di Valmora, Lucia Ferretti, ha presentato ieri sera in consiglio comunale il piano per rendere pedonale gran parte del centro storico entro la primavera del prossimo anno.

Il progetto prevede la chiusura al traffico di via Garibaldi, piazza del Duomo e delle strade limitrofe, con accesso consentito solo ai residenti, ai mezzi di soccorso e, in fasce orarie, ai veicoli per il carico e scarico merci.

«Vogliamo restituire il centro ai cittadini», ha detto Ferretti. «Le città che hanno avuto il coraggio di farlo non sono mai tornate indietro.»

Sono previsti due nuovi parcheggi di interscambio alle porte della città, per un totale di 600 posti, collegati al centro da una navetta elettrica gratuita ogni dieci minuti.

Non tutti sono d'accordo. L'associazione dei commercianti teme un calo degli incassi: «Senza auto, i clienti andranno al centro commerciale», ha detto il presidente Marco Bellini.

L'opposizione ha chiesto un referendum consultivo.

Il costo complessivo dell'intervento è stimato in 4,8 milioni di euro.
""")

# ---------------------------------------------------------------- software
_s(CIRC, "circ-orbisconf-five-things", "en", "software",
   "Five things we learned at OrbisConf this year", """
OrbisConf wrapped up in Carrowmore last night after three days of keynotes, sessions and an alarming amount of free coffee. Here's what stood out.

1. Orbis OS 9 is mostly about battery

The flashy features got the stage time, but the real story is a new scheduler that Orbis says cuts background power use by up to 30%. Early testers we spoke to were seeing closer to 15%, which is still a lot.

2. On-device AI, but smaller

Orbis is shipping a 3-billion-parameter language model that runs on phones with 8GB of RAM or more. It powers summaries in the mail app and a rewritten voice assistant. It's quick. It's also noticeably less clever than the cloud versions.

3. The app store fee cut is real, with fine print

Developers earning under $2 million a year will pay 12% instead of 15%. Above that, nothing changes.

4. Tablets are back on the roadmap

After two years of near-silence, Orbis showed a new split-screen mode and pen API aimed at large-screen devices. Three hardware partners are said to be working on tablets for next year.

5. Nobody wanted to talk about the old devices

Orbis OS 9 drops support for phones and tablets released before 2019. Asked how many active devices that affects, an Orbis spokesperson said the company "doesn't break out those numbers."

The public beta opens next month; the full release is expected in September.
""")

_s(CIRC, "circ-orbis-bootloop", "en", "software",
   "Orbis OS 9 update leaves some older tablets stuck on boot screen", """
A number of owners of older tablets say the Orbis OS 9 update has left their devices stuck on the boot logo, and Orbis has paused the rollout while it investigates.

The problem seems to mainly affect the Slate 10 and Slate 10 Plus, both from 2019, which were among the oldest devices eligible for the update.

On the Orbis community forum, a thread titled "Slate 10 bootloop after update" had passed 1,800 replies by Thursday morning.

"It got to 100%, restarted and never came back," one user wrote. "Factory reset doesn't help. It's a paperweight."

In a statement to Circuitry, Orbis said: "We are aware that a small number of devices are experiencing issues after updating. We have paused the update for affected models and are working on a fix as a priority."

The company didn't say how many devices were affected or whether bricked tablets could be repaired remotely.

If you own a Slate 10 and haven't updated yet, don't. Go to Settings > System > Updates and switch off automatic installation for now.

We've asked Orbis whether it will offer repairs or replacements and will update this story when we hear back.
""")

# ---------------------------------------------------------------- marathon
_s(FTR, "ftr-ndiaye-record", "en", "marathon",
   "Ndiaye smashes course record at Port Ambry Marathon", """
Amara Ndiaye ran the fastest time ever recorded on the Port Ambry course on Sunday, winning the women’s race in 2:19:48 and taking almost two minutes off the previous record.

The 27-year-old broke clear of Tsehay Worku at the 30km mark along the river and ran the final 12 kilometres alone, crossing the line more than 90 seconds ahead.

“I felt good at halfway and my coach said, ‘If you feel good, go,’” Ndiaye said. “So I went.”

In the men’s race, defending champion Paulo Serra held off a late charge from Kiprono Mutai to win in 2:07:31, four seconds clear.

Results

Women: 1. Amara Ndiaye 2:19:48 (CR); 2. Tsehay Worku 2:21:22; 3. Hanne Lykke 2:24:05

Men: 1. Paulo Serra 2:07:31; 2. Kiprono Mutai 2:07:35; 3. Davis Oyelaran 2:08:50

More than 24,000 runners started the race, a record field, and organisers said conditions — 9C and overcast — were close to perfect.

The race took a slightly revised route this year because of the closure of the Kinnear Bridge, crossing the Tessel at Sandholm instead.
""")

_s(KVRN, "kvrn-marathon-closures", "en", "marathon",
   "Port Ambry Marathon road closures: What you need to know before Sunday", """
If you're driving anywhere in Port Ambry on Sunday morning, plan ahead. About 24,000 runners will be on the streets for the Port Ambry Marathon, and dozens of roads will close from 5 a.m.

The race starts at 7 a.m. at Harbor Park and finishes on Liberty Avenue near City Hall. Most roads will reopen by 2 p.m.

Full list below:

• Harbor Avenue, between 1st Street and Pier Road: 5 a.m. to 11 a.m.

• Liberty Avenue, downtown: 5 a.m. to 3 p.m.

• River Drive, entire length: 6 a.m. to 1 p.m.

• Sandholm crossing: 7:30 a.m. to 11:30 a.m.

Transit buses on routes 3, 9 and 14 will detour. The light rail will run every 10 minutes instead of every 20, and fares will be free all day.

"Please be patient with us," said race director Lila Sorensen. "It's one morning a year, and these runners have been training for months."

Spectators are encouraged to cheer along River Drive, where organizers are setting up music stages at miles 8, 14 and 20.
""")

_s(FTR, "ftr-brandvik-semis", "en", "tennis",
   "Brandvik battles into semi-finals after three-set thriller", """
Sofia Brandvik saved two match points before beating fourth seed Elodie Marchetti 6-4 3-6 7-6 (9-7) to reach the semi-finals of the Esterby Open.

The 22-year-old Norlander, ranked 38th in the world, trailed 5-3 in the deciding set and faced match point at 6-5 on Marchetti’s serve before breaking back.

In the tie-break she saved a second match point at 6-7 with a forehand winner down the line, then clinched victory when Marchetti netted a backhand after two hours 51 minutes.

“I don’t really remember the last three points,” Brandvik said. “I just kept telling myself to hit the ball and not think.”

It is the first time she has reached the last four at a tournament of this level.

She will play either world number two Katya Orlov or qualifier Mei Tanaka for a place in Sunday’s final.

Stats

Aces: Brandvik 7, Marchetti 4

Double faults: Brandvik 9, Marchetti 3

Winners: Brandvik 41, Marchetti 28
""")

# ---------------------------------------------------------------- quake
_s(MPA, "mpa-valdoria-quake", "en", "quake",
   "Magnitude 5.8 quake shakes coastal Valdoria, damaging old town", """
SAN TELMO, Valdoria (MPA) — A magnitude 5.8 earthquake struck off the coast of southern Valdoria early on Saturday, damaging dozens of buildings in the historic centre of San Telmo and injuring at least 34 people, authorities said.

The quake hit at 4:17 a.m. local time at a depth of 12 km, about 20 km southwest of the city, according to the national seismological institute.

The bell tower of the 16th-century Church of Santa Clara partly collapsed, and firefighters evacuated two residential blocks near the harbour after cracks appeared in their facades.

"It felt like a lorry had hit the house," said fishmonger Elena Barros, 52. "Then everything started falling off the shelves."

No deaths were reported. Most of the injured had cuts and bruises, and four were kept in hospital overnight, the regional health service said.

At least 40 aftershocks followed in the first six hours, the strongest measuring 4.1.

Prime Minister Andrés Calvo flew to San Telmo on Saturday afternoon and promised emergency funds for repairs.

The region sits near the boundary of two tectonic plates and has a history of damaging earthquakes, the most recent in 1978.
""")

_s(BLAZE, "blaze-quake-holidaymakers", "en", "quake",
   "'We thought it was the end': Holidaymakers tell of quake terror", """
TERRIFIED holidaymakers have told how they fled their hotel in their pyjamas as a powerful earthquake rocked the Valdorian resort of San Telmo.

Nurse Becky Rawlins, 34, from Harrowgate, was asleep with husband Dan when the room began to shake.

“The wardrobe just came down. Dan grabbed me and we got under the door frame,” she said. “I honestly thought, this is it.”

The couple joined hundreds of guests sheltering on the beach until dawn.

“People were crying, kids were screaming, nobody knew what was going on. The staff were amazing, though. They brought blankets and water.”

Dad-of-three Lee Fairbrother, 41, said his family felt the hotel “sway like a ship.”

“My youngest thought it was a fairground ride. The rest of us knew it wasn’t.”

The Foreign Ministry said it was in contact with local authorities and was “ready to assist” any travellers affected.

Tour operator SunHaven said it was flying 120 customers home early.
""")

# ---------------------------------------------------------------- local services
_s(KVRN, "kvrn-school-start", "en", "school",
   "Port Ambry schools to start 30 minutes later next fall", """
Port Ambry Public Schools will push back the start of the school day by 30 minutes for middle and high school students beginning next fall, after the school board approved the change 5-2 on Monday night.

High schools will start at 8:30 a.m. instead of 8 a.m. Middle schools will move from 8:15 to 8:45. Elementary school times won't change.

Supporters pointed to research suggesting teenagers learn better when they get more sleep.

"I've got a 15-year-old who is basically a zombie until 10 a.m.," said parent Nicole Hardy, who spoke in favor of the plan. "Thirty minutes won't fix that, but it helps."

Board members who voted no worried about after-school sports and students who work part-time jobs.

"Practice will end later, it gets dark earlier in winter, and some of our kids rely on that paycheck," said board member Greg Alcott.

The district says the change will cost about $400,000 a year, mostly for rearranging bus routes.

Superintendent Dr. Yvonne Castillo said the district will survey families over the summer.
""")

_s(NSA, "nsa-hallenbad", "de", "school",
   "Neues Hallenbad in Nordstadt soll im Herbst öffnen", """
Nach mehr als drei Jahren Bauzeit soll das neue Hallenbad am Lindenpark im Oktober eröffnen. Das hat Bürgermeister Jens Haberland am Dienstag bei einer Baustellenbesichtigung angekündigt.

Das Bad verfügt über ein 25-Meter-Becken mit sechs Bahnen, ein Lehrschwimmbecken mit Hubboden und eine Sauna. Die Baukosten sind von ursprünglich 18 auf rund 23,5 Millionen Euro gestiegen.

„Die Mehrkosten ärgern uns alle, aber sie sind vor allem den gestiegenen Material- und Energiepreisen geschuldet“, sagte Haberland.

Besonders Schulen und Vereine warten auf die Eröffnung. Seit der Schließung des alten Stadtbads 2019 mussten sie in die Nachbargemeinde Wiesenfeld ausweichen.

„Wir haben Kinder, die in der dritten Klasse noch nie im Wasser waren“, sagt Sabine Krüger, Leiterin der Grundschule am Markt.

Die Eintrittspreise sollen im Sommer vom Stadtrat beschlossen werden. Im Gespräch sind 4,50 Euro für Erwachsene und 2,50 Euro für Kinder.

Öffnungszeiten:

Montag bis Freitag 6.30 bis 21 Uhr

Samstag und Sonntag 8 bis 19 Uhr
""")

_s(COURIER, "courier-ilsley-obituary", "en", "obituary",
   "Margaret Ilsley, who put books on wheels, dies aged 94", """
Margaret Ilsley, who started the Harrow Valley’s first mobile library from the back of a borrowed grocery van in 1958, has died aged 94.

Born in Linwood in 1930, the daughter of a railway signalman, she trained as a librarian in Carrowmore before returning home to work at the town’s small lending library.

She noticed that people in outlying villages rarely came into town, so she persuaded a local grocer to lend her his van on Wednesdays. Her first round covered six villages and 140 books.

By the time she retired in 1990, the service had three purpose-built vehicles and visited 58 villages every fortnight.

“She knew every reader by name and what they liked,” said her former colleague Anne Briggs. “If a new thriller came in, she’d save it for old Mr Haines in Cotter’s End before anyone else could get it.”

In 1986 she was awarded the Harrowgate Civic Medal. She used the ceremony to complain about the library budget.

“She was the kindest person I’ve ever known, and the most stubborn,” said her nephew, David Ilsley.

Her husband, Frank, died in 2009. She is survived by two nephews and a niece.

A funeral will be held at St Mary’s Church, Linwood, on Friday at 11am.
""")
