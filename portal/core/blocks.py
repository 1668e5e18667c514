"""StreamField blocks shared by every article-like page type.

https://docs.wagtail.org/en/stable/topics/streamfield.html
Templates live in templates/blocks/<block>.html.
"""

from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link", "hr", "blockquote"]


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label="Ảnh")
    alt_text = blocks.CharBlock(label="Mô tả ảnh (cho người khiếm thị)", required=False, max_length=255)
    caption = blocks.CharBlock(label="Chú thích", required=False, max_length=255)
    attribution = blocks.CharBlock(label="Nguồn ảnh / tác giả", required=False, max_length=255)

    class Meta:
        icon = "image"
        label = "Ảnh"
        template = "blocks/image_block.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label="Tệp")
    title = blocks.CharBlock(label="Tên hiển thị", required=False, max_length=255)

    class Meta:
        icon = "doc-full"
        label = "Tệp đính kèm"
        template = "blocks/document_block.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label="Trích dẫn")
    source = blocks.CharBlock(label="Nguồn", required=False, max_length=255)

    class Meta:
        icon = "openquote"
        label = "Trích dẫn"
        template = "blocks/quote_block.html"


class BodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(label="Tiêu đề mục", form_classname="title", template="blocks/heading_block.html")
    paragraph = blocks.RichTextBlock(label="Đoạn văn", features=RICH_TEXT_FEATURES)
    image = ImageBlock()
    document = DocumentBlock()
    quote = QuoteBlock()
    table = TableBlock(label="Bảng", template="blocks/table_block.html")

    class Meta:
        label = "Nội dung"
