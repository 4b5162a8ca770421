"""Fixed reference data for believable wholesale orders: firms, people, products, carriers."""

from __future__ import annotations

FIRM_WORDS = (
    "Acme", "Blue Ridge", "Harbor", "Cedar Lane", "Northgate", "Summit", "Riverbend",
    "Golden Grain", "Pioneer", "Lakeside", "Ironwood", "Maple Street", "Coastal",
    "Red Barn", "Silver Spoon", "Prairie", "Oak & Ash", "Brightside", "Keystone",
    "Westfield", "Copper Kettle", "Evergreen", "Juniper", "Highland", "Union Square",
)
FIRM_KINDS = (
    "Wholesale", "Trading Co.", "Supply", "Provisions", "Market", "Distributors",
    "Foods", "Grocers", "Cafe Group", "Hospitality",
)
FIRST_NAMES = (
    "Olivia", "Liam", "Emma", "Noah", "Ava", "Mateo", "Sophia", "Lucas", "Isabella", "Ethan",
    "Mia", "James", "Amelia", "Benjamin", "Harper", "Daniel", "Priya", "Wei", "Fatima",
    "Diego", "Hannah", "Samuel", "Grace", "Kenji", "Chloe", "Omar", "Zoe", "Aaron",
)
LAST_NAMES = (
    "Smith", "Johnson", "Garcia", "Nguyen", "Patel", "Brown", "Kim", "Martinez", "Lee",
    "Walker", "Hall", "Young", "Lopez", "O'Brien", "Fischer", "Rossi", "Cohen", "Silva",
    "Anderson", "Clarke", "Okafor", "Tanaka", "Dubois", "Kowalski",
)
STAFF = (
    (5, "Dana Fox"),
    (6, "Marcus Webb"),
    (7, "Elena Petrova"),
    (8, "Tom Becker"),
)
SYSTEM_ID = 1
SYSTEM_NAME = "Portal automation"

# (sku, name, wholesale unit price in USD, usual case size)
PRODUCTS = (
    ("COF-ESP-1KG", "Espresso Beans, 1 kg", 21.40, 6),
    ("COF-DEC-1KG", "Decaf House Blend, 1 kg", 19.90, 6),
    ("TEA-EARL-100", "Earl Grey Tea Bags, 100 ct", 8.75, 12),
    ("TEA-MAT-250", "Ceremonial Matcha, 250 g", 38.00, 4),
    ("CUP-PAP-12", "Paper Cups 12 oz, sleeve of 50", 4.20, 20),
    ("CUP-LID-12", "Lids for 12 oz Cups, sleeve of 100", 3.10, 20),
    ("STR-PAP-500", "Paper Straws, box of 500", 11.60, 10),
    ("NAP-KRA-1000", "Kraft Napkins, pack of 1000", 14.80, 8),
    ("SYR-VAN-750", "Vanilla Syrup, 750 ml", 7.95, 12),
    ("SYR-CAR-750", "Caramel Syrup, 750 ml", 7.95, 12),
    ("MLK-OAT-1L", "Barista Oat Milk, 1 l", 2.65, 12),
    ("MLK-ALM-1L", "Almond Milk, 1 l", 2.90, 12),
    ("CHO-HOT-2KG", "Hot Chocolate Powder, 2 kg", 24.50, 4),
    ("SUG-RAW-STK", "Raw Sugar Sticks, box of 1000", 16.25, 6),
    ("BOX-PAS-6", "Pastry Boxes for 6, pack of 50", 18.40, 5),
    ("BAG-KRA-M", "Kraft Carry Bags M, pack of 250", 22.10, 4),
    ("CLN-DESC-1L", "Espresso Machine Descaler, 1 l", 12.30, 6),
    ("GRN-BUR-64", "Replacement Grinder Burrs 64 mm", 89.00, 1),
    ("JUG-STL-600", "Steel Milk Jug, 600 ml", 9.80, 6),
    ("TMP-58-STL", "Tamper 58 mm, stainless", 27.50, 2),
)
NOTES = (
    "Ship complete",
    "Deliver to loading dock B",
    "Call before delivery",
    "Leave with reception",
    "No deliveries before 9 am",
    "Split shipment OK",
    "Invoice to head office",
)
STAFF_NOTES = (
    "Credit check passed",
    "Stock confirmed with warehouse",
    "Customer asked to hold",
    "Payment received",
    "Duplicate of an earlier order",
    "Address corrected",
)
CARRIERS = (
    ("UPS", "Ground"),
    ("FedEx", "Freight Economy"),
    ("USPS", "Priority Mail"),
    ("DHL", "Express"),
)
TAX_RATE = 0.0825
