"""More first names for the personal-data detector, across the UK's communities.

Generated once from hand-written lists (English, Scottish, Irish and Welsh; South Asian; Arabic,
Turkish, Kurdish, Persian and Somali; West, East and Southern African; Caribbean and Black
British; Polish, Romanian, Ukrainian, Baltic and Balkan; Portuguese, Spanish, Italian and Greek;
East Asian; common nicknames), without the names `_pii_words` already holds. Edit freely.

- MORE_FIRST_NAMES: names that are not ordinary words; short ones (four letters or fewer) count
  in lower case only after a cue.
- MORE_AMBIGUOUS_NAMES: names that are also words, nicknames or abbreviations ("Frank", "Sid").
- MORE_CUE_ONLY_NAMES: names that are also places.
"""

from __future__ import annotations


def _words(block: str) -> frozenset[str]:
    return frozenset(word.lower() for word in block.split())


MORE_FIRST_NAMES = _words(
    """
    Aamir Aarav Aarush Aasia Abbas Abdallah Abdelrahman Abdiaziz Abdikarim Abdirahman Abdullahi
    Abdur Abebe Abid Abimbola Achieng Adanna Adebayo Adeel Adekunle Adela Adeola Adeyemi Aditi
    Aditya Adnan Adrianna Adwoa Afia Afonso Afroza Afsana Afua Afzal Agata Agatha Agne Ahsan
    Aigerim Aiko Ailbhe Aileen Aine Ainsley Aisling Aiste Akbar Akeem Akinyi Akosua Akram Akshay
    Akwasi Alamgir Alasdair Alastair Alberta Alec Aleksander Alena Alessia Alexandros Alexandru
    Alexei Alexia Alf Alfred Alia Alicja Alina Aliya Aliyu Allan Alun Alvin Alys Alyssa Amaan
    Amaka Amalia Amandeep Amarjit Ambrose Amelia-Rose Amie Aminah Amjad Amna Amrit Amya Anabel
    Anam Anand Anas Anastasiya Anca Andreas Andreia Andris Andriy Anees Aneta Angelica Angharad
    Angie Anika Anil Anisa Anjali Anjuman Ankit Annalise Annette Annika Anoushka Anowar Ansel
    Antoine Anton Antoni Antonio Anuj Anwar Anxhela Aoibhe Aoibheann Aqsa Arav Arben Archibald
    Arianna Ariella Arif Arina Arnas Arran Arshad Arun Aruna Asad Ashanti Ashok Ashraf Asli Asma
    Astrid Atif Aubree Aubrey Audrey Aurelia Aurimas Ava-Mae Ava-Rose Avani Avery Avneet Avril
    Ayan Ayanda Aydin Ayo Ayodele Ayomide Ayse Aysha Ayub Azadeh Azam Azra Babajide Babar Baljit
    Balvinder Baraka Baran Barnaby Bartek Bartlomiej Basharat Bashir Beata Belinda Benedict
    Bentley Bernardo Bernice Bertie Beryl Besnik Bhavin Bhavna Bianca Biddy Billie-Jo Biniam
    Bisi Blaine Blathnaid Blerta Blythe Bodhi Bogdan Bogdana Bohdan Bolaji Bongani Boris Bozena
    Branko Brayden Braydon Breandan Brendan Brett Brianna Brid Bridie Brodie Brogan Bronte
    Bronwen Bruna Bryce Burak Bushra Busola Byron Cadi Cai Caitlyn Cal Candace Cansu Caoilainn
    Caoimhe Carlene Carrie Casper Cassandra Cassius Catalin Catarina Cathal Catrin Catriona
    Cecilia Cecily Cedric Celeste Celia Cemal Cengiz Cezary Chandni Chantal Charanjit Charis
    Charley Charlie-Mae Chaz Chelsey Cherie Cherise Chetan Cheyenne Chez Chiamaka Chiara
    Chibuike Chidera Chidi Chidinma Chiemeka Chigozie Chika Chinonso Chipo Chisom Chrissie
    Chrissy Christie Christos Chukwudi Chukwuemeka Cillian Cindy Clarissa Claudiu Clement
    Clifford Cody Coleen Colm Conall Conan Conrad Cora Corey Corinne Cory Cosmin Cressida
    Cristian Cristiano Cristina Cynan Cyril Dagmara Daisy-Mae Daithi Dalia Damilola Damon
    Daniela Daniella Danny-Boy Danuta Daphne Dapo Darcey-Mae Darcie-Mae Dariush Dariusz Darragh
    Darrell Darshan Dasha Davey Davina Dawid Dawit Dayo Dazza Deanna Deanne Dearbhla Deb Debs
    Deepa Deepak Deepika Deiniol Deion Deirdre Delia Delwar Delyth Demi-Lee Demi-Leigh Denis
    Denisa Denys Denzel Derrick Deshaun Deshawn Desiree Devika Dewi Dhruv Diana Diego Dilip
    Dilruba Dimitris Dinesh Divya Dmytro Dom Dominik Dominique Donal Donna-Marie Donnacha Donny
    Donovan Donté Dorota Dottie Doug Dougie Dovydas Dragan Dragos Dritan Duane Duarte Dusan
    Dwight Eabha Eamon Eamonn Ebele Ebru Ebuka Edgar Edgars Edmund Edna Eduardo Edwin Edyta Eesa
    Effie Efosa Egle Ehsan Eimear Eirlys Eithne Ekow Ekua Eleni Elin Eliot Elira Elisa Ellen
    Ellie-Mae Ellie-May Ellie-Rose Elly Eloise Elsa Elspeth Elton Elzbieta Emile Emilie Emine
    Emir Emlyn Emmeline Emmett Emre Enitan Enzo Eoghan Erion Ermal Ernest Ernie Esmae Esmee Esra
    Estelle Ettie Euan Eugenie Eunice Evangeline Everleigh Evie-Mae Ewelina Eze Ezekiel Fabio
    Fadi Faduma Fadumo Fahad Faiza Farai Farhana Farid Farida Farooq Farshid Farzana Fatema
    Fatjon Fatuma Fawad Fazal Federica Federico Fenella Fergal Fernanda Feroz Fiachra Filipa
    Finbar Fintan Fionnuala Fitz Fiza Flutura Flynn Folake Folasade Francine Francisco
    Franciszek Franklin Fred Freda Freddo Frederick Freyja Funke Funmi Funmilayo Gabe Gabriela
    Gabrielle Gagan Galina Garry Garth Gaurav Gaynor Gazza Gbenga Geeta Genevieve Genta Geoff
    Geoffrey Georgiana Georgie Georgios Geraldine Gerard Gerry Gertrude Ghada Ghazala Giacomo
    Gianluca Gilbert Giles Gintare Giorgia Giovanni Giselle Giuseppe Glyn Godfrey Goncalo Graeme
    Grayson Grazyna Gregor Gruffydd Grzegorz Guilherme Gurdeep Gurinder Gurjit Gurleen Gurpreet
    Gursharan Gus Gwen Gwendolyn Gwenllian Gwilym Gwion Gwyneth Habib Habiba Hadi Hafiz Haider
    Haifa Hakan Haleema Halima Halina Hamdi Hamid Hana Hanan Hanna Hardeep Haris Harjit Harman
    Harold Haroon Harpreet Haruto Harvinder Hasan Hayleigh Heba Hema Henrietta Herbert Hermione
    Hester Hewie Hibo Hilary Hiro Hitesh Hiwot Hodan Howard Hubert Humaira Humphrey Huong Husna
    Hussein Hyacinth Hywel Ida Idil Iestyn Ieva Ifan Ifeanyi Iftikhar Igor Ijaz Ijeoma Ikenna
    Ikram Ilana Ilham Ilhan Ilyas Imani Imtiaz Inaaya Inderjit Indira Indu Ingrid Inna Innes
    Ioannis Iolo Iona Ionut Irfan Isabela Ishaan Ishan Ishika Isla-Rose Isse Iulia Ivana Ivor
    Ivy-Rose Iwona Izabela Izzie Jace Jacek Jacqui Jacs Jadwiga Jagdeep Jagjit Jahanara Jahangir
    Jaheim Jahmai Jahmal Jai Jaiden Jakey Jalen Jamar Jameel Jamelia Jamila Jana Janelle Janine
    Janis Janusz Jaqueline Jaroslaw Jarvis Jas Jasbir Jasleen Jasmeet Jasminder Jaspreet
    Jasvinder Jatinder Javed Javier Jayce Jayden-Lee Jaylon Jeanette Jeevan Jeffery Jelena
    Jemima Jenni Jennie Jericho Jerzy Jessamy Jethro Jevon Jiri Joana Jocelyn Johnnie Jojo
    Jolanta Jolene Jomar Jonas Jonty Jordy Jorge Jorja Jory Jose Joss Juan Jules Julianne
    Juliette Junaid Justas Justine Justyna Jyoti Kabir Kaci Kaden Kadir Kagiso Kai-Lee Kaia
    Kainat Kaison Kajal Kamal Kamaljit Kamau Kamil Kamila Kamla Kamrul Karan Karina Karla Karol
    Karolina Karolis Kashif Kassidy Katarzyna Katelyn Katerina Kateryna Katharine Katie-Jo
    Katrina Katya Kausar Kavita Kaydon Kaylee Kayley Keaton Keegan Kehinde Keisha Kelsey Kemar
    Kendra Kendrick Kenji Kenzie Keon Kerem Kerr Kerri Keshawn Keyon Kezzie Khadra Khaled
    Khaleda Khalil Khurram Kiana Kibet Kidane Kieron Kimberly Kinga Kirandeep Kirill Kirstie
    Klajdi Klaudia Kobe Kobi Konstantinos Kostya Krishna Kristaps Kristi Krystyna Ksenia Kudzai
    Kuldeep Kulsum Kulwinder Kunal Kunle Kurt Kwadwo Kwaku Kwasi Kwesi Kyran Kyrie Lacey-Mae
    Lacie Lakeisha Lakshmi Lalita Lana Laoise Larisa Latisha Latoya Laurence Lauryn Lawrence
    Layla-Mae Layton Leigh Len Lennon Lennox Lenox Leona Leonie Leonor Lerato Les Lesley-Ann
    Lester Leszek Letitia Lettie Lewie Lexi-Mae Liga Lillie Lily-Mae Lily-Rose Lindiwe Lindsey
    Linh Livia Liviu Livvy Liza Llew Llewellyn Lloyd Llyr Lois Lonnie Lorcan Loredana Lorenzo
    Lottie Louisa Lozza Luana Lucian Luciana Lucie Lucille Lucja Luis Luiza Luka Lyle Lyndsey
    Lyudmila Mabel Macauley Macie Maciej Mackenzie Macsen Madalina Maddison Maddox Madeleine
    Madeline Madelyn Madhu Madiha Maeve Magda Maggie Magnus Mahbub Mahesh Mahmood Mahnoor Mahsa
    Mairead Mairi Maisie-Mae Maja Majed Majid Maksym Malachy Maleeha Malgorzata Malik Mandeep
    Manisha Manjit Manoj Manon Mansoor Mantas Maqsood Marc Marcel Marcia Marcin Margot Mariana
    Marianne Marites Marium Marius Mariusz Marjorie Marnie Marques Martyna Maryan Marzena Masha
    Masood Masuma Mateo Mathew Matteo Maurice Maximilian Maxine Maxwell Mazza Meena Meera Meg
    Mehdi Mehreen Mehul Mehwish Meirion Mekdes Meredith Meron Merve Micah Michal Miguel Mihaela
    Mika Mikey Mikolaj Milena Milica Millicent Milosz Mimi Minahil Minh Minnie Mirela Miriam
    Mizanur Mobeen Mobolaji Modupe Mohamud Mohan Moira Monika Monique Monty Morgan Moshiur
    Mounir Moyo Mubarak Muireann Mukesh Muneeb Munir Murat Murdo Mushtaq Mustafizur Mwangi Mya
    Mykola Myla Myles Myra Nabeel Nadeem Naeem Nafisa Naila Najma Nandi Nasima Nasir Nasra
    Nasrin Nasser Nastya Navdeep Naveed Naveen Navjot Navneet Nawaz Nazia Nazir Nazma Neelam
    Neema Neha Nerys Nettie Neville Nicolas Nicoleta Nikhil Nikola Nikos Nimo Nirmala Nisha
    Nitin Njeri Nkechi Nkem Nnamdi Nneka Noelle Noman Nomvula Norah Nosheen Noura Nuno Nyasha
    Obinna Odette Odhiambo Odhran Oksana Olamide Oleg Oleksandr Olena Olivia Oliwer Olumide
    Oluwadamilare Oluwafemi Oluwaseun Oluwatobi Oluwatosin Omari Omid Ondrej Onyeka Opeyemi
    Orlaith Orson Osagie Osaro Osian Oswald Otieno Ovidiu Ozlem Ozzy Pablo Padraic Paisley
    Palesa Pankaj Panos Paolo Parisa Parminder Parveen Patrycja Paulius Pawel Peadar Pedro
    Penelope Perrie Petr Petra Petru Peyton Phuong Phyllis Polina Pooja Prakash Pranav Pravin
    Preeti Priscilla Priyanka Przemek Przemyslaw Qasim Quang Quentin Rabia Rachael Rachna Radek
    Radoslaw Rafaela Rafiq Raheem Rahim Rahima Rajesh Rajinder Rajiv Rakesh Raluca Ramesh Ramon
    Randall Ranjit Raquel Rashad Rasheed Ravinder Raymond Rayyan Razvan Rebekah Reena Reese
    Reginald Rehana Rehena Reid Rekha Renae Renata Renee Reza Rezart Rhianna Rhona Rhun Rianna
    Riaz Ricardo Richie Rico Rida Rina Ritu Rizwana Rochelle Rodney Rodrigo Rohit Rokas Rokeya
    Roland Ronald Rosalie Rosalind Rosanna Roseanne Roshane Roshni Rosie-Mae Rowena Roxana Roxy
    Roya Royce Ruairi Rubel Rubina Ruby-Mae Rudo Rui Rukia Ruksana Rumana Rumbidzai Rupinder
    Ruslan Rylan Rylee Sabina Sabir Sachin Sadia Saeed Safia Sagal Sahil Sahra Saira Sajan
    Sajida Sakura Salah Saleem Salim Salman Sameena Sameer Samina Samir Sammi Sammie Sandeep
    Sangeeta Sanjeev Santosh Saqib Sarfraz Sarita Satnam Savita Seema Selam Selena Selina Senai
    Senait Senan Serena Sergei Sergio Serhiy Serkan Seun Sevgi Shabnam Shafiq Shaheen Shahida
    Shahnaz Shahzad Shakeel Shalini Shamim Shamima Shana Shanaz Shani Shantelle Shanti Shaquille
    Sharif Sharlene Sharmila Sharmin Shawn Shenice Sheryl Shilpa Shirin Shirley Shoaib Shreya
    Shweta Sidney Sidra Sile Simran Sinan Sinead Sion Sioned Skyla Skylar Slawomir Sofiya Sohail
    Sola Sonali Sonya Soraya Sorcha Sorin Stacy Stanislaw Stavros Stefania Steffan Stelios
    Struan Suad Subhan Sufia Sukhdeep Sukhjinder Sukhwinder Sullivan Sultana Sumaira Sumaya
    Sumit Sumon Sunita Suresh Surinder Sushma Susie Suzie Suzy Swati Syd Sylwia Tabitha Tadeusz
    Tadhg Tafadzwa Tafari Tahir Tahmina Talha Taliesin Tallulah Tamika Tanisha Tanveer Tanvi
    Taras Tarek Taslima Tatenda Tatiana Tayla Tayshaun Tayyab Temi Temitope Teodora Tereza
    Terrence Terri Tesfaye Tetiana Tevin Thabo Thandi Thanh Theodore Thiago Tia-Rose Tiana
    Tiernan Tillie-Mae Tina Tobey Todd Tolga Tolu Tomas Tomi Tommie Torquil Tosin Trang Tremaine
    Trevon Treyvon Trina Tristram Trudy Trystan Tuan Tye Tyreke Tyrell Tyrique Ubaid Uche
    Uchenna Ufuk Umair Urooj Ursula Urszula Usha Uzma Valentin Valentina Valentyna Varun Vasco
    Vasile Vernon Veronica Vesna Victor Vijay Vikas Viktor Viktoria Vinay Vinnie Vinod Viorel
    Vishal Vitaliy Vitoria Vivian Vivienne Vlada Volodymyr Vytautas Wajid Waleed Walid Wambui
    Wanjiku Wanjiru Waqar Wiktor Wiktoria Wilfred Winifred Witold Wojciech Xenia Yahya Yara
    Yaroslav Yasir Yasmeen Yemi Yetunde Yiannis Yogesh Yohannes Yonas Yousef Yuki Yulia Yuliya
    Yunus Yuri Yuto Yvette Zafar Zaheer Zahid Zahra Zaid Zaire Zak Zamzam Zanele Zara-Leigh
    Zawadi Zayan Zbigniew Zeeshan Zehra Zeke Zeynep Zhenya Ziad Zoe-Louise Zofia Zohaib Zoran
    Zosia Zoya Zubair Zuleikha Zulfiqar Zuri Zuzana Zygmunt
    """
)

MORE_AMBIGUOUS_NAMES = _words(
    """
    Abdi Adan Addy Ahmet Akash Alp Amal Amar Amit Andi Ange Anu Arda Ashton Aster Aston Babs Bao
    Bart Basil Baxter Beau Bel Benny Berk Bern Bert Bethy Blair Bobbi Bobbie Bonita Brad Bram
    Bren Cali Cally Campbell Carina Cas Cass Cecil Ceri Chad Charl Clarence Clark Clayton Clint
    Cole Constance Crawford Dani Danni Dawson Dee Deniz Dev Devi Dez Dilan Dina Dolores Dudley
    Dunc Earl Eddy Efe Elvis Emel Emmy Eren Ese Esi Fay Fletcher Fleur Flo Flora Forrest Fran
    Frances Franky Gabby Gav Geri Gill Ginny Gita Grady Hal Hani Hank Hansel Hao Harris Hatty
    Hawa Haz Hugh Hui Hye Hyun Ilir Isa Isha Issa Izzy Jaime Jasper Jaya Jaz Jed Jerry Jez Jia
    Jimbo Jin Jing Joon Judd Juma Kaan Kat Kels Kev Kiran Kris Kym Lata Laurel Lea Lenny Lex Lil
    Lils Lina Liv Lou Luce Lulu Mack Mads Mae Mags Mal Mala Malak Mallory Manuel Maz Mei Melek
    Merle Merlin Mert Mez Mina Ming Miranda Mona Morris Muna Murray Musa Nads Nancy Nat Neel Nic
    Nico Nige Olu Otis Otto Ozan Paddy Pam Patsy Percy Perry Pierce Pip Piper Prem Queenie Quinn
    Radu Raf Raju Ralph Rami Rana Rani Raven Reem Reg Rex Rhea Rick Rishi Robbo Rod Roma Ron Roz
    Rudy Russ Ryder Saffron Saif Sal Sammy Sapphire Saul Seo Shiv Sid Silas Sol Soph Stan Stu
    Suze Tam Taz Tez Tod Tommo Tori Trent Trey Tyson Uma Una Verity Vic Vince Vix Vlad Walter
    Wei Wes Wilf Willis Wills Winnie Woody Xiao Xin Yaa Yan Yash Zena Zhen Zola Zoz
    """
)

MORE_CUE_ONLY_NAMES = _words(
    """
    Hudson Kenya Milan Santiago
    """
)
