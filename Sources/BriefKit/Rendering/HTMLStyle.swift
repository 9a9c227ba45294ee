/// The inline stylesheet of HTML briefs: readable serif text, one column on narrow screens,
/// German | English from 48rem up, light and dark palettes.
enum HTMLStyle {
  /// The CSS, one rule per line, ending in a newline.
  static let css = """
    :root { color-scheme: light dark; --bg: #fbfaf8; --fg: #1f1f1f; --muted: #66645f; \
    --rule: #e2dfd8; --accent: #0a58a8; --note: #f1efea; }
    @media (prefers-color-scheme: dark) { :root { --bg: #161718; --fg: #e6e4df; \
    --muted: #a29f98; --rule: #2d2f31; --accent: #82b8f0; --note: #212325; } }
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
    body { margin: 0; background: var(--bg); color: var(--fg); \
    font: 1.0625rem/1.6 Charter, "Iowan Old Style", Georgia, "Times New Roman", serif; }
    main { max-width: 72rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
    h1, h2 { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; \
    line-height: 1.25; margin: 0 0 .5rem; overflow-wrap: anywhere; }
    h1 { font-size: 1.75rem; }
    h2 { font-size: 1.35rem; }
    .title-en { margin: -.25rem 0 .75rem; font-style: italic; font-size: 1.125rem; \
    overflow-wrap: anywhere; }
    .brief { margin: 0 0 3rem; }
    .meta { margin: 0 0 1.25rem; color: var(--muted); \
    font: .875rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; \
    overflow-wrap: anywhere; }
    .meta a { color: var(--accent); }
    .columns { display: none; }
    .lines { list-style: none; margin: 0; padding: 0; counter-reset: line; }
    .line { display: grid; grid-template-columns: 2rem minmax(0, 1fr); row-gap: .35rem; \
    padding: 1rem 0; border-top: 1px solid var(--rule); counter-increment: line; }
    .line::before { content: counter(line) "."; grid-row: span 2; color: var(--muted); \
    font: .875rem/1.9 system-ui, sans-serif; }
    .de, .en, .original { margin: 0; overflow-wrap: break-word; hyphens: auto; }
    .line.single::before { grid-row: auto; }
    .line.single > .original { grid-column: 2 / -1; }
    .en { font-style: italic; }
    .en.untranslated { font-style: normal; color: var(--muted); background: var(--note); \
    padding: .1rem .5rem; border-radius: .25rem; justify-self: start; align-self: start; \
    font: .875rem/1.6 system-ui, sans-serif; }
    .notice { display: inline-block; margin: 0 0 1.25rem; padding: .1rem .5rem; \
    border-radius: .25rem; color: var(--muted); background: var(--note); \
    font: .875rem/1.6 system-ui, sans-serif; }
    .empty { color: var(--muted); }
    @media (min-width: 48rem) {
      .columns { display: grid; grid-template-columns: 2rem minmax(0, 1fr) minmax(0, 1fr); \
    column-gap: 2rem; color: var(--muted); text-transform: uppercase; letter-spacing: .06em; \
    font: 600 .75rem/2 system-ui, sans-serif; }
      .line { grid-template-columns: 2rem minmax(0, 1fr) minmax(0, 1fr); column-gap: 2rem; }
      .line::before { grid-row: auto; }
    }

    """
}
