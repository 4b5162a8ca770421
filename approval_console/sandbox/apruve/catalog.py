"""Fixed reference data for the seeded Apruve merchants: buyers, places, products, wording."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Place:
    """A city a buyer's site can be in, with its sales tax rate in percent."""

    city: str
    state: str
    postal_code: str
    country_code: str
    area_code: str
    tax_rate: float


US_PLACES: tuple[Place, ...] = (
    Place("Minneapolis", "MN", "55401", "US", "612", 7.875),
    Place("Saint Paul", "MN", "55102", "US", "651", 7.875),
    Place("Milwaukee", "WI", "53202", "US", "414", 5.5),
    Place("Des Moines", "IA", "50309", "US", "515", 7.0),
    Place("Fargo", "ND", "58102", "US", "701", 7.5),
    Place("Chicago", "IL", "60606", "US", "312", 10.25),
    Place("Columbus", "OH", "43215", "US", "614", 7.5),
    Place("Indianapolis", "IN", "46204", "US", "317", 7.0),
    Place("Denver", "CO", "80202", "US", "303", 8.81),
    Place("Omaha", "NE", "68102", "US", "402", 7.0),
    Place("Kansas City", "MO", "64105", "US", "816", 8.85),
    Place("Portland", "OR", "97204", "US", "503", 0.0),
    Place("Boise", "ID", "83702", "US", "208", 6.0),
    Place("Nashville", "TN", "37203", "US", "615", 9.25),
    Place("Raleigh", "NC", "27601", "US", "919", 7.25),
    Place("Wilmington", "DE", "19801", "US", "302", 0.0),
)

# Buyers abroad are billed without sales tax and need a fiscal representative on invoices.
FOREIGN_PLACES: tuple[tuple[Place, str], ...] = (
    (
        Place("Rotterdam", "ZH", "3011 AA", "NL", "10", 0.0),
        "Intra-Community supply, 0% VAT / exempt from VAT according to Art. 138 of "
        "EU VAT Directive\n",
    ),
    (
        Place("Winnipeg", "MB", "R3C 4T3", "CA", "204", 0.0),
        "Export of goods, zero-rated under Schedule VI Part V of the Excise Tax Act\n",
    ),
)

STREETS = (
    "Industrial Blvd",
    "Commerce Dr",
    "Harbor Way",
    "Founders Pkwy",
    "Mill St",
    "Riverside Ave",
    "Quarry Rd",
    "Enterprise Ct",
    "Lakeview Dr",
    "Depot St",
    "Prairie Ln",
    "Gateway Blvd",
)
UNITS = ("Suite 100", "Suite 210", "Dock 4", "Building B", "Unit 12", "Floor 3", "")

COMPANY_STEMS = (
    "Lakeshore",
    "Ironwood",
    "Prairie",
    "Summit",
    "Cedar Ridge",
    "Northstar",
    "Bluewater",
    "Granite Peak",
    "Riverbend",
    "Silver Maple",
    "Eastgate",
    "Timberline",
    "Red Cedar",
    "Highland",
    "Clearwater",
    "Stonebridge",
    "Maple Grove",
    "Westfield",
    "Copper Creek",
    "Oak Hollow",
)
COMPANY_KINDS = (
    "Fabrication",
    "Dental Group",
    "Construction",
    "Foods",
    "Veterinary Clinic",
    "Brewing Co.",
    "Machine Works",
    "Property Management",
    "Printing",
    "Medical Partners",
    "Cabinetry",
    "Logistics",
    "School District",
    "Hospitality Group",
    "Auto Body",
)
FOREIGN_COMPANIES = ("Van Dijk Techniek B.V.", "Red River Manufacturing Ltd.")

FIRST_NAMES = (
    "Alicia",
    "Brandon",
    "Carmen",
    "Darnell",
    "Erin",
    "Felipe",
    "Grace",
    "Hector",
    "Ingrid",
    "Jamal",
    "Kristen",
    "Luis",
    "Megan",
    "Nikhil",
    "Olivia",
    "Patrick",
    "Quinn",
    "Rachel",
    "Samuel",
    "Tanya",
    "Umar",
    "Vanessa",
    "Wesley",
    "Yolanda",
    "Zach",
    "Hannah",
    "Marcus",
)
LAST_NAMES = (
    "Anderson",
    "Bergstrom",
    "Castillo",
    "Dahl",
    "Erickson",
    "Fischer",
    "Gonzalez",
    "Hansen",
    "Iverson",
    "Johnson",
    "Kowalski",
    "Lindqvist",
    "Martinez",
    "Nguyen",
    "Olson",
    "Peterson",
    "Quintero",
    "Rasmussen",
    "Schmidt",
    "Thompson",
    "Utley",
    "Vang",
    "Walsh",
    "Xiong",
    "Young",
)

PAYMENT_TERMS: tuple[tuple[str, int], ...] = (
    ("Net30", 30),
    ("Net30", 30),
    ("Net30", 30),
    ("Net45", 45),
    ("Net60", 60),
    ("Net15", 15),
)


@dataclass(frozen=True)
class Product:
    """A line the merchant sells; prices in cents."""

    title: str
    sku: str
    price_ea_cents: int
    vendor: str
    description: str
    variants: tuple[str, ...] = ()


@dataclass(frozen=True)
class MerchantSpec:
    """What distinguishes one demo merchant from another."""

    api_key: str
    name: str
    email: str
    web_url: str
    phone: str
    order_prefix: str
    invoice_prefix: str
    place: Place
    street: str
    products: tuple[Product, ...]
    orders: int
    corporate_accounts: int


INDUSTRIAL_PRODUCTS: tuple[Product, ...] = (
    Product(
        "Nitrile Gloves, Case of 1000",
        "NG-1000",
        8_950,
        "SafeHands",
        "Powder-free nitrile exam gloves, 4 mil",
        ("Size M", "Size L", "Size XL"),
    ),
    Product(
        "Cordless Impact Driver Kit",
        "ID-20V-K",
        18_900,
        "Torqline",
        "20V brushless impact driver with two batteries and charger",
    ),
    Product(
        "Safety Glasses, Box of 12",
        "SG-12-CLR",
        3_480,
        "ClearView",
        "ANSI Z87.1 anti-fog safety glasses",
        ("Clear", "Smoke"),
    ),
    Product(
        "Steel Shelving Unit 72x36",
        "SH-7236",
        24_500,
        "RackRight",
        "Five-shelf boltless steel shelving, 800 lb per shelf",
    ),
    Product(
        "Shop Vacuum 16 Gallon",
        "SV-16",
        17_999,
        "DustHog",
        "Wet/dry vacuum, 6.5 peak HP, with blower port",
    ),
    Product(
        "Pallet Jack 5500 lb", "PJ-5500", 42_900, "LiftMate", "Manual pallet jack, 27 x 48 in forks"
    ),
    Product(
        "LED High Bay Light 150W",
        "HB-150",
        12_950,
        "Brightfield",
        "UFO high bay, 21,000 lumens, 5000K",
        ("4000K", "5000K"),
    ),
    Product(
        "Hi-Vis Safety Vest, Pack of 10",
        "HV-10",
        5_990,
        "ClearView",
        "ANSI Class 2 mesh vest with pockets",
        ("M/L", "XL/2XL"),
    ),
    Product(
        "Anti-Fatigue Mat 3x5",
        "AFM-35",
        6_450,
        "ComfortStep",
        "7/8 in closed-cell foam mat with beveled edges",
    ),
    Product("Digital Caliper 6 in", "DC-6", 2_995, "Precisa", "Stainless steel, 0.0005 in"),
    Product(
        "First Aid Cabinet, 100 Person",
        "FA-100",
        15_400,
        "MedReady",
        "OSHA-compliant wall-mount cabinet",
    ),
    Product("Industrial Fan 36 in", "IF-36", 21_900, "AirForce", "Drum fan, belt drive, 3 speeds"),
    Product("Label Printer Tape, 6 Rolls", "LT-6", 4_250, "MarkIt", "1 in black on white"),
    Product(
        "Hand Truck, Convertible",
        "HT-CV",
        19_500,
        "LiftMate",
        "2-in-1 hand truck with pneumatic tires",
    ),
    Product("Spill Kit, 65 Gallon", "SK-65", 28_800, "AbsorbAll", "Universal spill kit in drum"),
    Product("Extension Cord 50 ft 12/3", "EC-50", 5_490, "Voltline", "Outdoor rated, lighted ends"),
)

LAB_PRODUCTS: tuple[Product, ...] = (
    Product("Pipette Tips 200 uL, 10 Racks", "PT-200", 7_450, "Fluidix", "Filtered, sterile"),
    Product("Benchtop Centrifuge", "CF-24", 189_000, "Spinwell", "24 x 2 mL, 15,000 rpm"),
    Product(
        "Nitrile Gloves, Case of 1000",
        "NG-1000",
        8_950,
        "SafeHands",
        "Powder-free nitrile exam gloves, 4 mil",
        ("Size S", "Size M", "Size L"),
    ),
    Product("Microscope Slides, Gross", "MS-144", 2_150, "Glassline", "Frosted end, 75 x 25 mm"),
    Product("Vortex Mixer", "VM-1", 29_900, "Spinwell", "Variable speed, touch and continuous"),
    Product(
        "Lab Coat, Pack of 5",
        "LC-5",
        9_800,
        "CleanWear",
        "Fluid-resistant, knee length",
        ("M", "L", "XL"),
    ),
    Product("Serological Pipettes 10 mL, Case", "SP-10", 11_200, "Fluidix", "Individually wrapped"),
)

MERCHANTS: tuple[MerchantSpec, ...] = (
    MerchantSpec(
        api_key="demo-apruve",
        name="Northwind Industrial Supply",
        email="billing@northwind-industrial.example.com",
        web_url="https://www.northwind-industrial.example.com",
        phone="612-555-0148",
        order_prefix="NW-",
        invoice_prefix="NWI-",
        place=US_PLACES[0],
        street="1200 Washington Ave N",
        products=INDUSTRIAL_PRODUCTS,
        orders=150,
        corporate_accounts=18,
    ),
    MerchantSpec(
        api_key="demo-apruve-harbor",
        name="Harbor Lab Equipment",
        email="ar@harborlab.example.com",
        web_url="https://harborlab.example.com/store",
        phone="414-555-0190",
        order_prefix="HLE",
        invoice_prefix="HL-INV-",
        place=US_PLACES[2],
        street="310 E Erie St",
        products=LAB_PRODUCTS,
        orders=20,
        corporate_accounts=4,
    ),
)

SHIPPERS = ("UPS", "FedEx Freight", "FedEx Ground", "Old Dominion", "USPS", "XPO Logistics")
TERMS_OF_DELIVERY = (
    "FCA Shipper's Dock",
    "DAP Buyer's Warehouse",
    "CPT Destination",
    "EXW Seller's Premises",
    "FOB Origin, Freight Prepaid and Added",
)
FOREIGN_TERMS_OF_DELIVERY = ("DAP Rotterdam Port", "CIP Destination Airport", "DDP Winnipeg")
FOOTERS = (
    "This is a computer generated document; no signature is required. All sales are subject to "
    "Terms and Conditions.\n",
    "Thank you for your business. Questions about this invoice? Call accounts receivable.\n",
    "Returns require an RMA number within 30 days of delivery. Restocking fees may apply.\n",
)
ORDER_ITEM_NOTES = (
    "",
    "",
    "",
    "Ships from our Minneapolis warehouse",
    "Backordered 1 week",
    "Special pricing per quote",
)
INVOICE_NOTES = (
    "",
    "",
    "Thank you for your order!",
    "Partial shipment; balance to follow.",
    "Pricing per annual supply agreement.",
)
SHIPMENT_NOTES = ("", "", "Left at receiving dock", "Signature on file", "Liftgate delivery")
ADDRESS_NOTES = (
    "",
    "",
    "Receiving hours 7am-3pm",
    "Call ahead for dock appointment",
    "Deliver to rear entrance",
)
PAYMENT_METHOD_NICKNAMES = ("Operating Account", "AP Checking", "Main Checking")
WEBHOOK_PATH = "/apruve/webhooks"
