"""Original articles for the holdout6 cleaning set (bench/holdout6_set.py).

Every article here was written for this benchmark: the people, outlets,
companies and most places are invented, and every site is a ``.example``
host. Nothing is copied from real reporting. Paragraphs are separated by a
blank line in ``body``; short lines (sub-headings, table rows, list items,
one-line quotes, Q&A questions) are article text on purpose.

Each entry: id, host, site, lang, section, title, body.
"""

ARTICLES = [
    dict(
        id="h6-harlow-budget", host="harlowvale-gazette.example", site="Harlow Vale Gazette",
        lang="en", section="Local politics",
        title="Harlow Vale council passes $214 million budget after late-night fight over library hours",
        body="""HARLOW VALE — The city council approved a $214 million operating budget shortly before 1 a.m. Wednesday, ending a six-hour meeting in which members clashed over whether to restore Sunday hours at the city’s three branch libraries.

The final vote was 5-2. Council members Dolores Achterberg and Rafiq Nwosu voted no, saying the plan leaned too heavily on a one-time transfer from the city’s reserve fund.

“We are paying this year’s bills with next year’s savings,” Achterberg said before the vote. “I can’t put my name to that.”

The budget, which takes effect July 1, is about 4.8 percent larger than last year’s. Most of the increase goes to police and fire salaries under contracts signed in the spring, and to a $6.1 million rise in the city’s pension contribution.

Library hours

The sharpest debate came over a proposal by Councilwoman Teresa Lindqvist to reopen the Eastgate, Millrace and Dunmore branches on Sundays, at a cost of roughly $410,000 a year.

Lindqvist said the branches had become de facto homework centers and cooling stations for families without air conditioning. “On a hot Sunday in August, the only free, quiet, air-conditioned room in Eastgate is locked,” she said.

City Manager Owen Petrakis warned that the library system was already short 11 positions and that Sunday hours would be hard to staff before winter. The council eventually agreed to fund Sunday hours at Eastgate alone, starting in September, and to revisit the other two branches in January.

Property taxes

The budget holds the property tax rate flat at 7.42 mills, but because assessed values rose, the owner of a median-priced home will pay about $96 more next year, according to the city’s finance office.

Residents who spoke during public comment were divided. Several asked the council to hire more code-enforcement officers to deal with vacant storefronts on Canal Street; others urged members to cut the police overtime budget, which has exceeded its allocation in each of the past four years.

Mayor Jonah Whitcombe, who does not vote except to break ties, called the budget “responsible, if not beautiful.”

The council will take up the capital budget, including $18 million for the long-delayed rebuild of the Fenwick Street bridge, at its next meeting on June 24.

Other items in the budget

The plan adds four firefighter positions at Station 3, which has had the slowest average response times in the city since the Route 9 interchange was rebuilt.

It also sets aside $750,000 for a pilot program that would send mental health clinicians, rather than police officers, to some 911 calls involving people in crisis.

Parks funding is flat, though the council added $120,000 to reopen the Millrace public pool, which was closed last summer after a pump failed.""",
    ),
    dict(
        id="h6-broadband-bill", host="capitolwire-daily.example", site="Capitol Wire Daily",
        lang="en", section="Politics",
        title="Senate panel advances rural broadband bill, setting up floor fight over subsidies",
        body="""A Senate committee voted 14-9 on Thursday to advance a bill that would spend $11.5 billion over five years to extend high-speed internet to rural areas, sending the measure to a full Senate vote as early as next month.

The bill, sponsored by Sen. Marguerite Oyelaran and Sen. Curtis Hallberg, would replace an existing grant program with a system of "reverse auctions," in which providers bid for the smallest subsidy needed to wire a given area.

Supporters say the change would stretch public money further. Critics, including several rural cooperatives, say auctions favor large carriers able to absorb early losses.

"If you live at the end of a gravel road, you don't care whether your internet comes from a big company or a co-op," Oyelaran said at the markup. "You care whether it works."

Three members of the minority party joined the majority in voting yes, after the committee adopted an amendment requiring any subsidized network to deliver at least 100 megabits per second for downloads and 20 for uploads.

Hallberg said the speed floor was "the price of getting this done" and predicted the bill would clear the chamber with more than 60 votes.

Not everyone is convinced. Sen. Rosalind Ekwueme, who voted no, said the bill did too little to address affordability. "A fiber line to a house nobody can afford to connect is a monument, not a service," she said.

The Rural Broadband Coalition, a trade group representing about 300 small providers, said in a statement that it would lobby for changes on the Senate floor, including a set-aside for cooperatives.

What the bill would do

• Create an $11.5 billion fund, administered by the Commerce Department, for networks in areas without 25/3 Mbps service.

• Require subsidized providers to offer a low-cost plan of no more than $30 a month.

• Direct the agency to publish updated coverage maps every six months.

A companion bill in the House has not yet received a committee vote.""",
    ),
    dict(
        id="h6-governor-poll", host="northplains-herald.example", site="North Plains Herald",
        lang="en", section="Elections",
        title="Poll: Governor’s race tightens as Vasquez-Hale gains among suburban voters",
        body="""The race for governor has narrowed to a statistical tie, according to a poll released Monday, with Democrat Ana Vasquez-Hale drawing even with Republican state Treasurer Gordon Pike among likely voters.

The survey, conducted by the Prairie Institute at Calloway University, found Pike with 46 percent and Vasquez-Hale with 45 percent. Seven percent were undecided and 2 percent backed a third-party candidate. The margin of error was plus or minus 3.4 percentage points.

In the institute’s August poll, Pike led by seven points.

Much of the movement came in the suburbs around Calloway and Fort Andrew, where Vasquez-Hale now leads 51 percent to 41 percent. In August the two were tied there.

“Suburban voters, particularly women, have moved on the question of school funding,” said Helena Brandt, the institute’s director. “That has been the central issue of Vasquez-Hale’s ads since Labor Day, and it appears to be working.”

Pike retains a wide lead in rural counties, 62 percent to 31 percent, and voters there say they are more enthusiastic about voting than suburban voters do.

The Pike campaign dismissed the results. “Polls in this state have underestimated conservative turnout three cycles running,” spokesman Travis Oduya said. “We’ll take our chances with the voters.”

The poll also asked about a proposed constitutional amendment capping annual property tax increases at 3 percent. It is supported by 58 percent of likely voters and opposed by 30 percent.

The Prairie Institute surveyed 812 likely voters by phone and text message from Sept. 28 to Oct. 3.""",
    ),
    dict(
        id="h6-lakeport-runoff", host="lakeport-tribune.example", site="Lakeport Tribune",
        lang="en", section="Elections",
        title="Okafor wins Lakeport mayoral runoff by fewer than 900 votes",
        body="""LAKEPORT — Former school board president Miriam Okafor was elected mayor of Lakeport on Tuesday, defeating City Council member Brent Sawicki in a runoff decided by fewer than 900 votes.

With all 61 precincts reporting, Okafor had 50.9 percent of the vote to Sawicki’s 49.1 percent, according to unofficial results from the county elections office.

Okafor will be the first woman to lead the city since its founding in 1852.

“This city told us tonight it wants a mayor who picks up the phone,” Okafor told supporters at a union hall on Pier Road, where the crowd chanted her name as results came in from the west side precincts.

Sawicki did not concede. In a brief statement, his campaign said it would wait until provisional and mail ballots are counted, a process that could take until Friday.

Turnout was about 34 percent, higher than the 27 percent recorded in the first round in March.

Results by ward

Ward 1: Okafor 4,112 – Sawicki 3,387

Ward 2: Okafor 2,905 – Sawicki 3,641

Ward 3: Okafor 3,770 – Sawicki 3,102

Ward 4: Okafor 2,488 – Sawicki 3,254

The race centered on the city’s harbor redevelopment plan, which Sawicki championed on the council and Okafor criticized as too generous to developers. She has promised to renegotiate the city’s agreement with Bayline Partners before construction begins next year.

Okafor will be sworn in on July 1.""",
    ),
    dict(
        id="h6-cutter-creek", host="westbasin-law.example", site="West Basin Law Journal",
        lang="en", section="Courts",
        title="Appeals court sides with farmers in Cutter Creek water dispute",
        body="""A state appeals court ruled Friday that the city of Marlow Springs cannot pump additional groundwater from the Cutter Creek basin without first compensating farmers whose senior water rights would be affected.

The 2-1 decision reverses a trial court ruling from last year and sends the case back for a hearing on damages.

Writing for the majority, Judge Lorraine Adebayo said the lower court had wrongly treated the basin’s groundwater and the creek’s surface water as separate sources. “The record leaves little doubt that every acre-foot drawn from the city’s wells is an acre-foot that does not reach the creek,” she wrote.

The dispute began in 2021, when Marlow Springs, which has grown by about 40 percent in a decade, applied to drill four new municipal wells north of town. A group of 23 ranchers and farming families downstream objected, saying the creek had already run dry in late summer for three straight years.

At trial, the city’s expert hydrologist testified that the new wells would lower flows in the creek by less than 2 percent. The farmers’ expert put the figure closer to 15 percent in dry months.

The trial judge, Maureen Kessel, largely accepted the city’s analysis and ruled in 2023 that the farmers had not shown the wells would cause measurable harm.

Judge Phillip Strand dissented, arguing that the majority had “substituted its own hydrology for that of the state engineer,” whose office had approved the wells.

Marlow Springs Mayor Caroline Dubrovsky said the city was reviewing the decision and had not decided whether to appeal to the state Supreme Court.

“Our residents need water too,” she said. “We are not going to stop growing because a court says so.”

Eli Nakashima, a lawyer for the farmers, called the ruling “a recognition that water law is not a race to the deepest well.”

Legal scholars said the case could influence similar disputes across the region, where at least six cities are seeking new groundwater permits.

“This is the first appellate opinion in the state to say plainly that connected water is one water,” said Rachel Imhoff, who teaches natural resources law at Dunmore College. “Other courts will read it.”

What comes next

If the ruling stands, the trial court will have to decide how much the city owes the farmers — or whether the city can avoid payment by buying and retiring some of their water rights instead.

Both sides have 30 days to ask the state Supreme Court to review the case.

The four wells, which cost the city about $9 million to drill, have been capped since the lawsuit was filed.""",
    ),
    dict(
        id="h6-foodbank-fraud", host="metro-courtwatch.example", site="Metro Courtwatch",
        lang="en", section="Courts",
        title="Jury convicts former charity director of siphoning $2.3 million from food bank",
        body="""A federal jury on Wednesday convicted the former executive director of the Greater Tolland Food Bank of wire fraud and money laundering, finding that he diverted more than $2.3 million in donations to pay for a lake house, two boats and private school tuition.

Desmond Varga, 54, was found guilty on all nine counts after about five hours of deliberation. He faces up to 20 years in prison on the most serious charge, though sentencing guidelines call for far less.

Prosecutors told jurors that from 2017 to 2022 Varga created invoices for a refrigerated trucking company that existed only on paper, then routed the payments to accounts he controlled.

"He wasn't feeding families," Assistant U.S. Attorney Keiko Lamontagne said in her closing argument. "He was feeding himself."

Varga's lawyer, Samuel Prieto, argued that his client had been a careless bookkeeper, not a thief, and that the food bank's board had approved his compensation, including a housing allowance.

Several board members testified that they had never been told the trucking company was connected to Varga. One, retired pharmacist Gwen Holloway, wept on the stand as she described learning of the scheme from a bank examiner.

The food bank, which serves about 40,000 people a month in four counties, has since replaced its leadership and adopted new financial controls. Its current director, Anita Sorensen, said in a statement that donations had recovered to pre-scandal levels.

U.S. District Judge Harold Meijer set sentencing for Feb. 11. Varga remains free on bond.""",
    ),
    dict(
        id="h6-grocery-merger", host="commerceledger.example", site="Commerce Ledger",
        lang="en", section="Business",
        title="FreshWay and Pantry Plus agree to $4.1 billion merger, creating regional grocery giant",
        body="""FreshWay Markets said on Monday it would buy rival Pantry Plus for about $4.1 billion in cash and stock, combining two of the largest supermarket chains in the Midwest and creating a company with more than 620 stores.

Pantry Plus shareholders will receive $31.50 in cash and 0.42 FreshWay shares for each share they hold, a premium of about 28 percent over Friday’s closing price.

The companies said they expected $350 million in annual cost savings by the third year, mostly from purchasing, distribution and store-brand manufacturing.

“Scale matters more in grocery today than at any point in my career,” FreshWay Chief Executive Lionel Abernathy said on a call with analysts. “Our customers will see it in their weekly bill.”

Antitrust review is likely to be the biggest hurdle. The two chains overlap in about 90 towns, and in some, such as Bellhaven and Orrin Falls, they are the only full-service grocers.

Analysts were divided on the odds of approval. “Regulators have blocked smaller grocery deals than this one in the last two years,” said Hana Lindqvist, a retail analyst at Corbel Securities. “But the store sale plan is credible.”

Abernathy said the companies were prepared to sell up to 75 stores to win approval and had already held preliminary talks with potential buyers.

The United Food and Retail Workers union, which represents about 38,000 employees at the two chains, said it had “serious concerns” and asked for guarantees that no stores would close.

For shoppers, the immediate effect is likely to be minimal. Both chains said their stores, loyalty programs and brand names would remain unchanged until the deal closes.

Longer term, FreshWay said it planned to convert Pantry Plus stores to its own name and to extend its grocery delivery service, currently available in 14 cities, to the combined network.

Pantry Plus shares jumped 22 percent to $48.17 in morning trading. FreshWay fell 3.6 percent.

The deal is expected to close in the second half of next year. Pantry Plus CEO Marta Kowalczyk will join the combined company’s board.

The companies by the numbers

FreshWay: 410 stores, 2023 revenue of $21.8 billion

Pantry Plus: 214 stores, 2023 revenue of $9.6 billion""",
    ),
    dict(
        id="h6-northgate-air", host="skyline-business.example", site="Skyline Business Review",
        lang="en", section="Business",
        title="Northgate Air swings to quarterly profit as fares climb and fuel costs ease",
        body="""Northgate Air reported a third-quarter profit of $86 million on Thursday, reversing a loss a year earlier, as higher fares and cheaper jet fuel offset rising labor costs.

Revenue rose 11 percent to $1.24 billion. Earnings per share came to 74 cents, beating the 61 cents analysts had forecast, according to a survey by FactLine.

The airline, which flies mainly between mid-sized cities in the northern states, said passenger traffic grew 6 percent while capacity rose just 3 percent, allowing it to fill 87.4 percent of its seats.

"We stopped chasing routes that looked good on a map and lost money in real life," Chief Executive Priya Ramaswamy said.

Fuel costs fell 14 percent from a year earlier, to an average of $2.61 a gallon. Labor costs rose 19 percent after pilots ratified a new contract in April.

Key figures

Revenue: $1.24 billion (+11%)

Net income: $86 million (vs. loss of $23 million)

Load factor: 87.4%

Northgate raised its full-year profit forecast and said it would take delivery of eight new regional jets in the fourth quarter, with 12 more due next year.

Shares rose 9 percent in after-hours trading.""",
    ),
    dict(
        id="h6-stocks-slide", host="tickertape-news.example", site="Tickertape News",
        lang="en", section="Markets",
        title="Stocks slide as tech selloff deepens; Treasury yields rise",
        body="""Stocks fell for a third straight day on Tuesday as investors sold shares of large technology companies ahead of earnings reports later in the week.

The broad market index lost 1.3 percent, its steepest drop in five weeks. The tech-heavy composite fell 2.1 percent, while the index of 30 industrial companies slipped 0.6 percent.

Chipmakers led the decline. Solantis Semiconductor dropped 6.8 percent after a brokerage cut its rating, citing slowing demand for data-center processors. Arvo Systems fell 4.4 percent.

“The market priced in perfection for these companies, and now it’s finding out that perfection is expensive,” said Nadia Farouk, chief investment strategist at Keel Harbor Advisors.

Defensive sectors held up better. Utilities rose 0.7 percent and consumer staples gained 0.3 percent.

The yield on the 10-year Treasury note rose to 4.48 percent from 4.41 percent late Monday, after a report showed retail sales grew more than expected in September.

Oil prices were little changed. Benchmark crude settled at $78.12 a barrel, down 9 cents.

Gold fell 0.4 percent to $2,318 an ounce.

In Asia, Tokyo’s main index closed down 0.9 percent. Markets in Europe ended mixed.""",
    ),
    dict(
        id="h6-dollar-high", host="fxdesk-report.example", site="FX Desk Report",
        lang="en", section="Markets",
        title="Dollar climbs to three-month high as strong retail data lifts yields",
        body="""The dollar rose to its highest level in three months against a basket of major currencies on Tuesday after stronger-than-expected retail sales figures pushed up Treasury yields and cooled hopes for an early interest rate cut.

The dollar index, which tracks the currency against six peers, gained 0.5 percent to 106.2. The euro slipped to $1.0712 and the pound fell 0.6 percent to $1.2488.

Against the yen the dollar climbed to 151.90, close to the level at which Japanese officials intervened in the market last year.

Retail sales rose 0.7 percent in September, the Commerce Department said, more than double the 0.3 percent economists had expected.

"Every strong data point pushes the first rate cut further into next year, and the currency market is simply doing the arithmetic," said Lars Henriksen, head of currency strategy at Nordvik Bank.

Two-year Treasury yields, which are most sensitive to expectations for central bank policy, rose 8 basis points to 4.97 percent.

Emerging-market currencies weakened broadly. The South African rand lost 1.1 percent and the Mexican peso 0.8 percent.

Traders will watch a speech by central bank Vice Chair Elaine Montrose on Thursday for signals on the path of rates.

Reporting by Anja Wirth; Editing by Paul Okonjo""",
    ),
    dict(
        id="h6-rovers-ashcombe", host="touchline-sports.example", site="Touchline Sports",
        lang="en", section="Football",
        title="Redbridge Rovers beat Ashcombe 3-1 to go top as Mbeki scores twice",
        body="""Redbridge Rovers moved to the top of the table on Saturday with a 3-1 win over Ashcombe Town, as Tendai Mbeki scored twice in the second half at a rain-soaked Holloway Park.

Ashcombe had taken the lead in the 19th minute when Callum Firth headed in a corner from the left, and for much of the first half the visitors looked the sharper side.

Rovers manager Sofia Lindgren changed shape at half-time, bringing on winger Dario Conti for a defender and pushing her full-backs higher. The switch paid off within six minutes.

Conti’s low cross found Mbeki at the near post in the 51st minute, and the striker added a second from the penalty spot in the 67th after Ashcombe captain Neil Garside handled in the box.

Substitute Jamie Oduya sealed the win in stoppage time, running half the length of the pitch before beating goalkeeper Tom Reddaway at his near post.

“At half-time I told them we were playing their game,” Lindgren said. “In the second half we played ours.”

Ashcombe manager Graham Pell was unhappy with the penalty decision. “He’s turning away, the ball hits his elbow from a yard. If that’s a penalty, I don’t know what handball is any more,” he said.

Mbeki now has 14 league goals this season, two more than anyone else in the division.

It was a first defeat in six matches for Ashcombe, who drop to seventh.

Lindgren’s decision to leave defender Aaron Lyle on the bench for last week’s cup tie had raised eyebrows, but Lyle returned here and was arguably the best player on the pitch, winning nearly every header in the second half.

“Aaron doesn’t need me to tell him how good he is,” Lindgren said. “He needs me to give him a rest now and then.”

Redbridge Rovers: Haines; Okoro, Brandt, Lyle, Marsh (Conti 46); Feeney, Sato, Whitlock; Mbeki, Hale (Oduya 78), Quinn.

Ashcombe Town: Reddaway; Garside, Pryce, Kilbride, Moss; Firth, Dunleavy, Achebe (Rourke 70); Sands, Tully, Vance.

Yellow cards: Feeney (Redbridge); Garside, Dunleavy (Ashcombe).

Referee: Owen Pritchard.

Attendance: 18,402.

Rovers travel to Castleford on Tuesday. Ashcombe host Penmarsh on Saturday.""",
    ),
    dict(
        id="h6-penmarsh-derby", host="matchday-chronicle.example", site="Matchday Chronicle",
        lang="en", section="Football",
        title="Late Penmarsh equaliser denies Castleford in 2-2 derby draw",
        body="""Penmarsh United scored in the 94th minute to snatch a 2-2 draw at Castleford City on Sunday, denying their neighbours a first derby win in more than three years.

Castleford looked set for victory after goals either side of half-time from Ivo Marek and Lewis Achterberg, but Penmarsh pulled one back through Ruairi Kane in the 72nd minute and equalised when defender Samuel Bright turned in a loose ball after a goalmouth scramble.

The goal sparked wild celebrations in the away end and a brief confrontation between the benches, after which referee Hannah Doyle showed yellow cards to both assistant managers.

Castleford manager Pieter Vos said his side had "stopped playing" once they went two goals up. "You cannot defend a lead for 40 minutes in this league. You have to keep attacking," he said.

Marek's opener came from a well-worked free kick in the 38th minute. Achterberg doubled the lead three minutes after the restart with a curling shot from the edge of the area.

Penmarsh had goalkeeper Aled Price to thank for keeping the game within reach, with saves from Marek and midfielder Juan Ferreira before Kane's goal.

The draw leaves Castleford fifth, four points behind leaders Redbridge Rovers. Penmarsh are 11th.

Result: Castleford City 2 (Marek 38, Achterberg 48) Penmarsh United 2 (Kane 72, Bright 90+4).""",
    ),
    dict(
        id="h6-tidewater-hoops", host="courtside-report.example", site="Courtside Report",
        lang="en", section="College basketball",
        title="Hollis scores 31 as Tidewater State routs Marlin Bay 88-64",
        body="""Jalen Hollis scored 31 points and grabbed nine rebounds as Tidewater State beat Marlin Bay 88-64 on Saturday night for its sixth straight win.

Hollis made 12 of 17 shots from the field, including four 3-pointers, and scored 19 points in the first half as the Mariners built a 47-29 lead.

Desmond Achebe added 16 points and eight assists for Tidewater State (18-5, 9-2 Coastal Conference). Ray Villanueva had 12 points off the bench.

Marlin Bay (11-12, 4-7) was led by Kofi Antwi with 18 points. The Pelicans shot 34 percent and committed 17 turnovers.

"When Jalen gets going early like that, everyone else just plays looser," Tidewater State coach Lorna McAvoy said.

The Mariners scored 24 points off turnovers and outrebounded Marlin Bay 44-31.

Team 1 2 — T

Marlin Bay 29 35 — 64

Tidewater State 47 41 — 88

UP NEXT

Marlin Bay hosts Eastlake on Wednesday. Tidewater State plays at Quarry Hill on Thursday.""",
    ),
    dict(
        id="h6-port-alder-open", host="baseline-tennis.example", site="Baseline Tennis",
        lang="en", section="Tennis",
        title="Kovalenko saves three match points to reach Port Alder Open final",
        body="""Irina Kovalenko saved three match points in the second-set tiebreak and went on to beat top seed Mei Tanaka 4-6, 7-6 (9), 6-3 on Saturday to reach the final of the Port Alder Open.

The 22-year-old, ranked 38th, trailed 6-3 in the tiebreak before winning six of the next seven points, including a running forehand pass down the line that drew a standing ovation.

“At 6-3 I was only thinking: make her play one more ball,” Kovalenko said. “Then one more. Then suddenly it was my set.”

Tanaka, who had not dropped a set all week, struggled with her serve in the third, winning just 48 percent of points behind her first delivery.

Kovalenko will face Luisa Ferraz in Sunday’s final. Ferraz beat fourth seed Ana Petrescu 6-2, 6-4 in 71 minutes.

It will be Kovalenko’s first final at this level. Her previous best result was a semifinal in Bremen last year.

Semifinal results

I. Kovalenko d. M. Tanaka (1) 4-6, 7-6 (9), 6-3

L. Ferraz (6) d. A. Petrescu (4) 6-2, 6-4""",
    ),
    dict(
        id="h6-harborview-marathon", host="riverrun-sport.example", site="Riverrun Sport",
        lang="en", section="Running",
        title="Chebet and Alvarado win Harborview Marathon as heat slows the field",
        body="""Grace Chebet and Mateo Alvarado won the Harborview Marathon on Sunday, on a morning when temperatures above 24 degrees Celsius by the halfway mark turned the race into a test of patience.

Alvarado, a 29-year-old from Colombia, broke away from a lead group of five at the 35-kilometer mark and finished in 2 hours 11 minutes 48 seconds, well outside the course record of 2:06:51.

Chebet won the women’s race in 2:29:02, pulling clear of defending champion Hanna Lindqvist over the final six kilometers.

“I told myself not to look at the clock today,” Chebet said. “Today was about the heat, not the time.”

Organizers added four extra water stations and moved the start 30 minutes earlier after a heat advisory was issued on Friday. Medical staff treated 212 runners, 19 of whom were taken to hospitals. None of the injuries were life-threatening, officials said.

About 21,600 runners started the race and 20,344 finished.

Men

1. Mateo Alvarado (COL) 2:11:48

2. Samuel Kiprop (KEN) 2:12:20

3. Daniel Abera (ETH) 2:13:05

Women

1. Grace Chebet (KEN) 2:29:02

2. Hanna Lindqvist (SWE) 2:30:41

3. Maria Oyelowo (GBR) 2:31:15

Local runner Derek Fenn, 41, finished 28th overall and first among runners from the city, in 2:24:37.""",
    ),
    dict(
        id="h6-salt-harvest", host="screenline-reviews.example", site="Screenline",
        lang="en", section="Film",
        title="‘The Salt Harvest’ review: a quiet, devastating film about a family that won’t leave",
        body="""Somewhere around the hour mark of “The Salt Harvest,” a grandmother hands her grandson a wooden rake that has been in the family for three generations, and he sets it down on the ground as if it might break. Nothing else happens in the scene. It is the most moving minute of film I have seen this year.

Director Inês Calloway’s second feature follows the Marrow family, who have harvested sea salt from the same tidal pans for more than a century, through the summer in which a developer offers to buy their land.

Calloway, who grew up in a coastal town much like the one on screen, has no interest in villains. The developer, played with unsettling warmth by Bruno Adair, is a reasonable man making a reasonable offer. That is the problem.

As the matriarch, Odile Varens gives a performance built almost entirely from stillness. She rarely raises her voice; when she finally does, in a kitchen argument with her son, the effect is seismic.

The film is not without flaws. A subplot involving a visiting photographer feels borrowed from a different, more conventional movie, and the final 15 minutes strain for a resolution the rest of the film wisely avoids.

But cinematographer Jonas Reyes makes the salt pans look like a place outside time, white and shimmering, and the soundtrack — mostly wind, gulls and the scrape of rakes — is its own kind of score.

“The Salt Harvest” is not a film that tells you what to feel. It trusts you to get there.

★★★★☆

“The Salt Harvest” opens Friday in select theaters. Rated PG-13 for brief strong language. Running time: 1 hour 52 minutes.""",
    ),
    dict(
        id="h6-low-tide-radio", host="amplitude-mag.example", site="Amplitude",
        lang="en", section="Music",
        title="Juniper Vale’s ‘Low Tide Radio’ is her loosest, strangest and best album",
        body="""Juniper Vale has spent a decade making records that sound expensive. Her new album, “Low Tide Radio,” sounds like it was made in a garage with the door open, and it is the best thing she has ever done.

Recorded over 11 days at a friend’s house on the coast, the album trades the glossy synth arrangements of 2021’s “Neon Psalms” for brushed drums, upright bass and a piano that is noticeably out of tune.

The opener, “Gull Song,” runs just under two minutes and ends mid-phrase, as though someone tripped over the cable. It sets the tone: these are songs that would rather be honest than finished.

Vale’s voice has always been her strongest instrument, but here she uses it differently, mumbling, laughing, dropping into a near-whisper on “Ferry at 6.”

Standout tracks

“Ferry at 6”

“Borrowed Coat”

“Inventory (for M.)”

Not every experiment lands. “Static Hymn,” an eight-minute collage of radio noise and spoken word, tests the patience, and the closing cover of an old folk song feels like an afterthought.

Still, “Low Tide Radio” is an album made by someone who no longer feels she has anything to prove. It is a pleasure to hear.

Rating: 8.4/10""",
    ),
    dict(
        id="h6-cartographer-play", host="stagedoor-weekly.example", site="Stage Door Weekly",
        lang="en", section="Theater",
        title="In ‘The Cartographer’s Daughter,’ a family maps its own silences",
        body="""Halfway through the second act of “The Cartographer’s Daughter,” now at the Lindell Theatre, a father unrolls an old map of a coastline that no longer exists and asks his daughter to name the towns. She can’t. He can, every one.

Playwright Odalys Mercer has written a compact, sharply observed drama about memory and inheritance, and director Felix Arnaud stages it with a restraint that lets its best lines land softly.

Gemma Rook plays Nell, a surveyor who returns home after her father, Augustin (a superb Raymond Osei), begins to lose his memory. The two have not spoken in years, and Mercer takes her time revealing why.

The set by Hui Lin is a single cluttered study, its walls papered with charts, and it becomes more claustrophobic as the evening goes on.

If the play has a weakness, it is a third character, Nell’s brother, who exists mostly to explain things the audience has already understood.

But the final scene, in which father and daughter trace a route together on the floor with chalk, is as tender as anything on a local stage this season.

“The Cartographer’s Daughter” runs through March 30 at the Lindell Theatre, 220 Foundry St. Tickets from $28.""",
    ),
    dict(
        id="h6-reservoir-novel", host="margins-review.example", site="The Margins Review",
        lang="en", section="Books",
        title="A novel of a drowned village, told by those who stayed",
        body="""Early in Teodor Halvorsen’s new novel, “The Reservoir,” the narrator explains that when the dam was finished, the church bell was left in its tower “so that the fish would know when it was Sunday.”

It is a typical Halvorsen sentence: wry, sad and slightly impossible, and the book is full of them.

The novel follows the last 40 residents of Vennly, a mountain village flooded in the 1960s to build a hydroelectric reservoir, through the final year before the water rises. Each chapter is narrated by a different villager, from the postmistress to the 9-year-old boy who steals the priest’s bicycle.

The structure could have become a gimmick, but Halvorsen uses it to show how differently people experience the same loss. The mayor sees compensation tables; the schoolteacher sees a generation of children scattered to cities; the old shepherd, in the book’s finest chapter, sees nothing at all, because he refuses to believe it will happen.

The translation by Clara Wedmore is supple and unshowy, preserving the dry humor without flattening the grief.

Readers hoping for a conventional plot may grow restless; there is no mystery to solve, and the ending is known from the first page. But that is rather the point.

“The Reservoir” by Teodor Halvorsen, translated by Clara Wedmore. Harrow & Finch, 312 pages, $27.""",
    ),
    dict(
        id="h6-aurion-x7", host="circuitline-tech.example", site="Circuitline",
        lang="en", section="Phones",
        title="Aurion X7 hands-on: bigger battery, brighter screen and a $799 price",
        body="""Aurion unveiled its X7 smartphone on Tuesday, the company’s first flagship with a silicon-carbon battery, which it says will last nearly two days on a charge.

The phone goes on sale Oct. 4 in three colors — graphite, sea glass and coral — starting at $799 for 128GB of storage, the same price as last year’s X6.

We spent about an hour with the X7 at the launch event in San Marco. First impressions: it feels lighter than it looks, and the new screen is noticeably brighter outdoors.

Specifications

Display: 6.7-inch OLED, 2796 x 1290, 1–120Hz, up to 3,000 nits peak

Processor: Aurion Quanta 4 (3nm)

Memory: 12GB RAM; 128GB, 256GB or 512GB storage

Battery: 5,400mAh, 65W wired and 25W wireless charging

Cameras: 50MP main (f/1.7), 48MP ultrawide, 12MP 5x telephoto; 32MP front

Weight: 189 grams

The battery is the headline. Silicon-carbon cells pack more energy into the same space than conventional lithium-ion, and Aurion has used the extra room to increase capacity by about 20 percent without making the phone thicker.

The telephoto camera is new as well. In our brief tests, 5x zoom shots of the stage were sharp, though low-light shots showed noticeable noise.

Software support is another change: Aurion now promises seven years of operating system updates, up from four.

“People keep their phones longer than they used to, and we should design for that,” said Aurion’s head of product, Daniela Sorvino.

Prices and availability

The X7 costs $799 (128GB), $899 (256GB) and $1,099 (512GB). A larger X7 Max, with a 6.9-inch screen and a 6,000mAh battery, starts at $999.

Preorders open Friday. Aurion is offering a trade-in credit of up to $400 for older phones in good condition.

We’ll have a full review once we’ve spent more time with the phone.""",
    ),
    dict(
        id="h6-verity-book", host="bytebench-reviews.example", site="ByteBench",
        lang="en", section="Laptops",
        title="Verity Book 14 review: a quiet, long-lasting laptop held back by its screen",
        body="""The Verity Book 14 is the kind of laptop you forget you are using, which is mostly a compliment.

It's light at 1.24 kilograms, silent under most loads thanks to a fanless design, and in our battery test — looping a 1080p video at 150 nits — it lasted 17 hours and 40 minutes, among the best results we have recorded this year.

The problem is the screen. The 14-inch, 1920 x 1200 panel is dim, topping out at 312 nits in our measurements, and it covers only about 65 percent of the sRGB color space. Photos look washed out next to rivals at this price.

Specs as tested

CPU: Tessel T8 (8 cores)

RAM: 16GB LPDDR5X

Storage: 512GB NVMe SSD

Ports: 2x USB-C (USB4), 1x USB-A, headphone jack

Price: $1,099

Performance is fine for office work, browsing and light photo editing. In our multi-core benchmark it scored 9,840, about 12 percent behind the class leader, and it slowed noticeably during a 20-minute video export as the chip heated up.

The keyboard is excellent: 1.5 millimeters of travel, a firm bottom and a backlight with three levels. The haptic touchpad is large and accurate.

Verdict

If you spend your day in documents and browser tabs, the Verity Book 14 will serve you well for years. If you care about the screen — and at $1,099 you might — look elsewhere.

Score: 7/10""",
    ),
    dict(
        id="h6-router-flaw", host="patchnotes-security.example", site="Patchnotes Security",
        lang="en", section="Security",
        title="Critical flaw in popular router firmware lets attackers take over devices, researchers warn",
        body="""Security researchers have disclosed a critical vulnerability in firmware used by millions of home routers, warning that attackers on the internet could take full control of affected devices without a password.

The flaw, tracked as CVE-2024-41877 and rated 9.8 out of 10 for severity, affects the web management interface of OpenHarbor, a firmware package licensed by at least 14 router manufacturers.

Researchers at Lattice Labs, who found the bug, said a specially crafted request to the router's administration page could overflow a buffer and let an attacker run commands with the highest privileges.

The interface is supposed to be reachable only from inside a home network, but Lattice said scans found about 310,000 devices exposing it to the internet, often because of default settings.

"This is as bad as router bugs get," said Ngozi Ferreira, Lattice's head of research. "There's no user interaction needed and no password to guess."

OpenHarbor's maintainers released a fix, version 4.2.9, last week. But router makers must package it for their own devices, and several have not said when they will do so.

Lattice published a list of affected models on its website, including routers sold under at least five brand names. The researchers said they had notified the manufacturers in July, giving them 90 days before going public.

Two manufacturers, Kestrel Networks and Brightlink, have already released updates. A third, Onyx Home, said in a statement that fixes would be available "in the coming weeks."

The bug sits in the code that handles login requests. By sending a username longer than the software expects, an attacker can write data past the end of a memory buffer, a classic programming mistake that modern coding practices are meant to prevent.

What to do

Check your router maker's support page for a firmware update and install it.

Turn off remote administration if you don't use it.

If your router no longer receives updates, consider replacing it.

There is no evidence so far that the flaw has been exploited, the researchers said, but they expect attacks to begin soon now that details are public.

"The uncomfortable truth is that most people never update their routers," Ferreira said. "Many of these devices will stay vulnerable for years," she added.""",
    ),
    dict(
        id="h6-flu-clinics", host="healthbeat-news.example", site="HealthBeat",
        lang="en", section="Health",
        title="County launches free flu shot clinics as hospitals brace for early season",
        body="""Brennan County will open 22 free flu vaccination clinics over the next three weeks, health officials said Monday, after an early rise in cases strained emergency rooms in neighboring counties.

The clinics, at libraries, schools and two shopping centers, will offer shots to anyone 6 months or older, regardless of insurance. No appointment is needed.

“We are seeing flu activity about three weeks ahead of a typical year,” said Dr. Amara Lindholm, the county health officer. “The best time to get vaccinated is before it reaches your household, and that means now.”

Laboratory-confirmed flu cases in the region rose to 418 last week from 161 two weeks earlier, according to the state health department. Most were influenza A.

Hospitals are also seeing more patients with respiratory syncytial virus, or RSV, which is especially dangerous for infants and older adults.

St. Aldric Medical Center said its emergency department had averaged 212 patients a day this month, up from 170 in September, and that it had opened an overflow unit.

Health officials urged people at high risk — including adults over 65, pregnant women and people with chronic conditions — to also ask about RSV and updated COVID-19 vaccines, which can be given at the same visit.

A full schedule of clinics is posted on the county health department’s website and at public libraries.""",
    ),
    dict(
        id="h6-er-waits", host="carewatch-journal.example", site="CareWatch Journal",
        lang="en", section="Health",
        title="Emergency room waits have grown by a third since 2019, study finds",
        body="""Patients admitted through hospital emergency departments are waiting about a third longer for a bed than they did before the pandemic, according to a study published Wednesday.

Researchers analyzed 41 million emergency visits at 1,600 hospitals from 2019 to 2023 and found that the median time from the decision to admit a patient to their arrival in a ward rose from 2 hours 24 minutes to 3 hours 12 minutes.

For patients over 75, the wait increased to nearly five hours. About one in 12 older patients waited more than 12 hours.

“The emergency department has become the hospital’s waiting room,” said Dr. Tobias Reinholt, an emergency physician and the study’s lead author. “These are not people waiting to be seen. They have been seen. They are waiting for a bed that doesn’t exist.”

The authors linked the delays mainly to staff shortages on inpatient wards and to difficulties discharging patients to nursing homes, which have lost workers since 2020.

Longer waits are not just uncomfortable. Previous research has linked so-called boarding to higher rates of medication errors and longer overall hospital stays.

Hospital groups said the findings matched what they were seeing. The National Hospital Alliance called for more funding for post-acute care, saying that “every patient who can’t leave a ward is a patient who can’t enter one.”

This article has been updated with comment from the National Hospital Alliance.""",
    ),
    dict(
        id="h6-school-sleep", host="lifelab-health.example", site="LifeLab",
        lang="en", section="Science of health",
        title="Later school start times gave teenagers 40 more minutes of sleep, researchers report",
        body="""When a school district pushed back its high school start time by an hour, students slept an average of 40 more minutes a night and were less likely to report feeling sad or hopeless, according to a two-year study.

The study, published in the journal Sleep Science Reports, followed about 2,400 students in the Wexford Valley district, which moved its start time from 7:35 a.m. to 8:35 a.m. in 2022.

Students wore activity trackers for two weeks before the change and again a year later. Researchers compared them with students in a nearby district that did not change its schedule.

Median sleep rose from 6 hours 52 minutes to 7 hours 31 minutes on school nights. Teenagers did not simply go to bed later, as some critics had predicted; bedtimes shifted by only about 15 minutes.

The share of students who reported feeling persistently sad or hopeless fell from 34 percent to 27 percent. In the comparison district, it was essentially unchanged.

"Adolescent biology pushes sleep later, and schools have been fighting that biology for decades," said Dr. Lucia Ferrand, a sleep researcher and co-author. "When you stop fighting it, kids get more sleep. It's that simple."

The change was not free. The district spent about $1.2 million to reorganize bus routes, and some parents said the later schedule made after-school jobs and sports harder.

Several states are considering laws that would require later start times for high schools.""",
    ),
    dict(
        id="h6-water-vapor-planet", host="starward-science.example", site="Starward",
        lang="en", section="Space",
        title="Astronomers find water vapor in the air of a planet twice Earth’s size",
        body="""Astronomers have detected water vapor in the atmosphere of a planet about twice the size of Earth that orbits a small red star 97 light-years away, a finding that could help explain how such planets form.

The planet, known as TOI-5521 b, completes an orbit every 11 days. Its star is much cooler than the sun, so the planet receives roughly as much light as Venus does.

An international team used a space telescope to observe the planet as it passed in front of its star four times, measuring how starlight filtered through its atmosphere at different wavelengths.

The resulting spectrum showed a clear signature of water, along with hints of methane, the team reported in a paper accepted for publication in an astronomical journal.

“We don’t yet know if this is a rocky world with a thick steamy atmosphere or a small gas planet with a deep ocean,” said Dr. Keziah Morland of the Halvard Observatory, the lead author. “Both would be new.”

Planets between the size of Earth and Neptune are the most common type found in the galaxy, but there is nothing like them in our solar system, and astronomers are still debating what they are made of.

The team has been awarded additional telescope time next year to look for carbon dioxide, which could help distinguish between the two possibilities.

The planet is almost certainly not habitable, Morland said. Temperatures at the top of its atmosphere are estimated at about 400 degrees Celsius.""",
    ),
    dict(
        id="h6-bronze-workshop", host="digsite-news.example", site="Digsite",
        lang="en", section="Archaeology",
        title="Road crew’s discovery reveals Roman-era workshop beneath village bypass",
        body="""Archaeologists say a workshop uncovered during construction of a village bypass in the Ardley valley was used to make bronze brooches and pins in the second century, and may be the first site of its kind found in the region.

The remains were found in April when an excavator operator noticed green-stained soil and fragments of pottery in a drainage trench. Work on the bypass was halted for 10 weeks while a team from the county archaeology service excavated the area.

They found the stone footings of a rectangular building, two small furnaces, more than 300 fragments of clay molds and about 40 finished or half-finished brooches.

“The molds are the exciting part,” said Fiona Castellane, who led the dig. “Brooches turn up all the time. Being able to see where and how they were made is very rare.”

Coins found in the building’s floor suggest it was in use between about A.D. 120 and 180.

Some of the mold fragments match brooch designs previously found at sites up to 60 miles away, suggesting the workshop supplied a wide area.

The finds will be cleaned and studied over the winter, and the county museum plans to display a selection next year. The bypass is now expected to open in November.""",
    ),
    dict(
        id="h6-kalea-coral", host="bluewater-report.example", site="Bluewater Report",
        lang="en", section="Oceans",
        title="Heat-tolerant corals survive bleaching event on Kalea reef, divers report",
        body="""Divers surveying the Kalea reef after this year's marine heatwave say some colonies of branching coral emerged largely unharmed, raising hopes that heat-tolerant strains could help reefs recover.

Surveys by the Kalea Marine Trust found that about 62 percent of coral cover on the reef's shallow slopes bleached in March and April, when water temperatures peaked at 31.4 degrees Celsius. By August, roughly half of the bleached coral had died.

But colonies in a lagoon on the reef's northern edge, where temperatures swing widely each day, showed much less damage. Only 14 percent bleached there, and nearly all recovered.

"These corals have been training for heatwaves their whole lives," said marine biologist Noelani Cruz. "Every afternoon the lagoon gets hot, and every night it cools. They've adapted."

The trust has begun collecting fragments from the lagoon corals and growing them in underwater nurseries. It hopes to plant about 8,000 of them on damaged parts of the reef over the next two years.

Scientists caution that restoration cannot keep pace with warming on its own. Without cuts in greenhouse gas emissions, they say, heatwaves will become too frequent for even tolerant corals to recover between them.

Still, Cruz said the survivors were a reason for hope. "It is the first good news I have had from this reef in three years," she said.""",
    ),
    dict(
        id="h6-storm-ingrid", host="skywatch-weather.example", site="Skywatch Weather",
        lang="en", section="Weather",
        title="Storm warning issued as gusts up to 110 km/h expected along the coast on Thursday",
        body="""Forecasters issued an amber wind warning on Wednesday for the entire northern coastline, with gusts of up to 110 kilometers per hour expected from early Thursday as a deep low-pressure system moves in from the Atlantic.

The warning runs from 4 a.m. Thursday until 9 p.m. The strongest winds are expected between late morning and mid-afternoon, coinciding with high tide at about 1:40 p.m.

“The combination of high tide, large waves and onshore wind means there is a real risk of coastal flooding in exposed spots,” said meteorologist Arjun Castell. “People should stay well back from sea walls and promenades.”

Heavy rain is also forecast, with 30 to 50 millimeters likely over hills inland and locally up to 70 millimeters.

Ferry operator Islandlink said it had canceled all Thursday sailings to the outer islands and would decide on Friday morning services later Wednesday.

Rail operator Coastline Trains said speed restrictions would be in place on exposed sections of track, and warned passengers to expect delays.

Power company Northgrid said it had put extra crews on standby and asked customers to report downed lines rather than approach them.

Schools on the coast will decide on closures by 7 a.m. Thursday, the regional education office said.

Advice for the public

Secure garden furniture, trampolines and bins before nightfall on Wednesday.

Avoid coastal roads and paths during high tide.

Check travel updates before setting out on Thursday.

Forecast at a glance

Thursday: Gales, heavy rain, high 11C

Friday: Blustery showers, high 9C

Saturday: Drier and brighter, high 10C

The storm, the third named storm of the season, has been called Ingrid.""",
    ),
    dict(
        id="h6-valley-heat", host="valleyweather-now.example", site="Valley Weather Now",
        lang="en", section="Weather",
        title="Heat advisory extended through weekend as temperatures near 40C",
        body="""The national weather service extended its heat advisory through Sunday evening as temperatures across the interior valley were forecast to reach 38 to 40 degrees Celsius for a fifth straight day.

Overnight lows are expected to stay above 24 degrees in the cities, giving little relief for people without air conditioning.

"It's the nights that make a heatwave dangerous," said forecaster Maren Tolliver. "When the body never gets a chance to cool down, the risk of heat illness rises sharply, especially for older people."

The city of Dorrance has opened seven cooling centers in libraries and community halls, which will stay open until 10 p.m. through Sunday. Free bus rides to the centers are available on all city routes.

The regional power grid operator asked customers to reduce use between 4 p.m. and 9 p.m. on Friday and Saturday, when demand is expected to peak near record levels.

Farmers are also feeling the strain. Ripening tomato and pepper crops can suffer sunscald in extreme heat, and several growers said they had begun harvesting at night.

Relief is expected early next week, when a cooler air mass should bring highs back to the low 30s.

Tips to stay safe

Drink water regularly, even if you are not thirsty.

Check on elderly neighbors at least once a day.

Never leave children or pets in a parked car.""",
    ),
    dict(
        id="h6-senn-flood-live", host="rivertown-live.example", site="Rivertown Live",
        lang="en", section="Live",
        title="Live updates: Senn River crest reaches Millbrook as evacuations expand",
        body="""The Senn River crested at 7.9 meters in Millbrook on Tuesday morning, its highest level since 1997, as emergency crews worked to shore up levees downstream. Here are the latest developments.

12:26 p.m.

Volunteers have filled about 40,000 sandbags since Monday, the county emergency management office says. More are needed at the Carver Falls fire station on Elm Street.

Road closures as of noon:

Route 14 between Millbrook and Carver Falls

River Road from Mill Street to the county line

11:52 a.m.

The county has expanded its evacuation order to include the Riverside Terrace and Old Mill neighborhoods, about 1,400 homes in all. Residents are asked to leave by 3 p.m.

Sheriff Dana Whitfield said deputies would go door to door. “We are not going to force anyone out, but we will ask for next-of-kin details from anyone who chooses to stay,” she said.

11:10 a.m.

Millbrook Regional Hospital says it is operating normally and does not expect to move patients. The hospital sits on higher ground on the west side of town.

10:35 a.m.

The state transportation department has closed Route 14 between Millbrook and Carver Falls because of water over the road. Drivers are being diverted onto Route 9.

9:48 a.m.

Gauge readings show the river has stopped rising at Millbrook, according to the river forecast center, though it is expected to remain above flood stage until Thursday.

“A crest doesn’t mean the danger is over,” hydrologist Peter Kwan said. “Water will stay high for days and levees are under stress the whole time.”

9:15 a.m.

About 200 National Guard soldiers have arrived to help fill sandbags at the Carver Falls levee, which engineers say is seeping in two places.

8:30 a.m.

Schools in Millbrook and Carver Falls are closed Tuesday and Wednesday. A shelter is open at the Millbrook High School gym, with space for about 350 people.""",
    ),
    dict(
        id="h6-tanner-bridge", host="eastfield-courier.example", site="Eastfield Courier",
        lang="en", section="Local",
        title="Tanner Avenue bridge to close for 14 months starting in March",
        body="""The Tanner Avenue bridge over the Quell River will close to all traffic for about 14 months starting March 3 while crews replace its deck and strengthen its supports, city officials said Tuesday.

The 1961 bridge carries about 19,000 vehicles a day between downtown Eastfield and the Northside neighborhood. Inspectors rated its condition “poor” in 2022 after finding corrosion in steel beams beneath the deck.

During construction, drivers will be detoured over the Harmon Street and Route 40 bridges, adding up to 15 minutes to trips at rush hour, according to the city’s traffic engineers.

A temporary pedestrian and bicycle walkway will remain open for most of the project, except for about six weeks in the summer when the deck is being poured.

The $27.4 million project is being paid for mostly with federal infrastructure money. The city’s share is about $5.5 million.

Business owners on Northside Avenue worry the closure will cut them off from downtown customers. “We survived the pandemic, we survived the water main break,” said Celeste Arroyo, who owns a bakery near the bridge. “I’m not sure we survive 14 months of detours.”

City Councilor Ben Takeda said he would ask the council to create a small grant fund for affected businesses and to pay for extra signs directing drivers to the neighborhood.

Public meetings on the detour plan will be held Feb. 6 and Feb. 8 at the Northside branch library.""",
    ),
    dict(
        id="h6-pinecrest-library", host="pinecrest-local.example", site="Pinecrest Local",
        lang="en", section="Community",
        title="Pinecrest library reopens after $9 million renovation with makerspace, quiet rooms",
        body="""After two years of construction, the Pinecrest Public Library reopened on Saturday with a line of families stretching around the block and a brass band playing on the front steps.

The $9 million renovation added about 4,000 square feet, a makerspace with 3D printers and a sewing machine, six bookable quiet rooms and a children's area with a reading nook built to look like a tree house.

"I had people stopping me at the grocery store asking when we'd open," said library director Hollis Grant. "I think they missed it more than they expected to."

The 1930s building's original reading room, with its tall arched windows and oak tables, was restored rather than replaced. Workers uncovered and repaired a painted ceiling that had been hidden under acoustic tiles since the 1970s.

The project was paid for with a bond approved by voters in 2021 and about $1.8 million in private donations.

New hours

Monday–Thursday: 9 a.m.–8 p.m.

Friday–Saturday: 9 a.m.–5 p.m.

Sunday: 1–5 p.m.

Ten-year-old Marisol Vega was first in line, having arrived with her father at 7 a.m. She checked out four books, including two about volcanoes. "I wanted to be first," she said. "I was."
""",
    ),
    dict(
        id="h6-alder-creek-buses", host="tri-county-record.example", site="Tri-County Record",
        lang="en", section="Education",
        title="Bus driver shortage forces Alder Creek schools to stagger start times",
        body="""The Alder Creek School District will stagger start times at its elementary schools for the rest of the year because it does not have enough bus drivers to run its routes, Superintendent Renata Olsen said Thursday.

Starting Nov. 4, six elementary schools will begin at 8 a.m. and five at 9:10 a.m., allowing the district’s 48 drivers to complete two runs each morning. Middle and high school schedules will not change.

The district needs 61 drivers to run every route on a single schedule. It has been advertising for more since June and raised starting pay to $24 an hour in August, but has hired only seven.

“We’ve been patching this with substitutes, office staff with licenses and, frankly, a lot of late buses,” Olsen said. “Families deserve a schedule they can count on.”

Parents were mixed. Some welcomed the certainty after weeks of buses running up to 40 minutes late. Others said the later start would make mornings harder for working families.

The district will extend its before-school care program at the 9:10 schools, at no cost to families who qualify for free or reduced-price meals.

Olsen said the district would return to a single start time once it hires at least 58 drivers.""",
    ),
    dict(
        id="h6-primary-night-live", host="statehouse-live.example", site="Statehouse Live",
        lang="en", section="Elections",
        title="Primary night live: Delgado wins Senate nomination; House races too close to call",
        body="""Follow our live coverage of Tuesday’s primary elections. Polls closed at 8 p.m.

10:58 p.m. — Maddox won’t concede

Lyle Maddox told reporters he would not concede the 4th District race “until every mail ballot is counted,” noting that results from two of the district’s largest counties are still coming in.

10:41 p.m. — Delgado declares victory

State Sen. Rosa Delgado has won the Democratic nomination for U.S. Senate, according to our projection, defeating businessman Carl Ostrowski and former prosecutor Nina Hartigan.

Speaking to supporters in Marlow, Delgado said the result showed that voters “want someone who has actually passed a law, not someone who has promised to.”

Ostrowski called Delgado to concede shortly after 10:30, his campaign said. Hartigan has not commented.

10:05 p.m. — 4th District still too close to call

With about 70 percent of the expected vote counted in the Republican primary for the 4th Congressional District, county commissioner Evan Stroud leads former state Rep. Lyle Maddox by 412 votes.

9:52 p.m. — Ballot measure on track to pass

A proposed constitutional amendment to create an independent redistricting commission is leading 61 percent to 39 percent with about half the vote counted.

“Voters are tired of politicians picking their voters,” said Imani Cole, who led the campaign for the measure.

9:30 p.m. — Turnout running ahead of 2020

The secretary of state’s office says turnout appears to be running about 8 percent ahead of the last presidential primary, driven largely by early and mail voting.

8:47 p.m. — First results

Early returns from mail ballots show Delgado with 44 percent, Ostrowski with 31 percent and Hartigan with 22 percent.

8:00 p.m. — Polls close

Polls have closed across the state. Voters who were in line at 8 p.m. will still be allowed to cast ballots.""",
    ),
    dict(
        id="h6-chef-osei", host="tablesetter-mag.example", site="Tablesetter",
        lang="en", section="Food",
        title="Chef Amara Osei on closing her restaurant, and why she’s opening a bakery instead",
        body="""Amara Osei closed Ember, her acclaimed 40-seat restaurant in the Wharf district, in June after nine years. Next month she opens a bakery three doors down. We talked about burnout, bread and what she won’t miss. The interview has been edited for length.

Why close a restaurant that was full every night?

Because I was empty every night. I’d get home at 1 a.m., stare at the ceiling and go back at 10. The restaurant was doing great. I wasn’t.

Was there a moment you decided?

My daughter drew a picture of our family for school, and I was in it as a phone. Just a phone, on the table. That was the moment.

Why a bakery?

Bakers work terrible hours too, I know. But they’re early hours, and at 2 in the afternoon you’re done. You can pick up your kid. And bread is honest. You can’t hide a bad loaf under a sauce.

What will you sell?

Sourdough, a rye with caraway, croissants on weekends, and the brown butter cake from Ember, because people would riot if I didn’t.

What won’t you miss?

Online reviews about the size of the portions. I will not miss one of those.

What will you miss?

Friday nights when the room was loud and everything was going right. Nothing else feels like that. But you can’t live on Friday nights.

Osei Bakery opens Nov. 9 at 114 Wharf St.""",
    ),
    dict(
        id="h6-glaciologist-qa", host="frontier-ideas.example", site="Frontier Ideas",
        lang="en", section="Interviews",
        title="‘We are not out of time, we are out of excuses’: a glaciologist on what the ice is telling us",
        body="""Dr. Ingrid Solberg has spent 25 summers measuring glaciers in the far north. Her latest study, published this month, found that the region’s ice lost mass twice as fast in the past decade as in the one before. She spoke with us from her university office. Her answers have been condensed.

Q: What surprised you most in the new data?

A: The speed at the low-elevation glaciers. We expected acceleration, but some small glaciers we’ve measured since the 1990s are simply gone. You go back to the coordinates and there’s a lake.

Q: People hear “twice as fast” and feel hopeless. Should they?

A: No. Every tenth of a degree of warming we avoid means ice that stays frozen. The glaciers respond to what we do. That is the hopeful part, if you want one.

Q: What does the loss mean for people who don’t live near glaciers?

A: Sea level, first. But also water. Hundreds of millions of people depend on rivers fed by glacial melt in summer. When the glaciers are gone, that summer water goes with them.

Q: How has the fieldwork changed?

A: It’s more dangerous. Surfaces are more broken, crevasses open where they never used to, and meltwater rivers on the ice are bigger. We now plan routes with satellite images every day.

Q: What would you tell a policymaker in one sentence?

A: We are not out of time, we are out of excuses.""",
    ),
    dict(
        id="h6-corran-day-trips", host="weekend-wander.example", site="Weekend Wander",
        lang="en", section="Travel",
        title="7 easy day trips from Corran Bay for a late-summer weekend",
        body="""Summer isn’t over yet. If you have a free Saturday and a full tank, these are our favorite day trips within two hours of Corran Bay.

1. Larkspur Falls

A 3-kilometer loop trail leads to a 30-meter waterfall with a swimming hole at its base. Go early; the small parking lot fills by 10 a.m. on weekends.

2. Hollin Island

Take the 25-minute ferry from Port Hollin and rent a bike at the dock. The island’s 18 kilometers of quiet roads are flat, and the fish shack by the lighthouse is worth the trip alone.

3. The Old Mill Market, Weyford

Every Saturday from May to October, about 80 vendors fill a restored textile mill selling produce, cheese, ceramics and secondhand books.

4. Tessaly Vineyards

Tastings on the terrace cost $15 and include five wines. Book ahead in August.

5. Greyrock Beach

Less crowded than the beaches closer to town, with dunes, tide pools and a café that serves excellent crab rolls.

6. Marrow Valley Railway

A restored 1920s steam train runs 14 kilometers along the river on weekends. Tickets are $22 for adults and $11 for children.

7. Aldwick Castle

The ruins are free to visit, and the view from the tower over three counties is one of the best in the region.""",
    ),
    dict(
        id="h6-grocery-bill-tips", host="pocketwise-money.example", site="Pocketwise",
        lang="en", section="Money",
        title="Ten ways to cut your grocery bill without clipping a single coupon",
        body="""Food prices have risen about 20 percent in three years, and for many households the weekly shop is now the hardest bill to control. Here are ten strategies that work, according to dietitians and budget coaches we spoke to.

1. Shop your kitchen first. Before you write a list, check what's in the fridge, freezer and cupboard, and plan at least two meals around it.

2. Plan meals, not items. A list of seven dinners produces a shorter, cheaper shopping list than a list of things you "might need."

3. Compare unit prices. The price per kilogram or per liter on the shelf label is the only fair comparison between package sizes.

4. Buy store brands. In blind tastings, most people can't tell the difference for staples like flour, canned tomatoes and oats.

5. Eat the expensive things first. Fresh fish and berries spoil fast; root vegetables and cabbage can wait.

6. Cook once, eat twice. A big pot of soup or chili costs little more than a small one.

7. Use your freezer. Bread, cooked rice, grated cheese and ripe bananas all freeze well.

8. Don't shop hungry. Studies suggest hungry shoppers spend more, especially on snacks.

9. Go meatless a few nights. Beans, lentils and eggs are among the cheapest sources of protein.

10. Track what you throw away. For one week, write down everything that goes in the bin. Most families are surprised.

"The cheapest food is the food you already bought," said budget coach Leila Haddad.""",
    ),
    dict(
        id="h6-repot-houseplant", host="greenthumb-home.example", site="Greenthumb Home",
        lang="en", section="Home & garden",
        title="How to repot a houseplant without killing it",
        body="""Most houseplants need a bigger pot every year or two. Roots poking out of the drainage holes, water running straight through, or a plant that dries out within a day are all signs it’s time.

The best time to repot is spring or early summer, when plants are actively growing and recover quickly.

What you’ll need

A pot 2 to 5 centimeters wider than the current one, with drainage holes

Fresh potting mix suited to the plant

A trowel, scissors and newspaper

Step 1: Water the plant a day before. Moist roots slide out more easily and suffer less damage.

Step 2: Turn the pot on its side, support the base of the stems with one hand and ease the plant out. If it sticks, run a knife around the inside edge.

Step 3: Loosen the root ball with your fingers. Trim any roots that are black, mushy or circling tightly.

Step 4: Add a layer of fresh mix to the new pot so the top of the root ball will sit about 2 centimeters below the rim.

Step 5: Set the plant in place, fill around it with mix and press gently. Don’t pack it hard.

Step 6: Water thoroughly and let it drain. Keep the plant out of direct sun for about a week.

Tip: Resist the urge to jump to a much larger pot. Too much wet soil around small roots is the most common cause of root rot.""",
    ),
    dict(
        id="h6-property-tax-appeal", host="civic-helpdesk.example", site="Civic Helpdesk",
        lang="en", section="Your money",
        title="How to appeal your property tax assessment, step by step",
        body="""Assessment notices went out this week across Marlow County, and many homeowners were startled by the numbers. If you think your home’s assessed value is too high, you have 45 days to appeal. Here’s how.

Check the facts first

Look at the property record card on the assessor’s website. Errors in square footage, the number of bathrooms or the lot size are common, and fixing one is the easiest kind of appeal to win.

Find comparable sales

Look for three to five homes similar to yours in size, age and location that sold within the past year for less than your assessed value. Real estate websites and the county’s sales database are good places to start.

File the form

The appeal form is available online or at the assessor’s office at 400 Court St. There is no fee. Attach your comparable sales, photos of any problems with your home and a short explanation.

Prepare for the hearing

Hearings before the Board of Review last about 15 minutes. Be brief, stick to evidence and be polite. Board members hear dozens of appeals a day.

Last year, about 38 percent of residential appeals in the county resulted in a lower assessment, according to the assessor’s office. The average reduction was about 6 percent.""",
    ),
    dict(
        id="h6-bellweather-obit", host="harborlight-times.example", site="Harborlight Times",
        lang="en", section="Obituaries",
        title="Cyrus Bellweather, trumpeter who shaped the Harborlight jazz scene, dies at 86",
        body="""Cyrus Bellweather, a trumpeter and bandleader whose Monday night sessions at the Blue Lantern club made the city a stop for touring jazz musicians for more than three decades, died on Sunday at his home. He was 86.

His daughter, Loretta Bellweather-Cole, said the cause was heart failure.

Born in 1938, Mr. Bellweather grew up above his parents’ barbershop on Dock Street and taught himself to play on a dented trumpet bought for $4 at a pawn shop. By 17 he was playing in dance bands along the coast.

In 1971 he persuaded the owner of the Blue Lantern, then a struggling bar, to let him run a jam session on its quietest night. Within a few years the Monday sessions were drawing crowds — and musicians passing through town, who would sit in after their own concerts ended.

“Cyrus ran that bandstand like a classroom with no walls,” said the saxophonist Della Marquez, who played her first professional gig there at 19. “You could walk in as a kid and walk out as a musician, if you listened.”

He recorded nine albums as a leader, the best known of which, “Harbor Lights at Midnight” (1979), was reissued in 2019.

In addition to his daughter, he is survived by a son, Marcus; a sister, Evelyn Thorne; and five grandchildren. His wife of 54 years, Adeline, died in 2016.

The Blue Lantern will hold a memorial session on Monday night. The bandstand, the club said, will be open.""",
    ),
    dict(
        id="h6-rail-strike", host="transit-dispatch.example", site="Transit Dispatch",
        lang="en", section="Transport",
        title="Rail workers to strike for 48 hours next week after pay talks collapse",
        body="""Train drivers and conductors at Central Rail will walk off the job for 48 hours starting at midnight next Tuesday after talks over pay and rest rules broke down, their union said on Friday.

The Rail Operatives Union said 89 percent of members who voted backed the strike, on a turnout of 76 percent.

Central Rail runs about 1,900 services a day, carrying roughly 450,000 passengers. The company said it expected to run fewer than one in five trains during the strike, mainly on intercity routes.

The dispute centers on a company proposal to change rostering rules, which the union says would cut minimum rest between shifts from 12 hours to 10. The company has offered a 4.5 percent pay increase this year and 3 percent next year.

"Tired drivers are a safety problem, not a scheduling problem," union general secretary Rhiannon Vale said. "We will not trade rest for money."

Central Rail's chief operating officer, Marcus Feld, said the rostering changes would give drivers "more predictable weekends" and that the company remained "ready to talk at any hour."

Passengers with tickets for strike days can use them the day before or up to two days after, or claim a full refund.

It would be the third strike on the network this year.""",
    ),
    dict(
        id="h6-sable-bank-wind", host="gridline-energy.example", site="Gridline Energy",
        lang="en", section="Energy",
        title="Regulators approve 1.2-gigawatt offshore wind farm after two-year review",
        body="""State energy regulators on Thursday approved construction of a 1.2-gigawatt wind farm about 30 kilometers off the coast, clearing the last major hurdle for a project that developers say will power about 500,000 homes.

The Sable Bank Wind project, led by Northwind Offshore and a pension fund partner, will have 80 turbines, each taller than 250 meters to the tip of the blade.

The Public Utilities Board voted 4-1 to approve a 25-year contract under which utilities will buy the farm’s power at $96 per megawatt-hour, rising 2 percent a year.

Commissioner Leah Okonkwo, who cast the dissenting vote, said the price was too high given recent falls in the cost of solar power and batteries.

Fishing groups have opposed the project, saying turbines and undersea cables will disrupt scallop grounds. The approval requires Northwind to pay into a $42 million fund to compensate fishermen for lost income.

“This is not the deal we wanted, but it is better than the deal we had,” said Tom Gallagher of the Coastal Fishermen’s Association.

Construction of onshore facilities is due to start next year, with turbines installed in 2027 and 2028. Northwind said the project would employ about 1,100 people at the peak of construction.""",
    ),
    dict(
        id="h6-warehouse-burglaries", host="southgate-news.example", site="Southgate News",
        lang="en", section="Crime",
        title="Three arrested in string of warehouse break-ins; police recover $600,000 in tools",
        body="""Police have arrested three men in connection with a series of overnight break-ins at warehouses in the Southgate industrial park and recovered power tools and copper wire worth about $600,000, officials said Monday.

The suspects, ages 24, 31 and 38, were arrested Saturday at a storage unit in Halbrook after detectives tracked a GPS device hidden by one of the victims in a pallet of drills.

"One business owner did our job for us," Police Chief Andrea Costa said at a news conference, standing in front of tables stacked with saws, generators and spools of wire. "We'd like to thank him."

Investigators believe the group is responsible for at least 14 burglaries since June. In most, thieves cut through chain-link fences and disabled alarm systems before prying open loading bay doors.

The men face charges including burglary, possession of stolen property and conspiracy. They are being held on bail of $150,000 each.

Costa said detectives were working to return the property to its owners and urged other businesses in the park to check their inventories.""",
    ),
    dict(
        id="h6-brightwater-explainer", host="quarry-hill-observer.example", site="Quarry Hill Observer",
        lang="en", section="Explainer",
        title="What we know about the proposed Brightwater data center — and what we don’t",
        body="""A technology company wants to build one of the largest data centers in the state on 210 acres of farmland east of Quarry Hill. The planning commission will hold its first public hearing on the project next Thursday. Here is what we know so far.

Who is behind it?

The applicant is Brightwater Digital Infrastructure, a company registered in Delaware last year. Its filings list an address in Arlington, Virginia, and its managing director, Colin Ashby, previously ran data center projects for a large cloud provider.

Brightwater has not said who its tenant would be. Ashby told the commission in a letter that the company was “in advanced discussions with a major technology firm” but was bound by a confidentiality agreement.

How big would it be?

The site plan shows four single-story buildings totaling about 1.4 million square feet, roughly the size of 24 football fields, along with an electrical substation and a water treatment building.

At full build-out, the campus would draw up to 600 megawatts of electricity — more than the rest of the county combined uses on a hot summer day.

Where would the power come from?

The local utility, Piedmont Electric, says it would need to build a new 230-kilovolt transmission line and upgrade two substations. The company estimates the cost at $180 million and says Brightwater would pay most of it.

Utility regulators have not yet reviewed the plan, and consumer advocates have asked whether ordinary customers could end up paying part of the bill.

What about water?

This is the question residents raise most often. Brightwater says the buildings would use a “closed-loop” cooling system that needs about 150,000 gallons of water a day once running, far less than older designs.

But the filings also describe a backup evaporative system for the hottest days, which could use up to 1.9 million gallons a day. The company has not said how often it expects to use it.

The county’s water authority says its current supply could handle the lower figure but not the higher one without new wells.

What does the county get?

County economists estimate the project could generate $38 million a year in property tax revenue once complete, more than a fifth of the county’s current budget.

The number of permanent jobs would be small — Brightwater estimates about 120 — though construction could employ 1,500 people for three years.

Who opposes it?

A group called Keep Quarry Hill Rural has collected about 2,300 signatures on a petition asking the county to reject the rezoning. Its members cite noise from cooling equipment, the loss of farmland and the strain on water and power.

“Nobody moved here to live next to a server farm,” said Dale Whitford, whose family has farmed next to the site for four generations.

What happens next?

After the hearing, the planning commission will make a recommendation to the Board of Supervisors, which has the final say. A vote is not expected before spring.""",
    ),
    dict(
        id="h6-festival-villanueva", host="eldiario-delvalle.example", site="El Diario del Valle",
        lang="es", section="Cultura",
        title="El festival de cine de Villanueva del Río bate récord de público en su décima edición",
        body="""El Festival Internacional de Cine de Villanueva del Río cerró el domingo su décima edición con más de 42.000 espectadores, la cifra más alta desde su creación en 2014, según datos de la organización.

Durante nueve días se proyectaron 118 películas de 31 países en cinco salas de la ciudad y en una pantalla al aire libre instalada en la plaza Mayor.

El premio principal, la Espiga de Oro, fue para “La casa de las golondrinas”, de la directora chilena Marta Irarrázaval, un drama familiar rodado en el sur de Chile con actores no profesionales.

“Hicimos esta película con muy poco dinero y con mucha paciencia”, dijo Irarrázaval al recoger el galardón. “Que el público la haya recibido así es el mejor regalo.”

El jurado, presidido por el actor Joaquín Benavente, concedió el premio a la mejor interpretación a Lucía Montalvo por su papel en “Marea baja”.

Palmarés

Espiga de Oro: “La casa de las golondrinas” (Marta Irarrázaval)

Mejor dirección: Tomás Echeverría, por “El último tranvía”

Premio del público: “Marea baja” (Andrea Solís)

El director del festival, Ramón Aguirre, anunció que la próxima edición incluirá por primera vez una sección dedicada al cine de animación.""",
    ),
    dict(
        id="h6-serrano-ribeirense", host="gazeta-esportiva-sul.example", site="Gazeta Esportiva do Sul",
        lang="pt", section="Futebol",
        title="Atlético Serrano vence o Ribeirense por 2 a 0 e assume a liderança",
        body="""O Atlético Serrano venceu o Ribeirense por 2 a 0 na noite desta quarta-feira, no estádio Municipal de Serra Alta, e assumiu a liderança do campeonato estadual com 31 pontos.

Os gols foram marcados por Everton Lima, aos 23 minutos do primeiro tempo, e por Rafael Moura, de pênalti, aos 40 da etapa final.

O Ribeirense teve a melhor chance do primeiro tempo logo aos cinco minutos, quando o atacante Diego Salles acertou a trave em chute de fora da área.

“Sabíamos que seria um jogo difícil. O grupo mostrou maturidade e soube sofrer quando foi preciso”, afirmou o técnico do Serrano, Márcio Tavares.

O público foi de 12.384 torcedores, o maior da competição até agora.

Ficha técnica

Atlético Serrano 2 x 0 Ribeirense

Gols: Everton Lima (23'/1ºT) e Rafael Moura (40'/2ºT)

Cartões amarelos: Bruno Farias e Caio Rezende (Ribeirense)

Na próxima rodada, o Serrano visita o União Paulistana no domingo, enquanto o Ribeirense recebe o Vila Nova da Serra.""",
    ),
    dict(
        id="h6-greve-montclair", host="lecourrier-regional.example", site="Le Courrier Régional",
        lang="fr", section="Société",
        title="Grève des bus à Montclair : le trafic fortement perturbé jusqu'à vendredi",
        body="""Les usagers des transports en commun de Montclair devront s'armer de patience cette semaine. Un préavis de grève déposé par deux syndicats de conducteurs court de mardi 5 heures à vendredi minuit.

Selon la direction du réseau Montclair Mobilités, seul un bus sur trois circulera sur les lignes principales, et les lignes de soirée seront supprimées.

Les syndicats réclament une revalorisation des salaires de 6 % et l'embauche d'une trentaine de conducteurs supplémentaires pour réduire les heures supplémentaires.

« Nos collègues enchaînent des journées de onze heures. Ce n'est plus tenable, ni pour eux ni pour la sécurité des passagers », explique Nadia Benali, déléguée syndicale.

La direction affirme avoir proposé une hausse de 3,5 % et une prime exceptionnelle de 400 euros, jugée insuffisante par les grévistes.

Le tramway, exploité par une autre société, n'est pas concerné par le mouvement.

La mairie a annoncé l'ouverture gratuite des parkings relais pendant toute la durée de la grève et invite les habitants à privilégier le covoiturage.

Une nouvelle réunion de négociation est prévue jeudi après-midi à la préfecture.""",
    ),
    dict(
        id="h6-kesselbach-radwege", host="rheintal-anzeiger.example", site="Rheintal-Anzeiger",
        lang="de", section="Lokales",
        title="Neue Radwege in Kesselbach: Stadtrat beschließt Umbau der Hauptstraße",
        body="""Der Stadtrat von Kesselbach hat am Dienstagabend mit großer Mehrheit den Umbau der Hauptstraße beschlossen. Künftig sollen dort auf beiden Seiten geschützte Radwege entstehen.

Für das Projekt sind rund 3,8 Millionen Euro veranschlagt, von denen das Land etwa 60 Prozent übernimmt. Die Bauarbeiten sollen im Frühjahr 2026 beginnen und etwa 18 Monate dauern.

Dafür fallen zwischen Marktplatz und Bahnhof 74 Parkplätze weg. Als Ersatz ist ein Parkdeck am Bahnhof mit 120 Stellplätzen geplant.

„Wir haben lange diskutiert, aber am Ende überwiegt der Sicherheitsgewinn“, sagte Bürgermeisterin Sabine Krämer nach der Sitzung. Im vergangenen Jahr waren auf der Hauptstraße elf Radfahrer bei Unfällen verletzt worden.

Kritik kam vor allem von Einzelhändlern. Der Vorsitzende des Gewerbevereins, Thomas Albers, befürchtet Umsatzeinbußen: „Viele unserer Kunden kommen mit dem Auto.“

Die Fraktion der Freien Wähler stimmte geschlossen gegen den Plan. Sie hatte eine Einbahnstraßenlösung vorgeschlagen, die jedoch keine Mehrheit fand.

Eine Bürgerinformation zum Bauablauf ist für den 14. November in der Stadthalle geplant.""",
    ),
    dict(
        id="h6-teatro-san-vitale", host="cronache-dellapianura.example", site="Cronache della Pianura",
        lang="it", section="Cultura",
        title="Riapre il Teatro Comunale di San Vitale dopo tre anni di restauri",
        body="""Dopo tre anni di lavori, il Teatro Comunale di San Vitale riapre le porte al pubblico sabato sera con un concerto dell'orchestra sinfonica cittadina diretta da Elena Marchetti.

Il restauro, costato circa 6,2 milioni di euro, ha riguardato la copertura, gli impianti e soprattutto la sala, dove sono stati recuperati gli stucchi e le decorazioni originali dell'Ottocento.

«Abbiamo trovato sotto vari strati di vernice i colori che il pubblico vedeva nel 1874», racconta la restauratrice Chiara Bellandi. «È stato come aprire una lettera rimasta chiusa per un secolo.»

I posti a sedere passano da 540 a 498, per garantire più spazio tra le file e rispettare le nuove norme di sicurezza.

La stagione prevede 36 spettacoli tra prosa, lirica e danza. Gli abbonamenti sono in vendita da lunedì al botteghino e online, con riduzioni per studenti e over 65.

Il sindaco Paolo Guidi ha definito la riapertura «una festa per tutta la città», ricordando che il teatro era stato chiuso nel 2021 per problemi strutturali al tetto.""",
    ),
    dict(
        id="h6-haverdijk-huizen", host="noorderkrant.example", site="Noorderkrant",
        lang="nl", section="Wonen",
        title="Huizenprijzen in Haverdijk stijgen sneller dan het landelijk gemiddelde",
        body="""De gemiddelde verkoopprijs van een woning in Haverdijk is het afgelopen kwartaal met 9,4 procent gestegen ten opzichte van een jaar eerder. Dat blijkt uit nieuwe cijfers van de regionale makelaarsvereniging.

Landelijk lag de stijging in dezelfde periode op 7,1 procent. Een gemiddelde woning in de gemeente kostte 342.000 euro.

Volgens makelaar Joost Verhoeven komt de stijging vooral door kopers uit de Randstad. „Mensen die thuiswerken, zoeken meer ruimte voor hetzelfde geld. Hier vinden ze dat nog”, zegt hij.

Starters hebben het daardoor moeilijker. Van alle verkochte woningen ging minder dan een kwart naar mensen die voor het eerst een huis kochten.

De gemeente wil de komende vijf jaar 1.200 nieuwe woningen bouwen, waarvan een derde in het betaalbare segment. Wethouder Marieke de Groot noemt dat „hard nodig, maar geen wondermiddel”.

Het aantal verkochte woningen daalde juist licht, met 3 procent, omdat er weinig huizen te koop staan.

Een woning stond gemiddeld 24 dagen te koop, tegen 31 dagen een jaar eerder.""",
    ),
]


def paragraphs(article):
    """The article's paragraphs, in order, stripped."""
    return [p.strip() for p in article["body"].split("\n\n") if p.strip()]
