"""Fixed reference data: status workflows of the two demo accounts, colours, names, texts."""

from __future__ import annotations

from dataclasses import dataclass, field

# Named colours as `/statuses` reports them, and the HEX the order list shows for the same colour
# (Tailwind 500 shades, which is what the ApprovePro admin uses).
COLOR_HEX: dict[str, str] = {
    "gray": "#6B7280",
    "red": "#EF4444",
    "orange": "#F97316",
    "amber": "#F59E0B",
    "yellow": "#EAB308",
    "green": "#10B981",
    "teal": "#14B8A6",
    "blue": "#3B82F6",
    "indigo": "#6366F1",
    "purple": "#8B5CF6",
    "pink": "#EC4899",
}


@dataclass(frozen=True)
class Status:
    """One status of an account's workflow; `only_for_tags` restricts it to orders with a tag."""

    code: str
    name: str
    public_name: str | None
    description: str
    color: str
    public: bool
    fr_name: str
    fr_description: str
    only_for_tags: frozenset[str] = field(default_factory=frozenset)

    @property
    def display_name(self) -> str:
        """What the customer sees."""
        return self.public_name or self.name

    def allowed_for(self, tags: frozenset[str] | set[str] | tuple[str, ...]) -> bool:
        return not self.only_for_tags or bool(self.only_for_tags.intersection(tags))


def _status(
    number: int,
    name: str,
    public_name: str | None,
    description: str,
    color: str,
    public: bool,
    fr: tuple[str, str],
    only_for: tuple[str, ...] = (),
) -> Status:
    return Status(
        code=f"st{number:06d}",
        name=name,
        public_name=public_name,
        description=description,
        color=color,
        public=public,
        fr_name=fr[0],
        fr_description=fr[1],
        only_for_tags=frozenset(only_for),
    )


WORKSHOP_STATUSES: tuple[Status, ...] = (
    _status(1, "Order Received", None, "Getting ready to start work on your order!", "gray", True,
            ("Commande reçue",
             "Nous nous apprêtons à commencer la préparation de votre commande!")),
    _status(2, "Awaiting Proof", "Proof Ready for Review",
            "Your design proof is ready; please review and approve it.", "amber", True,
            ("Épreuve à valider",
             "Votre épreuve est prête : merci de la vérifier et de l'approuver."),
            ("custom",)),
    _status(3, "Proof Approved", "Design Approved",
            "Design approved and scheduled for the workshop.", "teal", True,
            ("Épreuve approuvée", "Design approuvé et planifié pour l'atelier.")),
    _status(4, "Engraving", "Personalising Your Piece", "Your engraving is being added by hand.",
            "purple", True,
            ("Gravure", "Votre gravure est réalisée à la main."), ("engraved",)),
    _status(5, "In Production", "Crafting With Care", "Order being handcrafted in the workshop",
            "pink", True,
            ("En cours de fabrication",
             "Votre commande est actuellement fabriquée à la main dans notre atelier")),
    _status(6, "Quality Check", None, "Internal inspection before packing.", "indigo", False,
            ("Contrôle qualité", "Inspection interne avant l'emballage.")),
    _status(7, "Trade Hold", None, "Held until the trade account's terms are confirmed.", "red",
            False,
            ("Attente professionnelle", "En attente de confirmation des conditions du compte pro."),
            ("wholesale",)),
    _status(8, "Ready to Ship", "Packed and Ready", "Packed and waiting for the courier.", "blue",
            True,
            ("Prête à expédier", "Emballée et en attente du transporteur.")),
    _status(9, "Shipped", None, "Safely packed and dispatched", "green", True,
            ("Expédiée", "Soigneusement emballée et expédiée")),
)

KILN_STATUSES: tuple[Status, ...] = (
    _status(1, "Order Received", None, "We have received your order.", "gray", True,
            ("Commande reçue", "Nous avons bien reçu votre commande.")),
    _status(2, "Awaiting Proof", "Sketch Ready", "Your glaze and shape sketch is ready to approve.",
            "amber", True,
            ("Croquis à valider", "Votre croquis est prêt à être approuvé."), ("custom",)),
    _status(3, "Throwing", "On the Wheel", "Your piece is being thrown on the wheel.", "pink",
            True,
            ("Tournage", "Votre pièce est en cours de tournage.")),
    _status(4, "Kiln Firing", "In the Kiln", "Bisque and glaze firings take about a week.",
            "orange", True,
            ("Cuisson", "Les cuissons prennent environ une semaine.")),
    _status(5, "Packing", None, "Wrapped and boxed in the studio.", "indigo", False,
            ("Emballage", "Emballée au studio.")),
    _status(6, "Shipped", None, "Order has been shipped and is on its way.", "green", True,
            ("Expédiée", "Votre commande a été expédiée.")),
)

TAGS_WEIGHTED: tuple[tuple[str, int], ...] = (
    ("custom", 30), ("engraved", 18), ("gift", 16), ("rush", 8), ("wholesale", 9),
    ("commercial", 6), ("commercial-lease", 2), ("commercial-flooring", 2),
    ("commercial-rental", 2), ("repeat-customer", 10), ("local-pickup", 5), ("vip", 4),
)

FINANCIAL_STATUSES = (
    "paid", "partially_paid", "partially_refunded", "refunded", "voided", "pending",
    "authorized", "unpaid",
)
FULFILLMENT_STATUSES = ("unfulfilled", "partial", "restocked", "fulfilled")

FIRST_NAMES: dict[str, tuple[str, ...]] = {
    "en": (
        "Jon", "Amelia", "Oliver", "Isla", "Harry", "Ava", "George", "Mia", "Noah", "Grace",
        "Jack", "Freya", "Leo", "Poppy", "Arthur", "Evie", "Oscar", "Ruby", "Theo", "Alice",
        "Priya", "Rohan", "Aisha", "Omar", "Mei", "Kenji", "Siobhan", "Ciaran", "Megan", "Rhys",
        "Hannah", "Ethan", "Chloe", "Samuel", "Zara", "Daniel", "Olivia", "Lucas", "Emily", "Ben",
        "Tariq", "Nadia", "Fiona", "Callum", "Keisha", "Marcus", "Laura", "Tom", "Ellie", "Sophie",
    ),
    "fr": ("Camille", "Louis", "Chloé", "Hugo", "Léa", "Jules", "Manon", "Gabriel", "Inès",
           "Arthur", "Élodie", "Théo", "Margaux", "Antoine"),
    "de": ("Lukas", "Anna", "Felix", "Lena", "Jonas", "Marie", "Paul", "Lea", "Maximilian",
           "Sophie", "Jürgen", "Katrin", "Niklas", "Greta"),
    "es": ("Lucía", "Mateo", "Sofía", "Hugo", "Martina", "Pablo", "Valeria", "Diego", "Carmen",
           "Javier", "Alba", "Álvaro"),
}
LAST_NAMES: dict[str, tuple[str, ...]] = {
    "en": (
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel",
        "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall",
        "Wood", "Jackson", "Clarke", "Khan", "Nguyen", "O'Brien", "Murphy", "Hughes", "Edwards",
        "Okafor", "Chen", "Singh", "Campbell", "MacDonald", "Lewis", "Harris", "Morgan", "Baker",
        "Fletcher", "Ahmed", "Kowalski", "Fitzgerald",
    ),
    "fr": ("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
           "Leroy", "Moreau", "Lefèvre", "Girard"),
    "de": ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
           "Hoffmann", "Schäfer", "Koch", "Richter"),
    "es": ("García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez",
           "Pérez", "Gómez", "Ruiz", "Díaz", "Moreno"),
}
EMAIL_DOMAINS: dict[str, tuple[str, ...]] = {
    "en": ("gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "btinternet.com",
           "proton.me", "fastmail.com", "sky.com", "brightlane.co.uk", "oakandfern.com",
           "harbourstudio.io"),
    "fr": ("gmail.com", "orange.fr", "free.fr", "laposte.net", "outlook.fr"),
    "de": ("gmail.com", "web.de", "gmx.de", "t-online.de", "posteo.de"),
    "es": ("gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "telefonica.net"),
}
LOCALE_WEIGHTS: tuple[tuple[str, int], ...] = (("en", 80), ("fr", 8), ("de", 7), ("es", 5))

STAFF_COMMENTS: tuple[str, ...] = (
    "Contacted supplier for parts",
    "Customer asked to change the font to something more classic.",
    "Waiting on the walnut blanks to arrive.",
    "Called the customer, no answer; left a voicemail.",
    "Second proof sent with the corrected spelling.",
    "Customer approved the proof by email.",
    "Moved up the queue: needed before the weekend.",
    "Glue-up done, clamps off tomorrow.",
    "Packed with extra padding, the piece is fragile.",
    "Courier booked for Thursday morning.",
    "Gift note added as requested.",
    "Trade account terms confirmed by accounts.",
    "Minor finish defect found, sanding and re-oiling.",
    "Customer would like delivery to their office instead.",
    "Invoice re-sent to the customer's accounts team.",
)
PUBLIC_COMMENTS: tuple[str, ...] = (
    "We have received parts and commenced production.",
    "Your proof is ready: please have a look and reply to approve.",
    "Thanks for approving the design, we're starting work on it now!",
    "Your order is on its way, tracking details to follow.",
    "A small delay with our supplier; we'll keep you posted.",
    "Your engraving is done and looks lovely.",
    "We've added your gift note.",
)
MAIL_DELIVERY_STATUSES: tuple[tuple[str, int], ...] = (
    ("Delivered", 50), ("Opened", 30), ("Sent", 15), ("Bounced", 5),
)
MAIL_FROM = "no-reply@orderapprovepro.com"
