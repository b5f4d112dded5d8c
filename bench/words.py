"""Word lists the catalogue generator builds its bilingual texts and travellers from.

Each entry is an (Indonesian, English) pair, so every generated text exists in both
languages and reads as a tour listing would.
"""

from __future__ import annotations

ADJECTIVES = (
    ("Menakjubkan", "Breathtaking"), ("Santai", "Relaxed"), ("Petualangan", "Adventurous"),
    ("Klasik", "Classic"), ("Tersembunyi", "Hidden"), ("Pagi", "Early"), ("Keluarga", "Family"),
    ("Hemat", "Budget"), ("Istimewa", "Special"), ("Lengkap", "Complete"), ("Singkat", "Short"),
    ("Eksotis", "Exotic"), ("Hijau", "Green"), ("Budaya", "Cultural"), ("Romantis", "Romantic"),
)
THEMES = (
    ("Jelajah", "Discovery"), ("Wisata Alam", "Nature Tour"), ("Trekking", "Trek"),
    ("Kuliner", "Food Trail"), ("Jejak Sejarah", "Heritage Walk"), ("Tur Kerajinan", "Crafts Tour"),
    ("Wisata Edukasi", "Learning Trip"), ("Sunrise", "Sunrise Tour"), ("Paket Menginap", "Stay Package"),
    ("Jelajah Candi", "Temple Trail"), ("Susur Sungai", "River Journey"), ("Festival", "Festival Trip"),
)
PLACES = (
    ("Malang", "Malang"), ("Batu", "Batu"), ("Bromo", "Bromo"), ("Tengger", "Tengger"),
    ("Muaro Jambi", "Muaro Jambi"), ("Kerinci", "Kerinci"), ("Batanghari", "Batanghari"),
    ("Lembah Arjuno", "Arjuno Valley"), ("Pantai Selatan", "South Coast"), ("Danau Kaco", "Lake Kaco"),
    ("Malang–Jambi", "Malang–Jambi"), ("Kayutangan", "Kayutangan"), ("Sungai Penuh", "Sungai Penuh"),
)
SENTENCES = (
    ("Nikmati {place} bersama pemandu lokal yang berpengalaman.",
     "Enjoy {place} with an experienced local guide."),
    ("Perjalanan {days} hari yang cocok untuk keluarga dan rombongan kecil.",
     "A {days}-day trip that suits families and small groups."),
    ("Termasuk transportasi, tiket masuk dan makan siang khas daerah.",
     "Transport, entrance tickets and a regional lunch are included."),
    ("Kami menjemput Anda di hotel atau di titik kumpul yang disepakati.",
     "We pick you up at your hotel or at an agreed meeting point."),
    ("Cicipi kuliner UMKM setempat dan bawa pulang kerajinan tangan.",
     "Taste local small-business food and take home handmade crafts."),
    ("Pemandangan terbaik ada di pagi hari, jadi kita berangkat lebih awal.",
     "The views are best in the morning, so we set off early."),
)
DAY_TITLES = (
    ("Tiba dan berkenalan", "Arrival and welcome"), ("Menjelajah", "Exploring"),
    ("Alam dan udara segar", "Nature and fresh air"), ("Sejarah dan budaya", "History and culture"),
    ("Kuliner dan pasar", "Food and markets"), ("Kembali pulang", "Heading home"),
)
INCLUSIONS = (
    ("Transportasi ber-AC", "Air-conditioned transport"), ("Pemandu berlisensi", "Licensed guide"),
    ("Tiket masuk", "Entrance tickets"), ("Air mineral", "Drinking water"), ("Makan siang", "Lunch"),
)
EXCLUSIONS = (
    ("Tiket pesawat", "Flights"), ("Pengeluaran pribadi", "Personal expenses"), ("Tip pemandu", "Guide tips"),
)
MEETING_POINTS = (
    ("Stasiun Malang", "Malang station"), ("Alun-alun Kota Batu", "Batu town square"),
    ("Bandara Sultan Thaha", "Sultan Thaha airport"), ("Lobi hotel", "Hotel lobby"),
    ("Taman Rimba Jambi", "Taman Rimba, Jambi"),
)
REVIEW_COMMENTS = (
    ("Pemandunya ramah dan jadwalnya pas.", "Friendly guide and a well-paced day."),
    ("Pemandangannya luar biasa, akan kembali lagi.", "Stunning views, we will come back."),
    ("Makanannya enak, kendaraannya nyaman.", "Good food and a comfortable car."),
    ("Agak terlambat berangkat, tapi tetap menyenangkan.", "A late start, but still a lovely trip."),
)
ORGANISATION_WORDS = (
    "Arjuno", "Tengger", "Semeru", "Batanghari", "Kerinci", "Melayu", "Brantas", "Panderman",
    "Kawi", "Sakura", "Nusantara", "Cendana", "Merapi", "Rimba", "Jaya", "Sentosa", "Harapan",
)
AGENCY_SUFFIXES = ("Tours", "Travel", "Trip", "Adventure", "Wisata")
HOTEL_PREFIXES = ("Hotel", "Villa", "Homestay", "Resort", "Guesthouse")
FIRST_NAMES = (
    "Ayu", "Budi", "Citra", "Dimas", "Eka", "Fajar", "Gita", "Hendra", "Indah", "Joko", "Kartika",
    "Lukas", "Maya", "Nur", "Omar", "Putu", "Rina", "Sarah", "Taufik", "Wulan", "Yusuf", "Zahra",
    "Anna", "Kenji", "Mei", "David", "Siti", "Agus", "Dewi", "Rizky",
)
LAST_NAMES = (
    "Lestari", "Santoso", "Dewi", "Pratama", "Putri", "Nugroho", "Maharani", "Wijaya", "Permata",
    "Susilo", "Sari", "de Vries", "Anggraini", "Rahman", "Hidayat", "Safitri", "Hakim", "Tanaka",
    "Müller", "Smith", "Lim", "Tan",
)
# Indonesian provinces travellers come from, most weight on the two partner regions' neighbours.
PROVINCES = (
    ("Jawa Timur", 30), ("Jambi", 18), ("DKI Jakarta", 14), ("Jawa Barat", 9), ("Jawa Tengah", 6),
    ("Sumatera Barat", 4), ("Sumatera Selatan", 4), ("Riau", 3), ("Bali", 3), ("Banten", 3),
    ("DI Yogyakarta", 2), ("Sumatera Utara", 2), ("Kalimantan Timur", 1), ("Sulawesi Selatan", 1),
    ("Lampung", 1), ("Bengkulu", 1), ("Kepulauan Riau", 1), ("Nusa Tenggara Barat", 1),
)
COUNTRIES = (
    ("MY", 25), ("SG", 20), ("AU", 12), ("NL", 10), ("DE", 8), ("JP", 7), ("US", 5), ("GB", 5),
    ("FR", 4), ("CN", 4), ("KR", 3), ("TH", 2), ("IN", 2), ("BN", 2), ("CA", 1),
)
