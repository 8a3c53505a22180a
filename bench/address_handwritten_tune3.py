"""`python -m bench.address_handwritten_tune3`: Indian addresses as typed to a shop or courier, a TUNE set.

Written for the 2026-12-06 late-afternoon round, before its rules changed, by their author from his own
knowledge of Indian addressing, no list in the repository and no held-out file read: the hand-written
held-out address set left India the one country below .90, and its misses are counts only. So this set
spreads over many states and cities and over the shapes a chat takes: flat, house, door and plot numbers,
building and society names, "near"/"opp."/"behind" landmarks, sector/phase/block, nagar, colony, layout,
puram, palya, pet, taluk, district, a PIN with and without its space, "Pin:", lower case, no commas,
Hinglish ("mera address hai …"), addresses with no locality word ("12, Ramanathan Street, Mylapore").

And 60 or more chat lines with no personal data that hold the same words used otherwise: a "flat" discount,
a "plot" of a film, a "door" delivery, a "sector" of the market, "near" as "almost", "block" a user, a
"colony" of ants, a "layout" of a page, a "phase" of a project, a "ward" of a hospital, a "pin" of a chat.

Tune only: rules may be written while reading this file's misses. Gold offsets are computed while each
message is built, never counted by hand.

    .venv/bin/python -m bench.address_handwritten_tune3 [--show-misses N]
"""

from __future__ import annotations

from bench.address_corpus import AddressMessage
from bench.address_handwritten_tune import cli

# How the address sits in a message to a shop or courier; "{a}" is the address.
IN_SHAPES = (
    "Please deliver to {a}",
    "address: {a}",
    "mera address hai {a}",
    "bhaiya {a} pe bhej do",
    "Send the parcel to {a}, I will be home after 6",
    "Delivery address -\n{a}\nPh will be on",
    "my adress is {a} pls confirm",
    "ship it to {a} thank you",
    "{a}",
    "Courier this to {a}. COD ok?",
    "Sir kindly dispatch to {a}",
    "Full address\n{a}",
)

ADDRESSES: tuple[str, ...] = (
    # Maharashtra
    "Flat No. 7, Gulmohar CHS, Sion Koliwada, Mumbai 400037",
    "A/12, Shreeji Darshan, Tilak Road, Ghatkopar East, Mumbai - 400077",
    "Room No 3, Ganesh Chawl, Dharavi, Mumbai",
    "flat 504 c wing neelkanth heights pokhran road 2 thane west 400610",
    "Bungalow 4, Lane 7, Koregaon Park, Pune 411001",
    "S. No. 45/2, Wagholi, Tal. Haveli, Dist. Pune 412207",
    "House No 118, Ramdaspeth, Nagpur, Maharashtra 440010",
    "Plot 27, Cidco N-6, Aurangabad 431003",
    "12, Sadashiv Peth, Pune 411030",
    "shop no 4 gala complex nr station road nashik road 422101",
    # Gujarat
    "B/203, Shivalik Apartment, Opp. Jodhpur Char Rasta, Satellite, Ahmedabad 380015",
    "14, Sardar Patel Society, Nr. Vijay Cross Roads, Navrangpura, Ahmedabad",
    "Block No 9, Gokuldham Society, Adajan, Surat 395009",
    "45 jalaram nagar, behind kalawad road, rajkot 360005",
    "Plot 112, GIDC, Vapi, Dist Valsad, Gujarat 396195",
    "C-7, Alkapuri, Vadodara 390007",
    # Karnataka
    "No. 17, 1st Floor, 9th A Main, Indiranagar, Bengaluru 560038",
    "#203, Brigade Gardens, JP Nagar 7th Phase, Bangalore - 560078",
    "no 14 1st cross kaggadasapura main road cv raman nagar blr 560093",
    "House No. 21, 3rd Stage, Vijayanagar, Mysuru 570017",
    "#8, Shivaji Road, Hubli, Dharwad district, Karnataka 580020",
    "Flat G2, Sobha Jade, Hosa Road, Bommanahalli, Bengaluru",
    "No. 42, Veerannapalya, Hebbal, Bangalore 560024",
    "12, Chamarajpet 2nd Main, Bengaluru 560018",
    "door no 3-12 near mahalingeshwara temple puttur taluk dakshina kannada 574201",
    "#67, 5th Block, Rajajinagar, Bangalore",
    # Tamil Nadu
    "Old No. 12, New No. 25, Ramanathan Street, T. Nagar, Chennai 600017",
    "No 4, 2nd Street, Gopalapuram, Chennai - 600086",
    "Door No. 15/3, Kamaraj Salai, Tiruvannamalai 606601",
    "plot no 9 balaji nagar ext madipakkam chennai 600091",
    "56, Avinashi Road, Peelamedu, Coimbatore 641004",
    "No. 7, North Masi Street, Madurai 625001",
    "3/45, Main Road, Kovilpatti, Thoothukudi Dist, Tamil Nadu 628501",
    "Flat 2A, Ceebros Apartments, Adyar, Chennai",
    "21 Srinivasapuram Thiruvanmiyur Chennai 600041",
    # Kerala
    "TC 25/1234, Thampanoor, Thiruvananthapuram, Kerala 695001",
    "Kunnumpurath House, Kadavanthra, Kochi 682020",
    "House No. 12/345, Near St. Mary's Church, Aluva, Ernakulam Dist",
    "Flat 6B, Skyline Ivy League, Kakkanad, Kochi 682030",
    "puthenveettil house po kottayam 686001",
    "Door No 5/210, Palayam, Kozhikode, Kerala",
    # Telangana / Andhra
    "H.No. 8-2-293/82, Road No. 12, Banjara Hills, Hyderabad 500034",
    "Flat 305, Lakshmi Residency, Kukatpally, Hyderabad - 500072",
    "H No 1-56/3 beside ramalayam bodhan nizamabad telangana",
    "D.No. 47-10-22, Dwaraka Nagar, Visakhapatnam 530016",
    "Plot 16, Madhavapuri Hills, Chandanagar, Hyderabad",
    "Door No 12-34 Gandhi Nagar Vijayawada AP 520003",
    "2-3-45/1, Uppal, Hyderabad 500039",
    "Flat 1, Sai Enclave, Near Rythu Bazar, Tirupati",
    # Delhi NCR
    "H.No. 356, Pocket 4, Sector 11, Rohini, Delhi 110085",
    "J-12/3, Rajouri Garden, New Delhi - 110027",
    "Flat 1204, Tower C, DLF Park Place, Sector 54, Gurugram 122011",
    "b 45 lajpat nagar 2 new delhi 110024",
    "House No. 1563, Gali No. 12, Govindpuri, Kalkaji, New Delhi",
    "C-3/45, Yamuna Vihar, Delhi 110053",
    "RZ-112, Mahavir Enclave Part 1, Palam, New Delhi 110045",
    "Flat 9, Pocket B, Mayur Vihar Phase 1, Delhi",
    "E-301, Ajnara Homes, Sector 16B, Greater Noida West",
    "H no 22 block F sector 22 noida 201301",
    "Plot 5, Sector 14, Faridabad, Haryana 121007",
    "Flat 402, Mahagun Moderne, Sector 78, Noida",
    # Uttar Pradesh / Uttarakhand
    "House No. 4/211, Vikas Nagar, Lucknow 226022",
    "117/H-1/45, Pandu Nagar, Kanpur 208005",
    "Mohalla Qazi Tola, Near Jama Masjid, Bareilly",
    "S/O Rajendra Prasad, Village Pipra, Post Bhadohi, Dist Sant Ravidas Nagar, UP 221401",
    "B 12 kamla nagar agra 282005",
    "D-54, Sigra, Varanasi, Uttar Pradesh 221010",
    "12 Rajpur Road, Dehradun, Uttarakhand 248001",
    "House No. 9, Civil Lines, Prayagraj",
    # Rajasthan / MP
    "Plot No. 88, Sector 3, Malviya Nagar, Jaipur, Rajasthan 302017",
    "12, Shastri Circle, Udaipur 313001",
    "vpo chirawa teh chirawa dist jhunjhunu rajasthan 333026",
    "H.No. 21, Sardarpura 3rd C Road, Jodhpur",
    "Flat 301, Sapna Sangeeta Road, Indore 452001",
    "E-7/45, Arera Colony, Bhopal, MP 462016",
    "House No 17, Napier Town, Jabalpur",
    "114 scheme no 54 vijay nagar indore",
    # West Bengal / East / North-East
    "Flat 3B, 24/1 Ballygunge Circular Road, Kolkata 700019",
    "P-12, CIT Road, Scheme VI M, Kankurgachi, Kolkata 700054",
    "Vill. Kashipur, P.O. Haripal, Dist. Hooghly, West Bengal 712405",
    "House No. 17, Hatigaon, Guwahati, Assam 781038",
    "Plot 221, Saheed Nagar, Bhubaneswar 751007",
    "Quarter No. D-45, Sector 4, Bokaro Steel City 827004",
    "Flat 2, Boring Road, Patna 800001",
    "C/O Sanjay Das, Ward No 7, Siliguri, Darjeeling",
    "AE-112, Salt Lake Sector 1, Kolkata",
    "Road No. 5, Ashok Nagar, Ranchi, Jharkhand 834002",
    # Punjab / Haryana / Himachal / J&K / Goa / Chandigarh
    "House No. 1342, Sector 44-B, Chandigarh 160047",
    "#567, Phase 7, Mohali, Punjab",
    "H. No. 12, Ranjit Avenue, Amritsar 143001",
    "vill kheri po assandh distt karnal haryana 132039",
    "Set No 4, Lakkar Bazar, Shimla 171001",
    "House 23, Lane 4, Rajbagh, Srinagar",
    "H.No. 78, Fontainhas, Panaji, Goa 403001",
    "Flat F-2, Models Millennium, Caranzalem, Goa",
    # PIN written apart, "Pin:", "PIN code", 3+3
    "Flat 12, Green Acres, Lokhandwala, Andheri West, Mumbai. Pin: 400053",
    "H.No. 23, Saket Nagar, Bhopal, PIN 462 024",
    "No 12, Temple Street, Malleswaram, Bangalore, pincode 560003",
    "Plot 7 Rajendra Nagar Patna pin 800016",
    "#14, Ganga Nagar, Meerut Pin code- 250001",
    "House No 8, Durga Colony, Raipur (CG) 492001",
    # no locality word, only a number, a name and a town
    "45, Lal Bahadur Shastri Marg, Lucknow",
    "12, Hazratganj, Lucknow 226001",
    "27/3 Shivaji Park, Dadar, Mumbai",
    "9, Kasturba Road, Bengaluru",
    "88, Anna Nagar East, Chennai 600102",
    "3, Model Town, Ludhiana",
    "16 Park Street, Kolkata",
    "62, Mount Road, Chennai",
    # lower case, no commas, Hinglish around it
    "flat 7 shanti kunj near gurudwara rajouri garden delhi",
    "h no 14 gali 6 krishna nagar delhi 110051",
    "ghar no 45 ward 3 near hanuman mandir sikar",
    "makan no 12 mohalla sadar bazar jhansi",
    "room 5 2nd floor sai krupa bldg kurla west mumbai",
    "plot 44 shivaji nagar latur maharashtra",
    "flat 3 om apartment opp bus stand nadiad",
    "#12 8th main malleshwaram bangalore",
    "b-7 sector 9 vashi navi mumbai",
    "20/2 bhawani peth solapur",
    "no 5 gandhi road vellore 632001",
    "h no 3 behind sbi bank main bazar hoshiarpur",
    # taluk / tehsil / mandal / village
    "At Post Shirur, Taluka Shirur, Dist Pune 412210",
    "Vill. Rampur Kalan, Tehsil Sadar, Dist. Gorakhpur, UP",
    "Door No. 2-45, Chinna Veedhi, Nandigama Mandal, Krishna Dist, AP 521185",
    "H.No. 5, Main Road, Hosakote Taluk, Bangalore Rural 562114",
    "At/Po Kendrapara, Odisha 754211",
    "Vill & PO Dharmanagar, North Tripura 799250",
    # building / society named first
    "Sai Darshan CHS, Flat 12, Sector 17, Kamothe, Navi Mumbai",
    "Prestige Shantiniketan, Tower 9, Flat 1102, Whitefield, Bangalore",
    "Gokul Residency, B-wing 304, Pimple Saudagar, Pune 411027",
    "Royal Palms, Villa 21, Goregaon East, Mumbai",
    "Tower 4, Flat 803, Lodha Amara, Kolshet Road, Thane",
    "Kanchan Apartments, Flat 5, Near Ram Mandir, Dombivli East",
)

# The same words used otherwise, no personal data.
CLEAN: tuple[str, ...] = (
    "flat 40% off on all kurtas this diwali",
    "Flat Rs 200 off, use code DIWALI200",
    "is the flat 3 bhk or 2 bhk? budget 45 lakh",
    "The plot of the movie was weak, 2 stars",
    "Plot 2 in the report shows sales up 12%",
    "plot no. 3 in the brochure looks bigger, what is the rate",
    "Door delivery available in 2 days",
    "door no. 3 of the cinema was closed so we used gate 2",
    "Door No. 3 of the cinema hall is the exit",
    "Plot no. 2 in the chart is the revenue line",
    "the pharma sector is up 4% this week",
    "Sector 5 funds gave 12% last year",
    "near 3 hours late, very bad service",
    "we are near, 5 mins away",
    "Nearly 20 orders pending from yesterday",
    "please block the 2nd number, it is spam",
    "Block 4 in the spreadsheet has the totals",
    "An ant colony of 300 ants in the kitchen, pest control needed",
    "page layout 2 looks better than layout 1",
    "Phase 2 of the sale starts on 15th",
    "phase 3 testing done, release on monday",
    "the ward boy said visiting hours are 4 to 6",
    "Ward 7 of the hospital is under renovation",
    "pin the message please, 3 people asked",
    "Pin 2 of the charger is bent",
    "my pin is wrong 3 times, card blocked",
    "House of Masaba sale, 30% off",
    "house party on saturday, 8 pm, bring 2 friends",
    "Room 2 of the hotel had no AC, refund 1500",
    "room service took 45 minutes",
    "shop no. 1 seller on amazon for this phone",
    "Tower fan 3 speed model, 2 year warranty",
    "main road traffic was bad, 40 min delay",
    "2nd cross check done, all 5 items ok",
    "Main course 2 paneer tikka, 1 dal makhani",
    "street food combo for 2, Rs 199",
    "Colony 3 of the game is unlocked at level 12",
    "Nagar Nigam bill of Rs 2300 paid",
    "Garden 4 piece set, Rs 4500",
    "Gali gali mein shor hai, 2 songs added to playlist",
    "Layout 4 of the kitchen has more storage",
    "Station 3 of the metro line is closed today",
    "Temple run 2 high score 45000",
    "Stage 2 of the exam on 12th March",
    "opp. team scored 180 in 20 overs",
    "behind schedule by 2 days, sorry",
    "Behind the scenes video, part 3",
    "near about 500 rupees only",
    "sector wise data for 2025, 4 sheets",
    "block 3 hours on friday for the review",
    "villa 3 in the resort had a pool, 12000 per night",
    "Flat 5, 10 and 15 percent slabs for GST",
    "No. 1 seller in india, 4.5 rating",
    "Order No. 45, Pune branch, paid by UPI",
    "Invoice 12/3, Mumbai office, GST included",
    "A-1 quality, Delhi stock, ready to ship",
    "Size 8/9, Bangalore warehouse, dispatch tomorrow",
    "Table 12, near window, Pune outlet, 8 pm",
    "Seat 4, coach B, Chennai express",
    "Gate 2, near parking, Mumbai airport",
    "tower 2 mobile signal is weak in our area",
    "at post office queue for 2 hours today",
    "pin code 400053 mein delivery hoti hai kya?",
    "do you deliver to 560038?",
    "Is delivery free in Pune? order value 499",
    "Ward 12 election results out, 3 seats",
)


def messages() -> list[AddressMessage]:
    """Each address in `IN_SHAPES` in turn; gold offsets from the fill; then the no-PII lines."""
    out: list[AddressMessage] = []
    for i, address in enumerate(ADDRESSES):
        before, after = IN_SHAPES[i % len(IN_SHAPES)].split("{a}")
        gold = (("ADDRESS", len(before), len(before) + len(address)),)
        out.append(AddressMessage("IN", "en", before + address + after, gold, "pii"))
    out.extend(AddressMessage("", "en", line, (), "clean") for line in CLEAN)
    return out


def main() -> None:
    cli(__doc__ or "", messages())


if __name__ == "__main__":
    main()
