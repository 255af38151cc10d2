"""Word lists for the personal-data detector (written from general knowledge, not from data).

- FIRST_NAMES: common first names in the UK (and nicknames) that are not ordinary words, so a
  capitalised (or, after a cue, lower-case) occurrence is very likely a person.
- AMBIGUOUS_NAMES: names that are also ordinary words; a name only with a cue or when
  capitalised in the middle of a sentence.
- CUE_ONLY_NAMES: names that are also months or places; a name only right after a cue.
- COMMON_WORDS: ordinary English words and text-speak that follow cues like "my sw" or
  "miss" without being names ("my sw never rings", "i miss my mum").
- NOT_NAMES: services, organisations, apps, days, months, subjects and relations that are
  capitalised but are never a person's name.
"""

from __future__ import annotations


def _words(block: str) -> frozenset[str]:
    return frozenset(word.lower() for word in block.split())


FIRST_NAMES = _words(
    """
    Aaliyah Abbie Abby Abi Abigail Ada Adaeze Adele Adriana Agnieszka Ailsa Aimee Aisha Alana
    Alannah Aleksandra Alesha Alexa Alexandra Alexis Alice Alicia Alisha Alison Aliyah Alma
    Amanda Amara Amelia Amelie Amina Amira Amy Ana Anastasia Anaya Andrea Andreea Angela
    Angelina Anita Ann Anna Annabel Annabelle Anne Annie Antonia Anya Aoife Arabella Aria Ariana
    Asha Ashleigh Ashley Aurora Ava Ayesha Ayla Aylin Barbara Beatrice Beatrix Becca Becky
    Bella Bernadette Bernie Beth Bethan Bethany Betty Bev Beverley Bex Billie Bonnie Brenda
    Bridget Brooke Caitlin Callie Camilla Candice Cara Carla Carly Carmen Carol Carole Caroline
    Carolyn Carys Casey Cassie Cath Catherine Cathy Celine Cerys Chanel Chantelle Charlene
    Charlotte Cherelle Cheryl Chioma Chloe Christina Christine Ciara Claire Clara Clare Claudia
    Cleo Clodagh Colleen Connie Courtney Dana Danielle Darcey Darcie Darcy Debbie Deborah Debra
    Delilah Demi Denise Diane Dionne Dolly Dominika Donna Dora Doris Dorothy Edith Eileen Eilidh
    Eira Elaine Eleanor Elena Elif Elise Eliza Elizabeth Ella Ellie Elsie Emilia Emily Emma
    Erin Esme Esther Ethel Eva Evelyn Everly Evie Ewa Farah Fatima Faye Felicity Ffion Fiona
    Francesca Freya Gabriella Gail Gemma Georgina Gillian Gina Gladys Gloria Gracie Grainne
    Hafsa Hallie Hannah Harper Harriet Hattie Hayley Heather Heidi Helen Helena Hilda Hina
    Hollie Ifeoma Imogen Inaya Ioana Iqra Irene Isabel Isabella Isabelle Isla Isobel Jackie
    Jacqueline Jade Jane Janet Janice Jasmine Jayne Jean Jemma Jen Jenna Jennifer Jenny Jess
    Jessica Jessie Jill Joan Joanna Joanne Jodie Josephine Josie Joyce Judith Judy Julia Julie
    Juliet Kaitlyn Kara Karen Kasia Kate Katherine Kath Kathleen Kathryn Katie Katy Kayla
    Kayleigh Kaz Keeley Keira Kelly Kemi Kerry Kezia Khadija Kiera Kim Kimberley Kirsten
    Kirsty Kyla Lacey Laila Lara Laura Lauren Layla Leah Leanne Leila Lena Lesley Leslie Lexi
    Lexie Leyla Libby Lillian Lilly Linda Lindsay Lisa Liz Lizzie Lola Lorna Lorraine Louise
    Lucia Lucy Luna Lydia Lyla Lynn Lynne Macy Madison Magdalena Maisie Maisy Mandy Margaret
    Maria Mariam Marie Marilyn Marion Marta Martha Mary Maryam Matilda Maureen Mavis Maya
    Megan Mel Melanie Melissa Mhairi Mia Michaela Michelle Mila Millie Mollie Molly Monica
    Morag Nadia Nadine Naomi Natalia Natalie Natasha Nevaeh Ngozi Nia Niamh Nicola Nicole
    Nikki Nina Noor Nora Norma Nuala Nusrat Oliwia Orla Ottilie Paige Pamela Patricia Paula
    Pauline Peggy Philippa Phoebe Pippa Polly Priya Rachel Rae Rebecca Regina Remi Rhiannon
    Rita Robyn Roisin Roksana Rosa Rosemary Rosie Roxanne Rukhsana Ruth Sabrina Sadie Safiya
    Saima Saoirse Sally Samantha Samira Sana Sandra Sara Sarah Sasha Scarlett Seren Shabana
    Shanice Shannon Sharon Shauna Shaz Shazia Sheila Shelley Shona Sian Sienna Simona Siobhan
    Skye Sofia Sonia Sophia Sophie Stacey Steph Stella Stephanie Susan Suzanne Sylvia Tamara
    Tammy Tania Tanya Tara Tash Tasha Tegan Teresa Tess Tessa Thea Theresa Tia Tiffany Tilly
    Toni Tracey Tracy Tyra Valerie Vanessa Vera Vicki Vicky Victoria Wanda Wendy Whitney
    Yasmin Yasmine Yolanda Yvonne Zainab Zara Zoe Zoey Zuzanna Kezza Jodi Shelby Kacey Kacie
    Aaron Abdul Abdullah Adam Ade Adrian Ahmed Aidan Aiden Alan Albert Albie Aled Alex
    Alexander Alfie Ali Alistair Amir Andre Andrei Andrew Andy Angus Anthony Antony Archer Archie
    Arjun Arlo Arman Arthur Aryan Asif Axel Ayaan Bailey Barry Bartosz Baz Ben Benji Benjamin
    Bernard Bilal Billy Blake Bobby Bradley Brandon Brian Brody Bruce Bryn Caleb Callan Callum
    Calum Calvin Cameron Carl Carlos Carter Charles Charlie Chinedu Chris Christian Christopher
    Cian Ciaran Clive Colin Connor Conor Cormac Craig Curtis Dafydd Damian Damien Dami Dan
    Daniel Danny Darius Darren Darryl Dave David Daz Dean Declan Delroy Dennis Deon Derek Des
    Desmond Dexter Dominic Donald Douglas Duncan Dylan Eddie Edward Eli Elijah Elliot Elliott
    Ellis Emeka Emmanuel Emrys Eoin Eric Errol Ethan Evan Ewan Ezra Fabian Faisal Farhan Felix
    Femi Fergus Filip Finlay Finley Finn Florin Francis Frankie Fraser Freddie Freddy Gabriel
    Gareth Gary Gavin Gaz Geraint Gethin George Gerald Glenn Gordon Graham Grant Greg Gregory
    Hamish Hamza Hamzah Harley Harrison Harry Harvey Hassan Hayden Hector Henry Hugo Huw
    Hussain Iain Ian Ibrahim Idris Ieuan Imran Isaac Isaiah Ismail Ivan Iwan Jac Jackson Jacob
    Jakub Jake Jamal James Jamie Jared Jason Jaxon Jay Jayden Jaylen Jeff Jenson Jeremy
    Jermaine Jerome Jesse Jim Jimmy Joe Joel Joey John Johnny Jon Jonah Jonathan Jonny Jordan
    Joseph Josh Joshua Jude Julian Justin Kacper Kai Kaiden Kallum Kamran Kane Karl Kasim
    Kayden Kayode Keith Kelvin Ken Kenneth Kenny Kevin Kez Khalid Kian Kieran Kofi Kojo
    Krzysztof Kwabena Kwame Kyle Kymani Lachlan Lamar Lee Leo Leon Leonard Leroy Levi Lewis
    Liam Logan Louie Louis Luca Lucas Lukasz Luke Malachi Malcolm Marcus Marek Mario Marley
    Marlon Martin Marvin Mason Mateusz Matt Matthew Mehmet Michael Mick Mickey Mihai Mike Milo
    Mitchell Mohamed Mohammad Mohammed Muhammad Mustafa Nathan Nathaniel Neil Niall Nicholas
    Nicky Nigel Noah Noel Norman Obi Oisin Ola Oliver Ollie Omar Oscar Oskar Osman Owain Owen
    Padraig Patrick Paul Pavel Pete Peter Phil Philip Phillip Piotr Rafael Rahul Raj Rashid
    Ravi Rayan Reece Rehan Reggie Reuben Rhodri Rhys Ricky Riley Rio Rizwan Robbie Robert
    Rocco Rohan Roman Ronan Ronnie Rory Ross Rowan Roy Ruben Rufus Rupert Russell Ryan Sajid
    Sam Sami Samuel Sanjay Scott Seamus Sean Seb Sebastian Segun Shahid Shane Shaun Shay Shea
    Simon Sipho Sonny Spencer Stanley Stefan Stephen Steve Steven Stevie Stewart Stuart Sunil
    Szymon Tariq Tate Tayo Ted Teddie Teddy Tendai Terence Terry Themba Theo Thomas Tim
    Timothy Tinashe Tobi Tobias Toby Tom Tomasz Tomos Tommy Tony Travis Trevor Tristan Troy
    Tunde Tyler Tyreece Tyrese Tyrone Umar Usman Vikram Vincent Waqas Wayne Wesley William
    Willie Winston Wyatt Xavier Yasin Yusuf Zac Zach Zachary Zack Zain Zakaria Zane Zayn
    Kyra Kiara Amani Zion Ayden Brandon Jodie Jaden Aimee-Leigh Rihanna Beyonce Kadeem Kareem
    Dwayne Shania Tamsin Lowri Mali Nell Nellie Edie Ivie Evan Kofi Akua Abena Efua Ama Yaw
    Tiago Joao Bruno Diogo Ines Beatriz Giulia Marco Alessandro Sofie Lukas Jan Ilona Irina
    Olga Svetlana Dmitri Nikita Artem Yana Daria Ahmad Karim Layla Nour Hiba Rania Salma
    """
)

# Names that are also everyday words: a name only after a cue, or capitalised mid-sentence.
AMBIGUOUS_NAMES = _words(
    """
    Will Grace Hope Joy Mark Bill Rose Jack Faith Summer Autumn Dawn Eve Sunny Rich Guy Frank
    Pat Rob Chase Drew Art Ray Sky Storm River Angel Honey Sue Don Amber Holly Ivy Daisy Poppy
    Lily Ruby Violet Hazel Pearl Olive Willow Penny Robin Destiny Harmony Liberty Justice
    Patience Precious Blessing Miracle Charity Heaven Star Crystal Jewel Max Junior Ash Reed
    Miles Gene Nick Kit Kitty Dot Bob Cliff Dale Glen Lance Norm Mo Jo Di Al Ed Bea
    Eden Taylor Brook Sandy Rusty Jet Sage Marina Iris Fern Heather Ginger Grant
    """
)

# Months and places that are also names: a name only right after a cue ("my sister April").
CUE_ONLY_NAMES = _words(
    """
    May April June August Chelsea India Florence Georgia Paris Sydney Devon Chester Lincoln
    Carolina Adelaide Austin Dallas Orlando Phoenix Savannah Brooklyn Sierra Asia Africa
    Summer Autumn Eve Justice Liberty Roman Christian Trinity Star Heaven
    """
)

# Names that are also ordinary lower-case words or slang ("my teddy", "taking the mick"):
# in lower case they count as names only after a cue.
LOWER_RISKY_NAMES = _words(
    """
    grant teddy mick bobby billy joey terry bonnie kitty carol jean jay ken des ted toby harry
    rosemary noel hector josh dolly mickey sally felicity archer mason aria yaw florin jimmy
    colleen martin peter dean
    lee sandy rusty mike matt nat mel bev dot pip ola ada ollie leo neil lacey bella brooke
    heather jasmine kelly tash gaz daz baz shaz kez jack will mark bill rose ruby amber holly
    june may april august frank guy rich pat rob sue don ray max miles dale glen lance norm
    chase drew art sky storm river angel honey star faith hope joy grace dawn eve summer autumn
    sunny penny robin ivy daisy poppy lily violet hazel pearl olive willow iris fern ginger
    sage marina crystal jewel precious blessing patience charity destiny harmony liberty
    justice miracle heaven reed ash kit dot bob cliff nick gene junior mo jo di al ed bea
    eden taylor brook jet trinity roman christian cameron jordan morgan ellis mason carter
    bailey harley hunter spencer stanley victoria india chelsea georgia paris sydney devon
    """
)

# Ordinary words (lower case) that follow cues such as "my sw", "my brother", "miss", "called".
COMMON_WORDS = _words(
    """
    a about above across actually after again against ago all almost alone along already also
    always am an and another any anymore anyone anything anyway anywhere are around as ask
    asked asking at away back bad be because been before being best better between big bit
    both but by came can cant can't cannot care cared cares come comes coming could couldnt
    did didnt didn't do does doesnt doesn't doing done dont don't down during each either else
    even ever every everyone everything far few first for from full gave get gets getting give
    gives go goes going gone good got great had hadnt has hasnt hasn't have havent haven't
    having he her here hers herself him himself his how however i if in instead into is isnt
    isn't it its it's itself just keep keeps kept kind knew know knows last later least left
    less let lets like little long look lot lots made make makes many may me mean meant might
    mine more most much must my myself near need needs never new next nice no nobody none nor
    not nothing now of off often oh ok okay old on once one only onto or other others our ours
    out over own past people please put quite rather really right said same saw say says see
    seen she should shouldnt since so some someone something sometimes soon still such sure
    take taken takes than that the their theirs them themselves then there these they thing
    things think this those though thought through till to today told too took tried tries
    try trying under until up upon us used very want wants was wasnt wasn't way we well went
    were what when where whether which while who whoever whole whom whose why will with
    within without wont won't would wouldnt yes yet you your yours yourself
    lol tbh tho ngl rn idk imo omg wtf smh fr ffs lmao innit init cos coz cuz bc n nd u ur ya
    yeah yep nah na gonna wanna gotta aint ain't dunno pls plz thx ty x xx xxx wiv wen dat da
    tha av ave bruv bro fam mate mum mam mom mummy mammy dad daddy nan nana nanny gran granny
    grandma grandad grandpa auntie aunty aunt uncle cousin brother sister bro sis sibling
    siblings son daughter kids kid child children baby babies boyfriend girlfriend bf gf
    partner ex husband wife family carer carers foster step stepdad stepmum friend friends
    worker workers social sw pa iro teacher teachers school college home house flat room
    again anyway literally basically honestly seriously proper properly totally mostly
    hit hits kick punch shout swear drink smoke beat grab push slap hurt touch tell give put
    call ring text help love hate miss listen talk speak answer work live stay move sleep eat
    cook clean pay buy sell send bring drive walk run play watch read write learn teach visit
    meet hold hug kiss lie cry laugh smile scream yell fight argue threaten hide lock steal
    throw break bang hear wait stop start sort fix check change cancel forget remember promise
    ignore lose win sit stand wake act pick drop reckon reckons understand cope manage turn
    said told took gave came went got made left knew thought felt kept brought bought sent
    spent lost met paid ran sat slept stood threw woke wrote broke drove ate fell fought hid
    rang sang shut spoke stole swore taught understood won cut set quit became began
    nice kind mean good bad great rubbish lovely amazing horrible strict fair nasty angry
    drunk sick ill poorly sad happy scared safe fine ok alright busy tired late early new old
    young older younger big small tall short real fake best worst useless brilliant decent
    shit crap sound sound sweet soft hard funny weird strange sound quiet loud
    here there where now then today tonight tomorrow yesterday morning night week weeks month
    months year years day days time times hour hours minute minutes
    was wasnt had hadnt also too either neither both sort kinda sorta lot lots bit proper
    mrs mr ms miss sir dr doctor nurse officer
    """
)

# Capitalised words that are never a person's name here.
NOT_NAMES = _words(
    """
    I I'm Im Ive I've Id I'd Ill I'll Mum Mam Mom Mummy Dad Daddy Nan Nana Nanny Gran Granny
    Grandma Grandad Grandpa Auntie Aunty Uncle Sir Miss Mrs Mr Ms Mx Dr Pc Dc Ds Sgt Cllr Prof
    Social Worker Workers Services Service Team Teams Council Police Health Care Carer Carers
    Foster Fostering Adoption Children Childrens Children's Family Families Youth Early Help
    CAMHS MASH Childline NSPCC Barnardos Barnardo's Cafcass Ofsted NHS GP HV IRO PA SW YOT
    DSL SENCO EHCP CP CIN LAC CLA ASYE ABE MARAC MAPPA PRU SEND Hub Unit Court Courts Judge
    School College Academy Primary Secondary High Nursery University Uni Virtual Sixth Form
    TikTok Tiktok Instagram Insta Snapchat Snap WhatsApp Whatsapp Facebook Messenger Roblox
    Fortnite Fifa FIFA Xbox PlayStation Discord YouTube Youtube Twitter Google Zoom Amazon
    McDonalds McDonald's KFC Tesco Asda Aldi Lidl Sainsburys Primark Morrisons Greggs
    Christmas Easter Eid Diwali Ramadan Halloween Hanukkah Xmas
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thurs Fri Sat
    Sun January February March July September October November December Jan Feb Mar Apr Jun
    Jul Aug Sep Sept Oct Nov Dec
    English Maths Science History Geography French Spanish PE RE Art Music Drama GCSE GCSEs
    A-level A-levels BTEC Btec
    British UK England Scotland Wales Ireland Britain London Leeds Manchester Birmingham
    Bristol Liverpool Sheffield Newcastle Bradford Leicester Nottingham Cardiff Glasgow
    Edinburgh Belfast Coventry Hull Stoke Derby Plymouth Southampton Portsmouth Reading
    God Jesus Allah Lord Christ Bible Quran Koran Mosque Church
    Yes No Not Nobody Nothing Never Always Thanks Thank Please Hello Hi Dear Cheers Sorry
    Ok Okay Lol Tbh Omg Ngl Also And But Or So The A An This That These Those It Its It's
    He She They We You Me My Our Your His Her Their Them Us Him
    Universal Credit Pathway Plan Review Reviews Conference Meeting Panel Board Strategy
    Duty Front Door Referral Assessment Section Order EPO ICO SGO Placement Residential
    Manager Managers Supervisor Director Head Deputy Lead Officer Practitioner Assistant
    Coordinator Adviser Advisor Mentor Advocate Therapist Counsellor Psychologist Nurse Doctor
    Midwife Paediatrician Teacher Tutor Chair Solicitor Guardian Housing Benefits Jobcentre
    Signs Safety Programme Freedom Local Authority Government Minister Parliament
    Surgery Practice Clinic Hospital Centre Center Ward Office Department Dept House Home Homes
    Trust Foundation Charity Partnership Network Project Scheme Group Forum Agency
    Association Society Club Institute Station Line Portal App Website Report Plans Meetings
    Training Leavers Kinship Connect Action Aid Women's Mind Kooth Samaritans Shelter Refuge
    Christmas Summer Winter Spring Autumn Holidays Holiday Half Term Bank Covid Corona Lockdown
    Team's Care's Council's Zoom Teams Mash Camhs Hv Gp Iro Sw Pa Yot Ta Hmp Prison Probation
    Street Road Lane Avenue Drive Close Way Park Estate Town City Village County Borough North
    South East West Central Upper Lower Old New Great Little
    """
)

# UK postcode areas (the letters of the outward code).
POSTCODE_AREAS = frozenset(
    area.upper()
    for area in _words(
        """
    AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL
    DN DT DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT
    KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR
    RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA
    WC WD WF WN WR WS WV YO ZE
    """
    )
)
