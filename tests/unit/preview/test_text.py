"""visible_text: what a reader of the page sees, nothing from scripts, styles or the head."""

from __future__ import annotations

from app.preview.text import visible_text


def test_scripts_styles_and_head_are_dropped() -> None:
    page = (
        "<!DOCTYPE html><html><head><title>Tab title</title><style>h1{color:red}</style></head>"
        "<body><h1>Hello</h1><script>self.__next_f.push([1,\"Hidden payload\"])</script>"
        "<SCRIPT type='x'>more</SCRIPT><template><p>tpl</p></template></body></html>"
    )
    assert visible_text(page) == "Hello"


def test_entities_are_decoded_and_whitespace_collapsed() -> None:
    page = "<p>Fish &amp; chips\n\n   for &#163;5&nbsp;only &lt;today&gt;</p>"
    assert visible_text(page) == "Fish & chips for £5 only <today>"


def test_block_tags_separate_words_inline_tags_do_not() -> None:
    page = "<ul><li>One</li><li>Two</li></ul><p>Bo<b>ld</b> word<br>Next</p><div>A</div><div>B</div>"
    assert visible_text(page) == "One Two Bold word Next A B"


def test_comments_and_attributes_are_not_text() -> None:
    page = '<!--$--><a href="/about" title="Not visible">About</a><!--/$--><img alt="x" src="a.png">'
    assert visible_text(page) == "About"


def test_multiline_script_with_tags_inside_is_dropped() -> None:
    page = "<main>Kept</main><script>\nconst s = '<p>not text</p>';\n</script><footer>End</footer>"
    assert visible_text(page) == "Kept End"


def test_empty_page() -> None:
    assert visible_text("") == ""
