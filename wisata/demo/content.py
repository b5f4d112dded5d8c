"""The demo catalogue of Wisata Malang–Jambi, as plain Python data.

`flask seed-demo` loads these constants into an empty database so that a visitor, a partner
or a tourism office sees a site that reads like a real regional tourism portal.

What is real and what is not:
- Regions, attractions, their coordinates (approximate) and the facts in their descriptions
  are real and were kept to what could be checked; opening hours and conditions change, so
  practical information stays general and avoids ticket prices.
- Partner organisations, their addresses, contacts and bank accounts, the packages, prices,
  reviewers and promo codes are fictional (e-mail and web domains use example.id / example.com).
- Event dates are plausible placeholders; the real dates are set by the organisers each year.

Every text shown to visitors is a dict {"id": ..., "en": ...}; list-valued texts
(inclusions, exclusions) are {"id": [...], "en": [...]}. Each `scene` is a key of
`wisata.demo.artwork.SCENES`, used to draw the demo illustration.
"""

from __future__ import annotations

REGIONS = [
    {
        "slug": "malang",
        "name": {"id": "Malang Raya", "en": "Malang Raya"},
        "summary": {
            "id": "Kota Malang, Kabupaten Malang dan Kota Batu: kota pelajar berudara sejuk yang dikelilingi gunung-gunung Jawa Timur.",
            "en": "Kota Malang, Kabupaten Malang and Kota Batu: a cool, student-filled city ringed by the volcanoes of East Java.",
        },
        "description": {
            "id": (
                "Malang Raya adalah pintu masuk ke Bromo dan Semeru, sekaligus rumah bagi candi-candi "
                "peninggalan Kerajaan Singhasari. Kota Batu menawarkan kebun apel, air terjun dan museum, "
                "sementara Kota Malang punya kampung warna-warni, rumah-rumah kolonial di Jalan Ijen dan "
                "bakso yang terkenal di seluruh Indonesia. Udaranya yang sejuk membuat kawasan ini nyaman "
                "dikunjungi sepanjang tahun."
            ),
            "en": (
                "Malang Raya is the gateway to Bromo and Semeru and home to the temples of the Singhasari "
                "kingdom. Kota Batu has apple orchards, waterfalls and museums, while Kota Malang offers a "
                "rainbow-painted riverside village, the colonial houses of Jalan Ijen and a meatball soup "
                "famous across Indonesia. The cool highland air makes it pleasant all year round."
            ),
        },
    },
    {
        "slug": "jambi",
        "name": {"id": "Jambi", "en": "Jambi"},
        "summary": {
            "id": "Provinsi di Sumatra tempat Sungai Batanghari mengalir melewati candi-candi Muaro Jambi dan Gunung Kerinci menjulang di barat.",
            "en": "A Sumatran province where the Batanghari flows past the temples of Muaro Jambi and Mount Kerinci rises in the west.",
        },
        "description": {
            "id": (
                "Di tepi Sungai Batanghari, Jambi menyimpan Kawasan Candi Muaro Jambi, salah satu kompleks "
                "percandian kuno terluas di Asia Tenggara. Di ujung barat provinsi, dataran tinggi Kerinci "
                "menawarkan gunung api tertinggi di Indonesia, danau-danau pegunungan dan kebun teh Kayu Aro "
                "di tepi Taman Nasional Kerinci Seblat. Kota Jambi sendiri dikenal dengan Jembatan Gentala "
                "Arasy, batik Jambi dan gulai ikan patin."
            ),
            "en": (
                "On the banks of the Batanghari river, Jambi holds the Muaro Jambi temple complex, one of the "
                "largest ancient temple sites in Southeast Asia. In the far west, the Kerinci highlands offer "
                "Indonesia's highest volcano, mountain lakes and the Kayu Aro tea estate on the edge of Kerinci "
                "Seblat National Park. Jambi city itself is known for the Gentala Arasy bridge, Batik Jambi and "
                "patin fish curry."
            ),
        },
    },
]

CATEGORIES = [
    {"slug": "nature", "name": {"id": "Alam", "en": "Nature"}},
    {"slug": "mountain", "name": {"id": "Gunung", "en": "Mountains"}},
    {"slug": "heritage", "name": {"id": "Sejarah & Cagar Budaya", "en": "Heritage"}},
    {"slug": "culture", "name": {"id": "Seni & Budaya", "en": "Culture"}},
    {"slug": "culinary", "name": {"id": "Kuliner", "en": "Food & Drink"}},
    {"slug": "education", "name": {"id": "Edukasi", "en": "Learning"}},
    {"slug": "crafts", "name": {"id": "Kerajinan", "en": "Crafts"}},
]

ATTRACTIONS = [
    # ---------------------------------------------------------------- Malang Raya
    {
        "slug": "gunung-bromo",
        "region": "malang",
        "area": "TN Bromo Tengger Semeru (via Tumpang)",
        "categories": ["nature", "mountain"],
        "name": {"id": "Gunung Bromo & Lautan Pasir", "en": "Mount Bromo and the Sea of Sand"},
        "summary": {
            "id": "Kawah Bromo yang terus berasap di tengah lautan pasir kaldera Tengger, dengan matahari terbit dari Penanjakan.",
            "en": "Bromo's ever-smoking crater in the middle of the Tengger caldera's sea of sand, with sunrise seen from Penanjakan.",
        },
        "description": {
            "id": (
                "Gunung Bromo (sekitar 2.329 m) berdiri di dalam kaldera Tengger yang lantainya berupa "
                "hamparan pasir vulkanik. Dari Malang, jip berangkat lewat Tumpang menjelang dini hari menuju "
                "titik pandang Penanjakan untuk menyaksikan matahari terbit, lalu turun ke lautan pasir, "
                "Pasir Berbisik dan Savana Teletubbies. Dari kaki gunung, deretan anak tangga membawa Anda "
                "ke bibir kawah yang bergemuruh."
            ),
            "en": (
                "Mount Bromo (about 2,329 m) stands inside the Tengger caldera, whose floor is a wide plain of "
                "volcanic sand. From Malang, jeeps leave through Tumpang in the small hours for the Penanjakan "
                "viewpoint and the sunrise, then drop down to the sea of sand, the Whispering Sands and the "
                "green Teletubbies Savanna. From the foot of the cone, a long flight of steps climbs to the "
                "rumbling crater rim."
            ),
        },
        "practical_info": {
            "id": (
                "Paling cerah pada musim kemarau, sekitar Mei hingga Oktober. Dini hari di Penanjakan bisa di "
                "bawah 10 °C: bawa jaket tebal, sarung tangan dan masker untuk debu. Pengelola taman nasional "
                "dapat menutup kawasan karena aktivitas gunung atau upacara adat, jadi cek informasi terbaru."
            ),
            "en": (
                "Skies are clearest in the dry season, roughly May to October. Before dawn Penanjakan can drop "
                "below 10 °C: bring a warm jacket, gloves and a dust mask. The national park may close areas "
                "for volcanic activity or ceremonies, so check the latest notices."
            ),
        },
        "lat": -7.9425,
        "lng": 112.9530,
        "scene": "volcano",
    },
    {
        "slug": "gunung-semeru",
        "region": "malang",
        "area": "TN Bromo Tengger Semeru (via Tumpang)",
        "categories": ["mountain", "nature"],
        "name": {"id": "Gunung Semeru (Mahameru)", "en": "Mount Semeru (Mahameru)"},
        "summary": {
            "id": "Atap Pulau Jawa setinggi sekitar 3.676 m, gunung api aktif yang dihormati sebagai Mahameru.",
            "en": "The roof of Java at about 3,676 m, an active volcano revered as Mahameru, the great mountain.",
        },
        "description": {
            "id": (
                "Semeru adalah gunung tertinggi di Pulau Jawa dan salah satu gunung api paling aktif di "
                "Indonesia; kepulan abu dari kawah Jonggring Saloko sering terlihat dari kejauhan. Jalur "
                "pendakian resmi dimulai di Ranu Pani dan melewati Ranu Kumbolo, Oro-Oro Ombo dan Kalimati. "
                "Karena aktivitas vulkaniknya, pendakian sering dibatasi hingga titik tertentu atau ditutup "
                "sama sekali."
            ),
            "en": (
                "Semeru is the highest mountain on Java and one of Indonesia's most active volcanoes; puffs of "
                "ash from the Jonggring Saloko crater are often visible from far away. The official trail "
                "starts at Ranu Pani and passes Ranu Kumbolo, Oro-Oro Ombo and Kalimati. Because of its "
                "activity, climbs are often limited to a set point on the trail or closed altogether."
            ),
        },
        "practical_info": {
            "id": (
                "Pendakian wajib dipesan lewat sistem daring taman nasional, dengan kuota harian dan surat "
                "keterangan sehat. Jalur biasanya ditutup pada puncak musim hujan dan saat status gunung "
                "naik; patuhi batas pendakian yang berlaku."
            ),
            "en": (
                "Climbs must be booked through the national park's online system, with a daily quota and a "
                "health certificate. The trail usually closes at the height of the rainy season and whenever "
                "the alert level rises; respect the current climbing limit."
            ),
        },
        "lat": -8.1077,
        "lng": 112.9224,
        "scene": "summit",
    },
    {
        "slug": "ranu-kumbolo",
        "region": "malang",
        "area": "TN Bromo Tengger Semeru (via Tumpang)",
        "categories": ["nature", "mountain"],
        "name": {"id": "Ranu Kumbolo", "en": "Ranu Kumbolo"},
        "summary": {
            "id": "Danau jernih di ketinggian sekitar 2.400 m di jalur Semeru, terkenal dengan kabut pagi dan matahari terbit di celah bukit.",
            "en": "A clear lake at about 2,400 m on the Semeru trail, known for its morning mist and a sunrise framed between two hills.",
        },
        "description": {
            "id": (
                "Ranu Kumbolo adalah perhentian favorit pendaki Semeru, sekitar 10 km berjalan kaki dari "
                "Ranu Pani. Pendaki berkemah di tepinya lalu bangun sebelum fajar untuk melihat matahari "
                "muncul di celah bukit di seberang danau. Di belakangnya menanjak Tanjakan Cinta, dan di "
                "baliknya terbentang padang Oro-Oro Ombo."
            ),
            "en": (
                "Ranu Kumbolo is the favourite stop on the Semeru trail, about 10 km on foot from Ranu Pani. "
                "Hikers camp on its shore and wake before dawn to watch the sun rise through the gap between "
                "the hills across the water. Behind the lake climbs the slope known as Tanjakan Cinta, with "
                "the wide Oro-Oro Ombo meadow beyond."
            ),
        },
        "practical_info": {
            "id": (
                "Hanya bisa dicapai dengan berjalan kaki 4–6 jam dari Ranu Pani, dengan izin pendakian taman "
                "nasional. Malam bisa sangat dingin, terutama Juli–Agustus: bawa sleeping bag yang hangat, "
                "dan bawa turun kembali semua sampah Anda."
            ),
            "en": (
                "Reachable only on foot, 4–6 hours from Ranu Pani, with a national park climbing permit. "
                "Nights can be bitterly cold, especially in July and August: bring a warm sleeping bag, and "
                "carry all your rubbish back down."
            ),
        },
        "lat": -8.0480,
        "lng": 112.9195,
        "scene": "lake",
    },
    {
        "slug": "coban-rondo",
        "region": "malang",
        "area": "Pujon, Kabupaten Malang",
        "categories": ["nature"],
        "name": {"id": "Air Terjun Coban Rondo", "en": "Coban Rondo Waterfall"},
        "summary": {
            "id": "Air terjun di dataran tinggi Pujon yang dikelilingi hutan pinus, dengan legenda seorang pengantin yang setia menanti.",
            "en": "A waterfall in the Pujon highlands, wrapped in pine forest and a legend of a bride who waited.",
        },
        "description": {
            "id": (
                "Rondo berarti janda dalam bahasa Jawa: menurut legenda, Dewi Anjarwati menanti suaminya yang "
                "tak pernah kembali di balik air terjun ini. Selain air terjunnya, kawasan wisata Coban Rondo "
                "punya labirin tanaman, area berkemah dan jalan-jalan teduh di bawah pinus. Letaknya sekitar "
                "satu jam berkendara dari Kota Malang melalui Batu."
            ),
            "en": (
                "Rondo means widow in Javanese: legend has it that Dewi Anjarwati waited here for a husband "
                "who never came back. Besides the falls, the Coban Rondo area has a hedge maze, camping "
                "grounds and shady walks under the pines. It is about an hour's drive from Kota Malang "
                "through Batu."
            ),
        },
        "practical_info": {
            "id": "Buka setiap hari dari pagi hingga sore; datang pagi agar lebih sepi. Batu di dekat air terjun licin, jadi pakai alas kaki yang mencengkeram.",
            "en": "Open daily from morning to late afternoon; come early for fewer crowds. The rocks near the falls are slippery, so wear shoes with a good grip.",
        },
        "lat": -7.8847,
        "lng": 112.4773,
        "scene": "waterfall",
    },
    {
        "slug": "coban-rais",
        "region": "malang",
        "area": "Oro-Oro Ombo, Kota Batu",
        "categories": ["nature"],
        "name": {"id": "Air Terjun Coban Rais", "en": "Coban Rais Waterfall"},
        "summary": {
            "id": "Air terjun di hutan Kota Batu yang dicapai lewat jalan setapak, dengan taman bunga dan pemandangan kota di perbukitannya.",
            "en": "A forest waterfall above Kota Batu reached on a footpath, with flower gardens and city views on the hillside.",
        },
        "description": {
            "id": (
                "Coban Rais berada di kawasan hutan Oro-Oro Ombo dan dicapai dengan berjalan kaki menyusuri "
                "sungai dan pepohonan. Di lereng bukitnya ada taman bunga dan titik-titik pandang ke arah "
                "Kota Batu yang ramai dikunjungi untuk berfoto. Air terjunnya sendiri tenang dan teduh, cocok "
                "untuk yang suka berjalan santai di alam."
            ),
            "en": (
                "Coban Rais lies in the Oro-Oro Ombo forest and is reached on foot along a stream and through "
                "the trees. On the hillside there are flower gardens and viewpoints over Kota Batu, popular for "
                "photos. The falls themselves are quiet and shady, ideal for an easy walk in nature."
            ),
        },
        "practical_info": {
            "id": "Siapkan sekitar 2–3 jam termasuk berjalan kaki. Pakai sepatu yang nyaman; jalur bisa becek saat musim hujan.",
            "en": "Allow 2–3 hours including the walk. Wear comfortable shoes; the path can be muddy in the rainy season.",
        },
        "lat": -7.9138,
        "lng": 112.5017,
        "scene": "waterfall",
    },
    {
        "slug": "museum-angkut",
        "region": "malang",
        "area": "Kota Batu",
        "categories": ["education", "heritage"],
        "name": {"id": "Museum Angkut", "en": "Museum Angkut (Transport Museum)"},
        "summary": {
            "id": "Museum transportasi dengan ratusan kendaraan klasik yang ditata di zona-zona bertema dari berbagai penjuru dunia.",
            "en": "A transport museum with hundreds of classic vehicles displayed in themed streets from around the world.",
        },
        "description": {
            "id": (
                "Museum Angkut memajang mobil, sepeda motor, sepeda, kereta kuda dan berbagai alat angkut "
                "lain dalam zona bertema, dari jalanan Eropa dan Hollywood sampai Batavia tempo dulu. "
                "Koleksinya bercerita tentang sejarah transportasi, dan hampir setiap sudutnya dibuat untuk "
                "berfoto. Di dalam kompleks ada Pasar Apung dengan aneka jajanan Nusantara."
            ),
            "en": (
                "Museum Angkut displays cars, motorcycles, bicycles, horse carriages and much more in themed "
                "zones, from European streets and Hollywood to old Batavia. The collection tells the story of "
                "transport, and nearly every corner is staged for photos. Inside the complex, the Pasar Apung "
                "floating market serves snacks from across the archipelago."
            ),
        },
        "practical_info": {
            "id": "Biasanya buka dari siang hingga malam; jam buka bisa berubah saat libur panjang. Siapkan minimal 3 jam dan pilih hari kerja agar tidak terlalu ramai.",
            "en": "Usually open from midday into the evening; hours may change during school holidays. Allow at least 3 hours and pick a weekday to avoid the crowds.",
        },
        "lat": -7.8787,
        "lng": 112.5197,
        "scene": "museum",
    },
    {
        "slug": "petik-apel-batu",
        "region": "malang",
        "area": "Bumiaji, Kota Batu",
        "categories": ["nature", "culinary", "education"],
        "name": {"id": "Petik Apel di Kebun Batu", "en": "Apple Picking in Batu"},
        "summary": {
            "id": "Memetik apel langsung dari pohonnya di kebun-kebun Bumiaji, kawasan yang membuat Batu dijuluki Kota Apel.",
            "en": "Pick apples straight from the tree in the orchards of Bumiaji, the district that made Batu the Apple City.",
        },
        "description": {
            "id": (
                "Batu sejak lama dikenal sebagai penghasil apel dataran tinggi, dengan varietas seperti "
                "manalagi, anna dan rome beauty. Di kebun-kebun Bumiaji, pengunjung bisa berjalan di antara "
                "pohon, mendengar cara petani merawatnya dan memetik apel sendiri. Banyak kebun juga menjual "
                "sari apel dan keripik apel buatan warga."
            ),
            "en": (
                "Batu has long been known for its highland apples, with varieties such as manalagi, anna and "
                "rome beauty. In the orchards of Bumiaji you can walk between the trees, hear from the growers "
                "how they look after them and pick your own fruit. Many orchards also sell apple juice and "
                "apple chips made in the village."
            ),
        },
        "practical_info": {
            "id": "Kebun buka pagi hingga sore. Buah yang siap petik tergantung musim, jadi tanyakan dulu sebelum datang; apel yang dipetik biasanya dibayar per kilogram.",
            "en": "Orchards open from morning to late afternoon. How much fruit is ready depends on the season, so ask before you go; picked apples are usually paid for by the kilo.",
        },
        "lat": -7.8270,
        "lng": 112.5320,
        "scene": "orchard",
    },
    {
        "slug": "paralayang-gunung-banyak",
        "region": "malang",
        "area": "Kota Batu",
        "categories": ["nature"],
        "name": {"id": "Paralayang Gunung Banyak", "en": "Paragliding at Gunung Banyak"},
        "summary": {
            "id": "Terbang tandem di atas Kota Batu dari landasan Gunung Banyak, atau sekadar menikmati panorama dari puncak bukit.",
            "en": "Fly tandem over Kota Batu from the Gunung Banyak launch site, or simply take in the view from the hilltop.",
        },
        "description": {
            "id": (
                "Landasan paralayang Gunung Banyak adalah salah satu yang paling dikenal di Jawa Timur. "
                "Bersama pilot berpengalaman, penerbangan tandem berlangsung beberapa belas menit sebelum "
                "mendarat di lembah di bawahnya. Bagi yang tidak terbang, bukit ini tetap menyenangkan untuk "
                "menikmati matahari terbenam dan lampu-lampu Kota Batu."
            ),
            "en": (
                "The Gunung Banyak launch site is one of the best known in East Java. With an experienced "
                "pilot, a tandem flight lasts a good ten minutes or more before landing in the valley below. "
                "If you'd rather stay on the ground, the hill is still a fine place for the sunset and the "
                "lights of Kota Batu."
            ),
        },
        "practical_info": {
            "id": "Penerbangan hanya dilakukan bila angin dan cuaca aman, biasanya pagi hingga siang. Operator akan menanyakan berat badan dan kondisi kesehatan; pakai sepatu tertutup dan jaket.",
            "en": "Flights only go when wind and weather are safe, usually from morning to early afternoon. The operator will ask about your weight and health; wear closed shoes and a jacket.",
        },
        "lat": -7.8742,
        "lng": 112.5065,
        "scene": "sky",
    },
    {
        "slug": "candi-singosari",
        "region": "malang",
        "area": "Singosari, Kabupaten Malang",
        "categories": ["heritage"],
        "name": {"id": "Candi Singosari", "en": "Singosari Temple"},
        "summary": {
            "id": "Candi akhir abad ke-13 yang dikaitkan dengan Kertanegara, raja terakhir Singhasari, dengan dua arca Dwarapala raksasa di dekatnya.",
            "en": "A late 13th-century temple linked to Kertanegara, the last king of Singhasari, with two giant Dwarapala guardians nearby.",
        },
        "description": {
            "id": (
                "Candi Singosari umumnya dikaitkan dengan pemuliaan Kertanegara, raja Singhasari yang mengirim "
                "Ekspedisi Pamalayu ke tanah Melayu di Sumatra. Sebagian hiasannya tampak belum selesai "
                "dipahat, sehingga candi ini juga memperlihatkan bagaimana candi dikerjakan dari atas ke bawah. "
                "Tak jauh dari candi berdiri sepasang arca Dwarapala setinggi hampir empat meter."
            ),
            "en": (
                "Singosari Temple is generally linked to the memorial of Kertanegara, the Singhasari king who "
                "sent the Pamalayu expedition to the Malay lands of Sumatra. Some of its carvings were never "
                "finished, which shows how temples were worked from the top down. A short walk away stand two "
                "Dwarapala guardian statues, each almost four metres tall."
            ),
        },
        "practical_info": {
            "id": "Sekitar 30 menit dari pusat Kota Malang, buka pagi hingga sore. Kenakan pakaian sopan dan jangan memanjat bangunan candi.",
            "en": "About 30 minutes from central Malang, open from morning to late afternoon. Dress modestly and do not climb on the temple.",
        },
        "lat": -7.8878,
        "lng": 112.6638,
        "scene": "candi",
    },
    {
        "slug": "candi-jago",
        "region": "malang",
        "area": "Tumpang, Kabupaten Malang",
        "categories": ["heritage"],
        "name": {"id": "Candi Jago", "en": "Jago Temple"},
        "summary": {
            "id": "Candi berteras di Tumpang yang dindingnya penuh relief cerita, dikaitkan dengan Raja Wisnuwardhana dari Singhasari.",
            "en": "A terraced temple in Tumpang covered in narrative reliefs, linked to King Wisnuwardhana of Singhasari.",
        },
        "description": {
            "id": (
                "Candi Jago, yang disebut Jajaghu dalam Nagarakretagama, berdiri di atas tiga teras bertingkat "
                "dengan relief yang mengitari dindingnya, antara lain kisah Kunjarakarna, Parthayajna dan "
                "Arjunawiwaha. Candi ini dikaitkan dengan Wisnuwardhana, raja Singhasari yang wafat pada 1268. "
                "Letaknya di Tumpang, di jalur menuju Bromo dan Semeru, sehingga mudah disinggahi."
            ),
            "en": (
                "Jago Temple, called Jajaghu in the Nagarakretagama, rises on three stepped terraces whose "
                "walls carry carved stories, among them Kunjarakarna, Parthayajna and Arjunawiwaha. It is "
                "linked to Wisnuwardhana, the Singhasari king who died in 1268. It sits in Tumpang, on the "
                "road to Bromo and Semeru, so it is an easy stop on the way."
            ),
        },
        "practical_info": {
            "id": "Buka pagi hingga sore. Datang pagi atau menjelang sore, ketika cahaya miring membuat relief tampak lebih jelas.",
            "en": "Open from morning to late afternoon. Come early or late in the day, when low light brings out the reliefs.",
        },
        "lat": -8.0056,
        "lng": 112.7640,
        "scene": "candi",
    },
    {
        "slug": "candi-kidal",
        "region": "malang",
        "area": "Tumpang, Kabupaten Malang",
        "categories": ["heritage"],
        "name": {"id": "Candi Kidal", "en": "Kidal Temple"},
        "summary": {
            "id": "Candi ramping peninggalan Singhasari dengan relief Garudeya, kisah Garuda yang membebaskan ibunya.",
            "en": "A slender Singhasari temple with the Garudeya reliefs, the tale of Garuda freeing his mother.",
        },
        "description": {
            "id": (
                "Candi Kidal dibangun untuk memuliakan Anusapati, raja kedua Singhasari. Bentuknya ramping dan "
                "tinggi, dengan kepala Kala di atas pintu dan tiga panel relief Garudeya yang mengisahkan "
                "Garuda mencari air suci amerta untuk membebaskan ibunya dari perbudakan. Suasananya tenang, "
                "dikelilingi taman dan permukiman desa."
            ),
            "en": (
                "Kidal Temple was built to honour Anusapati, the second king of Singhasari. It is tall and "
                "slender, with a Kala head above the doorway and three Garudeya panels telling how Garuda "
                "sought the holy water amerta to free his mother from slavery. The setting is peaceful, among "
                "gardens and village houses."
            ),
        },
        "practical_info": {
            "id": "Buka pagi hingga sore, sekitar 20 menit berkendara dari Candi Jago. Kenakan pakaian sopan dan jangan memanjat candi.",
            "en": "Open from morning to late afternoon, about a 20-minute drive from Jago Temple. Dress modestly and do not climb on the temple.",
        },
        "lat": -8.0258,
        "lng": 112.7088,
        "scene": "candi",
    },
    {
        "slug": "kampung-warna-warni-jodipan",
        "region": "malang",
        "area": "Jodipan, Kota Malang",
        "categories": ["culture"],
        "name": {"id": "Kampung Warna-Warni Jodipan", "en": "Jodipan Colourful Village"},
        "summary": {
            "id": "Kampung di tepi Sungai Brantas yang rumah-rumahnya dicat warna-warni, tersambung jembatan kaca dengan Kampung Tridi.",
            "en": "A village on the Brantas riverbank with every house painted a different colour, linked by a glass bridge to Kampung Tridi.",
        },
        "description": {
            "id": (
                "Dulu Jodipan hanyalah permukiman padat di bantaran Sungai Brantas. Sejak 2016, atas prakarsa "
                "sekelompok mahasiswa bersama warga, rumah-rumahnya dicat cerah dan gang-gangnya dipenuhi "
                "mural, kini dikelola sendiri oleh warga sebagai kampung wisata. Jembatan kaca di atas sungai "
                "menghubungkannya dengan Kampung Tridi di seberang."
            ),
            "en": (
                "Jodipan used to be a crowded settlement on the banks of the Brantas. Since 2016, on the "
                "initiative of a group of university students working with residents, its houses have been "
                "painted in bright colours and its alleys filled with murals, and the village now runs itself "
                "as a tourist kampung. A glass bridge over the river links it to Kampung Tridi on the other bank."
            ),
        },
        "practical_info": {
            "id": "Buka setiap hari dari pagi hingga sore. Ini kampung tempat orang tinggal: jaga suara, minta izin sebelum memotret warga, dan jajanlah di warung setempat.",
            "en": "Open daily from morning to late afternoon. People live here: keep your voice down, ask before photographing residents, and buy your snacks from the local stalls.",
        },
        "lat": -7.9830,
        "lng": 112.6370,
        "scene": "city",
    },
    {
        "slug": "kawasan-ijen-alun-alun-tugu",
        "region": "malang",
        "area": "Klojen, Kota Malang",
        "categories": ["heritage", "culture"],
        "name": {"id": "Jalan Ijen & Alun-Alun Tugu", "en": "Jalan Ijen and Alun-Alun Tugu"},
        "summary": {
            "id": "Jantung kolonial Kota Malang: boulevard berderet palem, rumah-rumah tua, katedral dan taman bundar di depan Balai Kota.",
            "en": "Malang's colonial heart: a palm-lined boulevard, old villas, a cathedral and the round park in front of City Hall.",
        },
        "description": {
            "id": (
                "Jalan Ijen adalah boulevard lebar yang ditata pada masa Hindia Belanda, dengan deretan pohon "
                "palem, rumah-rumah bergaya kolonial, Gereja Katedral Ijen dan Museum Brawijaya. Tak jauh dari "
                "sana, Alun-Alun Tugu mengelilingi monumen peringatan kemerdekaan di depan Balai Kota Malang, "
                "dengan kolam teratai di sekelilingnya. Kawasan ini paling menyenangkan dijelajahi dengan "
                "berjalan kaki."
            ),
            "en": (
                "Jalan Ijen is a broad boulevard laid out in the Dutch colonial era, lined with palms, colonial "
                "villas, the Ijen Cathedral and the Brawijaya Museum. Nearby, Alun-Alun Tugu circles the "
                "independence monument in front of Malang City Hall, ringed by lotus ponds. The area is best "
                "explored on foot."
            ),
        },
        "practical_info": {
            "id": "Paling nyaman pagi atau sore hari. Pada Minggu pagi Jalan Ijen kerap menjadi area bebas kendaraan, ramai pesepeda dan pejalan kaki.",
            "en": "Most pleasant in the morning or late afternoon. On Sunday mornings Jalan Ijen is often closed to traffic and full of cyclists and walkers.",
        },
        "lat": -7.9745,
        "lng": 112.6290,
        "scene": "museum",
    },
    {
        "slug": "kampung-budaya-polowijen",
        "region": "malang",
        "area": "Polowijen, Kota Malang",
        "categories": ["culture", "crafts"],
        "name": {"id": "Kampung Budaya Polowijen", "en": "Polowijen Cultural Village"},
        "summary": {
            "id": "Kampung tempat topeng Malangan dipahat, dilukis dan ditarikan, dengan lokakarya untuk pengunjung.",
            "en": "The village where Malangan masks are carved, painted and danced, with hands-on workshops for visitors.",
        },
        "description": {
            "id": (
                "Di utara Kota Malang, warga Polowijen menghidupkan kembali tradisi Topeng Malangan sebagai "
                "kampung budaya. Pengunjung bisa melihat perajin memahat dan mewarnai topeng kayu, belajar "
                "gerak dasar tari topeng dan mendengar kisah-kisah Panji yang menjadi lakonnya. Di kampung ini "
                "pula dimakamkan Mbah Reni, seorang pembuat topeng Malangan yang dihormati."
            ),
            "en": (
                "In the north of Kota Malang, the people of Polowijen have revived the Topeng Malangan masked "
                "dance tradition as a cultural village. You can watch craftsmen carve and paint wooden masks, "
                "learn the basic moves of the mask dance and hear the Panji tales it tells. The village is also "
                "the resting place of Mbah Reni, a revered Malangan mask maker."
            ),
        },
        "practical_info": {
            "id": "Lokakarya melukis topeng dan latihan tari perlu dipesan lebih dulu, terutama untuk rombongan. Pertunjukan lengkap hanya digelar pada acara tertentu; tanyakan jadwalnya.",
            "en": "Mask-painting workshops and dance lessons should be booked ahead, especially for groups. Full performances are held only on certain occasions; ask for the schedule.",
        },
        "lat": -7.9335,
        "lng": 112.6470,
        "scene": "crafts",
    },
    {
        "slug": "kebun-teh-wonosari",
        "region": "malang",
        "area": "Singosari–Lawang, Kabupaten Malang",
        "categories": ["nature", "education"],
        "name": {"id": "Kebun Teh Wonosari", "en": "Wonosari Tea Estate"},
        "summary": {
            "id": "Hamparan kebun teh di kaki Gunung Arjuno dengan udara sejuk, jalan setapak di antara barisan teh dan teh segar dari kebun.",
            "en": "Tea gardens on the foothills of Mount Arjuno, with cool air, paths between the rows and fresh tea from the estate.",
        },
        "description": {
            "id": (
                "Kebun Teh Wonosari terbentang di kaki Gunung Arjuno, sekitar satu jam berkendara dari Kota "
                "Malang. Pengunjung bisa berjalan atau bersepeda di antara barisan tanaman teh, melihat pemetik "
                "bekerja dan, bila tersedia, mengikuti kunjungan ke pabrik pengolahan. Di akhir pekan, kebun "
                "ini ramai keluarga yang berpiknik."
            ),
            "en": (
                "The Wonosari tea estate spreads across the foothills of Mount Arjuno, about an hour's drive "
                "from Kota Malang. You can walk or cycle between the rows, watch the pickers at work and, when "
                "it is offered, join a visit to the processing factory. At weekends it fills with families on "
                "a picnic."
            ),
        },
        "practical_info": {
            "id": "Datang pagi saat kabut tipis masih menggantung di atas kebun. Bawa jaket ringan dan topi; jalan kebun licin sehabis hujan.",
            "en": "Come early, while the mist still hangs over the rows. Bring a light jacket and a hat; estate roads get slippery after rain.",
        },
        "lat": -7.8270,
        "lng": 112.6330,
        "scene": "tea",
    },
    {
        "slug": "pantai-balekambang",
        "region": "malang",
        "area": "Bantur, Kabupaten Malang",
        "categories": ["nature", "culture"],
        "name": {"id": "Pantai Balekambang", "en": "Balekambang Beach"},
        "summary": {
            "id": "Pantai selatan dengan pura di atas pulau karang yang disambung jembatan, sering dijuluki Tanah Lot-nya Jawa Timur.",
            "en": "A south-coast beach with a Hindu temple on a rocky islet reached by a bridge, often called East Java's Tanah Lot.",
        },
        "description": {
            "id": (
                "Balekambang terletak di pesisir selatan Kabupaten Malang, sekitar dua jam berkendara dari kota. "
                "Ikonnya adalah Pura Amertha Jati di Pulau Ismoyo, yang dicapai lewat jembatan dari pantai. "
                "Saat air surut, kolam-kolam karang di depan pantai memperlihatkan ikan kecil dan biota laut, "
                "tetapi ombak Samudra Hindia di sini kuat dan berbahaya untuk berenang."
            ),
            "en": (
                "Balekambang lies on the south coast of Kabupaten Malang, about two hours' drive from the city. "
                "Its landmark is the Amertha Jati temple on Ismoyo islet, reached by a bridge from the beach. "
                "At low tide the rock pools in front reveal small fish and sea life, but the Indian Ocean surf "
                "here is strong and dangerous for swimming."
            ),
        },
        "practical_info": {
            "id": "Cek jadwal pasang surut dan datang pagi atau sore. Patuhi larangan berenang dan hormati pura sebagai tempat ibadah umat Hindu.",
            "en": "Check the tide tables and come in the morning or late afternoon. Obey the no-swimming signs and respect the temple as a Hindu place of worship.",
        },
        "lat": -8.4030,
        "lng": 112.5350,
        "scene": "beach",
    },
    {
        "slug": "pantai-tiga-warna",
        "region": "malang",
        "area": "Sendang Biru, Kabupaten Malang",
        "categories": ["nature", "education"],
        "name": {"id": "Pantai Tiga Warna", "en": "Tiga Warna Beach"},
        "summary": {
            "id": "Teluk kecil berair jernih dengan gradasi tiga warna laut, dibuka terbatas lewat kuota konservasi mangrove dan terumbu karang.",
            "en": "A small clear-water cove whose sea shows three shades of colour, open under a conservation quota for mangroves and reef.",
        },
        "description": {
            "id": (
                "Pantai Tiga Warna dikelola bersama kawasan konservasi mangrove Clungup di dekat Sendang Biru. "
                "Jumlah pengunjung per hari dan lama kunjungan dibatasi agar pantai tetap bersih dan terumbu "
                "karangnya terjaga. Pengunjung didampingi pemandu, dan barang bawaan yang bisa menjadi sampah "
                "dicatat saat masuk lalu diperiksa kembali saat keluar."
            ),
            "en": (
                "Tiga Warna Beach is managed together with the Clungup mangrove conservation area near Sendang "
                "Biru. Daily visitor numbers and the length of stay are capped to keep the beach clean and the "
                "reef healthy. Visitors go with a guide, and anything that could become litter is listed on "
                "the way in and checked again on the way out."
            ),
        },
        "practical_info": {
            "id": "Wajib reservasi lebih dulu karena kuota harian. Snorkeling hanya di area yang ditunjuk pemandu; bawa botol minum isi ulang.",
            "en": "Booking ahead is required because of the daily quota. Snorkel only where your guide says; bring a refillable water bottle.",
        },
        "lat": -8.4360,
        "lng": 112.6790,
        "scene": "beach",
    },
    {
        "slug": "kuliner-kota-malang",
        "region": "malang",
        "area": "Kota Malang",
        "categories": ["culinary", "heritage"],
        "name": {"id": "Kuliner Legendaris Kota Malang", "en": "Malang's Classic Food Trail"},
        "summary": {
            "id": "Bakso Malang, rawon, pecel dan cwie mie, dari warung kaki lima sampai Toko Oen yang berdiri sejak zaman Belanda.",
            "en": "Bakso Malang, rawon, pecel and cwie mie, from street stalls to Toko Oen, open since the Dutch era.",
        },
        "description": {
            "id": (
                "Malang adalah kota untuk makan: bakso lengkap dengan pangsit goreng dan tahu isi, rawon berkuah "
                "hitam dari kluwek, pecel dengan sambal kacang dan cwie mie bertabur ayam cincang. Di Jalan "
                "Basuki Rahmat, Toko Oen masih menyajikan es krim dan kue dalam suasana kolonial yang nyaris "
                "tak berubah. Banyak warung legendaris sudah habis sebelum sore, jadi datanglah lebih awal."
            ),
            "en": (
                "Malang is a city for eating: bakso meatball soup with fried wontons and stuffed tofu, rawon "
                "beef soup turned black by keluak nuts, pecel salad with peanut sauce and cwie mie noodles "
                "topped with minced chicken. On Jalan Basuki Rahmat, Toko Oen still serves ice cream and cakes "
                "in an almost unchanged colonial setting. Many legendary stalls sell out before the afternoon, "
                "so come early."
            ),
        },
        "practical_info": {
            "id": "Jalur kuliner paling enak dilakukan berjalan kaki atau naik becak di sekitar Kayutangan dan Alun-Alun Malang. Beri tahu pemandu bila Anda punya pantangan makanan.",
            "en": "The food trail is best done on foot or by becak around Kayutangan and the Alun-Alun. Tell your guide about any dietary restrictions.",
        },
        "lat": -7.9822,
        "lng": 112.6306,
        "scene": "food",
    },
    {
        "slug": "sentra-keripik-tempe-sanan",
        "region": "malang",
        "area": "Sanan, Kota Malang",
        "categories": ["culinary", "crafts", "education"],
        "name": {"id": "Sentra Keripik Tempe Sanan", "en": "Sanan Tempeh Chip Village"},
        "summary": {
            "id": "Kampung pembuat tempe dan keripik tempe, tempat melihat kedelai diolah menjadi oleh-oleh khas Malang.",
            "en": "A neighbourhood of tempeh makers where you can watch soybeans become Malang's favourite crunchy souvenir.",
        },
        "description": {
            "id": (
                "Di Kampung Sanan, banyak keluarga menggantungkan hidup dari tempe dan keripik tempe. Di "
                "rumah-rumah produksi, pengunjung bisa melihat kedelai direbus, diberi ragi, dibungkus, lalu "
                "diiris tipis dan digoreng dengan bumbu, bahkan ikut mencoba mengiris sendiri. Toko-toko di "
                "sepanjang jalan menjual keripik tempe dengan berbagai rasa untuk dibawa pulang."
            ),
            "en": (
                "In Kampung Sanan, many families make their living from tempeh and tempeh chips. In the home "
                "workshops you can watch soybeans being boiled, cultured, wrapped, then sliced paper-thin and "
                "fried with spices, and even try the slicing yourself. Shops along the street sell the chips "
                "in all sorts of flavours to take home."
            ),
        },
        "practical_info": {
            "id": "Paling menarik pagi hari saat produksi berjalan. Kunjungan rombongan ke rumah produksi sebaiknya diatur lewat pemandu atau pengelola kampung.",
            "en": "Best in the morning while production is under way. Group visits to the workshops are best arranged through a guide or the village organisers.",
        },
        "lat": -7.9635,
        "lng": 112.6450,
        "scene": "food",
    },
    {
        "slug": "jatim-park-1",
        "region": "malang",
        "area": "Sisir, Kota Batu",
        "categories": ["education"],
        "name": {"id": "Jatim Park 1", "en": "Jatim Park 1"},
        "summary": {
            "id": "Taman rekreasi pertama dari grup Jatim Park di pusat Kota Batu: separuh taman belajar, separuh wahana permainan.",
            "en": "The first of the Jatim Park group, in the centre of Kota Batu: half learning park, half rides.",
        },
        "description": {
            "id": (
                "Jatim Park 1 dibuka pada awal 2000-an dan menjadi cikal bakal kawasan wisata keluarga Kota Batu. "
                "Di bagian dalam ruangan ada galeri tentang sains, tubuh manusia dan keragaman budaya Nusantara, "
                "sedangkan di luar ruangan ada wahana permainan, kolam renang dan taman. Anak-anak bisa belajar "
                "sambil bermain seharian tanpa harus keluar dari satu kawasan."
            ),
            "en": (
                "Jatim Park 1 opened in the early 2000s and started Kota Batu's family-park quarter. Indoors are "
                "galleries on science, the human body and the cultures of the archipelago; outdoors, rides, a "
                "swimming pool and gardens. Children can learn and play all day without leaving one park."
            ),
        },
        "practical_info": {
            "id": "Buka setiap hari dari pagi hingga sore; akhir pekan dan libur sekolah sangat ramai, jadi datanglah saat buka. Satu tiket terusan mencakup sebagian besar wahana.",
            "en": "Open daily from morning to late afternoon; weekends and school holidays are very busy, so arrive at opening time. One pass covers most rides.",
        },
        "lat": -7.8843,
        "lng": 112.5239,
        "scene": "themepark",
    },
    {
        "slug": "jatim-park-2",
        "region": "malang",
        "area": "Oro-Oro Ombo, Kota Batu",
        "categories": ["education", "nature"],
        "name": {"id": "Jatim Park 2: Batu Secret Zoo dan Museum Satwa", "en": "Jatim Park 2: Batu Secret Zoo and Museum Satwa"},
        "summary": {
            "id": "Kebun binatang Batu Secret Zoo dengan satwa Nusantara dan mancanegara, bersebelahan dengan Museum Satwa yang memamerkan awetan hewan dari seluruh dunia.",
            "en": "The Batu Secret Zoo, with animals from Indonesia and abroad, next to the Museum Satwa, a natural-history museum of preserved animals from around the world.",
        },
        "description": {
            "id": (
                "Jatim Park 2 menggabungkan dua tempat dalam satu kunjungan. Batu Secret Zoo adalah kebun binatang "
                "yang ditata menurut habitat, dari hutan hujan Sumatra hingga sabana Afrika, dengan jalur jalan "
                "kaki yang panjang. Museum Satwa di sebelahnya memamerkan ratusan awetan hewan dan replika "
                "kerangka prasejarah, sehingga cocok untuk pelajaran biologi di luar kelas."
            ),
            "en": (
                "Jatim Park 2 puts two places in one visit. The Batu Secret Zoo is laid out by habitat, from the "
                "Sumatran rainforest to the African savanna, along a long walking route. The Museum Satwa next "
                "door shows hundreds of preserved animals and replica prehistoric skeletons, a biology lesson "
                "outside the classroom."
            ),
        },
        "practical_info": {
            "id": "Siapkan 4–5 jam dan sepatu yang nyaman; rute kebun binatang berjalan kaki beberapa kilometer. Kereta dorong bayi bisa disewa di pintu masuk.",
            "en": "Allow 4–5 hours and comfortable shoes; the zoo route is several kilometres on foot. Pushchairs can be hired at the entrance.",
        },
        "lat": -7.8893,
        "lng": 112.5290,
        "scene": "themepark",
    },
    {
        "slug": "jatim-park-3",
        "region": "malang",
        "area": "Beji, Junrejo, Kota Batu",
        "categories": ["education"],
        "name": {"id": "Jatim Park 3: Dino Park", "en": "Jatim Park 3: Dino Park"},
        "summary": {
            "id": "Taman dinosaurus dengan replika seukuran aslinya yang bergerak dan bersuara, di kaki perbukitan Kota Batu.",
            "en": "A dinosaur park with life-size models that move and roar, below the hills of Kota Batu.",
        },
        "description": {
            "id": (
                "Jatim Park 3 adalah taman terbaru dari grup Jatim Park. Bintangnya Dino Park: jalur di antara "
                "replika dinosaurus seukuran aslinya yang bergerak dan bersuara, dengan papan penjelasan tentang "
                "zaman Trias, Jura dan Kapur. Di kawasan yang sama ada galeri-galeri dalam ruangan dengan tema "
                "lain, sehingga kunjungan tetap nyaman ketika hujan."
            ),
            "en": (
                "Jatim Park 3 is the newest park of the Jatim Park group. Its star is the Dino Park: a trail among "
                "life-size dinosaur models that move and roar, with panels on the Triassic, Jurassic and "
                "Cretaceous. Indoor galleries on other themes share the site, so a rainy afternoon still works."
            ),
        },
        "practical_info": {
            "id": "Buka dari siang hingga malam; beberapa area dalam ruangan memiliki tiket tersendiri. Anak kecil mungkin kaget dengan suara dinosaurus.",
            "en": "Open from midday into the evening; some indoor areas have their own tickets. Small children may be startled by the roaring dinosaurs.",
        },
        "lat": -7.8990,
        "lng": 112.5523,
        "scene": "themepark",
    },
    {
        "slug": "candi-badut",
        "region": "malang",
        "area": "Karang Besuki, Kota Malang",
        "categories": ["heritage"],
        "name": {"id": "Candi Badut", "en": "Badut Temple"},
        "summary": {
            "id": "Candi Hindu dari abad ke-8, dianggap candi tertua di Jawa Timur, dikaitkan dengan Prasasti Dinoyo dan Kerajaan Kanjuruhan.",
            "en": "An 8th-century Hindu temple, held to be the oldest in East Java, linked to the Dinoyo inscription and the kingdom of Kanjuruhan.",
        },
        "description": {
            "id": (
                "Candi Badut umumnya dikaitkan dengan Prasasti Dinoyo bertarikh 760 M, yang menyebut Raja Gajayana "
                "dari Kanjuruhan membangun tempat suci untuk Resi Agastya. Karena itu candi ini dianggap yang "
                "tertua di Jawa Timur, jauh sebelum candi-candi Singhasari. Ditemukan kembali dalam keadaan runtuh "
                "pada 1920-an dan dipugar tak lama kemudian, di dalam biliknya masih ada lingga dan yoni."
            ),
            "en": (
                "Badut Temple is generally linked to the Dinoyo inscription of 760 CE, which tells how King "
                "Gajayana of Kanjuruhan built a sanctuary for the sage Agastya. That makes it the oldest known "
                "temple in East Java, centuries before the Singhasari temples. Found again in ruins in the 1920s "
                "and restored soon after, it still holds a linga and yoni in its chamber."
            ),
        },
        "practical_info": {
            "id": "Di permukiman barat Kota Malang, sekitar 20 menit dari pusat kota. Buka pagi hingga sore; isi buku tamu dan kenakan pakaian sopan.",
            "en": "In a residential area on Malang's west side, about 20 minutes from the centre. Open from morning to late afternoon; sign the guest book and dress modestly.",
        },
        "lat": -7.9578,
        "lng": 112.5986,
        "scene": "candi",
    },
    {
        "slug": "kampung-kayutangan-heritage",
        "region": "malang",
        "area": "Kauman, Klojen, Kota Malang",
        "categories": ["heritage", "culture"],
        "name": {"id": "Kampung Kayutangan Heritage", "en": "Kampung Kayutangan Heritage"},
        "summary": {
            "id": "Kampung kota dari masa kolonial di balik Jalan Basuki Rahmat, dengan gang sempit dan rumah-rumah tua yang masih dihuni.",
            "en": "A colonial-era city kampung behind Jalan Basuki Rahmat, with narrow alleys and old houses that are still lived in.",
        },
        "description": {
            "id": (
                "Jalan Basuki Rahmat dulu bernama Kayutangan dan menjadi jalan pertokoan utama Malang pada masa "
                "Hindia Belanda. Di balik deretan tokonya, kampung Kayutangan menyimpan rumah-rumah bergaya Indis "
                "dari awal abad ke-20, tangga-tangga ke tepi Sungai Brantas dan warung kopi lama. Warga sendiri "
                "yang merawat dan memandu kampung ini; beberapa rumah dibuka untuk pengunjung."
            ),
            "en": (
                "Jalan Basuki Rahmat was once called Kayutangan, Malang's main shopping street in the Dutch "
                "colonial era. Behind its shopfronts, the Kayutangan kampung keeps Indies-style houses from the "
                "early 20th century, steps down to the Brantas river and old coffee stalls. Residents look after "
                "the kampung and guide visitors themselves; some houses open their doors."
            ),
        },
        "practical_info": {
            "id": "Masuk lewat gang di Jalan Basuki Rahmat, dekat Gereja Kayutangan. Ini permukiman: bicaralah pelan, minta izin sebelum memotret warga.",
            "en": "Enter through the alleys off Jalan Basuki Rahmat, near the Kayutangan church. People live here: keep your voice down and ask before photographing residents.",
        },
        "lat": -7.9788,
        "lng": 112.6303,
        "scene": "city",
    },
    # ---------------------------------------------------------------- Jambi
    {
        "slug": "kawasan-candi-muaro-jambi",
        "region": "jambi",
        "area": "Kabupaten Muaro Jambi",
        "categories": ["heritage", "education", "culture"],
        "name": {"id": "Kawasan Candi Muaro Jambi", "en": "Muaro Jambi Temple Complex"},
        "summary": {
            "id": "Kompleks candi bata merah di tepi Batanghari dari abad ke-7 hingga ke-13, salah satu situs kuno terluas di Asia Tenggara.",
            "en": "Red-brick temples on the Batanghari from the 7th to the 13th century, one of the largest ancient sites in Southeast Asia.",
        },
        "description": {
            "id": (
                "Sekitar satu jam dari Kota Jambi, reruntuhan candi dan gundukan bata yang disebut menapo "
                "tersebar di antara kebun duku dan durian di tepi Sungai Batanghari. Candi Gumpung, Candi "
                "Tinggi, Candi Kembar Batu dan Candi Gedong termasuk yang sudah dipugar, dihubungkan kanal-kanal "
                "kuno dan Kolam Telagorajo. Kawasan ini diyakini pernah menjadi pusat pembelajaran agama Buddha "
                "dan tercatat dalam daftar sementara Warisan Dunia UNESCO."
            ),
            "en": (
                "About an hour from Jambi city, temple ruins and brick mounds known as menapo lie scattered "
                "among duku and durian orchards on the Batanghari. Candi Gumpung, Candi Tinggi, Candi Kembar "
                "Batu and Candi Gedong are among those restored, linked by ancient canals and the Telagorajo "
                "pond. The site is believed to have been a centre of Buddhist learning and is on UNESCO's "
                "World Heritage tentative list."
            ),
        },
        "practical_info": {
            "id": "Buka setiap hari dari pagi hingga sore. Kawasannya luas: sewa sepeda di dekat pintu masuk, dan bawa topi, air minum dan losion antinyamuk. Jalan setapak paling kering pada musim kemarau.",
            "en": "Open daily from morning to late afternoon. The site is large: rent a bicycle near the entrance and bring a hat, water and insect repellent. Paths are driest in the dry season.",
        },
        "lat": -1.4770,
        "lng": 103.6670,
        "scene": "temple",
    },
    {
        "slug": "candi-kedaton",
        "region": "jambi",
        "area": "Kabupaten Muaro Jambi",
        "categories": ["heritage"],
        "name": {"id": "Candi Kedaton", "en": "Kedaton Temple"},
        "summary": {
            "id": "Kompleks candi yang luas dan sepi di bagian dalam kawasan Muaro Jambi, paling enak dicapai dengan sepeda.",
            "en": "A large, quiet temple enclosure deeper inside the Muaro Jambi site, best reached by bicycle.",
        },
        "description": {
            "id": (
                "Candi Kedaton adalah salah satu kompleks terbesar di Muaro Jambi, dengan bangunan induk bata "
                "yang dikelilingi pagar keliling. Letaknya lebih jauh dari gerbang utama, melewati jalan desa, "
                "kebun dan parit-parit kuno, sehingga suasananya jauh lebih tenang. Di sini terasa betapa luas "
                "kawasan percandian ini pada masa jayanya."
            ),
            "en": (
                "Kedaton is one of the largest enclosures at Muaro Jambi, a brick main temple inside a "
                "surrounding wall. It lies farther from the main gate, past village lanes, orchards and old "
                "canals, so it is much quieter. Here you get a sense of how vast the temple city was in its "
                "heyday."
            ),
        },
        "practical_info": {
            "id": "Beberapa kilometer dari gerbang utama; paling nyaman bersepeda di pagi hari. Tetap di jalur yang ada dan jangan menginjak struktur bata.",
            "en": "A few kilometres from the main gate; most pleasant by bicycle in the morning. Stay on the paths and never step on the brickwork.",
        },
        "lat": -1.4700,
        "lng": 103.6560,
        "scene": "temple",
    },
    {
        "slug": "gunung-kerinci",
        "region": "jambi",
        "area": "Kersik Tuo, Kabupaten Kerinci",
        "categories": ["mountain", "nature"],
        "name": {"id": "Gunung Kerinci", "en": "Mount Kerinci"},
        "summary": {
            "id": "Gunung api tertinggi di Indonesia, sekitar 3.805 m, menjulang di atas kebun teh Kayu Aro.",
            "en": "Indonesia's highest volcano at about 3,805 m, towering over the Kayu Aro tea gardens.",
        },
        "description": {
            "id": (
                "Kerinci adalah puncak tertinggi di Sumatra dan gunung api tertinggi di Indonesia, berada di "
                "Taman Nasional Kerinci Seblat yang menjadi bagian dari Warisan Dunia Hutan Hujan Tropis "
                "Sumatra. Jalur dari Kersik Tuo menembus hutan lebat hingga batas vegetasi, lalu tanah berbatu "
                "sampai ke bibir kawah yang berasap. Saat cerah, dari puncak terlihat Danau Gunung Tujuh dan "
                "hamparan kebun teh di bawahnya."
            ),
            "en": (
                "Kerinci is the highest peak in Sumatra and Indonesia's highest volcano, inside Kerinci Seblat "
                "National Park, part of the Tropical Rainforest Heritage of Sumatra World Heritage site. The "
                "trail from Kersik Tuo climbs through dense forest to the tree line, then over loose rock to "
                "the smoking crater rim. On a clear morning you can see Lake Gunung Tujuh and the tea gardens "
                "far below."
            ),
        },
        "practical_info": {
            "id": "Pendakian biasanya 2–3 hari pulang-pergi dengan berkemah di shelter; daftar di pos taman nasional dan gunakan pemandu lokal. Musim kemarau paling aman; cek status gunung sebelum berangkat.",
            "en": "The climb usually takes 2–3 days return, camping at the shelters; register at the park post and hire a local guide. The dry season is safest; check the volcano's alert level first.",
        },
        "lat": -1.6970,
        "lng": 101.2640,
        "scene": "summit",
    },
    {
        "slug": "danau-gunung-tujuh",
        "region": "jambi",
        "area": "Pelompek, Kabupaten Kerinci",
        "categories": ["nature", "mountain"],
        "name": {"id": "Danau Gunung Tujuh", "en": "Lake Gunung Tujuh"},
        "summary": {
            "id": "Danau kaldera di ketinggian sekitar 1.950 m di Taman Nasional Kerinci Seblat, dikelilingi tujuh puncak berhutan: danau kaldera tertinggi di Asia Tenggara.",
            "en": "A caldera lake at about 1,950 m in Kerinci Seblat National Park, ringed by seven forested peaks: the highest caldera lake in Southeast Asia.",
        },
        "description": {
            "id": (
                "Dari pintu masuk di Pelompek, jalan setapak menanjak 2–3 jam menembus hutan Kerinci Seblat "
                "sebelum danau biru ini tiba-tiba terbuka di balik punggungan. Airnya tenang dan dingin, "
                "dikelilingi dinding kaldera yang diselimuti hutan lebat. Pengunjung bisa berkemah di tepi "
                "danau atau kembali turun di hari yang sama."
            ),
            "en": (
                "From the gate at Pelompek, a steep path climbs for 2–3 hours through the Kerinci Seblat forest "
                "before the blue lake suddenly opens up beyond the ridge. The water is still and cold, "
                "surrounded by caldera walls under thick forest. You can camp on the shore or walk back down "
                "the same day."
            ),
        },
        "practical_info": {
            "id": "Berangkat pagi agar tiba sebelum kabut siang turun. Daftar di pos taman nasional, bawa jas hujan, bekal dan air secukupnya.",
            "en": "Start early to arrive before the midday cloud rolls in. Register at the park post and bring rain gear, food and enough water.",
        },
        "lat": -1.7040,
        "lng": 101.3980,
        "scene": "lake",
    },
    {
        "slug": "danau-kerinci",
        "region": "jambi",
        "area": "Kabupaten Kerinci",
        "categories": ["nature", "culture"],
        "name": {"id": "Danau Kerinci", "en": "Lake Kerinci"},
        "summary": {
            "id": "Danau luas di lembah Kerinci yang dikelilingi sawah dan perbukitan, tuan rumah Festival Danau Kerinci.",
            "en": "A broad lake in the Kerinci valley surrounded by rice fields and hills, home of the Lake Kerinci Festival.",
        },
        "description": {
            "id": (
                "Danau Kerinci terletak di selatan Sungai Penuh, di lembah subur yang diapit perbukitan Bukit "
                "Barisan. Di tepiannya ada desa-desa nelayan, sawah dan dermaga kecil tempat perahu warga "
                "bersandar; sore hari adalah waktu terbaik untuk berjalan di tepi danau. Setiap tahun kawasan "
                "ini menjadi panggung festival budaya Kerinci."
            ),
            "en": (
                "Lake Kerinci lies south of Sungai Penuh in a fertile valley hemmed in by the Barisan range. "
                "Fishing villages, rice fields and small jetties line its shore; late afternoon is the best "
                "time for a walk along the water. Each year the lake hosts Kerinci's cultural festival."
            ),
        },
        "practical_info": {
            "id": "Sekitar 30 menit berkendara dari Sungai Penuh. Cocok dipadukan dengan kunjungan ke kebun kayu manis dan desa-desa di sekitarnya.",
            "en": "About 30 minutes' drive from Sungai Penuh. Combine it with a visit to the cinnamon gardens and villages nearby.",
        },
        "lat": -2.1300,
        "lng": 101.4850,
        "scene": "lake",
    },
    {
        "slug": "danau-kaco",
        "region": "jambi",
        "area": "Lempur, Kabupaten Kerinci",
        "categories": ["nature"],
        "name": {"id": "Danau Kaco", "en": "Lake Kaco"},
        "summary": {
            "id": "Kolam alami sebening kaca di tengah hutan Kerinci, dengan air biru yang seakan menyala saat matahari tinggi.",
            "en": "A glass-clear pool deep in the Kerinci forest, its blue water almost glowing when the sun is high.",
        },
        "description": {
            "id": (
                "Kaco berarti kaca: danau kecil ini begitu jernih sehingga dasarnya terlihat jelas dari tepi. "
                "Letaknya di hutan dekat Desa Lempur di bagian selatan Kerinci, dicapai dengan berjalan kaki "
                "beberapa jam melewati hutan dan aliran sungai bersama pemandu desa. Warga setempat punya "
                "cerita turun-temurun tentang asal cahaya birunya."
            ),
            "en": (
                "Kaco means glass: this small lake is so clear you can see the bottom from the shore. It lies "
                "in the forest near Lempur village in southern Kerinci, reached after a walk of several hours "
                "through forest and streams with a village guide. Local people tell old stories about where "
                "its blue light comes from."
            ),
        },
        "practical_info": {
            "id": "Perjalanan pulang-pergi biasanya memakan waktu seharian dan wajib bersama pemandu dari desa. Jalur bisa licin dan berlumpur; pakai sepatu trekking dan bawa bekal.",
            "en": "The return walk usually takes a full day and must be done with a village guide. The trail can be slippery and muddy; wear hiking shoes and bring food.",
        },
        "lat": -2.2690,
        "lng": 101.4430,
        "scene": "lake",
    },
    {
        "slug": "air-terjun-telun-berasap",
        "region": "jambi",
        "area": "Kayu Aro, Kabupaten Kerinci",
        "categories": ["nature"],
        "name": {"id": "Air Terjun Telun Berasap", "en": "Telun Berasap Waterfall"},
        "summary": {
            "id": "Air terjun deras yang percikannya mengepul seperti asap, tak jauh dari kebun teh Kayu Aro.",
            "en": "A thundering waterfall whose spray billows like smoke, close to the Kayu Aro tea gardens.",
        },
        "description": {
            "id": (
                "Nama Telun Berasap berasal dari kabut percikan air yang terus mengepul di kaki air terjun, "
                "seolah-olah berasap. Dari jalan raya, deretan anak tangga menurun ke lembah hingga ke kolam "
                "di bawahnya. Suaranya menggelegar dan udara di sekitarnya sejuk sepanjang hari."
            ),
            "en": (
                "Telun Berasap, the smoking falls, takes its name from the cloud of spray that never stops "
                "rising at its foot. From the main road a long flight of steps leads down into the valley to "
                "the pool below. It roars, and the air around it stays cool all day."
            ),
        },
        "practical_info": {
            "id": "Anak tangga cukup curam untuk naik kembali; pakai alas kaki yang tidak licin. Kunjungan cukup sekitar satu jam, paling bagus pagi hari.",
            "en": "The steps are steep on the way back up; wear shoes that grip. An hour is enough, and mornings are best.",
        },
        "lat": -1.7650,
        "lng": 101.2950,
        "scene": "waterfall",
    },
    {
        "slug": "kebun-teh-kayu-aro",
        "region": "jambi",
        "area": "Kayu Aro, Kabupaten Kerinci",
        "categories": ["nature", "education", "heritage"],
        "name": {"id": "Kebun Teh Kayu Aro", "en": "Kayu Aro Tea Estate"},
        "summary": {
            "id": "Perkebunan teh dari masa Hindia Belanda di kaki Gunung Kerinci, salah satu kebun teh tertua dan terluas di Indonesia; kunjungan kebun dan pabrik bersama pemandu.",
            "en": "A tea estate planted in the Dutch colonial era at the foot of Mount Kerinci, one of the oldest and largest in Indonesia; guided visits of the gardens and factory.",
        },
        "description": {
            "id": (
                "Kebun teh Kayu Aro dibuka pada masa Hindia Belanda dan hingga kini masih berproduksi, dengan "
                "pabrik teh tua di tengah kebun. Barisan tanaman teh menghampar sampai ke lereng Kerinci, dan "
                "pada pagi yang cerah puncak gunung tampak jelas di atasnya. Pengunjung bisa berjalan di jalan "
                "kebun, melihat pemetik bekerja dan mencicipi teh hitam dari Kerinci."
            ),
            "en": (
                "The Kayu Aro estate was opened in the Dutch colonial era and still produces tea today, with an "
                "old factory in the middle of the gardens. The rows run right up to the slopes of Kerinci, and "
                "on a clear morning the summit stands sharp above them. You can walk the estate roads, watch "
                "the pickers at work and taste Kerinci black tea."
            ),
        },
        "practical_info": {
            "id": "Kunjungan ke pabrik memerlukan izin pengelola dan biasanya diatur oleh pemandu. Pagi hari bisa di bawah 15 °C, jadi bawa jaket.",
            "en": "Factory visits need the estate's permission and are usually arranged by a guide. Mornings can be below 15 °C, so bring a jacket.",
        },
        "lat": -1.7300,
        "lng": 101.2600,
        "scene": "tea",
    },
    {
        "slug": "jembatan-gentala-arasy",
        "region": "jambi",
        "area": "Kota Jambi",
        "categories": ["heritage", "culture"],
        "name": {"id": "Jembatan & Menara Gentala Arasy", "en": "Gentala Arasy Bridge and Tower"},
        "summary": {
            "id": "Jembatan pejalan kaki berkelok di atas Batanghari yang menghubungkan tepian kota dengan Seberang Kota dan menaranya.",
            "en": "A curving footbridge over the Batanghari linking the city waterfront with Seberang Kota and its tower.",
        },
        "description": {
            "id": (
                "Jembatan Gentala Arasy melintang di atas Sungai Batanghari, sungai terpanjang di Sumatra, "
                "dalam bentuk meliuk seperti huruf S dan khusus untuk pejalan kaki. Di ujung seberang berdiri "
                "Menara Gentala Arasy yang menyimpan museum kecil tentang sejarah Islam di Jambi. Menjelang "
                "senja, warga berkumpul di tepian Tanggo Rajo untuk melihat matahari terbenam dan jajan."
            ),
            "en": (
                "The Gentala Arasy bridge crosses the Batanghari, Sumatra's longest river, in a sweeping S-curve "
                "reserved for pedestrians. At the far end stands the Gentala Arasy tower, which houses a small "
                "museum on the history of Islam in Jambi. Towards dusk, people gather on the Tanggo Rajo "
                "waterfront for the sunset and street food."
            ),
        },
        "practical_info": {
            "id": "Paling indah sore hingga malam saat lampu jembatan menyala. Jembatannya sekitar 500 meter, jadi siapkan diri untuk berjalan kaki.",
            "en": "Loveliest from late afternoon into the evening, when the bridge lights come on. It is about 500 metres long, so be ready to walk.",
        },
        "lat": -1.5862,
        "lng": 103.6150,
        "scene": "river",
    },
    {
        "slug": "danau-sipin",
        "region": "jambi",
        "area": "Telanaipura, Kota Jambi",
        "categories": ["nature", "culinary"],
        "name": {"id": "Danau Sipin", "en": "Lake Sipin"},
        "summary": {
            "id": "Danau di tengah Kota Jambi untuk bersantai sore dan menikmati ikan segar di rumah makan tepi air.",
            "en": "A lake in the middle of Jambi city for a lazy afternoon and fresh fish at the waterside eateries.",
        },
        "description": {
            "id": (
                "Danau Sipin adalah ruang terbuka favorit warga Kota Jambi. Di permukaannya terapung "
                "keramba-keramba ikan milik warga, dan di tepiannya ada rumah makan sederhana yang menyajikan "
                "ikan bakar dan pindang. Sore hari, tepian danau ramai orang berjalan santai menunggu matahari "
                "terbenam."
            ),
            "en": (
                "Lake Sipin is one of Jambi city's favourite open spaces. Residents raise fish in floating "
                "cages on the water, and simple restaurants on the shore serve grilled fish and pindang, a "
                "sour-spicy fish soup. In the late afternoon the shore fills with people strolling until sunset."
            ),
        },
        "practical_info": {
            "id": "Datang sore hari menjelang matahari terbenam. Bawa losion antinyamuk bila ingin duduk sampai malam.",
            "en": "Come in the late afternoon before sunset. Bring insect repellent if you plan to stay into the evening.",
        },
        "lat": -1.6020,
        "lng": 103.5850,
        "scene": "river",
    },
    {
        "slug": "museum-siginjei",
        "region": "jambi",
        "area": "Kota Jambi",
        "categories": ["heritage", "education"],
        "name": {"id": "Museum Siginjei", "en": "Siginjei Museum"},
        "summary": {
            "id": "Museum Provinsi Jambi dengan koleksi arkeologi, etnografi, pakaian adat dan kain batik Jambi.",
            "en": "Jambi's provincial museum, with archaeology, ethnography, traditional dress and Batik Jambi textiles.",
        },
        "description": {
            "id": (
                "Museum Siginjei memperkenalkan sejarah Jambi dari masa prasejarah dan Melayu Kuno hingga "
                "Kesultanan Jambi. Koleksinya mencakup arca dan temuan arkeologi, pakaian adat, alat musik, "
                "perlengkapan rumah tangga tradisional dan kain batik Jambi. Namanya diambil dari Keris "
                "Siginjei, pusaka Kesultanan Jambi."
            ),
            "en": (
                "The Siginjei Museum tells Jambi's story from prehistory and the Old Malay period to the Jambi "
                "Sultanate. Its collection includes statues and archaeological finds, traditional dress, musical "
                "instruments, household objects and Batik Jambi cloth. It is named after the Keris Siginjei, "
                "the heirloom dagger of the Jambi sultans."
            ),
        },
        "practical_info": {
            "id": "Buka pada jam kerja; hari dan jam buka bisa berubah, jadi cek sebelum datang. Satu hingga dua jam sudah cukup untuk berkeliling.",
            "en": "Open during office hours; days and times can change, so check before you go. One to two hours is enough to see it all.",
        },
        "lat": -1.6040,
        "lng": 103.5990,
        "scene": "museum",
    },
    {
        "slug": "kampung-batik-seberang-kota",
        "region": "jambi",
        "area": "Seberang Kota, Kota Jambi",
        "categories": ["crafts", "culture"],
        "name": {"id": "Kampung Batik Seberang Kota", "en": "Seberang Kota Batik Village"},
        "summary": {
            "id": "Sanggar-sanggar batik Jambi di Seberang Kota dan sekitar Danau Sipin, dengan motif seperti angso duo dan durian pecah.",
            "en": "The Batik Jambi workshops of Seberang Kota and the Danau Sipin area, with motifs such as angso duo and durian pecah.",
        },
        "description": {
            "id": (
                "Di Seberang Kota, di seberang Sungai Batanghari, perajin membuat batik Jambi dengan canting dan "
                "cap di antara rumah-rumah panggung tua di tepi sungai. Motifnya diambil dari alam dan kehidupan "
                "setempat, seperti angso duo (sepasang angsa) dan durian pecah. Pengunjung bisa mencoba "
                "membatik dan membeli kain langsung dari perajinnya."
            ),
            "en": (
                "In Seberang Kota, across the Batanghari, craftspeople make Batik Jambi with the canting pen and "
                "copper stamps among old stilt houses on the riverbank. Motifs come from local nature and life, "
                "such as angso duo (a pair of geese) and durian pecah (split durian). Visitors can try their "
                "hand at batik and buy cloth straight from the makers."
            ),
        },
        "practical_info": {
            "id": "Dari kota, seberangi Jembatan Gentala Arasy dengan berjalan kaki atau naik perahu ketek. Kelas membatik singkat sebaiknya dipesan sehari sebelumnya.",
            "en": "From the city, walk across the Gentala Arasy bridge or take a small ketek boat. Book a short batik class a day ahead.",
        },
        "lat": -1.5790,
        "lng": 103.6120,
        "scene": "crafts",
    },
    {
        "slug": "masjid-agung-al-falah",
        "region": "jambi",
        "area": "Kota Jambi",
        "categories": ["heritage", "culture"],
        "name": {"id": "Masjid Agung Al-Falah (Masjid Seribu Tiang)", "en": "Al-Falah Grand Mosque (Mosque of a Thousand Pillars)"},
        "summary": {
            "id": "Masjid raya Jambi yang terbuka tanpa dinding penuh dan ditopang deretan tiang, di kawasan bekas pusat Kesultanan Jambi.",
            "en": "Jambi's grand mosque, open-sided and carried on rows of pillars, on the former seat of the Jambi Sultanate.",
        },
        "description": {
            "id": (
                "Masjid Agung Al-Falah dijuluki Masjid Seribu Tiang karena ruang salatnya yang lapang ditopang "
                "deretan tiang dan nyaris tanpa dinding, sehingga angin mengalir bebas. Masjid ini berdiri di "
                "kawasan yang dahulu menjadi pusat Kesultanan Jambi. Di luar waktu salat, pengunjung "
                "dipersilakan masuk dengan pakaian sopan."
            ),
            "en": (
                "The Al-Falah Grand Mosque is nicknamed the Mosque of a Thousand Pillars because its vast prayer "
                "hall rests on rows of columns with almost no walls, so the breeze flows straight through. It "
                "stands where the Jambi Sultanate once had its seat. Outside prayer times, visitors are welcome "
                "in modest dress."
            ),
        },
        "practical_info": {
            "id": "Kenakan pakaian yang menutup lengan dan kaki; perempuan sebaiknya membawa kerudung. Hindari berkunjung saat salat Jumat.",
            "en": "Wear clothes covering arms and legs; women should bring a headscarf. Avoid visiting during Friday prayers.",
        },
        "lat": -1.5896,
        "lng": 103.6093,
        "scene": "museum",
    },
    {
        "slug": "taman-nasional-bukit-duabelas",
        "region": "jambi",
        "area": "Sarolangun, Batanghari & Tebo",
        "categories": ["nature", "culture"],
        "name": {"id": "Taman Nasional Bukit Duabelas", "en": "Bukit Duabelas National Park"},
        "summary": {
            "id": "Hutan hujan dataran rendah yang menjadi ruang hidup Orang Rimba, dikunjungi hanya dalam kelompok kecil bersama pendamping.",
            "en": "Lowland rainforest that is home to the Orang Rimba, visited only in small groups with a trusted companion.",
        },
        "description": {
            "id": (
                "Taman Nasional Bukit Duabelas melindungi hutan hujan dataran rendah yang menjadi ruang hidup "
                "Orang Rimba, masyarakat yang hidupnya bergantung pada hutan. Kunjungan ke sini bukan tontonan "
                "budaya: pengunjung datang dalam kelompok kecil, bersama pendamping yang dikenal masyarakat, dan "
                "mengikuti aturan adat serta pengelola taman nasional. Yang dipelajari adalah hutan itu sendiri, "
                "dari tumbuhan obat hingga pohon sialang tempat lebah bersarang."
            ),
            "en": (
                "Bukit Duabelas National Park protects lowland rainforest that is the living space of the Orang "
                "Rimba, a people whose lives depend on the forest. A visit here is not a cultural show: you come "
                "in a small group, with a companion the community knows, and follow both customary rules and the "
                "park's. What you learn about is the forest itself, from medicinal plants to the sialang trees "
                "where wild bees nest."
            ),
        },
        "practical_info": {
            "id": "Kunjungan harus diatur jauh hari lewat pengelola taman nasional atau lembaga pendamping. Jangan memotret orang tanpa izin dan jangan membagikan makanan atau barang tanpa arahan pendamping.",
            "en": "Visits must be arranged well ahead through the park office or an accompanying organisation. Never photograph people without consent, and don't hand out food or gifts unless your companion says so.",
        },
        "lat": -1.9170,
        "lng": 102.5830,
        "scene": "forest",
    },
    {
        "slug": "taman-nasional-berbak",
        "region": "jambi",
        "area": "Muaro Jambi & Tanjung Jabung Timur",
        "categories": ["nature"],
        "name": {"id": "Taman Nasional Berbak", "en": "Berbak National Park"},
        "summary": {
            "id": "Hutan rawa gambut dan rawa air tawar di pesisir timur Jambi, lahan basah yang diakui sebagai situs Ramsar.",
            "en": "Peat swamp and freshwater swamp forest on Jambi's east coast, a wetland recognised as a Ramsar site.",
        },
        "description": {
            "id": (
                "Berbak adalah salah satu bentang hutan rawa gambut terluas yang tersisa di Sumatra, dengan "
                "sungai berair hitam, pohon-pohon berakar napas dan hutan nipah menjelang pesisir. Kawasan ini "
                "menjadi habitat harimau Sumatra, tapir dan banyak jenis burung, meski satwa besar jarang "
                "terlihat. Cara terbaik mengenalnya adalah menyusuri sungai dengan perahu."
            ),
            "en": (
                "Berbak is one of the largest stretches of peat swamp forest left in Sumatra, with blackwater "
                "rivers, trees on breathing roots and nipa palms towards the coast. It is home to Sumatran "
                "tigers, tapirs and a great many birds, though large animals are rarely seen. The best way to "
                "know it is by boat along its rivers."
            ),
        },
        "practical_info": {
            "id": "Masuk kawasan memerlukan izin pengelola taman nasional; perjalanan biasanya 2–3 hari dengan mobil dan perahu. Bawa pakaian lengan panjang, obat antinyamuk dan perlengkapan hujan.",
            "en": "Entry needs a permit from the park office; trips usually take 2–3 days by car and boat. Bring long sleeves, insect repellent and rain gear.",
        },
        "lat": -1.3980,
        "lng": 104.2700,
        "scene": "forest",
    },
    {
        "slug": "kuliner-tepian-batanghari",
        "region": "jambi",
        "area": "Kota Jambi",
        "categories": ["culinary"],
        "name": {"id": "Kuliner Jambi di Tepian Batanghari", "en": "Jambi Food by the Batanghari"},
        "summary": {
            "id": "Gulai ikan patin dengan tempoyak, nasi gemuk untuk sarapan dan kopi Kerinci, dinikmati dekat sungai.",
            "en": "Patin fish curry with tempoyak, nasi gemuk for breakfast and Kerinci coffee, enjoyed near the river.",
        },
        "description": {
            "id": (
                "Hidangan wajib di Jambi adalah gulai ikan patin, sering dimasak dengan tempoyak, durian "
                "fermentasi yang memberi rasa asam gurih. Pagi hari warga sarapan nasi gemuk, nasi santan "
                "dengan sambal, teri dan telur, sementara kopi dari dataran tinggi Kerinci menemani sore. "
                "Menjelang malam, tepian Batanghari di sekitar Tanggo Rajo ramai penjual makanan."
            ),
            "en": (
                "The dish to try in Jambi is gulai ikan patin, catfish curry often cooked with tempoyak, "
                "fermented durian that gives it a sour, savoury depth. Mornings start with nasi gemuk, coconut "
                "rice with sambal, anchovies and egg, while coffee from the Kerinci highlands keeps the "
                "afternoon going. Towards evening, the Tanggo Rajo riverside fills with food sellers."
            ),
        },
        "practical_info": {
            "id": "Tempoyak beraroma kuat, jadi cicipi sedikit dulu. Rumah makan patin ramai saat makan siang; datang sebelum pukul 12.00.",
            "en": "Tempoyak has a strong aroma, so start with a small taste. Patin restaurants get busy at lunch; arrive before noon.",
        },
        "lat": -1.5885,
        "lng": 103.6120,
        "scene": "food",
    },
]

ORGANISATIONS = [
    # ---------------------------------------------------------------- Malang Raya
    {
        "slug": "bromo-trails",
        "kind": "agency",
        "region": "malang",
        "name": "Bromo Trails Adventure",
        "legal_name": "CV Jejak Tengger Lestari",
        "address": "Jl. Raya Tumpang No. 88, Tumpang, Kabupaten Malang, Jawa Timur 65156",
        "email": "halo@bromo-trails.example.id",
        "phone": "+6281334528710",
        "website": "https://bromo-trails.example.id",
        "bank_name": "Bank Jatim",
        "bank_account_number": "0041235678",
        "bank_account_holder": "CV Jejak Tengger Lestari",
        "description": {
            "id": (
                "Operator jip dan pendakian di Tumpang, pintu timur Malang menuju Bromo dan Semeru. Pemandu "
                "dan pengemudi kami warga Tumpang dan Tengger yang sudah belasan tahun naik-turun kaldera."
            ),
            "en": (
                "Jeep and trekking operator in Tumpang, Malang's eastern gateway to Bromo and Semeru. Our "
                "guides and drivers are Tumpang and Tengger locals who have worked the caldera for years."
            ),
        },
    },
    {
        "slug": "arek-malang-travel",
        "kind": "agency",
        "region": "malang",
        "name": "Arek Malang Travel",
        "legal_name": "PT Arek Malang Wisata Nusantara",
        "address": "Jl. Kawi No. 27, Klojen, Kota Malang, Jawa Timur 65119",
        "email": "info@arekmalang-travel.example.id",
        "phone": "+6285233417760",
        "website": "https://arekmalang-travel.example.id",
        "bank_name": "BCA",
        "bank_account_number": "3150789012",
        "bank_account_holder": "PT Arek Malang Wisata Nusantara",
        "description": {
            "id": (
                "Biro perjalanan Kota Malang untuk wisata sejarah, budaya dan kuliner, termasuk jalur candi "
                "Singhasari dan kunjungan studi. Mitra utama paket gabungan Malang–Jambi di sisi Malang."
            ),
            "en": (
                "A Kota Malang travel agency for heritage, culture and food trips, including the Singhasari "
                "temple trail and study visits. The lead Malang partner for joint Malang–Jambi packages."
            ),
        },
    },
    {
        "slug": "griya-ijen-heritage",
        "kind": "hotel",
        "region": "malang",
        "name": "Griya Ijen Heritage Hotel",
        "legal_name": "PT Griya Ijen Lestari",
        "address": "Jl. Retawu No. 14, Klojen, Kota Malang, Jawa Timur 65112",
        "email": "reservasi@griya-ijen.example.id",
        "phone": "+6281230985512",
        "website": "https://griya-ijen.example.id",
        "bank_name": "Bank Mandiri",
        "bank_account_number": "1440012345678",
        "bank_account_holder": "PT Griya Ijen Lestari",
        "description": {
            "id": (
                "Hotel butik 32 kamar di rumah kolonial yang dipugar, beberapa langkah dari Jalan Ijen. "
                "Sarapan pecel dan rawon, sepeda pinjaman gratis, dan resepsionis yang siap mengatur "
                "penjemputan ke Bromo."
            ),
            "en": (
                "A 32-room boutique hotel in a restored colonial house, a short walk from Jalan Ijen. "
                "Breakfast of pecel and rawon, free bicycles to borrow, and a front desk happy to arrange "
                "your Bromo pick-up."
            ),
        },
    },
    {
        "slug": "panderman-apple-resort",
        "kind": "hotel",
        "region": "malang",
        "name": "Panderman Apple Garden Resort",
        "legal_name": "PT Kebun Apel Panderman",
        "address": "Jl. Raya Oro-Oro Ombo No. 21, Kota Batu, Jawa Timur 65316",
        "email": "stay@panderman-resort.example.id",
        "phone": "+6287755120943",
        "website": "https://panderman-resort.example.id",
        "bank_name": "BRI",
        "bank_account_number": "004501002345307",
        "bank_account_holder": "PT Kebun Apel Panderman",
        "description": {
            "id": (
                "Resor keluarga di lereng Gunung Panderman dengan kebun apel sendiri, kolam air hangat dan "
                "pemandangan Kota Batu. Dekat ke Museum Angkut, Coban Rais dan landasan paralayang."
            ),
            "en": (
                "A family resort on the slopes of Mount Panderman with its own apple orchard, a warm pool "
                "and views over Kota Batu. Close to Museum Angkut, Coban Rais and the paragliding hill."
            ),
        },
    },
    # ---------------------------------------------------------------- Jambi
    {
        "slug": "batanghari-explore",
        "kind": "agency",
        "region": "jambi",
        "name": "Batanghari Explore",
        "legal_name": "PT Jelajah Batanghari Nusantara",
        "address": "Jl. Sultan Agung No. 19, Pasar Jambi, Kota Jambi, Jambi 36111",
        "email": "halo@batanghari-explore.example.id",
        "phone": "+6281266034512",
        "website": "https://batanghari-explore.example.id",
        "bank_name": "Bank Jambi",
        "bank_account_number": "1001234567",
        "bank_account_holder": "PT Jelajah Batanghari Nusantara",
        "description": {
            "id": (
                "Biro perjalanan Kota Jambi dengan pemandu bersertifikat untuk Kawasan Candi Muaro Jambi, "
                "tur sungai dan batik Seberang Kota. Mitra utama paket gabungan Malang–Jambi di sisi Jambi."
            ),
            "en": (
                "A Jambi city agency with certified guides for the Muaro Jambi temples, river trips and the "
                "batik villages of Seberang Kota. The lead Jambi partner for joint Malang–Jambi packages."
            ),
        },
    },
    {
        "slug": "kerinci-highland-trek",
        "kind": "agency",
        "region": "jambi",
        "name": "Kerinci Highland Trek",
        "legal_name": "CV Puncak Kerinci Wisata",
        "address": "Jl. Raya Kersik Tuo No. 7, Kayu Aro, Kabupaten Kerinci, Jambi 37163",
        "email": "trek@kerinci-highland.example.id",
        "phone": "+6282283916604",
        "website": "https://kerinci-highland.example.id",
        "bank_name": "BRI",
        "bank_account_number": "577201004561503",
        "bank_account_holder": "CV Puncak Kerinci Wisata",
        "description": {
            "id": (
                "Pemandu dan porter dari Kersik Tuo untuk pendakian Gunung Kerinci, Danau Gunung Tujuh dan "
                "jalan-jalan di kebun teh Kayu Aro. Kelompok kecil, perlengkapan terawat, keselamatan dulu."
            ),
            "en": (
                "Guides and porters from Kersik Tuo for Mount Kerinci, Lake Gunung Tujuh and walks through the "
                "Kayu Aro tea gardens. Small groups, well-kept gear, safety first."
            ),
        },
    },
    {
        "slug": "hotel-tepian-gentala",
        "kind": "hotel",
        "region": "jambi",
        "name": "Hotel Tepian Gentala",
        "legal_name": "PT Tepian Gentala Sejahtera",
        "address": "Jl. Raden Pamuk No. 8, Pasar Jambi, Kota Jambi, Jambi 36111",
        "email": "reservasi@tepian-gentala.example.id",
        "phone": "+6281373302418",
        "website": "https://tepian-gentala.example.id",
        "bank_name": "BNI",
        "bank_account_number": "0823456719",
        "bank_account_holder": "PT Tepian Gentala Sejahtera",
        "description": {
            "id": (
                "Hotel 60 kamar dekat tepian Batanghari, sepuluh menit berjalan kaki ke Jembatan Gentala Arasy. "
                "Restoran kami terkenal dengan gulai patin dan sarapan nasi gemuk."
            ),
            "en": (
                "A 60-room hotel near the Batanghari waterfront, a ten-minute walk from the Gentala Arasy "
                "bridge. Our restaurant is known for its patin curry and nasi gemuk breakfast."
            ),
        },
    },
    {
        "slug": "pondok-teh-kayu-aro",
        "kind": "hotel",
        "region": "jambi",
        "name": "Pondok Teh Kayu Aro",
        "legal_name": "CV Kabut Kayu Aro",
        "address": "Jl. Raya Sungai Penuh–Kersik Tuo, Kayu Aro, Kabupaten Kerinci, Jambi 37163",
        "email": "halo@pondok-kayuaro.example.id",
        "phone": "+6285266718290",
        "website": "https://pondok-kayuaro.example.id",
        "bank_name": "BCA",
        "bank_account_number": "8420135796",
        "bank_account_holder": "CV Kabut Kayu Aro",
        "description": {
            "id": (
                "Penginapan kayu 14 kamar di tengah kebun teh, menghadap Gunung Kerinci. Perapian, teh Kayu "
                "Aro sepanjang hari, dan titik awal yang nyaman untuk pendakian serta Danau Gunung Tujuh."
            ),
            "en": (
                "A 14-room wooden lodge among the tea gardens, facing Mount Kerinci. A fireplace, Kayu Aro tea "
                "all day, and a comfortable base for the climb and for Lake Gunung Tujuh."
            ),
        },
    },
]


PACKAGES = [
    # ---------------------------------------------------------------- Malang Raya
    {
        "slug": "sunrise-bromo-jip-dari-malang",
        "provider": "bromo-trails",
        "co_provider": None,
        "title": {"id": "Sunrise Bromo dengan Jip dari Malang", "en": "Bromo Sunrise by Jeep from Malang"},
        "summary": {
            "id": "Jip 4x4 lewat Tumpang ke Penanjakan untuk matahari terbit, lalu lautan pasir, kawah Bromo, Pasir Berbisik dan Savana Teletubbies.",
            "en": "A 4x4 jeep through Tumpang to Penanjakan for sunrise, then the sea of sand, Bromo's crater, the Whispering Sands and the savanna.",
        },
        "description": {
            "id": (
                "Kami menjemput Anda di Kota Malang lewat tengah malam dan berpindah ke jip 4x4 di Tumpang. "
                "Setelah matahari terbit di Penanjakan, jip turun ke lautan pasir; dari sana Anda bisa berjalan "
                "atau naik kuda ke kaki tangga kawah. Perjalanan berlanjut ke Pasir Berbisik dan Savana "
                "Teletubbies sebelum kembali ke Malang sekitar tengah hari."
            ),
            "en": (
                "We pick you up in Kota Malang after midnight and switch to a 4x4 jeep in Tumpang. After sunrise "
                "at Penanjakan the jeep drops into the sea of sand, where you can walk or ride a horse to the "
                "foot of the crater steps. We continue to the Whispering Sands and the Teletubbies Savanna and "
                "are back in Malang around midday."
            ),
        },
        "inclusions": {
            "id": [
                "Penjemputan dan pengantaran di hotel Kota Malang",
                "Jip 4x4 berbagi, maksimal 6 orang per jip",
                "Tiket masuk Taman Nasional Bromo Tengger Semeru",
                "Pemandu berbahasa Indonesia dan Inggris",
                "Sarapan ringan dan air mineral",
            ],
            "en": [
                "Pick-up and drop-off at your Kota Malang hotel",
                "Shared 4x4 jeep, at most 6 people per jeep",
                "Bromo Tengger Semeru National Park entrance ticket",
                "Guide speaking Indonesian and English",
                "Light breakfast and drinking water",
            ],
        },
        "exclusions": {
            "id": ["Sewa kuda di lautan pasir", "Jaket dan sarung tangan", "Tip untuk pengemudi dan pemandu"],
            "en": ["Horse ride across the sand", "Jacket and gloves", "Tips for driver and guide"],
        },
        "meeting_point": {
            "id": "Lobi hotel Anda di Kota Malang (penjemputan pukul 00.30–01.00)",
            "en": "Your hotel lobby in Kota Malang (pick-up 00:30–01:00)",
        },
        "duration_days": 1,
        "duration_nights": 0,
        "min_group": 1,
        "max_group": 12,
        "cancellation_policy": "moderate",
        "pay_at_meeting_point": True,
        "featured": True,
        "prices": [{"code": "adult", "amount": 450000}, {"code": "child", "amount": 350000}],
        "start_time": "00:30",
        "weekdays": [0, 1, 2, 3, 4, 5, 6],
        "capacity": 24,
        "scene": "volcano",
        "days": [
            {
                "title": {"id": "Penanjakan, lautan pasir dan kawah Bromo", "en": "Penanjakan, the sea of sand and Bromo's crater"},
                "description": {
                    "id": "Matahari terbit di Penanjakan, lalu turun ke lautan pasir dan naik ke bibir kawah Bromo. Setelah Pasir Berbisik dan Savana Teletubbies, kembali ke Malang sekitar pukul 12.00.",
                    "en": "Sunrise at Penanjakan, then down to the sea of sand and up to Bromo's crater rim. After the Whispering Sands and the savanna, back in Malang around noon.",
                },
                "attractions": ["gunung-bromo"],
                "nights": 0,
                "accommodation": None,
            },
        ],
    },
    {
        "slug": "kemah-ranu-kumbolo",
        "provider": "bromo-trails",
        "co_provider": None,
        "title": {"id": "Kemah Ranu Kumbolo 2 Hari 1 Malam", "en": "Ranu Kumbolo Camping, 2 Days 1 Night"},
        "summary": {
            "id": "Mendaki dari Ranu Pani ke danau di jalur Semeru, berkemah di tepinya dan menyambut matahari terbit di antara dua bukit.",
            "en": "Hike from Ranu Pani to the lake on the Semeru trail, camp on its shore and greet the sunrise between two hills.",
        },
        "description": {
            "id": (
                "Pendakian menengah untuk pemula yang bugar: sekitar 10 km berjalan kaki dari Ranu Pani ke "
                "Ranu Kumbolo. Porter membawa tenda dan logistik, juru masak menyiapkan makan malam hangat, dan "
                "kami mengurus izin pendakian daring. Paket ini tidak naik ke puncak Semeru dan selalu mengikuti "
                "batas pendakian yang berlaku; peserta minimal berusia 12 tahun."
            ),
            "en": (
                "A moderate hike for fit beginners: about 10 km on foot from Ranu Pani to Ranu Kumbolo. Porters "
                "carry the tents and supplies, a cook prepares a hot dinner and we handle the online climbing "
                "permit. This trip does not go to Semeru's summit and always follows the current climbing "
                "limit; minimum age 12."
            ),
        },
        "inclusions": {
            "id": [
                "Transportasi Malang–Tumpang–Ranu Pani pulang-pergi",
                "Izin pendakian dan asuransi",
                "Pemandu dan porter",
                "Tenda, matras dan alat masak",
                "Empat kali makan",
            ],
            "en": [
                "Return transport Malang–Tumpang–Ranu Pani",
                "Climbing permit and insurance",
                "Guide and porters",
                "Tents, sleeping mats and cooking gear",
                "Four meals",
            ],
        },
        "exclusions": {
            "id": ["Sleeping bag (bisa disewa)", "Surat keterangan sehat, wajib dibawa peserta", "Porter pribadi"],
            "en": ["Sleeping bag (available for hire)", "Health certificate, which each hiker must bring", "Personal porter"],
        },
        "meeting_point": {
            "id": "Basecamp Bromo Trails, Jl. Raya Tumpang No. 88, Tumpang",
            "en": "Bromo Trails basecamp, Jl. Raya Tumpang No. 88, Tumpang",
        },
        "duration_days": 2,
        "duration_nights": 1,
        "min_group": 2,
        "max_group": 10,
        "cancellation_policy": "strict",
        "pay_at_meeting_point": False,
        "featured": False,
        "prices": [{"code": "adult", "amount": 1250000}, {"code": "child", "amount": 1050000}],
        "start_time": "06:00",
        "weekdays": [4, 5],
        "capacity": 10,
        "scene": "lake",
        "days": [
            {
                "title": {"id": "Dari Ranu Pani ke Ranu Kumbolo", "en": "From Ranu Pani to Ranu Kumbolo"},
                "description": {
                    "id": "Berkendara ke Ranu Pani, cek izin di pos, lalu berjalan 4–6 jam melewati hutan dan punggungan bukit. Tiba sore untuk mendirikan tenda di tepi danau.",
                    "en": "Drive to Ranu Pani, check in at the ranger post, then walk 4–6 hours through forest and along ridges. Arrive in the afternoon and pitch camp by the lake.",
                },
                "attractions": ["gunung-semeru", "ranu-kumbolo"],
                "nights": 1,
                "accommodation": {"id": "Tenda di tepi Ranu Kumbolo", "en": "Tents on the shore of Ranu Kumbolo"},
            },
            {
                "title": {"id": "Fajar di danau, lalu turun", "en": "Dawn at the lake, then down"},
                "description": {
                    "id": "Menyaksikan matahari terbit di celah bukit, naik sebentar ke Tanjakan Cinta, lalu berjalan kembali ke Ranu Pani dan tiba di Malang menjelang malam.",
                    "en": "Watch the sun rise through the gap in the hills, climb briefly up Tanjakan Cinta, then walk back to Ranu Pani and reach Malang by evening.",
                },
                "attractions": ["ranu-kumbolo"],
                "nights": 0,
                "accommodation": None,
            },
        ],
    },
    {
        "slug": "jalan-kaki-sejarah-kuliner-malang",
        "provider": "arek-malang-travel",
        "co_provider": None,
        "title": {"id": "Jalan Kaki Sejarah & Kuliner Kota Malang", "en": "Malang Heritage and Food Walk"},
        "summary": {
            "id": "Sehari menjelajah Jalan Ijen, Alun-Alun Tugu dan Kampung Warna-Warni sambil mencicipi rawon, bakso dan keripik tempe.",
            "en": "A day exploring Jalan Ijen, Alun-Alun Tugu and the colourful kampung while tasting rawon, bakso and tempeh chips.",
        },
        "description": {
            "id": (
                "Pagi dimulai di Jalan Ijen dengan rumah-rumah kolonialnya, lalu berjalan ke Alun-Alun Tugu dan "
                "kawasan Kayutangan. Setelah makan siang rawon, perjalanan berlanjut ke Kampung Warna-Warni "
                "Jodipan dan rumah produksi keripik tempe di Sanan. Sore ditutup dengan es krim di Toko Oen."
            ),
            "en": (
                "The morning starts on Jalan Ijen among its colonial villas, then we walk to Alun-Alun Tugu and "
                "the Kayutangan quarter. After a rawon lunch we head to the Jodipan colourful village and a "
                "tempeh-chip workshop in Sanan. The afternoon ends with ice cream at Toko Oen."
            ),
        },
        "inclusions": {
            "id": [
                "Pemandu lokal",
                "Makan siang rawon dan semangkuk bakso",
                "Tiket masuk Kampung Warna-Warni",
                "Becak untuk sebagian rute",
                "Es krim di Toko Oen",
            ],
            "en": [
                "Local guide",
                "Rawon lunch and a bowl of bakso",
                "Colourful village entrance ticket",
                "Becak rides for part of the route",
                "Ice cream at Toko Oen",
            ],
        },
        "exclusions": {
            "id": ["Transportasi ke titik kumpul", "Belanja oleh-oleh"],
            "en": ["Transport to the meeting point", "Souvenir shopping"],
        },
        "meeting_point": {
            "id": "Depan Museum Brawijaya, Jalan Ijen, Kota Malang",
            "en": "In front of the Brawijaya Museum, Jalan Ijen, Kota Malang",
        },
        "duration_days": 1,
        "duration_nights": 0,
        "min_group": 1,
        "max_group": 14,
        "cancellation_policy": "flexible",
        "pay_at_meeting_point": True,
        "featured": False,
        "prices": [{"code": "adult", "amount": 385000}, {"code": "child", "amount": 250000}],
        "start_time": "07:30",
        "weekdays": [1, 2, 3, 4, 5, 6],
        "capacity": 14,
        "scene": "city",
        "days": [
            {
                "title": {"id": "Kota tua, kampung warna-warni dan kuliner", "en": "Old town, colourful kampung and food"},
                "description": {
                    "id": "Jalan Ijen, Alun-Alun Tugu dan Kayutangan di pagi hari, rawon untuk makan siang, lalu Jodipan, Sanan dan Toko Oen. Selesai sekitar pukul 16.00.",
                    "en": "Jalan Ijen, Alun-Alun Tugu and Kayutangan in the morning, rawon for lunch, then Jodipan, Sanan and Toko Oen. Finishes around 4 pm.",
                },
                "attractions": [
                    "kawasan-ijen-alun-alun-tugu", "kuliner-kota-malang",
                    "kampung-warna-warni-jodipan", "sentra-keripik-tempe-sanan",
                ],
                "nights": 0,
                "accommodation": None,
            },
        ],
    },
    {
        "slug": "sehari-jejak-singhasari",
        "provider": "arek-malang-travel",
        "co_provider": None,
        "title": {"id": "Sehari di Jejak Singhasari: Candi & Topeng", "en": "A Day on the Singhasari Trail: Temples and Masks"},
        "summary": {
            "id": "Candi Singosari, Candi Jago dan Candi Kidal bersama pemandu sejarah, ditutup lokakarya melukis topeng Malangan di Polowijen.",
            "en": "Singosari, Jago and Kidal temples with a history guide, finishing with a Malangan mask-painting workshop in Polowijen.",
        },
        "description": {
            "id": (
                "Tiga candi peninggalan Singhasari bercerita tentang kerajaan yang pernah mengirim ekspedisi "
                "hingga ke Sumatra. Pemandu kami membaca relief Candi Jago dan Candi Kidal bersama Anda, lalu "
                "sore harinya Anda melukis topeng Malangan sendiri di Kampung Budaya Polowijen dan membawanya "
                "pulang."
            ),
            "en": (
                "Three Singhasari temples tell the story of a kingdom that once sent an expedition as far as "
                "Sumatra. Our guide reads the reliefs of Jago and Kidal with you, and in the afternoon you "
                "paint your own Malangan mask at the Polowijen cultural village and take it home."
            ),
        },
        "inclusions": {
            "id": [
                "Mobil ber-AC dengan pengemudi",
                "Pemandu sejarah",
                "Tiket atau donasi masuk candi",
                "Lokakarya melukis topeng, topeng dibawa pulang",
                "Makan siang",
            ],
            "en": [
                "Air-conditioned car with driver",
                "History guide",
                "Temple tickets or donations",
                "Mask-painting workshop, mask to take home",
                "Lunch",
            ],
        },
        "exclusions": {
            "id": ["Penjemputan di luar Kota Malang", "Pengeluaran pribadi"],
            "en": ["Pick-up outside Kota Malang", "Personal expenses"],
        },
        "meeting_point": {"id": "Lobi hotel Anda di Kota Malang", "en": "Your hotel lobby in Kota Malang"},
        "duration_days": 1,
        "duration_nights": 0,
        "min_group": 2,
        "max_group": 12,
        "cancellation_policy": "flexible",
        "pay_at_meeting_point": True,
        "featured": False,
        "prices": [{"code": "adult", "amount": 475000}, {"code": "child", "amount": 325000}],
        "start_time": "08:00",
        "weekdays": [2, 5, 6],
        "capacity": 12,
        "scene": "candi",
        "days": [
            {
                "title": {"id": "Tiga candi dan satu topeng", "en": "Three temples and a mask"},
                "description": {
                    "id": "Pagi di Candi Singosari dan arca Dwarapala, siang di Candi Jago dan Candi Kidal di Tumpang, sore melukis topeng di Polowijen.",
                    "en": "Morning at Singosari and the Dwarapala statues, midday at Jago and Kidal in Tumpang, afternoon painting masks in Polowijen.",
                },
                "attractions": ["candi-singosari", "candi-jago", "candi-kidal", "kampung-budaya-polowijen"],
                "nights": 0,
                "accommodation": None,
            },
        ],
    },
    {
        "slug": "sehari-keluarga-di-kota-batu",
        "provider": "arek-malang-travel",
        "co_provider": None,
        "title": {"id": "Sehari Seru Keluarga di Kota Batu", "en": "A Family Day Out in Kota Batu"},
        "summary": {
            "id": "Petik apel di Bumiaji, berkeliling dunia di Museum Angkut dan menonton paralayang dari bukit Gunung Banyak.",
            "en": "Pick apples in Bumiaji, travel the world at Museum Angkut and watch the paragliders from Gunung Banyak.",
        },
        "description": {
            "id": (
                "Paket santai untuk keluarga dengan anak: pagi memetik apel langsung dari pohon, siang makan dan "
                "berkeliling zona-zona Museum Angkut, lalu sore naik ke Gunung Banyak untuk menonton para "
                "penerbang dan matahari terbenam di atas Kota Batu. Penerbangan tandem bisa ditambahkan di "
                "lokasi bila cuaca memungkinkan."
            ),
            "en": (
                "An easy-going day for families with children: apples straight from the tree in the morning, "
                "lunch and the themed zones of Museum Angkut at midday, then up Gunung Banyak to watch the "
                "paragliders and the sunset over Kota Batu. A tandem flight can be added on the spot if the "
                "weather allows."
            ),
        },
        "inclusions": {
            "id": [
                "Mobil ber-AC dengan pengemudi dari Malang atau Batu",
                "Tiket petik apel, termasuk 1 kg apel per keluarga",
                "Tiket Museum Angkut",
                "Makan siang",
                "Pendamping wisata",
            ],
            "en": [
                "Air-conditioned car with driver from Malang or Batu",
                "Apple-picking ticket, including 1 kg of apples per family",
                "Museum Angkut ticket",
                "Lunch",
                "Tour companion",
            ],
        },
        "exclusions": {
            "id": ["Penerbangan tandem paralayang", "Jajan di Pasar Apung", "Apel tambahan"],
            "en": ["Tandem paragliding flight", "Snacks at the floating market", "Extra apples"],
        },
        "meeting_point": {"id": "Lobi hotel Anda di Malang atau Batu", "en": "Your hotel lobby in Malang or Batu"},
        "duration_days": 1,
        "duration_nights": 0,
        "min_group": 2,
        "max_group": 16,
        "cancellation_policy": "flexible",
        "pay_at_meeting_point": True,
        "featured": False,
        "prices": [{"code": "adult", "amount": 695000}, {"code": "child", "amount": 525000}],
        "start_time": "08:00",
        "weekdays": [0, 1, 2, 3, 4, 5, 6],
        "capacity": 20,
        "scene": "orchard",
        "days": [
            {
                "title": {"id": "Apel, museum dan matahari terbenam", "en": "Apples, a museum and the sunset"},
                "description": {
                    "id": "Petik apel di Bumiaji, siang di Museum Angkut, lalu ke bukit paralayang menjelang senja. Kembali ke hotel sekitar pukul 19.00.",
                    "en": "Apple picking in Bumiaji, the afternoon at Museum Angkut, then the paragliding hill before dusk. Back at your hotel around 7 pm.",
                },
                "attractions": ["petik-apel-batu", "museum-angkut", "paralayang-gunung-banyak"],
                "nights": 0,
                "accommodation": None,
            },
        ],
    },
    {
        "slug": "pantai-selatan-tiga-warna-balekambang",
        "provider": "bromo-trails",
        "co_provider": None,
        "title": {"id": "Pantai Selatan: Tiga Warna & Balekambang", "en": "South Coast: Tiga Warna and Balekambang"},
        "summary": {
            "id": "Snorkeling di teluk konservasi Pantai Tiga Warna dan sore di pura karang Balekambang, dengan reservasi kuota sudah kami urus.",
            "en": "Snorkel in the protected cove of Tiga Warna and spend the afternoon at Balekambang's island temple; we handle the quota booking.",
        },
        "description": {
            "id": (
                "Kami berangkat subuh ke pesisir selatan agar tiba tepat waktu untuk slot kunjungan Pantai Tiga "
                "Warna yang sudah kami pesan. Setelah snorkeling bersama pemandu konservasi, perjalanan "
                "berlanjut ke Balekambang untuk melihat Pura Amertha Jati di atas Pulau Ismoyo. Kembali ke Malang "
                "menjelang malam."
            ),
            "en": (
                "We leave at dawn for the south coast to make the Tiga Warna visiting slot we have reserved for "
                "you. After snorkelling with a conservation guide we continue to Balekambang to see the Amertha "
                "Jati temple on Ismoyo islet. Back in Malang by early evening."
            ),
        },
        "inclusions": {
            "id": [
                "Transportasi Malang–pesisir selatan pulang-pergi",
                "Reservasi dan tiket kawasan konservasi",
                "Pemandu konservasi dan alat snorkeling",
                "Makan siang ikan bakar",
                "Air minum isi ulang",
            ],
            "en": [
                "Return transport Malang–south coast",
                "Conservation area booking and tickets",
                "Conservation guide and snorkelling gear",
                "Grilled-fish lunch",
                "Refillable drinking water",
            ],
        },
        "exclusions": {
            "id": ["Pakaian ganti dan handuk", "Dokumentasi bawah air", "Tip"],
            "en": ["Change of clothes and towel", "Underwater photos", "Tips"],
        },
        "meeting_point": {
            "id": "Lobi hotel Anda di Kota Malang (penjemputan pukul 05.00)",
            "en": "Your hotel lobby in Kota Malang (pick-up at 05:00)",
        },
        "duration_days": 1,
        "duration_nights": 0,
        "min_group": 2,
        "max_group": 12,
        "cancellation_policy": "moderate",
        "pay_at_meeting_point": False,
        "featured": False,
        "prices": [{"code": "adult", "amount": 575000}, {"code": "child", "amount": 450000}],
        "start_time": "05:00",
        "weekdays": [2, 5, 6],
        "capacity": 12,
        "scene": "beach",
        "days": [
            {
                "title": {"id": "Tiga Warna pagi, Balekambang sore", "en": "Tiga Warna in the morning, Balekambang in the afternoon"},
                "description": {
                    "id": "Snorkeling di Pantai Tiga Warna sesuai slot kuota, makan siang ikan bakar, lalu sore di Balekambang sebelum kembali ke Malang.",
                    "en": "Snorkelling at Tiga Warna in your quota slot, a grilled-fish lunch, then the afternoon at Balekambang before heading back to Malang.",
                },
                "attractions": ["pantai-tiga-warna", "pantai-balekambang"],
                "nights": 0,
                "accommodation": None,
            },
        ],
    },
    {
        "slug": "menginap-rumah-kolonial-sunrise-bromo",
        "provider": "griya-ijen-heritage",
        "co_provider": None,
        "title": {"id": "Menginap di Rumah Kolonial + Sunrise Bromo (3H2M)", "en": "Colonial-House Stay with Bromo Sunrise (3 Days, 2 Nights)"},
        "summary": {
            "id": "Dua malam di hotel butik dekat Jalan Ijen, dengan jalan sore di kota tua dan satu pagi di Bromo. Harga per orang, sekamar berdua.",
            "en": "Two nights in a boutique hotel near Jalan Ijen, with an old-town walk and one morning at Bromo. Price per person, sharing a room.",
        },
        "description": {
            "id": (
                "Check-in siang, lalu sore berjalan bersama staf kami menyusuri Jalan Ijen dan Alun-Alun Tugu. "
                "Hari kedua Anda dijemput lewat tengah malam untuk matahari terbit di Bromo dan kembali siang "
                "untuk beristirahat. Hari terakhir, sebelum check-out, kami antar ke Kampung Warna-Warni Jodipan."
            ),
            "en": (
                "Check in at midday, then take an afternoon walk with our staff along Jalan Ijen and around "
                "Alun-Alun Tugu. On day two you are picked up after midnight for the Bromo sunrise and are back "
                "by noon to rest. On the last day, before check-out, we take you to the Jodipan colourful village."
            ),
        },
        "inclusions": {
            "id": [
                "2 malam di kamar deluxe, sekamar berdua",
                "Sarapan setiap hari",
                "Jalan sore di Jalan Ijen bersama staf hotel",
                "Tur jip Bromo berbagi bersama operator mitra",
                "Tiket Kampung Warna-Warni",
            ],
            "en": [
                "2 nights in a deluxe room, two sharing",
                "Daily breakfast",
                "Afternoon walk on Jalan Ijen with hotel staff",
                "Shared Bromo jeep tour with our partner operator",
                "Colourful village ticket",
            ],
        },
        "exclusions": {
            "id": ["Makan siang dan makan malam", "Tambahan biaya kamar sendiri", "Transportasi ke hotel"],
            "en": ["Lunch and dinner", "Single-room supplement", "Transport to the hotel"],
        },
        "meeting_point": {
            "id": "Resepsionis Griya Ijen Heritage Hotel, Jl. Retawu No. 14, Kota Malang",
            "en": "Front desk, Griya Ijen Heritage Hotel, Jl. Retawu No. 14, Kota Malang",
        },
        "duration_days": 3,
        "duration_nights": 2,
        "min_group": 1,
        "max_group": 8,
        "cancellation_policy": "moderate",
        "pay_at_meeting_point": False,
        "featured": False,
        "prices": [{"code": "adult", "amount": 2150000}, {"code": "child", "amount": 1350000}],
        "start_time": "14:00",
        "weekdays": [0, 1, 2, 3, 4, 5, 6],
        "capacity": 16,
        "scene": "museum",
        "days": [
            {
                "title": {"id": "Check-in dan jalan sore di Jalan Ijen", "en": "Check-in and an afternoon walk on Jalan Ijen"},
                "description": {
                    "id": "Check-in mulai pukul 14.00, teh sore di beranda, lalu berjalan ke Jalan Ijen dan Alun-Alun Tugu saat lampu kota menyala.",
                    "en": "Check-in from 2 pm, afternoon tea on the veranda, then a walk to Jalan Ijen and Alun-Alun Tugu as the city lights come on.",
                },
                "attractions": ["kawasan-ijen-alun-alun-tugu"],
                "nights": 1,
                "accommodation": {"id": "Griya Ijen Heritage Hotel, Kota Malang", "en": "Griya Ijen Heritage Hotel, Kota Malang"},
            },
            {
                "title": {"id": "Sunrise Bromo", "en": "Bromo sunrise"},
                "description": {
                    "id": "Dijemput pukul 00.30 untuk matahari terbit di Penanjakan dan lautan pasir, kembali ke hotel sekitar tengah hari. Sore bebas.",
                    "en": "Picked up at 00:30 for sunrise at Penanjakan and the sea of sand, back at the hotel around midday. Free afternoon.",
                },
                "attractions": ["gunung-bromo"],
                "nights": 1,
                "accommodation": {"id": "Griya Ijen Heritage Hotel, Kota Malang", "en": "Griya Ijen Heritage Hotel, Kota Malang"},
            },
            {
                "title": {"id": "Kampung Warna-Warni dan check-out", "en": "Colourful village and check-out"},
                "description": {
                    "id": "Sarapan santai, kunjungan pagi ke Jodipan, lalu check-out pukul 12.00.",
                    "en": "A slow breakfast, a morning visit to Jodipan, then check-out at noon.",
                },
                "attractions": ["kampung-warna-warni-jodipan"],
                "nights": 0,
                "accommodation": None,
            },
        ],
    },
    {
        "slug": "akhir-pekan-kebun-apel-batu",
        "provider": "panderman-apple-resort",
        "co_provider": None,
        "title": {"id": "Akhir Pekan di Kebun Apel Batu (3H2M)", "en": "Apple Orchard Weekend in Batu (3 Days, 2 Nights)"},
        "summary": {
            "id": "Dua malam di resor berkebun apel, dengan Coban Rais, senja di bukit paralayang dan Museum Angkut. Harga per orang, sekamar berdua.",
            "en": "Two nights at an orchard resort, with Coban Rais, sunset on the paragliding hill and Museum Angkut. Price per person, sharing a room.",
        },
        "description": {
            "id": (
                "Tiba Jumat atau Sabtu siang, petik apel di kebun resor dan berendam di kolam air hangat. Hari "
                "kedua, mobil resor mengantar Anda ke Coban Rais di pagi hari dan ke bukit paralayang Gunung "
                "Banyak menjelang senja. Hari ketiga, setelah check-out, mampir ke Museum Angkut sebelum pulang."
            ),
            "en": (
                "Arrive on Friday or Saturday afternoon, pick apples in the resort orchard and soak in the warm "
                "pool. On day two the resort car takes you to Coban Rais in the morning and up to the Gunung "
                "Banyak paragliding hill for sunset. On day three, after check-out, stop at Museum Angkut on your "
                "way home."
            ),
        },
        "inclusions": {
            "id": [
                "2 malam di kamar deluxe atau keluarga",
                "Sarapan setiap hari",
                "Petik apel di kebun resor",
                "Antar-jemput ke Coban Rais, Gunung Banyak dan Museum Angkut",
                "Tiket Museum Angkut",
            ],
            "en": [
                "2 nights in a deluxe or family room",
                "Daily breakfast",
                "Apple picking in the resort orchard",
                "Transfers to Coban Rais, Gunung Banyak and Museum Angkut",
                "Museum Angkut ticket",
            ],
        },
        "exclusions": {
            "id": ["Tiket Coban Rais dan penerbangan tandem", "Makan siang dan makan malam", "Transportasi ke Batu"],
            "en": ["Coban Rais ticket and tandem flight", "Lunch and dinner", "Transport to Batu"],
        },
        "meeting_point": {
            "id": "Lobi Panderman Apple Garden Resort, Jl. Raya Oro-Oro Ombo No. 21, Kota Batu",
            "en": "Lobby of Panderman Apple Garden Resort, Jl. Raya Oro-Oro Ombo No. 21, Kota Batu",
        },
        "duration_days": 3,
        "duration_nights": 2,
        "min_group": 1,
        "max_group": 6,
        "cancellation_policy": "flexible",
        "pay_at_meeting_point": False,
        "featured": False,
        "prices": [{"code": "adult", "amount": 1850000}, {"code": "child", "amount": 1100000}],
        "start_time": "13:00",
        "weekdays": [4, 5],
        "capacity": 20,
        "scene": "orchard",
        "days": [
            {
                "title": {"id": "Tiba dan petik apel", "en": "Arrival and apple picking"},
                "description": {
                    "id": "Check-in pukul 13.00, petik apel di kebun resor bersama petani kami, lalu sore santai di kolam air hangat.",
                    "en": "Check in at 1 pm, pick apples in the resort orchard with our growers, then relax in the warm pool.",
                },
                "attractions": ["petik-apel-batu"],
                "nights": 1,
                "accommodation": {"id": "Panderman Apple Garden Resort, Kota Batu", "en": "Panderman Apple Garden Resort, Kota Batu"},
            },
            {
                "title": {"id": "Coban Rais dan senja di Gunung Banyak", "en": "Coban Rais and sunset at Gunung Banyak"},
                "description": {
                    "id": "Jalan pagi ke Coban Rais, siang bebas di resor, lalu naik ke bukit paralayang untuk matahari terbenam.",
                    "en": "A morning walk to Coban Rais, a free afternoon at the resort, then up the paragliding hill for the sunset.",
                },
                "attractions": ["coban-rais", "paralayang-gunung-banyak"],
                "nights": 1,
                "accommodation": {"id": "Panderman Apple Garden Resort, Kota Batu", "en": "Panderman Apple Garden Resort, Kota Batu"},
            },
            {
                "title": {"id": "Check-out dan Museum Angkut", "en": "Check-out and Museum Angkut"},
                "description": {
                    "id": "Check-out pukul 12.00, lalu diantar ke Museum Angkut untuk sore yang panjang sebelum pulang.",
                    "en": "Check out at noon, then a drop-off at Museum Angkut for a long afternoon before heading home.",
                },
                "attractions": ["museum-angkut"],
                "nights": 0,
                "accommodation": None,
            },
        ],
    },
    {
        "slug": "sehari-keluarga-jatim-park-batu",
        "provider": "arek-malang-travel",
        "co_provider": None,
        "title": {"id": "Sehari Keluarga di Jatim Park Batu", "en": "A Family Day at the Jatim Parks of Batu"},
        "summary": {
            "id": "Pagi di Batu Secret Zoo dan Museum Satwa (Jatim Park 2), sore bersama dinosaurus di Dino Park (Jatim Park 3), dijemput dari hotel di Malang atau Batu.",
            "en": "A morning at the Batu Secret Zoo and Museum Satwa (Jatim Park 2), an afternoon with the dinosaurs of Dino Park (Jatim Park 3), with pick-up from your hotel in Malang or Batu.",
        },
        "description": {
            "id": (
                "Hari yang dirancang untuk keluarga dengan anak. Kami menjemput di hotel dan tiba di Jatim Park 2 "
                "saat buka, sebelum antrean panjang, untuk berjalan menyusuri Batu Secret Zoo dan Museum Satwa. "
                "Setelah makan siang, perjalanan singkat ke Jatim Park 3 untuk menjelajahi Dino Park. Pemandu "
                "mengurus tiket dan waktu, orang tua cukup menikmati hari. Bagi yang lebih suka wahana, Jatim "
                "Park 1 bisa menggantikan salah satu taman: beri tahu kami saat memesan."
            ),
            "en": (
                "A day made for families with children. We pick you up at your hotel and reach Jatim Park 2 at "
                "opening time, before the long queues, to walk the Batu Secret Zoo and the Museum Satwa. After "
                "lunch, a short drive to Jatim Park 3 to explore the Dino Park. The guide handles tickets and "
                "timing; parents just enjoy the day. If your family prefers rides, Jatim Park 1 can replace one "
                "of the parks: tell us when you book."
            ),
        },
        "inclusions": {
            "id": [
                "Penjemputan dan pengantaran hotel di Kota Malang atau Kota Batu",
                "Tiket terusan Jatim Park 2 dan Jatim Park 3",
                "Makan siang dan air mineral",
                "Pemandu yang terbiasa mendampingi anak-anak",
            ],
            "en": [
                "Hotel pick-up and drop-off in Kota Malang or Kota Batu",
                "Jatim Park 2 and Jatim Park 3 passes",
                "Lunch and bottled water",
                "A guide used to travelling with children",
            ],
        },
        "exclusions": {
            "id": ["Wahana dengan tiket tersendiri", "Makan malam", "Oleh-oleh"],
            "en": ["Rides and galleries with their own tickets", "Dinner", "Souvenirs"],
        },
        "meeting_point": {
            "id": "Dijemput di hotel Anda di Kota Malang atau Kota Batu",
            "en": "Pick-up at your hotel in Kota Malang or Kota Batu",
        },
        "duration_days": 1,
        "duration_nights": 0,
        "min_group": 2,
        "max_group": 12,
        "cancellation_policy": "flexible",
        "pay_at_meeting_point": False,
        "featured": False,
        "prices": [{"code": "adult", "amount": 545000}, {"code": "child", "amount": 445000}],
        "start_time": "08:00",
        "weekdays": [1, 2, 3, 4, 5, 6],
        "capacity": 12,
        "scene": "themepark",
        "days": [
            {
                "title": {"id": "Kebun binatang, museum satwa dan dinosaurus", "en": "Zoo, animal museum and dinosaurs"},
                "description": {
                    "id": "Jatim Park 2 dari pukul 08.30, makan siang, lalu Dino Park di Jatim Park 3 sampai sekitar pukul 17.00. Kembali ke hotel sebelum makan malam.",
                    "en": "Jatim Park 2 from 8.30 am, lunch, then the Dino Park at Jatim Park 3 until about 5 pm. Back at the hotel before dinner.",
                },
                "attractions": ["jatim-park-2", "jatim-park-3", "jatim-park-1"],
                "nights": 0,
                "accommodation": None,
            },
        ],
    },
    {
        "slug": "jalan-kaki-candi-badut-kayutangan",
        "provider": "arek-malang-travel",
        "co_provider": None,
        "title": {"id": "Jalan Kaki Pusaka Malang: Candi Badut dan Kayutangan", "en": "Malang Heritage Walk: Badut Temple and Kayutangan"},
        "summary": {
            "id": "Setengah hari dari candi tertua di Jawa Timur ke gang-gang kolonial Kampung Kayutangan Heritage, ditutup kopi di warung lama.",
            "en": "Half a day from East Java's oldest temple to the colonial alleys of Kampung Kayutangan Heritage, ending with coffee at an old stall.",
        },
        "description": {
            "id": (
                "Dua belas abad sejarah Malang dalam satu pagi. Kita mulai di Candi Badut, candi Hindu abad ke-8 "
                "yang dikaitkan dengan Prasasti Dinoyo dan Raja Gajayana dari Kanjuruhan. Lalu ke pusat kota, "
                "menyusuri Jalan Basuki Rahmat yang dulu bernama Kayutangan, dan masuk ke gang-gang Kampung "
                "Kayutangan Heritage bersama pemandu warga, melewati rumah-rumah Indis awal abad ke-20 hingga "
                "ke tepi Sungai Brantas."
            ),
            "en": (
                "Twelve centuries of Malang's history in one morning. We start at Badut Temple, an 8th-century "
                "Hindu sanctuary linked to the Dinoyo inscription and King Gajayana of Kanjuruhan. Then into the "
                "centre, along Jalan Basuki Rahmat, once called Kayutangan, and into the alleys of Kampung "
                "Kayutangan Heritage with a resident guide, past early 20th-century Indies houses down to the "
                "Brantas river."
            ),
        },
        "inclusions": {
            "id": [
                "Pemandu sejarah dan pemandu warga Kayutangan",
                "Mobil dari Candi Badut ke pusat kota",
                "Donasi masuk candi dan kampung",
                "Kopi dan jajanan pasar di warung lama",
            ],
            "en": [
                "History guide and a Kayutangan resident guide",
                "Car from Badut Temple to the city centre",
                "Temple and kampung donations",
                "Coffee and traditional snacks at an old stall",
            ],
        },
        "exclusions": {
            "id": ["Makan siang", "Transportasi ke titik kumpul"],
            "en": ["Lunch", "Transport to the meeting point"],
        },
        "meeting_point": {
            "id": "Gerbang Candi Badut, Karang Besuki, Kota Malang",
            "en": "Gate of Badut Temple, Karang Besuki, Kota Malang",
        },
        "duration_days": 1,
        "duration_nights": 0,
        "min_group": 1,
        "max_group": 12,
        "cancellation_policy": "flexible",
        "pay_at_meeting_point": True,
        "featured": False,
        "prices": [{"code": "adult", "amount": 235000}, {"code": "child", "amount": 150000}],
        "start_time": "07:00",
        "weekdays": [2, 4, 5, 6],
        "capacity": 12,
        "scene": "candi",
        "days": [
            {
                "title": {"id": "Dari Kanjuruhan ke Kayutangan", "en": "From Kanjuruhan to Kayutangan"},
                "description": {
                    "id": "Candi Badut pukul 07.00, ke pusat kota pukul 08.30, berjalan di Kampung Kayutangan sampai kopi pukul 10.30. Selesai sekitar pukul 11.30.",
                    "en": "Badut Temple at 7 am, into the centre at 8.30, walking Kampung Kayutangan until coffee at 10.30. Finishes around 11.30 am.",
                },
                "attractions": ["candi-badut", "kampung-kayutangan-heritage"],
                "nights": 0,
                "accommodation": None,
            },
        ],
    },
    # ---------------------------------------------------------------- Jambi
    {
        "slug": "bersepeda-candi-muaro-jambi",
        "provider": "batanghari-explore",
        "co_provider": None,
        "title": {"id": "Bersepeda di Kawasan Candi Muaro Jambi", "en": "Cycling the Muaro Jambi Temples"},
        "summary": {
            "id": "Sehari bersepeda di antara candi bata, kanal kuno dan kebun duku bersama pemandu yang paham sejarah Melayu Kuno.",
            "en": "A day cycling among brick temples, ancient canals and duku orchards with a guide who knows Old Malay history.",
        },
        "description": {
            "id": (
                "Dari Kota Jambi kami berangkat pagi ke Muaro Jambi dan berganti ke sepeda di pintu masuk. Rutenya "
                "melewati Candi Gumpung, Candi Tinggi, Kolam Telagorajo dan Candi Kembar Batu, lalu menembus jalan "
                "desa ke Candi Kedaton yang lebih sepi. Makan siang disiapkan warga desa dengan masakan rumahan "
                "Jambi."
            ),
            "en": (
                "We leave Jambi city in the morning for Muaro Jambi and swap to bicycles at the entrance. The "
                "route passes Candi Gumpung, Candi Tinggi, the Telagorajo pond and Candi Kembar Batu, then follows "
                "village lanes to the quieter Candi Kedaton. Lunch is home-style Jambi cooking prepared by village "
                "families."
            ),
        },
        "inclusions": {
            "id": [
                "Transportasi Kota Jambi–Muaro Jambi pulang-pergi",
                "Sewa sepeda dan helm",
                "Pemandu sejarah",
                "Tiket masuk kawasan",
                "Makan siang di rumah warga",
            ],
            "en": [
                "Return transport Jambi city–Muaro Jambi",
                "Bicycle and helmet hire",
                "History guide",
                "Site entrance ticket",
                "Lunch in a village home",
            ],
        },
        "exclusions": {"id": ["Pengeluaran pribadi", "Tip"], "en": ["Personal expenses", "Tips"]},
        "meeting_point": {"id": "Lobi hotel Anda di Kota Jambi", "en": "Your hotel lobby in Jambi city"},
        "duration_days": 1,
        "duration_nights": 0,
        "min_group": 1,
        "max_group": 16,
        "cancellation_policy": "flexible",
        "pay_at_meeting_point": True,
        "featured": False,
        "prices": [{"code": "adult", "amount": 450000}, {"code": "child", "amount": 300000}],
        "start_time": "07:00",
        "weekdays": [1, 2, 3, 4, 5, 6],
        "capacity": 16,
        "scene": "temple",
        "days": [
            {
                "title": {"id": "Sehari di kota candi", "en": "A day in the temple city"},
                "description": {
                    "id": "Bersepeda dari Candi Gumpung ke Candi Kedaton dengan banyak perhentian, makan siang di desa, kembali ke Kota Jambi sekitar pukul 16.00.",
                    "en": "Cycle from Candi Gumpung to Candi Kedaton with plenty of stops, lunch in the village, back in Jambi city around 4 pm.",
                },
                "attractions": ["kawasan-candi-muaro-jambi", "candi-kedaton"],
                "nights": 0,
                "accommodation": None,
            },
        ],
    },
    {
        "slug": "kota-jambi-sungai-masjid-batik",
        "provider": "batanghari-explore",
        "co_provider": None,
        "title": {"id": "Kota Jambi: Sungai, Masjid & Batik", "en": "Jambi City: River, Mosque and Batik"},
        "summary": {
            "id": "Masjid Seribu Tiang, Museum Siginjei, gulai patin, lalu menyeberangi Gentala Arasy ke kampung batik Seberang Kota.",
            "en": "The Mosque of a Thousand Pillars, Siginjei Museum, patin curry, then across Gentala Arasy to the batik villages.",
        },
        "description": {
            "id": (
                "Tur sehari untuk mengenal Kota Jambi: pagi di Masjid Agung Al-Falah dan Museum Siginjei, siang "
                "gulai ikan patin dengan tempoyak, lalu berjalan melintasi Jembatan Gentala Arasy ke Seberang Kota "
                "untuk kelas membatik singkat. Pulang menyeberang dengan perahu ketek saat matahari terbenam."
            ),
            "en": (
                "A day to get to know Jambi city: the Al-Falah Grand Mosque and Siginjei Museum in the morning, "
                "patin curry with tempoyak for lunch, then a walk across the Gentala Arasy bridge to Seberang Kota "
                "for a short batik class. You cross back by ketek boat at sunset."
            ),
        },
        "inclusions": {
            "id": [
                "Pemandu lokal",
                "Transportasi dalam kota",
                "Tiket Museum Siginjei dan Menara Gentala Arasy",
                "Kelas membatik singkat, kain dibawa pulang",
                "Makan siang gulai patin",
                "Perahu ketek menyeberangi Batanghari",
            ],
            "en": [
                "Local guide",
                "Transport around the city",
                "Siginjei Museum and Gentala Arasy tower tickets",
                "Short batik class, cloth to take home",
                "Patin curry lunch",
                "Ketek boat across the Batanghari",
            ],
        },
        "exclusions": {
            "id": ["Belanja kain batik", "Makan malam"],
            "en": ["Batik shopping", "Dinner"],
        },
        "meeting_point": {
            "id": "Pelataran Masjid Agung Al-Falah, Kota Jambi",
            "en": "Forecourt of the Al-Falah Grand Mosque, Jambi city",
        },
        "duration_days": 1,
        "duration_nights": 0,
        "min_group": 1,
        "max_group": 14,
        "cancellation_policy": "flexible",
        "pay_at_meeting_point": True,
        "featured": False,
        "prices": [{"code": "adult", "amount": 395000}, {"code": "child", "amount": 260000}],
        "start_time": "08:30",
        "weekdays": [0, 1, 2, 3, 5, 6],
        "capacity": 14,
        "scene": "river",
        "days": [
            {
                "title": {"id": "Dari masjid ke kampung batik", "en": "From the mosque to the batik village"},
                "description": {
                    "id": "Masjid Agung Al-Falah dan Museum Siginjei, makan siang patin, kelas membatik di Seberang Kota, dan senja di atas Batanghari.",
                    "en": "Al-Falah Grand Mosque and Siginjei Museum, a patin lunch, a batik class in Seberang Kota and sunset over the Batanghari.",
                },
                "attractions": [
                    "masjid-agung-al-falah", "museum-siginjei", "kuliner-tepian-batanghari",
                    "jembatan-gentala-arasy", "kampung-batik-seberang-kota",
                ],
                "nights": 0,
                "accommodation": None,
            },
        ],
    },
    {
        "slug": "pendakian-gunung-kerinci",
        "provider": "kerinci-highland-trek",
        "co_provider": None,
        "title": {"id": "Pendakian Gunung Kerinci 3H2M", "en": "Mount Kerinci Climb, 3 Days 2 Nights"},
        "summary": {
            "id": "Mendaki gunung api tertinggi di Indonesia dari Kersik Tuo, berkemah di shelter dan menyambut fajar di bibir kawah.",
            "en": "Climb Indonesia's highest volcano from Kersik Tuo, camp at the shelters and greet the dawn on the crater rim.",
        },
        "description": {
            "id": (
                "Hari pertama menembus hutan Kerinci Seblat hingga berkemah di Shelter 3; dini hari kedua mendaki "
                "medan berbatu ke puncak untuk matahari terbit, lalu turun ke shelter di bawahnya. Hari ketiga "
                "kembali ke Kersik Tuo. Pendakian ini berat: peserta harus bugar dan berusia minimal 15 tahun "
                "(harga anak untuk usia 15–17), dan keputusan naik ke puncak selalu mengikuti cuaca serta status "
                "gunung."
            ),
            "en": (
                "Day one climbs through the Kerinci Seblat forest to camp at Shelter 3; in the small hours of day "
                "two you scramble over loose rock to the summit for sunrise, then descend to a lower shelter. Day "
                "three takes you back to Kersik Tuo. This is a hard climb: you must be fit and at least 15 years "
                "old (child price for ages 15–17), and going for the summit always depends on the weather and the "
                "volcano's status."
            ),
        },
        "inclusions": {
            "id": [
                "Izin pendakian taman nasional dan asuransi",
                "Pemandu bersertifikat dan porter (1 porter untuk 2 peserta)",
                "Tenda, matras dan alat masak",
                "Makan selama pendakian",
                "Antar dari Kersik Tuo ke pintu rimba",
            ],
            "en": [
                "National park climbing permit and insurance",
                "Certified guide and porters (1 porter per 2 climbers)",
                "Tents, mats and cooking gear",
                "Meals on the mountain",
                "Transfer from Kersik Tuo to the trailhead",
            ],
        },
        "exclusions": {
            "id": ["Penginapan sebelum dan sesudah pendakian", "Sleeping bag dan jaket (bisa disewa)", "Transportasi ke Kersik Tuo"],
            "en": ["Accommodation before and after the climb", "Sleeping bag and jacket (available for hire)", "Transport to Kersik Tuo"],
        },
        "meeting_point": {
            "id": "Basecamp Kerinci Highland Trek, Jl. Raya Kersik Tuo No. 7, Kayu Aro",
            "en": "Kerinci Highland Trek basecamp, Jl. Raya Kersik Tuo No. 7, Kayu Aro",
        },
        "duration_days": 3,
        "duration_nights": 2,
        "min_group": 2,
        "max_group": 8,
        "cancellation_policy": "strict",
        "pay_at_meeting_point": False,
        "featured": False,
        "prices": [{"code": "adult", "amount": 2750000}, {"code": "child", "amount": 2500000}],
        "start_time": "07:00",
        "weekdays": [2, 4],
        "capacity": 10,
        "scene": "summit",
        "days": [
            {
                "title": {"id": "Pintu rimba ke Shelter 3", "en": "Trailhead to Shelter 3"},
                "description": {
                    "id": "Pendakian 7–9 jam menembus hutan lumut dan akar-akar besar. Makan malam hangat dan tidur lebih awal.",
                    "en": "A 7–9 hour climb through mossy forest and giant roots. A hot dinner and an early night.",
                },
                "attractions": ["gunung-kerinci"],
                "nights": 1,
                "accommodation": {"id": "Tenda di Shelter 3", "en": "Tents at Shelter 3"},
            },
            {
                "title": {"id": "Puncak saat fajar", "en": "The summit at dawn"},
                "description": {
                    "id": "Berangkat sekitar pukul 03.00 ke puncak untuk matahari terbit, lalu turun dan berkemah di shelter bawah.",
                    "en": "Leave around 3 am for the summit and sunrise, then descend to camp at a lower shelter.",
                },
                "attractions": ["gunung-kerinci"],
                "nights": 1,
                "accommodation": {"id": "Tenda di Shelter 1", "en": "Tents at Shelter 1"},
            },
            {
                "title": {"id": "Turun ke Kersik Tuo", "en": "Down to Kersik Tuo"},
                "description": {
                    "id": "Turun ke pintu rimba dan kembali ke basecamp sebelum makan siang, melewati kebun teh Kayu Aro.",
                    "en": "Down to the trailhead and back at basecamp before lunch, past the Kayu Aro tea gardens.",
                },
                "attractions": ["kebun-teh-kayu-aro"],
                "nights": 0,
                "accommodation": None,
            },
        ],
    },
    {
        "slug": "danau-gunung-tujuh-kebun-teh-kayu-aro",
        "provider": "kerinci-highland-trek",
        "co_provider": None,
        "title": {"id": "Danau Gunung Tujuh & Kebun Teh Kayu Aro (2H1M)", "en": "Lake Gunung Tujuh and Kayu Aro Tea (2 Days, 1 Night)"},
        "summary": {
            "id": "Jalan pagi di kebun teh, air terjun Telun Berasap, lalu mendaki ke danau kaldera di ketinggian hampir 2.000 m.",
            "en": "A morning in the tea gardens, Telun Berasap waterfall, then a hike to a caldera lake at almost 2,000 m.",
        },
        "description": {
            "id": (
                "Hari pertama santai: berjalan di kebun teh Kayu Aro, mencicipi teh, lalu turun ke Air Terjun Telun "
                "Berasap. Malamnya menginap di homestay warga di Pelompek. Hari kedua berangkat pagi mendaki 2–3 jam "
                "ke Danau Gunung Tujuh, makan siang di tepi danau dan turun sore hari."
            ),
            "en": (
                "Day one is gentle: a walk through the Kayu Aro tea gardens, a tea tasting, then down to the Telun "
                "Berasap waterfall. The night is spent in a village homestay in Pelompek. Day two starts early with "
                "a 2–3 hour climb to Lake Gunung Tujuh, lunch on the shore and the walk down in the afternoon."
            ),
        },
        "inclusions": {
            "id": [
                "Pemandu lokal",
                "Transportasi lokal di Kayu Aro dan Pelompek",
                "1 malam di homestay dengan makan malam dan sarapan",
                "Tiket masuk objek wisata",
                "Bekal makan siang di danau",
            ],
            "en": [
                "Local guide",
                "Local transport around Kayu Aro and Pelompek",
                "1 night in a homestay with dinner and breakfast",
                "Entrance tickets",
                "Packed lunch at the lake",
            ],
        },
        "exclusions": {
            "id": ["Transportasi ke Kayu Aro", "Perlengkapan pribadi"],
            "en": ["Transport to Kayu Aro", "Personal gear"],
        },
        "meeting_point": {
            "id": "Basecamp Kerinci Highland Trek, Kersik Tuo",
            "en": "Kerinci Highland Trek basecamp, Kersik Tuo",
        },
        "duration_days": 2,
        "duration_nights": 1,
        "min_group": 2,
        "max_group": 10,
        "cancellation_policy": "moderate",
        "pay_at_meeting_point": True,
        "featured": False,
        "prices": [{"code": "adult", "amount": 1350000}, {"code": "child", "amount": 950000}],
        "start_time": "08:00",
        "weekdays": [1, 3, 5],
        "capacity": 12,
        "scene": "lake",
        "days": [
            {
                "title": {"id": "Kebun teh dan Telun Berasap", "en": "Tea gardens and Telun Berasap"},
                "description": {
                    "id": "Jalan pagi di kebun teh, mencicipi teh Kayu Aro, lalu turun ke air terjun. Sore tiba di homestay di Pelompek.",
                    "en": "A morning walk in the tea gardens, a Kayu Aro tea tasting, then down to the waterfall. Afternoon arrival at the Pelompek homestay.",
                },
                "attractions": ["kebun-teh-kayu-aro", "air-terjun-telun-berasap"],
                "nights": 1,
                "accommodation": {"id": "Homestay warga di Pelompek", "en": "Village homestay in Pelompek"},
            },
            {
                "title": {"id": "Mendaki ke Danau Gunung Tujuh", "en": "Hike to Lake Gunung Tujuh"},
                "description": {
                    "id": "Berangkat pukul 06.30, tiba di danau menjelang siang, makan siang di tepi air dan kembali ke Kersik Tuo sore hari.",
                    "en": "Set off at 6:30, reach the lake by late morning, lunch by the water and back in Kersik Tuo in the afternoon.",
                },
                "attractions": ["danau-gunung-tujuh"],
                "nights": 0,
                "accommodation": None,
            },
        ],
    },
    {
        "slug": "menginap-tepian-batanghari-muaro-jambi",
        "provider": "hotel-tepian-gentala",
        "co_provider": None,
        "title": {"id": "Menginap di Tepian Batanghari + Muaro Jambi (3H2M)", "en": "Batanghari Riverside Stay with Muaro Jambi (3 Days, 2 Nights)"},
        "summary": {
            "id": "Dua malam dekat Jembatan Gentala Arasy, sehari penuh di Kawasan Candi Muaro Jambi dan nasi gemuk setiap pagi. Harga per orang, sekamar berdua.",
            "en": "Two nights near the Gentala Arasy bridge, a full day at the Muaro Jambi temples and nasi gemuk every morning. Price per person, sharing a room.",
        },
        "description": {
            "id": (
                "Setelah check-in, staf kami mengajak Anda menyeberangi Jembatan Gentala Arasy untuk menikmati "
                "senja. Hari kedua, mobil dan pemandu mitra kami membawa Anda ke Muaro Jambi untuk bersepeda di "
                "antara candi-candi. Hari terakhir, mampir ke Masjid Seribu Tiang dan makan siang gulai patin "
                "sebelum diantar ke bandara."
            ),
            "en": (
                "After check-in our staff walk you across the Gentala Arasy bridge for the sunset. On day two a "
                "partner car and guide take you to Muaro Jambi to cycle among the temples. On the last day you "
                "visit the Mosque of a Thousand Pillars and have a patin curry lunch before your airport transfer."
            ),
        },
        "inclusions": {
            "id": [
                "2 malam di kamar superior, sekamar berdua",
                "Sarapan nasi gemuk",
                "Tur sehari Muaro Jambi dengan sepeda dan pemandu",
                "Makan siang gulai patin di hari terakhir",
                "Antar ke Bandara Sultan Thaha",
            ],
            "en": [
                "2 nights in a superior room, two sharing",
                "Nasi gemuk breakfast",
                "Full-day Muaro Jambi tour with bicycle and guide",
                "Patin curry lunch on the last day",
                "Transfer to Sultan Thaha Airport",
            ],
        },
        "exclusions": {
            "id": ["Tiket pesawat", "Makan malam", "Tambahan biaya kamar sendiri"],
            "en": ["Flights", "Dinners", "Single-room supplement"],
        },
        "meeting_point": {
            "id": "Resepsionis Hotel Tepian Gentala, Jl. Raden Pamuk No. 8, Kota Jambi",
            "en": "Front desk, Hotel Tepian Gentala, Jl. Raden Pamuk No. 8, Jambi city",
        },
        "duration_days": 3,
        "duration_nights": 2,
        "min_group": 1,
        "max_group": 8,
        "cancellation_policy": "moderate",
        "pay_at_meeting_point": False,
        "featured": False,
        "prices": [{"code": "adult", "amount": 1950000}, {"code": "child", "amount": 1150000}],
        "start_time": "14:00",
        "weekdays": [0, 1, 2, 3, 4, 5, 6],
        "capacity": 16,
        "scene": "river",
        "days": [
            {
                "title": {"id": "Check-in dan senja di Gentala Arasy", "en": "Check-in and sunset at Gentala Arasy"},
                "description": {
                    "id": "Check-in mulai pukul 14.00, lalu berjalan ke tepian Batanghari dan menyeberangi jembatan saat matahari terbenam.",
                    "en": "Check in from 2 pm, then stroll to the Batanghari waterfront and cross the bridge at sunset.",
                },
                "attractions": ["jembatan-gentala-arasy"],
                "nights": 1,
                "accommodation": {"id": "Hotel Tepian Gentala, Kota Jambi", "en": "Hotel Tepian Gentala, Jambi city"},
            },
            {
                "title": {"id": "Sehari di Muaro Jambi", "en": "A day at Muaro Jambi"},
                "description": {
                    "id": "Berangkat pukul 07.00 ke Muaro Jambi, bersepeda dari Candi Gumpung ke Candi Kedaton, makan siang di desa dan kembali sore hari.",
                    "en": "Leave at 7 am for Muaro Jambi, cycle from Candi Gumpung to Candi Kedaton, lunch in the village and back in the afternoon.",
                },
                "attractions": ["kawasan-candi-muaro-jambi", "candi-kedaton"],
                "nights": 1,
                "accommodation": {"id": "Hotel Tepian Gentala, Kota Jambi", "en": "Hotel Tepian Gentala, Jambi city"},
            },
            {
                "title": {"id": "Masjid Seribu Tiang dan gulai patin", "en": "The Thousand Pillars and patin curry"},
                "description": {
                    "id": "Kunjungan pagi ke Masjid Agung Al-Falah, check-out, makan siang gulai patin lalu diantar ke bandara.",
                    "en": "A morning visit to the Al-Falah Grand Mosque, check-out, a patin curry lunch, then the airport transfer.",
                },
                "attractions": ["masjid-agung-al-falah", "kuliner-tepian-batanghari"],
                "nights": 0,
                "accommodation": None,
            },
        ],
    },
    {
        "slug": "rehat-di-kebun-teh-kayu-aro",
        "provider": "pondok-teh-kayu-aro",
        "co_provider": None,
        "title": {"id": "Rehat di Kebun Teh Kayu Aro (3H2M)", "en": "Tea Garden Retreat in Kayu Aro (3 Days, 2 Nights)"},
        "summary": {
            "id": "Dua malam di pondok kayu menghadap Kerinci, jalan pagi di kebun teh, Telun Berasap dan sore di Danau Kerinci.",
            "en": "Two nights in a wooden lodge facing Kerinci, morning walks in the tea gardens, Telun Berasap and an afternoon at Lake Kerinci.",
        },
        "description": {
            "id": (
                "Pondok kami berada di tengah kebun teh, dan dari beranda Gunung Kerinci terlihat jelas saat pagi "
                "cerah. Hari kedua kami mengantar Anda ke Air Terjun Telun Berasap, lalu melintasi lembah ke Danau "
                "Kerinci untuk sore di tepi danau. Hari terakhir, ikut para pemetik teh sebentar di kebun sebelum "
                "check-out."
            ),
            "en": (
                "Our lodge sits in the middle of the tea gardens, and on a clear morning Mount Kerinci fills the "
                "view from the veranda. On day two we drive you to the Telun Berasap waterfall and across the "
                "valley to Lake Kerinci for an afternoon by the water. On the last day, join the tea pickers for a "
                "while before check-out."
            ),
        },
        "inclusions": {
            "id": [
                "2 malam di kamar kayu dengan pemandangan Kerinci",
                "Sarapan dan makan malam",
                "Antar-jemput ke Telun Berasap dan Danau Kerinci",
                "Jalan pagi bersama pemandu kebun",
                "Teh Kayu Aro sepanjang hari",
            ],
            "en": [
                "2 nights in a wooden room with a view of Kerinci",
                "Breakfast and dinner",
                "Transfers to Telun Berasap and Lake Kerinci",
                "Morning walk with an estate guide",
                "Kayu Aro tea all day",
            ],
        },
        "exclusions": {
            "id": ["Transportasi ke Kayu Aro", "Makan siang", "Pendakian Gunung Kerinci"],
            "en": ["Transport to Kayu Aro", "Lunch", "Climbing Mount Kerinci"],
        },
        "meeting_point": {
            "id": "Pondok Teh Kayu Aro, Jl. Raya Sungai Penuh–Kersik Tuo, Kayu Aro",
            "en": "Pondok Teh Kayu Aro, Jl. Raya Sungai Penuh–Kersik Tuo, Kayu Aro",
        },
        "duration_days": 3,
        "duration_nights": 2,
        "min_group": 1,
        "max_group": 6,
        "cancellation_policy": "flexible",
        "pay_at_meeting_point": True,
        "featured": False,
        "prices": [{"code": "adult", "amount": 1650000}, {"code": "child", "amount": 950000}],
        "start_time": "13:00",
        "weekdays": [3, 4, 5, 6],
        "capacity": 14,
        "scene": "tea",
        "days": [
            {
                "title": {"id": "Tiba di kebun teh", "en": "Arrival in the tea gardens"},
                "description": {
                    "id": "Check-in pukul 13.00, jalan sore di antara barisan teh dan makan malam di dekat perapian.",
                    "en": "Check in at 1 pm, an afternoon walk between the tea rows and dinner by the fire.",
                },
                "attractions": ["kebun-teh-kayu-aro"],
                "nights": 1,
                "accommodation": {"id": "Pondok Teh Kayu Aro", "en": "Pondok Teh Kayu Aro"},
            },
            {
                "title": {"id": "Telun Berasap dan Danau Kerinci", "en": "Telun Berasap and Lake Kerinci"},
                "description": {
                    "id": "Pagi ke air terjun, lalu berkendara melintasi lembah ke Danau Kerinci untuk sore di tepi danau. Kembali untuk makan malam.",
                    "en": "The waterfall in the morning, then a drive across the valley to Lake Kerinci for the afternoon. Back for dinner.",
                },
                "attractions": ["air-terjun-telun-berasap", "danau-kerinci"],
                "nights": 1,
                "accommodation": {"id": "Pondok Teh Kayu Aro", "en": "Pondok Teh Kayu Aro"},
            },
            {
                "title": {"id": "Pagi bersama pemetik teh", "en": "A morning with the tea pickers"},
                "description": {
                    "id": "Ikut pemetik teh sebentar di kebun, sarapan, lalu check-out pukul 12.00.",
                    "en": "Join the tea pickers for a while, have breakfast, then check out at noon.",
                },
                "attractions": ["kebun-teh-kayu-aro"],
                "nights": 0,
                "accommodation": None,
            },
        ],
    },
    {
        "slug": "kelas-batik-jambi-danau-sipin",
        "provider": "batanghari-explore",
        "co_provider": None,
        "title": {"id": "Kelas Batik Jambi di Sanggar Seberang Kota", "en": "Batik Jambi Workshop in Seberang Kota"},
        "summary": {
            "id": "Setengah hari membatik dengan canting bersama perajin Batik Jambi, menyeberang dengan perahu ketek dan singgah di Danau Sipin.",
            "en": "Half a day making batik with the canting pen alongside Batik Jambi makers, crossing by ketek boat and stopping at Lake Sipin.",
        },
        "description": {
            "id": (
                "Perajin di sanggar Seberang Kota menunjukkan setiap tahap batik tulis Jambi: menggambar motif, "
                "menorehkan malam dengan canting, mewarnai dan melorod. Anda membuat sapu tangan bermotif angso duo "
                "atau durian pecah yang dibawa pulang setelah kering. Sebelumnya kita menyeberangi Batanghari "
                "dengan perahu ketek dan, sepulang kelas, singgah di tepi Danau Sipin untuk minum teh sore."
            ),
            "en": (
                "The makers of a Seberang Kota workshop show each step of hand-drawn Batik Jambi: drawing the motif, "
                "tracing wax with the canting, dyeing and boiling off the wax. You make a handkerchief with the angso "
                "duo or durian pecah motif to take home once dry. We cross the Batanghari by ketek boat on the way, "
                "and after the class stop on the shore of Lake Sipin for afternoon tea."
            ),
        },
        "inclusions": {
            "id": [
                "Kelas membatik tiga jam dengan bahan dan alat",
                "Sapu tangan batik buatan Anda sendiri",
                "Perahu ketek menyeberangi Batanghari",
                "Teh dan kue di Danau Sipin",
            ],
            "en": [
                "Three-hour batik class with materials and tools",
                "The batik handkerchief you make",
                "Ketek boat across the Batanghari",
                "Tea and cakes at Lake Sipin",
            ],
        },
        "exclusions": {
            "id": ["Kain batik yang dibeli di sanggar", "Transportasi ke titik kumpul"],
            "en": ["Batik cloth bought at the workshop", "Transport to the meeting point"],
        },
        "meeting_point": {
            "id": "Ujung kota Jembatan Gentala Arasy, Kota Jambi",
            "en": "City end of the Gentala Arasy bridge, Kota Jambi",
        },
        "duration_days": 1,
        "duration_nights": 0,
        "min_group": 1,
        "max_group": 10,
        "cancellation_policy": "flexible",
        "pay_at_meeting_point": True,
        "featured": False,
        "prices": [{"code": "adult", "amount": 325000}, {"code": "child", "amount": 225000}],
        "start_time": "13:00",
        "weekdays": [1, 3, 5],
        "capacity": 10,
        "scene": "crafts",
        "days": [
            {
                "title": {"id": "Canting, malam dan Danau Sipin", "en": "Canting, wax and Lake Sipin"},
                "description": {
                    "id": "Perahu ketek pukul 13.00, kelas membatik sampai pukul 16.30, lalu teh sore di Danau Sipin. Selesai sekitar pukul 18.00.",
                    "en": "Ketek boat at 1 pm, batik class until 4.30 pm, then afternoon tea at Lake Sipin. Finishes around 6 pm.",
                },
                "attractions": ["kampung-batik-seberang-kota", "danau-sipin"],
                "nights": 0,
                "accommodation": None,
            },
        ],
    },
    # ---------------------------------------------------------------- Malang–Jambi (joint)
    {
        "slug": "jejak-pamalayu-singhasari-muaro-jambi",
        "provider": "arek-malang-travel",
        "co_provider": "batanghari-explore",
        "title": {
            "id": "Jejak Pamalayu: Dari Candi Singhasari ke Muaro Jambi",
            "en": "The Pamalayu Trail: From Singhasari's Temples to Muaro Jambi",
        },
        "summary": {
            "id": "Enam hari menelusuri satu kisah sejarah, dari candi-candi Singhasari di Malang ke kota candi Melayu Kuno di tepi Batanghari.",
            "en": "Six days following one story, from the Singhasari temples of Malang to the Old Malay temple city on the Batanghari.",
        },
        "description": {
            "id": (
                "Pada 1275 Kertanegara dari Singhasari mengirim Ekspedisi Pamalayu ke tanah Melayu, dan pada 1286 "
                "arca Amoghapasa dikirim dari Jawa ke Dharmasraya di hulu Batanghari. Paket ini mengikuti kisah "
                "itu: dua hari di candi-candi Singhasari bersama pemandu sejarah, lalu terbang ke Jambi untuk "
                "menjelajahi Muaro Jambi, salah satu pusat peradaban Melayu Kuno di hilir sungai yang sama. Tiket "
                "pesawat ekonomi Malang atau Surabaya ke Jambi, biasanya dengan satu kali transit di Jakarta, "
                "sudah termasuk."
            ),
            "en": (
                "In 1275 Kertanegara of Singhasari sent the Pamalayu expedition to the Malay lands, and in 1286 the "
                "Amoghapasa statue was sent from Java to Dharmasraya on the upper Batanghari. This trip follows that "
                "story: two days among the Singhasari temples with a history guide, then a flight to Jambi to "
                "explore Muaro Jambi, one of the great Old Malay centres on the lower reaches of the same river. "
                "The economy flight from Malang or Surabaya to Jambi, usually with one connection in Jakarta, is "
                "included."
            ),
        },
        "inclusions": {
            "id": [
                "Tiket pesawat ekonomi Malang/Surabaya–Jambi (umumnya satu kali transit), bagasi 20 kg",
                "5 malam hotel, 2 di Malang dan 3 di Jambi, sekamar berdua",
                "Semua transportasi darat dan transfer bandara",
                "Pemandu sejarah di Malang dan Jambi",
                "Tiket masuk candi dan museum",
                "Lokakarya topeng Malangan dan kelas membatik",
                "Sarapan setiap hari dan lima kali makan siang",
            ],
            "en": [
                "Economy flight Malang/Surabaya–Jambi (usually one connection), 20 kg baggage",
                "5 hotel nights, 2 in Malang and 3 in Jambi, two sharing",
                "All ground transport and airport transfers",
                "History guides in Malang and Jambi",
                "Temple and museum tickets",
                "Malangan mask workshop and batik class",
                "Daily breakfast and five lunches",
            ],
        },
        "exclusions": {
            "id": [
                "Perjalanan dari kota asal ke Malang dan penerbangan pulang dari Jambi",
                "Makan malam",
                "Tambahan biaya kamar sendiri",
                "Asuransi perjalanan pribadi",
            ],
            "en": [
                "Travel from your home city to Malang and your flight home from Jambi",
                "Dinners",
                "Single-room supplement",
                "Personal travel insurance",
            ],
        },
        "meeting_point": {
            "id": "Bandara Abdul Rachman Saleh (MLG) atau Stasiun Malang Kota Baru, pukul 09.00",
            "en": "Abdul Rachman Saleh Airport (MLG) or Malang Kota Baru railway station, at 09:00",
        },
        "duration_days": 6,
        "duration_nights": 5,
        "min_group": 2,
        "max_group": 16,
        "cancellation_policy": "moderate",
        "pay_at_meeting_point": False,
        "featured": True,
        "prices": [{"code": "adult", "amount": 8450000}, {"code": "child", "amount": 7250000}],
        "start_time": "09:00",
        "weekdays": [0],
        "capacity": 16,
        "scene": "temple",
        "days": [
            {
                "title": {"id": "Tiba di Malang: Candi Singosari dan Jalan Ijen", "en": "Arrive in Malang: Singosari Temple and Jalan Ijen"},
                "description": {
                    "id": "Penjemputan di bandara atau stasiun, lalu langsung ke Candi Singosari dan arca Dwarapala, tempat pemandu membuka kisah Kertanegara dan Ekspedisi Pamalayu. Sore berjalan santai di Jalan Ijen.",
                    "en": "Pick-up at the airport or station, then straight to Singosari Temple and the Dwarapala statues, where your guide opens the story of Kertanegara and the Pamalayu expedition. An easy evening walk on Jalan Ijen.",
                },
                "attractions": ["candi-singosari", "kawasan-ijen-alun-alun-tugu"],
                "nights": 1,
                "accommodation": {"id": "Griya Ijen Heritage Hotel, Kota Malang", "en": "Griya Ijen Heritage Hotel, Kota Malang"},
            },
            {
                "title": {"id": "Candi Jago, Candi Kidal dan topeng Polowijen", "en": "Jago, Kidal and the masks of Polowijen"},
                "description": {
                    "id": "Pagi membaca relief Candi Jago dan kisah Garudeya di Candi Kidal. Sore melukis topeng Malangan di Kampung Budaya Polowijen.",
                    "en": "A morning reading the reliefs of Jago Temple and the Garudeya story at Kidal. In the afternoon, paint a Malangan mask at Polowijen.",
                },
                "attractions": ["candi-jago", "candi-kidal", "kampung-budaya-polowijen"],
                "nights": 1,
                "accommodation": {"id": "Griya Ijen Heritage Hotel, Kota Malang", "en": "Griya Ijen Heritage Hotel, Kota Malang"},
            },
            {
                "title": {"id": "Terbang ke Jambi", "en": "Fly to Jambi"},
                "description": {
                    "id": "Transfer ke Bandara Abdul Rachman Saleh atau Juanda Surabaya (sekitar dua jam) untuk penerbangan ke Jambi, umumnya dengan satu kali transit di Jakarta; tiket sudah termasuk. Pemandu Batanghari Explore menjemput di Bandara Sultan Thaha dan, bila waktu memungkinkan, mengajak Anda melihat senja di Gentala Arasy.",
                    "en": "Transfer to Abdul Rachman Saleh or Surabaya's Juanda airport (about two hours) for the flight to Jambi, usually with one connection in Jakarta; the ticket is included. Your Batanghari Explore guide meets you at Sultan Thaha Airport and, if time allows, takes you to see the sunset at Gentala Arasy.",
                },
                "attractions": ["jembatan-gentala-arasy"],
                "nights": 1,
                "accommodation": {"id": "Hotel Tepian Gentala, Kota Jambi", "en": "Hotel Tepian Gentala, Jambi city"},
            },
            {
                "title": {"id": "Sehari di Muaro Jambi", "en": "A day at Muaro Jambi"},
                "description": {
                    "id": "Bersepeda di antara Candi Gumpung, Candi Tinggi, Kolam Telagorajo dan Candi Kedaton bersama pemandu arkeologi, lalu makan siang di rumah warga. Di sini kisah Pamalayu bertemu sisi Melayunya.",
                    "en": "Cycle between Candi Gumpung, Candi Tinggi, the Telagorajo pond and Candi Kedaton with an archaeology guide, then lunch in a village home. Here the Pamalayu story meets its Malay side.",
                },
                "attractions": ["kawasan-candi-muaro-jambi", "candi-kedaton"],
                "nights": 1,
                "accommodation": {"id": "Hotel Tepian Gentala, Kota Jambi", "en": "Hotel Tepian Gentala, Jambi city"},
            },
            {
                "title": {"id": "Museum Siginjei, Masjid Seribu Tiang dan batik Seberang", "en": "Siginjei Museum, the Thousand Pillars and Seberang batik"},
                "description": {
                    "id": "Pagi melihat temuan arkeologi di Museum Siginjei dan singgah di Masjid Agung Al-Falah. Siang menyeberangi Batanghari untuk kelas membatik di Seberang Kota.",
                    "en": "A morning with the archaeological finds at Siginjei Museum and a stop at the Al-Falah Grand Mosque. After lunch, cross the Batanghari for a batik class in Seberang Kota.",
                },
                "attractions": ["museum-siginjei", "masjid-agung-al-falah", "kampung-batik-seberang-kota"],
                "nights": 1,
                "accommodation": {"id": "Hotel Tepian Gentala, Kota Jambi", "en": "Hotel Tepian Gentala, Jambi city"},
            },
            {
                "title": {"id": "Gulai patin dan pulang", "en": "Patin curry and home"},
                "description": {
                    "id": "Makan siang perpisahan dengan gulai ikan patin, lalu transfer ke Bandara Sultan Thaha untuk penerbangan pulang Anda.",
                    "en": "A farewell lunch of patin curry, then the transfer to Sultan Thaha Airport for your flight home.",
                },
                "attractions": ["kuliner-tepian-batanghari"],
                "nights": 0,
                "accommodation": None,
            },
        ],
    },
    {
        "slug": "dua-atap-semeru-kerinci",
        "provider": "bromo-trails",
        "co_provider": "kerinci-highland-trek",
        "title": {"id": "Dua Atap: Semeru dan Kerinci", "en": "Two Roofs: Semeru and Kerinci"},
        "summary": {
            "id": "Delapan hari untuk pendaki: berkemah di Ranu Kumbolo di jalur atap Jawa, lalu mendaki gunung api tertinggi di Indonesia.",
            "en": "Eight days for hikers: camp at Ranu Kumbolo on the trail to the roof of Java, then climb Indonesia's highest volcano.",
        },
        "description": {
            "id": (
                "Paket ini menghubungkan gunung tertinggi di kedua daerah. Di Semeru, rute mengikuti batas pendakian "
                "yang berlaku dan berkemah di Ranu Kumbolo, karena puncak Mahameru sering ditutup akibat aktivitas "
                "vulkanik; di Kerinci, kami mendaki sampai bibir kawah bila cuaca dan status gunung mengizinkan. "
                "Perjalanan darat Jambi–Kersik Tuo panjang, dan tiket pesawat Malang/Surabaya–Jambi tidak termasuk "
                "tetapi bisa kami bantu pesankan. Peserta minimal 15 tahun; harga anak untuk usia 15–17."
            ),
            "en": (
                "This trip links the highest mountains of the two regions. On Semeru the route follows the current "
                "climbing limit and camps at Ranu Kumbolo, as the Mahameru summit is often closed because of "
                "volcanic activity; on Kerinci we climb to the crater rim when the weather and the volcano's status "
                "allow. The overland leg from Jambi to Kersik Tuo is long, and the Malang/Surabaya–Jambi flight is "
                "not included, though we are happy to book it for you. Minimum age 15; child price for ages 15–17."
            ),
        },
        "inclusions": {
            "id": [
                "Izin pendakian Semeru dan Kerinci",
                "Pemandu, porter, tenda dan alat masak di kedua gunung",
                "1 malam hotel di Malang dan 1 malam di Kota Jambi",
                "3 malam homestay di Kersik Tuo",
                "Transportasi darat Malang–Ranu Pani, Jambi–Kersik Tuo dan transfer akhir ke Padang atau Jambi",
                "Makan selama pendakian dan di homestay",
            ],
            "en": [
                "Semeru and Kerinci climbing permits",
                "Guides, porters, tents and cooking gear on both mountains",
                "1 hotel night in Malang and 1 in Jambi city",
                "3 homestay nights in Kersik Tuo",
                "Ground transport Malang–Ranu Pani, Jambi–Kersik Tuo and the final transfer to Padang or Jambi",
                "Meals on the mountains and at the homestay",
            ],
        },
        "exclusions": {
            "id": [
                "Tiket pesawat Malang/Surabaya–Jambi dan penerbangan pulang",
                "Sleeping bag dan perlengkapan pribadi",
                "Makan di kota",
                "Asuransi perjalanan pribadi",
            ],
            "en": [
                "Malang/Surabaya–Jambi flight and your flight home",
                "Sleeping bag and personal gear",
                "Meals in town",
                "Personal travel insurance",
            ],
        },
        "meeting_point": {
            "id": "Basecamp Bromo Trails, Jl. Raya Tumpang No. 88, Tumpang, pukul 06.00",
            "en": "Bromo Trails basecamp, Jl. Raya Tumpang No. 88, Tumpang, at 06:00",
        },
        "duration_days": 8,
        "duration_nights": 7,
        "min_group": 2,
        "max_group": 10,
        "cancellation_policy": "strict",
        "pay_at_meeting_point": False,
        "featured": True,
        "prices": [{"code": "adult", "amount": 7950000}, {"code": "child", "amount": 7250000}],
        "start_time": "06:00",
        "weekdays": [5],
        "capacity": 10,
        "scene": "summit",
        "days": [
            {
                "title": {"id": "Ranu Pani ke Ranu Kumbolo", "en": "Ranu Pani to Ranu Kumbolo"},
                "description": {
                    "id": "Berkendara dari Tumpang ke Ranu Pani, lalu berjalan 4–6 jam di jalur Semeru ke Ranu Kumbolo untuk berkemah.",
                    "en": "Drive from Tumpang to Ranu Pani, then walk 4–6 hours along the Semeru trail to camp at Ranu Kumbolo.",
                },
                "attractions": ["gunung-semeru", "ranu-kumbolo"],
                "nights": 1,
                "accommodation": {"id": "Tenda di tepi Ranu Kumbolo", "en": "Tents on the shore of Ranu Kumbolo"},
            },
            {
                "title": {"id": "Fajar di Ranu Kumbolo, kembali ke Malang", "en": "Dawn at Ranu Kumbolo, back to Malang"},
                "description": {
                    "id": "Matahari terbit di atas danau, lalu turun ke Ranu Pani dan kembali ke Malang untuk mandi air panas dan tidur nyenyak.",
                    "en": "Sunrise over the lake, then down to Ranu Pani and back to Malang for a hot shower and a proper bed.",
                },
                "attractions": ["ranu-kumbolo"],
                "nights": 1,
                "accommodation": {"id": "Hotel mitra di Kota Malang", "en": "Partner hotel in Kota Malang"},
            },
            {
                "title": {"id": "Terbang ke Jambi", "en": "Fly to Jambi"},
                "description": {
                    "id": "Penerbangan dari Malang atau Surabaya ke Jambi, umumnya dengan satu kali transit di Jakarta (tiket tidak termasuk). Penjemputan di Bandara Sultan Thaha dan malam santai di tepian Batanghari.",
                    "en": "Flight from Malang or Surabaya to Jambi, usually with one connection in Jakarta (ticket not included). Pick-up at Sultan Thaha Airport and a quiet evening by the Batanghari.",
                },
                "attractions": ["jembatan-gentala-arasy"],
                "nights": 1,
                "accommodation": {"id": "Hotel mitra di Kota Jambi", "en": "Partner hotel in Jambi city"},
            },
            {
                "title": {"id": "Perjalanan darat ke Kersik Tuo", "en": "Overland to Kersik Tuo"},
                "description": {
                    "id": "Berangkat pagi untuk perjalanan darat panjang, sekitar 10 jam, menuju dataran tinggi Kerinci. Tiba sore di homestay di kaki gunung dan briefing pendakian.",
                    "en": "An early start for the long drive, about 10 hours, up to the Kerinci highlands. Arrive in the late afternoon at a homestay below the mountain for the climb briefing.",
                },
                "attractions": [],
                "nights": 1,
                "accommodation": {"id": "Homestay di Kersik Tuo", "en": "Homestay in Kersik Tuo"},
            },
            {
                "title": {"id": "Mendaki ke Shelter 3", "en": "Climb to Shelter 3"},
                "description": {
                    "id": "Pendakian 7–9 jam dari pintu rimba menembus hutan Kerinci Seblat hingga batas vegetasi.",
                    "en": "A 7–9 hour climb from the trailhead through the Kerinci Seblat forest to the tree line.",
                },
                "attractions": ["gunung-kerinci"],
                "nights": 1,
                "accommodation": {"id": "Tenda di Shelter 3", "en": "Tents at Shelter 3"},
            },
            {
                "title": {"id": "Puncak Kerinci dan turun", "en": "Kerinci summit and descent"},
                "description": {
                    "id": "Berangkat dini hari untuk matahari terbit di bibir kawah, lalu turun sampai Kersik Tuo.",
                    "en": "A pre-dawn start for sunrise on the crater rim, then all the way down to Kersik Tuo.",
                },
                "attractions": ["gunung-kerinci"],
                "nights": 1,
                "accommodation": {"id": "Homestay di Kersik Tuo", "en": "Homestay in Kersik Tuo"},
            },
            {
                "title": {"id": "Hari pemulihan di kebun teh", "en": "Recovery day in the tea gardens"},
                "description": {
                    "id": "Pagi santai di kebun teh Kayu Aro dan Air Terjun Telun Berasap, sore bebas untuk beristirahat.",
                    "en": "An easy morning in the Kayu Aro tea gardens and at Telun Berasap waterfall, with the afternoon free to rest.",
                },
                "attractions": ["kebun-teh-kayu-aro", "air-terjun-telun-berasap"],
                "nights": 1,
                "accommodation": {"id": "Homestay di Kersik Tuo", "en": "Homestay in Kersik Tuo"},
            },
            {
                "title": {"id": "Perjalanan pulang", "en": "Homeward"},
                "description": {
                    "id": "Transfer darat ke Bandara Internasional Minangkabau di Padang (sekitar 6–7 jam) untuk penerbangan sore, atau kembali ke Kota Jambi bila diminta.",
                    "en": "Drive to Minangkabau International Airport in Padang (about 6–7 hours) for an evening flight, or back to Jambi city on request.",
                },
                "attractions": [],
                "nights": 0,
                "accommodation": None,
            },
        ],
    },
    {
        "slug": "dua-dataran-tinggi-teh-wonosari-kayu-aro",
        "provider": "pondok-teh-kayu-aro",
        "co_provider": "panderman-apple-resort",
        "title": {"id": "Dua Dataran Tinggi Teh: Wonosari dan Kayu Aro", "en": "Two Tea Highlands: Wonosari and Kayu Aro"},
        "summary": {
            "id": "Dari kebun teh di kaki Arjuno dan kebun apel Batu ke kebun teh Kayu Aro di bawah Kerinci, menginap di dua penginapan mitra.",
            "en": "From the tea gardens below Arjuno and Batu's orchards to the Kayu Aro estate under Kerinci, staying at two partner lodges.",
        },
        "description": {
            "id": (
                "Perjalanan pelan untuk pencinta teh dan udara sejuk. Dua malam di resor berkebun apel di Batu, "
                "dengan sehari di Kebun Teh Wonosari, lalu terbang ke Jambi dan melanjutkan perjalanan darat ke "
                "Kayu Aro, tempat kebun teh dari masa Hindia Belanda terbentang di bawah Gunung Kerinci. Tiket "
                "pesawat tidak termasuk, dan perjalanan darat Jambi–Kayu Aro memakan waktu sekitar 10 jam."
            ),
            "en": (
                "A slow journey for lovers of tea and cool air. Two nights at an orchard resort in Batu with a day "
                "at the Wonosari tea estate, then a flight to Jambi and the overland journey to Kayu Aro, where a "
                "Dutch-era tea estate spreads out beneath Mount Kerinci. Flights are not included, and the drive "
                "from Jambi to Kayu Aro takes about 10 hours."
            ),
        },
        "inclusions": {
            "id": [
                "2 malam di Panderman Apple Garden Resort, Batu",
                "1 malam hotel di Kota Jambi",
                "3 malam di Pondok Teh Kayu Aro",
                "Sarapan setiap hari dan makan malam di Kayu Aro",
                "Transportasi darat dan transfer bandara di kedua daerah",
                "Tiket kebun teh, petik apel dan objek wisata dalam program",
                "Pemandu lokal",
            ],
            "en": [
                "2 nights at Panderman Apple Garden Resort, Batu",
                "1 hotel night in Jambi city",
                "3 nights at Pondok Teh Kayu Aro",
                "Daily breakfast and dinners in Kayu Aro",
                "Ground transport and airport transfers in both regions",
                "Tea estate, apple picking and sightseeing tickets in the programme",
                "Local guides",
            ],
        },
        "exclusions": {
            "id": ["Tiket pesawat Malang/Surabaya–Jambi dan penerbangan pulang", "Makan siang", "Pengeluaran pribadi"],
            "en": ["Malang/Surabaya–Jambi flight and your flight home", "Lunches", "Personal expenses"],
        },
        "meeting_point": {
            "id": "Lobi Panderman Apple Garden Resort, Kota Batu, atau penjemputan di Bandara Abdul Rachman Saleh",
            "en": "Lobby of Panderman Apple Garden Resort, Kota Batu, or pick-up at Abdul Rachman Saleh Airport",
        },
        "duration_days": 7,
        "duration_nights": 6,
        "min_group": 2,
        "max_group": 10,
        "cancellation_policy": "moderate",
        "pay_at_meeting_point": False,
        "featured": False,
        "prices": [{"code": "adult", "amount": 6250000}, {"code": "child", "amount": 4450000}],
        "start_time": "12:00",
        "weekdays": [0],
        "capacity": 12,
        "scene": "tea",
        "days": [
            {
                "title": {"id": "Tiba di Batu, petik apel", "en": "Arrive in Batu, pick apples"},
                "description": {
                    "id": "Check-in di resor dan sore memetik apel di kebun bersama petani.",
                    "en": "Check in at the resort and spend the afternoon picking apples with the growers.",
                },
                "attractions": ["petik-apel-batu"],
                "nights": 1,
                "accommodation": {"id": "Panderman Apple Garden Resort, Kota Batu", "en": "Panderman Apple Garden Resort, Kota Batu"},
            },
            {
                "title": {"id": "Kebun Teh Wonosari", "en": "Wonosari tea estate"},
                "description": {
                    "id": "Sekitar satu jam berkendara ke kaki Gunung Arjuno untuk berjalan di kebun teh dan mencicipi tehnya, lalu singgah di Candi Singosari dalam perjalanan pulang.",
                    "en": "About an hour's drive to the foothills of Mount Arjuno to walk the tea gardens and taste the tea, stopping at Singosari Temple on the way back.",
                },
                "attractions": ["kebun-teh-wonosari", "candi-singosari"],
                "nights": 1,
                "accommodation": {"id": "Panderman Apple Garden Resort, Kota Batu", "en": "Panderman Apple Garden Resort, Kota Batu"},
            },
            {
                "title": {"id": "Terbang ke Jambi", "en": "Fly to Jambi"},
                "description": {
                    "id": "Transfer ke bandara untuk penerbangan ke Jambi, biasanya dengan satu kali transit (tiket tidak termasuk). Sore di tepian Batanghari dengan gulai patin.",
                    "en": "Transfer to the airport for the flight to Jambi, usually with one connection (ticket not included). Evening on the Batanghari waterfront with patin curry.",
                },
                "attractions": ["jembatan-gentala-arasy", "kuliner-tepian-batanghari"],
                "nights": 1,
                "accommodation": {"id": "Hotel mitra di Kota Jambi", "en": "Partner hotel in Jambi city"},
            },
            {
                "title": {"id": "Menuju dataran tinggi Kerinci", "en": "Up to the Kerinci highlands"},
                "description": {
                    "id": "Perjalanan darat panjang, sekitar 10 jam, dengan singgah makan dan istirahat. Tiba di Kayu Aro menjelang malam.",
                    "en": "A long drive, about 10 hours, with stops for meals and rest. Arrive in Kayu Aro around nightfall.",
                },
                "attractions": [],
                "nights": 1,
                "accommodation": {"id": "Pondok Teh Kayu Aro", "en": "Pondok Teh Kayu Aro"},
            },
            {
                "title": {"id": "Kebun Teh Kayu Aro", "en": "Kayu Aro tea estate"},
                "description": {
                    "id": "Jalan pagi bersama pemandu kebun, melihat pemetik bekerja dan mencicipi teh hitam Kerinci, lalu ke Air Terjun Telun Berasap.",
                    "en": "A morning walk with an estate guide, watching the pickers and tasting Kerinci black tea, then on to Telun Berasap waterfall.",
                },
                "attractions": ["kebun-teh-kayu-aro", "air-terjun-telun-berasap"],
                "nights": 1,
                "accommodation": {"id": "Pondok Teh Kayu Aro", "en": "Pondok Teh Kayu Aro"},
            },
            {
                "title": {"id": "Danau Gunung Tujuh", "en": "Lake Gunung Tujuh"},
                "description": {
                    "id": "Mendaki 2–3 jam ke danau kaldera di ketinggian hampir 2.000 m, makan siang di tepi danau dan turun sore hari.",
                    "en": "A 2–3 hour climb to the caldera lake at almost 2,000 m, lunch on the shore and down in the afternoon.",
                },
                "attractions": ["danau-gunung-tujuh"],
                "nights": 1,
                "accommodation": {"id": "Pondok Teh Kayu Aro", "en": "Pondok Teh Kayu Aro"},
            },
            {
                "title": {"id": "Perjalanan pulang", "en": "Homeward"},
                "description": {
                    "id": "Transfer darat ke Bandara Internasional Minangkabau di Padang (sekitar 6–7 jam), atau kembali ke Kota Jambi bila diminta.",
                    "en": "Drive to Minangkabau International Airport in Padang (about 6–7 hours), or back to Jambi city on request.",
                },
                "attractions": [],
                "nights": 0,
                "accommodation": None,
            },
        ],
    },
    {
        "slug": "kriya-kuliner-batik-jambi-topeng-malangan",
        "provider": "batanghari-explore",
        "co_provider": "arek-malang-travel",
        "title": {"id": "Kriya & Kuliner: Batik Jambi dan Topeng Malangan", "en": "Crafts and Cuisine: Batik Jambi and Malangan Masks"},
        "summary": {
            "id": "Lima hari untuk tangan dan lidah: membatik di Seberang Kota, melukis topeng di Polowijen, gulai patin, bakso dan rawon.",
            "en": "Five days for hands and taste buds: batik in Seberang Kota, mask painting in Polowijen, patin curry, bakso and rawon.",
        },
        "description": {
            "id": (
                "Paket ini mempertemukan perajin dan juru masak dari dua daerah. Di Jambi Anda membatik bersama "
                "perajin Seberang Kota dan belajar memasak gulai ikan patin dengan tempoyak; di Malang Anda melukis "
                "topeng Malangan, mengiris keripik tempe di Sanan dan menjelajahi warung bakso serta rawon "
                "legendaris. Penerbangan Jambi–Malang/Surabaya, biasanya dengan satu kali transit, tidak termasuk "
                "tetapi bisa kami bantu pesankan."
            ),
            "en": (
                "This trip brings together craftspeople and cooks from both regions. In Jambi you make batik with "
                "the artisans of Seberang Kota and learn to cook patin curry with tempoyak; in Malang you paint a "
                "Malangan mask, slice tempeh chips in Sanan and work your way through legendary bakso and rawon "
                "stalls. The Jambi–Malang/Surabaya flight, usually with one connection, is not included, but we "
                "can book it for you."
            ),
        },
        "inclusions": {
            "id": [
                "4 malam hotel, 2 di Jambi dan 2 di Malang, sekamar berdua",
                "Kelas membatik dan kelas memasak gulai patin",
                "Lokakarya melukis topeng dan kunjungan rumah produksi keripik tempe",
                "Semua makan siang dan dua makan malam kuliner",
                "Transportasi darat dan transfer bandara",
                "Pemandu di kedua kota",
            ],
            "en": [
                "4 hotel nights, 2 in Jambi and 2 in Malang, two sharing",
                "Batik class and patin curry cooking class",
                "Mask-painting workshop and a tempeh-chip workshop visit",
                "All lunches and two food-trail dinners",
                "Ground transport and airport transfers",
                "Guides in both cities",
            ],
        },
        "exclusions": {
            "id": ["Tiket pesawat", "Belanja kerajinan", "Pengeluaran pribadi"],
            "en": ["Flights", "Craft shopping", "Personal expenses"],
        },
        "meeting_point": {
            "id": "Bandara Sultan Thaha (DJB) atau lobi Hotel Tepian Gentala, Kota Jambi",
            "en": "Sultan Thaha Airport (DJB) or the lobby of Hotel Tepian Gentala, Jambi city",
        },
        "duration_days": 5,
        "duration_nights": 4,
        "min_group": 2,
        "max_group": 14,
        "cancellation_policy": "moderate",
        "pay_at_meeting_point": False,
        "featured": False,
        "prices": [{"code": "adult", "amount": 4650000}, {"code": "child", "amount": 3400000}],
        "start_time": "11:00",
        "weekdays": [2],
        "capacity": 14,
        "scene": "crafts",
        "days": [
            {
                "title": {"id": "Tiba di Jambi: senja di Batanghari", "en": "Arrive in Jambi: sunset on the Batanghari"},
                "description": {
                    "id": "Penjemputan di bandara, makan siang gulai patin pertama Anda, lalu menyeberangi Gentala Arasy saat senja.",
                    "en": "Airport pick-up, your first patin curry for lunch, then across Gentala Arasy at sunset.",
                },
                "attractions": ["kuliner-tepian-batanghari", "jembatan-gentala-arasy"],
                "nights": 1,
                "accommodation": {"id": "Hotel Tepian Gentala, Kota Jambi", "en": "Hotel Tepian Gentala, Jambi city"},
            },
            {
                "title": {"id": "Membatik di Seberang Kota dan memasak patin", "en": "Batik in Seberang Kota and a patin cooking class"},
                "description": {
                    "id": "Pagi melihat koleksi batik lama di Museum Siginjei, lalu membatik bersama perajin di Seberang Kota. Sore belajar memasak gulai patin dengan tempoyak.",
                    "en": "See old batik in the Siginjei Museum in the morning, then make batik with the artisans of Seberang Kota. In the afternoon, learn to cook patin curry with tempoyak.",
                },
                "attractions": ["museum-siginjei", "kampung-batik-seberang-kota"],
                "nights": 1,
                "accommodation": {"id": "Hotel Tepian Gentala, Kota Jambi", "en": "Hotel Tepian Gentala, Jambi city"},
            },
            {
                "title": {"id": "Terbang ke Malang", "en": "Fly to Malang"},
                "description": {
                    "id": "Penerbangan Jambi ke Malang atau Surabaya, umumnya dengan satu kali transit di Jakarta (tiket tidak termasuk). Penjemputan oleh Arek Malang Travel dan makan malam bakso.",
                    "en": "Flight from Jambi to Malang or Surabaya, usually with one connection in Jakarta (ticket not included). Pick-up by Arek Malang Travel and a bakso dinner.",
                },
                "attractions": ["kuliner-kota-malang"],
                "nights": 1,
                "accommodation": {"id": "Griya Ijen Heritage Hotel, Kota Malang", "en": "Griya Ijen Heritage Hotel, Kota Malang"},
            },
            {
                "title": {"id": "Topeng Polowijen dan keripik tempe Sanan", "en": "Polowijen masks and Sanan tempeh chips"},
                "description": {
                    "id": "Pagi mengiris dan menggoreng keripik tempe di Sanan, siang melukis topeng Malangan dan belajar gerak dasar tari topeng di Polowijen.",
                    "en": "Slice and fry tempeh chips in Sanan in the morning, then paint a Malangan mask and learn the first steps of the mask dance in Polowijen.",
                },
                "attractions": ["sentra-keripik-tempe-sanan", "kampung-budaya-polowijen"],
                "nights": 1,
                "accommodation": {"id": "Griya Ijen Heritage Hotel, Kota Malang", "en": "Griya Ijen Heritage Hotel, Kota Malang"},
            },
            {
                "title": {"id": "Kampung Warna-Warni, rawon dan pulang", "en": "Colourful village, rawon and home"},
                "description": {
                    "id": "Pagi di Kampung Warna-Warni Jodipan, makan siang rawon perpisahan, lalu transfer ke bandara atau stasiun.",
                    "en": "A morning in the Jodipan colourful village, a farewell rawon lunch, then the transfer to the airport or station.",
                },
                "attractions": ["kampung-warna-warni-jodipan", "kuliner-kota-malang"],
                "nights": 0,
                "accommodation": None,
            },
        ],
    },
    {
        "slug": "liburan-keluarga-batu-muaro-jambi",
        "provider": "panderman-apple-resort",
        "co_provider": "hotel-tepian-gentala",
        "title": {"id": "Liburan Keluarga: Kota Batu & Muaro Jambi", "en": "Family Holiday: Kota Batu and Muaro Jambi"},
        "summary": {
            "id": "Apel, museum kendaraan dan air terjun di Batu, lalu bersepeda keluarga di antara candi Muaro Jambi dan senja di Gentala Arasy.",
            "en": "Apples, a vehicle museum and a waterfall in Batu, then a family bike ride among the Muaro Jambi temples and sunset at Gentala Arasy.",
        },
        "description": {
            "id": (
                "Dirancang untuk keluarga dengan anak usia sekolah: tempo santai, kamar keluarga dan kegiatan yang "
                "bisa dinikmati semua umur. Tiga malam di resor berkebun apel di Batu, lalu dua malam di tepian "
                "Batanghari dengan sehari bersepeda di Muaro Jambi. Tiket pesawat Malang/Surabaya–Jambi, biasanya "
                "dengan satu kali transit, tidak termasuk; kami bantu mencarikan jadwal yang ramah anak."
            ),
            "en": (
                "Made for families with school-age children: an easy pace, family rooms and activities every age "
                "can enjoy. Three nights at an orchard resort in Batu, then two nights on the Batanghari waterfront "
                "with a day cycling at Muaro Jambi. The Malang/Surabaya–Jambi flight, usually with one connection, "
                "is not included; we will help you find child-friendly times."
            ),
        },
        "inclusions": {
            "id": [
                "3 malam di Panderman Apple Garden Resort dan 2 malam di Hotel Tepian Gentala, kamar keluarga",
                "Sarapan setiap hari",
                "Tiket Museum Angkut, petik apel dan Coban Rondo",
                "Tur sepeda keluarga di Muaro Jambi dengan pemandu",
                "Transfer bandara dan transportasi darat di kedua daerah",
            ],
            "en": [
                "3 nights at Panderman Apple Garden Resort and 2 at Hotel Tepian Gentala, family rooms",
                "Daily breakfast",
                "Museum Angkut, apple picking and Coban Rondo tickets",
                "Guided family bike tour at Muaro Jambi",
                "Airport transfers and ground transport in both regions",
            ],
        },
        "exclusions": {
            "id": ["Tiket pesawat", "Penerbangan tandem paralayang", "Makan siang dan makan malam"],
            "en": ["Flights", "Tandem paragliding flight", "Lunches and dinners"],
        },
        "meeting_point": {
            "id": "Lobi Panderman Apple Garden Resort, Jl. Raya Oro-Oro Ombo No. 21, Kota Batu",
            "en": "Lobby of Panderman Apple Garden Resort, Jl. Raya Oro-Oro Ombo No. 21, Kota Batu",
        },
        "duration_days": 6,
        "duration_nights": 5,
        "min_group": 2,
        "max_group": 12,
        "cancellation_policy": "flexible",
        "pay_at_meeting_point": False,
        "featured": True,
        "prices": [{"code": "adult", "amount": 5350000}, {"code": "child", "amount": 3650000}],
        "start_time": "13:00",
        "weekdays": [5, 6],
        "capacity": 20,
        "scene": "orchard",
        "days": [
            {
                "title": {"id": "Tiba di Batu, petik apel", "en": "Arrive in Batu, pick apples"},
                "description": {
                    "id": "Check-in di resor, sore memetik apel dan bermain di kebun.",
                    "en": "Check in at the resort, then an afternoon picking apples and playing in the orchard.",
                },
                "attractions": ["petik-apel-batu"],
                "nights": 1,
                "accommodation": {"id": "Panderman Apple Garden Resort, Kota Batu", "en": "Panderman Apple Garden Resort, Kota Batu"},
            },
            {
                "title": {"id": "Museum Angkut dan bukit paralayang", "en": "Museum Angkut and the paragliding hill"},
                "description": {
                    "id": "Siang berkeliling zona-zona Museum Angkut, sore menonton para penerbang dan matahari terbenam dari Gunung Banyak.",
                    "en": "The themed zones of Museum Angkut in the afternoon, then paragliders and the sunset from Gunung Banyak.",
                },
                "attractions": ["museum-angkut", "paralayang-gunung-banyak"],
                "nights": 1,
                "accommodation": {"id": "Panderman Apple Garden Resort, Kota Batu", "en": "Panderman Apple Garden Resort, Kota Batu"},
            },
            {
                "title": {"id": "Coban Rondo", "en": "Coban Rondo"},
                "description": {
                    "id": "Pagi ke Coban Rondo untuk air terjun dan labirin tanaman, sore bebas berenang di resor.",
                    "en": "Coban Rondo in the morning for the waterfall and the hedge maze, with a free afternoon by the pool.",
                },
                "attractions": ["coban-rondo"],
                "nights": 1,
                "accommodation": {"id": "Panderman Apple Garden Resort, Kota Batu", "en": "Panderman Apple Garden Resort, Kota Batu"},
            },
            {
                "title": {"id": "Terbang ke Jambi", "en": "Fly to Jambi"},
                "description": {
                    "id": "Transfer ke bandara untuk penerbangan ke Jambi, biasanya dengan satu kali transit (tiket tidak termasuk). Sore berjalan di Jembatan Gentala Arasy.",
                    "en": "Transfer to the airport for the flight to Jambi, usually with one connection (ticket not included). An evening walk on the Gentala Arasy bridge.",
                },
                "attractions": ["jembatan-gentala-arasy"],
                "nights": 1,
                "accommodation": {"id": "Hotel Tepian Gentala, Kota Jambi", "en": "Hotel Tepian Gentala, Jambi city"},
            },
            {
                "title": {"id": "Bersepeda di Muaro Jambi", "en": "Cycling at Muaro Jambi"},
                "description": {
                    "id": "Tur sepeda keluarga di antara candi-candi dengan banyak perhentian teduh dan cerita untuk anak-anak, makan siang di desa.",
                    "en": "A family bike tour among the temples with plenty of shady stops and stories for the children, with lunch in the village.",
                },
                "attractions": ["kawasan-candi-muaro-jambi"],
                "nights": 1,
                "accommodation": {"id": "Hotel Tepian Gentala, Kota Jambi", "en": "Hotel Tepian Gentala, Jambi city"},
            },
            {
                "title": {"id": "Museum Siginjei, Danau Sipin dan pulang", "en": "Siginjei Museum, Lake Sipin and home"},
                "description": {
                    "id": "Pagi di Museum Siginjei, makan siang ikan di tepi Danau Sipin, lalu transfer ke Bandara Sultan Thaha.",
                    "en": "A morning at the Siginjei Museum, a fish lunch by Lake Sipin, then the transfer to Sultan Thaha Airport.",
                },
                "attractions": ["museum-siginjei", "danau-sipin"],
                "nights": 0,
                "accommodation": None,
            },
        ],
    },
]

EVENTS = [
    {
        "slug": "malang-flower-carnival-2027",
        "region": "malang",
        "kind": "festival",
        "title": {"id": "Malang Flower Carnival 2027", "en": "Malang Flower Carnival 2027"},
        "summary": {
            "id": "Parade kostum karnaval bertema bunga yang menyusuri boulevard Jalan Ijen.",
            "en": "A parade of flower-themed carnival costumes along the Jalan Ijen boulevard.",
        },
        "description": {
            "id": (
                "Malang Flower Carnival adalah parade kostum karnaval bertema bunga yang diikuti peserta dari "
                "sekolah, komunitas dan daerah lain, berjalan di antara deretan palem Jalan Ijen. Penonton memadati "
                "trotoar sejak siang, jadi datanglah lebih awal dan gunakan transportasi umum. Tanggal dan rute "
                "ditetapkan penyelenggara setiap tahun; tanggal di sini adalah perkiraan untuk perencanaan."
            ),
            "en": (
                "Malang Flower Carnival is a parade of flower-themed carnival costumes, with performers from schools, "
                "community groups and other regions walking between the palms of Jalan Ijen. Spectators line the "
                "pavements from midday, so arrive early and use public transport. The organisers set the date and "
                "route each year; the date here is an estimate for planning."
            ),
        },
        "venue": {
            "id": "Kawasan Jalan Ijen, Kota Malang (rute dapat berubah)",
            "en": "Jalan Ijen area, Kota Malang (route may change)",
        },
        "starts": "2027-09-12T14:00",
        "ends": "2027-09-12T18:00",
        "related_packages": ["jalan-kaki-sejarah-kuliner-malang", "menginap-rumah-kolonial-sunrise-bromo"],
        "scene": "festival",
    },
    {
        "slug": "festival-kampung-cempluk-2027",
        "region": "malang",
        "kind": "festival",
        "title": {"id": "Festival Kampung Cempluk 2027", "en": "Kampung Cempluk Festival 2027"},
        "summary": {
            "id": "Festival yang digagas warga kampung, dengan gang-gang diterangi lampu cempluk, panggung seni rakyat dan jajanan rumahan.",
            "en": "A festival run by the villagers themselves, with lanes lit by cempluk oil lamps, folk performances and home-cooked snacks.",
        },
        "description": {
            "id": (
                "Setiap tahun warga Kampung Cempluk di Kalisongo, Dau, menggelar festival mereka sendiri. Gang-gang "
                "dihias dan diterangi cempluk, lampu minyak tradisional yang menjadi nama kampung ini, panggung "
                "menampilkan kesenian rakyat, dan warga membuka lapak makanan di depan rumah. Jadwal pasti diumumkan "
                "panitia warga; tanggal di sini perkiraan."
            ),
            "en": (
                "Every year the residents of Kampung Cempluk in Kalisongo, Dau, put on their own festival. The lanes "
                "are decorated and lit with cempluk, the traditional oil lamps the village is named after, a stage "
                "hosts folk arts, and families sell food from their front porches. The village committee announces "
                "the exact dates; the dates here are an estimate."
            ),
        },
        "venue": {
            "id": "Kampung Cempluk, Desa Kalisongo, Kecamatan Dau, Kabupaten Malang",
            "en": "Kampung Cempluk, Kalisongo village, Dau district, Kabupaten Malang",
        },
        "starts": "2027-09-25T18:00",
        "ends": "2027-10-02T22:00",
        "related_packages": ["jalan-kaki-sejarah-kuliner-malang"],
        "scene": "festival",
    },
    {
        "slug": "yadnya-kasada-bromo-2027",
        "region": "malang",
        "kind": "festival",
        "title": {"id": "Yadnya Kasada di Bromo", "en": "Yadnya Kasada at Bromo"},
        "summary": {
            "id": "Upacara suci masyarakat Tengger: persembahan hasil bumi dibawa dari Pura Luhur Poten ke kawah Bromo.",
            "en": "The Tengger people's sacred ceremony: offerings of the harvest carried from Pura Luhur Poten to Bromo's crater.",
        },
        "description": {
            "id": (
                "Yadnya Kasada adalah upacara suci masyarakat Tengger yang digelar setiap tahun pada bulan Kasada "
                "menurut kalender Tengger. Malam hari umat berkumpul di Pura Luhur Poten di lautan pasir, lalu "
                "menjelang fajar membawa persembahan hasil bumi dan ternak ke bibir kawah. Ini upacara keagamaan, "
                "bukan pertunjukan: jaga jarak, berpakaian sopan dan ikuti arahan panitia adat. Tanggalnya mengikuti "
                "kalender Tengger; tanggal di sini hanya perkiraan."
            ),
            "en": (
                "Yadnya Kasada is the sacred ceremony of the Tengger people, held every year in the month of Kasada "
                "of the Tengger calendar. At night the faithful gather at Pura Luhur Poten on the sea of sand, and "
                "towards dawn they carry offerings of crops and livestock up to the crater rim. It is a religious "
                "ceremony, not a show: keep your distance, dress modestly and follow the stewards. The date follows "
                "the Tengger calendar; the one here is only an estimate."
            ),
        },
        "venue": {
            "id": "Pura Luhur Poten dan kawah Gunung Bromo",
            "en": "Pura Luhur Poten and the crater of Mount Bromo",
        },
        "starts": "2027-06-18T22:00",
        "ends": "2027-06-19T07:00",
        "related_packages": ["sunrise-bromo-jip-dari-malang", "menginap-rumah-kolonial-sunrise-bromo"],
        "scene": "volcano",
    },
    {
        "slug": "festival-batanghari-2027",
        "region": "jambi",
        "kind": "festival",
        "title": {"id": "Festival Batanghari 2027", "en": "Batanghari Festival 2027"},
        "summary": {
            "id": "Festival budaya di tepi sungai terpanjang di Sumatra, dengan pertunjukan seni dari seluruh Jambi dan bazar kuliner.",
            "en": "A cultural festival on the banks of Sumatra's longest river, with performances from all over Jambi and a food bazaar.",
        },
        "description": {
            "id": (
                "Festival Batanghari merayakan sungai yang menghidupi Jambi. Panggung di tepian menampilkan tari dan "
                "musik dari kabupaten dan kota se-Provinsi Jambi, dan pengunjung bisa berkeliling bazar kuliner serta "
                "kerajinan. Rangkaian acara dan tanggalnya ditetapkan penyelenggara setiap tahun; tanggal di sini "
                "perkiraan."
            ),
            "en": (
                "The Batanghari Festival celebrates the river that gives Jambi its life. Riverside stages host dance "
                "and music from every regency and city in the province, with a bazaar of food and crafts to wander "
                "through. The organisers set the programme and dates each year; the dates here are an estimate."
            ),
        },
        "venue": {
            "id": "Tepian Batanghari (Tanggo Rajo), Kota Jambi",
            "en": "Batanghari waterfront (Tanggo Rajo), Jambi city",
        },
        "starts": "2027-08-19T15:00",
        "ends": "2027-08-22T22:00",
        "related_packages": ["kota-jambi-sungai-masjid-batik", "menginap-tepian-batanghari-muaro-jambi"],
        "scene": "river",
    },
    {
        "slug": "festival-danau-kerinci-2027",
        "region": "jambi",
        "kind": "festival",
        "title": {"id": "Festival Danau Kerinci 2027", "en": "Lake Kerinci Festival 2027"},
        "summary": {
            "id": "Pesta budaya dataran tinggi Kerinci di tepi danau: tari Rangguk, musik tradisional, kuliner dan hasil bumi.",
            "en": "The Kerinci highlands' cultural celebration by the lake: Rangguk dance, traditional music, food and local produce.",
        },
        "description": {
            "id": (
                "Festival Danau Kerinci adalah pesta budaya tahunan masyarakat Kerinci. Di tepi danau digelar tari "
                "Rangguk dan kesenian tradisional, pameran hasil bumi seperti kopi dan kayu manis, serta aneka lomba "
                "dan kuliner khas. Tanggal pastinya ditetapkan pemerintah daerah setiap tahun; tanggal di sini "
                "perkiraan untuk perencanaan."
            ),
            "en": (
                "The Lake Kerinci Festival is the yearly cultural celebration of the Kerinci people. By the lake "
                "there are Rangguk dance and traditional performances, displays of local produce such as coffee and "
                "cinnamon, competitions and regional food. The local government sets the dates each year; the dates "
                "here are an estimate for planning."
            ),
        },
        "venue": {"id": "Tepian Danau Kerinci, Kabupaten Kerinci", "en": "Lake Kerinci shore, Kabupaten Kerinci"},
        "starts": "2027-07-14T09:00",
        "ends": "2027-07-18T17:00",
        "related_packages": ["rehat-di-kebun-teh-kayu-aro", "danau-gunung-tujuh-kebun-teh-kayu-aro"],
        "scene": "lake",
    },
    {
        "slug": "paviliun-malang-jambi-pameran-nasional-2027",
        "region": "malang",
        "kind": "fair",
        "title": {
            "id": "Paviliun Bersama Malang–Jambi di Pameran Pariwisata Nasional",
            "en": "Malang–Jambi Joint Pavilion at the National Travel Fair",
        },
        "summary": {
            "id": "Satu paviliun untuk dua daerah: paket gabungan dengan harga pameran, demo topeng dan batik, serta cicip bakso dan gulai patin.",
            "en": "One pavilion for two regions: joint packages at fair prices, mask and batik demonstrations, and tastings of bakso and patin curry.",
        },
        "description": {
            "id": (
                "Dinas pariwisata Kota Malang dan Provinsi Jambi hadir bersama di pameran pariwisata nasional di "
                "Jakarta. Biro perjalanan dan hotel mitra dari kedua daerah menawarkan paket Malang–Jambi dengan "
                "harga khusus pameran, sementara perajin memperagakan pembuatan topeng Malangan dan batik Jambi. "
                "Nama pameran dan tanggal final diumumkan menjelang acara."
            ),
            "en": (
                "The tourism offices of Kota Malang and Jambi province share one stand at a national travel fair in "
                "Jakarta. Partner agencies and hotels from both regions offer Malang–Jambi packages at special fair "
                "prices, while craftspeople demonstrate Malangan mask carving and Batik Jambi. The fair's name and "
                "final dates are announced nearer the time."
            ),
        },
        "venue": {"id": "Jakarta Convention Center, Jakarta", "en": "Jakarta Convention Center, Jakarta"},
        "starts": "2027-03-05T10:00",
        "ends": "2027-03-07T21:00",
        "related_packages": [
            "jejak-pamalayu-singhasari-muaro-jambi", "dua-atap-semeru-kerinci",
            "dua-dataran-tinggi-teh-wonosari-kayu-aro", "kriya-kuliner-batik-jambi-topeng-malangan",
            "liburan-keluarga-batu-muaro-jambi",
        ],
        "scene": "crafts",
    },
    {
        "slug": "misi-budaya-malang-di-jambi-2027",
        "region": "jambi",
        "kind": "cultural_exchange",
        "title": {
            "id": "Misi Budaya Malang di Jambi: Topeng Malangan di Tepian Batanghari",
            "en": "Malang Cultural Mission to Jambi: Malangan Masks on the Batanghari",
        },
        "summary": {
            "id": "Delegasi seniman Malang membawakan tari Topeng Malangan dan gamelan, disusul lokakarya bersama perajin batik Jambi.",
            "en": "A delegation of Malang artists performs the Malangan mask dance with gamelan, followed by workshops with Jambi batik makers.",
        },
        "description": {
            "id": (
                "Sebagai bagian dari kerja sama kedua daerah, delegasi seniman dan perajin dari Kota Malang berkunjung "
                "ke Jambi. Malam pertunjukan menampilkan tari Topeng Malangan dengan iringan gamelan, dan pada siang "
                "hari perajin topeng dan batik dari kedua daerah bertukar teknik dalam lokakarya yang terbuka untuk "
                "umum. Jadwal lengkap diumumkan panitia."
            ),
            "en": (
                "As part of the cooperation between the two regions, a delegation of Kota Malang artists and "
                "craftspeople visits Jambi. The evening shows feature the Malangan mask dance with gamelan, and "
                "during the day mask makers and batik artisans from both regions swap techniques in workshops open to "
                "the public. The full programme will be announced by the organisers."
            ),
        },
        "venue": {"id": "Taman Budaya Jambi, Kota Jambi", "en": "Taman Budaya Jambi arts centre, Jambi city"},
        "starts": "2027-05-14T19:00",
        "ends": "2027-05-16T22:00",
        "related_packages": ["kriya-kuliner-batik-jambi-topeng-malangan", "jejak-pamalayu-singhasari-muaro-jambi"],
        "scene": "crafts",
    },
    {
        "slug": "pekan-budaya-jambi-di-malang-2027",
        "region": "malang",
        "kind": "cultural_exchange",
        "title": {"id": "Pekan Budaya Jambi di Malang", "en": "Jambi Culture Week in Malang"},
        "summary": {
            "id": "Kunjungan balasan delegasi Jambi: tari Sekapur Sirih, pameran batik Jambi dan dapur gulai patin untuk warga Malang.",
            "en": "The Jambi delegation's return visit: the Sekapur Sirih welcome dance, a Batik Jambi exhibition and a patin curry kitchen.",
        },
        "description": {
            "id": (
                "Delegasi seni dan pelaku UMKM dari Provinsi Jambi membawa budayanya ke Malang. Pengunjung bisa "
                "menyaksikan tari penyambutan Sekapur Sirih, melihat pameran dan demonstrasi batik Jambi, serta "
                "mencicipi gulai patin dan kopi Kerinci di dapur terbuka. Acara terbuka untuk umum; jadwal lengkap "
                "diumumkan panitia."
            ),
            "en": (
                "Artists and small producers from Jambi province bring their culture to Malang. Visitors can watch "
                "the Sekapur Sirih welcome dance, see Batik Jambi exhibited and made, and taste patin curry and "
                "Kerinci coffee at an open kitchen. The event is open to everyone; the full programme will be "
                "announced by the organisers."
            ),
        },
        "venue": {
            "id": "Kampung Budaya Polowijen dan Balai Kota Malang",
            "en": "Polowijen Cultural Village and Malang City Hall",
        },
        "starts": "2027-10-22T09:00",
        "ends": "2027-10-24T21:00",
        "related_packages": ["kriya-kuliner-batik-jambi-topeng-malangan", "liburan-keluarga-batu-muaro-jambi"],
        "scene": "festival",
    },
    {
        "slug": "kampanye-jelajah-malang-jambi-2027",
        "region": "jambi",
        "kind": "campaign",
        "title": {"id": "Kampanye Jelajah Malang–Jambi 2027", "en": "Explore Malang–Jambi 2027 Campaign"},
        "summary": {
            "id": "Kampanye bersama dua daerah: paket gabungan pilihan, kode promo dan cerita perjalanan dari Jawa Timur ke Sumatra.",
            "en": "A joint campaign by both regions: selected joint packages, promo codes and travel stories from East Java to Sumatra.",
        },
        "description": {
            "id": (
                "Selama paruh pertama 2027, Kota Malang dan Provinsi Jambi mengajak wisatawan menjelajahi kedua "
                "daerah dalam satu perjalanan. Paket gabungan dari mitra terverifikasi ditampilkan di halaman utama, "
                "kode promo MALANGJAMBI10 berlaku untuk paket mitra Malang, dan wisatawan diajak membagikan cerita "
                "perjalanan mereka. Capaian kampanye dipantau bersama oleh kedua dinas pariwisata."
            ),
            "en": (
                "Through the first half of 2027, Kota Malang and Jambi province invite travellers to explore both "
                "regions in a single trip. Joint packages from verified partners are featured on the home page, the "
                "promo code MALANGJAMBI10 applies to Malang partners' packages, and travellers are invited to share "
                "their stories. Both tourism offices track the campaign's results together."
            ),
        },
        "venue": {"id": "Daring dan di kantor mitra resmi", "en": "Online and at official partner offices"},
        "starts": "2027-01-10T00:00",
        "ends": "2027-06-30T23:59",
        "related_packages": [
            "jejak-pamalayu-singhasari-muaro-jambi", "dua-atap-semeru-kerinci",
            "dua-dataran-tinggi-teh-wonosari-kayu-aro", "kriya-kuliner-batik-jambi-topeng-malangan",
            "liburan-keluarga-batu-muaro-jambi",
        ],
        "scene": "sky",
    },
]

REVIEWS = [
    {
        "package": "sunrise-bromo-jip-dari-malang", "rating": 5, "name": "Rizky A.", "country": "ID",
        "province": "Jawa Barat", "locale": "id",
        "comment": "Dijemput tepat pukul 00.45 dan sampai Penanjakan masih gelap, jadi dapat tempat bagus. Pemandunya sabar menunggu kami yang lambat naik tangga kawah. Bawa jaket tebal, dinginnya serius!",
    },
    {
        "package": "sunrise-bromo-jip-dari-malang", "rating": 5, "name": "Anneke V.", "country": "NL",
        "province": None, "locale": "en",
        "comment": "Worth every minute of lost sleep. Our driver knew a quieter spot than the main crowd, and the jeep ride across the sea of sand felt like another planet.",
    },
    {
        "package": "sunrise-bromo-jip-dari-malang", "rating": 4, "name": "Tom H.", "country": "AU",
        "province": None, "locale": "en",
        "comment": "Spectacular sunrise, though the viewpoint was packed on a Saturday, so go on a weekday if you can. Friendly guide with good English.",
    },
    {
        "package": "sunrise-bromo-jip-dari-malang", "rating": 5, "name": "Siti N.", "country": "ID",
        "province": "Jawa Timur", "locale": "id",
        "comment": "Sudah tiga kali ke Bromo, baru kali ini sempat ke Savana Teletubbies dengan santai. Sarapannya sederhana tapi pas sekali setelah kedinginan.",
    },
    {
        "package": "jejak-pamalayu-singhasari-muaro-jambi", "rating": 5, "name": "Hendra P.", "country": "ID",
        "province": "DKI Jakarta", "locale": "id",
        "comment": "Pemandu di Malang dan Jambi benar-benar menyambung ceritanya, dari relief Candi Jago sampai Candi Gumpung. Transit di Jakarta agak melelahkan, tapi semuanya sudah diatur rapi.",
    },
    {
        "package": "jejak-pamalayu-singhasari-muaro-jambi", "rating": 4, "name": "Margaret L.", "country": "GB",
        "province": None, "locale": "en",
        "comment": "A thoughtful itinerary for anyone interested in Southeast Asian history. The connection via Jakarta made day three long, but cycling around Muaro Jambi the next morning more than made up for it.",
    },
    {
        "package": "jejak-pamalayu-singhasari-muaro-jambi", "rating": 5, "name": "Aisyah R.", "country": "MY",
        "province": None, "locale": "en",
        "comment": "Lovely to see the Malay side of the story at Muaro Jambi after the Javanese temples. The batik class in Seberang Kota was a highlight, and the patin curry was superb.",
    },
    {
        "package": "bersepeda-candi-muaro-jambi", "rating": 5, "name": "Lena K.", "country": "DE",
        "province": None, "locale": "en",
        "comment": "Cycling between brick temples under the durian trees was magical. Our guide explained the old canals and the menapo mounds really well. Bring insect repellent!",
    },
    {
        "package": "bersepeda-candi-muaro-jambi", "rating": 5, "name": "Yudi H.", "country": "ID",
        "province": "Jambi", "locale": "id",
        "comment": "Saya orang Jambi, tapi baru sekarang keliling Muaro Jambi dengan pemandu. Banyak cerita baru, dan makan siang di rumah warga enak sekali.",
    },
    {
        "package": "bersepeda-candi-muaro-jambi", "rating": 4, "name": "Nadia P.", "country": "ID",
        "province": "Sumatera Selatan", "locale": "id",
        "comment": "Rutenya menyenangkan dan tidak terlalu berat. Sayang siang itu panas sekali; lain kali saya minta berangkat lebih pagi.",
    },
    {
        "package": "jalan-kaki-sejarah-kuliner-malang", "rating": 5, "name": "Wei Ling T.", "country": "SG",
        "province": None, "locale": "en",
        "comment": "A great mix of history and food. The rawon was the best thing I ate in Java, and Toko Oen felt like stepping back in time.",
    },
    {
        "package": "jalan-kaki-sejarah-kuliner-malang", "rating": 4, "name": "Fitri W.", "country": "ID",
        "province": "Jawa Tengah", "locale": "id",
        "comment": "Seru jalan kaki dari Ijen sampai Jodipan, pemandunya hafal cerita tiap bangunan tua. Agak capek di siang hari, untung ada becak.",
    },
    {
        "package": "sehari-keluarga-di-kota-batu", "rating": 5, "name": "Bagus P.", "country": "ID",
        "province": "Jawa Timur", "locale": "id",
        "comment": "Anak-anak paling senang petik apel dan berfoto di Museum Angkut. Sopirnya sabar dan mobilnya bersih. Pas untuk liburan keluarga.",
    },
    {
        "package": "sehari-keluarga-di-kota-batu", "rating": 4, "name": "Sophie B.", "country": "FR",
        "province": None, "locale": "en",
        "comment": "A fun day with our two kids. Museum Angkut is huge, so we nearly missed the sunset on the paragliding hill, but the view was worth the drive.",
    },
    {
        "package": "pendakian-gunung-kerinci", "rating": 5, "name": "Arif R.", "country": "ID",
        "province": "Sumatera Barat", "locale": "id",
        "comment": "Pemandu dan porternya luar biasa, makanan di Shelter 3 hangat dan banyak. Jalur ke puncak berat, tapi fajar di bibir kawah tidak akan saya lupakan.",
    },
    {
        "package": "pendakian-gunung-kerinci", "rating": 4, "name": "James W.", "country": "US",
        "province": None, "locale": "en",
        "comment": "Tough climb, very well organised. Cloud rolled in at the summit so the view lasted about ten minutes, but the forest on the way up is incredible.",
    },
    {
        "package": "menginap-tepian-batanghari-muaro-jambi", "rating": 5, "name": "Ratna D.", "country": "ID",
        "province": "Riau", "locale": "id",
        "comment": "Hotelnya dekat sekali ke Gentala Arasy, tiap sore bisa jalan ke tepian sungai. Nasi gemuk untuk sarapannya juara.",
    },
    {
        "package": "menginap-tepian-batanghari-muaro-jambi", "rating": 4, "name": "Kenji O.", "country": "JP",
        "province": None, "locale": "en",
        "comment": "Comfortable room and helpful staff. The Muaro Jambi day was the highlight; the city is quiet, but the riverside at sunset is lovely.",
    },
    {
        "package": "akhir-pekan-kebun-apel-batu", "rating": 5, "name": "Dewi S.", "country": "ID",
        "province": "Bali", "locale": "id",
        "comment": "Kamarnya menghadap kebun apel dan udaranya sejuk sekali. Anak-anak betah di kolam air hangat, dan senja di Gunung Banyak cantik.",
    },
    {
        "package": "akhir-pekan-kebun-apel-batu", "rating": 3, "name": "Ikhsan M.", "country": "ID",
        "province": "Jawa Barat", "locale": "id",
        "comment": "Resornya nyaman, tapi waktu kami datang apelnya belum banyak yang matang. Sebaiknya tanyakan musim panen sebelum memesan.",
    },
    {
        "package": "dua-atap-semeru-kerinci", "rating": 5, "name": "Teguh S.", "country": "ID",
        "province": "DI Yogyakarta", "locale": "id",
        "comment": "Dua gunung dalam satu perjalanan, logistiknya rapi dari Tumpang sampai Kersik Tuo. Perjalanan darat ke Kerinci memang panjang, tapi pemandangannya mengobati.",
    },
    {
        "package": "kriya-kuliner-batik-jambi-topeng-malangan", "rating": 5, "name": "Citra L.", "country": "ID",
        "province": "Banten", "locale": "id",
        "comment": "Membatik di Seberang lalu melukis topeng di Polowijen, dua kota dengan tangan belepotan warna. Kelas masak gulai patin paling berkesan!",
    },
    {
        "package": "kriya-kuliner-batik-jambi-topeng-malangan", "rating": 4, "name": "Ahmad F.", "country": "MY",
        "province": None, "locale": "en",
        "comment": "Enjoyed the crafts very much and the food even more. The flight from Jambi to Malang took most of a day with the connection, so plan for that.",
    },
    {
        "package": "liburan-keluarga-batu-muaro-jambi", "rating": 5, "name": "Mira K.", "country": "ID",
        "province": "Kalimantan Timur", "locale": "id",
        "comment": "Liburan keluarga terbaik kami. Anak-anak bersepeda di antara candi dan tidak berhenti bertanya soal sejarahnya. Jadwalnya santai dan tidak melelahkan.",
    },
]

PROMO_CODES = [
    {
        "code": "MALANGJAMBI10",
        "description": {
            "id": "Diskon 10% untuk paket mitra Malang Raya, termasuk paket gabungan Malang–Jambi, selama Kampanye Jelajah Malang–Jambi.",
            "en": "10% off packages from Malang Raya partners, joint Malang–Jambi packages included, during the Explore Malang–Jambi campaign.",
        },
        "percent_off": 10,
        "amount_off": None,
        "region": "malang",
    },
    {
        "code": "JAMBI150K",
        "description": {
            "id": "Potongan Rp150.000 per pemesanan untuk paket mitra Jambi.",
            "en": "Rp150,000 off each booking of a Jambi partner's package.",
        },
        "percent_off": None,
        "amount_off": 150000,
        "region": "jambi",
    },
    {
        "code": "KERINCI5",
        "description": {
            "id": "Diskon 5% untuk paket mitra Jambi, dari kebun teh Kayu Aro sampai puncak Kerinci.",
            "en": "5% off Jambi partners' packages, from the Kayu Aro tea gardens to the summit of Kerinci.",
        },
        "percent_off": 5,
        "amount_off": None,
        "region": "jambi",
    },
]

# ---------------------------------------------------------------- the offices' work

# The documents a tourism office checks, for every demo partner: business number (NIB,
# 13 digits), tourism business registration (TDUP) and, for some, a CHSE certificate.
# CHSE expiry is counted in days from the seed day, so one is always about to expire.
ORGANISATION_DOCUMENTS = {
    "bromo-trails": {"nib": "9120301234567", "tdup_number": "TDUP/503/0142/35.07/2023",
                     "chse_number": "CHSE-JT-2024-01187", "chse_expires_in_days": 21},
    "arek-malang-travel": {"nib": "8120005432109", "tdup_number": "TDUP/556/0031/35.73/2022",
                           "chse_number": "CHSE-JT-2025-00412", "chse_expires_in_days": 300},
    "griya-ijen-heritage": {"nib": "9120107766554", "tdup_number": "TDUP/556/0088/35.73/2021",
                            "chse_number": "CHSE-JT-2025-00977", "chse_expires_in_days": 420},
    "panderman-apple-resort": {"nib": "8120209988776", "tdup_number": "TDUP/556/0015/35.79/2023"},
    "batanghari-explore": {"nib": "9120403344556", "tdup_number": "TDUP/503/0207/15.71/2022",
                           "chse_number": "CHSE-JB-2025-00233", "chse_expires_in_days": 250},
    "kerinci-highland-trek": {"nib": "8120506677889", "tdup_number": "TDUP/503/0019/15.01/2023"},
    "hotel-tepian-gentala": {"nib": "9120601122334", "tdup_number": "TDUP/556/0054/15.71/2021",
                             "chse_number": "CHSE-JB-2024-00861", "chse_expires_in_days": 160},
    "pondok-teh-kayu-aro": {"nib": "8120705566778", "tdup_number": "TDUP/556/0007/15.01/2024"},
    "kawi-heritage-tours": {"nib": "9120808899001", "tdup_number": "TDUP/503/0311/35.73/2026"},
    "sungai-batanghari-homestay": {"nib": "8120902233445", "tdup_number": "TDUP/556/0102/15.71/2026",
                                   "chse_number": "CHSE-JB-2026-00045", "chse_expires_in_days": 700},
}

# Applications waiting for their office's verification, one per region.
APPLICATIONS = [
    {
        "slug": "kawi-heritage-tours",
        "kind": "agency",
        "region": "malang",
        "name": "Kawi Heritage Tours",
        "legal_name": "CV Lereng Kawi Wisata",
        "address": "Jl. Candi Badut No. 5, Karangbesuki, Sukun, Kota Malang, Jawa Timur 65146",
        "email": "halo@kawi-heritage.example.id",
        "phone": "+6281249930172",
        "website": "https://kawi-heritage.example.id",
        "bank_name": "BRI",
        "bank_account_number": "002201009876503",
        "bank_account_holder": "CV Lereng Kawi Wisata",
        "description": {
            "id": "Biro baru untuk tur jalan kaki candi-candi di lereng Gunung Kawi, dipandu mahasiswa arkeologi Malang.",
            "en": "A new agency for walking tours of the temples on the slopes of Mount Kawi, led by Malang archaeology students.",
        },
    },
    {
        "slug": "sungai-batanghari-homestay",
        "kind": "hotel",
        "region": "jambi",
        "name": "Homestay Sungai Batanghari",
        "legal_name": "PT Rumah Tepian Batanghari",
        "address": "Jl. Muaro Jambi No. 12, Desa Muaro Jambi, Kabupaten Muaro Jambi, Jambi 36382",
        "email": "inap@batanghari-homestay.example.id",
        "phone": "+6281366120458",
        "website": None,
        "bank_name": "Bank Jambi",
        "bank_account_number": "1002003004",
        "bank_account_holder": "PT Rumah Tepian Batanghari",
        "description": {
            "id": "Rumah panggung kayu di desa Muaro Jambi, lima menit bersepeda dari kompleks candi.",
            "en": "Wooden stilt houses in Muaro Jambi village, five minutes by bicycle from the temple compound.",
        },
    },
]


def _review_package(slug, provider, co_provider, title, summary, description, meeting_point, days, scene,
                    adult, child, duration_nights=0, submitted_days_ago=2):
    """A complete package, in both languages, submitted for review some days ago."""
    return {
        "slug": slug, "provider": provider, "co_provider": co_provider, "title": title, "summary": summary,
        "description": description,
        "inclusions": {"id": ["Pemandu lokal berlisensi", "Tiket masuk", "Air mineral"],
                       "en": ["Licensed local guide", "Entrance tickets", "Drinking water"]},
        "exclusions": {"id": ["Pengeluaran pribadi", "Tip pemandu"], "en": ["Personal expenses", "Tips for the guide"]},
        "meeting_point": meeting_point, "duration_days": len(days), "duration_nights": duration_nights,
        "min_group": 2, "max_group": 12, "cancellation_policy": "moderate", "pay_at_meeting_point": False,
        "featured": False,
        "prices": [{"code": "adult", "amount": adult}, {"code": "child", "amount": child}],
        "start_time": "07:00", "weekdays": [5], "capacity": 12, "scene": scene, "days": days,
        "submitted_days_ago": submitted_days_ago,
    }


def _day(title_id, title_en, text_id, text_en, attractions, nights=0, accommodation=None):
    return {"title": {"id": title_id, "en": title_en}, "description": {"id": text_id, "en": text_en},
            "attractions": attractions, "nights": nights, "accommodation": accommodation}


# Packages waiting for review: one per region, and a joint one the Malang office has
# approved that waits for the Jambi office (`approved_by`).
PACKAGES_IN_REVIEW = [
    _review_package(
        "senja-di-kampung-budaya-polowijen", "arek-malang-travel", None,
        {"id": "Senja di Kampung Budaya Polowijen", "en": "Sunset at the Polowijen Culture Village"},
        {"id": "Sore bersama perajin topeng Malangan dan tari topeng di Kampung Budaya Polowijen.",
         "en": "An afternoon with Malangan mask carvers and a mask dance at the Polowijen Culture Village."},
        {"id": "Kita belajar memahat topeng Malangan dari perajin Polowijen, lalu menonton tari topeng saat senja "
               "dan makan malam pecel khas Malang bersama warga.",
         "en": "Learn to carve a Malangan mask with the Polowijen carvers, watch the mask dance at sunset and "
               "share a dinner of Malang-style pecel with the villagers."},
        {"id": "Gerbang Kampung Budaya Polowijen, Kota Malang", "en": "The Polowijen Culture Village gate, Kota Malang"},
        [_day("Topeng Malangan dan tari senja", "Malangan masks and a sunset dance",
              "Memahat topeng, tari topeng dan makan malam bersama warga.",
              "Mask carving, the mask dance and dinner with the villagers.", ["kampung-budaya-polowijen"])],
        "crafts", 275000, 175000, submitted_days_ago=3,
    ),
    _review_package(
        "susur-sungai-danau-sipin-gentala-arasy", "batanghari-explore", None,
        {"id": "Susur Sungai Batanghari dan Danau Sipin", "en": "The Batanghari River and Lake Sipin by Boat"},
        {"id": "Perahu ketek dari Gentala Arasy menyusuri Batanghari sampai Danau Sipin, dengan kuliner tepian sungai.",
         "en": "A ketek boat from Gentala Arasy along the Batanghari to Lake Sipin, with riverside food."},
        {"id": "Dari jembatan Gentala Arasy kita naik perahu ketek menyusuri Batanghari, singgah di Danau Sipin dan "
               "menutup hari dengan kuliner tepian sungai.",
         "en": "From the Gentala Arasy bridge we board a ketek boat along the Batanghari, stop at Lake Sipin and end "
               "the day with riverside food."},
        {"id": "Menara Gentala Arasy, Seberang Kota Jambi", "en": "The Gentala Arasy tower, Seberang Kota Jambi"},
        [_day("Sungai, danau dan kuliner", "River, lake and food",
              "Perahu ketek, Danau Sipin dan makan malam di tepian Batanghari.",
              "A ketek boat, Lake Sipin and dinner on the Batanghari's banks.",
              ["jembatan-gentala-arasy", "danau-sipin", "kuliner-tepian-batanghari"])],
        "river", 325000, 200000, submitted_days_ago=1,
    ),
    {**_review_package(
        "dua-gunung-api-bromo-kerinci", "arek-malang-travel", "kerinci-highland-trek",
        {"id": "Dua Gunung Api: Bromo dan Kerinci", "en": "Two Volcanoes: Bromo and Kerinci"},
        {"id": "Matahari terbit di Bromo, lalu terbang ke Jambi untuk kebun teh Kayu Aro di kaki Kerinci.",
         "en": "Sunrise at Bromo, then a flight to Jambi for the Kayu Aro tea gardens at the foot of Kerinci."},
        {"id": "Paket gabungan Malang–Jambi: hari pertama di Bromo bersama Arek Malang Travel, lalu Kerinci Highland "
               "Trek menyambut Anda di Kayu Aro untuk kebun teh dan air terjun Telun Berasap.",
         "en": "A joint Malang–Jambi package: the first day at Bromo with Arek Malang Travel, then Kerinci Highland "
               "Trek welcomes you in Kayu Aro for the tea gardens and the Telun Berasap waterfall."},
        {"id": "Stasiun Kota Malang (Kotabaru)", "en": "Malang Kotabaru railway station"},
        [_day("Sunrise Bromo", "Bromo sunrise", "Jip ke Penanjakan dan lautan pasir.",
              "By jeep to Penanjakan and the sea of sand.", ["gunung-bromo"], nights=1,
              accommodation={"id": "Hotel di Kota Malang", "en": "A hotel in Kota Malang"}),
         _day("Ke Kerinci", "On to Kerinci", "Terbang ke Jambi dan berkendara ke Kayu Aro.",
              "Fly to Jambi and drive to Kayu Aro.", ["kebun-teh-kayu-aro"], nights=1,
              accommodation={"id": "Homestay di Kayu Aro", "en": "A homestay in Kayu Aro"}),
         _day("Teh dan air terjun", "Tea and a waterfall", "Kebun teh Kayu Aro dan Telun Berasap.",
              "The Kayu Aro tea gardens and Telun Berasap.", ["kebun-teh-kayu-aro", "air-terjun-telun-berasap"])],
        "volcano", 4750000, 3900000, duration_nights=2, submitted_days_ago=4,
    ), "approved_by": ["malang"]},
]

# Closures: Semeru for the rainy season (in force), a temple under restoration (coming).
# Days are counted from the seed day; each closure is found again by its attraction and reason.
CLOSURES = [
    {
        "attraction": "gunung-semeru", "office": "malang", "starts_in_days": -14, "ends_in_days": 45,
        "reason": {
            "id": "Jalur pendakian Semeru ditutup selama puncak musim hujan untuk pemulihan ekosistem dan "
                  "keselamatan pendaki (pengumuman Balai Besar TN Bromo Tengger Semeru).",
            "en": "The Semeru climbing trail is closed during the height of the rainy season for the ecosystem "
                  "to recover and for climbers' safety (notice of the Bromo Tengger Semeru National Park).",
        },
    },
    {
        "attraction": "candi-jago", "office": "malang", "starts_in_days": 30, "ends_in_days": 75,
        "reason": {
            "id": "Candi Jago sedang dipugar: batu-batu relief di teras atas diperkuat oleh BPK Wilayah XI.",
            "en": "Candi Jago is under restoration: the relief stones of the upper terrace are being "
                  "strengthened by the cultural heritage office.",
        },
    },
]

# Season notes, by attraction: every package whose itinerary visits one carries its note at
# the end of the description (the rainy season runs roughly from November to March).
SEASON_NOTES = {
    "gunung-semeru": {
        "id": "Catatan musim: musim hujan berlangsung sekitar November–Maret. Jalur pendakian Semeru, termasuk "
              "ke Ranu Kumbolo, biasanya ditutup Balai Besar TN Bromo Tengger Semeru pada puncak musim hujan dan "
              "setiap kali status gunung naik; selama penutupan tidak ada keberangkatan. Kuota pendakian dipesan "
              "daring dan memerlukan surat keterangan sehat.",
        "en": "Season note: the rainy season runs roughly from November to March. The Semeru climbing trail, "
              "Ranu Kumbolo included, is usually closed by the Bromo Tengger Semeru National Park at the height "
              "of the rainy season and whenever the volcano's alert level rises; there are no departures while "
              "it is closed. Climbing quotas are booked online and need a health certificate.",
    },
    "gunung-bromo": {
        "id": "Catatan musim: pada musim hujan (sekitar November–Maret) matahari terbit sering tertutup awan dan "
              "lautan pasir bisa becek. Kawasan kawah ditutup sementara bila status Bromo naik; kami memberi kabar "
              "dan menawarkan tanggal lain atau pengembalian dana.",
        "en": "Season note: in the rainy season (roughly November to March) the sunrise is often clouded over and "
              "the sea of sand can be muddy. The crater area closes for a while whenever Bromo's alert level "
              "rises; we let you know and offer another date or a refund.",
    },
    "gunung-kerinci": {
        "id": "Catatan musim: musim hujan sekitar November–Maret membuat jalur licin dan sering berkabut; musim "
              "kemarau paling aman. Setiap pendaki wajib terdaftar dengan izin pendakian (SIMAKSI) Balai Besar "
              "TN Kerinci Seblat di pos Kersik Tuo dan didampingi pemandu lokal; pendakian ditutup bila status "
              "gunung naik. Kami mengurus izinnya: kirim nama lengkap dan nomor identitas saat memesan.",
        "en": "Season note: the rainy season, roughly November to March, makes the trail slippery and often "
              "misty; the dry season is safest. Every climber must be registered with a climbing permit "
              "(SIMAKSI) from the Kerinci Seblat National Park at the Kersik Tuo post and go with a local guide; "
              "the mountain closes whenever its alert level rises. We arrange the permit: send full names and "
              "ID numbers when you book.",
    },
    "danau-gunung-tujuh": {
        "id": "Catatan musim: pada musim hujan (sekitar November–Maret) jalan setapak ke danau licin dan kabut "
              "turun lebih awal; pengunjung didaftarkan di pos Taman Nasional Kerinci Seblat.",
        "en": "Season note: in the rainy season (roughly November to March) the path to the lake is slippery and "
              "the cloud comes down earlier; visitors are registered at the Kerinci Seblat National Park post.",
    },
}
