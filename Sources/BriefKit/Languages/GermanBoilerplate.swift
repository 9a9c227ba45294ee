/// The page furniture of German news sites: navigation, player and newsletter residue,
/// credits, disclaimers and metadata.
enum GermanBoilerplate {
  /// Patterns for German text.
  static let patterns = BoilerplatePatterns(
    exactPhrases: [
      "Mehr Infos", "Mehr Informationen", "Nicht mehr anzeigen", "Newsletter",
      "Lesen Sie auch", "Lesen Sie mehr", "Gerade lesen andere", "Empfehlung der Redaktion",
      "Das könnte Sie auch interessieren", "Auch interessant", "Mehr zum Thema", "Weiterlesen",
      "Artikel teilen", "Teilen", "Drucken", "Kommentare", "Anzeige", "Werbung", "Video",
      "Zur Startseite", "Startseite", "Mehr anzeigen", "Alle Rechte vorbehalten",
      "Jetzt abonnieren", "Abonnieren", "Audio", "Artikel anhören", "Zum Artikel",
      "Schließen", "Hinweis", "Bildergalerie", "Fotostrecke", "Liveblog", "Empfohlen",
      "Meistgelesen", "Top-Themen", "Weitere Artikel", "Verwandte Themen",
      "Zur Merkliste hinzufügen", "Merken", "Artikel vorlesen lassen", "Vorlesen", "Hören",
      "Anhören", "Exklusiv", "Live-Ticker", "Liveticker", "Kommentieren", "Zum Liveblog",
      // Consent, login and sharing buttons.
      "Akzeptieren", "Alle akzeptieren", "Ablehnen", "Alle ablehnen", "Einstellungen",
      "Cookie-Einstellungen", "Datenschutz", "Impressum", "Anmelden", "Abmelden", "Einloggen",
      "Registrieren", "Jederzeit kündbar", "Link kopieren", "Video abspielen", "Facebook",
      "Twitter", "X", "WhatsApp", "E-Mail", "LinkedIn", "Instagram", "Telegram", "Threads",
      "Bluesky", "Pinterest", "Xing", "Flipboard", "Reddit", "Mastodon", "Pocket",
      "Newsletter-Anmeldung",
      // Comment and reaction widgets (counts: `counterWords`).
      "Kommentare anzeigen", "Alle Kommentare anzeigen", "Alle Kommentare", "Kommentare lesen",
      "Kommentare einblenden", "Kommentare ausblenden", "Weitere Kommentare laden",
      "Kommentar schreiben", "Kommentar verfassen", "Zu den Kommentaren", "Gefällt mir",
      "Diskutieren Sie mit",
    ],
    prefixes: [
      "Lesen Sie auch", "Lesen Sie hier", "Lesen Sie mehr", "Mehr News", "Mehr zum Thema",
      "Mehr Nachrichten", "Mehr Artikel", "Weitere News", "Quelle:", "Quellen:", "Foto:",
      "Fotos:", "Bild:", "Bilder:", "Grafik:", "Video:", "Audio:", "Stand:", "Aktualisiert:",
      "Veröffentlicht:", "Veröffentlicht am", "Erstellt am", "Zuletzt aktualisiert",
      "Besuchen Sie uns", "Folgen Sie uns", "Dieser Artikel wurde", "Dieser Beitrag wurde",
      "Diese Audioversion", "Diese Meldung wurde", "Hinweis der Redaktion", "Mitarbeit:",
      "Copyright", "©", "Bildquelle:", "Bildrechte:", "Anzeige:", "Tags:", "Schlagworte:",
      "Hier geht es zum", "Hier geht's zum", "Hier geht’s zum", "Hier geht es zur",
      "Hier geht's zur", "Hier geht’s zur", "Jetzt anmelden",
      "Abonnieren Sie", "Jetzt abonnieren", "Empfehlung der Redaktion", "Mehr Infos",
      "Lesezeit:", "Auch interessant:", "Jetzt kostenlos", "Bildunterschrift:",
      "Haben Sie einen Fehler entdeckt", "Sie müssen angemeldet sein", "Melden Sie sich jetzt",
      "Melden Sie sich hier", "Aktualisiert am", "Zur Merkliste", "Der Volltext dieses",
      // Consent banners and paywalls.
      "Wir verwenden Cookies", "Wir nutzen Cookies", "Wir setzen Cookies",
      "Diese Website verwendet", "Diese Webseite verwendet", "Diese Seite verwendet",
      "Durch die weitere Nutzung", "Durch die Nutzung dieser", "Sie haben bereits ein Abo",
      "Sie haben bereits ein Abonnement", "Sie sind bereits Abonnent", "Bereits Abonnent",
      "Schon Abonnent", "Zum Weiterlesen", "Weiterlesen mit",
      // Programme notes, desk plugs, agency material, press contacts.
      "Dieses Thema im Programm", "Dieser Artikel gehört", "Dieser Beitrag gehört",
      "Hier finden Sie weitere", "Hier finden Sie alle", "Hier finden Sie mehr",
      "Mit Material von", "Mit Material der", "Mit Informationen von", "Pressekontakt",
      "Medienkontakt", "Kontakt:", "Pressestelle:",
    ],
    containedPhrases: [
      "künstlich generiert", "per E-Mail erhalten", "per E-Mail informiert",
      "zum Newsletter", "Newsletter abonnieren", "möglicherweise KI", "mithilfe von KI",
      "mit Hilfe von KI", "KI-generiert", "Datenschutzerklärung", "Cookies akzeptieren",
      "JavaScript aktivieren",
      "Alle Rechte vorbehalten", "Datenschutzbestimmungen", "Datenschutzhinweise",
      "keine Anlageberatung dar", "nur zu Informationszwecken",
    ],
    blockLabels: [
      "Lesen Sie auch", "Lesen Sie mehr", "Mehr zum Thema", "Mehr zu diesem Thema",
      "Das könnte Sie auch interessieren", "Auch interessant", "Weitere Artikel",
      "Verwandte Themen", "Meistgelesen", "Empfehlung der Redaktion", "Gerade lesen andere",
      "Top-Themen", "Mehr News", "Weitere News", "Empfohlen", "Mehr Artikel",
      "Mehr Nachrichten", "Pressekontakt", "Medienkontakt", "Kontakt", "Pressestelle",
      "Ansprechpartner", "Ansprechpartnerin", "Rückfragen",
    ],
    readerPrompts: [
      "Erhalten Sie jeden", "Erhalten Sie jede", "Erhalten Sie täglich",
      "Erhalten Sie wöchentlich", "Erhalten Sie regelmäßig", "Erhalten Sie die wichtigsten",
      "Erhalten Sie alle", "stimmen Sie der", "stimmen Sie dem", "stimmen Sie zu",
      "akzeptieren Sie unsere", "akzeptieren Sie die", "Registrieren Sie sich",
      "Sichern Sie sich", "Unterstützen Sie uns", "Unterstützen Sie unabhängigen",
    ],
    actionStarts: ["Jetzt", "Hier", "Gleich", "Laden", "Holen", "Installieren", "Download"],
    actionEnds: [
      "anmelden", "registrieren", "einloggen", "abonnieren", "testen", "weiterlesen",
      "herunterladen", "downloaden", "mitdiskutieren", "kommentieren", "bestellen",
      "freischalten", "upgraden", "abschließen", "sichern", "entdecken", "anhören",
    ],
    premiumWords: ["Plus", "Premium"],
    navigationLeads: ["Mehr"],
    navigationLinks: ["aus", "zu", "zum", "zur", "von", "vom", "über"],
    counterWords: [
      "Kommentare", "Kommentar", "Leserkommentare", "Teilen", "Geteilt", "Likes", "Like",
      "Gefällt mir", "Reaktionen", "Antworten", "Shares",
    ],
    appNames: ["App", "Apps"],
    appStores: [
      "App Store", "App-Store", "Appstore", "Google Play", "Play Store", "Playstore",
      "AppGallery", "iOS", "Android",
    ],
    agencies: [
      "dpa", "afp", "ap", "apa", "kna", "epd", "sda", "sid", "reuters", "red", "ots", "dts",
      "ddp", "dapd", "idea", "kap", "bloomberg", "ntv.de", "dpa-afx", "afx", "lno", "lby", "lnw",
      "lsw", "lhe",
    ],
    sectionLabels: [
      "Politik", "Wirtschaft", "Sport", "Kultur", "Panorama", "Ausland", "Inland", "Meinung",
      "Wissen", "Digital", "Regional", "Gesellschaft", "Feuilleton", "Finanzen", "Reise",
      "Auto", "Leben", "Gesundheit", "Technik", "Nachrichten", "News", "Welt", "Deutschland",
      "Kommentar", "Analyse", "Interview", "Hintergrund", "Liveblog", "Unterhaltung",
    ],
    metadataKeys: [
      "date", "datum", "stand", "author", "autor", "autorin", "published", "updated",
      "veröffentlicht", "aktualisiert", "erstellt", "quelle", "source",
    ],
    bylineWords: ["Von", "Ein Kommentar von", "Eine Analyse von", "Text:", "Autor:", "Autorin:"],
    photoCredits: [
      "Foto:", "Fotos:", "Foto ©", "Foto/", "Fotocredit:", "Bild:", "Bilder:", "Bildquelle:",
      "Bildrechte:", "©",
    ]
  )
}
