"""Free text from a published feed as plain text: what a browser would show of its HTML.

WordPress-made Meeting Guide feeds (the 12 Step Meeting List plugin) write notes as HTML and names with entities
("Fish &amp; Loaves"); the Directory shows and exports plain text. Read with the standard library's HTML parser
(html.parser), which is forgiving of the fragments feeds hold; this module only decides which tags break a line,
which hide their content, and what is not HTML at all ("bring <your own> mug").
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

# Elements that start a new line; their ends do too.
_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "caption", "center", "dd", "details", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "legend", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead",
    "tr", "ul"})
_CELL_TAGS = frozenset({"td", "th"})
# Elements whose content is never text to show (nor anything to run).
_HIDDEN_TAGS = frozenset({"script", "style", "template", "head", "title"})
# Every other HTML element a feed's text is likely to hold. A "tag" not among these ("bring <your own> mug") is
# not HTML and is kept as written.
_INLINE_TAGS = frozenset({
    "a", "abbr", "acronym", "area", "audio", "b", "base", "basefont", "bdi", "bdo", "big", "body", "br", "button",
    "cite", "code", "col", "colgroup", "data", "del", "dfn", "em", "embed", "font", "frame", "frameset", "html",
    "i", "iframe", "img", "input", "ins", "kbd", "label", "link", "map", "mark", "meta", "noscript", "object",
    "option", "optgroup", "param", "picture", "q", "rp", "rt", "ruby", "s", "samp", "select", "small", "source",
    "span", "strike", "strong", "sub", "sup", "svg", "textarea", "time", "track", "tt", "u", "var", "video",
    "wbr", "o:p"})
_HTML_TAGS = _BLOCK_TAGS | _CELL_TAGS | _HIDDEN_TAGS | _INLINE_TAGS
_LINK_SCHEMES = ("http://", "https://", "mailto:", "tel:")
# html.parser is quadratic in an unfinished tag or comment at the end of the text (each "<" in it is scanned to
# the end again): a tail longer than this is read as text instead of being handed back to the parser.
_UNFINISHED_TAIL = 200
# What says a text is HTML: an end tag, a line or paragraph break, a link, a comment. Angle brackets without any
# ("The <Big Book> study", "Room <A>") are the writer's words, kept as written.
_MARKUP = re.compile(r"</[a-z][a-z0-9:-]*\s*>|<(?:br|hr)\s*/?>|<(?:p|div|li|ul|ol)(?:\s[^<>]*)?>"
                     r"|<(?:a|img)\s[^<>]*>|<(?:script|style)\b|<!--", re.IGNORECASE)
_ENTITY = re.compile(r"&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]{1,31});")
_SPACE_RUN = re.compile(r"[^\S\n]+")  # white space other than a new line, \xa0 included
_BLANK_LINES = re.compile(r"\n{3,}")


class _TextOfHtml(HTMLParser):
    """What a browser would show of some HTML, as lines of plain text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.markup = False  # any tag, comment or declaration of HTML seen at all
        self.hidden = 0  # inside <script>, <style>, ...
        self.at_break = True  # the text so far ends a line (or there is none yet)
        self.link: tuple[str, int] | None = None  # an <a>'s target and where its words start

    def _break(self) -> None:
        if not self.at_break:
            self.parts.append("\n")
            self.at_break = True

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _HTML_TAGS:
            self.handle_data(self.get_starttag_text() or "")
            return
        self.markup = True
        if tag in _HIDDEN_TAGS:
            self.hidden += 1
        elif tag == "br":
            self.parts.append("\n")
            self.at_break = True
        elif tag in _BLOCK_TAGS:
            self._break()
        elif tag in _CELL_TAGS:
            self.parts.append(" ")
        elif tag == "a":
            href = (dict(attrs).get("href") or "").strip()
            self.link = (href, len(self.parts)) if href.lower().startswith(_LINK_SCHEMES) else None

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # As a browser reads it: <br/> is <br>, and <script/> still hides what follows, up to </script>.
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag not in _HTML_TAGS:
            self.handle_data(f"</{tag}>")
            return
        self.markup = True
        if tag in _HIDDEN_TAGS:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCK_TAGS:
            self._break()
        elif tag == "a" and self.link:
            href, start = self.link
            self.link = None
            target = href.split(":", 1)[1] if href.lower().startswith(("mailto:", "tel:")) else href
            if target not in "".join(self.parts[start:]):  # "join <a href=URL>here</a>" keeps the URL
                self.handle_data(f" ({target})")

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        data = data.replace("\r\n", "\n").replace("\r", "\n")
        if self.at_break:
            # The new line written after a <br> or </p> in the source is the same break, not another one.
            head = data[:len(data) - len(data.lstrip())]
            if "\n" in head:
                data = data[head.index("\n") + 1:]
            if not data.strip():
                data = data.replace(" ", "").replace("\t", "").replace("\xa0", "")
        if data:
            self.parts.append(data)
            self.at_break = data.rstrip(" \t\xa0").endswith("\n")

    def handle_comment(self, data: str) -> None:
        self.markup = True

    def handle_decl(self, decl: str) -> None:
        self.markup = True

    def handle_pi(self, data: str) -> None:
        self.markup = True

    def unknown_decl(self, data: str) -> None:
        self.markup = True


def _read_html(text: str) -> _TextOfHtml | None:
    parser = _TextOfHtml()
    try:
        parser.feed(text)
        tail = parser.rawdata  # an unfinished tag or comment at the very end, if any
        if len(tail) > _UNFINISHED_TAIL:
            parser.rawdata = ""
            if not parser.hidden and not parser.cdata_elem:
                parser.handle_data(html.unescape(tail))
        parser.close()
    except (AssertionError, ValueError):
        return None
    return parser


def plain_text(value: str, *, one_line: bool = False) -> str:
    """Free text from a feed as plain text: HTML becomes what a browser shows of it (paragraphs and <br> as
    new lines, tags dropped, entities read, runs of space made one, <script> and <style> dropped with what they
    hold); text with no HTML in it is kept as written but for its entities ("&amp;" is "&"). `one_line`: the
    lines joined by spaces, for a name."""
    text = value.strip()
    if "<" in text and _MARKUP.search(text):
        parser = _read_html(text)
        if parser is None:  # html.parser gives up on a malformed "<![": read as text, the "<![" and all
            parser = _read_html(text.replace("<![", "&lt;!["))
        if parser is not None and parser.markup:
            lines = (_SPACE_RUN.sub(" ", line).strip() for line in "".join(parser.parts).split("\n"))
            text = _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
        else:
            text = _ENTITY.sub(lambda m: html.unescape(m.group()), text)
    elif "&" in text:
        text = _ENTITY.sub(lambda m: html.unescape(m.group()), text)
    return " ".join(text.split()) if one_line else text
