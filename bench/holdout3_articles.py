"""Held-out set 3: original news articles written for this benchmark.

Every article here was written from scratch for newsclean's held-out
measurement (places, people, companies and figures are invented). Each entry
has an id, site name, host, section, language, a topic key (articles sharing a
topic are same-topic pairs, used for hard "near-topic" off-topic paragraphs),
a headline, a caption for the article's own photo (used only as an unrelated
photo caption in OTHER documents), and the body paragraphs.

Body text: paragraphs separated by blank lines. A paragraph starting with
"## " is a sub-heading (the marker is stripped; it is article text).
"""
from __future__ import annotations

ARTICLES: list[dict] = []


def A(id, site, host, section, lang, topic, title, caption, body):
    paras = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    ARTICLES.append({"id": id, "site": site, "host": host, "section": section,
                     "lang": lang, "topic": topic, "title": title,
                     "caption": caption, "paragraphs": paras})


# ---------------------------------------------------------------- politics
A("valdoria-vote", "Capital Wire", "capitalwire.example", "politics", "en", "valdoria_election",
  "Centre-left bloc edges to narrow majority in Valdoria regional election",
  "Supporters of the Progressive Alliance celebrate at the party's election night event in Portsea.",
  """
PORTSEA, Valdoria (Capital Wire) — The centre-left Progressive Alliance won a one-seat majority in Valdoria's regional parliament on Sunday, ending 16 years of conservative rule in the country's most populous region, according to provisional results released early on Monday.

The Alliance and its junior partner, the Valdorian Greens, took 46 of the assembly's 91 seats, with turnout at 68.4 per cent, the highest since the region's parliament was created in 1979.

The governing Civic Union fell to 31 seats from 42, its worst result in a regional contest. Its leader, Margit Halvorsen, conceded shortly after 1 a.m.

"The voters have asked for a change and they will get one," Halvorsen told supporters in a half-empty conference hall in the old port district. "We will be a firm but fair opposition."

The Alliance's candidate for regional president, Tomas Ferreira, a 44-year-old former school headteacher, campaigned on cheaper public transport and a freeze on municipal service charges.

Speaking outside the party's headquarters, Ferreira said he would begin formal talks with the Greens within days.

"A majority of one is still a majority," he said. "But it means every member of this assembly will have to turn up."

## A map redrawn

The result redraws the political map of the industrial north, where the Alliance took six constituencies that had voted Civic Union since the 1990s, including the steel town of Brenhall.

The nationalist Valdoria First party won 11 seats, up from four, campaigning almost entirely on opposition to a planned asylum reception centre outside Dunmere. The remaining three seats went to independents.

Analysts said the swing was driven by younger voters and by suburban commuters angered by a 22 per cent rise in regional rail fares last year.

"This was a cost-of-living election more than anything else," said Ines Baptiste, a political scientist at the University of Portsea. "The fare rise became a symbol of a government that had stopped listening."

Final results, including around 190,000 postal votes, are expected on Thursday. Officials said the postal count was unlikely to change the allocation of more than one seat.
""")

A("valdoria-coalition", "Valdoria Daily Record", "valdoriarecord.example", "politics", "en", "valdoria_election",
  "Greens set their price for coalition: the transport ministry and a rail pledge",
  "Greens co-leader Anneke Rost speaks to reporters outside the regional parliament in Portsea.",
  """
The Valdorian Greens will only support a Progressive Alliance government if they are handed the regional transport ministry and a written commitment to reopen the Dunmere branch line, the party's co-leader said on Tuesday.

Anneke Rost told the Record that the Greens' nine members of the regional parliament had agreed the demands unanimously at a meeting that ran past midnight.

"We did not campaign for three months to hand someone else the keys to the one department that matters most to our voters," she said.

Talks between the two parties began on Monday afternoon at a hotel outside Portsea, a day after Sunday's election left the pair with 46 of the 91 seats.

Alliance officials had hoped to agree a programme within a fortnight. One negotiator, who asked not to be named because the talks are private, said the transport demand had "come as a surprise, though not a shock".

The Alliance leader, Tomas Ferreira, has promised to cut rail fares by a fifth in his first year. His party had been expected to keep transport for itself.

## The cost of the branch line

Reopening the 27-kilometre Dunmere line, closed to passengers in 1986, would cost an estimated 410 million valdors, according to a feasibility study published by the outgoing government last spring.

The Civic Union, now heading for opposition, said the demand showed the new majority was "already fraying".

"They have a majority of one and they are arguing about train sets," said the Civic Union's finance spokesman, Pieter Olsen.

Rost rejected the criticism. "People in Dunmere have been waiting for this train for nearly forty years," she said. "They can wait a fortnight for a proper agreement."

## What happens next

The new parliament meets for the first time on 14 October. If no president is elected within 30 days of that sitting, a fresh election must be called.
""")

A("confidence-vote", "The Northfield Courier", "northfieldcourier.example", "politics", "en", "budget",
  "Finance minister survives confidence vote after budget row",
  "Finance Minister Rahul Desmond leaves the chamber after the confidence vote on Wednesday.",
  """
Finance Minister Rahul Desmond survived a confidence vote in parliament on Wednesday by 12 votes, after a week in which his budget was attacked by opposition parties and by several members of his own.

The motion, tabled by the opposition Liberal Democrats, was defeated by 163 votes to 151, with nine abstentions.

Desmond had faced criticism over a planned 2-point rise in the lower rate of income tax and a cut to the fuel allowance for pensioners.

"I will not pretend this budget is painless," he told the chamber before the vote. "But a country that borrows to pay its interest bill is not a country in control of its future."

At least four government backbenchers abstained, among them the former housing minister Clare Oduya, who said the fuel allowance cut would "fall on exactly the wrong people".

The Prime Minister's office said on Wednesday evening that the allowance would be reviewed "in the light of the debate", but gave no details.

Opposition leader Simon Breck said the minister had been "saved by his whips, not his arguments".

The budget bill returns to parliament for its second reading on Monday.
""")

# ---------------------------------------------------------------- storm pair
A("imelda-landfall", "Coastline Herald", "coastlineherald.example", "weather", "en", "storm_imelda",
  "Storm Imelda floods seafront as 40,000 homes lose power",
  "A car is stranded in floodwater on the promenade at Marlow Bay on Sunday morning.",
  """
Storm Imelda battered the south coast overnight, flooding seafront roads in Marlow Bay and leaving more than 40,000 homes without electricity as gusts of up to 94mph were recorded at exposed headlands.

The Met Service had issued a red wind warning for coastal areas from 10pm on Saturday until 6am on Sunday, its first red warning of the season.

Waves overtopped the sea wall at Marlow Bay at about 2.30am, sending water and shingle into the Esplanade and the lower end of Harbour Street.

Firefighters rescued a couple from a car stranded on the promenade and helped evacuate 23 residents from ground-floor flats on Quay Terrace, the county fire service said.

"The water came in under the door in about five minutes," said Janet Pryce, 71, who was taken to a rest centre at the town's leisure centre. "I've lived here 40 years and never seen it like that."

No serious injuries were reported.

## Power and travel

Southern Grid said 41,200 customers had lost power at the height of the storm. By 11am on Sunday that had fallen to about 9,000, most of them in rural villages where fallen trees had brought down lines.

All ferry sailings from Marlow Bay were cancelled on Sunday, and the coastal railway between Marlow Bay and Stenhaven was closed after debris was found on the track near Carrick Point.

The Met Service said winds would ease through Sunday afternoon but warned that a yellow rain warning remained in place until Monday morning.

Imelda is the ninth named storm of the season.
""")

A("imelda-cleanup", "Harbour Gazette", "harbourgazette.example", "business", "en", "storm_imelda",
  "Imelda clean-up: harbour businesses count the cost as insurers brace for claims",
  "Staff sweep shingle from the floor of a cafe on Harbour Street in Marlow Bay.",
  """
Shopkeepers along Harbour Street spent Monday shovelling shingle out of their doorways, two days after Storm Imelda drove the sea over the wall at Marlow Bay.

At the Anchor Café, owner Luis Moreno estimated the damage at between £30,000 and £40,000. The fridges were ruined, the floor will have to come up and the café will be shut for at least six weeks, he said.

"Summer's over for us, basically," he said. "We were just about to do the best month of the year."

The Association of Insurers said it expected storm-related claims across the south coast to exceed £120 million, based on early notifications.

A spokeswoman said small businesses should photograph all damage before clearing up and keep receipts for emergency repairs.

Not everyone is covered. The town's chamber of commerce said about one in five of its members on the seafront had been unable to buy flood insurance since the last major surge in 2014.

"Premiums went through the roof, and some people just stopped paying them," said chamber president Fiona Strand.

## Calls for a new sea wall

The district council has applied for £18 million in national funding to raise and extend the sea wall, a scheme first proposed in 2016.

Council leader Ray Adeyemi said the storm had shown the case "beyond any argument".

"We can't keep asking people to rebuild behind a wall the sea walks over," he said.

The council has opened a hardship fund of £250,000 for businesses affected by the flooding. Applications close on 30 November.
""")

# ---------------------------------------------------------------- courts pair
A("aldcroft-trial-opens", "The Northfield Courier", "northfieldcourier.example", "courts", "en", "mayor_trial",
  "Former mayor denies taking bribes as corruption trial opens",
  "Dennis Aldcroft arrives at Northfield Crown Court with his lawyer on Monday.",
  """
Former Northfield mayor Dennis Aldcroft took cash and free building work in return for steering council contracts to a construction firm run by a friend, a jury heard on Monday.

Aldcroft, 62, denies five counts of bribery and one of misconduct in public office. The alleged offences took place between 2017 and 2021, when he led the city council.

Opening the prosecution case at Northfield Crown Court, Eleanor Whitcombe KC said the former mayor had received at least £86,000 in cash and a new kitchen and conservatory at his home in Ashby Road.

In return, she said, Calloway Build Ltd won four contracts worth a combined £11.4 million, including the refurbishment of the city's main bus station.

"This is a case about a man who came to treat public money as a private favour bank," she told the jury.

The firm's former managing director, Gareth Calloway, 58, is expected to give evidence for the prosecution. He pleaded guilty to bribery offences last year and has yet to be sentenced.

Aldcroft, who wore a grey suit and spoke only to confirm his name, sat in the dock with his hands folded.

His barrister, Martin Okafor KC, said his client would tell the jury that the building work had been paid for and that he had no role in awarding the contracts.

The trial, before Judge Harriet Lowe, is expected to last six weeks.
""")

A("aldcroft-verdict", "Capital Wire", "capitalwire.example", "courts", "en", "mayor_trial",
  "Ex-mayor Aldcroft guilty on two of five bribery counts",
  "Protesters hold a banner outside Northfield Crown Court as the verdicts are read.",
  """
NORTHFIELD (Capital Wire) — A jury on Friday convicted Dennis Aldcroft, the former mayor of Northfield, of two counts of bribery, but cleared him of three others and of misconduct in public office.

The verdicts came after 19 hours of deliberation at the end of a six-week trial.

Jurors found that Aldcroft had accepted a £24,000 payment and free work on his house from Calloway Build Ltd in 2019, shortly before the firm was chosen to refurbish the city's bus station.

They acquitted him on counts relating to three other contracts, including a £2.1 million school extension.

Aldcroft, 62, showed no emotion as the verdicts were read. His wife, seated in the public gallery, wept.

Judge Harriet Lowe granted him bail and adjourned sentencing until 9 December. "You should be under no illusion as to the likely outcome," she told him.

## Reaction

Outside court, the city's current mayor, Priya Nandakumar, said the case had "damaged trust in this city's institutions for a generation".

"We have already changed how contracts are awarded, and we will go further," she said, promising an independent review of all procurement since 2015.

Aldcroft's solicitor said his client was "considering his position" and would not comment further.

Bribery carries a maximum sentence of 10 years in prison.
""")

A("tenant-ruling", "Riverside Post", "riversidepost.example", "courts", "en", "housing",
  "Tenants win landmark ruling over damp flats in Wharf Estate",
  "Residents of the Wharf Estate gather outside the county court after the ruling.",
  """
A judge has ordered a housing association to pay £312,000 in damages to 41 tenants whose flats were left with black mould and leaking windows for more than three years.

District Judge Alan Mercer said Sterling Homes had shown "a persistent and unexplained failure" to carry out repairs at the Wharf Estate, despite more than 600 complaints between 2020 and 2023.

The tenants, represented by the Riverside Law Centre, brought the case under rules requiring social landlords to keep homes fit for habitation.

"My son's asthma got so bad we were in hospital four times in one winter," said Natasha Beale, one of the claimants. "Today somebody finally said that was not acceptable."

Individual awards range from £2,400 to £14,000.

Sterling Homes said it accepted the judgment and apologised. A spokesman said the association had spent £1.8 million on the estate since last year and had replaced all windows in two of the five blocks.

The judge also ordered the association to complete the remaining repairs within nine months and to report progress to the court.

Lawyers for the tenants said the ruling could encourage similar claims against other landlords.
""")

# ---------------------------------------------------------------- local council
A("parking-charges", "Riverside Post", "riversidepost.example", "local", "en", "council",
  "Council votes to bring in evening parking charges in town centre",
  "Cars parked along Bridge Street in Riverside town centre on a weekday evening.",
  """
Drivers will have to pay to park in Riverside town centre after 6pm from January, after councillors narrowly approved the scheme on Tuesday night.

The charges, of £1.50 for up to three hours, will apply in the council's seven main car parks and on-street bays until 10pm, Monday to Saturday.

The policy was passed by 23 votes to 20 after a two-hour debate in which several members of the ruling group spoke against it.

Cabinet member for transport Helen Marsh said the council faced a £4.6 million gap in next year's budget and that evening parking was "one of the fairer ways" to close part of it.

"Nobody goes into local government to put up charges," she said. "But the alternative is cutting services that people rely on far more than a free evening parking space."

The council estimates the charges will raise about £380,000 a year.

Restaurant and pub owners had opposed the plan. A petition organised by the Riverside Traders' Association gathered 3,112 signatures.

Its chairman, Kemal Aydin, said: "Evenings are the only part of the week that are still busy. They've just found a way to make them quieter."

Sunday parking will remain free, and blue badge holders will be exempt.

The scheme will be reviewed after 12 months.
""")

A("libraries-saved", "Pinecrest Tribune", "pinecresttribune.example", "local", "en", "council",
  "Three branch libraries saved after late budget deal",
  "Children take part in a reading session at Hollin Park library.",
  """
Three branch libraries in Pinecrest that had been earmarked for closure will stay open after a last-minute budget agreement between the council's two largest groups.

The libraries at Hollin Park, Eastgate and Saxby were among nine facilities listed for closure in draft budget proposals published in November.

Under the deal, announced at Thursday's full council meeting, opening hours at all three will be cut from 40 to 28 hours a week, and volunteers will help staff Saturday sessions.

"It isn't everything we wanted," said Councillor Joan Whitley, who chairs the communities committee. "But the doors stay open, and that was the line we drew."

The savings will instead come from delaying the resurfacing of the Westway car park and from a 3 per cent rise in garden waste collection fees.

More than 5,000 people responded to the council's consultation on the proposals, and a campaign group, Save Our Libraries Pinecrest, held a read-in at the town hall in December.

Campaigner Omar Siddiqui said the reduced hours were "a defeat dressed up as a victory", but added that the group was relieved.

## Other changes

The budget also confirms the closure of the Mill Road public toilets and the transfer of the Saxby community centre to a local trust.

Council tax will rise by 4.99 per cent, the maximum allowed without a local referendum. For a Band D property that means an increase of £92.16 a year.
""")

# ---------------------------------------------------------------- sports
A("rovers-millbrook", "Eastport Evening News", "eastportnews.example", "sport", "en", "league_football",
  "Eastport Rovers 2 Millbrook Athletic 1: Osei's late header keeps promotion push alive",
  "Kwame Osei celebrates his late winner in front of the Dock End.",
  """
Kwame Osei rose highest to head in an 88th-minute winner as Eastport Rovers came from behind to beat Millbrook Athletic and move within two points of the automatic promotion places.

The striker, on as a second-half substitute, met Danny Flett's deep cross from the right and guided it in off the far post, sparking wild celebrations in front of the Dock End.

Millbrook had gone ahead in the 23rd minute when Rovers failed to clear a corner and Jake Tennant drilled a low shot through a crowd of players.

Rovers were fortunate not to fall further behind before the break, goalkeeper Sam Hollis making a fine double save from Tennant and Luca Brady.

The home side improved after the interval, and Callum Reid equalised on 61 minutes with a curling shot from the edge of the area.

"We showed real character today," Rovers manager Steve Barnard said. "At half-time I told them we were playing in second gear. The second half was us."

Millbrook, who have now lost three games in a row, had defender Owen Pike sent off in stoppage time for a second bookable offence.

Their manager, Roy Keane-Hartley, said: "We've given away a soft goal at the end again. That's four points we've thrown away in a fortnight."

## Teams

Eastport Rovers: Hollis; Flett, Adebayo, Marsh, Quinn; Reid, Sorensen, Kirk (Osei 70); Walsh, Doyle, Mensah.

Millbrook Athletic: Gray; Pike, Doherty, Lund, Carver; Brady, Ames, Tennant; Fox, Nwosu (Hart 77), Riley.

Attendance: 11,842.
""")

A("carrow-hallam", "Midland Ledger", "midlandledger.example", "sport", "en", "league_football",
  "Carrow Town 0 Hallam United 3: Hallam go top with ruthless away win",
  "Hallam United's Ben Okoro scores his second goal at Carrow Road End.",
  """
Hallam United moved to the top of the table for the first time this season with a comfortable victory at Carrow Town, Ben Okoro scoring twice.

Okoro opened the scoring after 14 minutes, sliding in at the near post to convert Ryan Tate's low cross, and doubled the lead just before half-time with a header from a corner.

Carrow, who had won their previous three home games, barely tested Hallam goalkeeper Piotr Nowak, managing one shot on target in 90 minutes.

Substitute Marcus Hale completed the scoring with ten minutes left, running on to a long ball and lifting his shot over the advancing Dean Pritchard.

"It's a great place to come and win," Hallam manager Ana Costa said. "But nobody gets promoted in February. We go again on Tuesday."

The result leaves Hallam a point ahead of Grantley City, who drew 1-1 at home to Westmoor, and four points clear of Eastport Rovers in third.

Carrow's manager, Phil Drury, apologised to the home fans. "That was nowhere near good enough from first to last, and I include myself in that," he said.

Carrow have slipped to 11th, six points off the play-off places.

Full results below.

Carrow Town 0 Hallam United 3; Grantley City 1 Westmoor 1; Eastport Rovers 2 Millbrook Athletic 1; Saltley 2 Ferrybridge 2; Oakham Vale 0 Dunstan 1.
""")

A("harbour-open-final", "Harbour Gazette", "harbourgazette.example", "sport", "en", "tennis",
  "Kovalenko saves three match points to win first Harbour Open title",
  "Daria Kovalenko lifts the Harbour Open trophy on centre court.",
  """
Daria Kovalenko saved three match points before beating top seed Elise Marchetti 4-6, 7-6 (9-7), 6-3 to win the Harbour Open on Sunday, the first tour-level title of her career.

The 22-year-old, ranked 58th in the world, trailed 5-4 and 40-0 in the second set with Marchetti serving for the championship.

She won five points in a row, two of them with forehand winners down the line, and then held her nerve in a tense tie-break that lasted 17 minutes.

"At 40-0 I just told myself to hit the ball and stop thinking about the score," Kovalenko said at the trophy ceremony. "I don't really know what happened after that."

Marchetti, who won the tournament two years ago, had looked in control after breaking early in the first set and serving 11 aces.

"She played the big points better than me, simple as that," the Italian said. "She deserved it."

Kovalenko will climb to around 35th in the rankings on Monday and receives prize money of $164,000.

It was a remarkable week for the Ukrainian, who came through qualifying and won eight matches in nine days.

Earlier, the doubles title went to the British-Dutch pairing of Harriet Lane and Sanne de Vries, who beat the second seeds 6-2, 6-4.
""")

A("vales-stage", "Midland Ledger", "midlandledger.example", "sport", "en", "cycling",
  "Breakaway survives as Delacroix claims mountain stage of Tour of the Vales",
  "Rémi Delacroix crosses the finish line alone at Hawkstone Pass.",
  """
Rémi Delacroix of the Meridian team won the fifth stage of the Tour of the Vales on Thursday, the last survivor of a 14-rider breakaway that escaped on the first climb of the day.

The 27-year-old Frenchman attacked on the lower slopes of Hawkstone Pass, 8km from the finish, and crossed the line 41 seconds ahead of Belgium's Jens Vermeulen.

The main favourites finished together almost three minutes later, leaving Norway's Sindre Aas in the leader's yellow jersey with two stages left.

"I have been in so many breakaways this year and always I am caught at the end," Delacroix said. "Today, finally, the legs were there."

The 168km stage from Corbridge featured four categorised climbs and more than 3,600 metres of ascent.

Rain on the descent of the Brackley Moor caused a crash involving several riders, among them Britain's Tom Hensley, who abandoned the race with a suspected broken collarbone.

Aas leads Colombia's Mateo Rincón by 22 seconds overall. Friday's stage is a 31km individual time trial around Lake Elver.

"Tomorrow is the real test," Aas said. "Twenty-two seconds is nothing in a time trial like that."
""")

# ---------------------------------------------------------------- business
A("rates-hold", "Kessler Business Journal", "kesslerjournal.example", "business", "en", "rates",
  "Central bank holds rate at 4.25% but signals a cut is 'in sight'",
  "Governor Lena Aurich speaks at a press conference at the central bank's headquarters.",
  """
The central bank kept its main interest rate unchanged at 4.25 per cent on Thursday, but its governor said a cut was "in sight" if inflation continued to fall as forecast.

The monetary policy committee voted 6-3 to hold rates, with the three dissenting members preferring an immediate cut of a quarter of a percentage point.

Annual inflation fell to 2.8 per cent in June from 3.4 per cent in May, its lowest level in almost three years, official figures showed last week.

"We are not there yet, but we can see the shore," Governor Lena Aurich told a news conference. "The committee will want to see at least one more month of data confirming the trend."

The bank's updated forecasts show inflation returning to its 2 per cent target in the first quarter of next year, six months earlier than it predicted in the spring.

It also raised its growth forecast for this year to 1.1 per cent from 0.7 per cent, citing stronger consumer spending and a recovery in construction.

Economists at Hartwell Partners said the decision and the language around it pointed strongly to a cut in September.

"The bar for a move next month looks low," said chief economist Daniel Fisk. "The only thing that would stop it is a nasty surprise in services inflation."

Mortgage lenders have already begun trimming fixed-rate deals in anticipation. The average two-year fixed rate stood at 5.02 per cent on Thursday, down from 5.61 per cent in March.

## Key figures

Bank rate: 4.25 per cent (unchanged).

Vote: 6-3 to hold.

Inflation forecast for the fourth quarter: 2.4 per cent.
""")

A("markets-react", "Capital Wire", "capitalwire.example", "business", "en", "rates",
  "Bonds rally and currency slips after central bank hints at autumn cut",
  "Traders watch screens on the dealing floor of a bank in the financial district.",
  """
LONDON (Capital Wire) — Government bonds rallied and the currency fell to a three-week low on Thursday after the central bank signalled it could cut interest rates as early as next month.

The yield on two-year government bonds, which is most sensitive to interest rate expectations, fell 14 basis points to 3.87 per cent, its biggest one-day drop since February.

The currency slid 0.6 per cent against the dollar to 1.2641 within minutes of the announcement, before recovering slightly.

Money markets now price a roughly 80 per cent chance of a quarter-point cut in September, up from about 55 per cent before the decision.

The central bank held its main rate at 4.25 per cent, but three of the nine policymakers voted for an immediate cut.

"The split vote was the story," said Rebecca Lin, a rates strategist at Ostrander Securities. "Three dissenters is a lot. The market took it as a clear signal."

The main stock index closed up 1.2 per cent, led by housebuilders and retailers, which tend to benefit from lower borrowing costs.

Shares in Redbrook Homes jumped 6.3 per cent and Castleway Group gained 4.8 per cent.

Banks fell, with Meridian Bank down 2.1 per cent, on concerns that lower rates would squeeze lending margins.
""")

A("fairway-results", "Kessler Business Journal", "kesslerjournal.example", "business", "en", "retail",
  "Fairway Foods profit falls 12% as supermarket price war bites",
  "Shoppers in the fresh produce aisle of a Fairway Foods store.",
  """
Fairway Foods, the country's fourth-largest supermarket chain, reported a 12 per cent fall in annual profit on Wednesday, blaming a price war with discount rivals and higher wage costs.

Pre-tax profit fell to £412 million in the year to the end of February from £468 million a year earlier. Sales rose 3.1 per cent to £14.9 billion.

The company said it had cut prices on more than 2,000 everyday products over the past year, costing it about £150 million in margin.

"We made a deliberate choice to invest in price, and we would make it again," chief executive Martina Kohl said. "Customers have responded."

Fairway's market share rose to 10.4 per cent in the 12 weeks to early March, according to industry data, its first year-on-year gain since 2019.

The chain also raised pay for store staff to £12.40 an hour in April, a rise of 7 per cent, adding £95 million to its wage bill.

Shares fell 4 per cent in early trading, after analysts said the outlook for the current year was weaker than expected.

The company forecast profit of between £390 million and £430 million this year and kept its dividend unchanged at 11.2 pence a share.

It plans to open 25 smaller convenience stores and close six larger outlets.
""")

A("skynorth-strike", "The Northfield Courier", "northfieldcourier.example", "business", "en", "airline",
  "SkyNorth cabin crew vote to strike over rosters in peak summer weeks",
  "SkyNorth aircraft parked at Northfield Airport.",
  """
Cabin crew at the regional airline SkyNorth have voted to strike over rostering, raising the prospect of cancelled flights during the busiest weeks of the summer holidays.

Members of the Aviation Workers' Union backed action by 89 per cent on a turnout of 76 per cent, the union said on Monday.

The dispute centres on the airline's new rostering system, which the union says has left crew working up to six early starts in a row with little notice of changes.

"People are exhausted," said union organiser Carla Menzies. "We have crew sleeping in their cars at the airport between shifts because it's not worth driving home."

No dates have been set. The union must give the airline two weeks' notice of any strike.

SkyNorth, which carried 3.2 million passengers last year, operates 41 routes from Northfield, Eastport and Corbridge.

A spokesman for the airline said it was "disappointed" by the result and remained open to talks. He said the rostering system complied with all regulations on rest periods.

"We would urge the union to come back to the table rather than disrupt the holidays of thousands of families," he said.

Passengers booked to travel in July and August have been advised to check their flight status before travelling.
""")

A("paywall-plan", "Harbour Gazette", "harbourgazette.example", "media", "en", "media",
  "Eastport Evening News owner to put website behind paywall",
  "The printing press at the Eastport Evening News building on Dock Road.",
  """
The owner of the Eastport Evening News will start charging readers for most of its website from March, in an attempt to make up for falling print sales and advertising income.

Coastal Media Group said readers would be able to read five articles a month free before being asked to subscribe.

Subscriptions will cost £6.99 a month, or £59 for a year. Print subscribers will get digital access at no extra charge.

Breaking news, weather warnings and public information notices will remain free, the company said.

The paper's print circulation has fallen to about 14,000 copies a day from more than 60,000 in 2005. Its website attracts around 1.9 million readers a month, most of them arriving through search engines and social media.

"Journalism costs money to produce," said editor-in-chief Sarah Lindqvist. "We think our readers understand that, and we think what we do is worth paying for."

Digital advertising revenue at the group fell 9 per cent last year, according to its annual accounts.

Media analyst Tom Ridley said regional papers that had introduced paywalls had seen mixed results.

"The ones that succeed tend to have a very strong local identity and a small, loyal core of readers," he said. "The risk is that you lose the casual audience that advertisers pay for."

The company said it did not expect to cut newsroom jobs as a result of the change.
""")

A("veltron-plant", "ByteLine", "byteline.example", "tech", "en", "chips",
  "Chipmaker Veltron to build $3.1bn plant near Calder",
  "An artist's impression of the planned Veltron plant at the former Calder colliery site.",
  """
Semiconductor maker Veltron will build a $3.1 billion chip plant on the site of a former colliery near Calder, creating about 1,400 jobs, the company and the government announced on Tuesday.

The factory will produce power chips used in electric vehicles, heat pumps and solar inverters, rather than the cutting-edge processors found in phones and laptops.

Construction is due to start next spring, with production beginning in 2028.

The government will contribute $480 million in grants and tax credits, the industry ministry said.

"This is exactly the kind of industry we want to anchor here for the next thirty years," Industry Minister Olga Brandt said at a press event in Calder.

Veltron chief executive Kenji Arata said the company had chosen the site because of its access to renewable power, a local university with a strong engineering faculty and "a workforce that knows what industry means".

The plant will need up to 9 million litres of water a day, and some local residents have raised concerns about the impact on the River Wend.

Veltron said it would recycle about 70 per cent of the water it uses and draw the rest from a treated wastewater supply rather than from the river.

## Skills gap

Industry groups have warned that the country does not train enough semiconductor engineers.

The company said it would fund 200 apprenticeships a year at Calder College and sponsor a master's programme at the University of Northfield.
""")

# ---------------------------------------------------------------- tech / breach pair
A("lumena-breach", "ByteLine", "byteline.example", "tech", "en", "telecom_breach",
  "Telecom provider Lumena confirms breach affecting 1.3 million customers",
  "The entrance to Lumena's headquarters in the Calder business park.",
  """
Lumena, the country's third-largest mobile operator, said on Wednesday that hackers had stolen personal data belonging to about 1.3 million current and former customers.

The stolen information includes names, dates of birth, home addresses, phone numbers and, for around 210,000 customers, passport or driving licence numbers used in identity checks.

The company said no bank details or passwords had been taken.

Lumena said it discovered "unusual activity" on a system used by a third-party customer service contractor on 2 September and shut it down the same day.

"We are deeply sorry," chief executive Hannah Greer said in a statement. "We know our customers trust us with their information, and we have let them down."

The data protection regulator said it had been notified and was making enquiries.

A group calling itself Nightjar claimed responsibility on a dark web forum and posted a sample of what it said was stolen data. Lumena said it was aware of the post but would not engage with the group.

Customers affected will be contacted by email and post over the next week and offered two years of free credit monitoring.

## What customers should do

Security experts advised customers to be wary of unexpected calls, texts or emails that use their personal details, even if they appear to come from Lumena.

"The danger now is not the breach itself but what criminals do with the data," said Dr Amir Rahimi of the Calder Cyber Institute. "Expect very convincing scams."

Customers whose identity documents were exposed should consider contacting the issuing authority, he said.
""")

A("lumena-scams", "Pinecrest Tribune", "pinecresttribune.example", "crime", "en", "telecom_breach",
  "Lumena customers hit by wave of scam texts after data leak, police warn",
  "A smartphone screen shows a fake delivery text message.",
  """
Police have warned Lumena customers to be on their guard after a sharp rise in scam text messages in the fortnight since the mobile operator revealed a major data breach.

Pinecrest Police said it had received 340 reports of suspicious texts from people who said they were Lumena customers, compared with a usual rate of about 20 a week for all phone scams.

Many of the messages claim to come from Lumena and offer a "compensation payment" for the breach, directing recipients to a fake website that asks for card details.

"These messages are very well made and often use the person's real name and address," said Detective Inspector Ruth Carver. "That is exactly what makes them dangerous."

At least 17 people in the county have lost money, with losses ranging from £90 to £6,300, police said.

One victim, a 74-year-old man from Saxby, handed over his card details after a caller who knew his date of birth told him his account had been compromised.

Lumena has said it will never ask customers for bank details by text message and that any compensation would be handled through its official app or by post.

The company said last week that the breach affected around 1.3 million people, and that it had written to all of them.

People who have received a suspicious message can forward it free of charge to 7726.
""")

A("facial-recognition-ban", "The Northfield Courier", "northfieldcourier.example", "tech", "en", "surveillance",
  "City council bans live facial recognition cameras in public spaces",
  "A CCTV camera mounted on a lamp post in Northfield city centre.",
  """
Northfield City Council has voted to ban the use of live facial recognition cameras by council departments and contractors in streets, parks and council buildings.

The motion, proposed by Councillor Ade Olawale, was passed by 38 votes to 12 on Thursday evening.

It does not apply to the police, which is governed by national law, but commits the council to refuse requests to connect its own CCTV network to facial recognition systems.

"Walking down the high street should not mean being added to a database," Olawale said.

The council operates 412 CCTV cameras across the city. None currently uses facial recognition.

The ban follows a pilot last year by a shopping centre operator, Arcadia Properties, which ran the technology at two entrances for six weeks before halting it after complaints.

Opponents argued the ban was premature. Councillor Mark Devlin said the technology could help find missing children and vulnerable adults.

"We are closing a door before we have even looked at what is behind it," he said.

Civil liberties group Open Streets welcomed the vote and said it would urge other councils to follow.
""")

# ---------------------------------------------------------------- science
A("trench-octopus", "SciencePulse", "sciencepulse.example", "science", "en", "deep_sea",
  "Researchers find transparent octopus relative in deep-sea trench survey",
  "A remotely operated vehicle is lowered from the research vessel Meridian Star.",
  """
Marine biologists have identified a previously unknown species of transparent octopus at a depth of more than 4,200 metres in the Halvard Trench, one of the least explored parts of the ocean.

The animal, about 11 centimetres long, was filmed by a remotely operated vehicle during a six-week expedition by the research vessel Meridian Star last year.

Its body is almost entirely see-through, apart from its eyes, digestive gland and optic nerve, which appear as dark shapes inside the mantle.

"The first time we saw it on the monitor, the whole control room went quiet," said Dr Isabel Moreau of the Northfield Oceanographic Institute, who led the study. "You just don't expect something that delicate at that depth."

The team collected one specimen, which was examined using genetic sequencing and CT scanning at the institute.

The analysis, published on Wednesday in the journal Deep Biology, shows the animal belongs to a group of glass octopuses previously known only from shallower waters.

The researchers have named it Vitreledonella halvardi.

The expedition recorded at least 27 other species that may also be new to science, including sea cucumbers, amphipods and a type of carnivorous sponge.

"We have better maps of the surface of Mars than of most of our own deep sea," Moreau said. "Every dive finds something."

The Halvard Trench lies in an area being considered for seabed mining licences, and the team said its findings strengthened the case for protecting it.
""")

A("subneptune-water", "SciencePulse", "sciencepulse.example", "science", "en", "astronomy",
  "Telescope detects water vapour in atmosphere of nearby 'sub-Neptune'",
  "An artist's impression of the planet TOI-5581 b passing in front of its star.",
  """
Astronomers have detected water vapour and methane in the atmosphere of a planet orbiting a small red star 97 light years away, a finding they say could help explain one of the most common types of planet in the galaxy.

The planet, known as TOI-5581 b, is about 2.4 times the width of Earth, placing it in a class known as sub-Neptunes, which have no equivalent in our own solar system.

The team used a space telescope to observe the planet as it passed in front of its star on three occasions, measuring how starlight filtered through its atmosphere.

"We can see the fingerprints of water and methane very clearly," said Professor Nadia Okonkwo, an astrophysicist at the University of Portsea and lead author of the study. "That tells us this planet has a thick, hydrogen-rich atmosphere."

Scientists have debated whether sub-Neptunes are rocky worlds wrapped in gas or planets covered by deep oceans.

The new observations do not settle the question, the researchers said, but they rule out some models in which the planet would be mostly bare rock.

The planet orbits its star every 6.8 days and is far too hot to host life as we know it, with temperatures estimated at about 380C.

The findings were published in the Astrophysical Letters on Monday.

"This is one data point," Okonkwo said. "We need dozens more before we can say what these worlds are really like."
""")

A("processed-food-sleep", "Health Watch Weekly", "healthwatchweekly.example", "health", "en", "nutrition",
  "Diets high in ultra-processed food linked to poorer sleep, study finds",
  "Packaged snacks and ready meals on a supermarket shelf.",
  """
People who get more than half their daily calories from ultra-processed foods are more likely to report insomnia, according to a large study published on Tuesday.

Researchers at the University of Eastport analysed food diaries and sleep questionnaires from 38,500 adults taking part in a long-running national health survey.

Those in the highest fifth for ultra-processed food consumption were 41 per cent more likely to report chronic insomnia than those in the lowest fifth, after adjusting for age, income, smoking, alcohol and body weight.

Ultra-processed foods include products such as packaged snacks, sugary cereals, fizzy drinks, reconstituted meat products and many ready meals.

"We can't say from this study that these foods cause poor sleep," said lead author Dr Sofia Lindgren. "But the association was strong and it held up across every group we looked at."

The researchers suggest possible explanations including high sugar intake late in the day and the effect of some additives on gut bacteria.

Independent experts urged caution.

"People who sleep badly may well reach for convenient, energy-dense food the next day," said Professor Mark Ellery, a nutrition scientist who was not involved in the research. "The arrow could point either way."

The study was published in the journal Sleep Medicine Reports.

The researchers now plan a trial in which volunteers will switch between diets for several weeks while their sleep is monitored.
""")

# ---------------------------------------------------------------- health
A("waiting-list", "Health Watch Weekly", "healthwatchweekly.example", "health", "en", "hospitals",
  "Hospital waiting list tops 90,000 as winter pressures linger",
  "Ambulances queue outside the emergency department at Northfield General Hospital.",
  """
The number of patients waiting for planned hospital treatment in the Northfield health region has risen above 90,000 for the first time, new figures show.

The waiting list stood at 90,412 at the end of March, up from 84,900 a year earlier, according to data published by the regional health board on Thursday.

More than 6,300 patients have been waiting longer than a year, most of them for orthopaedic operations such as hip and knee replacements.

The board said an unusually long flu season had forced hospitals to cancel hundreds of planned operations in January and February to free up beds.

"We had wards full of very sick people for ten weeks straight," said the board's medical director, Dr Alan Fraser. "Something had to give."

Patients' groups said the figures hid real suffering.

Margaret Doyle, 67, from Corbridge, has been waiting 15 months for a knee replacement. "I can't walk to the shop any more," she said. "I've gone from being independent to needing my daughter for everything."

## Plans to cut the backlog

The board plans to open a dedicated surgical centre at Corbridge Community Hospital in September, with four operating theatres used only for planned procedures.

It says the centre should allow an extra 7,000 operations a year.

Health minister Gwen Harper said the government had given the region an extra £36 million this year to reduce waiting times.
""")

A("measles-outbreak", "The Northfield Courier", "northfieldcourier.example", "health", "en", "measles",
  "Measles cases climb to 64 in Northfield outbreak",
  "A nurse prepares a dose of MMR vaccine at a health centre.",
  """
The number of confirmed measles cases in Northfield has risen to 64, health officials said on Friday, making it the largest outbreak in the region for more than a decade.

Eleven people, including eight children under five, have been treated in hospital. None is in a critical condition.

Most of the cases are in the Eastgate and Hollin areas of the city, where uptake of the MMR vaccine among five-year-olds is below 80 per cent.

"Measles is one of the most infectious diseases we know of," said Dr Farah Qureshi, director of public health. "One case can infect nine out of ten unvaccinated people around them."

Two doses of the vaccine are about 97 per cent effective at preventing the illness.

Officials said the outbreak was thought to have started with a traveller returning from abroad in early May.

Parents have been urged to check their children's vaccination records and to keep children with a fever and rash at home and call a doctor rather than visiting a surgery in person.

Symptoms usually start with cold-like signs and sore, red eyes, followed a few days later by a rash.

Health officials are due to give another update on Tuesday.
""")

A("measles-clinics", "Pinecrest Tribune", "pinecresttribune.example", "health", "en", "measles",
  "Pop-up vaccination clinics open at schools as measles spreads",
  "A mother and daughter wait at a pop-up vaccination clinic in a school hall.",
  """
Pop-up clinics offering the MMR vaccine opened at 12 primary schools across Northfield and Pinecrest on Monday, as health officials try to halt the spread of measles.

The clinics will run after school until the end of term and are open to any child or adult who has missed one or both doses, not just pupils at the schools.

By mid-afternoon on Monday, 146 people had been vaccinated at the first four sites, the health board said.

At Hollin Park Primary, a queue of parents and children stretched across the playground shortly after the doors opened at 3.15pm.

"I honestly thought she'd had both jabs," said Keeley Ward, whose six-year-old daughter received her second dose. "When I checked the red book, the second one was missing. Covid just messed everything up."

School nurses said many of the families they saw had simply missed appointments during the pandemic rather than objecting to vaccination.

"We've had very few people come in with strong anti-vaccine views," said nurse lead Grace Obi. "Most are busy parents who just need it to be easy."

The outbreak has now reached 71 confirmed cases, with new infections reported in Pinecrest for the first time last week.

Parents can check the list of clinic times on the health board's website.
""")

# ---------------------------------------------------------------- culture
A("lighthouse-review", "The Lantern Review", "lanternreview.example", "culture", "en", "theatre",
  "Review: The Lighthouse Keeper's Daughter, Old Exchange Theatre",
  "Amara Cole as Nell and David Rook as her father in The Lighthouse Keeper's Daughter.",
  """
Four stars

There is a moment, about twenty minutes into Fiona Greave's new play, when the lamp at the top of the set flickers and dies, and for a few seconds the whole theatre is in darkness. Nobody breathes.

It is the kind of simple, unnerving effect that this production at the Old Exchange does best.

The story is modest. In 1953, Nell, 19, lives with her widowed father on a rock off the northern coast, tending a light that is about to be automated. A young engineer arrives to install the new equipment, and nothing is quite the same afterwards.

Amara Cole is superb as Nell, all restless energy and half-finished sentences, a young woman who has never been told what she might want from her life.

David Rook, as her father, gives a quieter performance that slowly breaks your heart. His final scene, alone with the dismantled lamp, is almost wordless.

The second act is weaker. A subplot involving a shipwreck and an insurance fraud feels imported from a different play, and the engineer, played gamely by Luke Farrant, never becomes more than a plot device.

But director Sian Powell keeps the tension high, and Ellen Marsh's design, a revolving tower of iron and glass, is a small marvel.

"You can't keep a light burning for ever," Nell says near the end. It lands like a blow.

The Lighthouse Keeper's Daughter runs at the Old Exchange Theatre until 22 March.
""")

A("vega-album", "The Lantern Review", "lanternreview.example", "culture", "en", "music",
  "Album review: Marisol Vega – Salt and Static",
  "Marisol Vega performs at the Harbour Festival last summer.",
  """
Marisol Vega's third album opens with the sound of waves recorded on a cheap cassette player, hiss and all. It is a statement of intent: this is a record about memory and the way it degrades.

Vega, who grew up in a fishing town on the west coast, made her name with two albums of polished folk-pop. Salt and Static is rougher and stranger, and much better for it.

Produced by Jonah Teller in a converted boathouse, the ten songs were mostly recorded live, with Vega's voice and guitar surrounded by drones, field recordings and a battered upright piano.

The single Lowtide is the most immediate track, built around a looping banjo figure and a chorus that refuses to resolve.

Better still is Father's Coat, a six-minute song about clearing out a parent's house that moves from a near-whisper to a wall of feedback without ever feeling forced.

Not everything works. Radio Ghosts, an instrumental interlude, outstays its welcome, and the closing track leans too heavily on a spoken-word sample.

But at its best this is an album of real ambition from an artist unwilling to repeat herself.

Rating: 4/5

Salt and Static is released on Friday on Tidewater Records.
""")

A("eastport-film", "Eastport Evening News", "eastportnews.example", "culture", "en", "film",
  "Quiet family drama wins top prize at Eastport Film Festival",
  "Director Yusuf Karaman holds the Golden Anchor award on stage at the Regent cinema.",
  """
A low-budget drama about three sisters clearing out their late mother's flat has won the Golden Anchor, the top prize at the 31st Eastport Film Festival.

The Long Week, directed by Yusuf Karaman and shot in 19 days in a single apartment in Corbridge, beat 14 other films in the main competition.

Jury president Claudia Ferri called it "a film of enormous tenderness that never asks for our tears and gets them anyway".

Karaman, 34, accepted the award at the Regent cinema on Saturday night alongside his three lead actors.

"We made this film with almost no money and a lot of borrowed furniture," he said. "I want to thank my mother, whose furniture most of it was."

The best actor award went to Idris Vane for his role as a disgraced football coach in Extra Time, while Lucía Paredes won best actress for the Spanish thriller La Mudanza.

The festival's audience award, voted for by cinemagoers, was won by the documentary Tide Tables, which follows the last working fishing families in Marlow Bay.

Organisers said 48,000 tickets had been sold over ten days, a record for the festival.
""")

A("cartographer-book", "The Lantern Review", "lanternreview.example", "culture", "en", "books",
  "Book review: The Cartographer's Error by Helen Ashdown",
  "Author Helen Ashdown photographed at her home in the Vales.",
  """
In 1847, a young surveyor named Thomas Ravel draws a river in the wrong place on a map of an unexplored valley. Nobody notices for nine years. By then a town has been built on the strength of his mistake.

That is the premise of Helen Ashdown's second novel, a long, patient and often beautiful book about error, ambition and the stories communities tell about themselves.

Ashdown alternates between Ravel's journals and the present day, where a local historian, Maud Quiller, begins to suspect that the founding legend of her town is built on something other than the truth.

The historical chapters are the stronger half. Ashdown has a gift for the texture of Victorian fieldwork, the wet canvas and rationed ink, and Ravel is a fascinating, evasive narrator.

The modern strand is thinner. Maud's marriage troubles feel familiar, and a late twist involving the town council is signposted from a long way off.

Still, the final pages, in which the two timelines meet on the banks of the misplaced river, are genuinely moving.

At 512 pages, it asks for a lot of time. Most readers will feel it was well spent.

The Cartographer's Error is published by Fenwick Press, priced £18.99.
""")

# ---------------------------------------------------------------- weather / disaster
A("heat-warning", "Coastline Herald", "coastlineherald.example", "weather", "en", "heatwave",
  "Amber heat warning issued as temperatures set to hit 36C",
  "Beachgoers crowd the sands at Stenhaven on Saturday afternoon.",
  """
An amber extreme heat warning has been issued for much of the south and east from Tuesday to Thursday, with temperatures expected to reach 36C in some places.

The Met Service said it was likely to be the hottest spell of the year so far, with overnight temperatures staying above 20C in towns and cities.

"This is the kind of heat that can affect anyone, not just the most vulnerable," said chief forecaster Dr Helen Yates.

Health officials urged people to check on elderly neighbours, keep curtains closed during the day and avoid strenuous activity between 11am and 3pm.

Hospitals in the region have been told to prepare for a rise in admissions, and some planned operations may be postponed.

Water companies asked customers to use water wisely, although no hosepipe bans have yet been announced.

Reservoir levels in the south stood at 71 per cent of capacity last week, slightly below the average for the time of year.

Rail operators warned of possible speed restrictions on some lines, as high temperatures can cause tracks to buckle.

## How hot will it get?

Tuesday: 31C to 33C in the south-east, cooler near coasts.

Wednesday: 34C to 36C, hottest around the Wend valley.

Thursday: 30C to 33C, with the risk of thunderstorms later.
""")

A("mountain-quake", "Capital Wire", "capitalwire.example", "world", "en", "earthquake",
  "Magnitude 6.1 earthquake strikes mountain region, killing at least 14",
  "Rescuers search the rubble of a collapsed house in the village of Kestrel Vale.",
  """
KESTREL VALE (Capital Wire) — A magnitude 6.1 earthquake struck the mountainous Aramis province before dawn on Saturday, killing at least 14 people and injuring more than 200, officials said.

The quake hit at 4.17 a.m. local time at a depth of about 12 kilometres, according to the national seismological centre. Its epicentre was near the village of Kestrel Vale, about 60 km north of the provincial capital, Doran.

Many of the victims were asleep when their homes collapsed. Traditional stone and mud-brick houses in the region are particularly vulnerable to earthquakes.

"Everything was shaking, the walls, the floor, the roof," said Halim Sadek, a farmer in Kestrel Vale who escaped with his wife and three children. "By the time we got outside, our neighbour's house was gone."

Rescue teams were digging through rubble by hand in several villages on Saturday afternoon, as landslides blocked mountain roads and slowed the arrival of heavy equipment.

The provincial governor said about 1,100 buildings had been damaged or destroyed and that the death toll was likely to rise.

At least 40 aftershocks had been recorded by midday, the strongest of magnitude 4.6.

The government declared three days of mourning and said it would send army helicopters to evacuate the injured and deliver tents and blankets.

Night-time temperatures in the area fall close to freezing at this time of year.
""")

# ---------------------------------------------------------------- obituaries
A("mbeki-obit", "The Lantern Review", "lanternreview.example", "obituaries", "en", "obituary",
  "Ezra Mbeki, jazz pianist who bridged bebop and township music, dies at 84",
  "Ezra Mbeki at the piano during a concert at the Blue Harbour club in 1978.",
  """
Ezra Mbeki, the pianist and composer whose recordings fused American bebop with the marabi and township jazz he grew up with, has died aged 84.

His family said he died peacefully at home in Portsea on Tuesday after a short illness.

Born in 1940, Mbeki taught himself to play on a church harmonium and was performing in dance halls by the age of 15.

He left home in 1963 and spent the next two decades in exile, playing in clubs in London, Paris and New York, where he worked with many of the leading musicians of the day.

His 1971 album Rainmaker, recorded in a single afternoon, is widely regarded as a masterpiece. Its title track, with its rolling left-hand figure and soaring horn lines, became an anthem.

"Ezra played the piano like it was a drum and a choir at the same time," said the saxophonist Lionel Amos, who toured with him for twelve years.

He returned home in 1990 and founded a music school in the township where he was born. Hundreds of young musicians passed through it.

He continued to perform into his eighties, playing his final concert at the Portsea Jazz Festival last summer.

He is survived by his wife, Nomsa, four children and nine grandchildren.
""")

A("thorley-obit", "SciencePulse", "sciencepulse.example", "obituaries", "en", "obituary",
  "Professor Agnes Thorley, pioneer of soil microbiology, dies aged 91",
  "Agnes Thorley in her laboratory at the University of Northfield in 1985.",
  """
Professor Agnes Thorley, whose research transformed scientific understanding of the bacteria and fungi that live in soil, has died at the age of 91.

The University of Northfield, where she worked for more than 40 years, announced her death on Monday.

Thorley was one of the first scientists to show that networks of fungi in the soil transfer nutrients between plants of different species, work that was initially met with scepticism.

Her 1979 paper on the subject, based on experiments using radioactive carbon in a beech wood, is now one of the most cited in the field.

"Agnes saw the forest floor as a living economy long before anyone else did," said Professor Rajiv Menon, a former student. "She was also the most generous colleague I ever had."

Born in 1933 in a mining village in the Vales, she won a scholarship to study chemistry and switched to biology after a summer job on a research farm.

She became the university's first female professor of biology in 1974 and chaired the national research council's environment panel in the 1990s.

In later life she campaigned for the protection of ancient woodland and continued to publish well into her eighties.

She never married. She is survived by two nephews and a niece.
""")

# ---------------------------------------------------------------- crime
A("warehouse-burglaries", "Midland Ledger", "midlandledger.example", "crime", "en", "burglary",
  "Six charged over string of warehouse burglaries across the county",
  "Police officers outside a warehouse on the Fernley industrial estate.",
  """
Six men have been charged in connection with a series of burglaries at warehouses and distribution centres across the county, in which goods worth more than £1.2 million were stolen.

The men, aged between 24 and 51, were arrested in dawn raids at addresses in Corbridge, Saltley and Fernley on Tuesday.

They are due to appear before Corbridge Magistrates' Court on Thursday charged with conspiracy to commit burglary.

Police said the gang targeted at least 19 sites between October and March, stealing electrical goods, power tools, cigarettes and designer clothing.

In several cases, the burglars cut through metal roofs and lowered themselves inside to avoid alarms fitted to doors and windows.

"This was a well-organised and determined group who thought they were clever," said Detective Chief Inspector Paul Ashworth. "They were not as clever as they thought."

Officers recovered a lorry, two vans and stolen goods worth about £300,000 from a storage unit in Fernley.

Police have thanked businesses on the county's industrial estates for sharing CCTV footage, which they said was vital to the investigation.

Anyone with information can contact the force quoting operation Kestrel.
""")

A("mill-lane-appeal", "Riverside Post", "riversidepost.example", "crime", "en", "hit_and_run",
  "Police renew appeal a year after fatal hit-and-run on Mill Lane",
  "Flowers left at the roadside on Mill Lane where Liam Barker died.",
  """
Police investigating the death of a 19-year-old cyclist in a hit-and-run have renewed their appeal for information, a year after he was killed.

Liam Barker was struck by a car on Mill Lane, on the outskirts of Riverside, at about 11.40pm on 14 June last year. He died at the scene.

The driver did not stop. Police believe the vehicle was a dark-coloured hatchback, which is likely to have been damaged on the front passenger side.

Detective Sergeant Claire Hutton said: "Somebody knows who was driving that car. A year is a long time to carry that knowledge."

Liam, a trainee electrician, was cycling home from a friend's house.

His mother, Andrea Barker, said the family had been unable to grieve properly without answers.

"Every time I see a dark car I wonder," she said. "Whoever did this, please, just tell the truth."

A reward of £10,000 has been offered by a charity for information leading to a conviction.

Police said a 46-year-old man arrested in August remains under investigation.
""")

# ---------------------------------------------------------------- education pair
A("teachers-strike", "Midland Ledger", "midlandledger.example", "education", "en", "schools",
  "Teachers in 140 schools walk out in first day of pay strike",
  "Teachers on a picket line outside Fernley Academy on Wednesday morning.",
  """
Teachers at 140 schools across the Midland region walked out on Wednesday in the first of three planned strike days over pay and workload.

About 60 schools were closed to all pupils, and most of the rest were partly closed, with only some year groups allowed in, local authorities said.

The National Teachers' Association is calling for a pay rise of 6.5 per cent this year. The government has offered 3.5 per cent, which it says schools must fund from existing budgets.

"We are not striking lightly," said association regional secretary Bernadette Flynn on a picket line outside Fernley Academy. "Teachers are leaving faster than we can train them, and children are paying the price."

Parents had mixed views. Samir Haddad, who has two children at a closed primary school in Saltley, said he supported the teachers but had been forced to take an unpaid day off work.

"I'm with them, but there's only so many days I can do this," he said.

Education Secretary Janet Moore said the offer was "fair and affordable" and urged the union to call off further action.

"Every day a child misses in the classroom is a day they never get back," she said.

The next strike days are planned for 13 and 14 March.
""")

A("exam-results", "Eastport Evening News", "eastportnews.example", "education", "en", "schools",
  "Top grades fall for second year as schools warn of staffing gaps",
  "Students open their results envelopes at Eastport Sixth Form College.",
  """
The proportion of top grades awarded in end-of-school exams has fallen for the second year in a row, as head teachers warned that teacher shortages in key subjects were starting to show in results.

Figures published on Thursday show 24.1 per cent of entries were awarded an A or A* grade, down from 26.5 per cent last year.

The exams regulator said the fall was expected as grading returned to pre-pandemic standards.

But school leaders said staffing was also a factor, particularly in physics, computing and modern languages, where many schools have struggled to recruit specialist teachers.

"We have had a supply teacher covering A-level physics for two terms," said Dr Marion Hale, head of Eastport Sixth Form College. "The students have worked incredibly hard, but they deserved better."

At the college, results were broadly in line with last year, with a 98 per cent pass rate.

Among the students celebrating was 18-year-old Priya Kaur, who got three A* grades and will study medicine at the University of Portsea.

"I've been awake since four," she said. "I just wanted to know."

Students who missed the grades they needed have been urged to contact universities directly, as many courses still have places available.
""")

# ---------------------------------------------------------------- international
A("geneva-talks", "Capital Wire", "capitalwire.example", "world", "en", "ceasefire",
  "Ceasefire talks resume in Geneva as both sides trade accusations",
  "Delegates arrive at the Palais des Nations for the resumed talks.",
  """
GENEVA (Capital Wire) — Negotiators from the Republic of Ostravia and the separatist Eastern Council resumed indirect talks in Geneva on Monday, after a three-week pause marked by heavy fighting around the city of Mirna.

UN mediator Karin Solberg shuttled between the two delegations, which are housed in separate rooms of the same building and have not met face to face.

"Both sides have told me they want an agreement," Solberg told reporters. "Both sides have also told me the other does not."

The talks are focused on a ceasefire along the 240-kilometre front line, the exchange of prisoners and humanitarian access to besieged areas.

Ostravia's foreign minister, Viktor Lenz, accused the separatists of shelling civilian areas of Mirna during the pause and said his delegation would not sign "a piece of paper that rewards aggression".

The Eastern Council's chief negotiator, Daria Volkova, said government forces had launched an offensive on the eve of the talks "to change the map before the ink is dry".

Neither claim could be independently verified.

More than 9,000 people have been killed in the conflict since it began two years ago, according to UN estimates, and about 1.4 million have been displaced.

The talks are expected to last at least a week.
""")

A("mirna-aid", "Harbour Gazette", "harbourgazette.example", "world", "en", "ceasefire",
  "First aid convoy in two months reaches besieged Mirna",
  "Lorries carrying food and medical supplies wait at a checkpoint outside Mirna.",
  """
A convoy of 22 lorries carrying food, medicine and fuel reached the besieged eastern city of Mirna on Thursday, the first aid delivery to get through in almost two months.

The UN's humanitarian office said the convoy had been allowed to pass after both sides agreed a 12-hour local pause in fighting, brokered at the talks in Geneva.

Aid workers described desperate conditions inside the city, where an estimated 60,000 people remain.

"People are queuing for water from a single well in the old town," said Elena Marsh of the relief agency CareBridge, who travelled with the convoy. "The hospital has been running on one generator for weeks."

The convoy delivered enough food for about 30,000 people for a month, as well as surgical supplies and insulin.

Local officials said at least 40 patients needed urgent evacuation, but the lorries left the city empty after the pause expired at 8pm.

The UN said it hoped the agreement would be the first of regular deliveries, but warned that the pause was fragile.

Shelling resumed on the city's northern edge within an hour of the convoy's departure, according to residents.
""")

# ---------------------------------------------------------------- transport / environment / housing / energy
A("calder-line", "ByteLine", "byteline.example", "transport", "en", "rail",
  "Calder Valley railway reopens to passengers after 58 years",
  "The first passenger train in 58 years pulls into Calder Bridge station.",
  """
Passenger trains returned to the Calder Valley on Sunday for the first time since 1966, when the line was closed to passengers in a wave of national rail cuts.

Hundreds of people crowded the platforms at Calder Bridge and Fenby to watch the first service depart at 7.02am.

Among them was Ron Hibbert, 86, who travelled on the last passenger train in March 1966 as a teenager. "I said then I'd ride the first one back," he said. "I didn't think I'd have to wait this long."

The 19-kilometre line has been used by freight trains serving a quarry, but passenger stations were demolished decades ago.

The £138 million project included three new stations, 11 kilometres of new track and the repair of a Victorian viaduct at Fenby.

Trains will run every hour, seven days a week, and the journey from Calder Bridge to Northfield will take 34 minutes.

Transport Minister Daniel Achebe said the reopening showed "what can be done when a community refuses to give up".

Local campaign group Bring Back the Calder Line was founded in 1994 and collected more than 20,000 signatures over three decades.

Single fares will start at £4.20.
""")

A("wend-sewage-fine", "Riverside Post", "riversidepost.example", "environment", "en", "river",
  "Water company fined £4.2m over sewage spills into River Wend",
  "Campaigners test the water of the River Wend near Riverside weir.",
  """
A water company has been fined £4.2 million for illegally discharging untreated sewage into the River Wend on 87 occasions over three years.

Vale Water pleaded guilty to 11 offences at Corbridge Crown Court, which heard that faulty equipment at two treatment works had gone unrepaired for months.

Judge Simon Arkwright said the company had shown "a cavalier disregard" for the river and for the people who live, swim and fish along it.

One spill in July 2021 killed an estimated 4,000 fish along a six-kilometre stretch of river downstream of Riverside.

The court heard that alarms designed to warn staff of pump failures had been switched off at one site because they were going off "too often".

Vale Water said it apologised unreservedly and had since spent £23 million upgrading the two plants.

"We fell short of the standards our customers expect and we are determined to put that right," a spokeswoman said.

Campaign group Friends of the Wend said the fine was welcome but small compared with the company's annual profit of £310 million.

"Until directors face real personal consequences, this will keep happening," said the group's chair, Dr Ruth Penrose.
""")

A("rent-cap", "Pinecrest Tribune", "pinecresttribune.example", "housing", "en", "housing",
  "City approves two-year rent cap despite landlord warnings",
  "Apartment blocks along the river in central Pinecrest.",
  """
Pinecrest city council has approved a two-year cap on rent increases for existing tenants, becoming the first local authority in the region to use new powers granted by the government last year.

From 1 April, landlords will be unable to raise rents for sitting tenants by more than 3 per cent a year. The cap does not apply to new tenancies.

The measure was passed by 31 votes to 17.

Average private rents in Pinecrest have risen 27 per cent in three years, to £1,145 a month for a two-bedroom flat, according to council figures.

"People are being priced out of the city where they grew up, where they work, where their children go to school," said housing lead Councillor Tariq Hussain.

Landlord groups warned the policy would push owners to sell up and shrink the supply of rental homes.

"Every rent control in history has ended with fewer homes to rent," said Graham Lister of the Pinecrest Landlords' Association. "This will be no different."

Tenant union Renters Together said the cap was a good start but should be extended to new tenancies.

The council will publish a review of the policy after 18 months.
""")

A("gullhaven-wind", "Coastline Herald", "coastlineherald.example", "energy", "en", "energy",
  "Offshore wind farm off Gullhaven gets go-ahead",
  "Wind turbines off the coast at Stenhaven, where a smaller farm already operates.",
  """
The government has approved plans for a 1.2-gigawatt offshore wind farm 30 kilometres off Gullhaven, enough to power about 1.1 million homes.

The Gullhaven Bank project, developed by Nordvind Energy, will have up to 84 turbines, each taller than 250 metres to the tip of the blade.

Construction is expected to begin in 2026, with the first power exported in 2029.

The project will bring about 600 jobs during construction and 120 permanent jobs at an operations base in Gullhaven harbour, the developer said.

Energy Secretary Claire Benn said the decision was "another step towards cheaper, cleaner power made here at home".

Fishing organisations had objected to the plans, saying the site overlapped with important grounds for crab and lobster.

"We have been promised compensation and consultation before," said Tom Penhale of the Gullhaven Fishermen's Cooperative. "We'll believe it when we see it."

Nordvind said it would set up a £5 million fund to support local fishing businesses and would allow static fishing gear between turbines where safe.

The approval comes with conditions to protect seabirds, including a pause on piling during the breeding season.
""")

A("storm-short", "Eastport Evening News", "eastportnews.example", "weather", "en", "storm_imelda",
  "Ferry services resume after Storm Imelda, but coastal line stays shut",
  "A ferry leaves Marlow Bay harbour on Monday morning.",
  """
Ferry services from Marlow Bay resumed on Monday morning after being suspended for more than 24 hours during Storm Imelda.

The first sailing left at 7.30am, about 40 minutes late, and operators said the timetable should return to normal by the evening.

The coastal railway between Marlow Bay and Stenhaven remains closed while engineers repair a damaged section of sea wall near Carrick Point.

Rail bosses said the line could be shut for up to a week, with replacement buses running every 30 minutes.

"The sea has taken a bite out of the embankment," a spokesman said. "We need to make it safe before we can put trains back on it."

Several roads on the seafront at Marlow Bay remain closed while shingle is cleared.
""")

# ---------------------------------------------------------------- français
A("greve-lyon", "Le Courrier du Rhône", "courrierdurhone.example", "société", "fr", "greve_fr",
  "Grève des transports : le réseau lyonnais fortement perturbé jeudi",
  "Des voyageurs attendent sur le quai de la station Bellecour, mercredi soir.",
  """
Le réseau de transports en commun de l'agglomération lyonnaise sera fortement perturbé jeudi, à l'appel de trois syndicats qui protestent contre la réorganisation des horaires de travail des conducteurs.

Selon la direction du réseau, seul un métro sur deux circulera sur les lignes A et B, et un sur trois sur la ligne D. Le funiculaire sera fermé toute la journée.

Côté bus, environ 40 % des lignes fonctionneront normalement. Les lignes de tramway T1 et T2 circuleront avec des fréquences réduites de 7 heures à 20 heures.

« Nous ne sommes pas contre le changement, mais on ne peut pas nous imposer des journées de douze heures avec une coupure au milieu », explique Karim Benali, délégué syndical.

La direction affirme de son côté que le nouveau planning respecte le code du travail et permettra de « mieux répondre aux besoins des voyageurs aux heures de pointe ».

Une réunion de négociation prévue mercredi après-midi n'a pas permis de rapprocher les positions.

## Ce qu'il faut savoir

Les abonnés pourront demander un remboursement partiel de leur abonnement mensuel si la grève se prolonge au-delà de trois jours.

La métropole conseille aux usagers de privilégier le télétravail lorsque c'est possible, ou d'utiliser les vélos en libre-service, dont le nombre sera renforcé pour l'occasion.

Un nouveau préavis a déjà été déposé pour le mardi suivant.
""")

A("vendanges-beaujolais", "Le Courrier du Rhône", "courrierdurhone.example", "économie", "fr", "vendanges",
  "Vendanges précoces dans le Beaujolais après un été caniculaire",
  "Des vendangeurs dans les vignes de Fleurie, lundi matin.",
  """
Les premiers coups de sécateur ont été donnés lundi dans les vignes du Beaujolais, avec près de deux semaines d'avance sur le calendrier habituel.

En cause, un été particulièrement chaud et sec, qui a accéléré la maturation du raisin. Dans certaines parcelles de Fleurie et de Morgon, les températures ont dépassé 38 degrés à plusieurs reprises en juillet.

« On n'a jamais commencé aussi tôt depuis que je suis installé, et ça fait trente et un ans », confie Bernard Dufour, vigneron à Villié-Morgon.

Les volumes devraient être en baisse d'environ 15 % par rapport à l'an dernier, selon l'interprofession, mais la qualité s'annonce « très prometteuse ».

Les grains sont petits et concentrés, avec de bons niveaux de sucre. Le principal défi sera de préserver la fraîcheur des vins.

Comme chaque année, les domaines peinent à recruter des vendangeurs. Certains ont fait appel à des étudiants et à des retraités pour compléter leurs équipes.

Le Beaujolais nouveau sera commercialisé comme chaque année le troisième jeudi de novembre.
""")

# ---------------------------------------------------------------- deutsch
A("radwege-stadtrat", "Der Talbote", "talbote.example", "lokales", "de", "radwege",
  "Stadtrat beschließt neues Radwegenetz für die Innenstadt",
  "Radfahrer auf der Bahnhofstraße in Talheim am Dienstagmorgen.",
  """
Der Talheimer Stadtrat hat am Dienstagabend ein neues Radwegenetz für die Innenstadt beschlossen. Mit 27 zu 14 Stimmen votierte eine Mehrheit aus Grünen, SPD und Freien Wählern für das Konzept.

Bis 2028 sollen insgesamt 18 Kilometer neue oder ausgebaute Radwege entstehen. Die Kosten werden auf rund 11,5 Millionen Euro geschätzt, etwa die Hälfte soll über Fördermittel des Landes finanziert werden.

Kernstück ist eine durchgehende Radachse vom Bahnhof bis zum Klinikum, die auf weiten Teilen baulich von der Fahrbahn getrennt werden soll.

„Wer sich heute mit dem Rad in die Innenstadt traut, braucht starke Nerven“, sagte Baubürgermeisterin Katrin Vogel. „Das wollen wir ändern.“

Dafür fallen entlang der Hauptstraße rund 140 Parkplätze weg. Die CDU-Fraktion kritisierte dies scharf.

„Der Einzelhandel in der Altstadt lebt auch von Kundschaft aus dem Umland, die mit dem Auto kommt“, sagte Fraktionschef Jürgen Maier.

## Wie geht es weiter?

Die Verwaltung soll bis zum Sommer eine detaillierte Planung für den ersten Bauabschnitt vorlegen. Anwohner und Gewerbetreibende sollen in mehreren Bürgerversammlungen beteiligt werden.

Der erste Abschnitt zwischen Bahnhof und Marktplatz könnte im Frühjahr 2026 fertig sein.
""")

A("hochwasser-mulde", "Der Talbote", "talbote.example", "region", "de", "hochwasser",
  "Hochwasser: Pegel steigt weiter, Evakuierungen in Grimmsdorf",
  "Helfer des Technischen Hilfswerks füllen Sandsäcke am Ortsrand von Grimmsdorf.",
  """
Nach tagelangem Dauerregen steigt der Pegel der Ahlbach weiter. In Grimmsdorf mussten am Sonntagmorgen rund 350 Bewohner ihre Häuser verlassen.

Am Pegel Grimmsdorf wurden um 6 Uhr 4,82 Meter gemessen, normal sind etwa 1,20 Meter. Der Höchststand wird nach Angaben des Hochwassermeldezentrums in der Nacht zu Montag erwartet.

Feuerwehr, Technisches Hilfswerk und zahlreiche Freiwillige füllten bis in die Nacht Sandsäcke, um einen Deich am südlichen Ortsrand zu sichern.

„Die Lage ist ernst, aber unter Kontrolle“, sagte Landrat Thomas Berger bei einer Pressekonferenz im Feuerwehrhaus.

Die evakuierten Bewohner wurden in einer Turnhalle im Nachbarort Lindau untergebracht. Viele kamen bei Verwandten unter.

Mehrere Straßen im Landkreis sind gesperrt, darunter die B 87 zwischen Grimmsdorf und Oberau. Auch der Zugverkehr auf der Strecke nach Talheim ist unterbrochen.

Der Deutsche Wetterdienst rechnet ab Montagnachmittag mit nachlassenden Niederschlägen.

Die Stadtwerke baten die Bevölkerung, Leitungswasser vorsorglich abzukochen.
""")

# ---------------------------------------------------------------- español
A("sequia-riego", "Diario del Sur", "diariodelsur.example", "economía", "es", "sequia",
  "La sequía obliga a recortar el riego en la cuenca del Guadalmar",
  "Un agricultor revisa el sistema de goteo de su olivar en Baeza del Río.",
  """
La confederación hidrográfica del Guadalmar aprobó este martes un recorte del 60 % en las dotaciones de agua para riego durante la próxima campaña, ante el bajo nivel de los embalses tras tres años de lluvias escasas.

La medida afecta a unas 180.000 hectáreas de regadío, la mayoría dedicadas al olivar, los cítricos y el arroz.

«Es un golpe durísimo, pero no hay agua que repartir», reconoció el presidente del organismo, Antonio Salgado, tras la reunión de la junta de gobierno.

Las organizaciones agrarias calculan que las pérdidas podrían superar los 900 millones de euros en el conjunto de la cuenca.

Los arroceros son los más afectados. Con la dotación aprobada, la mayoría de los agricultores no podrán sembrar este año.

«Llevo cuarenta años en el campo y nunca había visto algo así», lamentaba Manuel Ortega, arrocero de Isla Menor.

El Gobierno regional ha anunciado una línea de ayudas de 120 millones de euros y pedirá a Bruselas la activación de la reserva agrícola europea.

El abastecimiento a la población está garantizado hasta el otoño, según la confederación.
""")

A("embalses-nivel", "Diario del Sur", "diariodelsur.example", "sociedad", "es", "sequia",
  "Los embalses del sur, al 21 % de su capacidad",
  "El embalse de La Peñuela, con la antigua iglesia del pueblo sumergido de nuevo a la vista.",
  """
Los embalses del sur almacenan apenas el 21 % de su capacidad, el nivel más bajo registrado en esta época del año desde que existen datos, según el último boletín hidrológico publicado este lunes.

En total, guardan 1.730 hectómetros cúbicos, 410 menos que hace un año.

En el embalse de La Peñuela, el descenso del agua ha dejado al descubierto los restos de la iglesia y varias casas del antiguo pueblo de San Telmo, inundado en 1962. Decenas de curiosos se acercan cada fin de semana a verlos.

«Mi abuela se casó en esa iglesia», contaba el domingo Rosario Medina, vecina de la zona. «Es bonito verla, pero da miedo pensar por qué se ve».

Varios municipios de la sierra ya reciben agua potable en camiones cisterna, y otros han reducido la presión del suministro durante la noche.

La Agencia Estatal de Meteorología prevé un otoño más cálido de lo normal, sin señales claras de lluvias abundantes.

Los expertos insisten en que la situación exige cambios a largo plazo en el uso del agua, más allá de las medidas de emergencia.
""")

# ---------------------------------------------------------------- long feature
A("wend-salmon", "Harbour Gazette", "harbourgazette.example", "environment", "en", "river",
  "The race to bring salmon back to the River Wend",
  "Volunteers release juvenile salmon into a tributary of the River Wend near Fenby.",
  """
On a cold morning in late March, a dozen volunteers in waders stand in a line across a shallow stretch of the Hollow Beck, a tributary of the River Wend, passing buckets from hand to hand.

Inside each bucket are a few hundred juvenile salmon, each no longer than a thumbnail, raised over the winter in a hatchery at Fenby.

"Gently," says Maria Kowalczyk, a fisheries scientist with the Wend Rivers Trust, as the first bucket is tipped into the water. "Let them find their own way."

It is the fourth year of a project to restore a salmon run that disappeared from the upper Wend more than a century ago, when a string of mill weirs blocked the fish from reaching their spawning grounds.

## A river cut in pieces

At its peak in the 19th century, the Wend powered 41 mills between Calder and the sea. Most have long since closed, but many of their weirs remain.

For a salmon swimming upstream to spawn, a weir just over a metre high can be an impassable wall.

Since 2019, the trust has removed seven weirs and built fish passes at four more, at a cost of about £6.8 million, much of it from lottery funding and water company fines.

"Every barrier we take out opens up another few kilometres of river," Kowalczyk says. "It's slow, unglamorous work, but it adds up."

Counters installed at the tidal limit recorded 312 adult salmon entering the river last autumn, up from 47 in 2018.

## Old problems, new ones

Barriers are not the only problem. Pollution from sewage overflows and farm run-off still reduces oxygen in the water during hot, dry summers.

Vale Water was fined £4.2 million last year for illegal sewage discharges into the Wend, including a spill that killed thousands of fish downstream of Riverside.

And climate change is warming the river. Salmon eggs and young fish need cold, well-oxygenated water, and summer temperatures in the lower Wend now regularly exceed 22C.

To help, volunteers have planted more than 30,000 trees along the banks of tributaries since 2020, to shade the water.

"You're planting a tree for a fish that won't come back for years," says retired teacher Alan Brierley, who has spent most Saturdays for three years with a spade. "You have to like the long game."

## Waiting for the return

Salmon spend between one and four years at sea before returning to the river where they were born.

The first fish released in 2021 could start coming back this autumn. The trust will be watching the counters closely.

"If we see even a handful of adults above Fenby, that will be a moment," Kowalczyk says. "That will mean the river is working again."
""")
